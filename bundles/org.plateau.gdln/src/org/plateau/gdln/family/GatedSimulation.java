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

	private static final int CANCEL_POLL_STEPS = 64;

	private final GatedTraining training;
	private final GatedNetwork network;
	private final double[] record;

	public GatedSimulation(GatedTraining training) throws ExperimentException {
		this.training = training;
		this.network = training.initialNetwork();
		this.record = new double[training.metrics().size()];
	}

	@Override
	public List<MetricDescriptor> metrics() {
		return training.metrics();
	}

	@Override
	public List<MatrixDescriptor> matrices() {
		return List.of();
	}

	@Override
	public long totalSteps() {
		return training.steps();
	}

	@Override
	public SimulationOutcome run(MetricSink sink, IProgressMonitor monitor) {
		long total = training.steps();
		long interval = Math.max(1, training.recordInterval());
		int ticks = (int) Math.min(total, 1000);
		SubMonitor progress = SubMonitor.convert(monitor, "Training " + training.name(), ticks);
		int reported = 0;
		long lastRecorded = -1;
		for (long step = 0;; step++) {
			if (step % interval == 0 || step == total) {
				training.measure(network, record);
				if (!Double.isFinite(record[0]) || !network.isFinite()) {
					return new SimulationOutcome(SimulationOutcome.Status.DIVERGED, Math.max(0, step - 1), String.format(
							"the loss or the weights became NaN/Inf at step %d (records up to step %d are saved); learning "
									+ "rate %s is too large for this network: lower it", step, lastRecorded,
							training.learningRate()));
				}
				sink.record(step, record);
				lastRecorded = step;
			}
			if (step == total) {
				return new SimulationOutcome(SimulationOutcome.Status.COMPLETED, total, "");
			}
			if (step % CANCEL_POLL_STEPS == 0 && progress.isCanceled()) {
				if (lastRecorded != step) {
					training.measure(network, record);
					sink.record(step, record);
				}
				return new SimulationOutcome(SimulationOutcome.Status.CANCELLED, step, "cancelled at step " + step + " of " + total);
			}
			network.step(training.learningRate());
			int due = (int) ((step + 1) * ticks / total);
			if (due > reported) {
				progress.worked(due - reported);
				reported = due;
			}
		}
	}
}
