package org.plateau.family.deeplinear.internal.numerics;

/**
 * Closed-form mode dynamics of linear networks under gradient flow on a whitened task (Saxe, McClelland and Ganguli
 * 2014; PNAS 2019). Times t are in the units of tau (tau = 1/eta and t in steps for gradient descent, spec 0.1); u is a
 * mode strength (the product of the per-layer scalars), s its singular value, s > 0.
 * <p>
 * Equation numbers are not given: the spec (section 1.1(d)) reconstructs these formulas and was written without the
 * paper PDFs, so each comment names the paper and the spec section.
 */
public final class ClosedForm {

	private ClosedForm() {
	}

	/**
	 * Strength u(t) of a mode of a two-layer network from decoupled balanced initial strength u0 > 0:
	 * u(t) = s e^{2st/tau} / (e^{2st/tau} - 1 + s/u0), evaluated as s / (1 + (s/u0 - 1) e^{-2st/tau}) so that it
	 * neither overflows nor loses u0 for large t or tiny u0.
	 */
	public static double balancedModeStrength(double s, double u0, double t, double tau) {
		checkMode(s, u0);
		double x = 2 * s * t / tau;
		double c = s / u0 - 1;
		// Saxe et al. 2014, balanced solution (spec 1.1(d)): u = s / (1 + (s/u0 - 1) e^{-2st/tau})
		// c e^{-x} directly while e^{-x} is a normal double (|c| < 1.8e308 keeps it finite), via logs beyond
		double decay = c > 0 && x > 700 ? Math.exp(Math.log(c) - x) : c * Math.exp(-x);
		return s / (1 + decay);
	}

	/** {@link #balancedModeStrength} for every mode: u_alpha(t) for singular values s and initial strengths u0. */
	public static double[] balancedModeStrengths(double[] s, double[] u0, double t, double tau) {
		double[] u = new double[s.length];
		for (int a = 0; a < s.length; a++) {
			u[a] = balancedModeStrength(s[a], u0[a], t, tau);
		}
		return u;
	}

	/**
	 * Time for a balanced two-layer mode to grow from u0 to uf (both on the same side of s):
	 * t = (tau/(2s)) ln[uf (s - u0) / (u0 (s - uf))].
	 */
	public static double balancedTimeToReach(double s, double u0, double uf, double tau) {
		checkMode(s, u0);
		checkTarget(s, u0, uf);
		// Saxe et al. 2014, time from u0 to uf (spec 1.1(d))
		return tau / (2 * s) * (Math.log(uf / u0) + Math.log((s - u0) / (s - uf)));
	}

	/** Half-way time t_half = (tau/(2s)) ln((s - u0)/u0), u0 < s/2 (Saxe et al. 2014; PNAS 2019, spec 1.2(d)). */
	public static double balancedHalfTime(double s, double u0, double tau) {
		checkMode(s, u0);
		checkTarget(s, u0, s / 2);
		// Saxe et al. 2014 / PNAS 2019: t_half = (tau/(2s)) ln(s/u0 - 1)
		return tau / (2 * s) * Math.log((s - u0) / u0);
	}

	/**
	 * Learning time to come within eps of s: t = (tau/(2s)) ln[(s - eps)(s - u0) / (u0 eps)]; with eps = u0 this is
	 * the paper's (tau/s) ln((s - u0)/u0) ~ (tau/s) ln(s/u0).
	 */
	public static double balancedLearningTime(double s, double u0, double eps, double tau) {
		return balancedTimeToReach(s, u0, s - eps, tau);
	}

	/**
	 * Strength of a mode of a shallow (one-layer) network: a(t) = s (1 - e^{-t/tau}) + a0 e^{-t/tau}; any a0.
	 */
	public static double shallowModeStrength(double s, double a0, double t, double tau) {
		double x = t / tau;
		// Saxe et al. 2014, shallow network (spec 1.1(d)): tau da/dt = s - a
		return -s * Math.expm1(-x) + a0 * Math.exp(-x);
	}

	/** Time for a shallow mode to go from a0 to af: t = tau ln((s - a0)/(s - af)). */
	public static double shallowTimeToReach(double s, double a0, double af, double tau) {
		if (!((s - a0) / (s - af) >= 1)) {
			throw new IllegalArgumentException("a shallow mode from " + a0 + " never reaches " + af + " (s = " + s + ")");
		}
		// from a(t) above, solved for t
		return tau * Math.log((s - a0) / (s - af));
	}

	static void checkMode(double s, double u0) {
		if (!(s > 0) || !(u0 > 0) || !Double.isFinite(s) || !Double.isFinite(u0)) {
			throw new IllegalArgumentException("need s > 0 and u0 > 0, got s = " + s + ", u0 = " + u0);
		}
	}

	static void checkTarget(double s, double u0, double uf) {
		boolean rising = u0 < s && uf > u0 && uf < s;
		boolean falling = u0 > s && uf < u0 && uf > s;
		if (!rising && !falling) {
			throw new IllegalArgumentException("a mode from " + u0 + " never reaches " + uf + " (s = " + s + ")");
		}
	}
}
