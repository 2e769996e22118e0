package org.plateau.family.deeplinear.internal;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.ejml.data.DMatrixRMaj;
import org.plateau.core.family.ExperimentException;
import org.plateau.core.family.MatrixDescriptor;
import org.plateau.core.family.MetricDescriptor;
import org.plateau.core.family.MetricSink;
import org.plateau.core.family.Simulation;
import org.plateau.core.family.SimulationOutcome;
import org.plateau.family.deeplinear.internal.numerics.Dataset;
import org.plateau.family.deeplinear.internal.numerics.GradientDescent;
import org.plateau.family.deeplinear.internal.numerics.KernelBlocks;
import org.plateau.family.deeplinear.internal.numerics.LinearNetwork;

/**
 * Trains the deep linear network of an experiment by full-batch gradient descent or online SGD (Saxe et al. 2014,
 * spec 0.1) and records the loss, the mode strengths on the fixed task singular vectors (spec 0.2) and, for the
 * four-item hierarchy, the feature-item predictions that show illusory correlations (PNAS 2019). The step loop
 * allocates nothing; recording allocates a little, every record interval only.
 */
final class DeepLinearSimulation implements Simulation {

	/** Cancellation is polled every this many steps: cheap, and prompt at any realistic step rate. */
	private static final int CANCEL_POLL_STEPS = 64;

	private final DeepLinearSetup setup;
	/** Replaced by one on the next phase's data at each phase's start (reversal, continual learning). */
	private GradientDescent trainer;
	private final double[] record;
	/** For a lambda-balanced network: the NTK at initialisation and X^T X (Dominé et al. 2024); otherwise null. */
	private final KernelBlocks initialKernel;
	private final DMatrixRMaj inputGram;

	DeepLinearSimulation(DeepLinearSetup setup) throws ExperimentException {
		this.setup = setup;
		LinearNetwork network = setup.initialNetwork();
		this.trainer = trainer(network, setup.dataset);
		this.record = new double[setup.metrics.size()];
		this.initialKernel = setup.lambdaBalanced ? KernelBlocks.of(network, setup.dataset.inputs()) : null;
		this.inputGram = setup.lambdaBalanced ? KernelBlocks.inputGram(setup.dataset.inputs()) : null;
	}

	private GradientDescent trainer(LinearNetwork network, Dataset data) {
		return setup.online ? GradientDescent.online(network, data, setup.convention, setup.learningRate, setup.sgdSeed)
				: GradientDescent.fullBatch(network, data, setup.convention, setup.learningRate);
	}

	@Override
	public List<MetricDescriptor> metrics() {
		return setup.metrics;
	}

	@Override
	public List<MatrixDescriptor> matrices() {
		return setup.matrices;
	}

	@Override
	public long totalSteps() {
		return setup.steps;
	}

	@Override
	public SimulationOutcome run(MetricSink sink, IProgressMonitor monitor) {
		long total = setup.steps;
		int ticks = (int) Math.min(total, 1000);
		SubMonitor progress = SubMonitor.convert(monitor, "Training " + setup.experiment.getName(), ticks);
		int ticksReported = 0;
		int nextSnapshot = 0;
		int nextPhase = 1;
		long lastRecorded = -1;
		for (long step = 0;; step++) {
			if (step % setup.recordInterval == 0 || step == total) {
				if (!recordAt(step, sink)) {
					return diverged(step, lastRecorded);
				}
				lastRecorded = step;
			}
			while (nextSnapshot < setup.snapshotSteps.length && setup.snapshotSteps[nextSnapshot] <= step) {
				if (setup.snapshotSteps[nextSnapshot] == step) {
					snapshotAt(step, sink);
				}
				nextSnapshot++;
			}
			if (step == total) {
				return new SimulationOutcome(SimulationOutcome.Status.COMPLETED, total, "");
			}
			if (step % CANCEL_POLL_STEPS == 0 && progress.isCanceled()) {
				if (lastRecorded != step && recordAt(step, sink)) {
					lastRecorded = step;
				}
				return new SimulationOutcome(SimulationOutcome.Status.CANCELLED, step,
						"cancelled at step " + step + " of " + total);
			}
			while (nextPhase < setup.phases.size() && setup.phases.get(nextPhase).start() == step) {
				// reversal or continual learning (Dominé et al. 2024): from here on the next data (this step's record
				// was still on the phase before)
				trainer = trainer(trainer.network(), setup.phases.get(nextPhase).data());
				nextPhase++;
			}
			if (!trainer.step()) {
				// the state at divergenceStep() is not finite: nothing more to record
				return diverged(trainer.divergenceStep(), lastRecorded);
			}
			int ticksDue = (int) ((step + 1) * ticks / total);
			if (ticksDue > ticksReported) {
				progress.worked(ticksDue - ticksReported);
				ticksReported = ticksDue;
			}
		}
	}

	/** The outcome of a divergence found in the state after {@code step} steps; records end at {@code lastRecorded}. */
	private SimulationOutcome diverged(long step, long lastRecorded) {
		return new SimulationOutcome(SimulationOutcome.Status.DIVERGED, Math.max(0, step - 1), String.format(
				"the loss or the weights became NaN/Inf at step %d (records up to step %d are saved); learning rate "
						+ "%s is too large for this task and network (largest singular value %.3f, depth %d): lower it",
				step, lastRecorded, setup.learningRate, setup.modes.singularValue(0), setup.depth));
	}

	/** Records the metrics at a step; returns {@code false}, recording nothing, if the loss is not finite. */
	private boolean recordAt(long step, MetricSink sink) {
		double loss = trainer.loss();
		if (!Double.isFinite(loss)) {
			return false;
		}
		int k = 0;
		record[k++] = loss;
		DMatrixRMaj map = trainer.network().networkMap();
		if (setup.teacherStudent != null) {
			// Advani & Saxe 2017: E_g = ||w - w_bar||^2 / N + sigma_eps^2; E_t = mean squared residual = 2 L / (w P)
			record[k++] = setup.teacherStudent.generalizationError(map);
			record[k++] = 2 * loss / (setup.convention.exampleWeight(setup.dataset.size()) * setup.dataset.size());
			sink.record(step, record);
			return true;
		}
		if (!setup.sequence.isEmpty()) {
			for (Dataset task : setup.sequence) {
				record[k++] = trainer.network().loss(task, setup.convention);
			}
		} else {
			for (int alpha = 0; alpha < setup.modes.rank(); alpha++) {
				record[k++] = setup.modes.modeStrength(map, alpha);
			}
		}
		if (setup.illusoryEntries.length > 0) {
			DMatrixRMaj prediction = trainer.network().predict(setup.dataset.inputs());
			for (int[] entry : setup.illusoryEntries) {
				record[k++] = prediction.get(entry[0], entry[1]);
			}
		}
		if (initialKernel != null) {
			// Dominé et al. 2024: how far the NTK has moved, lazy (frozen) vs rich (moving)
			record[k++] = KernelBlocks.distance(initialKernel,
					KernelBlocks.of(trainer.network(), setup.dataset.inputs()), inputGram);
		}
		sink.record(step, record);
		return true;
	}

	private void snapshotAt(long step, MetricSink sink) {
		for (MatrixDescriptor matrix : setup.matrices) {
			DMatrixRMaj value = switch (matrix.name()) {
				case DeepLinearSetup.RSA -> trainer.network().itemSimilarity(1, setup.dataset.inputs());
				case DeepLinearSetup.PREDICTION -> trainer.network().predict(setup.dataset.inputs());
				case DeepLinearSetup.INPUT_REPRESENTATION -> trainer.network().inputRepresentation();
				case DeepLinearSetup.OUTPUT_REPRESENTATION -> trainer.network().outputRepresentation();
				default -> throw new IllegalStateException("unknown matrix " + matrix.name());
			};
			sink.snapshot(matrix.name(), step, value);
		}
	}
}
