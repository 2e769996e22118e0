package org.plateau.gdln.family;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.plateau.core.family.ExperimentException;
import org.plateau.core.family.MatrixDescriptor;
import org.plateau.core.family.MetricDescriptor;
import org.plateau.core.family.MetricSink;
import org.plateau.core.family.Simulation;
import org.plateau.core.family.SimulationOutcome;
import org.plateau.gdln.GatedNetwork;

/**
 * Trains a gated network by exact full-batch gradient descent on the GDLN engine (spec 2(c)) and records what its
 * family measures. The step allocates nothing; recording may, every record interval only. Cancellation is polled
 * every 64 steps; a non-finite loss or weight stops the run as diverged, keeping the records before it.
 */
public final class GatedSimulation implements Simulation {

	/** What is trained: one step at a time, measured at the records. */
	public interface Trainer {

		/**
		 * One step of gradient descent; allocates nothing.
		 *
		 * @return the loss before the step
		 */
		double step();

		/** The metrics now, first the loss. */
		void measure(double[] into);

		/** Whether every weight is finite. */
		boolean isFinite();

		/** A matrix now, one of the simulation's {@link GatedSimulation#matrices()}. */
		default org.ejml.data.DMatrixRMaj snapshot(String name) {
			throw new IllegalArgumentException("no matrix '" + name + "'");
		}
	}

	private static final int CANCEL_POLL_STEPS = 64;

	private final String name;
	private final double learningRate;
	private final long totalSteps;
	private final long recordInterval;
	private final List<MetricDescriptor> metrics;
	private final Trainer trainer;
	private final double[] record;
	private List<MatrixDescriptor> matrices = List.of();
	private long[] snapshotSteps = new long[0];

	/** Trains the network of a GDLN experiment. */
	public GatedSimulation(GatedTraining training) throws ExperimentException {
		this(training.name(), training.learningRate(), training.steps(), training.recordInterval(), training.metrics(),
				trainer(training, training.initialNetwork()));
		this.matrices = List.copyOf(training.matrices());
		this.snapshotSteps = training.snapshotSteps().clone();
	}

	/**
	 * Trains anything that steps: a network the GDLN engine does not hold alone (a ReLU network, a ReLN of modules
	 * with their own losses).
	 *
	 * @param name the experiment's name, for progress
	 * @param learningRate η, for the divergence message
	 * @param steps the number of steps
	 * @param recordInterval records every this many steps and at the last
	 * @param metrics what {@link Trainer#measure} writes, first the loss
	 * @param trainer the training
	 */
	public GatedSimulation(String name, double learningRate, long steps, long recordInterval, List<MetricDescriptor> metrics,
			Trainer trainer) {
		this.name = name;
		this.learningRate = learningRate;
		this.totalSteps = steps;
		this.recordInterval = Math.max(1, recordInterval);
		this.metrics = List.copyOf(metrics);
		this.trainer = trainer;
		this.record = new double[metrics.size()];
	}

	private static Trainer trainer(GatedTraining training, GatedNetwork network) {
		return new Trainer() {
			@Override
			public double step() {
				return network.step(training.learningRate());
			}

			@Override
			public void measure(double[] into) {
				training.measure(network, into);
			}

			@Override
			public boolean isFinite() {
				return network.isFinite();
			}

			@Override
			public org.ejml.data.DMatrixRMaj snapshot(String name) {
				return training.snapshot(name, network);
			}
		};
	}

	private SimulationOutcome diverged(long step, long lastRecorded) {
		return new SimulationOutcome(SimulationOutcome.Status.DIVERGED, Math.max(0, step - 1), String.format(
				"the loss or the weights became NaN/Inf at step %d (records up to step %d are saved); learning rate %s "
						+ "is too large for this network: lower it", step, lastRecorded, learningRate));
	}

	@Override
	public List<MetricDescriptor> metrics() {
		return metrics;
	}

	@Override
	public List<MatrixDescriptor> matrices() {
		return matrices;
	}

	@Override
	public long totalSteps() {
		return totalSteps;
	}

	@Override
	public SimulationOutcome run(MetricSink sink, IProgressMonitor monitor) {
		long total = totalSteps;
		long interval = recordInterval;
		int ticks = (int) Math.min(total, 1000);
		SubMonitor progress = SubMonitor.convert(monitor, "Training " + name, ticks);
		int reported = 0;
		int nextSnapshot = 0;
		long lastRecorded = -1;
		for (long step = 0;; step++) {
			if (step % interval == 0 || step == total) {
				trainer.measure(record);
				if (!Double.isFinite(record[0]) || !trainer.isFinite()) {
					return diverged(step, lastRecorded);
				}
				sink.record(step, record);
				lastRecorded = step;
			}
			while (nextSnapshot < snapshotSteps.length && snapshotSteps[nextSnapshot] <= step) {
				if (snapshotSteps[nextSnapshot] == step) {
					for (MatrixDescriptor matrix : matrices) {
						sink.snapshot(matrix.name(), step, trainer.snapshot(matrix.name()));
					}
				}
				nextSnapshot++;
			}
			if (step == total) {
				return new SimulationOutcome(SimulationOutcome.Status.COMPLETED, total, "");
			}
			if (step % CANCEL_POLL_STEPS == 0 && progress.isCanceled()) {
				if (lastRecorded != step) {
					trainer.measure(record);
					sink.record(step, record);
				}
				return new SimulationOutcome(SimulationOutcome.Status.CANCELLED, step, "cancelled at step " + step + " of " + total);
			}
			if (!Double.isFinite(trainer.step())) {
				// the state after `step` steps is not finite: stop here, the records before it stay
				return diverged(step, lastRecorded);
			}
			int due = (int) ((step + 1) * ticks / total);
			if (due > reported) {
				progress.worked(due - reported);
				reported = due;
			}
		}
	}
}
