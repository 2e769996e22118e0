package org.plateau.core.family;

import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * A setting the experiment's form offers that plays no part in this experiment, as its family knows: the hidden width
 * of a network of depth 1 (it has no hidden layer), the seed of an experiment that draws nothing at random, the context
 * scale of a network whose input does not carry the context. The runner reports it as a warning rather than letting
 * the run ignore it silently, and the conformance kit accepts a setting that does not change the run only when its
 * family declares it so.
 *
 * @param owner the object holding the setting, e.g. the experiment's architecture
 * @param feature the setting
 * @param why why it plays no part, e.g. "a network of depth 1 has no hidden layer"
 */
public record UnusedSetting(EObject owner, EStructuralFeature feature, String why) {

	public UnusedSetting {
		Objects.requireNonNull(owner, "owner");
		Objects.requireNonNull(feature, "feature");
		Objects.requireNonNull(why, "why");
	}

	/** For the user: "hiddenWidth = 32 is not used: a network of depth 1 has no hidden layer". */
	public String message() {
		return feature.getName() + " = " + owner.eGet(feature) + " is not used: " + why;
	}
}
