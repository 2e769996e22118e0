package org.plateau.family.localization.ui.internal;

import java.util.List;

import org.eclipse.swt.widgets.Composite;
import org.plateau.core.family.PlotDescriptor;
import org.plateau.core.run.RunResult;
import org.plateau.ui.plots.Plot;
import org.plateau.ui.plots.PlotContext;
import org.plateau.ui.plots.PlotKind;

/**
 * The receptive field against pixel over training, simulation solid and the effective dynamics dashed (Lufkin, Saxe
 * &amp; Grant 2024, Fig. 3): offered for every {@link PlotDescriptor#PROFILES} plot of a run.
 */
public final class ProfilesPlotKind implements PlotKind {

	@Override
	public List<PlotDescriptor> plotsFor(RunResult run) {
		return run.plotsOfKind(PlotDescriptor.PROFILES);
	}

	@Override
	public Plot create(Composite parent, PlotDescriptor plot, PlotContext context) {
		return new FigurePlot(parent, plot);
	}
}
