package org.plateau.core.family;

import org.ejml.data.DMatrixRMaj;

/**
 * Receives what a run records ({@link org.plateau.core.run.StepLoop}). Implementations copy what they keep: the trainer reuses its
 * arrays and matrices after the call returns.
 */
public interface MetricSink {

	/**
	 * Records the metrics at a step.
	 *
	 * @param step the number of training steps taken so far (0 = initial condition)
	 * @param values one value per {@link PreparedExperiment#metrics()} entry, in that order
	 */
	void record(long step, double[] values);

	/**
	 * Records a snapshot of a matrix declared by {@link PreparedExperiment#matrices()}.
	 *
	 * @param name the matrix name
	 * @param step the step of the snapshot
	 * @param matrix the current value
	 */
	void snapshot(String name, long step, DMatrixRMaj matrix);

	/** Whether the sink wants the network's live state at each record ({@link #networkState}); asking costs time. */
	default boolean wantsNetworkState() {
		return false;
	}

	/** The network's state at a record step, when {@link #wantsNetworkState()} and the trainer offers it. */
	default void networkState(long step, NetworkDiagram.State state) {
	}
}
