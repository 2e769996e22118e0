package org.plateau.family.committee.theory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** Check 3-A of the spec (T3) and the eps_g formula of spec 3(d), for erf and linear activations. */
class GeneralisationErrorTest {

	private static final ActivationIntegrals ERF = ErfIntegrals.INSTANCE;

	@Test
	void aStudentWithZeroOverlapsErrsByMOverSix() {
		for (int m = 1; m <= 4; m++) {
			// the student outputs g(0) = 0 whatever K, and E[g(nu)^2] = (2/pi) arcsin(1/2) = 1/3 per teacher unit
			for (int k = m; k <= m + 1; k++) {
				OrderParameters p = new OrderParameters(k, m);
				Arrays.fill(p.v(), 1);
				Arrays.fill(p.a(), 1);
				for (int n = 0; n < m; n++) {
					p.t()[n * m + n] = 1;
				}
				assertEquals(m / 6.0, GeneralisationError.of(ERF, p), 1e-12, "K = " + k + ", M = " + m);
			}
		}
	}

	@Test
	void aStudentThatIsTheTeacherDoesNotErr() {
		double[] t = { 1.1, 0.2, -0.1, 0.2, 0.7, 0.3, -0.1, 0.3, 1.4 };
		double[] a = { 1, -0.5, 0.8 };
		OrderParameters p = OrderParameters.of(3, 3, t, t, t, a, a);
		// sum_ab u_a u_b I2(a, b) cancels term by term: only rounding remains
		assertEquals(0, GeneralisationError.of(ERF, p), 1e-15);
		assertEquals(0, GeneralisationError.of(LinearIntegrals.INSTANCE, p), 1e-15);
		// and a student that is not the teacher does err
		p.v()[1] = -0.4;
		assertTrue(GeneralisationError.of(ERF, p) > 1e-4, "v != A must cost something");
	}

	@Test
	void theErfErrorIsTheSpecsArcsinFormula() {
		OrderParameters p = state();
		int k = p.k();
		int m = p.m();
		double sum = 0;
		// spec 3(d): eps_g = (1/pi)[sum_ik v_i v_k asin(Q_ik/..) + sum_nm A_n A_m asin(T_nm/..)
		// - 2 sum_in v_i A_n asin(R_in/..)]
		for (int i = 0; i < k; i++) {
			for (int j = 0; j < k; j++) {
				sum += p.v()[i] * p.v()[j]
						* Math.asin(p.q(i, j) / Math.sqrt((1 + p.q(i, i)) * (1 + p.q(j, j))));
			}
			for (int n = 0; n < m; n++) {
				sum -= 2 * p.v()[i] * p.a()[n]
						* Math.asin(p.r(i, n) / Math.sqrt((1 + p.q(i, i)) * (1 + p.t(n, n))));
			}
		}
		for (int n = 0; n < m; n++) {
			for (int l = 0; l < m; l++) {
				sum += p.a()[n] * p.a()[l] * Math.asin(p.t(n, l) / Math.sqrt((1 + p.t(n, n)) * (1 + p.t(l, l))));
			}
		}
		assertEquals(sum / Math.PI, GeneralisationError.of(ERF, p), 1e-14);
		// eg(Q, R, T, v, A) of /work/shared/bench/ref_scm.py at this state (python3, numpy, repr of the float)
		assertEquals(0.49446726563879206, GeneralisationError.of(ERF, p), 1e-14);
	}

	@Test
	void theLinearErrorIsHalfTheQuadraticFormOfTheCovariance() {
		OrderParameters p = state();
		int k = p.k();
		int n = k + p.m();
		double quadratic = 0;
		for (int a = 0; a < n; a++) {
			for (int b = 0; b < n; b++) {
				double ua = a < k ? p.v()[a] : -p.a()[a - k];
				double ub = b < k ? p.v()[b] : -p.a()[b - k];
				double cab = a < k ? (b < k ? p.q(a, b) : p.r(a, b - k)) : (b < k ? p.r(b, a - k) : p.t(a - k, b - k));
				quadratic += ua * cab * ub;
			}
		}
		assertEquals(0.5 * quadratic, GeneralisationError.of(LinearIntegrals.INSTANCE, p), 1e-14);
	}

	/** K = 3, M = 2, not symmetric under any permutation of the units; C positive definite (eigenvalues 0.20..1.51). */
	static OrderParameters state() {
		return OrderParameters.of(3, 2,
				new double[] { 0.9, 0.2, -0.1, 0.2, 0.6, 0.15, -0.1, 0.15, 1.2 },
				new double[] { 0.3, -0.1, 0.05, 0.4, -0.2, 0.25 },
				new double[] { 1.0, 0.1, 0.1, 0.8 },
				new double[] { 0.7, -0.4, 1.1 },
				new double[] { 1.0, 0.6 });
	}
}
