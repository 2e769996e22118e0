package org.plateau.family.committee.theory;

import org.hipparchus.analysis.integration.gauss.GaussIntegrator;
import org.hipparchus.analysis.integration.gauss.GaussIntegratorFactory;

/**
 * g(x) = max(0, x), g'(x) = 1 for x > 0 (Goldt et al. 2019 run ReLU networks through the same ODEs of spec 3(d)).
 * I2, I3 and J2 are closed forms; I4 = E[1(x_a > 0) 1(x_b > 0) x_c^+ x_d^+] is reduced by Gaussian integration by
 * parts (Stein's lemma, E[x_p h(x)] = sum_j C_pj E[d_j h]) to orthant probabilities of at most four fields, and the
 * four-field orthant probability, which has no closed form, is a one-dimensional integral along Plackett's (1954)
 * path of correlations, computed by Gauss-Legendre quadrature (the "I4 by quadrature" of the issue). Fields that
 * are the same unit (correlation 1, as in I4(i, k, i, k)) are merged first. Absolute error of I4 at most 3e-8 times
 * sqrt(C_cc C_dd) on random and nearly singular covariances (against a 400-node rule, in a numpy port), 2e-10 against
 * an independent two-dimensional quadrature (ActivationIntegralsTest). Four distinct fields of exact rank 2 or less
 * (N < 4, or exactly dependent weights) are outside its reach: conditioning on one field then leaves fields without
 * variance, whose correlation is taken as 0. Thread-safe; allocation-free after a thread's first call.
 */
public final class ReluIntegrals implements ActivationIntegrals {

	/** The one instance: the class keeps only a per-thread scratch array. */
	public static final ReluIntegrals INSTANCE = new ReluIntegrals();

	private static final double TWO_PI = 2 * Math.PI;
	private static final double SQRT_TWO_PI = Math.sqrt(TWO_PI);

	/**
	 * Correlations within rounding of +-1 are one field (the same unit) or opposite fields. Merging changes I4 by
	 * O(sqrt(1 - r)), so only rounding-level gaps are merged: nearly coincident fields (a student unit that has
	 * copied a teacher unit to 1e-7 of its length) go through the quadrature, continuous to 1e-10.
	 */
	private static final double SAME_FIELD = 1e-15;

	/**
	 * Gauss-Legendre nodes u in (0, 1) and weights for the Plackett path; the angle theta = theta_1 (1 - (1-u)^3)
	 * gathers nodes near the path's end, where a nearly singular correlation matrix makes the integrand steep.
	 */
	private static final double[] NODE;
	private static final double[] WEIGHT;

	static {
		GaussIntegrator rule = new GaussIntegratorFactory().legendre(16, 0, 1);
		NODE = new double[rule.getNumberOfPoints()];
		WEIGHT = new double[NODE.length];
		for (int i = 0; i < NODE.length; i++) {
			NODE[i] = rule.getPoint(i);
			WEIGHT[i] = rule.getWeight(i);
		}
	}

	/** Three 4 x 4 correlation matrices: the fields, then conditioned on one field, then on two. */
	private static final ThreadLocal<double[]> SCRATCH = ThreadLocal.withInitial(() -> new double[48]);

	private ReluIntegrals() {
	}

	@Override
	public String name() {
		return "ReLU";
	}

	@Override
	public double g(double x) {
		return x > 0 ? x : 0;
	}

	@Override
	public double derivative(double x) {
		return x > 0 ? 1 : 0;
	}

	@Override
	public double i2(double caa, double cab, double cbb) {
		if (caa <= 0 || cbb <= 0) {
			return 0;
		}
		// the arc-cosine kernel of degree 1 (Cho & Saul 2009): sqrt(C_aa C_bb)/(2 pi) (sin phi + (pi - phi) cos phi)
		double scale = Math.sqrt(caa * cbb);
		double r = clamp(cab / scale);
		return scale / TWO_PI * (Math.sqrt(1 - r * r) + (0.5 * Math.PI + Math.asin(r)) * r);
	}

	@Override
	public double i3(double caa, double cab, double cac, double cbc, double ccc) {
		if (caa <= 0 || ccc <= 0) {
			return 0;
		}
		// Stein on x_b: I3 = C_ab E[delta(x_a) x_c^+] + C_bc P(x_a > 0, x_c > 0)
		double r = clamp(cac / Math.sqrt(caa * ccc));
		return cab * Math.sqrt(ccc * (1 - r * r) / caa) / TWO_PI + cbc * orthant2(r);
	}

	@Override
	public double j2(double caa, double cab, double cbb) {
		if (caa <= 0 || cbb <= 0) {
			return 0;
		}
		return orthant2(cab / Math.sqrt(caa * cbb));
	}

	@Override
	public double i4(double caa, double cbb, double ccc, double cdd, double cab, double cac, double cad, double cbc,
			double cbd, double ccd) {
		if (caa <= 0 || cbb <= 0 || ccc <= 0 || cdd <= 0) {
			return 0;
		}
		double[] r = SCRATCH.get();
		double sa = Math.sqrt(caa);
		double sb = Math.sqrt(cbb);
		double sc = Math.sqrt(ccc);
		double sd = Math.sqrt(cdd);
		// the correlation matrix of (x_a, x_b, x_c, x_d), fields 0..3
		set(r, 0, 0, 1, cab / (sa * sb));
		set(r, 0, 0, 2, cac / (sa * sc));
		set(r, 0, 0, 3, cad / (sa * sd));
		set(r, 0, 1, 2, cbc / (sb * sc));
		set(r, 0, 1, 3, cbd / (sb * sd));
		set(r, 0, 2, 3, ccd / (sc * sd));
		// merge fields that are the same unit: each field is represented by the first earlier field equal to it
		int rep1 = same(r[1]) ? 0 : 1;
		int rep2 = same(r[2]) ? 0 : rep1 == 1 && same(r[6]) ? 1 : 2;
		int rep3 = same(r[3]) ? 0 : rep1 == 1 && same(r[7]) ? 1 : rep2 == 2 && same(r[11]) ? 2 : 3;
		int fields = 1 | 1 << rep1 | 1 << rep2 | 1 << rep3;
		// opposite fields cannot both be positive
		for (int i = 0; i < 4; i++) {
			for (int j = i + 1; j < 4; j++) {
				if ((fields >> i & 1) == 1 && (fields >> j & 1) == 1 && r[4 * i + j] <= -1 + SAME_FIELD) {
					return 0;
				}
			}
		}
		return sc * sd * secondMoment(r, 0, fields, rep2, rep3);
	}

	private static boolean same(double correlation) {
		return correlation >= 1 - SAME_FIELD;
	}

	/**
	 * E[y_p y_q prod_{i in fields} 1(y_i > 0)] for unit-variance fields with correlations r[at..at+15], p and q in
	 * fields. Stein on y_p: the sum over j of r_pj E[delta(y_j) y_q ...]; the term j = q vanishes (y_q delta(y_q) = 0).
	 */
	private static double secondMoment(double[] r, int at, int fields, int p, int q) {
		double sum = r[at + 4 * p + q] * orthant(r, at, fields);
		for (int j = 0; j < 4; j++) {
			if ((fields >> j & 1) == 0 || j == q) {
				continue;
			}
			double rqj = r[at + 4 * q + j];
			condition(r, at, fields, j);
			sum += r[at + 4 * p + j] / SQRT_TWO_PI * Math.sqrt(Math.max(0, 1 - rqj * rqj))
					* firstMoment(r, at + 16, fields & ~(1 << j), q);
		}
		return sum;
	}

	/** E[y_q prod_{i in fields} 1(y_i > 0)], Stein on y_q. */
	private static double firstMoment(double[] r, int at, int fields, int q) {
		double sum = 0;
		for (int j = 0; j < 4; j++) {
			if ((fields >> j & 1) == 0) {
				continue;
			}
			condition(r, at, fields, j);
			sum += r[at + 4 * q + j] / SQRT_TWO_PI * orthant(r, at + 16, fields & ~(1 << j));
		}
		return sum;
	}

	/**
	 * Writes into r[at+16..at+31] the correlations of the other fields given y_j = 0 (partial correlations; the
	 * conditional means stay zero).
	 */
	private static void condition(double[] r, int at, int fields, int j) {
		int to = at + 16;
		for (int k = 0; k < 4; k++) {
			if ((fields >> k & 1) == 0 || k == j) {
				continue;
			}
			r[to + 5 * k] = 1;
			double rkj = r[at + 4 * k + j];
			for (int l = k + 1; l < 4; l++) {
				if ((fields >> l & 1) == 0 || l == j) {
					continue;
				}
				double rlj = r[at + 4 * l + j];
				double denominator = (1 - rkj * rkj) * (1 - rlj * rlj);
				double partial = denominator > 0 ? clamp((r[at + 4 * k + l] - rkj * rlj) / Math.sqrt(denominator)) : 0;
				r[to + 4 * k + l] = partial;
				r[to + 4 * l + k] = partial;
			}
		}
	}

	/** P(y_i > 0 for i in fields) for zero-mean unit-variance fields. */
	private static double orthant(double[] r, int at, int fields) {
		int i = -1;
		int j = -1;
		int k = -1;
		int count = 0;
		for (int f = 0; f < 4; f++) {
			if ((fields >> f & 1) == 1) {
				if (count == 0) {
					i = f;
				} else if (count == 1) {
					j = f;
				} else if (count == 2) {
					k = f;
				}
				count++;
			}
		}
		return switch (count) {
			case 0 -> 1;
			case 1 -> 0.5;
			case 2 -> orthant2(r[at + 4 * i + j]);
			// Sheppard's formula for three fields
			case 3 -> 0.125 + (Math.asin(clamp(r[at + 4 * i + j])) + Math.asin(clamp(r[at + 4 * i + k]))
					+ Math.asin(clamp(r[at + 4 * j + k]))) / (4 * Math.PI);
			default -> orthant4(r, at);
		};
	}

	/**
	 * P(y_0..y_3 > 0) along the path R(s) = (1 - s) I + s R (Plackett 1954): dP/ds = sum_{i<j} r_ij phi_2(0, 0;
	 * s r_ij) P(y_k, y_l > 0 | y_i = y_j = 0), and with theta = asin(s r_ij) each pair's term is the integral over
	 * theta in [0, asin r_ij] of P2(partial correlation of k, l given i, j) / (2 pi).
	 */
	private static double orthant4(double[] r, int at) {
		double sum = 1.0 / 16;
		for (int i = 0; i < 4; i++) {
			for (int j = i + 1; j < 4; j++) {
				double rij = r[at + 4 * i + j];
				if (rij == 0) {
					continue;
				}
				int k = -1;
				int l = -1;
				for (int f = 0; f < 4; f++) {
					if (f != i && f != j) {
						if (k < 0) {
							k = f;
						} else {
							l = f;
						}
					}
				}
				double rki = r[at + 4 * k + i];
				double rkj = r[at + 4 * k + j];
				double rli = r[at + 4 * l + i];
				double rlj = r[at + 4 * l + j];
				double rkl = r[at + 4 * k + l];
				double end = Math.asin(clamp(rij));
				double pair = 0;
				for (int n = 0; n < NODE.length; n++) {
					double v = 1 - NODE[n];
					double theta = end * (1 - v * v * v);
					double s = Math.sin(theta) / rij;
					double sij = s * rij;
					double den = 1 - sij * sij;
					double ski = s * rki;
					double skj = s * rkj;
					double sli = s * rli;
					double slj = s * rlj;
					double ckl = s * rkl - (ski * sli + skj * slj - sij * (ski * slj + skj * sli)) / den;
					double ckk = 1 - (ski * ski + skj * skj - 2 * sij * ski * skj) / den;
					double cll = 1 - (sli * sli + slj * slj - 2 * sij * sli * slj) / den;
					double partial = ckk > 0 && cll > 0 ? ckl / Math.sqrt(ckk * cll) : 0;
					pair += WEIGHT[n] * 3 * v * v * orthant2(partial);
				}
				sum += end * pair / TWO_PI;
			}
		}
		return sum;
	}

	/** P(y_1 > 0, y_2 > 0) = 1/4 + asin(r)/(2 pi) (Sheppard). */
	private static double orthant2(double r) {
		return 0.25 + Math.asin(clamp(r)) / TWO_PI;
	}

	private static void set(double[] r, int at, int i, int j, double value) {
		r[at + 4 * i + j] = value;
		r[at + 4 * j + i] = value;
		r[at + 5 * i] = 1;
		r[at + 5 * j] = 1;
	}

	private static double clamp(double r) {
		return r > 1 ? 1 : r < -1 ? -1 : r;
	}

	@Override
	public String toString() {
		return name();
	}
}
