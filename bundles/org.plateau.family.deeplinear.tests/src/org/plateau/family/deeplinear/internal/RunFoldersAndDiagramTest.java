package org.plateau.family.deeplinear.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plateau.core.family.NetworkDiagram;
import org.plateau.core.registry.FamilyRegistry;
import org.plateau.core.results.ResultsPublisher;
import org.plateau.core.results.ResultsReader;
import org.plateau.core.results.RunFolderWriter;
import org.plateau.core.run.ExperimentRunner;
import org.plateau.core.run.RunResult;
import org.plateau.core.run.TheoryResult;
import org.plateau.family.deeplinear.model.DeepLinearNetwork;
import org.plateau.model.Experiment;

/**
 * The deep linear family's results folder read back with its matrix snapshots and their theory, and its network
 * diagram with its edits as undoable commands (core's own folder and live-run checks are in core's tests).
 */
class RunFoldersAndDiagramTest {

	private final DeepLinearFamily family = new DeepLinearFamily();
	private final FamilyRegistry registry = FamilyRegistry.of(family);

	@TempDir
	Path folder;

	private Experiment example(String fileName) throws IOException {
		return Examples.load(fileName);
	}

	@Test
	void aResultsFolderReadsBackAsTheRunThatWroteIt() throws Exception {
		Experiment experiment = example("semantic-development.plateau");
		RunFolderWriter writer = new RunFolderWriter(folder.resolve("run"));
		RunResult result = new ExperimentRunner(registry).run(experiment, new NullProgressMonitor(), writer);
		writer.finish(result, new ResultsPublisher(List.of()), false);

		assertTrue(ResultsReader.isRunFolder(writer.folder()));
		RunResult read = ResultsReader.read(writer.folder(), registry);
		assertEquals(result.outcome(), read.outcome());
		assertEquals(result.metrics(), read.metrics(), "labels from the family");
		assertEquals(result.plots(), read.plots());
		assertEquals(result.simulation().size(), read.simulation().size());
		for (int c = 0; c < result.simulation().columns().size(); c++) {
			assertArrayEquals(result.simulation().column(result.simulation().columns().get(c)),
					read.simulation().column(result.simulation().columns().get(c)), 0, "CSV keeps every bit");
		}
		assertEquals(result.theory().size(), read.theory().size());
		for (int t = 0; t < result.theory().size(); t++) {
			TheoryResult original = result.theory().get(t);
			TheoryResult back = read.theory().get(t);
			assertEquals(original.prediction().id(), back.prediction().id());
			assertEquals(original.prediction().label(), back.prediction().label());
			assertEquals(original.table().columns(), back.table().columns());
			assertArrayEquals(original.table().column("a1"), back.table().column("a1"), 0);
		}
		DMatrixRMaj rsa = result.snapshots().of("rsa").get(600L);
		DMatrixRMaj rsaBack = read.snapshots().of("rsa").get(600L);
		assertArrayEquals(rsa.data, rsaBack.data, 0, "matrix snapshots too");
		assertTrue(!read.theory().get(0).matrices().isEmpty(), "and the theory's matrices");
	}

	@Test
	void theDiagramDrawsTheNetworkAndItsEditsAreUndoableCommands() throws Exception {
		Experiment experiment = example("semantic-development.plateau");
		DeepLinearNetwork network = (DeepLinearNetwork) experiment.getArchitecture();
		NetworkDiagram diagram = family.diagram(experiment).orElseThrow();
		assertEquals(List.of("in", "h1", "out"), diagram.layers().stream().map(NetworkDiagram.Layer::id).toList());
		assertEquals(4, diagram.layers().get(0).width(), "four items, one-hot");
		assertEquals(16, diagram.layers().get(1).width());
		assertEquals(List.of("W1", "W2"), diagram.connections().stream().map(NetworkDiagram.Connection::label).toList());
		assertTrue(diagram.summary().startsWith("4 → 16 → "), diagram.summary());

		BasicCommandStack stack = new BasicCommandStack();
		AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(),
				stack);
		Command add = diagram.addHiddenLayer(domain, "h1").orElseThrow();
		stack.execute(add);
		assertEquals(3, network.getDepth());
		assertEquals(List.of("in", "h1", "h2", "out"),
				family.diagram(experiment).orElseThrow().layers().stream().map(NetworkDiagram.Layer::id).toList());
		stack.undo();
		assertEquals(2, network.getDepth());
		stack.execute(diagram.setWidth(domain, "h1", 24).orElseThrow());
		assertEquals(24, network.getHiddenWidth());
		assertTrue(diagram.setWidth(domain, "in", 5).isEmpty(), "the input width is the task's");
		assertTrue(diagram.whyNot("setWidth", "in").contains("task"), diagram.whyNot("setWidth", "in"));
		assertTrue(diagram.addHiddenLayer(domain, "out").isEmpty());
		assertTrue(diagram.toggleGate(domain, 0).isEmpty(), "no gates in a deep linear network");
		NetworkDiagram current = family.diagram(experiment).orElseThrow();
		stack.execute(current.removeLayer(domain, "h1").orElseThrow());
		assertEquals(1, network.getDepth(), "a shallow network");
		assertTrue(family.diagram(experiment).orElseThrow().removeLayer(domain, "in").isEmpty());
	}
}
