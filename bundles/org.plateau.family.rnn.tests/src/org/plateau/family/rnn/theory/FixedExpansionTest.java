package org.plateau.family.rnn.theory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * T1 (spec 1.2-E): the 9-scalar fixed-expansion system (2025 App. B.4, eqs 36-43) against its vector model (d = 1,
 * N = 3, o = 2), the loss formula, monotone distance for equal hidden rates, and gradient descent -&gt; flow.
 */
class FixedExpansionTest {

	private static final int N = 3, O = 2;

	/** A random vector model with the notebook's rates (lr = 0.02, eta_b = lr/4) and hidden-rate ratio {@code ratio}. */
	static FixedExpansionModel randomModel(boolean agree, double ratio, long seed) {
		Random rnd = new Random(seed);
		double[][] b = new double[N][O], dv = new double[N][O], t1 = new double[N][O], t2 = new double[N][O];
		for (int i = 0; i < N; i++) {
			for (int k = 0; k < O; k++) {
				b[i][k] = 0.1 * rnd.nextGaussian();
				dv[i][k] = 0.1 * rnd.nextGaussian();
				t1[i][k] = rnd.nextGaussian();
				t2[i][k] = agree ? t1[i][k] : rnd.nextGaussian();
			}
		}
		double lr = 0.02;
		return new FixedExpansionModel(0.05, -0.08, b, dv, t1, t2, lr, ratio * lr, lr, lr / 4);
	}

	@Test
	void gradientMatchesCentralFiniteDifferences() {
		FixedExpansionModel model = randomModel(false, 3, 11);
		double[] p = model.parameters();
		for (int k = 0; k < p.length; k++) {
			p[k] += 0.3 * Math.sin(k + 1); // away from the small initial values
		}
		model.setParameters(p);
		double[] grad = new double[p.length];
		model.lossGradient(p, grad);
		double eps = 1e-6;
		for (int k = 0; k < p.length; k++) {
			double[] q = p.clone();
			q[k] = p[k] + eps;
			model.setParameters(q);
			double plus = model.loss();
			q[k] = p[k] - eps;
			model.setParameters(q);
			double minus = model.loss();
			assertEquals((plus - minus) / (2 * eps), grad[k], 1e-8, "dL/dtheta_" + k);
		}
	}

	@Test
	void nineScalarSystemEqualsTheVectorModel() {
		double[] times = TwoPointTheoryTest.linspace(0, 1000, 101);
		double[] z = new double[9];
		for (boolean agree : new boolean[] { false, true }) {
			for (double ratio : new double[] { 1, 10 }) {
				FixedExpansionModel model = randomModel(agree, ratio, 5);
				FixedExpansionTheory theory = model.theory();
				model.scalars(z);
				assertEquals(theory.loss(z), model.loss(), 1e-14, "loss formula at t = 0");
				double[][] reduced = theory.trajectory(z, times);
				double[][] vector = model.flow(times);
				double maxErr = 0;
				double[] zv = new double[9], zr = new double[9];
				for (int j = 0; j < times.length; j++) {
					for (int k = 0; k < 9; k++) {
						zv[k] = vector[k][j];
						zr[k] = reduced[k][j];
						maxErr = Math.max(maxErr, Math.abs(zv[k] - zr[k]));
					}
					assertEquals(theory.loss(zv), theory.loss(zr), 1e-9, "loss at t=" + times[j]);
				}
				model.scalars(zv);
				assertEquals(theory.loss(zv), model.loss(), 1e-14, "loss formula at the end");
				// spec 1.2-E [derived]: 2e-10 (measured here <= 4.1e-13); the scalars are O(0.01-1)
				assertTrue(maxErr < 2e-10, "agree=" + agree + " ratio=" + ratio + ": max |9-scalar - vector| " + maxErr);
			}
		}
	}

	@Test
	void equalHiddenRatesShrinkTheDistanceStrictly() {
		// eq 49 for an agreeing pair (y*_1 = y*_2, so Dy1 = Dy2): d(h2-h1)/dt = -(eta/2) D2 (h2-h1)
		double[] times = TwoPointTheoryTest.linspace(0, 1000, 1001);
		double[][] z = FixedExpansionTheory.notebookAgreeingPair(0.02, 1).trajectory(FixedExpansionTheory.notebookInitialState(), times);
		FixedExpansionModel model = randomModel(true, 1, 3);
		double[][] v = model.flow(times);
		for (int j = 1; j < times.length; j++) {
			assertTrue(FixedExpansionTheory.distance(column(z, j)) < FixedExpansionTheory.distance(column(z, j - 1)),
					"theory, t=" + times[j]);
			assertTrue(FixedExpansionTheory.distance(column(v, j)) < FixedExpansionTheory.distance(column(v, j - 1)),
					"vector model, t=" + times[j]);
		}
		// whereas unequal rates (1:10) let an agreeing pair first move apart (spec 1.2-E, Fig. 10)
		double[][] u = FixedExpansionTheory.notebookAgreeingPair(0.02, 10).trajectory(FixedExpansionTheory.notebookInitialState(), times);
		assertTrue(FixedExpansionTheory.distance(column(u, 100)) > FixedExpansionTheory.distance(column(u, 0)));
	}

	@Test
	void gradientDescentApproachesTheFlowAtFirstOrder() {
		double horizon = 400;
		FixedExpansionModel exact = randomModel(false, 10, 9);
		FixedExpansionTheory theory = exact.theory();
		double[] z0 = new double[9];
		exact.scalars(z0);
		double[] target = column(theory.trajectory(z0, new double[] { horizon }), 0);
		double[] steps = { 0.5, 0.25 };
		double[] errors = new double[2];
		double[] z = new double[9];
		for (int s = 0; s < 2; s++) {
			FixedExpansionModel model = randomModel(false, 10, 9);
			int count = (int) Math.round(horizon / steps[s]);
			for (int k = 0; k < count; k++) {
				model.step(steps[s]);
			}
			model.scalars(z);
			errors[s] = Math.abs(FixedExpansionTheory.distance(z) - FixedExpansionTheory.distance(target));
		}
		assertTrue(errors[1] < 1e-2 * FixedExpansionTheory.distance(target), "far from the flow: " + errors[1]);
		assertEquals(2, errors[0] / errors[1], 0.1, "O(dt) convergence, errors " + errors[0] + ", " + errors[1]);
	}

	private static double[] column(double[][] rows, int j) {
		double[] c = new double[rows.length];
		for (int k = 0; k < rows.length; k++) {
			c[k] = rows[k][j];
		}
		return c;
	}
}
