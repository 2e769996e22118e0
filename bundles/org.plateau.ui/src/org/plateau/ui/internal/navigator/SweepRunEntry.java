package org.plateau.ui.internal.navigator;

import java.nio.file.Path;

import org.eclipse.core.runtime.IAdaptable;
import org.plateau.core.family.ExperimentException;
import org.plateau.core.sweep.SweepFolders;
import org.plateau.core.sweep.SweepPlan;

/**
 * A sweep folder, one run of a sweep ({@code <output>/sweeps/<sweep>/<time>/}), as the Experiments view lists it
 * under its sweep. Opening it shows its summary plot.
 */
public final class SweepRunEntry implements IAdaptable {

	private final Path folder;
	private final SweepEntry sweep;
	private SweepPlan plan;
	private String problem;

	SweepRunEntry(Path folder, SweepEntry sweep) {
		this.folder = folder;
		this.sweep = sweep;
	}

	public Path folder() {
		return folder;
	}

	public SweepEntry sweep() {
		return sweep;
	}

	/** The plan of the points, from the copy of the sweep the folder keeps; {@code null} if it cannot be read. */
	public SweepPlan plan() {
		if (plan == null && problem == null) {
			try {
				plan = SweepPlan.of(SweepFolders.load(folder));
			} catch (java.io.IOException | ExperimentException e) {
				problem = e.getMessage();
			}
		}
		return plan;
	}

	/** How many of its points have ended, e.g. "33 of 33 points". */
	public String describe() {
		SweepPlan p = plan();
		if (p == null) {
			return "cannot be read: " + problem;
		}
		int finished = SweepFolders.finishedPoints(p, folder);
		int total = p.points().size();
		return finished == total ? "ended · " + total + " points" : "stopped · " + finished + " of " + total + " points (Run resumes it)";
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return adapter == Path.class ? adapter.cast(folder) : null;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof SweepRunEntry other && other.folder.equals(folder);
	}

	@Override
	public int hashCode() {
		return folder.hashCode();
	}

	@Override
	public String toString() {
		return folder.getFileName().toString();
	}
}
