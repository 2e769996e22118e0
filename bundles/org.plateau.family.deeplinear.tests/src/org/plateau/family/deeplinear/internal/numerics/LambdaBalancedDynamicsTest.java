package org.plateau.family.deeplinear.internal.numerics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.MatrixFeatures_DDRM;
import org.ejml.dense.row.NormOps_DDRM;
import org.junit.jupiter.api.Test;
import org.plateau.core.testkit.Allocations;

/**
 * The exact lambda-balanced solution (Dominé et al. 2024, spec 1.3(d)) against gradient descent (C1.11), against its
 * own restarted form, against the Riccati equation it solves, and at long times.
 */
class LambdaBalancedDynamicsTest {

	private static final double[] LAMBDAS = { -4, -1, 0, 1, 4 };

	/**
	 * The task of C1.11: Ni = No = 4, P = 50 whitened Gaussian inputs (X X^T / P = I exactly), Y = W_t X + 0.3 noise
	 * with W_t i.i.d. N(0, 1). Draws W_t, then X, then the noise from {@code new Random(seed)}.
	 */
	static Dataset c111Task(long seed) {
		int size = 4;
		int p = 50;
		Random random = new Random(seed);
		DMatrixRMaj teacher = RandomMatrices.gaussian(size, size, 1, random);
		// X = sqrt(P) Q^T with Q (P x 4) orthonormal columns of a Gaussian matrix: X X^T / P = I (MEAN whitening)
		DMatrixRMaj x = CommonOps_DDRM.transpose(RandomMatrices.orthonormalColumns(p, size, random), null);
		CommonOps_DDRM.scale(LossConvention.MEAN.whiteningScale(p), x);
		DMatrixRMaj y = RandomMatrices.gaussian(size, p, 0.3, random);
		CommonOps_DDRM.multAdd(teacher, x, y);
		String[] items = new String[p];
		for (int mu = 0; mu < p; mu++) {
			items[mu] = "x" + mu;
		}
		return new Dataset("C1.11 regression", x, y, items, new String[] { "y1", "y2", "y3", "y4" });
	}

	static final long TASK_SEED = 2024;
	/**
	 * Init seed whose W0 = c O2 O1^T has det(W0) det(Sigma_yx) > 0 on this task: at lambda = 0 the other orientation
	 * makes G+ exactly singular (see {@link #zeroLambdaInitOfOppositeOrientationHasSingularGPlus}).
	 */
	static final long INIT_SEED = 1;

	@Test
	void theRandomRegressionTaskWithTeacherScaleAndNoiseIsTheC111Task() {
		// the family's task (RandomRegressionTask teacherScale 2 = sqrt(4), noiseScale 0.3) against this test's own
		// construction of the spec's task from the same generator: the same draws, sums in another order
		Dataset family = Tasks.randomRegression(4, 4, 50, true, 2, 0.3, LossConvention.MEAN, TASK_SEED);
		Dataset spec = c111Task(TASK_SEED);
		assertTrue(MatrixFeatures_DDRM.isEquals(spec.inputs(), family.inputs(), 0), "X drawn alike");
		assertTrue(MatrixFeatures_DDRM.isEquals(spec.targets(), family.targets(), 1e-12), "Y = W_t X + 0.3 noise");
		// the noise outside the span of X: E = 0.09 * 46/50 per entry, a chi^2 of 184 degrees of freedom (s.d. 10%)
		assertEquals(0.3 * 0.3 * 46.0 / 50, 2 * irreducibleLoss(family), 0.03, "the label noise the best map leaves");
		// the defaults, teacherScale 1 and no noise, are the noise-free task bit for bit (files of earlier days)
		Dataset noiseFree = Tasks.randomRegression(4, 4, 50, true, LossConvention.MEAN, TASK_SEED);
		Dataset defaults = Tasks.randomRegression(4, 4, 50, true, 1, 0, LossConvention.MEAN, TASK_SEED);
		assertTrue(MatrixFeatures_DDRM.isEquals(noiseFree.targets(), defaults.targets(), 0));
		assertTrue(MatrixFeatures_DDRM.isEquals(noiseFree.inputs(), defaults.inputs(), 0));
		assertThrows(IllegalArgumentException.class,
				() -> Tasks.randomRegression(4, 4, 50, true, 0, 0.3, LossConvention.MEAN, TASK_SEED));
		assertThrows(IllegalArgumentException.class,
				() -> Tasks.randomRegression(4, 4, 50, true, 2, -0.3, LossConvention.MEAN, TASK_SEED));
	}

	/** 1/2 mean ||Y - Sigma_yx X||^2 per example and output: what no linear map removes (MEAN, whitened). */
	private static double irreducibleLoss(Dataset data) {
		DMatrixRMaj residual = data.targets().copy();
		CommonOps_DDRM.multAdd(-1, data.sigmaYX(LossConvention.MEAN), data.inputs(), residual);
		return 0.5 * NormOps_DDRM.normF(residual) * NormOps_DDRM.normF(residual) / residual.getNumElements();
	}

	@Test
	void c111TaskIsWhitenedWithASpreadOfSingularValues() {
		Dataset task = c111Task(TASK_SEED);
		DMatrixRMaj sigmaX = task.sigmaX(LossConvention.MEAN);
		assertTrue(MatrixFeaturesCheck.isIdentity(sigmaX, 1e-13), "Sigma_x = I");
		double[] s = TaskModes.of(task, LossConvention.MEAN).singularValues();
		System.out.println("C1.11 task singular values " + java.util.Arrays.toString(s)
				+ " (spec's seed: 3.408, 1.908, 0.641, 0.216)");
		assertEquals(4, s.length);
		// a comparable spread to the spec's task: the slowest mode is learnt well within t = 40 for every lambda
		assertTrue(s[0] > 1.5 && s[3] > 0.1, "task spectrum");
	}

	@Test
	void C1_11_closedFormMatchesGradientDescent() {
		Dataset task = c111Task(TASK_SEED);
		DMatrixRMaj sigmaYX = task.sigmaYX(LossConvention.MEAN);
		double sigmaNorm = NormOps_DDRM.normF(sigmaYX);
		double eta = 1e-3;
		for (double lambda : LAMBDAS) {
			LinearNetwork net = LambdaBalanced.random(4, 4, 4, 0.05, lambda, new Random(INIT_SEED));
			LambdaBalancedDynamics theory = new LambdaBalancedDynamics(sigmaYX, net, lambda);
			assertTrue(theory.usesStableForm(), "square invertible G+ for Ni = Nh = No");
			GradientDescent gd = GradientDescent.fullBatch(net, task, LossConvention.MEAN, eta);
			double[] worst = new double[2];
			double[] balanceAt10 = new double[1];
			double[] at40 = new double[2];
			GradientDescent.Outcome outcome = gd.run(40_000, 100, trainer -> {
				double t = trainer.time();
				LinearNetwork w = trainer.network();
				DMatrixRMaj map = theory.networkMap(t);
				double mapError = distance(map, w.networkMap()) / sigmaNorm;
				DMatrixRMaj input = theory.inputRepresentation(t);
				double inputError = distance(input, w.inputRepresentation()) / NormOps_DDRM.normF(input);
				if (trainer.stepCount() <= 10_000) {
					worst[0] = Math.max(worst[0], mapError);
					worst[1] = Math.max(worst[1], inputError);
				}
				if (trainer.stepCount() == 10_000) {
					balanceAt10[0] = LambdaBalanced.balanceError(w, lambda);
				}
				if (trainer.stepCount() == 40_000) {
					at40[0] = mapError;
					at40[1] = inputError;
				}
				return true;
			});
			assertEquals(GradientDescent.Outcome.COMPLETED, outcome);
			System.out.printf("C1.11 lambda = %+.0f: max ||W2W1 theory - GD||/||Sigma_yx|| = %.3e, max W1^TW1 rel. = %.3e,"
					+ " balance drift at 10^4 steps = %.3e; at t = 40: %.3e, %.3e%n", lambda, worst[0], worst[1],
					balanceAt10[0], at40[0], at40[1]);
			// spec C1.11 pass criterion: forward Euler at eta = 1e-3 lags by O(eta); the spec measured <= 1.1e-3
			assertTrue(worst[0] < 5e-3, "network map, lambda = " + lambda);
			// spec: W1^T W1 block <= 3.8e-3, relative to the block's own norm here
			assertTrue(worst[1] < 5e-3, "W1^T W1, lambda = " + lambda);
			// spec: GD drifts from the balance by O(eta) over 10^4 steps
			assertTrue(balanceAt10[0] < 5e-3, "balance drift, lambda = " + lambda);
			// t = 40 tau, far beyond the t ~ 8 tau where the naive form fails: GD has converged to the same point
			assertTrue(at40[0] < 5e-3 && at40[1] < 5e-3, "t = 40, lambda = " + lambda);
		}
	}

	@Test
	void stableFormAgreesWithRestartedGenericForm() {
		Dataset task = c111Task(TASK_SEED);
		DMatrixRMaj sigmaYX = task.sigmaYX(LossConvention.MEAN);
		double worst = 0;
		for (double lambda : new double[] { -100, -4, -1, 0, 1, 4, 100 }) {
			for (double scale : new double[] { 1e-3, 0.05, 2 }) {
				LinearNetwork net = LambdaBalanced.random(4, 4, 4, scale, lambda, new Random(INIT_SEED));
				LambdaBalancedDynamics theory = new LambdaBalancedDynamics(sigmaYX, net, lambda);
				assertTrue(theory.usesStableForm());
				for (double t : new double[] { 0, 0.3, 1, 8, 40, 200 }) {
					DMatrixRMaj stable = theory.qqt(t);
					DMatrixRMaj restarted = theory.qqtByRestarts(t);
					double error = distance(stable, restarted) / NormOps_DDRM.normF(stable);
					worst = Math.max(worst, error);
					// two exact forms in double precision: rounding only, amplified by cond(G+) <= ~1e3 here
					assertTrue(error < 1e-10, "lambda " + lambda + ", scale " + scale + ", t " + t + ": " + error);
				}
			}
		}
		System.out.println("stable vs restarted form: worst relative difference " + worst);
	}

	@Test
	void initialStateIsQ0Q0Transposed() {
		Dataset task = c111Task(TASK_SEED);
		LinearNetwork net = LambdaBalanced.random(4, 4, 4, 0.05, 1, new Random(3));
		LambdaBalancedDynamics theory = new LambdaBalancedDynamics(task.sigmaYX(LossConvention.MEAN), net, 1);
		// at t = 0 the stable form inverts (G+ G+^T)^{-1}: rounding times cond(G+)^2
		assertTrue(distance(theory.networkMap(0), net.networkMap()) < 1e-12);
		assertTrue(distance(theory.outputRepresentation(0), net.outputRepresentation()) < 1e-12);
	}

	@Test
	void solutionSatisfiesTheRiccatiEquation() {
		Dataset task = c111Task(TASK_SEED);
		DMatrixRMaj sigmaYX = task.sigmaYX(LossConvention.MEAN);
		for (double lambda : LAMBDAS) {
			LinearNetwork net = LambdaBalanced.random(4, 4, 4, 0.05, lambda, new Random(8));
			LambdaBalancedDynamics theory = new LambdaBalancedDynamics(sigmaYX, net, lambda);
			DMatrixRMaj f = riccatiF(sigmaYX, lambda);
			for (double t : new double[] { 0.5, 2, 5 }) {
				double h = 1e-4;
				DMatrixRMaj derivative = theory.qqt(t + h);
				CommonOps_DDRM.subtractEquals(derivative, theory.qqt(t - h));
				CommonOps_DDRM.scale(1 / (2 * h), derivative);
				DMatrixRMaj m = theory.qqt(t);
				DMatrixRMaj rhs = new DMatrixRMaj(8, 8);
				// Dominé et al. 2024 (spec 1.3(d)): d(QQ^T)/dt = F QQ^T + QQ^T F - (QQ^T)^2
				CommonOps_DDRM.mult(f, m, rhs);
				CommonOps_DDRM.multAdd(m, f, rhs);
				CommonOps_DDRM.multAdd(-1, m, m, rhs);
				double error = distance(derivative, rhs) / Math.max(1, NormOps_DDRM.normF(rhs));
				// central difference: h^2 |M'''| / 6 ~ 1e-8 plus rounding 1e-16 / h ~ 1e-12
				assertTrue(error < 1e-6, "lambda " + lambda + ", t " + t + ": " + error);
			}
		}
	}

	@Test
	void convergesToTheLeastSquaresMapAtLongTimes() {
		Dataset task = c111Task(TASK_SEED);
		DMatrixRMaj sigmaYX = task.sigmaYX(LossConvention.MEAN);
		double sigmaNorm = NormOps_DDRM.normF(sigmaYX);
		for (double lambda : LAMBDAS) {
			LinearNetwork net = LambdaBalanced.random(4, 4, 4, 0.05, lambda, new Random(INIT_SEED));
			LambdaBalancedDynamics theory = new LambdaBalancedDynamics(sigmaYX, net, lambda);
			double stable = distance(theory.networkMap(200), sigmaYX) / sigmaNorm;
			DMatrixRMaj restarted = CommonOps_DDRM.extract(theory.qqtByRestarts(200), 4, 8, 0, 4);
			double byRestarts = distance(restarted, sigmaYX) / sigmaNorm;
			System.out.printf("t = 200 tau, lambda = %+.0f: ||W2W1 - Sigma_yx||/||Sigma_yx|| = %.2e (stable), %.2e (restarts)%n",
					lambda, stable, byRestarts);
			// full-rank task: the slowest mode (s = 0.23 here) has converged to e^{-2 s (200 - t_half)} ~ 1e-38; rounding only
			assertTrue(stable < 1e-8 && byRestarts < 1e-8, "lambda " + lambda);
			// the naive form is NaN from t ~ 8 tau (e^{2 mu t} > 1e16); the stable form stays finite for any t
			assertTrue(LinearNetwork.allFinite(theory.qqt(1e6)));
		}
	}

	@Test
	void restartedFormMatchesGradientDescentWhenGPlusIsNotSquare() {
		// Ni = 4, Nh = 2, No = 3 and lambda = 1: F has No = 3 positive eigenvalues but Nh = 2, so the stable split does not
		// apply and the restarted generic form must carry the solution
		Dataset task = Tasks.randomRegression(4, 3, 12, true, LossConvention.MEAN, 31);
		DMatrixRMaj sigmaYX = task.sigmaYX(LossConvention.MEAN);
		for (double lambda : new double[] { -1, 1 }) {
			LinearNetwork net = LambdaBalanced.random(4, 2, 3, 0.05, lambda, new Random(4));
			LambdaBalancedDynamics theory = new LambdaBalancedDynamics(sigmaYX, net, lambda);
			assertFalse(theory.usesStableForm());
			GradientDescent gd = GradientDescent.fullBatch(net, task, LossConvention.MEAN, 1e-3);
			double[] worst = new double[1];
			gd.run(20_000, 200, trainer -> {
				double error = distance(theory.networkMap(trainer.time()), trainer.network().networkMap())
						/ NormOps_DDRM.normF(sigmaYX);
				worst[0] = Math.max(worst[0], error);
				return true;
			});
			System.out.printf("rank-2 hidden layer, lambda = %+.0f: max ||W2W1 theory - GD||/||Sigma_yx|| = %.3e%n", lambda,
					worst[0]);
			// the same O(eta) Euler lag as C1.11
			assertTrue(worst[0] < 5e-3, "lambda " + lambda);
		}
	}

	@Test
	void zeroLambdaInitOfOppositeOrientationHasSingularGPlus() {
		// lambda = 0, W0 = c O2 O1^T: G+ = c (V^T O1 + U^T O2) R^T / sqrt 2 (F's eigenvectors [v; u] / sqrt 2) is singular
		// when the orthogonal (V^T O1)^T U^T O2 has eigenvalue -1, i.e. (Ni = 4 even) when det(W0) det(Sigma_yx) < 0:
		// one hidden direction starts on the stable manifold of a saddle (the paper's "B invertible" fails)
		Dataset task = c111Task(TASK_SEED);
		DMatrixRMaj sigmaYX = task.sigmaYX(LossConvention.MEAN);
		LinearNetwork opposite = LambdaBalanced.random(4, 4, 4, 0.05, 0, new Random(2));
		assertTrue(CommonOps_DDRM.det(opposite.networkMap()) * CommonOps_DDRM.det(sigmaYX) < 0);
		LambdaBalancedDynamics theory = new LambdaBalancedDynamics(sigmaYX, opposite, 0);
		assertFalse(theory.usesStableForm(), "singular G+: the restarted form takes over");
		DMatrixRMaj f = riccatiF(sigmaYX, 0);
		double h = 1e-4;
		DMatrixRMaj derivative = theory.qqt(1 + h);
		CommonOps_DDRM.subtractEquals(derivative, theory.qqt(1 - h));
		CommonOps_DDRM.scale(1 / (2 * h), derivative);
		DMatrixRMaj m = theory.qqt(1);
		DMatrixRMaj rhs = new DMatrixRMaj(8, 8);
		CommonOps_DDRM.mult(f, m, rhs);
		CommonOps_DDRM.multAdd(m, f, rhs);
		CommonOps_DDRM.multAdd(-1, m, m, rhs);
		// same central-difference budget as solutionSatisfiesTheRiccatiEquation
		assertTrue(distance(derivative, rhs) / Math.max(1, NormOps_DDRM.normF(rhs)) < 1e-6);
		// any lambda != 0 lifts the degeneracy (the rate at a = 0 is |lambda| s)
		LinearNetwork lifted = LambdaBalanced.random(4, 4, 4, 0.05, 1, new Random(2));
		assertTrue(new LambdaBalancedDynamics(sigmaYX, lifted, 1).usesStableForm());
	}

	@Test
	void rejectsNetworksItDoesNotDescribe() {
		DMatrixRMaj sigmaYX = c111Task(TASK_SEED).sigmaYX(LossConvention.MEAN);
		LinearNetwork balanced = LambdaBalanced.random(4, 4, 4, 0.05, 1, new Random(1));
		assertThrows(IllegalArgumentException.class, () -> new LambdaBalancedDynamics(sigmaYX, balanced, 2),
				"balanced for lambda = 1, not 2");
		LinearNetwork deep = Initialisations.smallGaussian(4, 4, 4, 3, 0.1, 1);
		assertThrows(IllegalArgumentException.class, () -> new LambdaBalancedDynamics(sigmaYX, deep, 0));
		LinearNetwork wrongSize = LambdaBalanced.random(3, 3, 4, 0.05, 1, new Random(1));
		assertThrows(IllegalArgumentException.class, () -> new LambdaBalancedDynamics(sigmaYX, wrongSize, 1));
		LambdaBalancedDynamics theory = new LambdaBalancedDynamics(sigmaYX, balanced, 1);
		assertThrows(IllegalArgumentException.class, () -> theory.qqt(-1));
	}

	@Test
	void qqtIntoAPreallocatedMatrixAllocatesNothing() throws ReflectiveOperationException {
		DMatrixRMaj sigmaYX = c111Task(TASK_SEED).sigmaYX(LossConvention.MEAN);
		for (long seed : new long[] { INIT_SEED, 2 }) {
			// seed 2 at lambda = 0: the restarted form (see zeroLambdaInitOfOppositeOrientationHasSingularGPlus)
			LambdaBalancedDynamics theory = new LambdaBalancedDynamics(sigmaYX,
					LambdaBalanced.random(4, 4, 4, 0.05, 0, new Random(seed)), 0);
			DMatrixRMaj out = new DMatrixRMaj(8, 8);
			for (int k = 0; k < 2000; k++) {
				theory.qqt(0.01 * k, out); // JIT warm-up
			}
			Runnable solutions = () -> {
				for (int k = 0; k < 100; k++) {
					theory.qqt(0.4 * k, out);
				}
			};
			Allocations.allocatedBytes(solutions); // the first probe loads the lambda's and the probe's classes
			long allocated = Allocations.allocatedBytes(solutions);
			// one 8 x 8 matrix per call would be >= 600 B * 100; 1 kB leaves room for the probe itself
			assertTrue(allocated < 1024, (theory.usesStableForm() ? "stable" : "restarted") + " form allocated " + allocated
					+ " bytes");
		}
	}

	static DMatrixRMaj riccatiF(DMatrixRMaj sigmaYX, double lambda) {
		int no = sigmaYX.numRows;
		int ni = sigmaYX.numCols;
		DMatrixRMaj f = new DMatrixRMaj(ni + no, ni + no);
		for (int j = 0; j < ni; j++) {
			f.set(j, j, -lambda / 2);
		}
		for (int i = 0; i < no; i++) {
			f.set(ni + i, ni + i, lambda / 2);
			for (int j = 0; j < ni; j++) {
				f.set(ni + i, j, sigmaYX.get(i, j));
				f.set(j, ni + i, sigmaYX.get(i, j));
			}
		}
		return f;
	}

	static double distance(DMatrixRMaj a, DMatrixRMaj b) {
		DMatrixRMaj difference = a.copy();
		CommonOps_DDRM.subtractEquals(difference, b);
		return NormOps_DDRM.normF(difference);
	}

	/** Identity check with an explicit tolerance. */
	private static final class MatrixFeaturesCheck {
		static boolean isIdentity(DMatrixRMaj m, double tolerance) {
			return org.ejml.dense.row.MatrixFeatures_DDRM.isIdentity(m, tolerance);
		}
	}
}
