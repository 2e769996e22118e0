package org.plateau.family.deeplinear.internal.numerics;

import org.hipparchus.analysis.UnivariateFunction;
import org.hipparchus.analysis.integration.IterativeLegendreGaussIntegrator;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;
import org.hipparchus.ode.sampling.ODEStateInterpolator;
import org.hipparchus.ode.sampling.ODEStepHandler;

/**
 * Reduced dynamics of one mode of a D-layer linear network with decoupled balanced weights (Saxe et al. 2014, spec
 * 1.1(d)): tau du/dt = D u^{2-2/D} (s - u), u = a^D the product of the per-layer scalars. Integrated with Hipparchus:
 * the ODE by an adaptive Dormand-Prince 8(5,3) integrator, the learning-time integral by iterative Gauss-Legendre
 * quadrature. D = 1 is the shallow network and D = 2 the balanced two-layer network of {@link ClosedForm}. Needs
 * s > 0 and u0 > 0 (u then stays positive).
 */
public final class ReducedDynamics {

	private static final double ODE_TOLERANCE = 1e-12;
	private static final double QUADRATURE_RELATIVE_ACCURACY = 1e-12;
	private static final double QUADRATURE_ABSOLUTE_ACCURACY = 1e-14;
	private static final int QUADRATURE_POINTS = 8;
	private static final int MAX_EVALUATIONS = 10_000_000;

	private ReducedDynamics() {
	}

	/**
	 * u(t) at each requested time, from u(0) = u0.
	 *
	 * @param times non-decreasing, non-negative, in the same units as tau
	 * @return u at each time; a new array
	 */
	public static double[] modeStrength(int depth, double s, double u0, double tau, double[] times) {
		checkDepth(depth);
		ClosedForm.checkMode(s, u0);
		double[] u = new double[times.length];
		double previous = 0;
		for (double t : times) {
			if (!(t >= previous)) {
				throw new IllegalArgumentException("times must be non-negative and non-decreasing, got " + t + " after "
						+ previous);
			}
			previous = t;
		}
		if (times.length == 0) {
			return u;
		}
		// integrate x = ln u in scaled time t' = t/tau: dx/dt' = D u^{1-2/D} (s - u), which keeps the relative accuracy
		// of a tiny u0 and can never cross 0
		OrdinaryDifferentialEquation ode = new OrdinaryDifferentialEquation() {
			@Override
			public int getDimension() {
				return 1;
			}

			@Override
			public double[] computeDerivatives(double t, double[] x) {
				double uNow = Math.exp(x[0]);
				// Saxe et al. 2014 (spec 1.1(d)): tau du/dt = D u^{2-2/D} (s - u), divided by u
				return new double[] { depth * Math.pow(uNow, 1 - 2.0 / depth) * (s - uNow) };
			}
		};
		double end = times[times.length - 1] / tau;
		int[] next = { 0 };
		while (next[0] < times.length && times[next[0]] == 0) {
			u[next[0]++] = u0;
		}
		if (next[0] == times.length) {
			return u;
		}
		DormandPrince853Integrator integrator = new DormandPrince853Integrator(0, Double.POSITIVE_INFINITY,
				ODE_TOLERANCE, ODE_TOLERANCE);
		integrator.addStepHandler(new ODEStepHandler() {
			@Override
			public void handleStep(ODEStateInterpolator interpolator) {
				double stepEnd = interpolator.getCurrentState().getTime();
				while (next[0] < times.length && times[next[0]] / tau <= stepEnd) {
					double x = interpolator.getInterpolatedState(times[next[0]] / tau).getPrimaryState()[0];
					u[next[0]++] = Math.exp(x);
				}
			}
		});
		double xEnd = integrator.integrate(ode, new ODEState(0, new double[] { Math.log(u0) }), end).getPrimaryState()[0];
		while (next[0] < times.length) {
			u[next[0]++] = Math.exp(xEnd);
		}
		return u;
	}

	/**
	 * I(D) = int_{u0}^{uf} du / (u^{2-2/D} (s - u)), uf between u0 and s. The learning time from u0 to uf is
	 * (tau/D) I(D) ({@link #timeToReach}); with tau = c D it is c I(D), which stays finite as D grows (spec 1.1(d),
	 * C1.3).
	 */
	public static double learningTimeIntegral(int depth, double s, double u0, double uf) {
		checkDepth(depth);
		ClosedForm.checkMode(s, u0);
		ClosedForm.checkTarget(s, u0, uf);
		// substitute u = e^x (du = u dx) so that the 1/u^2-like growth near a small u0 becomes smooth
		UnivariateFunction integrand = x -> {
			double u = Math.exp(x);
			// Saxe et al. 2014 (spec 1.1(d)): 1 / (u^{2-2/D} (s - u)), times u
			return Math.pow(u, 2.0 / depth - 1) / (s - u);
		};
		IterativeLegendreGaussIntegrator quadrature = new IterativeLegendreGaussIntegrator(QUADRATURE_POINTS,
				QUADRATURE_RELATIVE_ACCURACY, QUADRATURE_ABSOLUTE_ACCURACY);
		double lower = Math.log(u0);
		double upper = Math.log(uf);
		if (lower < upper) {
			return quadrature.integrate(MAX_EVALUATIONS, integrand, lower, upper);
		}
		return -quadrature.integrate(MAX_EVALUATIONS, integrand, upper, lower);
	}

	/**
	 * The D -> infinity limit of {@link #learningTimeIntegral}: int_{u0}^{uf} du / (u^2 (s - u)) =
	 * (1/s)(1/u0 - 1/uf) + (1/s^2) ln[uf (s - u0) / (u0 (s - uf))] (partial fractions).
	 */
	public static double learningTimeIntegralLimit(double s, double u0, double uf) {
		ClosedForm.checkMode(s, u0);
		ClosedForm.checkTarget(s, u0, uf);
		// Saxe et al. 2014, depth-independent learning time (spec 1.1(d)): 1/(u^2(s-u)) = 1/(s u^2) + 1/(s^2 u) + 1/(s^2 (s-u))
		return (1 / u0 - 1 / uf) / s + (Math.log(uf / u0) + Math.log((s - u0) / (s - uf))) / (s * s);
	}

	/** Time for a D-layer balanced mode to go from u0 to uf: t = (tau/D) I(D) (Saxe et al. 2014, spec 1.1(d)). */
	public static double timeToReach(int depth, double s, double u0, double uf, double tau) {
		// Saxe et al. 2014 (spec 1.1(d)): t_learn = (tau/D) int du / (u^{2-2/D} (s - u))
		return tau / depth * learningTimeIntegral(depth, s, u0, uf);
	}

	/** Half-way time of a D-layer balanced mode: {@link #timeToReach} with uf = s/2. */
	public static double halfTime(int depth, double s, double u0, double tau) {
		return timeToReach(depth, s, u0, s / 2, tau);
	}

	private static void checkDepth(int depth) {
		if (depth < 1) {
			throw new IllegalArgumentException("depth must be at least 1, was " + depth);
		}
	}
}
