package org.plateau.family.rnn.theory;

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
						times[j] - t, ABS_TOL, REL_TOL);
				state = integrator.integrate(ode, new ODEState(t, state), times[j]).getPrimaryState();
				t = times[j];
			}
			for (int k = 0; k < n; k++) {
				result[k][j] = state[k];
			}
		}
		return result;
	}
}
