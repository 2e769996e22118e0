package org.plateau.core.results;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plateau.core.family.SimulationOutcome;
import org.plateau.core.registry.FamilyRegistry;
import org.plateau.core.run.ExperimentRunner;
import org.plateau.core.run.RunListener;
import org.plateau.core.run.RunResult;
import org.plateau.core.run.TheoryResult;
import org.plateau.core.testkit.FakeFamily;
import org.plateau.model.Experiment;

/**
 * Core's results folders with the kit's fake family: the theory planned ahead of a live run, a folder written while
 * the run trains and read back as the run that wrote it (without its family: the manifest describes the run), and a
 * folder read half-way.
 */
class RunFolderTest {

	private final FamilyRegistry registry = FamilyRegistry.of(new FakeFamily());

	@TempDir
	Path folder;

	@Test
	void aListenerSeesThePlanWithTheTheoryAheadThenEveryRecord() throws Exception {
		Experiment experiment = FakeFamily.experiment("relax", 2.0);
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
		RunResult plan = plans.get(0);
		assertEquals(SimulationOutcome.Status.RUNNING, plan.outcome().status());
		long[] planned = ExperimentRunner.plannedSteps(experiment.getTraining());
		assertEquals(41, planned.length, "every 5 steps from 0 to 200");
		assertArrayEquals(planned, steps.stream().mapToLong(Long::longValue).toArray(), "the planned steps, recorded");
		TheoryResult ahead = plan.theory().get(0);
		TheoryResult after = result.theory().get(0);
		assertArrayEquals(after.table().column("w"), ahead.table().column("w"), 0, "the theory drawn ahead is the run's");
	}

	@Test
	void aFolderReadsBackAsTheRunThatWroteItWithoutItsFamily() throws Exception {
		RunFolderWriter writer = new RunFolderWriter(folder.resolve("run"));
		RunResult result = new ExperimentRunner(registry).run(FakeFamily.experiment("relax", 2.0),
				new NullProgressMonitor(), writer);
		writer.finish(result, new ResultsPublisher(List.of()), false);
		// no family installed: the labels, plots and theory come from the folder itself
		RunResult read = ResultsReader.read(writer.folder(), FamilyRegistry.of());
		assertEquals(result.outcome(), read.outcome());
		assertEquals(result.metrics(), read.metrics());
		assertEquals(result.plots(), read.plots());
		assertArrayEquals(result.simulation().column("w"), read.simulation().column("w"), 0, "CSV keeps every bit");
		assertEquals(result.theory().get(0).prediction().label(), read.theory().get(0).prediction().label());
		assertArrayEquals(result.theory().get(0).table().column("w"), read.theory().get(0).table().column("w"), 0);
	}

	@Test
	void aFolderIsReadableWhileItsRunTrains() throws Exception {
		Path run = folder.resolve("live");
		RunFolderWriter writer = new RunFolderWriter(run);
		List<RunResult> midway = new ArrayList<>();
		new ExperimentRunner(registry).run(FakeFamily.experiment("relax", 2.0), new NullProgressMonitor(),
				new RunListener() {
					@Override
					public void started(RunResult plan) {
						writer.started(plan);
					}

					@Override
					public void recorded(long step, double[] values) {
						writer.recorded(step, values);
						if (step == 100) {
							try {
								// every record is on disk as soon as it is recorded: what a crash at this step would leave
								midway.add(ResultsReader.read(run, registry));
							} catch (IOException e) {
								throw new AssertionError(e);
							}
						}
					}
				});
		RunResult partial = midway.get(0);
		assertEquals(SimulationOutcome.Status.RUNNING, partial.outcome().status(), "locked by its writer: still running");
		assertEquals(21, partial.simulation().size(), "steps 0..100 every 5");
		assertEquals(List.of("loss", "w"), partial.metrics().stream().map(m -> m.id()).toList(), "named by the family");
		writer.close();
		Path csv = run.resolve("metrics.csv");
		List<String> lines = Files.readAllLines(csv);
		Files.writeString(csv, String.join("\r\n", lines.subList(0, 22)) + "\r\n105,0.1,");
		assertTrue(ResultsReader.read(run, registry).simulation().size() == 21, "a row cut short is left out");
	}
}
