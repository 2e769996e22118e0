package org.plateau.family.deeplinear.internal.numerics;

/**
 * One mode of a two-layer linear network with aligned lambda-balanced weights (W1 = R A1 V^T, W2 = U A2 R^T, A2^2 -
 * A1^2 = lambda I) on a whitened task (Dominé, Anguita, Proca et al. 2024, spec 1.3(d), "Aligned case"): the strength
 * a = a1 a2 of a mode with singular value s follows tau da/dt = (a1^2 + a2^2)(s - a) = sqrt(lambda^2 + 4 a^2)(s - a).
 * lambda = 0 is the rich, sigmoidal 2a(s - a) of Saxe et al. (2014); |lambda| >> s is the lazy, exponential
 * |lambda|(s - a). Times are in units of tau (t/tau = eta * steps); s and a may have either sign.
 * <p>
 * The time is closed form, t(a) - t(a0) = G(a) - G(a0) with G(x) = ln[(lambda^2 + 4 s x + sqrt(lambda^2 + 4 s^2)
 * sqrt(lambda^2 + 4 x^2)) / |s - x|] / sqrt(lambda^2 + 4 s^2); the strength at a time is its inverse, found by a
 * safeguarded Newton-bisection iteration to the last bits of a double. Also the converged representations: the
 * eigenvalues of W1^T W1 and W2 W2^T.
 */
public final class AlignedLambdaMode {

	/** Newton-bisection iterations: bisection alone resolves any double interval in fewer than 1100. */
	private static final int MAX_ITERATIONS = 2000;

	private AlignedLambdaMode() {
	}

	/** da/dt in units of 1/tau: sqrt(lambda^2 + 4 a^2)(s - a). */
	public static double rate(double a, double s, double lambda) {
		// Dominé et al. 2024 (spec 1.3(d)): tau da/dt = sqrt(lambda^2 + 4 a^2)(s - a)
		return Math.hypot(lambda, 2 * a) * (s - a);
	}

	/**
	 * The time (units of tau) for the strength to go from a0 to a: G(a) - G(a0). a must lie between a0 and the value
	 * the mode tends to: s, or 0 when lambda = 0 and a0 is on the other side of 0 from s (a = 0 is then a fixed point
	 * that the mode approaches but never crosses).
	 *
	 * @throws IllegalArgumentException if the mode never reaches a, or if s = lambda = 0
	 */
	public static double timeTo(double a, double a0, double s, double lambda) {
		checkArguments(a0, s, lambda);
		double limit = limit(a0, s, lambda);
		boolean reachable = a == a0 || (a0 < limit ? a > a0 && a < limit : a < a0 && a > limit);
		if (!reachable || !Double.isFinite(a)) {
			throw new IllegalArgumentException("a mode from a0 = " + a0 + " (s = " + s + ", lambda = " + lambda
					+ ") tends to " + limit + " and never reaches " + a);
		}
		if (a == a0) {
			return 0;
		}
		return g(a, s, lambda) - g(a0, s, lambda);
	}

	/**
	 * The strength a(t) at time t >= 0 (units of tau) from a(0) = a0: the inverse of {@link #timeTo}, accurate to a few
	 * ulps of a.
	 */
	public static double strength(double t, double a0, double s, double lambda) {
		checkArguments(a0, s, lambda);
		if (!(t >= 0)) {
			throw new IllegalArgumentException("time must be non-negative, was " + t);
		}
		double limit = limit(a0, s, lambda);
		if (t == 0 || a0 == limit) {
			return a0;
		}
		double direction = Math.signum(limit - a0);
		double g0 = g(a0, s, lambda);
		// bracket [lo, hi] of the distance x = |a - a0| travelled, with timeTo(lo) <= t <= timeTo(hi); hi = the gap
		// (where timeTo is infinite) is a valid upper end
		double lo = 0;
		double hi = Math.abs(limit - a0);
		double x = 0;
		double phi = -t;
		for (int k = 0; k < MAX_ITERATIONS; k++) {
			// Newton step on phi(x) = G(a0 + d x) - G(a0) - t, dphi/dx = 1 / |rate|
			double a = a0 + direction * x;
			double next = x - phi * Math.abs(rate(a, s, lambda));
			if (!(next > lo && next < hi)) {
				next = 0.5 * (lo + hi);
			}
			if (next == x || next == lo || next == hi) {
				break;
			}
			x = next;
			double candidate = a0 + direction * x;
			if (candidate == limit) {
				hi = x;
				continue;
			}
			phi = g(candidate, s, lambda) - g0 - t;
			if (phi == 0) {
				break;
			}
			if (phi < 0) {
				lo = x;
			} else {
				hi = x;
			}
			if (hi - lo <= 2 * Math.ulp(Math.abs(a0 + direction * lo))) {
				break;
			}
		}
		return a0 + direction * x;
	}

	/** t_half: the time (units of tau) to reach s/2 from a0 (spec C1.12). */
	public static double halfTime(double s, double a0, double lambda) {
		return timeTo(s / 2, a0, s, lambda);
	}

	/**
	 * The eigenvalues of the converged W1^T W1 along the task's input modes: (sqrt(lambda^2 + 4 s^2) - lambda)/2 for
	 * each singular value s; a new array in the order of s.
	 */
	public static double[] convergedInputEigenvalues(double[] s, double lambda) {
		double[] e = new double[s.length];
		for (int a = 0; a < s.length; a++) {
			e[a] = smallerRoot(s[a], lambda);
		}
		return e;
	}

	/**
	 * The eigenvalues of the converged W2 W2^T along the task's output modes: (sqrt(lambda^2 + 4 s^2) + lambda)/2 for
	 * each singular value s; a new array in the order of s.
	 */
	public static double[] convergedOutputEigenvalues(double[] s, double lambda) {
		double[] e = new double[s.length];
		for (int a = 0; a < s.length; a++) {
			e[a] = smallerRoot(s[a], -lambda);
		}
		return e;
	}

	/** (sqrt(lambda^2 + 4 s^2) - lambda)/2, without cancellation when lambda >> |s|. */
	private static double smallerRoot(double s, double lambda) {
		double root = Math.hypot(lambda, 2 * s);
		// Dominé et al. 2024 (spec 1.3(d)): converged W1^T W1 = V diag((sqrt(lambda^2 + 4 s^2) - lambda)/2) V^T;
		// for lambda > 0 the same as 2 s^2 / (sqrt(lambda^2 + 4 s^2) + lambda)
		return lambda > 0 ? 2 * s * s / (root + lambda) : (root - lambda) / 2;
	}

	/** The closed-form antiderivative G(x) of 1 / rate(x) (spec 1.3(d)). */
	static double g(double x, double s, double lambda) {
		if (lambda == 0) {
			// Saxe et al. 2014 (lambda = 0): int dx / (2|x|(s - x)) = sign(x) ln|x / (s - x)| / (2s), x != 0
			return Math.signum(x) * Math.log(Math.abs(x / (s - x))) / (2 * s);
		}
		double kappa = Math.hypot(lambda, 2 * s);
		double root = kappa * Math.hypot(lambda, 2 * x);
		double c = lambda * lambda + 4 * s * x;
		// numerator lambda^2 + 4 s x + sqrt(lambda^2 + 4 s^2) sqrt(lambda^2 + 4 x^2); when c < 0 rewritten as
		// 4 lambda^2 (s - x)^2 / (root - c) (difference of squares) to avoid the cancellation
		double logArgument = c >= 0 ? (c + root) / Math.abs(s - x) : 4 * lambda * lambda * Math.abs(s - x) / (root - c);
		// Dominé et al. 2024 (spec 1.3(d)): G(x) = ln[(lambda^2 + 4 s x + sqrt(.) sqrt(.)) / (s - x)] / sqrt(lambda^2 + 4 s^2)
		return Math.log(logArgument) / kappa;
	}

	/** What the mode tends to: s, or 0 if lambda = 0 and a0 is not on the side of s. */
	private static double limit(double a0, double s, double lambda) {
		if (lambda == 0 && !(a0 * s > 0)) {
			return 0;
		}
		return s;
	}

	private static void checkArguments(double a0, double s, double lambda) {
		if (!Double.isFinite(a0) || !Double.isFinite(s) || !Double.isFinite(lambda)) {
			throw new IllegalArgumentException(
					"a0, s and lambda must be finite, were " + a0 + ", " + s + ", " + lambda);
		}
		if (s == 0 && lambda == 0) {
			throw new IllegalArgumentException("s = lambda = 0: the mode decays as a0 / (1 + 2 |a0| t), no closed form here");
		}
	}
}
