package org.plateau.ui.internal.runs;

import java.nio.file.Path;
import java.util.Optional;

import org.plateau.core.run.RunResult;

/**
 * A run the workbench can show: one training now (live) or one read from its results folder. The Plots view polls
 * {@link #version()} and redraws when it changed.
 */
public interface RunSource {

	/** The run's name in legends and titles. */
	String label();

	/**
	 * The data so far; a new immutable instance whenever the run grew. {@code null} while a queued run has not
	 * started (nothing to draw yet).
	 */
	RunResult snapshot();

	/** Increases whenever {@link #snapshot()} would return newer data. */
	long version();

	/** Whether the run is still training. */
	boolean isLive();

	/** The run's results folder, when it has one. */
	default Optional<Path> folder() {
		return Optional.empty();
	}
}
