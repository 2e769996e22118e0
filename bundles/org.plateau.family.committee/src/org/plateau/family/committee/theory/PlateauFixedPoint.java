package org.plateau.family.committee.theory;

import java.util.Arrays;

/**
 * The unspecialised symmetric fixed point of the O(eta) ODEs behind the plateau of an erf soft committee machine
 * (Goldt et al. 2019, spec 3(d) and check 3-B): K = M, T = I, A = v = 1, eta -&gt; 0. Every student unit overlaps
 * every teacher unit equally, R_in = 1/sqrt(M(2M - 1)), and every other student unit as much as itself,
 * Q_ii = Q_ik = 1/(2M - 1); there eps_g = M/6 - (M^2/pi) arcsin(1/(2M)).
 */
public final class PlateauFixedPoint {

	private PlateauFixedPoint() {
	}

	/** R_in = 1/sqrt(M(2M - 1)) (spec 3(d)). */
	public static double overlapR(int m) {
		checkM(m);
		return 1 / Math.sqrt((double) m * (2 * m - 1));
	}

	/** Q_ii = Q_ik = 1/(2M - 1) (spec 3(d)). */
	public static double overlapQ(int m) {
		checkM(m);
		return 1.0 / (2 * m - 1);
	}

	/** The plateau's height eps_g = M/6 - (M^2/pi) arcsin(1/(2M)) (spec 3(d)). */
	public static double error(int m) {
		checkM(m);
		return m / 6.0 - (double) m * m / Math.PI * Math.asin(1.0 / (2 * m));
	}

	/** The fixed point as order parameters: K = M, T = I, A = v = 1, Q and R filled with their one value each. */
	public static OrderParameters state(int m) {
		OrderParameters p = new OrderParameters(m, m);
		Arrays.fill(p.q(), overlapQ(m));
		Arrays.fill(p.r(), overlapR(m));
		for (int n = 0; n < m; n++) {
			p.t()[n * m + n] = 1;
		}
		Arrays.fill(p.v(), 1);
		Arrays.fill(p.a(), 1);
		return p;
	}

	private static void checkM(int m) {
		if (m < 1) {
			throw new IllegalArgumentException("M must be positive, is " + m);
		}
	}
}
