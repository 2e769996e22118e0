package org.plateau.family.committee.theory;

/**
 * The generalisation error eps_g = 0.5 E[(yhat - y)^2] without label noise as a function of the order parameters
 * (Goldt et al. 2019, spec 3(d)): with all K + M local fields in one covariance C = [[Q, R], [R^T, T]] and
 * u = (v, -A), eps_g = 0.5 sum_ab u_a u_b I2(a, b). For erf this is the spec's (1/pi) arcsin formula; it is exact for
 * any activation whose I2 is.
 */
public final class GeneralisationError {

	private GeneralisationError() {
	}

	/** eps_g of the student and teacher in p, for activation g. Allocates nothing. */
	public static double of(ActivationIntegrals g, OrderParameters p) {
		int k = p.k();
		int n = k + p.m();
		double sum = 0;
		for (int a = 0; a < n; a++) {
			double caa = covariance(p, a, a);
			double ua = coefficient(p, a);
			// I2 is symmetric: the diagonal once, each pair a < b twice
			sum += ua * ua * g.i2(caa, caa, caa);
			for (int b = a + 1; b < n; b++) {
				double cbb = covariance(p, b, b);
				sum += 2 * ua * coefficient(p, b) * g.i2(caa, covariance(p, a, b), cbb);
			}
		}
		// Goldt et al. 2019, spec 3(d): eps_g = 0.5 sum_ab u_a u_b I2(a, b)
		return 0.5 * sum;
	}

	/** C_ab of C = [[Q, R], [R^T, T]], students first. */
	static double covariance(OrderParameters p, int a, int b) {
		int k = p.k();
		if (a < k) {
			return b < k ? p.q(a, b) : p.r(a, b - k);
		}
		return b < k ? p.r(b, a - k) : p.t(a - k, b - k);
	}

	/** u_a of u = (v, -A). */
	static double coefficient(OrderParameters p, int a) {
		int k = p.k();
		return a < k ? p.v()[a] : -p.a()[a - k];
	}
}
