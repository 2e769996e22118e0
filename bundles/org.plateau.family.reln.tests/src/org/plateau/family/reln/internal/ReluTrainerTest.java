package org.plateau.family.reln.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;
import org.plateau.family.reln.model.ContextStructure;
import org.plateau.family.reln.model.ContextualTask;
import org.plateau.family.reln.model.ReluNetwork;
import org.plateau.kernels.DenseKernels;
import org.plateau.kernels.DenseKernels.Backend;
import org.plateau.model.Experiment;
import org.plateau.model.LossConvention;
import org.plateau.model.SmallGaussianInitialisation;

/**
 * The ReLU network's trainer against an independent computation: plain-loop gradient descent ({@link PlainLoopRelu})
 * from the trainer's own initial weights, step for step over the whole run of spec C3.4's three-context point.
 */
class ReluTrainerTest {

	/**
	 * The gradients' and the weights' agreement. Both sides compute the same sums in different orders (EJML's kernels
	 * against the loops), so they differ by rounding, which the dynamics carry along: measured at most 5.4e-12 of the
	 * largest gradient entry and 1.6e-12 on a weight over 8000 epochs. Any error in the step shows at the first step it
	 * touches and far above this: a ReLU derivative leaky on (-1e-3, 0] changes dL/dW1 by about its own size at
	 * epoch 0 (all pre-activations are ~1e-5 then), a factor 2 in the loss or the learning rate moves every weight by
	 * lr |dL/dW|.
	 */
	private static final double AGREEMENT = 1e-10;

	@Test
	void c34TheTrainerIsPlainLoopGradientDescentStepForStepOverTheWholeRun() throws Exception {
		Experiment experiment = ContextualTaskTest.example("reln-relu-same.plateau");
		// issue 14's setting, spec C3.4 at C = 3: same-structure task, context scale 1, 700 units from
		// N(0, (0.005/700)^2), lr 1e-3, SUM loss, 8000 epochs, full batch
		ContextualTask task = (ContextualTask) experiment.getTask();
		assertEquals(3, task.getContexts());
		assertEquals(ContextStructure.SAME, task.getStructure());
		assertEquals(1.0, task.getContextScale());
		assertEquals(700, ((ReluNetwork) experiment.getArchitecture()).getHiddenWidth());
		assertEquals(0.005 / 700, ((SmallGaussianInitialisation) experiment.getInitialisation()).getScale(), 1e-20);
		assertEquals(1e-3, experiment.getTraining().getLearningRate());
		assertEquals(LossConvention.SUM, experiment.getTraining().getLossConvention());
		long epochs = experiment.getTraining().getSteps();
		assertEquals(8000, epochs);

		RelnSetup setup = RelnSetup.of(experiment);
		ReluTrainer trainer = setup.reluTrainer();
		PlainLoopRelu plain = PlainLoopRelu.of(trainer, setup.learningRate());
		double worstGradient = 0;
		double worstWeight = 0;
		for (long epoch = 0; epoch < epochs; epoch++) {
			if (epoch % 100 == 0) {
				// the gradients at the weights before the step (the step itself folds them into the update)
				trainer.backward();
				plain.backward();
				double gradient = Math.max(relativeDifference(trainer.gradient1(), plain.gradient1),
						relativeDifference(trainer.gradient2(), plain.gradient2));
				if (!(gradient <= AGREEMENT)) {
					throw new AssertionError("the trainer's gradient leaves the plain loop's at epoch " + epoch + ": "
							+ gradient + " of the gradient's size away (tolerance " + AGREEMENT + ")");
				}
				worstGradient = Math.max(worstGradient, gradient);
			}
			assertTrue(trainer.step());
			plain.step();
			// the weights after the step
			double weight = Math.max(difference(trainer.w1, plain.w1), difference(trainer.w2, plain.w2));
			if (!(weight <= AGREEMENT)) {
				throw new AssertionError("the trainer leaves the plain loop at epoch " + epoch + ": its weights are "
						+ weight + " away (tolerance " + AGREEMENT + ")");
			}
			worstWeight = Math.max(worstWeight, weight);
		}
		double finalLoss = trainer.forward();
		double plainFinalLoss = plain.forward();
		assertEquals(plainFinalLoss, finalLoss, AGREEMENT, "final loss");
		System.out.printf("C3.4 (C = 3, seed 0): trainer and plain loop over %d epochs: gradients apart by at most %.2e of "
				+ "their size, weights by %.2e; final loss %.17g against %.17g%n", epochs, worstGradient, worstWeight,
				finalLoss, plainFinalLoss);
		// ../shared/bench/ref_relu.py's step (numpy), run from these initial weights written to a file, ends at
		// 0.15268264583898988: the same run to 3e-14. Issue 14's 75% gap (numpy's own seed 0 ends at 0.0875) is
		// between draws of the initial weights, not between the steps
		assertEquals(0.15268264583898988, finalLoss, 1e-10, "final loss against ref_relu.py from the same weights");
	}

	/**
	 * Issue 15: the trainer on the old kernels (EJML's products, separate updates) and on BLAS (fused updates) at the
	 * paper's size (3 contexts, 700 units) stay together over 2000 epochs. Measured: 2e-13 of the weights' size;
	 * held to 1e-9.
	 */
	@Test
	void oldAndNewKernelsGiveTheSameTrajectory() throws Exception {
		RelnSetup setup = RelnSetup.of(ContextualTaskTest.example("reln-relu-same.plateau"));
		ReluTrainer reference = setup.reluTrainer();
		DenseKernels blas = DenseKernels.of(DenseKernels.nativeAvailable() ? Backend.NATIVE_BLAS : Backend.JAVA_BLAS);
		ReluTrainer old = new ReluTrainer(setup.data, reference.w1.numRows, 0, setup.learningRate(), 0,
				DenseKernels.of(Backend.EJML));
		ReluTrainer onBlas = new ReluTrainer(setup.data, reference.w1.numRows, 0, setup.learningRate(), 0, blas);
		old.w1.setTo(reference.w1);
		old.w2.setTo(reference.w2);
		onBlas.w1.setTo(reference.w1);
		onBlas.w2.setTo(reference.w2);
		double initialLoss = old.forward();
		double worst = 0;
		for (int epoch = 0; epoch < 2000; epoch++) {
			assertTrue(old.step());
			assertTrue(onBlas.step());
		}
		for (DMatrixRMaj[] pair : new DMatrixRMaj[][] { { old.w1, onBlas.w1 }, { old.w2, onBlas.w2 } }) {
			double size = CommonOps_DDRM.elementMaxAbs(pair[0]);
			for (int i = 0; i < pair[0].getNumElements(); i++) {
				worst = Math.max(worst, Math.abs(pair[0].data[i] - pair[1].data[i]) / size);
			}
		}
		assertTrue(worst <= 1e-9, "old and new kernels " + worst + " apart");
		double loss = old.forward();
		assertEquals(loss, onBlas.forward(), 1e-9 * loss);
		assertTrue(loss < 0.5 * initialLoss, "learnt: " + initialLoss + " -> " + loss);
		System.out.printf("issue 15: ReLU trainer, EJML vs %s over 2000 epochs: weights %.1e of their size apart%n", blas,
				worst);
	}

	private static double difference(DMatrixRMaj m, double[][] rows) {
		double worst = 0;
		for (int i = 0; i < m.numRows; i++) {
			for (int j = 0; j < m.numCols; j++) {
				worst = Math.max(worst, Math.abs(m.get(i, j) - rows[i][j]));
			}
		}
		return worst;
	}

	/** max |m - rows| over max |rows|: the gradients shrink by orders of magnitude along the run. */
	private static double relativeDifference(DMatrixRMaj m, double[][] rows) {
		double largest = 0;
		for (double[] row : rows) {
			for (double value : row) {
				largest = Math.max(largest, Math.abs(value));
			}
		}
		return difference(m, rows) / largest;
	}
}
