package org.plateau.family.rnn.ui.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.widgets.Composite;
import org.plateau.core.family.PlotDescriptor;
import org.plateau.core.run.RunResult;
import org.plateau.ui.plots.Plot;
import org.plateau.ui.plots.PlotContext;
import org.plateau.ui.plots.PlotKind;

/**
 * The automaton extracted from an rnn run beside its minimal automaton, with a slider over the epochs analysed: offered
 * for every {@link PlotDescriptor#STATE_GRAPH} plot of a run that draws the matrix {@value #MATRIX} (the family's
 * extracted automaton), nothing for other runs.
 */
public final class AutomatonPlotKind implements PlotKind {

	/** The extracted automaton's snapshots, as the family names them. */
	public static final String MATRIX = "automaton";
	/** The prefix of the offered plots' ids. */
	public static final String ID_PREFIX = "epochs-";
	/** The kind of the offered plots' descriptors. */
	public static final String KIND = "rnn-automaton-epochs";

	@Override
	public List<PlotDescriptor> plotsFor(RunResult run) {
		List<PlotDescriptor> plots = new ArrayList<>();
		for (PlotDescriptor plot : run.plots() == null ? List.<PlotDescriptor>of() : run.plots()) {
			if (PlotDescriptor.STATE_GRAPH.equals(plot.kind()) && MATRIX.equals(plot.matrixName())) {
				Map<String, String> options = new HashMap<>(plot.options());
				options.putIfAbsent("minimal", AutomatonScene.MINIMAL);
				String title = plot.title() == null ? "Automaton" : plot.title();
				plots.add(new PlotDescriptor(ID_PREFIX + plot.id(), title + " over epochs", KIND, "epoch", 1, "", false,
						List.of(), plot.matrixName(), options));
			}
		}
		return plots;
	}

	@Override
	public Plot create(Composite parent, PlotDescriptor plot, PlotContext context) {
		return new EpochPlot(parent, context.theme(), (result, label) -> new AutomatonScene(plot, result, label));
	}
}
