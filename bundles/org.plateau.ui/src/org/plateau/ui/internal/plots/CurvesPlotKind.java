package org.plateau.ui.internal.plots;

import java.util.List;

import org.eclipse.swt.widgets.Composite;
import org.plateau.core.family.PlotDescriptor;
import org.plateau.core.run.RunResult;
import org.plateau.ui.plots.CurvesPlot;
import org.plateau.ui.plots.Plot;
import org.plateau.ui.plots.PlotContext;
import org.plateau.ui.plots.PlotKind;
import org.plateau.ui.plots.TheoryOverlay;

/** The family's curves plots: each metric's simulation, its theory predictions dashed over it. */
public final class CurvesPlotKind implements PlotKind {

	@Override
	public List<PlotDescriptor> plotsFor(RunResult run) {
		return run.plotsOfKind(PlotDescriptor.CURVES);
	}

	@Override
	public Plot create(Composite parent, PlotDescriptor plot, PlotContext context) {
		return new CurvesPlot(parent, plot, context, runs -> TheoryOverlay.curves(plot, runs, context.theme()));
	}
}
