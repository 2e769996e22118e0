package org.plateau.ui.internal.navigator;

import java.nio.file.Path;

import org.plateau.core.family.ExperimentException;
import org.plateau.core.sweep.SweepPlan;
import org.plateau.model.Sweep;
import org.plateau.model.util.ExperimentFileException;
import org.plateau.model.util.PlateauResources;

/** A sweep file of the workspace ({@code *.sweep}), as the Experiments view lists it. */
public final class SweepEntry extends FileEntry<Sweep> {

	private SweepPlan plan;
	private String planProblem;

	SweepEntry(Path file) {
		super(file);
	}

	@Override
	Sweep read(Path from) throws ExperimentFileException {
		return PlateauResources.loadSweep(from);
	}

	/** The sweep as saved, with its base experiment, read once; {@code null} if it or its base cannot be read. */
	public Sweep sweep() {
		return content();
	}

	/**
	 * The points of the sweep as saved, planned once; {@code null} when it cannot be read or planned (see
	 * {@link #planProblem()}).
	 */
	public SweepPlan plan() {
		if (plan == null && planProblem == null) {
			if (sweep() == null) {
				planProblem = problem();
			} else {
				try {
					plan = SweepPlan.of(sweep());
				} catch (ExperimentException | RuntimeException e) {
					planProblem = e.getMessage();
				}
			}
		}
		return plan;
	}

	/** Why the sweep cannot be planned, or {@code null}. */
	public String planProblem() {
		plan();
		return planProblem;
	}

	/** The name the sweep's results folder goes by: the sweep's own name, else the file's. */
	public String sweepName() {
		Sweep s = sweep();
		return s == null || s.getName() == null || s.getName().isBlank() ? name() : s.getName();
	}
}
