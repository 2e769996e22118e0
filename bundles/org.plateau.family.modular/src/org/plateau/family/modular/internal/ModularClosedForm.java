package org.plateau.family.modular.internal;

import java.util.List;

import org.plateau.core.family.MetricDescriptor;
import org.plateau.core.family.TheoryPrediction;

/**
 * The closed-form mode dynamics of Jarvis et al. (2023, spec 4(d)): Sigma_x and Sigma_yx share right singular vectors,
 * so each mode of singular value s and input variance d follows, from the aligned strength a0 (t/τ = P lr step),
 * a deep two-layer network: a(t) = (s/d) / (1 - (1 - s/(d a0)) e^{-2 s t/τ}), and
 * a shallow one: a(t) = (s/d)(1 - e^{-d t/τ}) + a0 e^{-d t/τ}.
 * The metrics are read off the map W(t) = Σ_a a_a(t) u_a v_a^T as off the simulated network. From small random
 * weights (the paper draws it over such runs, spec 4(d)-(e)) each mode starts instead from its effective strength on
 * them, {@link ModularSetup#matchedStrengths}: the matched-start approximation, labelled approximate.
 */
final class ModularClosedForm implements TheoryPrediction {

	static final String ID = "closed-form";

	private final ModularSetup setup;
	private final boolean deep;
	/** a0 of every mode. */
	private final double[] a0;
	private final boolean exact;
	private final List<String> metricIds;

	/** From aligned weights of strength a0 on every mode: exact. */
	ModularClosedForm(ModularSetup setup, boolean deep, double a0) {
		this(setup, deep, filled(setup.singularValues.length, a0), true);
	}

	/**
	 * @param a0 the initial strength of every mode
	 * @param exact whether the weights start aligned (else the matched-start approximation)
	 */
	ModularClosedForm(ModularSetup setup, boolean deep, double[] a0, boolean exact) {
		this.setup = setup;
		this.deep = deep;
		this.a0 = a0.clone();
		if (deep) {
			// the sigmoid needs a0 > 0: a mode at exactly 0 never grows
			for (int a = 0; a < this.a0.length; a++) {
				this.a0[a] = Math.max(Math.abs(this.a0[a]), 1e-300);
			}
		}
		this.exact = exact;
		this.metricIds = setup.metrics().stream().map(MetricDescriptor::id).toList();
	}

	private static double[] filled(int length, double value) {
		double[] values = new double[length];
		java.util.Arrays.fill(values, value);
		return values;
	}

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String label() {
		String label = deep ? "closed form, two layers (Jarvis et al. 2023)" : "closed form, one layer (Jarvis et al. 2023)";
		return exact ? label : label.replace(" (Jarvis", ", matched start (approximate; Jarvis");
	}

	@Override
	public String description() {
		if (exact) {
			return "per mode from a0 = " + a0[0] + ", exact for aligned weights; tau = 1/(P lr)";
		}
		return "approximate: the weights start small and random, not aligned; each mode starts from its effective "
				+ "strength on them (" + (deep ? "||W1 v + W2^T u||^2/4" : "u^T W v") + ") and the coupling between modes "
				+ "is dropped; a0 = " + java.util.Arrays.toString(a0) + "; tau = 1/(P lr)";
	}

	@Override
	public List<String> metricIds() {
		return metricIds;
	}

	/** a(t) of mode a. */
	double strength(int a, double t) {
		double s = setup.singularValues[a];
		double d = setup.inputVariances[a];
		double a0 = this.a0[a];
		if (deep) {
			// spec 4(d): a(t) = (s/d) / (1 - (1 - s/(d a0)) e^{-2 s t/tau})
			return (s / d) / (1 - (1 - s / (d * a0)) * Math.exp(-2 * s * t));
		}
		// spec 4(d): a(t) = (s/d)(1 - e^{-d t/tau}) + a0 e^{-d t/tau}
		double decay = Math.exp(-d * t);
		return (s / d) * (1 - decay) + a0 * decay;
	}

	/** The time t/τ at which mode a reaches half its asymptote s/d. */
	double halfTime(int a) {
		double s = setup.singularValues[a];
		double d = setup.inputVariances[a];
		double a0 = this.a0[a];
		if (deep) {
			// a = s/(2d) where (1 - s/(d a0)) e^{-2st} = -1
			return Math.log(s / (d * a0) - 1) / (2 * s);
		}
		return Math.log((s / d - a0) / (s / (2 * d))) / d;
	}

	@Override
	public double[][] predict(long[] steps) {
		double[][] values = new double[metricIds.size()][steps.length];
		double[] strengths = new double[setup.singularValues.length];
		double[] record = new double[metricIds.size()];
		for (int i = 0; i < steps.length; i++) {
			double t = setup.time(steps[i]);
			for (int a = 0; a < strengths.length; a++) {
				strengths[a] = strength(a, t);
			}
			setup.measure(setup.mapOfModes(strengths), record);
			for (int k = 0; k < record.length; k++) {
				values[k][i] = record[k];
			}
		}
		return values;
	}
}
