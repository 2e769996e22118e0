package org.plateau.core.run;

import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.plateau.core.family.MatrixDescriptor;
import org.plateau.core.family.MetricDescriptor;
import org.plateau.core.family.MetricSink;
import org.plateau.core.family.NetworkDiagram;
import org.plateau.core.family.SimulationOutcome;
import org.plateau.core.family.Trainer;
import org.plateau.model.Training;

/**
 * The one step loop of every family: drives a {@link Trainer} through an experiment's {@link Schedule}, records its
 * metrics at step 0, every record interval and the last step, snapshots its matrices at the snapshot steps, reports
 * progress, polls cancellation every {@value #CANCEL_POLL_STEPS} steps and stops at the first non-finite loss or
 * weight, keeping what was recorded before it; measures each metric at its own record interval (a multiple of the run's,
 * {@link MetricDescriptor#recordEvery}); ends early, completed, at the first record whose training loss is below
 * the experiment's {@code stopBelowLoss}. Allocates nothing per step beyond what the trainer does.
 */
public final class StepLoop {

	/** Cancellation is polled every this many steps: cheap, and prompt at any realistic step rate. */
	public static final int CANCEL_POLL_STEPS = 64;

	/**
	 * When a run records and snapshots.
	 *
	 * @param steps the number of training steps
	 * @param recordInterval records every this many steps (and at the last)
	 * @param snapshotSteps the steps at which matrices are snapshot, increasing, without repeats
	 * @param stopBelowLoss the stopping rule: the run ends at the first record whose training loss is below it (0:
	 *            never early)
	 */
	public record Schedule(long steps, long recordInterval, long[] snapshotSteps, double stopBelowLoss) {

		public Schedule {
			recordInterval = Math.max(1, recordInterval);
			snapshotSteps = snapshotSteps.clone();
		}

		/** The schedule an experiment's training asks for. */
		public static Schedule of(Training training) {
			return new Schedule(Math.max(0, training.getSteps()), training.getRecordInterval(),
					training.getSnapshotSteps().stream().mapToLong(Long::longValue).sorted().distinct().toArray(),
					training.getStopBelowLoss());
		}

		/** The steps recorded when the run goes to the end: 0, every record interval, and the last. */
		public long[] recordedSteps() {
			int count = (int) Math.min(Integer.MAX_VALUE - 1, steps / recordInterval + 1);
			boolean last = steps % recordInterval != 0;
			long[] recorded = new long[count + (last ? 1 : 0)];
			for (int i = 0; i < count; i++) {
				recorded[i] = i * recordInterval;
			}
			if (last) {
				recorded[count] = steps;
			}
			return recorded;
		}
	}

	private final Trainer trainer;
	private final Schedule schedule;
	private final List<MatrixDescriptor> matrices;
	private final double[] record;
	/** Every how many records each metric is measured, and whether it is due at the current record. */
	private final int[] recordEvery;
	private final boolean[] due;
	private long records;
	private final String name;
	private final String divergenceAdvice;

	/**
	 * @param trainer the family's network and step, at step 0
	 * @param schedule when to record and snapshot
	 * @param metrics the metrics the trainer measures, the first the training loss
	 * @param matrices the matrices snapshot at the schedule's snapshot steps
	 * @param name the experiment's name, for progress
	 * @param divergenceAdvice what the user should change when the run diverges
	 */
	public StepLoop(Trainer trainer, Schedule schedule, List<MetricDescriptor> metrics, List<MatrixDescriptor> matrices,
			String name, String divergenceAdvice) {
		this.trainer = trainer;
		this.schedule = schedule;
		this.matrices = List.copyOf(matrices);
		this.record = new double[metrics.size()];
		this.recordEvery = new int[metrics.size()];
		for (int k = 0; k < recordEvery.length; k++) {
			// the loss is measured at every record: it is what divergence and the stopping rule read
			recordEvery[k] = k == 0 ? 1 : metrics.get(k).recordEvery();
		}
		this.due = new boolean[metrics.size()];
		this.name = name;
		this.divergenceAdvice = divergenceAdvice;
	}

	/**
	 * Trains to the end of the schedule, or until cancelled or diverged.
	 *
	 * @param sink receives the records and snapshots (it copies what it keeps)
	 * @param monitor progress and cancellation; {@code null} allowed
	 * @return how the run ended
	 */
	public SimulationOutcome run(MetricSink sink, IProgressMonitor monitor) {
		long total = schedule.steps();
		long interval = schedule.recordInterval();
		long[] snapshotSteps = schedule.snapshotSteps();
		double stopBelowLoss = schedule.stopBelowLoss();
		int ticks = (int) Math.min(total, 1000);
		SubMonitor progress = SubMonitor.convert(monitor, "Training " + name, ticks);
		int reported = 0;
		int nextSnapshot = 0;
		long lastRecorded = -1;
		for (long step = 0;; step++) {
			if (step % interval == 0 || step == total) {
				if (!measure(step == total)) {
					return diverged(step, lastRecorded);
				}
				sink.record(step, record);
				lastRecorded = step;
				if (sink.wantsNetworkState()) {
					Optional<NetworkDiagram.State> state = trainer.networkState();
					if (state.isPresent()) {
						sink.networkState(step, state.get());
					}
				}
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
			if (lastRecorded == step && record[0] < stopBelowLoss) {
				// the stopping rule: done, as asked, before the last step
				return new SimulationOutcome(SimulationOutcome.Status.COMPLETED, step, String.format(
						"stopped at step %d of %d: the training loss %.6g fell below stopBelowLoss = %s", step, total,
						record[0], stopBelowLoss));
			}
			if (step % CANCEL_POLL_STEPS == 0 && progress.isCanceled()) {
				if (lastRecorded != step && measure(true)) {
					sink.record(step, record);
				}
				return new SimulationOutcome(SimulationOutcome.Status.CANCELLED, step,
						"cancelled at step " + step + " of " + total);
			}
			if (!trainer.step()) {
				// the state after step + 1 steps is not finite: stop here, the records before it stay
				return diverged(step + 1, lastRecorded);
			}
			int due = (int) ((step + 1) * ticks / total);
			if (due > reported) {
				progress.worked(due - reported);
				reported = due;
			}
		}
	}

	/**
	 * Measures the metrics due at this record into it, no value (NaN) for the others; {@code false} when the loss or a
	 * weight is not finite.
	 *
	 * @param last whether this is the last record, at which every metric is due
	 */
	private boolean measure(boolean last) {
		for (int k = 0; k < due.length; k++) {
			due[k] = last || records % recordEvery[k] == 0;
		}
		records++;
		trainer.measure(record, due);
		for (int k = 0; k < due.length; k++) {
			if (!due[k]) {
				record[k] = Double.NaN;
			}
		}
		return Double.isFinite(record[0]) && trainer.isFinite();
	}

	/** The outcome of a non-finite state found after {@code step} steps; records end at {@code lastRecorded}. */
	private SimulationOutcome diverged(long step, long lastRecorded) {
		return new SimulationOutcome(SimulationOutcome.Status.DIVERGED, Math.max(0, step - 1),
				String.format("the loss or the weights became NaN/Inf at step %d (records up to step %d are saved); %s",
						step, lastRecorded, divergenceAdvice));
	}
}
