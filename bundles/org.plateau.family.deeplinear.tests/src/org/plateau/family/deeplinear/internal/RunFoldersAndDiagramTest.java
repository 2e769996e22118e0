package org.plateau.family.deeplinear.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
import org.plateau.core.family.SimulationOutcome;
import org.plateau.core.registry.FamilyRegistry;
import org.plateau.core.results.ResultsPublisher;
import org.plateau.core.results.ResultsReader;
import org.plateau.core.results.RunFolderWriter;
import org.plateau.core.run.ExperimentRunner;
import org.plateau.core.run.RunListener;
import org.plateau.core.run.RunResult;
import org.plateau.core.run.TheoryResult;
import org.plateau.family.deeplinear.model.DeepLinearNetwork;
import org.plateau.model.Experiment;

/**
 * What the workbench stands on: the live view of a run (theory planned ahead), its results folder written while it
 * trains and read back, and the network diagram with its edits as undoable commands.
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
	void aListenerSeesThePlanWithTheTheoryAheadThenEveryRecord() throws Exception {
		Experiment experiment = example("semantic-development.plateau");
		List<RunResult> plans = new ArrayList<>();
		List<Long> steps = new ArrayList<>();
		RunResult result = new ExperimentRunner(registry).run(experiment, new NullProgressMonitor(), new RunListener() {
			@Override
			public void started(RunResult plan) {
				plans.add(plan);
			}

			@Override
			public void recorded(long step, double[] values) {
				steps.add(step);
			}
		});
		assertEquals(1, plans.size());
		RunResult plan = plans.get(0);
		assertEquals(SimulationOutcome.Status.RUNNING, plan.outcome().status());
		assertEquals(0, plan.simulation().size(), "nothing recorded yet");
		long[] planned = ExperimentRunner.plannedSteps(experiment.getTraining());
		assertEquals(0, planned[0]);
		assertEquals(1000, planned[planned.length - 1]);
		assertEquals(201, planned.length, "every 5 steps from 0 to 1000");
		assertEquals(planned.length, plan.theory().get(0).table().size(), "the theory at every planned step");
		assertArrayEquals(planned, steps.stream().mapToLong(Long::longValue).toArray(),
				"a completed run records exactly the planned steps");
		// the planned theory is the theory the run reports at the end, value for value
		TheoryResult ahead = plan.theory().get(0);
		TheoryResult after = result.theory().get(0);
		for (int c = 0; c < after.table().columns().size(); c++) {
			for (int i = 0; i < after.table().size(); i++) {
				assertEquals(after.table().value(c, i), ahead.table().value(c, i), 0);
			}
		}
		assertArrayEquals(new long[] { 0, 7, 14, 20 }, ExperimentRunner.plannedSteps(training(20, 7)),
				"the last step is recorded even off the interval");
	}

	private static org.plateau.model.Training training(long steps, long interval) {
		org.plateau.model.Training training = org.plateau.model.PlateauFactory.eINSTANCE.createTraining();
		training.setSteps(steps);
		training.setRecordInterval(interval);
		return training;
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
	void aFolderIsReadableWhileItsRunTrains() throws Exception {
		Experiment experiment = example("semantic-development.plateau");
		Path run = folder.resolve("live");
		RunFolderWriter writer = new RunFolderWriter(run);
		List<RunResult> midway = new ArrayList<>();
		RunResult result = new ExperimentRunner(registry).run(experiment, new NullProgressMonitor(), new RunListener() {
			@Override
			public void started(RunResult plan) {
				writer.started(plan);
			}

			@Override
			public void recorded(long step, double[] values) {
				writer.recorded(step, values);
				if (step == 500) {
					try {
						writer.close(); // flushes: what a crash at this step would leave
						midway.add(ResultsReader.read(run, registry));
					} catch (IOException e) {
						throw new AssertionError(e);
					}
				}
			}
		});
		RunResult partial = midway.get(0);
		assertEquals(SimulationOutcome.Status.RUNNING, partial.outcome().status(), "no manifest yet: still running");
		assertEquals(101, partial.simulation().size(), "steps 0..500 every 5");
		assertEquals(result.simulation().value(0, 100), partial.simulation().value(0, 100), 0);
		Files.writeString(run.resolve("metrics.csv"), Files.readString(run.resolve("metrics.csv")) + "505,0.1,0.");
		assertEquals(101, ResultsReader.read(run, registry).simulation().size(), "a row cut short is left out");
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
