package org.plateau.ui.plots;

import java.util.Objects;

import org.plateau.core.family.PlotDescriptor;
import org.plateau.core.run.RunResult;

/**
 * A run as a plot draws it.
 *
 * @param label the run's name in legends, e.g. {@code "semantic-development 08:31:02"}
 * @param result its data so far (immutable; a new instance arrives when a live run grows)
 * @param live whether the run is still training
 */
public record PlottedRun(String label, RunResult result, boolean live) {

	public PlottedRun {
		Objects.requireNonNull(label, "label");
		Objects.requireNonNull(result, "result");
	}

	/**
	 * This run's own plot with {@code plot}'s id and kind, or {@code plot} when the run offers no such plot. A view's
	 * descriptor comes from one run (the first that offers it) and outlives a change of the run's settings; what depends
	 * on the run, like its time scale, is read from the run's own.
	 */
	public PlotDescriptor own(PlotDescriptor plot) {
		for (PlotDescriptor own : result.plotsOfKind(plot.kind())) {
			if (own.id().equals(plot.id())) {
				return own;
			}
		}
		return plot;
	}

	/**
	 * This run's factor from steps to the time a plot draws ({@link #own}'s: it depends on the run's learning rate, e.g.
	 * t/tau = eta step). A plot that compares runs draws each on its own time.
	 */
	public double timeScale(PlotDescriptor plot) {
		return own(plot).timeScale();
	}
}
