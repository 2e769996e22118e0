package org.plateau.family.rnn.theory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The fit of the effective rates (the authors' optimize_eta and optimize_eta_y_mean) recovers the rates of a trajectory
 * that the 3-scalar ODE itself made, from the start of a rich run and of a disagreeing pair that starts apart.
 */
class TwoPointFitTest {

	private static double[] times(double end, int n) {
		double[] t = new double[n];
		for (int i = 0; i < n; i++) {
			t[i] = end * i / (n - 1);
		}
		return t;
	}

	@Test
	void recoversTheRatesOfAnOdeTrajectory() {
		double[][] cases = { // eta_h, eta_y, dx2, dy2, h0, y0, w0, end
				{ 0.003, 0.01, 1, 0.5, 0.02, 0.01, -0.005, 3000 }, { 0.2, 0.05, 1, 0.5, 1.5, 0.3, 0.1, 400 },
				{ 0.01, 0.002, 4, 0.25, 1e-3, 1e-4, 1e-4, 6000 } };
		for (double[] c : cases) {
			TwoPointTheory truth = new TwoPointTheory(c[0], c[1], c[2], c[3]);
			double[] t = times(c[7], 301);
			double[][] z = truth.trajectory(c[4], c[5], c[6], t);
			TwoPointFit fit = new TwoPointFit(t, z[0], z[1], z[2], c[2], c[3]);
			TwoPointTheory fitted = fit.fitRates();
			assertEquals(1, fitted.etaH() / c[0], 1e-4, "eta_h of " + java.util.Arrays.toString(c));
			assertEquals(1, fitted.etaY() / c[1], 1e-4, "eta_y of " + java.util.Arrays.toString(c));
			assertTrue(fit.relativeError(fitted) < 1e-6, "misfit " + fit.relativeError(fitted));
		}
	}

	@Test
	void recoversTheRateOfTheMeanPredictionFromTheLoss() {
		TwoPointTheory truth = new TwoPointTheory(0.003, 0.01, 1, 0.5);
		double[] t = times(3000, 301);
		double[][] z = truth.trajectory(0.02, 0.01, -0.005, t);
		double meanRate = 0.0015;
		double meanError0 = 0.3;
		double[] loss = new double[t.length];
		for (int i = 0; i < t.length; i++) {
			loss[i] = 2 * truth.loss(t[i], z[1][i], z[2][i], meanRate, meanError0);
		}
		TwoPointFit fit = new TwoPointFit(t, z[0], z[1], z[2], 1, 0.5);
		assertEquals(1, fit.fitMeanRate(truth, loss, 2, meanError0) / meanRate, 1e-6);
	}
}
