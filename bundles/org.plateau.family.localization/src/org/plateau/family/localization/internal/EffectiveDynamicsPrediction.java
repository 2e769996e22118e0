package org.plateau.family.localization.internal;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.ejml.data.DMatrixRMaj;
import org.plateau.core.family.TheoryPrediction;
import org.plateau.family.localization.theory.Amplifier;
import org.plateau.family.localization.theory.EffectiveDynamics;
import org.plateau.family.localization.theory.ReceptiveFieldMeasures;

/**
 * The single neuron's effective dynamics (Lemma 3.1; spec 2(d)) drawn over its SGD: integrated from the simulation's
 * own initial weights, in the derived form (the flow in the time s = eta c step/2) or the authors' code form (Euler
 * steps of tau = eta c m, reported as w_code/2), with the exact amplifier or its cubic expansion. Exact in expectation
 * for Gaussian pixels; for any other marginal the weak-dependence step is an approximation, and the description says so.
 */
final class EffectiveDynamicsPrediction implements TheoryPrediction {

	/** Which form of the effective dynamics. */
	enum Form {
		DERIVED, CODE
	}

	private final LocalizationSetup setup;
	private final Form form;
	private final boolean cubic;
	private EffectiveDynamics dynamics;
	private final TreeMap<Long, double[]> trajectory = new TreeMap<>();

	EffectiveDynamicsPrediction(LocalizationSetup setup, Form form, boolean cubic) {
		this.setup = setup;
		this.form = form;
		this.cubic = cubic;
	}

	@Override
	public String id() {
		return id(form, cubic);
	}

	/** The id of the prediction of a form, with the exact or the cubic amplifier. */
	static String id(Form form, boolean cubic) {
		return (form == Form.DERIVED ? "effective-dynamics" : "code-form") + (cubic ? "-cubic" : "");
	}

	@Override
	public String label() {
		return (form == Form.DERIVED ? "effective dynamics" : "effective dynamics, authors' Euler form")
				+ (cubic ? ", cubic amplifier" : "") + " (Lufkin, Saxe & Grant 2024, Lemma 3.1)";
	}

	/** Whether this prediction is exact in expectation (Gaussian pixels and the exact amplifier). */
	boolean exact() {
		return setup.images.isGaussian() && !cubic && setup.samples == 0;
	}

	@Override
	public String description() {
		String status = exact() ? "exact in expectation: the pixels are Gaussian, so the weak-dependence step holds; "
				: "approximate: " + (cubic ? "the amplifier is truncated at its cubic term; " : "")
						+ (setup.images.isGaussian() ? "" : "the weak-dependence (Gaussian-conditional) step is an "
								+ "approximation for non-Gaussian pixels, worse as w localises (spec 2-C); ")
						+ (setup.samples > 0 ? "the flow is that of the population loss, not of the fixed set's; " : "");
		String how = form == Form.DERIVED
				? String.format("dw/ds = phi(a) - (Sigma_0 + Sigma_1) w in s = %.6g x step (Dormand-Prince 5(4))",
						setup.derivedTimePerStep())
				: String.format("w <- w + tau [phi(a) - (Sigma_0 + Sigma_1) w/2], tau = %.6g per step, drawn as w/2",
						2 * setup.derivedTimePerStep());
		return String.format("%s%s; a = Sigma_1 w/sqrt(w' Sigma_1 w); amplifier %s; covariances %s; from the "
				+ "simulation's initial weights", status, how, dynamics().amplifier().label(),
				setup.images.exactCovariance(0) != null ? "exact" : "averaged over " + LocalizationSetup.COVARIANCE_IMAGES
						+ " images and all translations");
	}

	private synchronized EffectiveDynamics dynamics() {
		if (dynamics == null) {
			DMatrixRMaj[] sigma = setup.covariances();
			Amplifier amplifier = cubic ? Amplifier.cubic(setup.kurtosis()) : setup.amplifier();
			dynamics = new EffectiveDynamics(sigma[0], sigma[1], amplifier);
		}
		return dynamics;
	}

	/** The (SGD-scale) receptive field at a step; integrates on from the nearest earlier step computed. */
	private synchronized double[] at(long step) {
		double[] known = trajectory.get(step);
		if (known != null) {
			return known;
		}
		Map.Entry<Long, double[]> before = trajectory.floorEntry(step);
		double[] w;
		long from;
		if (before == null) {
			w = setup.initialWeights().data.clone();
			from = 0;
			// the code form's state w_code starts at the simulation's w (as the authors start it) and is reported as w/2
			trajectory.put(0L, form == Form.CODE ? half(w) : w.clone());
			if (step == 0) {
				return trajectory.get(0L);
			}
		} else {
			w = form == Form.CODE ? twice(before.getValue()) : before.getValue().clone();
			from = before.getKey();
		}
		EffectiveDynamics d = dynamics();
		if (form == Form.DERIVED) {
			d.integrate(w, from * setup.derivedTimePerStep(), step * setup.derivedTimePerStep());
			trajectory.put(step, w);
			return w;
		}
		d.codeSteps(w, 2 * setup.derivedTimePerStep(), step - from);
		double[] reported = half(w);
		trajectory.put(step, reported);
		return reported;
	}

	private static double[] half(double[] w) {
		double[] h = new double[w.length];
		for (int i = 0; i < w.length; i++) {
			h[i] = w[i] / 2;
		}
		return h;
	}

	private static double[] twice(double[] w) {
		double[] h = new double[w.length];
		for (int i = 0; i < w.length; i++) {
			h[i] = 2 * w[i];
		}
		return h;
	}

	@Override
	public List<String> metricIds() {
		return List.of(LocalizationSetup.IPR, LocalizationSetup.ENTROPY, LocalizationSetup.CENTRE,
				LocalizationSetup.SPREAD);
	}

	@Override
	public double[][] predict(long[] steps) {
		double[][] values = new double[4][steps.length];
		long[] sorted = steps.clone();
		java.util.Arrays.sort(sorted);
		for (long step : sorted) {
			at(step);
		}
		double[] position = new double[2];
		int n = setup.images.pixels();
		for (int i = 0; i < steps.length; i++) {
			double[] w = at(steps[i]);
			values[0][i] = ReceptiveFieldMeasures.ipr(w, 0, n);
			values[1][i] = ReceptiveFieldMeasures.entropy(w, 0, n);
			ReceptiveFieldMeasures.centreAndSpread(w, 0, n, setup.images.side(), position);
			values[2][i] = position[0];
			values[3][i] = position[1];
		}
		return values;
	}

	@Override
	public List<String> matrixNames() {
		return List.of(LocalizationSetup.RECEPTIVE_FIELD);
	}

	@Override
	public DMatrixRMaj predictMatrix(String name, long step) {
		if (!LocalizationSetup.RECEPTIVE_FIELD.equals(name)) {
			return TheoryPrediction.super.predictMatrix(name, step);
		}
		double[] w = at(step);
		return new DMatrixRMaj(1, w.length, true, w);
	}
}
