package org.plateau.ui.plots;

import java.util.List;

import org.eclipse.swt.widgets.Composite;
import org.plateau.core.family.PlotDescriptor;
import org.plateau.core.run.RunResult;

/**
 * A way to draw runs in the Plots view, contributed through the extension point {@code org.plateau.ui.plotKinds}
 * (implementations have a public no-argument constructor). The view asks every kind which plots it offers for the
 * runs it shows, gives each plot a tab, and feeds it the runs' data as they grow. Calls come on the UI thread and are
 * guarded: a kind that throws loses its tab, not the view.
 */
public interface PlotKind {

	/**
	 * The plots this kind offers for a run, e.g. one per family plot descriptor it can draw, or a derived plot of the
	 * metrics it understands. Empty when it has nothing to show for this run.
	 *
	 * @param run a run as far as it went (the family's plots are {@link RunResult#plots()})
	 * @return descriptors of the plots, each with an id unique within this kind
	 */
	List<PlotDescriptor> plotsFor(RunResult run);

	/**
	 * Creates the control of one plot.
	 *
	 * @param parent the tab's composite
	 * @param plot one of the descriptors returned by {@link #plotsFor}
	 * @param context the view's settings (theme)
	 * @return the plot; its control is a child of {@code parent}
	 */
	Plot create(Composite parent, PlotDescriptor plot, PlotContext context);
}
