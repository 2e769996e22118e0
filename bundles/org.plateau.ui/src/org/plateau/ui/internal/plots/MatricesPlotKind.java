package org.plateau.ui.internal.plots;

import java.util.List;

import org.eclipse.swt.widgets.Composite;
import org.plateau.core.family.PlotDescriptor;
import org.plateau.core.run.RunResult;
import org.plateau.ui.plots.Plot;
import org.plateau.ui.plots.PlotContext;
import org.plateau.ui.plots.PlotKind;

/** The family's matrix plots: a grid of heatmaps, one column per snapshot, simulation above theory. */
public final class MatricesPlotKind implements PlotKind {

	@Override
	public List<PlotDescriptor> plotsFor(RunResult run) {
		return run.plotsOfKind(PlotDescriptor.MATRICES);
	}

	@Override
	public Plot create(Composite parent, PlotDescriptor plot, PlotContext context) {
		return new MatrixGridPlot(parent, plot, context.theme());
	}
}
