package org.plateau.family.reln.internal;

import java.util.ArrayList;
import java.util.List;

import org.plateau.core.family.ExperimentException;
import org.plateau.core.family.ModelFamily;
import org.plateau.core.family.PlotDescriptor;
import org.plateau.core.family.Simulation;
import org.plateau.core.family.TheoryChoice;
import org.plateau.core.family.TheoryPrediction;
import org.plateau.family.reln.model.ContextualTask;
import org.plateau.gdln.family.GatedSimulation;
import org.plateau.model.AlignedBalancedInitialisation;
import org.plateau.model.Experiment;
import org.plateau.model.GatedArchitecture;
import org.plateau.model.TheorySelection;

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
	public java.util.Optional<org.plateau.core.family.NetworkDiagram> diagram(Experiment experiment) {
		return experiment.getArchitecture() instanceof GatedArchitecture architecture
				? java.util.Optional.of(new org.plateau.gdln.family.GatedDiagram(architecture,
						edge -> edge.getTarget().getName().matches("h_\\d+") || edge.getSource().getName().matches("h_\\d+")))
				: java.util.Optional.empty();
	}

	@Override
	public Simulation createSimulation(Experiment experiment) throws ExperimentException {
		if (experiment.getArchitecture() instanceof GatedArchitecture) {
			return new GatedSimulation(new PathwaySetup(experiment));
		}
		return RelnSetup.of(experiment).simulation();
	}

	@Override
	public List<TheoryPrediction> createTheory(Experiment experiment) throws ExperimentException {
		TheorySelection selection = experiment.getTheory();
		if (selection != null && !selection.isEnabled()) {
			return List.of();
		}
		String where = "Theory of experiment '" + experiment.getName() + "'";
		if (!(experiment.getArchitecture() instanceof GatedArchitecture)
				|| !(experiment.getInitialisation() instanceof AlignedBalancedInitialisation aligned)) {
			throw new ExperimentException(where + ": exact theory holds per isolated pathway only (spec 3(d)): pathways on the "
					+ "objects written as a GatedArchitecture, from aligned weights (AlignedBalancedInitialisation); a ReLU "
					+ "network and the ReLN of modules are simulated without theory");
		}
		List<TheoryPrediction> offered = List.of(new PathwaySetup(experiment).alignedReductionTheory(aligned.getA0()));
		return TheoryChoice.select(offered, selection, where);
	}

	@Override
	public List<PlotDescriptor> plots(Experiment experiment) {
		if (experiment.getArchitecture() instanceof GatedArchitecture) {
			try {
				PathwaySetup pathways = new PathwaySetup(experiment);
				List<String> values = pathways.metrics().stream().map(m -> m.id()).filter(id -> id.startsWith("sv.")).toList();
				return List.of(PlotDescriptor.curves("loss", "Loss", "epoch", 1, "loss", true, List.of(PathwaySetup.LOSS)),
						PlotDescriptor.curves("pathway-singular-values", "Largest singular value of each pathway", "epoch", 1,
								"σ1(W_p)", false, values));
			} catch (ExperimentException e) {
				return List.of();
			}
		}
		RelnSetup setup;
		try {
			setup = RelnSetup.of(experiment);
		} catch (ExperimentException e) {
			return List.of();
		}
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
