package org.plateau.family.committee.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ejml.data.DMatrixRMaj;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.nonstiff.DormandPrince54Integrator;
import org.plateau.core.family.TheoryPrediction;
import org.plateau.family.committee.theory.AsymptoticError;
import org.plateau.family.committee.theory.CommitteeOdes;
import org.plateau.family.committee.theory.ErfIntegrals;
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
	/** Every state integrated to, by time: a few thousand records of (K + M)^2 numbers at most. */
	private final Map<Double, OrderParameters> computed = new HashMap<>();

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
		double[][] values = new double[OrderParameterMeasures.count(k, m)][steps.length];
		double[] row = new double[values.length];
		for (int i = 0; i < steps.length; i++) {
			OrderParameterMeasures.measure(setup.integrals, at(steps[i] * setup.timePerStep()), row);
			for (int r = 0; r < row.length; r++) {
				values[r][i] = row[r];
			}
		}
		return values;
	}

	/**
	 * The leading order of the asymptotic error of a noisy soft committee machine with erf units, eta sigma^2 (M/sqrt 3
	 * + L)/(2 pi) (spec 3(d)); 0 without noise when the student can copy the teacher (K >= M, and v = 1 = A or v
	 * trained); unknown otherwise.
	 */
	@Override
	public double limit(String metricId) {
		if (!CommitteeSetup.GENERALISATION_ERROR.equals(metricId) || setup.studentUnits < setup.teacherUnits
				|| setup.weightDecay > 0) {
			return Double.NaN;
		}
		if (setup.noise == 0) {
			// without noise the student reaches the teacher when it can: v = 1 copies A = 1; a trained v any A
			return setup.trainSecondLayer || setup.teacherWeight == 1 ? 0 : Double.NaN;
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
		DMatrixRMaj overlaps = OrderParameterMeasures.overlaps(name, at(step * setup.timePerStep()));
		return overlaps != null ? overlaps : TheoryPrediction.super.predictMatrix(name, step);
	}

	/**
	 * The order parameters at time t: those of a time asked before, or integrated on from the last time asked when t is
	 * not earlier (the runner asks for every record, then for the snapshots, which are among them).
	 */
	private OrderParameters at(double time) {
		OrderParameters known = computed.get(time);
		if (known != null) {
			return known;
		}
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
		OrderParameters state = cursor.copy();
		computed.put(time, state);
		return state;
	}
}
