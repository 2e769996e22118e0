package org.plateau.family.deeplinear.internal.numerics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.MatrixFeatures_DDRM;
import org.ejml.dense.row.SingularOps_DDRM;
import org.junit.jupiter.api.Test;

/**
 * Exact gradient descent against the theory: the spec's checks C1.1, C1.2, C1.4, C1.5, C1.7 (simulation), C1.8, C1.9
 * (shape and theory agreement; their held-back values are printed) and C1.10.
 */
class SimulationChecksTest {

	private static final double[] SPECTRUM = { 3, 2, 1, 0.5, 0.2 };

	/** Mode strengths by projection after every step (row k = after k steps). */
	private static double[][] trainAndProject(GradientDescent gd, TaskModes modes, int steps) {
		double[][] a = new double[steps + 1][];
		GradientDescent.Outcome outcome = gd.run(steps, 1, t -> {
			a[(int) t.stepCount()] = modes.modeStrengths(t.network().networkMap());
			return true;
		});
		assertEquals(GradientDescent.Outcome.COMPLETED, outcome);
		return a;
	}

	/** First step count at which mode alpha reaches s/2, or -1. */
	private static int halfStep(double[][] a, int alpha, double s) {
		for (int k = 0; k < a.length; k++) {
			if (a[k][alpha] >= s / 2) {
				return k;
			}
		}
		return -1;
	}

	@Test
	void c11TwoLayerGradientDescentFollowsTheClosedForm() {
		Dataset task = Tasks.spectrum(5, 5, SPECTRUM, LossConvention.MEAN, 11);
		TaskModes modes = TaskModes.of(task, LossConvention.MEAN);
		LinearNetwork net = Initialisations.alignedBalanced(modes, 5, 2, 1e-3, 12);
		double eta = 1e-3;
		double tau = 1 / eta;
		double[][] a = trainAndProject(GradientDescent.fullBatch(net, task, LossConvention.MEAN, eta), modes, 40_000);
		int[] specSteps = { 1336, 1902, 3455 };
		for (int alpha = 0; alpha < 3; alpha++) {
			double s = SPECTRUM[alpha];
			int measured = halfStep(a, alpha, s);
			// the decoupled init is exact, so the step count is the spec's reference GD count; +-1 allows a rounding tie
			assertEquals(specSteps[alpha], measured, 1, "GD half step for s = " + s);
			// pass criterion: within 0.5% of theory (Euler lag eta*s/2 = 0.15% for s = 3)
			double theory = ClosedForm.balancedHalfTime(s, 1e-3, tau);
			assertEquals(theory, measured, 0.005 * theory, "t_half for s = " + s);
		}
		double worst = 0;
		for (int alpha = 0; alpha < SPECTRUM.length; alpha++) {
			double s = SPECTRUM[alpha];
			for (int k = 0; k < a.length; k++) {
				double error = Math.abs(a[k][alpha] - ClosedForm.balancedModeStrength(s, 1e-3, k, tau)) / s;
				worst = Math.max(worst, error);
			}
		}
		System.out.printf("C1.1 max |u_GD - u_theory|/s = %.5f (spec 0.0022)%n", worst);
		// pass criterion < 1%; the spec's reference run gives 0.0022 (Euler lag), 0.0023 allows its rounding
		assertTrue(worst < 0.0023, "trajectory error " + worst);
	}

	@Test
	void c12DeepGradientDescentFollowsTheReducedOde() {
		Dataset task = Tasks.spectrum(5, 5, SPECTRUM, LossConvention.MEAN, 21);
		TaskModes modes = TaskModes.of(task, LossConvention.MEAN);
		int[] depths = { 2, 3, 5 };
		int[] specGd = { 951, 1350, 1746 };
		double[] specOde = { 953, 1352, 1748 };
		double eta = 1e-3;
		int steps = 6000;
		double[] times = new double[steps + 1];
		for (int k = 0; k <= steps; k++) {
			times[k] = k;
		}
		for (int i = 0; i < depths.length; i++) {
			int depth = depths[i];
			LinearNetwork net = Initialisations.alignedBalanced(modes, 5, depth, 1e-2, 22);
			double[][] a = trainAndProject(GradientDescent.fullBatch(net, task, LossConvention.MEAN, eta), modes, steps);
			double[] ode = ReducedDynamics.modeStrength(depth, 3, 1e-2, 1 / eta, times);
			double worst = 0;
			for (int k = 0; k <= steps; k++) {
				worst = Math.max(worst, Math.abs(a[k][0] - ode[k]) / 3);
			}
			int gdHalf = halfStep(a, 0, 3);
			double odeHalf = ReducedDynamics.halfTime(depth, 3, 1e-2, 1 / eta);
			System.out.printf("C1.2 D=%d: t_half ODE %.1f (spec %.0f), GD %d (spec %d), max error/s %.4f%n", depth,
					odeHalf, specOde[i], gdHalf, specGd[i], worst);
			// exact decoupled init: GD reproduces the reference count; +-1 for a rounding tie
			assertEquals(specGd[i], gdHalf, 1, "GD t_half, D = " + depth);
			// our ODE is solved to 1e-12; the spec's ODE column is ~3 steps later (0.3%), so 0.5%
			assertEquals(specOde[i], odeHalf, 0.005 * specOde[i], "ODE t_half, D = " + depth);
			assertEquals(odeHalf, gdHalf, 0.005 * odeHalf, "GD vs ODE t_half, D = " + depth);
			// pass criterion: trajectory error < 2% of s
			assertTrue(worst < 0.02, "trajectory error " + worst + " for D = " + depth);
		}
	}

	@Test
	void c14ProductConditioningGaussianVersusOrthogonal() {
		double[] cond = new double[3];
		int[] depths = { 1, 10, 50 };
		for (int i = 0; i < depths.length; i++) {
			LinearNetwork gaussian = Initialisations.smallGaussian(100, 100, 100, depths[i], 0.1, 31);
			double[] sv = SingularOps_DDRM.singularValues(gaussian.networkMap());
			Arrays.sort(sv);
			cond[i] = sv[sv.length - 1] / sv[0];
		}
		System.out.printf("C1.4 condition numbers D=1: %.2e (spec 5e2), D=10: %.2e (spec 7e13), D=50: %.2e (spec ~1e18)%n",
				cond[0], cond[1], cond[2]);
		// the smallest singular value of a Gaussian matrix is heavy-tailed: over 6 reference seeds cond(D=1) spanned
		// 1e2..2e3 and cond(D=10) 3e13..4e17, so we check the decades, not the digits
		assertTrue(cond[0] > 30 && cond[0] < 1e4, "D = 1");
		assertTrue(cond[1] > 1e11 && cond[1] < 1e18, "D = 10");
		// D = 50 is singular to double precision (cond beyond 1/eps = 4.5e15)
		assertTrue(cond[2] > 1e15, "D = 50");
		LinearNetwork orthogonal = Initialisations.randomOrthogonal(100, 100, 100, 50, 1.0, 32);
		for (double s : SingularOps_DDRM.singularValues(orthogonal.networkMap())) {
			// 50 products of orthogonal matrices: rounding ~50 * 100 * eps
			assertEquals(1.0, s, 1e-12);
		}
	}

	/** Steps until loss / loss(W = 0) < 1%, or -1 within the budget (spec C1.5 "1% error"). */
	private static int stepsToOnePercent(LinearNetwork net, Dataset task, int depth, int budget) {
		GradientDescent gd = GradientDescent.fullBatch(net, task, LossConvention.MEAN, 0.05 / depth);
		double zeroMapLoss = LossConvention.MEAN.loss(task.targets());
		GradientDescent.Outcome outcome = gd.run(budget, 1, t -> t.loss() >= 0.01 * zeroMapLoss);
		assertTrue(outcome != GradientDescent.Outcome.DIVERGED, "diverged at D = " + depth);
		return outcome == GradientDescent.Outcome.CANCELLED ? (int) gd.stepCount() : -1;
	}

	@Test
	void c15OrthogonalInitBeatsGaussianAndGaussianDeepNetsStall() {
		int n = 32;
		Dataset task = Tasks.randomRegression(n, n, n, true, LossConvention.MEAN, 51);
		int[] orthogonal = new int[17];
		int[] gaussian = new int[17];
		for (int depth : new int[] { 1, 2, 4, 8, 16 }) {
			orthogonal[depth] = stepsToOnePercent(Initialisations.randomOrthogonal(n, n, n, depth, 1.0, 52), task, depth,
					2000);
		}
		gaussian[2] = stepsToOnePercent(Initialisations.smallGaussian(n, n, n, 2, 1 / Math.sqrt(n), 53), task, 2, 2000);
		gaussian[4] = stepsToOnePercent(Initialisations.smallGaussian(n, n, n, 4, 1 / Math.sqrt(n), 53), task, 4, 2000);
		// bounded budgets: spec Gaussian D = 8 needs ~8600 steps and D >= 16 none in 2e5
		gaussian[8] = stepsToOnePercent(Initialisations.smallGaussian(n, n, n, 8, 1 / Math.sqrt(n), 53), task, 8, 2000);
		gaussian[16] = stepsToOnePercent(Initialisations.smallGaussian(n, n, n, 16, 1 / Math.sqrt(n), 53), task, 16,
				2000);
		System.out.printf("C1.5 orthogonal D=1,2,4,8,16: %d %d %d %d %d (spec 52, ~160, ~380, ~560, ~750)%n",
				orthogonal[1], orthogonal[2], orthogonal[4], orthogonal[8], orthogonal[16]);
		System.out.printf("C1.5 Gaussian D=2,4,8,16: %d %d %d %d (spec ~200, ~780, ~8600, none; -1 = not in 2000)%n",
				gaussian[2], gaussian[4], gaussian[8], gaussian[16]);
		// D = 1 is linear regression: ||W - W*||^2 shrinks by (1 - eta)^2 per step from ~2 ||W*||^2, so 52 +- 2 steps
		assertEquals(52, orthogonal[1], 2);
		// the robust effect: orthogonal converges faster for D = 4 and 8 (reference ratio >= 2 at D = 4)
		assertTrue(orthogonal[4] > 0 && gaussian[4] > 1.5 * orthogonal[4], "D = 4");
		assertTrue(orthogonal[8] > 0 && gaussian[8] == -1, "D = 8: orthogonal within 2000 steps, Gaussian not");
		// Gaussian D >= 16 does not converge in the budget in which orthogonal D = 16 does
		assertTrue(orthogonal[16] > 0 && gaussian[16] == -1, "D = 16");
	}

	@Test
	void c17TreeGradientDescentHalfTimesMatchTheory() {
		Dataset tree = Tasks.binaryTree();
		TaskModes modes = TaskModes.of(tree, LossConvention.SUM);
		LinearNetwork net = Initialisations.alignedBalanced(modes, 8, 2, 1e-3, 71);
		double eta = 1e-3;
		double[][] a = trainAndProject(GradientDescent.fullBatch(net, tree, LossConvention.SUM, eta), modes, 3600);
		for (int alpha = 0; alpha < modes.rank(); alpha++) {
			double s = modes.singularValue(alpha);
			double measured = halfStep(a, alpha, s) * eta;
			// Euler lag at eta = 1e-3 is eta*s/2 <= 0.2% of t_half; 0.5% bound
			assertEquals(ClosedForm.balancedHalfTime(s, 1e-3, 1), measured, 0.005 * measured, "mode " + alpha);
		}
	}

	/** Move(Oak), Move(Rose), Roots(Canary), Roots(Salmon) of the four-item task: {feature row, item column}. */
	private static final int[][] BETWEEN_CLASS_ILLUSIONS = { { 1, 2 }, { 1, 3 }, { 2, 0 }, { 2, 1 } };

	@Test
	void c18IllusoryCorrelationRisesPeaksAndFalls() {
		Dataset toy = Tasks.fourItemToy();
		TaskModes modes = TaskModes.of(toy, LossConvention.SUM);
		DMatrixRMaj x = toy.inputs();
		double[] s = modes.singularValues();
		double[] a0 = { 1e-3, 1e-3, 1e-3, 1e-3 };
		int fly = 3;
		int salmon = 1;
		double peak = 0;
		double peakTime = 0;
		double previous = 0;
		boolean fell = false;
		for (int k = 0; k <= 1500; k++) {
			double t = 0.01 * k;
			double[] a = ClosedForm.balancedModeStrengths(s, a0, t, 1);
			double predicted = ModePrediction.featureItemPrediction(modes, a, x).get(fly, salmon);
			// spec C1.8 analytic form: a1/(4 sqrt 7) + a2/(4 sqrt 3) - a3/2
			double analytic = a[0] / (4 * Math.sqrt(7)) + a[1] / (4 * Math.sqrt(3)) - a[2] / 2;
			assertEquals(analytic, predicted, 1e-12, "t = " + t);
			// the other entries the paper plots: Move(Oak) = Move(Rose) = Roots(Canary) = Roots(Salmon)
			// = a1/(2 sqrt 7) - a2/(2 sqrt 3): the all-items mode predicts them before animal/plant cancels them
			double betweenClasses = a[0] / (2 * Math.sqrt(7)) - a[1] / (2 * Math.sqrt(3));
			DMatrixRMaj yhat = ModePrediction.featureItemPrediction(modes, a, x);
			for (int[] entry : BETWEEN_CLASS_ILLUSIONS) {
				assertEquals(betweenClasses, yhat.get(entry[0], entry[1]), 1e-12, "entry " + entry[0] + "," + entry[1]
						+ " at t = " + t);
			}
			if (predicted > peak) {
				peak = predicted;
				peakTime = t;
			}
			fell |= predicted < previous - 1e-6;
			previous = predicted;
		}
		System.out.printf("C1.8 Fly(salmon): peak %.4f at t/tau = %.2f (held back in the spec)%n", peak, peakTime);
		// rises to about 1/4 + 1/4 before the within-class mode (t_half 3.45) cancels it
		assertTrue(peak > 0.3 && peakTime > ClosedForm.balancedHalfTime(s[1], 1e-3, 1)
				&& peakTime < ClosedForm.balancedHalfTime(s[2], 1e-3, 1), "peak between the 2nd and 3rd mode");
		assertTrue(fell && Math.abs(previous) < 1e-3, "falls back to 0");

		// the simulated network shows the same trajectory: decoupled init, eta = 1e-3, Euler lag O(eta)
		LinearNetwork net = Initialisations.alignedBalanced(modes, 8, 2, 1e-3, 81);
		GradientDescent gd = GradientDescent.fullBatch(net, toy, LossConvention.SUM, 1e-3);
		double[] worst = new double[1 + BETWEEN_CLASS_ILLUSIONS.length];
		gd.run(8000, 100, t -> {
			double[] a = ClosedForm.balancedModeStrengths(s, a0, t.time(), 1);
			DMatrixRMaj theory = ModePrediction.featureItemPrediction(modes, a, x);
			DMatrixRMaj measured = t.network().predict(x);
			worst[0] = Math.max(worst[0], Math.abs(theory.get(fly, salmon) - measured.get(fly, salmon)));
			for (int k = 0; k < BETWEEN_CLASS_ILLUSIONS.length; k++) {
				int[] entry = BETWEEN_CLASS_ILLUSIONS[k];
				worst[1 + k] = Math.max(worst[1 + k],
						Math.abs(theory.get(entry[0], entry[1]) - measured.get(entry[0], entry[1])));
			}
			return true;
		});
		System.out.printf("C1.8 GD vs theory, max |difference|: Fly(Salmon) %.2e, Move(Oak) %.2e, Move(Rose) %.2e, "
				+ "Roots(Canary) %.2e, Roots(Salmon) %.2e%n", worst[0], worst[1], worst[2], worst[3], worst[4]);
		// a trajectory error of 0.2% of s (C1.1) on the contributing modes gives ~0.005 on these entries
		for (int k = 0; k < worst.length; k++) {
			assertTrue(worst[k] < 0.01, "GD vs theory, illusory correlation " + k + ": " + worst[k]);
		}
	}

	@Test
	void c19HiddenRepresentationSimilarityFollowsTheory() {
		Dataset toy = Tasks.fourItemToy();
		TaskModes modes = TaskModes.of(toy, LossConvention.SUM);
		DMatrixRMaj x = toy.inputs();
		double[] s = modes.singularValues();
		double[] a0 = { 1e-3, 1e-3, 1e-3, 1e-3 };
		LinearNetwork net = Initialisations.alignedBalanced(modes, 16, 2, a0, 91);
		GradientDescent gd = GradientDescent.fullBatch(net, toy, LossConvention.SUM, 1e-3);
		gd.steps(2000);
		DMatrixRMaj theory = ModePrediction.itemSimilarity(modes, ClosedForm.balancedModeStrengths(s, a0, 2, 1), 2, x);
		DMatrixRMaj measured = net.itemSimilarity(1, x);
		System.out.printf("C1.9 RSA at t/tau = 2: diagonal %.4f, within-class %.4f, between-class %.4f (held back)%n",
				theory.get(0, 0), theory.get(0, 1), theory.get(0, 2));
		// Euler lag 0.2% of t shifts a_alpha by at most ~0.2% * t * da/dt ~ 0.02 at the steepest point
		assertTrue(MatrixFeatures_DDRM.isIdentical(theory, measured, 0.03), "RSA at t/tau = 2");
		gd.steps(18_000);
		// at t/tau = 20 every mode is within e^{-2 s t} s/u0 ~ 1e-14 of s: RSA = V S V^T
		DMatrixRMaj v = modes.v();
		DMatrixRMaj vs = v.copy();
		for (int i = 0; i < 4; i++) {
			for (int alpha = 0; alpha < 4; alpha++) {
				vs.set(i, alpha, v.get(i, alpha) * s[alpha]);
			}
		}
		DMatrixRMaj converged = new DMatrixRMaj(4, 4);
		CommonOps_DDRM.multTransB(vs, v, converged);
		assertTrue(MatrixFeatures_DDRM.isIdentical(converged, net.itemSimilarity(1, x), 1e-9), "final RSA = V S V^T");
		assertTrue(MatrixFeatures_DDRM.isIdentical(converged, ModePrediction.itemSimilarity(modes, s, 2, x), 1e-12));
	}

	@Test
	void c110SmallRandomInitLearnsTheTreeInOrder() {
		Dataset tree = Tasks.binaryTree();
		TaskModes modes = TaskModes.of(tree, LossConvention.SUM);
		LinearNetwork net = Initialisations.smallGaussian(8, 32, 15, 2, 1e-3, 101);
		double eta = 0.01;
		double[][] a = trainAndProject(GradientDescent.fullBatch(net, tree, LossConvention.SUM, eta), modes, 700);
		double[] tHalf = new double[modes.rank()];
		for (int alpha = 0; alpha < modes.rank(); alpha++) {
			tHalf[alpha] = halfStep(a, alpha, modes.singularValue(alpha)) * eta;
			assertTrue(tHalf[alpha] > 0, "mode " + alpha + " learnt within 7 tau");
		}
		double group2 = (tHalf[2] + tHalf[3]) / 2;
		double group3 = (tHalf[4] + tHalf[5] + tHalf[6] + tHalf[7]) / 4;
		System.out.printf("C1.10 GD t_half/tau: %.2f (s=3.873), %.2f (2.646, spec 2.39), %.2f (1.732, spec 3.37), "
				+ "%.2f (1, spec 5.66); per mode %s%n", tHalf[0], tHalf[1], group2, group3, Arrays.toString(tHalf));
		// tolerance 10%: the effective a0 after the alignment transient depends on the draw; over 5 reference seeds the
		// group means varied by ~5% and sat 3-5% below the spec's values
		assertEquals(2.39, tHalf[1], 0.10 * 2.39);
		assertEquals(3.37, group2, 0.10 * 3.37);
		assertEquals(5.66, group3, 0.10 * 5.66);
		// ordering (progressive differentiation): every mode of a larger singular value is learnt first
		assertTrue(tHalf[0] < tHalf[1]);
		assertTrue(tHalf[1] < Math.min(tHalf[2], tHalf[3]));
		assertTrue(Math.max(tHalf[2], tHalf[3]) < Math.min(Math.min(tHalf[4], tHalf[5]), Math.min(tHalf[6], tHalf[7])));
		// later than the decoupled formula with a0 = 1e-3 (alignment transient, effective a0 ~ 1e-5..1e-6)
		assertTrue(group3 > ClosedForm.balancedHalfTime(1, 1e-3, 1));
	}
}
