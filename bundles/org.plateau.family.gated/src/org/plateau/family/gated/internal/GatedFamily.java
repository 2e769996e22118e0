package org.plateau.family.gated.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.plateau.core.family.ExperimentException;
import org.plateau.core.family.MetricDescriptor;
import org.plateau.core.family.ModelFamily;
import org.plateau.core.family.NetworkDiagram;
import org.plateau.core.family.PlotDescriptor;
import org.plateau.core.family.Preparation;
import org.plateau.core.family.PreparedExperiment;
import org.plateau.core.family.TheoryParameter;
import org.plateau.core.family.TheoryPrediction;
import org.plateau.family.gated.model.DecoupledInitialisation;
import org.plateau.family.gated.model.GatedPackage;
import org.plateau.family.gated.model.RaceTask;
import org.plateau.family.gated.model.RoutingTask;
import org.plateau.gdln.DiagonalReduction;
import org.plateau.gdln.family.GatedArchitectures;
import org.plateau.gdln.family.GatedDiagram;
import org.plateau.gdln.family.GatedTrainer;
import org.plateau.gdln.family.ReductionTheory;
import org.plateau.gdln.model.GatedArchitecture;
import org.plateau.gdln.model.GatedEdge;
import org.plateau.gdln.model.GatedNode;
import org.plateau.gdln.model.NodeKind;
import org.plateau.model.Experiment;

/**
 * The gated deep linear network family (Saxe, Sodhani &amp; Lewallen 2022, "The neural race reduction"): tasks that
 * switch pathways of a {@link GatedArchitecture} on and off per datapoint, trained by the GDLN engine, with the
 * race reduction as exact theory from decoupled weights. Registered as a Declarative Services component.
 */
public final class GatedFamily implements ModelFamily {

	/** The family's id. */
	public static final String ID = "org.plateau.family.gated";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String name() {
		return "Gated deep linear networks";
	}

	@Override
	public String description() {
		return "Gated deep linear networks: pathways of linear layers switched on and off per datapoint, and the neural "
				+ "race reduction of their learning dynamics to per-pathway mode strengths (Saxe, Sodhani & Lewallen, "
				+ "ICML 2022): the routing task with systematic generalization, and the two-pathway race.";
	}

	@Override
	public boolean handles(Experiment experiment) {
		return experiment.getTask() != null && experiment.getTask().eClass().getEPackage() == GatedPackage.eINSTANCE
				&& experiment.getArchitecture() instanceof GatedArchitecture;
	}

	@Override
	public PreparedExperiment prepare(Experiment experiment) throws ExperimentException {
		GatedSetup setup = GatedSetup.of(experiment);
		if (experiment.getInitialisation() instanceof DecoupledInitialisation) {
			// decoupled weights need the diagonal reduction of the data: refused here, before any run, when it fails
			setup.reduction();
		}
		return Preparation.of(setup.metrics()).matrices(setup.matrices()).plots(plots(experiment, setup))
				.trainer(() -> GatedTrainer.of(setup)).theory(() -> theory(experiment, setup))
				.divergenceAdvice(GatedArchitectures.divergenceAdvice(setup.learningRate()))
				.estimatedBytes(setup.estimatedBytes())
				// a race task draws its singular vectors from the seed; the routing task's data are fixed
				.unused(setup.unusedSeed(setup.race != null)).build();
	}

	/** The race reduction from decoupled weights, and for the routing task its ODE where its form applies. */
	private static List<TheoryPrediction> theory(Experiment experiment, GatedSetup setup) throws ExperimentException {
		String where = "Theory of experiment '" + experiment.getName() + "'";
		if (!(experiment.getInitialisation() instanceof DecoupledInitialisation decoupled)) {
			// routing: no matched-start approximation either (RoutingRandomTheoryTest): it needs every edge on one path
			throw new ExperimentException(where + ": the race reduction is exact from decoupled weights only "
					+ "(DecoupledInitialisation); from " + (experiment.getInitialisation() == null ? "no initialisation"
							: experiment.getInitialisation().eClass().getName())
					+ " the network is simulated without theory: the reduction needs weights aligned with the task's modes "
					+ "(condition 3 of spec 2(d)), and random weights are not" + (setup.routing != null
							? "; its matched start from random weights needs every edge on one path, while the routing "
									+ "network's encoders, shared hidden map and decoders lie on 7 to 49 paths, and even the "
									+ "decoupled start b0 fitted to routing-random stays 10.9% of the initial loss away from it"
							: ""));
		}
		DiagonalReduction reduction = setup.reduction();
		// the reduction's time is tau = 1/eta from the decoupled strength b0 (spec 2(d))
		List<TheoryParameter> parameters = List.of(TheoryParameter.learningRate(),
				TheoryParameter.initialScale("initialisation.b0", "b0"));
		List<TheoryPrediction> offered = new ArrayList<>();
		offered.add(new ReductionTheory(setup, reduction, setup.decoupledStrengths(reduction), setup.hiddenBases())
				.withParameters(parameters));
		if (setup.routing != null && RoutingOdeTheory.applies(setup)) {
			offered.add(new RoutingOdeTheory(setup, decoupled.getB0()).withParameters(parameters));
		}
		return offered;
	}

	@Override
	public Optional<NetworkDiagram> diagram(Experiment experiment) {
		return experiment.getArchitecture() instanceof GatedArchitecture architecture
				? Optional.of(new GatedDiagram(architecture, new TaskGates(experiment))) : Optional.empty();
	}

	/**
	 * The gates of the family's tasks on the drawing: the race task gates one hidden layer, which the user chooses
	 * (a command on the task's gated node); the routing task gates its domains itself.
	 */
	private record TaskGates(Experiment experiment) implements GatedDiagram.Gating {

		@Override
		public boolean gated(GatedEdge edge) {
			return GatedFamily.gated(experiment, edge);
		}

		@Override
		public Optional<Command> gate(EditingDomain domain, GatedNode node) {
			if (experiment.getTask() instanceof RaceTask race && node.getKind() == NodeKind.HIDDEN
					&& !node.getName().equals(race.getGatedNode())) {
				return Optional.of(SetCommand.create(domain, race, GatedPackage.Literals.RACE_TASK__GATED_NODE, node.getName()));
			}
			return Optional.empty();
		}

		@Override
		public Optional<Command> renamed(EditingDomain domain, GatedNode node, String name) {
			// the race task names the layer it gates: the name follows the layer
			return experiment.getTask() instanceof RaceTask race && node.getName().equals(race.getGatedNode())
					? Optional.of(SetCommand.create(domain, race, GatedPackage.Literals.RACE_TASK__GATED_NODE, name))
					: Optional.empty();
		}

		@Override
		public String whyNoGate(GatedNode node) {
			if (experiment.getTask() instanceof RaceTask race) {
				return node.getKind() != NodeKind.HIDDEN
						? "The race task gates one hidden layer, on a fraction p of the datapoints; '" + node.getName()
								+ "' is an " + node.getKind().getName().toLowerCase() + " layer"
						: "'" + node.getName() + "' is the gated layer already (on " + race.getGatedFraction()
								+ " of the datapoints)";
			}
			if (experiment.getTask() instanceof RoutingTask) {
				return "The routing task gates its domains itself: input domain i and its encoder are on with the output "
						+ "domains it is trained with; it gates no other layer";
			}
			return "This task gates no layer";
		}
	}

	/** The edges the task switches per datapoint: routing, every encoder and decoder; race, those of the gated node. */
	private static boolean gated(Experiment experiment, GatedEdge edge) {
		if (experiment.getTask() instanceof RoutingTask) {
			return edge.getSource().getKind() == NodeKind.INPUT || edge.getTarget().getKind() == NodeKind.OUTPUT;
		}
		if (experiment.getTask() instanceof RaceTask race) {
			return race.getGatedNode() != null
					&& (race.getGatedNode().equals(edge.getSource().getName()) || race.getGatedNode().equals(edge.getTarget().getName()));
		}
		return false;
	}

	private static List<PlotDescriptor> plots(Experiment experiment, GatedSetup setup) {
		boolean routing = setup.routing != null;
		String time = routing ? "epoch" : "t/τ";
		double scale = routing ? 1 : setup.learningRate();
		List<PlotDescriptor> plots = new ArrayList<>();
		plots.add(PlotDescriptor.curves("loss", "Loss", time, scale, "loss", true, List.of(GatedSetup.LOSS)));
		if (routing) {
			plots.add(PlotDescriptor.curves("pathway-errors", "Trained and untrained pathways: systematic generalization",
					time, scale, "||Y − W_p||² / 2", false, List.of(GatedSetup.TRAINED, GatedSetup.UNTRAINED)));
		}
		List<String> strengths = new ArrayList<>();
		List<String> gated = new ArrayList<>();
		List<String> hidden = new ArrayList<>();
		for (MetricDescriptor metric : setup.metrics()) {
			if (metric.id().matches("a\\d+")) {
				strengths.add(metric.id());
			} else if (metric.id().matches("b\\d+")) {
				gated.add(metric.id());
			} else if (metric.id().startsWith("b2.")) {
				hidden.add(metric.id());
			}
		}
		plots.add(PlotDescriptor.curves("mode-strengths", routing ? "Mode strengths of pathway in0 → out0 (b1 b2 b3)"
				: "Shared pathway: mode strengths a", time, scale, "a", false, strengths));
		if (!gated.isEmpty()) {
			plots.add(PlotDescriptor.curves("gated-pathway", "Gated pathway: mode strengths b (it loses the race)", time,
					scale, "b", false, gated));
		}
		if (!setup.matrices().isEmpty() && !experiment.getTraining().getSnapshotSteps().isEmpty()) {
			plots.add(PlotDescriptor.matrices("encoder-rsa", "Encoder RSA across domains", time, scale, GatedSetup.ENCODER_RSA));
		}
		if (!hidden.isEmpty()) {
			plots.add(PlotDescriptor.curves("hidden-singular-values", "Singular values of the shared hidden map (b2)", time,
					scale, "b2", false, hidden));
		}
		return plots;
	}
}
