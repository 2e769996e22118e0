package org.plateau.core.family;

import java.util.Optional;

import org.ejml.data.DMatrixRMaj;

/**
 * The part of a simulation a family writes: its network at the current step, one step of its training, and what it
 * measures. The step loop around it (record intervals, snapshots, progress, cancellation, the stop at the first
 * non-finite value, timing) is core's ({@link org.plateau.core.run.StepLoop}), so no family copies it.
 * <p>
 * A trainer is made by {@link PreparedExperiment#trainer()} at step 0 and driven by one loop, on one thread.
 * {@link #step()} allocates nothing (the conformance kit checks it); {@link #measure} and {@link #snapshot} run only
 * at records and may.
 */
public interface Trainer {

	/**
	 * Takes one training step (a full-batch step, a mini-batch or one online sample, as the experiment says).
	 *
	 * @return {@code false} when the step met a non-finite loss or left a non-finite weight: the loop then stops the
	 *         run as diverged, keeping what was recorded before
	 */
	boolean step();

	/**
	 * Measures the network now.
	 *
	 * @param into one value per {@link PreparedExperiment#metrics()} entry, in that order; the first is the training
	 *            loss, whose non-finite value stops the run as diverged
	 */
	void measure(double[] into);

	/**
	 * Measures the metrics due at this record ({@link MetricDescriptor#recordEvery}); the loop records no value (NaN)
	 * for the others, so a trainer may skip computing them. By default measures all of them.
	 *
	 * @param into one value per metric
	 * @param due whether each metric is due; the first (the loss) always is
	 */
	default void measure(double[] into, boolean[] due) {
		measure(into);
	}

	/**
	 * The network now as the family's {@link ModelFamily#diagram diagram} draws it live: one weight norm per
	 * connection of the diagram, in its order. Asked at records only, when someone follows the run (the workbench),
	 * and may allocate. Empty (the default) when the family draws no diagram.
	 */
	default Optional<NetworkDiagram.State> networkState() {
		return Optional.empty();
	}

	/** Whether every weight is finite, checked at each record. */
	boolean isFinite();

	/**
	 * A matrix now, one of {@link PreparedExperiment#matrices()}; the loop copies what it keeps.
	 *
	 * @param name the matrix name
	 */
	default DMatrixRMaj snapshot(String name) {
		throw new IllegalArgumentException("no matrix '" + name + "'");
	}
}
