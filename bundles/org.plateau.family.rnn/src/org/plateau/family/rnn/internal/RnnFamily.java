package org.plateau.family.rnn.internal;

import java.util.List;

import org.plateau.core.family.ExperimentException;
import org.plateau.core.family.ModelFamily;
import org.plateau.core.family.Preparation;
import org.plateau.core.family.PreparedExperiment;
import org.plateau.family.rnn.model.RepresentationPairTask;
import org.plateau.family.rnn.model.RnnPackage;
import org.plateau.family.rnn.model.SequenceTask;
import org.plateau.family.rnn.model.TwoPointTask;
import org.plateau.model.Experiment;

/**
 * The recurrent-network family (van Rossem &amp; Saxe, ICML 2025, streaming parity; ICML 2024, "When representations
 * align"): an Elman RNN learning a regular language given by an automaton, with the automaton extracted from its hidden
 * states over training; and the pair of representations whose local interaction model is the effective theory of why
 * representations merge. Registered as a Declarative Services component.
 */
public final class RnnFamily implements ModelFamily {

	/** The family's id. */
	public static final String ID = "org.plateau.family.rnn";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String name() {
		return "Recurrent networks on regular languages";
	}

	@Override
	public String description() {
		return "An RNN learns streaming parity or any regular language typed as an automaton: it memorises the strings as "
				+ "a tree of representations, then merges those that agree on every future output into a finite automaton "
				+ "and generalises to any length; the local interaction model of a pair of representations says when they "
				+ "merge (van Rossem & Saxe, ICML 2024 and 2025).";
	}

	@Override
	public boolean handles(Experiment experiment) {
		return experiment.getTask() != null && experiment.getTask().eClass().getEPackage() == RnnPackage.eINSTANCE;
	}

	@Override
	public PreparedExperiment prepare(Experiment experiment) throws ExperimentException {
		if (experiment.getTask() instanceof RepresentationPairTask) {
			PairSetup setup = PairSetup.of(experiment);
			return Preparation.of(setup.metrics()).plots(setup.plots()).trainer(setup::trainer).theory(setup::theory)
					.divergenceAdvice(String.format("learning rate %s is too large for the pair's rates: lower it",
							experiment.getTraining().getLearningRate()))
					.unused(setup.unused()).numerics(setup.numerics()).build();
		}
		if (experiment.getTask() instanceof TwoPointTask) {
			TwoPointSetup setup = TwoPointSetup.of(experiment);
			return Preparation.of(setup.metrics()).plots(setup.plots()).trainer(setup::trainer).theory(setup::theory)
					.divergenceAdvice(String.format("learning rate %s is too large for this MLP (gain %s, %d hidden layers):"
							+ " lower it, as the authors' settings do for larger gains", experiment.getTraining()
									.getLearningRate(), setup.gain, setup.network.getHiddenLayers()))
					.estimatedBytes(setup.estimatedBytes(), setup.sizedBy()).numerics(setup.numerics()).build();
		}
		if (!(experiment.getTask() instanceof SequenceTask)) {
			throw new ExperimentException("Task of experiment '" + experiment.getName() + "': " + name() + " does not know "
					+ experiment.getTask().eClass().getName());
		}
		SequenceSetup setup = SequenceSetup.of(experiment);
		return Preparation.of(setup.metrics).matrices(setup.matrices).plots(setup.plots())
				.trainer(() -> new SequenceTrainer(setup)).theory(() -> {
					if (setup.pair != null) {
						return List.of(new StringPairPrediction(setup));
					}
					throw new ExperimentException("Theory of experiment '" + experiment.getName() + "': the trajectory of an "
							+ "RNN on strings has no closed form; set pairString1 and pairString2 of the task to follow a pair "
							+ "of strings with the local interaction model fitted to it, or see the RepresentationPairTask "
							+ "experiments (rnn-interaction, rnn-interaction-mean)");
				}).divergenceAdvice(String.format("learning rate %s is too large for this network (gain %s, %d hidden units): "
						+ "lower it", experiment.getTraining().getLearningRate(), setup.gain, setup.network.getHiddenUnits()))
				.estimatedBytes(setup.estimatedBytes(), setup.sizedBy()).unused(setup.unused()).numerics(setup.numerics())
				.build();
	}
}
