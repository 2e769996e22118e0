package org.plateau.family.rnn.ui.internal;

import java.util.List;
import java.util.Map;

import org.eclipse.swt.widgets.Composite;
import org.plateau.core.family.PlotDescriptor;
import org.plateau.core.run.RunResult;
import org.plateau.ui.plots.Plot;
import org.plateau.ui.plots.PlotContext;
import org.plateau.ui.plots.PlotKind;

/**
 * The hidden states' first two principal components over the epochs analysed, coloured by output: offered for a run
 * whose snapshots contain {@value HiddenPcaScene#MATRIX}, nothing for other runs.
 */
public final class HiddenPcaPlotKind implements PlotKind {

	/** The id of the offered plot. */
	public static final String ID = "hidden-pca-epochs";
	/** The kind of the offered plot's descriptor. */
	public static final String KIND = "rnn-hidden-pca-epochs";

	@Override
	public List<PlotDescriptor> plotsFor(RunResult run) {
		if (run.snapshots() == null || run.snapshots().of(HiddenPcaScene.MATRIX).isEmpty()) {
			return List.of();
		}
		return List.of(new PlotDescriptor(ID, "Hidden states (PCA) over epochs", KIND, "PC 1", 1, "PC 2", false,
				List.of(), HiddenPcaScene.MATRIX, Map.of()));
	}

	@Override
	public Plot create(Composite parent, PlotDescriptor plot, PlotContext context) {
		return new EpochPlot(parent, context.theme(), (result, label) -> new HiddenPcaScene(plot, result, label));
	}
}
