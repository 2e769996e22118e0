package org.plateau.core.family;

import java.util.Objects;

/**
 * A setting of the experiment that a theory prediction depends on, with the range over which the prediction holds,
 * e.g. the learning rate (the time scale tau = 1/eta) or the initial mode strength a0 of Saxe et al. (2014): what a
 * slider of the workbench moves to redraw the theory at once.
 *
 * @param path the setting's feature path in the experiment, as sweeps name it, e.g. {@code training.learningRate}
 * @param label the name a user reads, e.g. "learning rate η"
 * @param min the least value of the range
 * @param max the largest value of the range
 * @param logarithmic whether the range is explored on a logarithmic scale (both ends positive)
 */
public record TheoryParameter(String path, String label, double min, double max, boolean logarithmic) {

	public TheoryParameter {
		Objects.requireNonNull(path, "path");
		label = label == null ? path : label;
		if (!(min < max) || logarithmic && !(min > 0)) {
			throw new IllegalArgumentException("Theory parameter " + path + ": range [" + min + ", " + max + "] is empty"
					+ (logarithmic ? " or not positive" : ""));
		}
	}

	/** The learning rate, on which every gradient-descent theory's time scale tau = 1/eta depends. */
	public static TheoryParameter learningRate() {
		return new TheoryParameter("training.learningRate", "learning rate η", 1e-5, 0.5, true);
	}

	/** A positive initial scale of the weights or modes, e.g. {@code initialisation.a0}. */
	public static TheoryParameter initialScale(String path, String label) {
		return new TheoryParameter(path, label, 1e-6, 1, true);
	}
}
