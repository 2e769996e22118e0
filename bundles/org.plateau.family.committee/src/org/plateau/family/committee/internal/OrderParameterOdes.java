package org.plateau.family.committee.internal;

import java.util.ArrayList;
import java.util.List;

import org.ejml.data.DMatrixRMaj;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.nonstiff.DormandPrince54Integrator;
import org.plateau.core.family.TheoryPrediction;
import org.plateau.family.committee.theory.AsymptoticError;
import org.plateau.family.committee.theory.CommitteeOdes;
import org.plateau.family.committee.theory.ErfIntegrals;
import org.plateau.family.committee.theory.GeneralisationError;
import org.plateau.family.committee.theory.OrderParameters;

/**
 * The order-parameter ODEs of online SGD (Goldt et al. 2019, spec 3(d)), with their eta^2 and noise terms, integrated
 * by Dormand-Prince 5(4) from the run's own initial overlaps Q(0), R(0), v(0) and its teacher's T: eps_g, Q_kk, R_kn, v_k
 * and the matrices R and Q at every requested time t = steps/N. Exact as N -> infinity; at finite N, SGD fluctuates
 * around it, most in the plateau-escape time.
 */
final class OrderParameterOdes implements TheoryPrediction {

	static final String ID = "ode";
	/** Tolerances of the integrator: far below what SGD at N <= 10^5 resolves. */
	private static final double ABSOLUTE_TOLERANCE = 1e-11;
	private static final double RELATIVE_TOLERANCE = 1e-9;

	private final CommitteeSetup setup;
	private final CommitteeOdes odes;
	private final OrderParameters initial;
	private final int k;
	private final int m;
	/** Where the last integration ended, so that increasing times continue from it. */
	private double cursorTime;
	private OrderParameters cursor;

	OrderParameterOdes(CommitteeSetup setup) {
		this.setup = setup;
		this.k = setup.studentUnits;
		this.m = setup.teacherUnits;
		this.odes = new CommitteeOdes(setup.integrals, k, m, setup.learningRate, setup.secondLayerRate, setup.noise,
				setup.weightDecay, setup.trainSecondLayer);
		this.initial = setup.initialOrderParameters();
		this.cursor = initial.copy();
	}

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String label() {
		return "ODE (Goldt et al. 2019)";
	}

	@Override
	public String description() {
		return String.format("order-parameter ODEs of spec 3(d), %s integrals, eta = %s%s, sigma = %s, from the run's "
				+ "initial overlaps (Q_11(0) = %.4g, R_11(0) = %.3g) and T of its teacher; Dormand-Prince 5(4), tolerances "
				+ "%.0e abs, %.0e rel", setup.integrals.name(), setup.learningRate, setup.trainSecondLayer
						? ", eta_v = " + setup.secondLayerRate : ", v = 1 fixed", setup.noise, initial.q(0, 0),
				initial.r(0, 0), ABSOLUTE_TOLERANCE, RELATIVE_TOLERANCE);
	}

	@Override
	public List<String> metricIds() {
		List<String> ids = new ArrayList<>();
		ids.add(CommitteeSetup.GENERALISATION_ERROR);
		ids.addAll(setup.selfOverlapIds());
		ids.addAll(setup.teacherOverlapIds());
		ids.addAll(setup.secondLayerIds());
		return ids;
	}

	@Override
	public synchronized double[][] predict(long[] steps) {
		List<String> ids = metricIds();
		double[][] values = new double[ids.size()][steps.length];
		for (int i = 0; i < steps.length; i++) {
			OrderParameters p = at(steps[i] * setup.timePerStep());
			int row = 0;
			values[row++][i] = GeneralisationError.of(setup.integrals, p);
			for (int a = 0; a < k; a++) {
				values[row++][i] = p.q(a, a);
			}
			for (int a = 0; a < k; a++) {
				for (int n = 0; n < m; n++) {
					values[row++][i] = p.r(a, n);
				}
			}
			for (int a = 0; a < k; a++) {
				values[row++][i] = p.v()[a];
			}
		}
		return values;
	}

	/**
	 * The leading order of the asymptotic error of a noisy soft committee machine with erf units, eta sigma^2 (M/sqrt 3
	 * + L)/(2 pi) (spec 3(d)); 0 without noise when the student can copy the teacher (K >= M); unknown otherwise.
	 */
	@Override
	public double limit(String metricId) {
		if (!CommitteeSetup.GENERALISATION_ERROR.equals(metricId) || setup.studentUnits < setup.teacherUnits
				|| setup.weightDecay > 0) {
			return Double.NaN;
		}
		if (setup.noise == 0) {
			return 0;
		}
		if (setup.integrals == ErfIntegrals.INSTANCE && !setup.trainSecondLayer && setup.teacherWeight == 1) {
			return AsymptoticError.leadingOrder(setup.learningRate, setup.noise, m, k - m);
		}
		return Double.NaN;
	}

	@Override
	public List<String> matrixNames() {
		return List.of(CommitteeSetup.TEACHER_OVERLAPS, CommitteeSetup.STUDENT_OVERLAPS);
	}

	@Override
	public synchronized DMatrixRMaj predictMatrix(String name, long step) {
		OrderParameters p = at(step * setup.timePerStep());
		return switch (name) {
			case CommitteeSetup.TEACHER_OVERLAPS -> DMatrixRMaj.wrap(k, m, p.r().clone());
			case CommitteeSetup.STUDENT_OVERLAPS -> DMatrixRMaj.wrap(k, k, p.q().clone());
			default -> TheoryPrediction.super.predictMatrix(name, step);
		};
	}

	/** The order parameters at time t, continuing from the last time asked when t is not earlier. */
	private OrderParameters at(double time) {
		if (time < cursorTime) {
			cursor = initial.copy();
			cursorTime = 0;
		}
		if (time > cursorTime) {
			OrdinaryDifferentialEquation equations = odes.asOde(cursor);
			DormandPrince54Integrator integrator = new DormandPrince54Integrator(1e-12, Math.max(1, time - cursorTime),
					ABSOLUTE_TOLERANCE, RELATIVE_TOLERANCE);
			ODEStateAndDerivative end = integrator.integrate(equations,
					new ODEState(cursorTime, CommitteeOdes.pack(cursor, new double[odes.dimension()])), time);
			CommitteeOdes.unpack(end.getPrimaryState(), cursor);
			cursorTime = time;
		}
		return cursor.copy();
	}
}
