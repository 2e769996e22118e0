package org.plateau.core.run;

import org.ejml.data.DMatrixRMaj;
import org.plateau.core.family.NetworkDiagram;

/**
 * Follows a run while it trains, e.g. to plot it live or to save its records as they come. Called on the thread
 * of the run, so implementations return quickly and copy what they keep (the simulation reuses its arrays).
 */
public interface RunListener {

	/** A listener that does nothing. */
	RunListener NONE = new RunListener() {
	};

	/**
	 * The run is set up and about to train.
	 *
	 * @param plan the run as planned: no simulated records yet, the theory evaluated at every step the simulation
	 *            will record ({@link ExperimentRunner#plannedSteps}), status {@code RUNNING}
	 */
	default void started(RunResult plan) {
	}

	/**
	 * Whether {@link #started} wants the theory evaluated at every step the run will record, to draw it ahead of the
	 * simulation (a live plot does; a writer does not, and the runner then spares the work).
	 */
	default boolean wantsTheoryAhead() {
		return true;
	}

	/** The simulation recorded its metrics at a step (one value per {@link RunResult#metrics()} entry). */
	default void recorded(long step, double[] values) {
	}

	/** The simulation snapshotted a matrix. */
	default void snapshot(String name, long step, DMatrixRMaj matrix) {
	}

	/**
	 * Whether the listener draws the network live ({@link #networkState}); the runner asks the trainer for it at each
	 * record only then.
	 */
	default boolean wantsNetworkState() {
		return false;
	}

	/** The network's state at a record step, for a live diagram (the family's {@link NetworkDiagram}). */
	default void networkState(long step, NetworkDiagram.State state) {
	}
}
