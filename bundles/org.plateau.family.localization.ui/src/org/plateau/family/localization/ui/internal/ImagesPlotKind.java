package org.plateau.family.localization.ui.internal;

import java.util.List;

import org.eclipse.swt.widgets.Composite;
import org.plateau.core.family.PlotDescriptor;
import org.plateau.core.run.RunResult;
import org.plateau.ui.plots.Plot;
import org.plateau.ui.plots.PlotContext;
import org.plateau.ui.plots.PlotKind;

/**
 * Every neuron's receptive field as an image at each snapshot, simulation above theory, 2-D fields as 2-D images
 * (Lufkin, Saxe &amp; Grant 2024, Fig. 1): offered for every {@link PlotDescriptor#IMAGES} plot of a run.
 */
public final class ImagesPlotKind implements PlotKind {

	@Override
	public List<PlotDescriptor> plotsFor(RunResult run) {
		return run.plotsOfKind(PlotDescriptor.IMAGES);
	}

	@Override
	public Plot create(Composite parent, PlotDescriptor plot, PlotContext context) {
		return new FigurePlot(parent, plot);
	}
}
