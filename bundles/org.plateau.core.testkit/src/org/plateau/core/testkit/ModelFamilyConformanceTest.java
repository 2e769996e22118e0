package org.plateau.core.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.plateau.core.family.ExampleExperiment;
import org.plateau.core.family.ExperimentException;
import org.plateau.core.family.ModelFamily;
import org.plateau.core.family.PlotDescriptor;
import org.plateau.core.family.SimulationOutcome;
import org.plateau.core.registry.FamilyRegistry;
import org.plateau.core.results.ResultsTable;
import org.plateau.core.run.ExperimentRunner;
import org.plateau.core.run.RunResult;
import org.plateau.core.run.TheoryResult;
import org.plateau.model.Experiment;
import org.plateau.model.util.PlateauResources;

/**
 * The checks every model family passes, for free: subclass it in the family's test fragment. Every example the
 * family ships must load, validate, be handled by the family, run to completion headless, give bit-identical
 * records for the same seed, declare plots whose metrics exist, and, for the examples the family declares exact,
 * have every theory prediction match the simulation within the family's declared tolerance.
 */
public abstract class ModelFamilyConformanceTest {

	/** The family under test (a fresh instance is fine: the kit does not need OSGi). */
	protected abstract ModelFamily family();

	/**
	 * The examples whose theory is exact (aligned initialisation, small learning rate), by file name, with the
	 * largest allowed deviation |simulation - theory| relative to the largest |simulation| of each metric.
	 */
	protected abstract Map<String, Double> exactTheoryTolerances();

	private ExperimentRunner runner() {
		return new ExperimentRunner(FamilyRegistry.of(family()));
	}

	private Map<String, ExampleExperiment> examples() {
		List<ExampleExperiment> examples = family().examples();
		assertFalse(examples.isEmpty(), family().id() + " ships no example experiment");
		return examples.stream().collect(Collectors.toMap(ExampleExperiment::fileName, Function.identity()));
	}

	private static Experiment load(ExampleExperiment example) {
		try {
			return PlateauResources.load(example.location());
		} catch (java.io.IOException e) {
			return fail("example " + example.fileName() + " does not load: " + e.getMessage());
		}
	}

	private RunResult run(ExampleExperiment example) {
		try {
			return runner().run(load(example), new NullProgressMonitor());
		} catch (ExperimentException e) {
			return fail("example " + example.fileName() + " does not run: " + e.getMessage());
		}
	}

	@Test
	public void everyExampleValidatesAndIsHandledByTheFamily() throws ExperimentException {
		for (ExampleExperiment example : examples().values()) {
			Experiment experiment = load(example);
			ExperimentRunner.validate(experiment);
			assertTrue(family().handles(experiment), family().id() + " does not handle its example " + example.fileName());
			assertFalse(example.title().isBlank(), example.fileName() + " has no title (first line of its notes)");
		}
	}

	@Test
	public void everyExampleRunsToCompletionDeterministically() {
		for (ExampleExperiment example : examples().values()) {
			RunResult first = run(example);
			assertEquals(SimulationOutcome.Status.COMPLETED, first.outcome().status(),
					example.fileName() + ": " + first.outcome().message());
			assertTrue(first.simulation().size() >= 2, example.fileName() + " recorded fewer than two rows");
			RunResult second = run(example);
			assertTablesIdentical(example.fileName(), first.simulation(), second.simulation());
			for (PlotDescriptor plot : first.plots()) {
				for (String metric : plot.metricIds()) {
					assertTrue(first.simulation().indexOf(metric) >= 0,
							example.fileName() + ": plot " + plot.id() + " names unknown metric " + metric);
				}
			}
		}
	}

	@Test
	public void theoryMatchesSimulationWhereTheFamilyDeclaresItExact() {
		Map<String, ExampleExperiment> examples = examples();
		assertFalse(exactTheoryTolerances().isEmpty(), family().id() + " declares no example with exact theory");
		for (Map.Entry<String, Double> entry : exactTheoryTolerances().entrySet()) {
			ExampleExperiment example = examples.get(entry.getKey());
			assertTrue(example != null, "no example " + entry.getKey() + " among " + examples.keySet());
			RunResult result = run(example);
			assertFalse(result.theory().isEmpty(), entry.getKey() + " computed no theory");
			for (TheoryResult theory : result.theory()) {
				for (String metric : theory.table().columns()) {
					double deviation = maxRelativeDeviation(result.simulation(), theory.table(), metric);
					assertTrue(deviation <= entry.getValue(), String.format(
							"%s: %s of %s deviates from the simulation by %.3g (relative), more than %.3g",
							entry.getKey(), metric, theory.prediction().id(), deviation, entry.getValue()));
				}
			}
		}
	}

	/** max_t |sim - theory| / max(1e-12, max_t |sim|). */
	public static double maxRelativeDeviation(ResultsTable simulation, ResultsTable theory, String metric) {
		double[] sim = simulation.column(metric);
		double[] th = theory.column(metric);
		assertEquals(sim.length, th.length, metric + ": theory and simulation have different lengths");
		double scale = 1e-12;
		double deviation = 0;
		for (int i = 0; i < sim.length; i++) {
			scale = Math.max(scale, Math.abs(sim[i]));
			deviation = Math.max(deviation, Math.abs(sim[i] - th[i]));
		}
		return deviation / scale;
	}

	private static void assertTablesIdentical(String name, ResultsTable a, ResultsTable b) {
		assertEquals(a.size(), b.size(), name + ": runs with the same seed recorded different numbers of rows");
		for (int c = 0; c < a.columns().size(); c++) {
			for (int i = 0; i < a.size(); i++) {
				if (Double.doubleToRawLongBits(a.value(c, i)) != Double.doubleToRawLongBits(b.value(c, i))) {
					fail(name + ": runs with the same seed differ in " + a.columns().get(c) + " at step " + a.step(i));
				}
			}
		}
	}
}
