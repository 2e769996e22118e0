package org.plateau.family.gated.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plateau.core.family.NetworkDiagram;
import org.plateau.core.family.NetworkDiagram.Connection;
import org.plateau.core.family.NetworkDiagram.Layer;
import org.plateau.core.family.NetworkDiagram.Role;
import org.plateau.core.family.NetworkGraph;
import org.plateau.family.gated.model.RaceTask;
import org.plateau.gdln.model.GatedArchitecture;
import org.plateau.model.Experiment;

/**
 * The graph edits of a gated network (issue 19, item 6), as the architecture page makes them: on the race toy of Saxe,
 * Sodhani and Lewallen (2022), a third pathway is added, connected and gated by commands, each undoable; the edits a
 * gated deep linear network does not allow are refused with the reason; validation names the layer and the weight
 * matrix a problem is about, so that the drawing marks them; a run shows the share of the datapoints each gate is
 * open on (p = 0.5 for the gated pathway).
 */
class RaceArchitectureByCommandsTest {

	private Experiment experiment;
	private GatedArchitecture architecture;
	private BasicCommandStack stack;
	private AdapterFactoryEditingDomain domain;

	@BeforeEach
	void loadTheRaceToy() throws Exception {
		experiment = Examples.load("race-toy.plateau");
		architecture = (GatedArchitecture) experiment.getArchitecture();
		stack = new BasicCommandStack();
		domain = new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(), stack);
	}

	private NetworkGraph graph() {
		return (NetworkGraph) new GatedFamily().diagram(experiment).orElseThrow();
	}

	private void execute(Optional<Command> command, String what) {
		assertTrue(command.isPresent() && command.get().canExecute(), what + " is allowed: " + command);
		stack.execute(command.get());
	}

	private static String id(NetworkDiagram diagram, String label) {
		return diagram.layers().stream().filter(layer -> layer.label().equals(label)).map(Layer::id).findFirst()
				.orElseThrow(() -> new AssertionError("no layer " + label));
	}

	private static Layer layer(NetworkDiagram diagram, String label) {
		return diagram.layers().stream().filter(layer -> layer.label().equals(label)).findFirst().orElseThrow();
	}

	@Test
	void aThirdPathwayIsBuiltConnectedAndGatedByCommandsAndUndoneToTheExample() {
		GatedArchitecture original = EcoreUtil.copy(architecture);
		NetworkGraph graph = graph();

		// a hidden layer from the palette: named and sized like the others, drawn in the first hidden column
		execute(graph.addLayer(domain, Role.HIDDEN, null), "adding a hidden layer");
		graph = graph();
		Layer added = layer(graph, "h1");
		assertEquals(16, added.width(), "the width of the network's hidden layers");
		assertEquals(1, added.column());
		assertEquals(2, layer(graph, "y").column(), "the output stays in the last column");

		// unconnected, it is on no path: validation says so on the layer itself, where the drawing marks it
		List<String> marked = markedLayers(graph);
		assertEquals(List.of(added.id()), marked, "only the new layer is marked");

		execute(graph.connect(domain, id(graph, "x"), added.id()), "x → h1");
		graph = graph();
		execute(graph.connect(domain, id(graph, "h1"), id(graph, "y")), "h1 → y");
		graph = graph();
		assertEquals(Diagnostic.OK, validate().getSeverity(), () -> validate().toString());
		assertTrue(markedLayers(graph).isEmpty());

		// the task gates the new pathway: its two weight matrices are drawn gated, hB's no longer
		execute(graph.gate(domain, id(graph, "h1")), "gating h1");
		assertEquals("h1", ((RaceTask) experiment.getTask()).getGatedNode());
		graph = graph();
		for (Connection connection : graph.connections()) {
			boolean touchesH1 = connection.from().equals(id(graph(), "h1")) || connection.to().equals(id(graph(), "h1"));
			assertEquals(touchesH1, connection.gated(), connection.label());
		}

		// moved above hA in its column: the nodes' order, one command
		execute(graph.moveLayer(domain, id(graph, "h1"), id(graph, "hA")), "moving h1");
		graph = graph();
		assertEquals(0, layer(graph, "h1").row());
		assertEquals("h1", architecture.getNodes().get(1).getName());

		// renamed (with a stray space): the task's gated node follows, in the same command
		execute(graph.renameLayer(domain, id(graph, "h1"), " hC "), "renaming h1");
		assertEquals("hC", ((RaceTask) experiment.getTask()).getGatedNode());
		assertEquals(Diagnostic.OK, validate().getSeverity(), () -> validate().toString());
		graph = graph();
		assertTrue(graph.renameLayer(domain, id(graph, "hC"), "hA ").isEmpty(), "a name taken, once stripped");

		// six edits, six undos: the example as it was
		for (int k = 0; k < 6; k++) {
			assertTrue(stack.canUndo(), "undo " + k);
			stack.undo();
		}
		assertFalse(stack.canUndo());
		assertTrue(EcoreUtil.equals(original, architecture), "the undone network is the example's");
		assertEquals("hB", ((RaceTask) experiment.getTask()).getGatedNode());
	}

	@Test
	void theEditsAGatedDeepLinearNetworkDoesNotAllowAreRefusedWithTheReason() {
		NetworkGraph graph = graph();
		String x = id(graph, "x");
		String hA = id(graph, "hA");
		String hB = id(graph, "hB");
		String y = id(graph, "y");
		assertRefused(graph, graph.connect(domain, y, hA), "connect", y + "->" + hA, "output layer 'y'");
		assertRefused(graph, graph.connect(domain, hA, x), "connect", hA + "->" + x, "input layer 'x'");
		assertRefused(graph, graph.connect(domain, x, hA), "connect", x + "->" + hA, "connected already, by W_inA");
		execute(graph.connect(domain, hA, hB), "hA → hB");
		graph = graph();
		hA = id(graph, "hA");
		hB = id(graph, "hB");
		assertRefused(graph, graph.connect(domain, hB, hA), "connect", hB + "->" + hA, "cycle");
		assertRefused(graph, graph.moveLayer(domain, x, hA), "moveLayer", x, "its own column");
		assertRefused(graph, graph.renameLayer(domain, hA, "hB"), "renameLayer", hA, "unique");
		assertRefused(graph, graph.gate(domain, x), "gate", x, "'x' is an input layer");
	}

	private void assertRefused(NetworkGraph graph, Optional<Command> command, String edit, String target, String reason) {
		assertTrue(command.isEmpty(), edit + " " + target + " is refused");
		String why = graph.whyNot(edit, target);
		assertTrue(why.contains(reason), edit + ": " + why);
	}

	@Test
	void deletingALayerDeletesItsWeightMatricesAndOneUndoBringsThemBack() {
		NetworkGraph graph = graph();
		execute(graph.removeLayer(domain, id(graph, "hB")), "deleting hB");
		assertEquals(3, architecture.getNodes().size());
		assertEquals(List.of("W_inA", "W_outA"), architecture.getEdges().stream().map(e -> e.getName()).toList());
		// the task still gates hB: validation names the task's field, the network itself is well formed
		assertTrue(validate().getChildren().stream().anyMatch(d -> d.getMessage().contains("gatedNode 'hB'")));
		stack.undo();
		assertEquals(4, architecture.getNodes().size());
		assertEquals(4, architecture.getEdges().size());
		assertEquals(Diagnostic.OK, validate().getSeverity());
	}

	@Test
	void aModuleIsAPathwayFromTheInputsToTheOutputsInOneCommand() {
		NetworkGraph graph = graph();
		execute(graph.addModule(domain), "adding a module");
		assertEquals(Diagnostic.OK, validate().getSeverity(), () -> validate().toString());
		graph = graph();
		Layer module = layer(graph, "h1");
		assertEquals(1, graph.connections().stream().filter(c -> c.to().equals(module.id())).count());
		assertEquals(1, graph.connections().stream().filter(c -> c.from().equals(module.id())).count());
		stack.undo();
		assertEquals(4, architecture.getNodes().size());
		assertEquals(4, architecture.getEdges().size());
	}

	@Test
	void aWeightMatrixOnNoPathIsMarkedOnItself() {
		NetworkGraph graph = graph();
		execute(graph.addLayer(domain, Role.HIDDEN, null), "adding a hidden layer");
		graph = graph();
		execute(graph.connect(domain, id(graph, "x"), id(graph, "h1")), "x → h1");
		graph = graph();
		List<Integer> connections = new ArrayList<>();
		List<String> layers = new ArrayList<>();
		for (Diagnostic problem : validate().getChildren()) {
			Object about = problem.getData().get(0);
			graph.layerOf(about).ifPresent(layers::add);
			if (graph.connectionOf(about) >= 0) {
				connections.add(graph.connectionOf(about));
			}
		}
		int last = graph.connections().size() - 1;
		assertEquals(List.of(last), connections, "the new weight matrix reaches no output");
		assertEquals(List.of(id(graph, "h1")), layers);
	}

	@Test
	void aRunShowsTheShareOfTheDatapointsEachGateIsOpenOn() throws Exception {
		NetworkDiagram.State state = new GatedFamily().prepare(experiment).trainer().networkState().orElseThrow();
		NetworkDiagram diagram = graph();
		assertEquals(diagram.connections().size(), state.gatesOpen().length);
		for (int i = 0; i < diagram.connections().size(); i++) {
			// spec 2(d): the gated pathway is on for a fraction p = 0.5 of the datapoints, the shared one always
			double expected = diagram.connections().get(i).gated() ? ((RaceTask) experiment.getTask()).getGatedFraction() : 1;
			assertEquals(expected, state.gatesOpen()[i], 1e-12, diagram.connections().get(i).label());
		}
	}

	private Diagnostic validate() {
		return Diagnostician.INSTANCE.validate(experiment);
	}

	/** The layers the latest validation's problems are about, as the architecture page finds them. */
	private List<String> markedLayers(NetworkDiagram diagram) {
		List<String> marked = new ArrayList<>();
		for (Diagnostic problem : validate().getChildren()) {
			problem.getData().stream().findFirst().flatMap(diagram::layerOf).ifPresent(marked::add);
		}
		return marked;
	}
}
