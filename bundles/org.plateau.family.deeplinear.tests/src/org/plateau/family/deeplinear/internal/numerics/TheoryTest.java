package org.plateau.family.deeplinear.internal.numerics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Closed forms and reduced dynamics against the spec's derived numbers (C1.1 theory, C1.3, C1.7) and each other. */
class TheoryTest {

	@Test
	void c11TheoryHalfTimeAndLearningTime() {
		double tau = 1000; // eta = 1e-3
		// spec C1.1 prints one decimal: half a unit of the last digit
		assertEquals(1334.3, ClosedForm.balancedHalfTime(3, 1e-3, tau), 0.05);
		assertEquals(2668.7, ClosedForm.balancedLearningTime(3, 1e-3, 1e-3, tau), 0.05);
		assertEquals(1900.1, ClosedForm.balancedHalfTime(2, 1e-3, tau), 0.05);
		assertEquals(3453.4, ClosedForm.balancedHalfTime(1, 1e-3, tau), 0.05);
		// the learning time with eps = u0 is the paper's (tau/s) ln((s - u0)/u0)
		assertEquals(tau / 3 * Math.log((3 - 1e-3) / 1e-3), ClosedForm.balancedLearningTime(3, 1e-3, 1e-3, tau), 1e-9);
	}

	@Test
	void c17TreeHalfTimesAndProgressiveDifferentiation() {
		double[] s = TaskModes.of(Tasks.binaryTree(), LossConvention.SUM).singularValues();
		double[] expected = { 1.0666, 1.4892, 2.1525, 2.1525, 3.4534, 3.4534, 3.4534, 3.4534 };
		double previous = 0;
		for (int a = 0; a < s.length; a++) {
			double tHalf = ClosedForm.balancedHalfTime(s[a], 1e-3, 1);
			// spec prints 4 decimals: 5e-5 rounding
			assertEquals(expected[a], tHalf, 5e-5, "t_half of mode " + a);
			assertTrue(tHalf >= previous, "larger singular values are learnt first");
			previous = tHalf;
		}
	}

	@Test
	void balancedClosedFormIsStableAndMatchesTheTextbookForm() {
		double s = 3;
		double u0 = 1e-3;
		assertEquals(u0, ClosedForm.balancedModeStrength(s, u0, 0, 1), 1e-18);
		for (double t : new double[] { 0.1, 1, 2, 3 }) {
			double e = Math.exp(2 * s * t);
			// Saxe et al. 2014 form: s e^{2st}/(e^{2st} - 1 + s/u0), safe at these t
			assertEquals(s * e / (e - 1 + s / u0), ClosedForm.balancedModeStrength(s, u0, t, 1), 1e-14);
		}
		// large t: the textbook form overflows to NaN (inf/inf); the stable form gives s
		assertEquals(s, ClosedForm.balancedModeStrength(s, u0, 1e6, 1), 0);
		assertEquals(1e-300, ClosedForm.balancedModeStrength(s, 1e-300, 0, 1), 1e-313);
		// from above s the mode decays to s
		double above = ClosedForm.balancedModeStrength(1, 2, 1, 1);
		assertTrue(above > 1 && above < 2);
		// shallow net: time constant tau for every mode
		assertEquals(2 * (1 - Math.exp(-1)) + 0.5 * Math.exp(-1), ClosedForm.shallowModeStrength(2, 0.5, 3, 3), 1e-15);
		assertEquals(3 * Math.log(2), ClosedForm.shallowTimeToReach(2, 0, 1, 3), 1e-14);
		assertThrows(IllegalArgumentException.class, () -> ClosedForm.balancedTimeToReach(1, 0.1, 1.5, 1));
	}

	@Test
	void reducedOdeReproducesTheClosedFormsForOneAndTwoLayers() {
		double[] times = { 0, 0.5, 1, 2, 3.3, 5, 9 };
		double tau = 2;
		double[] deep2 = ReducedDynamics.modeStrength(2, 1.5, 1e-4, tau, times);
		double[] deep1 = ReducedDynamics.modeStrength(1, 1.5, 1e-4, tau, times);
		for (int k = 0; k < times.length; k++) {
			// DOP853 at tolerance 1e-12 on ln u: relative error well below 1e-9
			double closed2 = ClosedForm.balancedModeStrength(1.5, 1e-4, times[k], tau);
			assertEquals(closed2, deep2[k], 1e-9 * closed2, "D = 2 at t = " + times[k]);
			double closed1 = ClosedForm.shallowModeStrength(1.5, 1e-4, times[k], tau);
			assertEquals(closed1, deep1[k], 1e-9 * closed1, "D = 1 at t = " + times[k]);
		}
		// the quadrature agrees with both closed-form times
		assertEquals(ClosedForm.balancedHalfTime(1.5, 1e-4, tau), ReducedDynamics.halfTime(2, 1.5, 1e-4, tau), 1e-9);
		assertEquals(ClosedForm.shallowTimeToReach(1.5, 1e-4, 0.75, tau), ReducedDynamics.halfTime(1, 1.5, 1e-4, tau),
				1e-9);
	}

	@Test
	void deepOdeCrossesHalfWayAtTheQuadratureTime() {
		for (int depth : new int[] { 3, 5, 10 }) {
			double tHalf = ReducedDynamics.halfTime(depth, 3, 1e-2, 1000);
			double[] u = ReducedDynamics.modeStrength(depth, 3, 1e-2, 1000, new double[] { tHalf });
			// ODE (tol 1e-12) and quadrature (1e-12) agree far below 1e-7 of s
			assertEquals(1.5, u[0], 1e-7, "D = " + depth);
		}
	}

	@Test
	void c13LearningTimeIntegralConvergesWithDepth() {
		int[] depths = { 2, 3, 5, 10, 50, 100, 1000 };
		double[] expected = { 4.394, 6.028, 8.058, 10.247, 12.592, 12.932, 13.248 };
		double previous = 0;
		double limit = ReducedDynamics.learningTimeIntegralLimit(1, 0.1, 0.9);
		for (int k = 0; k < depths.length; k++) {
			double value = ReducedDynamics.learningTimeIntegral(depths[k], 1, 0.1, 0.9);
			// spec prints 3 decimals: 5e-4 rounding
			assertEquals(expected[k], value, 5e-4, "I(" + depths[k] + ")");
			assertTrue(value > previous && value < limit, "increasing towards the limit");
			previous = value;
		}
		assertEquals(13.283, limit, 5e-4);
		// I(2) = (1/s) ln[uf (s - u0)/(u0 (s - uf))] = ln 81 exactly
		assertEquals(Math.log(81), ReducedDynamics.learningTimeIntegral(2, 1, 0.1, 0.9), 1e-10);
	}
}
