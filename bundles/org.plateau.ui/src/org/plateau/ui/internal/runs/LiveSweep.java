package org.plateau.ui.internal.runs;

import java.nio.file.Path;
import java.util.BitSet;
import java.util.Optional;

import org.plateau.core.sweep.SweepFolders;
import org.plateau.core.sweep.SweepPlan;
import org.plateau.core.sweep.SweepPoint;
import org.plateau.core.sweep.SweepRunner;

/**
 * A sweep running now in the workbench, as the navigator and the Sweep Summary view follow it: its plan, its sweep
 * folder, how many points have ended (read from the folder), and how it ended.
 */
public final class LiveSweep {

	private final SweepPlan plan;
	private final Path sweepFile;
	private final Path folder;
	private volatile SweepRunner.Result result;
	private volatile String failure;
	private final BitSet ended = new BitSet();

	LiveSweep(SweepPlan plan, Path sweepFile, Path folder) {
		this.plan = plan;
		this.sweepFile = sweepFile;
		this.folder = folder;
	}

	/** The plan run (of a copy of the sweep taken when it was started). */
	public SweepPlan plan() {
		return plan;
	}

	/** The sweep's file, if it was started from one. */
	public Optional<Path> sweepFile() {
		return Optional.ofNullable(sweepFile);
	}

	/** The sweep folder the points run into. */
	public Path folder() {
		return folder;
	}

	/**
	 * How many points have ended so far (completed, diverged or failed), read from the folder; a point once ended is
	 * not read again, so that following a long sweep each second costs little.
	 */
	public synchronized int finishedPoints() {
		for (SweepPoint point : plan.points()) {
			if (!ended.get(point.index()) && SweepFolders.hasEnded(folder, point)) {
				ended.set(point.index());
			}
		}
		return ended.cardinality();
	}

	/** What the sweep did, once it has ended; {@code null} before. */
	public SweepRunner.Result result() {
		return result;
	}

	/** Why the sweep could not run, or {@code null}. */
	public String failure() {
		return failure;
	}

	/** Whether the sweep has ended (done, cancelled or failed). */
	public boolean ended() {
		return result != null || failure != null;
	}

	void ended(SweepRunner.Result sweepResult) {
		this.result = sweepResult;
	}

	void failed(String message) {
		this.failure = message;
	}

	@Override
	public String toString() {
		return plan.sweep().getName() + " → " + folder;
	}
}
