package org.plateau.family.deeplinear.internal.numerics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.plateau.core.testkit.Allocations;
import org.plateau.kernels.DenseKernels;
import org.plateau.kernels.DenseKernels.Backend;

/**
 * Issue 15: the BLAS kernels and the covariance shortcut leave gradient descent's trajectory as it was with the old
 * kernels (EJML's products on the samples), to rounding, at the benchmark's sizes scaled down and at depth 3.
 */
class KernelTrajectoriesTest {

	/**
	 * Measured: the weights of the three ways stay within 4e-13 of their size over these runs (the covariance form sums
	 * in another order: X X^T first); 1e-9 leaves room and still catches any wrong transpose or missing term (1e-3+).
	 */
	private static final double AGREEMENT = 1e-9;

	@Test
	void oldKernelsNewKernelsAndCovariancesGiveTheSameTrajectory() {
		// (N_in, N_h, N_out, P, depth): the benchmark's toy size, a medium one with P >> N_in, a deeper one
		int[][] sizes = { { 8, 32, 15, 8, 2 }, { 60, 50, 40, 300, 2 }, { 20, 30, 10, 90, 3 } };
		DenseKernels old = DenseKernels.of(Backend.EJML);
		DenseKernels blas = DenseKernels.of(DenseKernels.nativeAvailable() ? Backend.NATIVE_BLAS : Backend.JAVA_BLAS, 0);
		for (int[] size : sizes) {
			Dataset data = Tasks.randomRegression(size[0], size[2], size[3], false, LossConvention.MEAN, 3);
			LinearNetwork start = Initialisations.smallGaussian(size[0], size[1], size[2], size[4], 0.1, 5);
			double eta = 0.05;
			int steps = 400;
			GradientDescent reference = GradientDescent.fullBatch(start.copy(), data, LossConvention.MEAN, eta, false, old);
			GradientDescent onBlas = GradientDescent.fullBatch(start.copy(), data, LossConvention.MEAN, eta, false, blas);
			GradientDescent onCovariances = GradientDescent.fullBatch(start.copy(), data, LossConvention.MEAN, eta, true,
					blas);
			assertTrue(onCovariances.usesCovariances());
			assertFalse(onBlas.usesCovariances());
			double initialLoss = reference.loss();
			for (int k = 0; k < steps; k++) {
				assertTrue(reference.step());
				assertTrue(onBlas.step());
				assertTrue(onCovariances.step());
				if (k % 50 == 49) {
					String at = size[0] + "," + size[1] + "," + size[2] + ", P=" + size[3] + ", D=" + size[4] + " step " + k;
					assertClose(reference.network(), onBlas.network(), "BLAS kernels " + at);
					assertClose(reference.network(), onCovariances.network(), "covariances " + at);
					assertEquals(reference.loss(), onCovariances.loss(), AGREEMENT * reference.loss(), "loss " + at);
				}
			}
			// the runs learnt something, so the comparison is not between three resting networks
			assertTrue(reference.loss() < 0.9 * initialLoss, "loss " + initialLoss + " -> " + reference.loss());
		}
	}

	@Test
	void theCovarianceStepIsTheSampleStepOnTheBinaryTree() {
		// with X = I (P = N_in, the semantic tasks), Sigma_x = I and Sigma_yx = Y: both forms make the same products
		Dataset tree = Tasks.binaryTree();
		LinearNetwork start = Initialisations.smallGaussian(8, 32, 15, 2, 0.1, 9);
		DenseKernels old = DenseKernels.of(Backend.EJML);
		GradientDescent samples = GradientDescent.fullBatch(start.copy(), tree, LossConvention.SUM, 0.01, false, old);
		GradientDescent covariances = GradientDescent.fullBatch(start.copy(), tree, LossConvention.SUM, 0.01, true, old);
		for (int k = 0; k < 200; k++) {
			samples.step();
			covariances.step();
		}
		assertClose(samples.network(), covariances.network(), "binary tree");
	}

	@Test
	void theBlasAndCovarianceStepsAllocateNothing() throws ReflectiveOperationException {
		DenseKernels blas = DenseKernels.of(DenseKernels.nativeAvailable() ? Backend.NATIVE_BLAS : Backend.JAVA_BLAS, 0);
		Dataset data = Tasks.randomRegression(30, 20, 200, false, LossConvention.MEAN, 4);
		for (boolean covariances : new boolean[] { false, true }) {
			GradientDescent gd = GradientDescent.fullBatch(Initialisations.smallGaussian(30, 40, 20, 2, 0.1, 6), data,
					LossConvention.MEAN, 0.01, covariances, blas);
			gd.loss();
			gd.steps(5_000);
			long allocated = Allocations.allocatedBytes(() -> {
				for (int k = 0; k < 10; k++) {
					gd.steps(200);
					gd.loss();
				}
			});
			assertTrue(allocated < 1024, blas + (covariances ? " covariances" : " samples") + " allocated " + allocated
					+ " bytes over 2000 steps");
		}
	}

	private static void assertClose(LinearNetwork expected, LinearNetwork actual, String what) {
		for (int l = 1; l <= expected.depth(); l++) {
			DMatrixRMaj e = expected.weight(l);
			DMatrixRMaj a = actual.weight(l);
			double size = 0;
			double difference = 0;
			for (int i = 0; i < e.getNumElements(); i++) {
				size = Math.max(size, Math.abs(e.data[i]));
				difference = Math.max(difference, Math.abs(e.data[i] - a.data[i]));
			}
			assertTrue(difference <= AGREEMENT * size, what + ": W" + l + " differs by " + difference + " (size " + size + ")");
		}
	}
}
