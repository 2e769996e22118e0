package org.plateau.core.family;

import java.util.List;

import org.ejml.data.DMatrixRMaj;

/**
 * One analytical prediction of a family for one experiment, e.g. the closed-form sigmoid trajectories of Saxe et
 * al. (2014) or the integrated reduced ODE. Predicts some of the simulation's metrics (same ids) and possibly
 * some of its matrices (same names).
 */
public interface TheoryPrediction {

	/** Stable identifier, e.g. {@code closed-form} or {@code reduced-ode}. */
	String id();

	/** Human-readable name, e.g. "closed form (Saxe et al. 2014, eq. 7)". */
	String label();

	/**
	 * The label without the citation it ends with, for a legend: "closed form (Saxe et al. 2014, eq. 7)" → "closed
	 * form"; a label that does not end with a parenthesis keeps its own ("w(t) = s + (w0 - s)(1 - eta)^t").
	 */
	static String shortLabel(String label) {
		if (label == null || label.isBlank()) {
			return "";
		}
		String trimmed = label.strip();
		if (!trimmed.endsWith(")")) {
			return trimmed;
		}
		int depth = 0;
		for (int i = trimmed.length() - 1; i >= 0; i--) {
			char c = trimmed.charAt(i);
			depth += c == ')' ? 1 : c == '(' ? -1 : 0;
			if (depth == 0) {
				// the parenthesis closing the label opens here: a citation when a space precedes it
				return i > 1 && trimmed.charAt(i - 1) == ' ' ? trimmed.substring(0, i - 1).strip() : trimmed;
			}
		}
		return trimmed;
	}

	/**
	 * What the prediction assumes and starts from, for the run manifest, e.g. "exact for aligned balanced weights;
	 * u0 = [...]". Empty by default.
	 */
	default String description() {
		return "";
	}

	/**
	 * Whether the prediction is fitted to the simulation's own trajectory (e.g. effective rates found by least squares
	 * on the measured curves): such a prediction is evaluated once the run has recorded, and not drawn ahead of it (it
	 * can still be evaluated alone, by replaying the seeded run). False by default.
	 */
	default boolean needsTheRun() {
		return false;
	}

	/** The metric ids predicted, a subset of the simulation's. */
	List<String> metricIds();

	/**
	 * Evaluates the prediction.
	 *
	 * @param steps training steps (time = step / tau)
	 * @return {@code values[k][i]}: metric {@code metricIds().get(k)} at {@code steps[i]}
	 */
	double[][] predict(long[] steps);

	/**
	 * The value a metric tends to as training time goes to infinity, where the theory knows it in closed form, e.g.
	 * the asymptotic generalization error E_g(∞) of Advani &amp; Saxe (2017). Sweeps draw it against their
	 * parameters.
	 *
	 * @param metricId one of {@link #metricIds()}
	 * @return the limit, {@link Double#POSITIVE_INFINITY} where the metric diverges, or {@link Double#NaN} when the
	 *         theory does not know it (the default)
	 */
	default double limit(String metricId) {
		return Double.NaN;
	}

	/** The matrix names predicted, a subset of the simulation's. */
	default List<String> matrixNames() {
		return List.of();
	}

	/**
	 * Predicts a matrix at a step.
	 *
	 * @param name one of {@link #matrixNames()}
	 * @param step the training step
	 * @return a new matrix
	 */
	default DMatrixRMaj predictMatrix(String name, long step) {
		throw new IllegalArgumentException(id() + " predicts no matrix '" + name + "'");
	}

	/**
	 * The settings the prediction depends on, with their ranges, for a workbench that redraws the theory as they move
	 * (the conformance kit checks that each resolves and changes the prediction). None by default.
	 */
	default List<TheoryParameter> parameters() {
		return List.of();
	}

	/** This prediction, declaring the settings it depends on ({@link #parameters()}). */
	default TheoryPrediction withParameters(List<TheoryParameter> parameters) {
		TheoryPrediction prediction = this;
		List<TheoryParameter> declared = List.copyOf(parameters);
		return new TheoryPrediction() {
			@Override
			public String id() {
				return prediction.id();
			}

			@Override
			public String label() {
				return prediction.label();
			}

			@Override
			public String description() {
				return prediction.description();
			}

			@Override
			public boolean needsTheRun() {
				return prediction.needsTheRun();
			}

			@Override
			public List<String> metricIds() {
				return prediction.metricIds();
			}

			@Override
			public double[][] predict(long[] steps) {
				return prediction.predict(steps);
			}

			@Override
			public double limit(String metricId) {
				return prediction.limit(metricId);
			}

			@Override
			public List<String> matrixNames() {
				return prediction.matrixNames();
			}

			@Override
			public DMatrixRMaj predictMatrix(String name, long step) {
				return prediction.predictMatrix(name, step);
			}

			@Override
			public List<TheoryParameter> parameters() {
				return declared;
			}
		};
	}
}
