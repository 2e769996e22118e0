package org.plateau.family.deeplinear.internal;

import java.util.Optional;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.NormOps_DDRM;
import org.plateau.core.family.ExperimentException;
import org.plateau.core.family.NetworkDiagram;
import org.plateau.core.family.Trainer;
import org.plateau.family.deeplinear.internal.numerics.Dataset;
import org.plateau.family.deeplinear.internal.numerics.GradientDescent;
import org.plateau.family.deeplinear.internal.numerics.KernelBlocks;
import org.plateau.family.deeplinear.internal.numerics.LinearNetwork;

/**
 * Trains the deep linear network of an experiment by full-batch gradient descent or online SGD (Saxe et al. 2014,
 * spec 0.1) and measures the loss, the mode strengths on the fixed task singular vectors (spec 0.2) and, for the
 * four-item hierarchy, the feature-item predictions that show illusory correlations (PNAS 2019); core's step loop
 * drives it. The step allocates nothing; measuring allocates a little, every record interval only.
 */
final class DeepLinearTrainer implements Trainer {

	private final DeepLinearSetup setup;
	/** Replaced by one on the next phase's data at each phase's start (reversal, continual learning). */
	private GradientDescent trainer;
	/** For a lambda-balanced network: the NTK at initialisation and X^T X (Dominé et al. 2024); otherwise null. */
	private final KernelBlocks initialKernel;
	private final DMatrixRMaj inputGram;
	private long stepsTaken;
	private int nextPhase = 1;

	DeepLinearTrainer(DeepLinearSetup setup) throws ExperimentException {
		this.setup = setup;
		LinearNetwork network = setup.initialNetwork();
		this.trainer = trainer(network, setup.dataset);
		this.initialKernel = setup.lambdaBalanced ? KernelBlocks.of(network, setup.dataset.inputs()) : null;
		this.inputGram = setup.lambdaBalanced ? KernelBlocks.inputGram(setup.dataset.inputs()) : null;
	}

	private GradientDescent trainer(LinearNetwork network, Dataset data) {
		return setup.online ? GradientDescent.online(network, data, setup.convention, setup.learningRate, setup.sgdSeed)
				: GradientDescent.fullBatch(network, data, setup.convention, setup.learningRate);
	}

	@Override
	public boolean step() {
		while (nextPhase < setup.phases.size() && setup.phases.get(nextPhase).start() == stepsTaken) {
			// reversal or continual learning (Dominé et al. 2024): from here on the next data (this step's record was
			// still on the phase before)
			trainer = trainer(trainer.network(), setup.phases.get(nextPhase).data());
			nextPhase++;
		}
		stepsTaken++;
		return trainer.step();
	}

	/** The Frobenius norm of each layer's weights W_1 ... W_D, the connections of {@link DeepLinearDiagram}. */
	@Override
	public Optional<NetworkDiagram.State> networkState() {
		LinearNetwork network = trainer.network();
		double[] norms = new double[network.depth()];
		for (int l = 1; l <= norms.length; l++) {
			norms[l - 1] = NormOps_DDRM.normF(network.weight(l));
		}
		return Optional.of(new NetworkDiagram.State(norms));
	}

	@Override
	public boolean isFinite() {
		return trainer.network().isFinite();
	}

	@Override
	public void measure(double[] record) {
		double loss = trainer.loss();
		int k = 0;
		record[k++] = loss;
		DMatrixRMaj map = trainer.network().networkMap();
		if (setup.teacherStudent != null) {
			// Advani & Saxe 2017: E_g = ||w - w_bar||^2 / N + sigma_eps^2; E_t = mean squared residual = 2 L / (w P)
			record[k++] = setup.teacherStudent.generalizationError(map);
			record[k++] = 2 * loss / (setup.convention.exampleWeight(setup.dataset.size()) * setup.dataset.size());
			return;
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
	}

	@Override
	public DMatrixRMaj snapshot(String name) {
		return switch (name) {
			case DeepLinearSetup.RSA -> trainer.network().itemSimilarity(1, setup.dataset.inputs());
			case DeepLinearSetup.PREDICTION -> trainer.network().predict(setup.dataset.inputs());
			case DeepLinearSetup.INPUT_REPRESENTATION -> trainer.network().inputRepresentation();
			case DeepLinearSetup.OUTPUT_REPRESENTATION -> trainer.network().outputRepresentation();
			default -> throw new IllegalArgumentException("no matrix '" + name + "'");
		};
	}
}
