package org.plateau.family.reln.internal;

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
import org.plateau.family.reln.model.ContextualTask;
import org.plateau.family.reln.model.RelnPackage;
import org.plateau.gdln.GatedGraph;
import org.plateau.gdln.family.GatedArchitectures;
import org.plateau.gdln.family.GatedDiagram;
import org.plateau.gdln.family.GatedTrainer;
import org.plateau.gdln.model.GatedArchitecture;
import org.plateau.gdln.model.GatedEdge;
import org.plateau.gdln.model.GatedNode;
import org.plateau.model.AlignedBalancedInitialisation;
import org.plateau.model.Experiment;

/**
 * The ReLU-equivalent family (Jarvis, Klein, Rosman &amp; Saxe, ICLR 2025, "Make haste slowly"): the contextual task
 * learnt by a ReLU network, and by the rectified linear network of gated linear modules that imitates it; per unit,
 * how many contexts each ReLU unit serves. Registered as a Declarative Services component.
 */
public final class RelnFamily implements ModelFamily {

	/** The family's id. */
	public static final String ID = "org.plateau.family.reln";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String name() {
		return "ReLU networks as gated linear networks";
	}

	@Override
	public String description() {
		return "A ReLU network and the rectified linear network (ReLN) of gated linear modules that learns like it, on "
				+ "objects in several contexts: common structure first, then context structure in mixed-selective units "
				+ "that serve all but one context (Jarvis, Klein, Rosman & Saxe, ICLR 2025).";
	}

	@Override
	public boolean handles(Experiment experiment) {
		return experiment.getTask() instanceof ContextualTask && experiment.getArchitecture() != null
				&& (experiment.getArchitecture().eClass().getEPackage() == experiment.getTask().eClass().getEPackage()
						|| experiment.getArchitecture() instanceof GatedArchitecture);
	}

	@Override
	public Optional<NetworkDiagram> diagram(Experiment experiment) {
		return experiment.getArchitecture() instanceof GatedArchitecture architecture
				? Optional.of(new GatedDiagram(architecture, new ContextGates())) : Optional.empty();
	}

	/** A hidden layer named h_ and context numbers (h_13: contexts 1 and 3) is on for those contexts only. */
	private static final class ContextGates implements GatedDiagram.Gating {

		@Override
		public boolean gated(GatedEdge edge) {
			return edge.getTarget().getName().matches("h_\\d+") || edge.getSource().getName().matches("h_\\d+");
		}

		@Override
		public String whyNoGate(GatedNode node) {
			return "A hidden layer is gated by its name: h_ and the contexts it is on for (h_13: contexts 1 and 3). "
					+ "Rename '" + node.getName() + "' in its properties to gate it";
		}
	}

	/**
	 * The settings a pathway network leaves unused: the context scale when no input node 'x' carries the context (the
	 * gates alone see it), and the seed when nothing is drawn from it.
	 */
	private static List<UnusedSetting> unused(Experiment experiment, PathwaySetup pathways) {
		List<UnusedSetting> unused = new ArrayList<>();
		if (pathways.graph.nodes(GatedGraph.Kind.INPUT).stream().noneMatch(node -> node.name().equals("x"))) {
			unused.add(new UnusedSetting(experiment.getTask(), RelnPackage.Literals.CONTEXTUAL_TASK__CONTEXT_SCALE,
					"no input node 'x' carries the context: the pathways' gates alone see it"));
		}
		unused.addAll(pathways.unusedSeed(false));
		return unused;
	}

	@Override
	public PreparedExperiment prepare(Experiment experiment) throws ExperimentException {
		String advice = GatedArchitectures.divergenceAdvice(experiment.getTraining().getLearningRate());
		if (experiment.getArchitecture() instanceof GatedArchitecture) {
			PathwaySetup pathways = new PathwaySetup(experiment);
			return Preparation.of(pathways.metrics()).plots(pathwayPlots(pathways))
					.trainer(() -> GatedTrainer.of(pathways)).theory(() -> pathwayTheory(experiment, pathways))
					.divergenceAdvice(advice).estimatedBytes(pathways.estimatedBytes()).unused(unused(experiment, pathways))
					.build();
		}
		RelnSetup setup = RelnSetup.of(experiment);
		return Preparation.of(setup.metrics).plots(plots(setup)).trainer(setup::trainer)
				.theory(() -> twoStageTheory(experiment, setup)).divergenceAdvice(advice)
				.estimatedBytes(setup.estimatedBytes(), setup.sizedBy()).build();
	}

	/** Exact theory per isolated pathway, from aligned weights (spec 3(d)). */
	private static List<TheoryPrediction> pathwayTheory(Experiment experiment, PathwaySetup pathways)
			throws ExperimentException {
		if (!(experiment.getInitialisation() instanceof AlignedBalancedInitialisation aligned)) {
			throw noTheory(experiment);
		}
		return List.of(pathways.alignedReductionTheory(aligned.getA0()).withParameters(List.of(TheoryParameter.learningRate(),
				TheoryParameter.initialScale("initialisation.a0", "a0"))));
	}

	/**
	 * The paper's two-stage closed form over a ReLU network or the ReLN from small random weights: an approximation
	 * with fitted initial strengths (closed.py), labelled as such; refused where the paper fitted none.
	 */
	private static List<TheoryPrediction> twoStageTheory(Experiment experiment, RelnSetup setup) throws ExperimentException {
		try {
			return List.of(new TwoStageTheory(setup.data, setup.learningRate(), experiment.getTraining().getSteps(),
					setup.reln != null));
		} catch (ExperimentException e) {
			throw new ExperimentException("Theory of experiment '" + experiment.getName() + "': " + e.getMessage()
					+ "; the run is simulated without theory", e);
		}
	}

	private static ExperimentException noTheory(Experiment experiment) {
		return new ExperimentException("Theory of experiment '" + experiment.getName() + "': exact theory holds per "
				+ "isolated pathway only (spec 3(d)): pathways on the objects written as a GatedArchitecture, from aligned "
				+ "weights (AlignedBalancedInitialisation); from random weights there is no theory of a pathway network (the "
				+ "two-stage approximation is offered for a ReluNetwork or RelnNetwork)");
	}

	private static List<PlotDescriptor> pathwayPlots(PathwaySetup pathways) {
		List<String> values = pathways.metrics().stream().map(m -> m.id()).filter(id -> id.startsWith("sv.")).toList();
		return List.of(PlotDescriptor.curves("loss", "Loss", "epoch", 1, "loss", true, List.of(PathwaySetup.LOSS)),
				PlotDescriptor.curves("pathway-singular-values", "Largest singular value of each pathway", "epoch", 1,
						"σ1(W_p)", false, values));
	}

	private static List<PlotDescriptor> plots(RelnSetup setup) {
		List<PlotDescriptor> plots = new ArrayList<>();
		plots.add(PlotDescriptor.curves("loss", "Loss", "epoch", 1, "loss", true, setup.relu != null ? List.of(RelnSetup.LOSS)
				: List.of(RelnSetup.LOSS, RelnSetup.COMMON_LOSS)));
		List<String> units = new ArrayList<>();
		List<String> modules = new ArrayList<>();
		setup.metrics.forEach(m -> {
			if (m.id().startsWith("units.")) {
				units.add(m.id());
			} else if (m.id().startsWith("sv.")) {
				modules.add(m.id());
			}
		});
		if (!units.isEmpty()) {
			plots.add(PlotDescriptor.curves("unit-contexts", "Significant hidden units by the number of contexts they serve",
					"epoch", 1, "units", false, units));
		}
		if (!modules.isEmpty()) {
			plots.add(PlotDescriptor.curves("module-singular-values", "Largest singular value of each module: the race",
					"epoch", 1, "σ1(W2 W1)", false, modules));
		}
		return plots;
	}
}
