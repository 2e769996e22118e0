package org.plateau.family.modular.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.plateau.core.family.ExperimentException;
import org.plateau.core.family.ModelFamily;
import org.plateau.core.family.NetworkDiagram;
import org.plateau.core.family.PlotDescriptor;
import org.plateau.core.family.Preparation;
import org.plateau.core.family.PreparedExperiment;
import org.plateau.core.family.TheoryParameter;
import org.plateau.core.family.TheoryPrediction;
import org.plateau.core.family.UnusedSetting;
import org.plateau.family.modular.model.ModularPackage;
import org.plateau.gdln.family.GatedArchitectures;
import org.plateau.gdln.family.GatedDiagram;
import org.plateau.gdln.family.GatedTrainer;
import org.plateau.gdln.model.GatedArchitecture;
import org.plateau.gdln.model.GatedEdge;
import org.plateau.gdln.model.GatedNode;
import org.plateau.model.AlignedBalancedInitialisation;
import org.plateau.model.Experiment;
import org.plateau.model.SmallGaussianInitialisation;

/**
 * The modular network family (Jarvis, Klein, Rosman &amp; Saxe, ICLR 2023, "On the specialization of neural modules"):
 * dense, shallow, output-split and fully segregated linear networks on the dataset space of compositional and
 * non-compositional features, trained on the GDLN engine. Registered as a Declarative Services component.
 */
public final class ModularFamily implements ModelFamily {

	/** The family's id. */
	public static final String ID = "org.plateau.family.modular";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String name() {
		return "Modular networks";
	}

	@Override
	public String description() {
		return "Linear networks with and without modules on a space of compositional and non-compositional features: the "
				+ "closed-form mode dynamics, the quadrant norms of the learnt map, and why only fully segregated modules "
				+ "learn a systematic map (Jarvis, Klein, Rosman & Saxe, ICLR 2023).";
	}

	@Override
	public boolean handles(Experiment experiment) {
		return experiment.getTask() != null && experiment.getTask().eClass().getEPackage() == ModularPackage.eINSTANCE
				&& experiment.getArchitecture() instanceof GatedArchitecture;
	}

	@Override
	public PreparedExperiment prepare(Experiment experiment) throws ExperimentException {
		ModularSetup setup = ModularSetup.of(experiment);
		return Preparation.of(setup.metrics()).plots(plots(setup)).trainer(() -> GatedTrainer.of(setup))
				.theory(() -> theory(experiment, setup))
				.divergenceAdvice(GatedArchitectures.divergenceAdvice(setup.learningRate()))
				.estimatedBytes(setup.estimatedBytes()).unused(unused(setup)).build();
	}

	/**
	 * The settings that play no part: the seed when nothing is drawn from it. trainingPatterns = P trains on every
	 * pattern as 0 does, but records {@code full.rank} (1), the end of the rank sweep.
	 */
	private static List<UnusedSetting> unused(ModularSetup setup) {
		return setup.unusedSeed(setup.heldOut());
	}

	/**
	 * The closed-form mode dynamics (a network of one pathway) and the race reduction, reduced per independent pathway
	 * (segregated and split modules too): exact from aligned weights; from small random weights the matched-start
	 * approximation (each mode from its effective initial strength, labelled approximate), as Jarvis et al. (2023)
	 * draw the closed form over runs from random weights (spec 4(d)-(e)). The rank argument when the task draws its
	 * training patterns from other weights.
	 */
	private static List<TheoryPrediction> theory(Experiment experiment, ModularSetup setup) throws ExperimentException {
		String where = "Theory of experiment '" + experiment.getName() + "'";
		if (setup.drawsPatterns() && !(experiment.getInitialisation() instanceof AlignedBalancedInitialisation)) {
			// the rank argument says whether the patterns drawn identify the compositional map
			return List.of(new RankProbability(setup.compositionalInputs, setup.samples, experiment.getSeed()));
		}
		int depth = setup.graph.paths().get(0).edges().size();
		boolean onePathway = setup.graph.paths().size() == 1;
		List<TheoryPrediction> offered = new ArrayList<>();
		if (experiment.getInitialisation() instanceof SmallGaussianInitialisation) {
			// the matched start: measured on the random weights, which the scale and the seed draw
			List<TheoryParameter> parameters = List.of(TheoryParameter.learningRate(),
					TheoryParameter.initialScale("initialisation.scale", "scale σ0"));
			if (onePathway && depth <= 2) {
				offered.add(new ModularClosedForm(setup, depth == 2, setup.matchedStrengths(setup.initialNetwork()), false)
						.withParameters(parameters));
			}
			offered.add(setup.matchedReductionTheory().withParameters(parameters));
			return offered;
		}
		if (!(experiment.getInitialisation() instanceof AlignedBalancedInitialisation aligned)) {
			throw new ExperimentException(where + ": the closed form is exact from aligned weights "
					+ "(AlignedBalancedInitialisation) and approximate from small random ones (SmallGaussianInitialisation); from "
					+ (experiment.getInitialisation() == null ? "no initialisation" : experiment.getInitialisation().eClass().getName())
					+ " the network is simulated without theory, and its map converges to the minimum-norm one");
		}
		// the mode dynamics' time is tau = 1/eta from the aligned strength a0 (spec 4(d))
		List<TheoryParameter> parameters = List.of(TheoryParameter.learningRate(),
				TheoryParameter.initialScale("initialisation.a0", "a0"));
		if (onePathway && depth <= 2) {
			// the closed form is the dense (or shallow) network's: its modes are those of the whole task
			offered.add(new ModularClosedForm(setup, depth == 2, aligned.getA0()).withParameters(parameters));
		}
		offered.add(setup.alignedReductionTheory(aligned.getA0()).withParameters(parameters));
		return offered;
	}

	private static List<PlotDescriptor> plots(ModularSetup setup) {
		String time = "epoch";
		List<PlotDescriptor> plots = new ArrayList<>();
		plots.add(PlotDescriptor.curves("loss", "Loss", time, 1, "loss", true, List.of(ModularSetup.LOSS)));
		plots.add(PlotDescriptor.curves("quadrant-norms", "Quadrant norms of the learnt map", time, 1, "||W block||",
				false, List.of(ModularSetup.QUADRANTS)));
		List<String> strengths = new ArrayList<>();
		List<String> systematic = new ArrayList<>();
		setup.metrics().forEach(m -> {
			if (m.id().matches("a\\d+")) {
				strengths.add(m.id());
			} else if (m.id().startsWith("sys.")) {
				systematic.add(m.id());
			}
		});
		plots.add(PlotDescriptor.curves("mode-strengths", "Mode strengths: compositional, input-only, item modes", time, 1,
				"a", false, strengths));
		if (setup.heldOut()) {
			plots.add(PlotDescriptor.curves("held-out", "Patterns held out: full rank, and the error on the unseen ones",
					time, 1, "value", false, List.of(ModularSetup.FULL_RANK, ModularSetup.UNSEEN_ERROR)));
		} else if (setup.drawsPatterns()) {
			plots.add(PlotDescriptor.curves("held-out", "Every pattern drawn: full rank, none unseen", time, 1, "value",
					false, List.of(ModularSetup.FULL_RANK)));
		}
		if (!systematic.isEmpty()) {
			plots.add(PlotDescriptor.curves("systematicity", "Map from the compositional inputs to the first "
					+ "compositional output: systematic is (1, 0, ...)", time, 1, "W[Oy1, Ox]", false, systematic));
		}
		return plots;
	}

	@Override
	public Optional<NetworkDiagram> diagram(Experiment experiment) {
		// no gates: a module is a pathway of its own
		return experiment.getArchitecture() instanceof GatedArchitecture architecture
				? Optional.of(new GatedDiagram(architecture, new GatedDiagram.Gating() {
					@Override
					public boolean gated(GatedEdge edge) {
						return false;
					}

					@Override
					public String whyNoGate(GatedNode node) {
						return "The modular family has no gates: every module is on for every datapoint";
					}
				})) : Optional.empty();
	}
}
