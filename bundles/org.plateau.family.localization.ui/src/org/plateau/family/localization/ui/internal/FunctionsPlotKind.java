package org.plateau.family.localization.ui.internal;

import java.util.List;

import org.eclipse.swt.widgets.Composite;
import org.plateau.core.family.PlotDescriptor;
import org.plateau.core.run.RunResult;
import org.plateau.ui.plots.Plot;
import org.plateau.ui.plots.PlotContext;
import org.plateau.ui.plots.PlotKind;

/**
 * Functions of the setting against their argument: the localization amplifier phi(a) beside sqrt(2/pi) a and its cubic
 * expansion, the density of the pixels beside the normal (Lufkin, Saxe &amp; Grant 2024, Fig. 2): offered for every
 * {@link PlotDescriptor#FUNCTIONS} plot of a run.
 */
public final class FunctionsPlotKind implements PlotKind {

	@Override
	public List<PlotDescriptor> plotsFor(RunResult run) {
		return run.plotsOfKind(PlotDescriptor.FUNCTIONS);
	}

	@Override
	public Plot create(Composite parent, PlotDescriptor plot, PlotContext context) {
		return new FigurePlot(parent, plot);
	}
}
