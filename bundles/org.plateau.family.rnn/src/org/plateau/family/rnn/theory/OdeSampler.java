package org.plateau.family.rnn.theory;

import org.hipparchus.ode.DenseOutputModel;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;

/**
 * Samples the solution of a reduced ODE at given times with Hipparchus' Dormand-Prince 8(5,3) integrator. Each
 * interval between requested times is integrated exactly to its end point, so samples carry no interpolation error.
 */
final class OdeSampler {

	/**
	 * Tolerances of the theory curves: the reduced systems of 1.1/1.2 are smooth and non-stiff, and these settings
	 * reproduce the closed forms (eq 5, eq 35) to ~1e-12 (measured in the T1/T2 tests).
	 */
	static final double ABS_TOL = 1e-14;
	static final double REL_TOL = 1e-12;

	private OdeSampler() {
	}

	/**
	 * @param ode the right-hand side
	 * @param initial the state at time 0 (not modified)
	 * @param times non-decreasing sample times, all &gt;= 0
	 * @return {@code result[k][j]}: component k at {@code times[j]}
	 */
	static double[][] sample(OrdinaryDifferentialEquation ode, double[] initial, double[] times) {
		return sample(ode, initial, times, ABS_TOL, REL_TOL, Integer.MAX_VALUE);
	}

	/**
	 * As {@link #sample(OrdinaryDifferentialEquation, double[], double[])} with the given tolerances and a bound on
	 * the work.
	 *
	 * @param maxEvaluations at most this many evaluations of the right-hand side per interval
	 * @throws org.hipparchus.exception.MathRuntimeException when an interval needs more, or a step below 1e-12 of it
	 */
	static double[][] sample(OrdinaryDifferentialEquation ode, double[] initial, double[] times, double absTol,
			double relTol, int maxEvaluations) {
		int n = initial.length;
		double[][] result = new double[n][times.length];
		double[] state = initial.clone();
		double t = 0;
		for (int j = 0; j < times.length; j++) {
			if (times[j] < t) {
				throw new IllegalArgumentException("times must be non-decreasing and >= 0, got " + times[j] + " after " + t);
			}
			if (times[j] > t) {
				DormandPrince853Integrator integrator = new DormandPrince853Integrator(1e-12 * (times[j] - t),
						times[j] - t, absTol, relTol);
				integrator.setMaxEvaluations(maxEvaluations);
				state = integrator.integrate(ode, new ODEState(t, state), times[j]).getPrimaryState();
				t = times[j];
			}
			for (int k = 0; k < n; k++) {
				result[k][j] = state[k];
			}
		}
		return result;
	}

	/**
	 * Samples one integration over [0, max(times)] through the integrator's dense output (its interpolation error is
	 * of the order of the tolerances): cheaper than {@link #sample} when the samples are many, as in a fit.
	 *
	 * @param maxEvaluations at most this many evaluations of the right-hand side in all
	 * @throws org.hipparchus.exception.MathRuntimeException when the integration needs more, or a step below 1e-12 of
	 *             the span
	 */
	static double[][] sampleDense(OrdinaryDifferentialEquation ode, double[] initial, double[] times, double absTol,
			double relTol, int maxEvaluations) {
		int n = initial.length;
		double end = 0;
		for (double t : times) {
			end = Math.max(end, t);
		}
		double[][] result = new double[n][times.length];
		if (end == 0) {
			for (int j = 0; j < times.length; j++) {
				for (int k = 0; k < n; k++) {
					result[k][j] = initial[k];
				}
			}
			return result;
		}
		DormandPrince853Integrator integrator = new DormandPrince853Integrator(1e-12 * end, end, absTol, relTol);
		integrator.setMaxEvaluations(maxEvaluations);
		DenseOutputModel dense = new DenseOutputModel();
		integrator.addStepHandler(dense);
		integrator.integrate(ode, new ODEState(0, initial.clone()), end);
		for (int j = 0; j < times.length; j++) {
			double[] state = times[j] == 0 ? initial : dense.getInterpolatedState(times[j]).getPrimaryState();
			for (int k = 0; k < n; k++) {
				result[k][j] = state[k];
			}
		}
		return result;
	}
}
