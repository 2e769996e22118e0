package org.plateau.family.deeplinear.internal.numerics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Advani &amp; Saxe theory (spec 1.4(d)) against the spec's derived numbers: C1.16 and C1.17 (theory columns), C1.18.
 * All at sigma_w^2 = 1, sigma_eps^2 = 0.25, sigma_0 = 0.
 */
class TeacherStudentTheoryTest {

	private static final double SIGMA_W2 = 1;
	private static final double SIGMA_EPS2 = 0.25;

	private static TeacherStudentTheory theory(double alpha) {
		return new TeacherStudentTheory(alpha, SIGMA_W2, SIGMA_EPS2, 0);
	}

	@Test
	void c116GeneralizationErrorTheory() {
		// the spec prints 4 significant digits (3 for some alpha = 1 entries); one unit of the last printed digit
		// allows for rounding or truncation and is far inside the 1% asked for (quadrature error is ~1e-10)
		assertEquals(0.8956, theory(0.5).generalizationError(2), 1e-4);
		assertEquals(0.9575, theory(0.5).generalizationError(10), 1e-4);
		assertEquals(1.0000, theory(0.5).generalizationError(Double.POSITIVE_INFINITY), 1e-4);
		assertEquals(0.653, theory(1).generalizationError(2), 1e-3);
		assertEquals(0.781, theory(1).generalizationError(10), 1e-3);
		assertEquals(1.820, theory(1).generalizationError(100), 1e-3);
		assertEquals(5.364, theory(1).generalizationError(1000), 1e-3);
		assertEquals(0.4322, theory(2).generalizationError(2), 1e-4);
		assertEquals(0.5000, theory(2).generalizationError(Double.POSITIVE_INFINITY), 1e-4);
		// the finite-time integral tends to the closed form E_g(inf): at t = 1e3 alpha = 2 is converged (e^{-2 l- t})
		assertEquals(theory(2).asymptoticGeneralizationError(), theory(2).generalizationError(1e3), 1e-10);
		assertEquals(theory(0.5).asymptoticGeneralizationError(), theory(0.5).generalizationError(1e3), 1e-10);
	}

	@Test
	void c117TrainingErrorTheory() {
		// E_t(inf) = sigma_eps^2 (1 - 1/alpha) = 0.125 exactly at alpha = 2; also the finite-time integral at t = 1e3
		assertEquals(0.1250, theory(2).trainingError(Double.POSITIVE_INFINITY), 1e-15);
		assertEquals(0.1250, theory(2).trainingError(1e3), 1e-10);
		// spec prints 0.0101 (3 significant digits): one unit of the last digit
		assertEquals(0.0101, theory(1).trainingError(100), 1e-4);
		// no noise floor at alpha <= 1: the student interpolates
		assertEquals(0, theory(0.5).trainingError(Double.POSITIVE_INFINITY), 0);
		assertEquals(0, theory(1).trainingError(Double.POSITIVE_INFINITY), 0);
	}

	@Test
	void initialErrorsAreTheTotalVariance() {
		for (double alpha : new double[] { 0.3, 1, 2.5 }) {
			TeacherStudentTheory th = new TeacherStudentTheory(alpha, SIGMA_W2, SIGMA_EPS2, 0.4);
			// at t = 0, w - w_bar has variance sigma_w^2 + sigma_0^2 in every direction: E = 1 + 0.4 + 0.25 for both
			// (exact up to the quadrature's 1e-10 relative)
			assertEquals(1.65, th.generalizationError(0), 1e-9, "E_g(0), alpha = " + alpha);
			assertEquals(1.65, th.trainingError(0), 1e-9, "E_t(0), alpha = " + alpha);
			assertTrue(th.trainingError(1) < th.trainingError(0.5), "E_t decreases, alpha = " + alpha);
		}
		assertThrows(IllegalArgumentException.class, () -> theory(1).generalizationError(-1));
		assertThrows(IllegalArgumentException.class, () -> new TeacherStudentTheory(1, -1, 0, 0));
	}

	@Test
	void c118AsymptoticErrorAndOvertrainingPeak() {
		// closed forms of spec 1.4(d): exact in double precision
		assertEquals(1.000, theory(0.5).asymptoticGeneralizationError(), 1e-12);
		assertEquals(2.600, theory(0.9).asymptoticGeneralizationError(), 1e-12);
		assertEquals(2.750, theory(1.1).asymptoticGeneralizationError(), 1e-12);
		assertEquals(0.500, theory(2.0).asymptoticGeneralizationError(), 1e-12);
		assertEquals(Double.POSITIVE_INFINITY, theory(1).asymptoticGeneralizationError());
		assertEquals(Double.POSITIVE_INFINITY, theory(1).generalizationError(Double.POSITIVE_INFINITY));
		// the closed forms agree with the quadrature of the spec's 1/l moment
		assertEquals(theory(0.9).asymptoticGeneralizationError(), theory(0.9).generalizationError(1e4), 1e-8);
		assertEquals(theory(1.1).asymptoticGeneralizationError(), theory(1.1).generalizationError(1e4), 1e-8);
		// at alpha = 1 E_g keeps growing (~ sqrt(t) from the hard edge)
		assertTrue(theory(1).generalizationError(1e4) > 3 * theory(1).generalizationError(1e3) / 2);
	}

	@Test
	void c118EarlyStopping() {
		double[][] expected = { { 0.5, 2.2, 0.8951 }, { 1, 2.5, 0.6501 }, { 2, 2, 0.4322 } };
		for (double[] row : expected) {
			TeacherStudentTheory th = theory(row[0]);
			double[] stop = th.optimalStopping();
			// spec: min E_g to 4 digits (1e-3 asked); t* given as "~" to 2 digits: 10%
			assertEquals(row[2], stop[1], 1e-3, "min E_g, alpha = " + row[0]);
			assertEquals(row[1], stop[0], 0.1 * row[1], "t*, alpha = " + row[0]);
			// it is a minimum: E_g one percent either side is not lower
			assertTrue(th.generalizationError(0.99 * stop[0]) >= stop[1], "left of t*, alpha = " + row[0]);
			assertTrue(th.generalizationError(1.01 * stop[0]) >= stop[1], "right of t*, alpha = " + row[0]);
			// early stopping beats training to convergence, by most at the peak alpha = 1
			assertTrue(stop[1] < th.asymptoticGeneralizationError(), "gain, alpha = " + row[0]);
		}
		// without label noise nothing is overfit: E_g decreases for ever, t* = infinity
		double[] noiseless = new TeacherStudentTheory(2, 1, 0, 0).optimalStopping();
		assertEquals(Double.POSITIVE_INFINITY, noiseless[0]);
		assertEquals(0, noiseless[1], 0);
	}

	@Test
	void frozenSubspaceRaisesTheAsymptoteByItsInitialVariance() {
		// spec 1.4(d): the N - P null directions keep w(0): E_g(inf) grows by (1 - alpha) sigma_0^2 (exact closed form;
		// the finite-time integrals differ by the same at any t, up to quadrature 1e-10)
		for (double alpha : new double[] { 0.25, 0.5, 0.8 }) {
			double sigma02 = 1;
			TeacherStudentTheory cold = theory(alpha);
			TeacherStudentTheory warm = new TeacherStudentTheory(alpha, SIGMA_W2, SIGMA_EPS2, sigma02);
			assertEquals((1 - alpha) * sigma02, warm.asymptoticGeneralizationError()
					- cold.asymptoticGeneralizationError(), 1e-12);
			assertEquals((1 - alpha) * sigma02, warm.generalizationError(1e4) - cold.generalizationError(1e4), 1e-9);
		}
		// above alpha = 1 there is no frozen subspace and the initial variance is forgotten
		assertEquals(theory(2).asymptoticGeneralizationError(), new TeacherStudentTheory(2, SIGMA_W2, SIGMA_EPS2, 1)
				.asymptoticGeneralizationError(), 0);
	}
}
