package org.plateau.core.family;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * The exact training of a family's network, configured for one experiment. Created by
 * {@link ModelFamily#createSimulation}; run once.
 * <p>
 * Guarantees: records the metrics at step 0, every record interval, and at the last step taken; snapshots each
 * declared matrix at the requested snapshot steps that are reached; the step loop allocates nothing; the same
 * experiment (same seed) gives bit-identical records; stops promptly when the monitor is cancelled and reports
 * {@link SimulationOutcome.Status#CANCELLED}; stops at the first non-finite loss and reports
 * {@link SimulationOutcome.Status#DIVERGED} with the step, keeping what was recorded before it.
 */
public interface Simulation {

	/** The recorded metrics, in the order of {@link MetricSink#record} values. */
	List<MetricDescriptor> metrics();

	/** The matrices this simulation can snapshot. */
	List<MatrixDescriptor> matrices();

	/** The number of training steps requested. */
	long totalSteps();

	/**
	 * Trains the network.
	 *
	 * @param sink receives the records
	 * @param monitor progress and cancellation; {@code null} allowed
	 * @return how the run ended
	 */
	SimulationOutcome run(MetricSink sink, IProgressMonitor monitor);
}
