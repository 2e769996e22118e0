package org.plateau.family.rnn.theory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Checks of the 3-scalar theory on its own: T2 (spec 1.1-B, rich limit), the conserved quantity, eq 5 and eq 35 against
 * the integrated ODE, the 2025 tau form of A_high and A_low.
 */
class TwoPointTheoryTest {

	/** Spec 1.1-B [derived]: (eta_h, eta_y, dx2, dy2) and the published h(inf). */
	private static final double[][] RICH = { { .01, .01, 1, .5, 0.70217 }, { .02, .005, 1, .5, 1.39440 },
			{ .01, .01, 4, .25, 0.98025 } };

	@Test
	void richLimitMatchesSpecByIntegrationAndEq5() {
		double h0 = 1e-4, y0 = 1e-6, w0 = 1e-6;
		for (double[] row : RICH) {
			TwoPointTheory theory = new TwoPointTheory(row[0], row[1], row[2], row[3]);
			// converged by t = 1e4 (h(1e3) is still ~0.03, h(1e4) = h(1e5) to 1e-12 with scipy DOP853)
			double[][] z = theory.trajectory(h0, y0, w0, new double[] { 2e4 });
			double integrated = z[0][0];
			double eq5 = theory.finalDistance(h0, y0);
			assertEquals(row[4], integrated, 5e-6, "integrated h(inf)");
			assertEquals(row[4], eq5, 5e-6, "eq 5");
			assertEquals(eq5, integrated, 1e-8, "eq 5 vs integration");
			// the spec's start is not yet rich for r = eta_h dx2/eta_y = 4 (A_high = h0 - r y0/h0 = -0.04): 1.4% and 2% off
			assertEquals(1, integrated / theory.richLimit(), 0.025, "near sqrt(eta_h/eta_y)|dx||dy*|");
			// y0 = w0 = 1e-9 (A_high ~ 1e-4): within 1% of the rich limit (T2)
			double rich = theory.trajectory(h0, 1e-9, 1e-9, new double[] { 2e4 })[0][0];
			assertEquals(1, rich / theory.richLimit(), 0.01, "within 1% of sqrt(eta_h/eta_y)|dx||dy*|");
			assertEquals(theory.finalDistance(h0, 1e-9), rich, 1e-8);
		}
		assertEquals(Math.sqrt(.5), new TwoPointTheory(.01, .01, 1, .5).richLimit(), 1e-15);
	}

	@Test
	void conservedQuantityHoldsAlongTheFlow() {
		TwoPointTheory theory = new TwoPointTheory(0.3, 0.05, 2, 0.7);
		double h0 = 0.4, y0 = 0.2, w0 = -0.1;
		double[] times = linspace(0, 400, 401);
		double[][] z = theory.trajectory(h0, y0, w0, times);
		double c0 = theory.conserved(h0, y0);
		double drift = 0;
		for (int j = 0; j < times.length; j++) {
			drift = Math.max(drift, Math.abs(theory.conserved(z[0][j], z[1][j]) - c0));
		}
		assertTrue(drift < 1e-9, "conserved quantity drift " + drift);
		// the flow really moves: w -> 0 and y -> dy2 at the fixed point
		assertEquals(0, z[2][times.length - 1], 1e-8);
		assertEquals(0.7, z[1][times.length - 1], 1e-8);
		assertEquals(theory.finalDistance(h0, y0), z[0][times.length - 1], 1e-8);
	}

	@Test
	void bernoulliEq35MatchesIntegrationForAgreeingPairs() {
		TwoPointTheory theory = TwoPointTheory.fromTimescales(1, 3, 2, 4, 0);
		double[] times = linspace(0, 300, 61);
		// A_high > 0 (no merger, h -> A_high) and A_high < 0 (merger, h -> 0)
		double[][] starts = { { 2.0, 0.05 }, { 0.3, 0.08 } };
		for (double[] s : starts) {
			double h0 = s[0], y0 = s[1];
			double[][] z = theory.trajectory(h0, y0, y0, times);
			for (int j = 0; j < times.length; j++) {
				assertEquals(z[0][j], theory.bernoulli(times[j], h0, y0), 1e-8, "eq 35 at t=" + times[j]);
			}
			assertEquals(Math.max(theory.aHigh(h0, y0), 0), theory.bernoulli(1e5, h0, y0), 1e-12);
		}
		assertFalse(theory.mergerCriterion(2.0, 0.05));
		assertTrue(theory.mergerCriterion(0.3, 0.08));
		assertFalse(TwoPointTheory.fromTimescales(1, 3, 2, 4, 0.5).mergerCriterion(0.3, 0.08), "disagreeing pairs never merge");
	}

	@Test
	void timescaleFormMatchesThe2025Constants() {
		double tauH1 = 1, tauH2 = 3, tauY = 2, dy2 = 0.6;
		int n = 4;
		TwoPointTheory theory = TwoPointTheory.fromTimescales(tauH1, tauH2, tauY, n, dy2);
		double tauH = 1 / (1 / tauH1 + 1 / tauH2);
		double h0 = 0.7, y0 = 0.03;
		// 2025 eqs 24-25 (spec 1.2 d): A_high = h0 - (N tau_y/tau_h) y0/h0, A_low = sqrt(N tau_y/tau_h) sqrt(dy2)
		assertEquals(h0 - n * tauY / tauH * y0 / h0, theory.aHigh(h0, y0), 1e-14);
		assertEquals(Math.sqrt(n * tauY / tauH) * Math.sqrt(dy2), theory.aLow(), 1e-14);
		// d||dh||^2/dt = -(1/2)(1/tau_h) <w>, d<w>/dt has the factor (1/4)/(N tau_y)
		double[] into = new double[3];
		theory.derivatives(new double[] { h0, y0, 0.01 }, into);
		assertEquals(-0.5 / tauH * 0.01, into[0], 1e-16);
		double dw = -0.25 / (n * tauY) * (3 * 0.01 - y0 + dy2) * h0 - 0.25 / tauH * 0.01 / h0 * (y0 + 0.01);
		assertEquals(dw, into[2], 1e-15);
	}

	static double[] linspace(double from, double to, int count) {
		double[] t = new double[count];
		for (int j = 0; j < count; j++) {
			t[j] = from + (to - from) * j / (count - 1);
		}
		return t;
	}
}
