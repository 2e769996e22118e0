package org.plateau.family.committee.theory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * The closed forms of spec 3(d) (I2, I3, I4, J2) against seeded Monte-Carlo averages over four jointly Gaussian
 * fields with a fixed covariance: what makes them trustworthy. Each estimate carries its own standard error, and the
 * closed form must lie within 4 of them (a 6e-5 chance per check for a correct formula; the seed is fixed, so the
 * test is deterministic). The index patterns include the coincident ones the ODEs use (I3(i, b, i), I4(i, i, c, d),
 * I4(i, k, c, c), I4(i, k, i, d), I4(i, k, k, d), I2(a, a)).
 */
class ActivationIntegralsTest {

	private static final int SAMPLES = 1_000_000;
	private static final long SEED = 20190621L;
	private static final double STANDARD_ERRORS = 4;

	/**
	 * Two fixed positive-definite covariances of four local fields: moderate correlations of both signs
	 * (eigenvalues 0.12..1.9), and strong ones from one dominant factor (eigenvalues 0.09..6.0), under which the
	 * small terms of L0, L1, L2 move I4 by tens to hundreds of standard errors (dropping the factor 2 of
	 * 2 C_ab C_ac C_bc in L1 shifts I4(0, 0, 2, 3) by ~1000 of them), where the moderate one leaves them within noise.
	 */
	private static final double[][][] COVARIANCES = {
			{
					{ 0.8, 0.3, -0.2, 0.4 },
					{ 0.3, 1.3, 0.25, -0.1 },
					{ -0.2, 0.25, 0.5, 0.15 },
					{ 0.4, -0.1, 0.15, 1.0 } },
			{
					{ 1.85, -0.9, 1.7, -1.8 },
					{ -0.9, 1.35, -0.8, 0.65 },
					{ 1.7, -0.8, 1.8, -1.9 },
					{ -1.8, 0.65, -1.9, 2.35 } } };

	/** The averages checked, {kind, a, b, c, d}: kind 2 = I2(a, b), 3 = I3(a, b, c), 4 = I4(a, b, c, d), 5 = J2(a, b). */
	private static final int[][] CASES = {
			{ 2, 0, 1, 0, 0 }, { 2, 2, 3, 0, 0 }, { 2, 1, 1, 0, 0 },
			{ 3, 0, 1, 2, 0 }, { 3, 1, 2, 3, 0 }, { 3, 0, 1, 0, 0 }, { 3, 0, 0, 2, 0 }, { 3, 3, 2, 2, 0 },
			{ 4, 0, 1, 2, 3 }, { 4, 0, 0, 2, 3 }, { 4, 0, 1, 2, 2 }, { 4, 0, 1, 0, 1 }, { 4, 2, 3, 1, 0 },
			{ 4, 0, 1, 0, 3 }, { 4, 0, 1, 1, 3 },
			{ 5, 0, 1, 0, 0 }, { 5, 2, 2, 0, 0 }, { 5, 1, 3, 0, 0 } };

	@Test
	void theErfClosedFormsAreTheGaussianAverages() {
		checkAgainstMonteCarlo(ErfIntegrals.INSTANCE);
	}

	@Test
	void theLinearClosedFormsAreTheGaussianAverages() {
		checkAgainstMonteCarlo(LinearIntegrals.INSTANCE);
	}

	@Test
	void theReluFormsAreTheGaussianAverages() {
		checkAgainstMonteCarlo(ReluIntegrals.INSTANCE);
	}

	/**
	 * Where fields repeat, ReLU's I4 is a lower average in closed form: x^+ 1(x > 0) = x^+, so I4(a, b, a, b) = I2(a, b)
	 * and I4(a, a, a, d) = I2(a, d); fields a and b independent of each other and of c, d give I4 = I2(c, d)/4. These
	 * pin the merging of repeated fields and the four-field orthant quadrature's start (1/16) to rounding.
	 */
	@Test
	void reluI4ReducesToI2WhereFieldsRepeatOrSeparate() {
		ActivationIntegrals relu = ReluIntegrals.INSTANCE;
		double[][] c = COVARIANCES[1];
		assertEquals(relu.i2(c[0][0], c[0][1], c[1][1]), relu.i4(c[0][0], c[1][1], c[0][0], c[1][1], c[0][1], c[0][0],
				c[0][1], c[0][1], c[1][1], c[0][1]), 1e-14);
		assertEquals(relu.i2(c[0][0], c[0][3], c[3][3]), relu.i4(c[0][0], c[0][0], c[0][0], c[3][3], c[0][0], c[0][0],
				c[0][3], c[0][0], c[0][3], c[0][3]), 1e-14);
		assertEquals(relu.i2(c[2][2], c[2][3], c[3][3]) / 4,
				relu.i4(c[0][0], c[1][1], c[2][2], c[3][3], 0, 0, 0, 0, 0, c[2][3]), 1e-14);
	}

	/**
	 * Near-coincident fields (a student unit that has nearly copied a teacher unit, late in learning): moving field c
	 * towards a and d towards b, I4(a, b, c, d) approaches the coincident value I2(a, b) linearly in the distance
	 * epsilon: the difference over epsilon stays within 2e-3 of its value at epsilon = 1e-5 from 1e-3 down to 1e-7, an
	 * absolute accuracy of 2e-10 at the smallest distance. This pins the merging threshold: merging fields whose
	 * correlation is 1 - 1e-12 rather than 1 up to rounding moves I4 by O(epsilon) and fails here.
	 */
	@Test
	void reluI4IsAccurateForNearlyCoincidentFields() {
		ActivationIntegrals relu = ReluIntegrals.INSTANCE;
		double[][] w = { { 1.0, 0.3, -0.4, 0.2, 0.5 }, { -0.2, 0.9, 0.1, 0.6, -0.3 }, { 0.4, -0.7, 0.8, 0.1, 0.2 } };
		double slope = slopeTowardsCoincidence(relu, w, 1e-5);
		assertTrue(slope < -0.01, "I4 approaches I2 from below here: " + slope);
		for (double epsilon : new double[] { 1e-3, 1e-4, 1e-6, 1e-7 }) {
			assertEquals(slope, slopeTowardsCoincidence(relu, w, epsilon), 2e-3, "epsilon " + epsilon);
		}
	}

	/** (I4(a, b, a + epsilon e, b - epsilon e) - I2(a, b)) / epsilon for the fields a, b, e of w's rows. */
	private static double slopeTowardsCoincidence(ActivationIntegrals relu, double[][] w, double epsilon) {
		double[][] x = { w[0], w[1], plus(w[0], epsilon, w[2]), plus(w[1], -epsilon, w[2]) };
		double[][] c = new double[4][4];
		for (int i = 0; i < 4; i++) {
			for (int j = 0; j < 4; j++) {
				c[i][j] = dot(x[i], x[j]);
			}
		}
		double coincident = relu.i2(c[0][0], c[0][1], c[1][1]);
		return (relu.i4(c[0][0], c[1][1], c[2][2], c[3][3], c[0][1], c[0][2], c[0][3], c[1][2], c[1][3], c[2][3])
				- coincident) / epsilon;
	}

	/**
	 * ReLU's four-field I4 against an independent reference: a two-dimensional adaptive quadrature over (x_c, x_d) of
	 * x_c x_d P(x_a, x_b > 0 | x_c, x_d), with Owen's T for the conditional orthant
	 * ({@code releng/committee/relu_i4_reference.py}, scipy dblquad to 1e-12). Two covariances where the Plackett-path
	 * quadrature is hard: four strongly correlated fields (smallest eigenvalue 5e-4) and a field within 1e-3 of a
	 * combination of the other three (smallest eigenvalue 2.4e-7). The 16-node rule is within 2e-10 of both; 8 nodes
	 * would miss by 4.6e-6 and 2.2e-8, so the tolerance 1e-9 checks the rule and its gathering of nodes.
	 */
	@Test
	void reluI4AgainstAnIndependentQuadrature() {
		double[] a = { 1.0, 0.3, -0.4, 0.2, 0.5 };
		double[] b = { -0.2, 0.9, 0.1, 0.6, -0.3 };
		double[] c = { 0.4, -0.7, 0.8, 0.1, 0.2 };
		double[] e = { 0.3, -0.1, 0.2, 0.9, -0.4 };
		double[] d = new double[a.length];
		for (int i = 0; i < d.length; i++) {
			d[i] = 0.6 * a[i] - 0.5 * b[i] + 0.7 * c[i] + 1e-3 * e[i];
		}
		assertEquals(0.0655096944598314, reluI4(a, b, c, d), 1e-9, "a field within 1e-3 of the span of the others");
		assertEquals(0.757027744020221, reluI4(new double[] { 1.0, 0.3, -0.4, 0.2, 0.5 },
				new double[] { 0.8, 0.5, -0.2, 0.3, 0.4 }, new double[] { 0.9, 0.2, -0.5, 0.1, 0.6 },
				new double[] { 1.1, 0.4, -0.3, 0.25, 0.45 }), 1e-9, "four strongly correlated fields");
	}

	/** I4(a, b, c, d) of ReLU for the fields given by their weight vectors (covariances are dot products). */
	private static double reluI4(double[] a, double[] b, double[] c, double[] d) {
		return ReluIntegrals.INSTANCE.i4(dot(a, a), dot(b, b), dot(c, c), dot(d, d), dot(a, b), dot(a, c), dot(a, d),
				dot(b, c), dot(b, d), dot(c, d));
	}

	@Test
	void theReluActivationAndItsDerivative() {
		ActivationIntegrals relu = ReluIntegrals.INSTANCE;
		assertEquals(0, relu.g(-0.5));
		assertEquals(0.5, relu.g(0.5));
		assertEquals(0, relu.derivative(-0.5));
		assertEquals(1, relu.derivative(0.5));
		// E[(x^+)^2] = C/2 and P(x > 0) = 1/2 for one field
		assertEquals(0.75, relu.i2(1.5, 1.5, 1.5), 1e-15);
		assertEquals(0.5, relu.j2(1.5, 1.5, 1.5), 1e-15);
	}

	private static double[] plus(double[] x, double epsilon, double[] direction) {
		double[] y = x.clone();
		for (int i = 0; i < y.length; i++) {
			y[i] += epsilon * direction[i];
		}
		return y;
	}

	private static double dot(double[] x, double[] y) {
		double s = 0;
		for (int i = 0; i < x.length; i++) {
			s += x[i] * y[i];
		}
		return s;
	}

	@Test
	void theErfActivationAndItsDerivativeAreThoseOfErfOverRootTwo() {
		ActivationIntegrals erf = ErfIntegrals.INSTANCE;
		// erf(1/sqrt(2)) = P(|Z| < 1) = 0.682689492137086
		assertEquals(0.682689492137086, erf.g(1), 1e-15);
		assertEquals(-0.682689492137086, erf.g(-1), 1e-15);
		for (double x = -3; x <= 3; x += 0.25) {
			double h = 1e-5;
			assertEquals((erf.g(x + h) - erf.g(x - h)) / (2 * h), erf.derivative(x), 1e-10, "x = " + x);
		}
	}

	private static void checkAgainstMonteCarlo(ActivationIntegrals g) {
		for (double[][] c : COVARIANCES) {
			checkAgainstMonteCarlo(g, c);
		}
	}

	private static void checkAgainstMonteCarlo(ActivationIntegrals g, double[][] cov) {
		double[][] l = cholesky(cov);
		SplittableRandom random = new SplittableRandom(SEED);
		int cases = CASES.length;
		double[] sum = new double[cases];
		double[] sumOfSquares = new double[cases];
		double[] z = new double[4];
		double[] x = new double[4];
		double[] gx = new double[4];
		double[] dgx = new double[4];
		for (int s = 0; s < SAMPLES; s++) {
			for (int i = 0; i < 4; i++) {
				z[i] = random.nextGaussian();
			}
			for (int i = 0; i < 4; i++) {
				double xi = 0;
				for (int j = 0; j <= i; j++) {
					xi += l[i][j] * z[j];
				}
				x[i] = xi;
				gx[i] = g.g(xi);
				dgx[i] = g.derivative(xi);
			}
			for (int c = 0; c < cases; c++) {
				int[] e = CASES[c];
				double f = switch (e[0]) {
					case 2 -> gx[e[1]] * gx[e[2]];
					case 3 -> dgx[e[1]] * x[e[2]] * gx[e[3]];
					case 4 -> dgx[e[1]] * dgx[e[2]] * gx[e[3]] * gx[e[4]];
					default -> dgx[e[1]] * dgx[e[2]];
				};
				sum[c] += f;
				sumOfSquares[c] += f * f;
			}
		}
		for (int c = 0; c < cases; c++) {
			double mean = sum[c] / SAMPLES;
			double standardError = Math.sqrt((sumOfSquares[c] / SAMPLES - mean * mean) / (SAMPLES - 1));
			double closed = closedForm(g, cov, CASES[c]);
			String what = g.name() + " " + describe(CASES[c]) + " (C_00 = " + cov[0][0] + "): closed form " + closed
					+ ", Monte Carlo " + mean + " +- " + standardError;
			if (standardError == 0) {
				// a constant integrand (J2 of a linear g): the estimate is exact up to rounding
				assertEquals(closed, mean, 1e-12, what);
			} else {
				assertTrue(Math.abs(closed - mean) < STANDARD_ERRORS * standardError, what);
			}
		}
	}

	private static double closedForm(ActivationIntegrals g, double[][] cov, int[] e) {
		int a = e[1];
		int b = e[2];
		int c = e[3];
		int d = e[4];
		return switch (e[0]) {
			case 2 -> g.i2(cov[a][a], cov[a][b], cov[b][b]);
			case 3 -> g.i3(cov[a][a], cov[a][b], cov[a][c], cov[b][c], cov[c][c]);
			case 4 -> g.i4(cov[a][a], cov[b][b], cov[c][c], cov[d][d], cov[a][b], cov[a][c], cov[a][d], cov[b][c],
					cov[b][d], cov[c][d]);
			default -> g.j2(cov[a][a], cov[a][b], cov[b][b]);
		};
	}

	private static String describe(int[] e) {
		return switch (e[0]) {
			case 2 -> "I2(" + e[1] + ", " + e[2] + ")";
			case 3 -> "I3(" + e[1] + ", " + e[2] + ", " + e[3] + ")";
			case 4 -> "I4(" + e[1] + ", " + e[2] + ", " + e[3] + ", " + e[4] + ")";
			default -> "J2(" + e[1] + ", " + e[2] + ")";
		};
	}

	/** The lower-triangular L with L L^T = c; fails the test if c is not positive definite. */
	private static double[][] cholesky(double[][] c) {
		int n = c.length;
		double[][] l = new double[n][n];
		for (int i = 0; i < n; i++) {
			for (int j = 0; j <= i; j++) {
				double s = c[i][j];
				for (int k = 0; k < j; k++) {
					s -= l[i][k] * l[j][k];
				}
				if (i == j) {
					assertTrue(s > 0, "the test covariance must be positive definite");
					l[i][i] = Math.sqrt(s);
				} else {
					l[i][j] = s / l[j][j];
				}
			}
		}
		return l;
	}
}
