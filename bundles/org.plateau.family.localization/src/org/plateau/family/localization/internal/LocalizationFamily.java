package org.plateau.family.localization.internal;

import org.plateau.core.family.ExperimentException;
import org.plateau.core.family.ModelFamily;
import org.plateau.core.family.Preparation;
import org.plateau.core.family.PreparedExperiment;
import org.plateau.family.localization.model.LocalizationPackage;
import org.plateau.family.localization.model.LocalizationTask;
import org.plateau.model.Experiment;

/**
 * The receptive-field localization family (Lufkin, Saxe &amp; Grant, NeurIPS 2024; data model of Ingrosso &amp; Goldt,
 * PNAS 2022): neurons trained by SGD to tell two translation-invariant ensembles of images apart learn localised
 * receptive fields when the pixels' marginal has negative excess kurtosis, as the localization amplifier of the
 * effective dynamics says. Registered as a Declarative Services component.
 */
public final class LocalizationFamily implements ModelFamily {

	/** The family's id. */
	public static final String ID = "org.plateau.family.localization";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String name() {
		return "Receptive-field localization";
	}

	@Override
	public String description() {
		return "Neurons trained to tell two kinds of translation-invariant images apart (NLGP, Ising, NORTA, elliptical) "
				+ "learn localised receptive fields when the pixels have negative excess kurtosis; the effective dynamics "
				+ "of one neuron with its localization amplifier predicts when and where (Lufkin, Saxe & Grant 2024).";
	}

	@Override
	public boolean handles(Experiment experiment) {
		return experiment.getTask() != null && experiment.getTask().eClass().getEPackage() == LocalizationPackage.eINSTANCE;
	}

	@Override
	public PreparedExperiment prepare(Experiment experiment) throws ExperimentException {
		if (!(experiment.getTask() instanceof LocalizationTask)) {
			throw new ExperimentException("Task of experiment '" + experiment.getName() + "': " + name()
					+ " does not know " + experiment.getTask().eClass().getName());
		}
		LocalizationSetup setup = LocalizationSetup.of(experiment);
		return Preparation.of(setup.metrics()).matrices(setup.matrices()).plots(setup.plots()).trainer(setup::trainer)
				.theory(setup::theory)
				.divergenceAdvice(String.format("learning rate %s is too large for %d %s neuron(s) on batches of %d: "
						+ "lower it", experiment.getTraining().getLearningRate(), setup.neurons,
						setup.layer.getActivation(), setup.batch))
				.estimatedBytes(setup.estimatedBytes(), setup.sizedBy()).unused(setup.unused())
				.numerics(setup.numerics()).build();
	}
}
