package org.plateau.family.committee.internal;

import org.plateau.core.family.ExperimentException;
import org.plateau.core.family.ModelFamily;
import org.plateau.core.family.Preparation;
import org.plateau.core.family.PreparedExperiment;
import org.plateau.family.committee.model.CommitteePackage;
import org.plateau.family.committee.model.TeacherTask;
import org.plateau.model.Experiment;

/**
 * Soft committee machines (Goldt, Advani, Saxe, Krzakala &amp; Zdeborova, NeurIPS 2019, arXiv 1906.08632; and arXiv
 * 1901.09085 on over-parameterisation): a two-layer
 * student learns a two-layer teacher by online SGD on fresh Gaussian inputs, and its order parameters Q, R, v follow
 * deterministic ODEs as the input dimension grows, through the plateau of the unspecialised fixed point. Registered
 * as a Declarative Services component.
 */
public final class CommitteeFamily implements ModelFamily {

	/** The family's id. */
	public static final String ID = "org.plateau.family.committee";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String name() {
		return "Soft committee machines";
	}

	@Override
	public String description() {
		return "A two-layer student learns a two-layer teacher by online SGD on fresh Gaussian inputs; the order "
				+ "parameters Q, R, v follow ODEs through the plateau of the unspecialised fixed point to specialisation "
				+ "(Goldt, Advani, Saxe, Krzakala & Zdeborova 2019).";
	}

	@Override
	public boolean handles(Experiment experiment) {
		return experiment.getTask() != null && experiment.getTask().eClass().getEPackage() == CommitteePackage.eINSTANCE;
	}

	@Override
	public PreparedExperiment prepare(Experiment experiment) throws ExperimentException {
		if (!(experiment.getTask() instanceof TeacherTask)) {
			throw new ExperimentException("Task of experiment '" + experiment.getName() + "': " + name()
					+ " does not know " + experiment.getTask().eClass().getName());
		}
		CommitteeSetup setup = CommitteeSetup.of(experiment);
		return Preparation.of(setup.metrics()).matrices(setup.matrices()).plots(setup.plots()).trainer(setup::trainer)
				.theory(setup::theory)
				.divergenceAdvice(String.format("learning rate %s is too large for online SGD of %d %s units on N = %d "
						+ "inputs (the ODEs diverge beyond eta ~ 1-3 for erf): lower it",
						experiment.getTraining().getLearningRate(), setup.studentUnits, setup.activationName(), setup.inputs))
				.estimatedBytes(setup.estimatedBytes(), setup.sizedBy()).unused(setup.unused())
				.numerics(setup.numerics()).build();
	}
}
