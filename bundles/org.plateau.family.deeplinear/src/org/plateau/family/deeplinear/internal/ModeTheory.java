package org.plateau.family.deeplinear.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.ejml.data.DMatrixRMaj;
import org.plateau.core.family.MatrixDescriptor;
import org.plateau.core.family.MetricDescriptor;
import org.plateau.core.family.TheoryPrediction;
import org.plateau.family.deeplinear.internal.numerics.ClosedForm;
import org.plateau.family.deeplinear.internal.numerics.ModePrediction;
import org.plateau.family.deeplinear.internal.numerics.ReducedDynamics;

/**
 * The decoupled theory of deep linear networks (Saxe, McClelland & Ganguli 2014; PNAS 2019): every mode alpha of
 * Sigma_yx = U S V^T is learnt independently, its strength a_alpha(t) following
 * <ul>
 * <li>{@link Kind#SHALLOW}: tau da/dt = s - a, a(t) = s(1 - e^{-t/tau}) + a0 e^{-t/tau} (one layer);</li>
 * <li>{@link Kind#CLOSED_FORM}: the balanced two-layer sigmoid u(t) = s e^{2st/tau} / (e^{2st/tau} - 1 + s/u0);</li>
 * <li>{@link Kind#REDUCED_ODE}: tau du/dt = D u^{2-2/D} (s - u), integrated by Hipparchus (any depth D).</li>
 * </ul>
 * From the strengths follow the loss, the network map U A V^T, the feature-item prediction U A V^T X and the
 * item-item similarity of the hidden layer X^T V A^{2/D} V^T X. Exact for whitened inputs and aligned balanced
 * initialisation; from small random weights of a two-layer network it starts from the effective strengths of
 * {@code TaskModes.initialStrengths} (which account for the alignment transient, spec 1.2 C1.10) and comes within a
 * few percent of the simulated learning times; for deeper random networks it starts from |u^T W(0) v|.
 */
final class ModeTheory implements TheoryPrediction {

	/** Which reduction of the dynamics. */
	enum Kind {
		SHALLOW("closed-form", "closed form, shallow network (Saxe et al. 2014)"),
		CLOSED_FORM("closed-form", "closed-form sigmoid (Saxe et al. 2014)"),
		REDUCED_ODE("reduced-ode", "reduced ODE, depth D (Saxe et al. 2014)");

		final String id;
		final String label;

		Kind(String id, String label) {
			this.id = id;
			this.label = label;
		}
	}

	/** The smallest initial strength used: a mode that starts at exactly 0 never grows in the reduced dynamics. */
	private static final double SMALLEST_INITIAL_STRENGTH = 1e-300;

	private final Kind kind;
	private final DeepLinearSetup setup;
	private final double[] initialStrengths;
	/** ||W(0)||^2 - sum a_alpha(0)^2: the part of the initial map off the task modes (shallow loss only). */
	private final double offModeNormSquared;
	private final String description;
	private final List<String> metricIds;

	/**
	 * @param initialStrengths u0 per mode (signed; a multi-layer sigmoid starts from |u0|)
	 * @param offModeNormSquared ||W(0)||_F^2 - sum_alpha a_alpha(0)^2, which decays as e^{-2t/tau} in a shallow
	 *        network; ignored for deeper ones, where it is zero for aligned weights and small for small ones
	 * @param exact whether the weights were aligned and balanced, so that the theory is exact
	 */
	ModeTheory(Kind kind, DeepLinearSetup setup, double[] initialStrengths, double offModeNormSquared, boolean exact) {
		this.kind = kind;
		this.setup = setup;
		this.initialStrengths = new double[initialStrengths.length];
		for (int alpha = 0; alpha < initialStrengths.length; alpha++) {
			// the linear (shallow) solution holds for any a0; the sigmoid needs u0 > 0, and a mode at exactly 0
			// never grows in the reduced dynamics
			this.initialStrengths[alpha] = kind == Kind.SHALLOW ? initialStrengths[alpha]
					: Math.max(Math.abs(initialStrengths[alpha]), SMALLEST_INITIAL_STRENGTH);
		}
		this.offModeNormSquared = kind == Kind.SHALLOW ? offModeNormSquared : 0;
		this.description = (kind == Kind.SHALLOW || exact
				? "exact for whitened inputs (gradient flow)"
				: "approximate: the weights are not aligned and balanced (cross-mode coupling is dropped)")
				+ "; initial mode strengths u0 = " + Arrays.toString(this.initialStrengths);
		this.metricIds = setup.metrics.stream().map(MetricDescriptor::id).toList();
	}

	@Override
	public String description() {
		return description;
	}

	@Override
	public String id() {
		return kind.id;
	}

	@Override
	public String label() {
		return kind.label;
	}

	@Override
	public List<String> metricIds() {
		return metricIds;
	}

	@Override
	public List<String> matrixNames() {
		return setup.matrices.stream().map(MatrixDescriptor::name).toList();
	}

	@Override
	public double[][] predict(long[] steps) {
		int rank = setup.modes.rank();
		double[][] strengths = strengths(steps); // [alpha][i]
		double[][] values = new double[metricIds.size()][steps.length];
		double[] s = setup.modes.singularValues();
		double irreducible = setup.irreducibleLoss(setup.dataset);
		double[] a = new double[rank];
		for (int i = 0; i < steps.length; i++) {
			// whitened inputs, W = U A V^T + R: L = 1/2 tr Sigma_yy - tr(W Sigma_xy) + 1/2 ||W||^2
			// = 1/2 (tr Sigma_yy - sum s^2) + 1/2 sum (s_alpha - a_alpha)^2 + 1/2 ||R||^2 (spec 0.1, 1.1(d));
			// R decays as e^{-t/tau} in a shallow network (tau dR/dt = -R)
			double loss = irreducible + 0.5 * offModeNormSquared * Math.exp(-2 * steps[i] / setup.tau());
			for (int alpha = 0; alpha < rank; alpha++) {
				a[alpha] = strengths[alpha][i];
				loss += 0.5 * (s[alpha] - a[alpha]) * (s[alpha] - a[alpha]);
				values[1 + alpha][i] = a[alpha];
			}
			values[0][i] = loss;
			if (setup.illusoryEntries.length > 0) {
				// PNAS 2019: yhat(t) = U A(t) V^T X
				DMatrixRMaj prediction = ModePrediction.featureItemPrediction(setup.modes, a, setup.dataset.inputs());
				for (int k = 0; k < setup.illusoryEntries.length; k++) {
					int[] entry = setup.illusoryEntries[k];
					values[1 + rank + k][i] = prediction.get(entry[0], entry[1]);
				}
			}
		}
		return values;
	}

	@Override
	public DMatrixRMaj predictMatrix(String name, long step) {
		double[][] strengths = strengths(new long[] { step });
		double[] a = new double[strengths.length];
		for (int alpha = 0; alpha < a.length; alpha++) {
			a[alpha] = strengths[alpha][0];
		}
		return switch (name) {
			// PNAS 2019: RSA(t) = X^T V A(t)^{2/D} V^T X for balanced layers
			case DeepLinearSetup.RSA -> ModePrediction.itemSimilarity(setup.modes, a, setup.depth, setup.dataset.inputs());
			case DeepLinearSetup.PREDICTION -> ModePrediction.featureItemPrediction(setup.modes, a, setup.dataset.inputs());
			default -> TheoryPrediction.super.predictMatrix(name, step);
		};
	}

	/** a_alpha at each step: {@code [alpha][i]}. */
	private double[][] strengths(long[] steps) {
		double tau = setup.tau();
		double[] s = setup.modes.singularValues();
		double[][] result = new double[s.length][];
		double[] times = new double[steps.length];
		for (int i = 0; i < steps.length; i++) {
			times[i] = steps[i];
		}
		for (int alpha = 0; alpha < s.length; alpha++) {
			double u0 = initialStrengths[alpha];
			switch (kind) {
				case SHALLOW -> {
					result[alpha] = new double[steps.length];
					for (int i = 0; i < steps.length; i++) {
						result[alpha][i] = ClosedForm.shallowModeStrength(s[alpha], u0, times[i], tau);
					}
				}
				case CLOSED_FORM -> {
					result[alpha] = new double[steps.length];
					for (int i = 0; i < steps.length; i++) {
						result[alpha][i] = ClosedForm.balancedModeStrength(s[alpha], u0, times[i], tau);
					}
				}
				case REDUCED_ODE -> result[alpha] = ReducedDynamics.modeStrength(setup.depth, s[alpha], u0, tau, times);
			}
		}
		return result;
	}

	/** The predictions this family offers for a network of depth D. */
	static List<Kind> offered(int depth) {
		List<Kind> kinds = new ArrayList<>();
		if (depth == 1) {
			kinds.add(Kind.SHALLOW);
		} else if (depth == 2) {
			kinds.add(Kind.CLOSED_FORM);
			kinds.add(Kind.REDUCED_ODE);
		} else {
			kinds.add(Kind.REDUCED_ODE);
		}
		return kinds;
	}
}
