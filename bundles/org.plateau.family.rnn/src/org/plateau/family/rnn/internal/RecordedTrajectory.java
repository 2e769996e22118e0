package org.plateau.family.rnn.internal;

import java.util.Arrays;
import java.util.List;

import org.ejml.data.DMatrixRMaj;
import org.plateau.core.family.MetricDescriptor;
import org.plateau.core.family.MetricSink;
import org.plateau.core.family.Trainer;
import org.plateau.core.run.StepLoop;
import org.plateau.model.Training;

/**
 * What a trainer measured of a few scalars at its records, kept for a theory whose rates are fitted to the run (the
 * authors fit the effective rates of the 3-scalar ODE to the measured h, y, w). Appended at records only, where a
 * trainer may allocate; thread-safe.
 */
final class RecordedTrajectory {

	private final int width;
	private long[] steps = new long[64];
	private double[][] values;
	private int size;

	/** @param width scalars per record */
	RecordedTrajectory(int width) {
		this.width = width;
		this.values = new double[width][64];
	}

	/** Appends the record of a step (a step recorded twice is kept once). */
	synchronized void add(long step, double... measured) {
		if (size > 0 && step <= steps[size - 1]) {
			return;
		}
		if (size == steps.length) {
			steps = Arrays.copyOf(steps, 2 * size);
			for (int k = 0; k < width; k++) {
				values[k] = Arrays.copyOf(values[k], 2 * size);
			}
		}
		steps[size] = step;
		for (int k = 0; k < width; k++) {
			values[k][size] = measured[k];
		}
		size++;
	}

	synchronized int size() {
		return size;
	}

	synchronized long lastStep() {
		return size == 0 ? -1 : steps[size - 1];
	}

	/**
	 * At most {@code samples} records, evenly spaced from the first.
	 *
	 * @return {steps as doubles, then one row per scalar}
	 */
	synchronized double[][] sampled(int samples) {
		int stride = Math.max(1, (size + samples - 1) / samples);
		int n = size == 0 ? 0 : (size - 1) / stride + 1;
		double[][] out = new double[width + 1][n];
		for (int i = 0; i < n; i++) {
			int at = i * stride;
			out[0][i] = steps[at];
			for (int k = 0; k < width; k++) {
				out[k + 1][i] = values[k][at];
			}
		}
		return out;
	}

	/**
	 * Replays a new trainer of the experiment through core's step loop to {@code lastStep}, on the experiment's own
	 * record schedule, so that it records (into its trajectory) what the run records: a fit to the replay is the fit
	 * to the run.
	 */
	static void replay(Trainer trainer, Training training, long lastStep, List<MetricDescriptor> metrics, String name) {
		StepLoop.Schedule schedule = new StepLoop.Schedule(lastStep, training.getRecordInterval(), new long[0],
				training.getStopBelowLoss());
		new StepLoop(trainer, schedule, metrics, List.of(), name, "").run(new MetricSink() {
			@Override
			public void record(long step, double[] values) {
				// the trainer keeps what the fit needs
			}

			@Override
			public void snapshot(String matrix, long step, DMatrixRMaj snapshot) {
				// none scheduled
			}
		}, null);
	}
}
