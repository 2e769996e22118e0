package org.plateau.ui.plots;

import java.util.Objects;

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
}
