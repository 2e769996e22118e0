package org.plateau.core.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.plateau.core.family.ExampleExperiment;
import org.plateau.core.family.ExperimentException;
import org.plateau.core.family.ModelFamily;
import org.plateau.core.family.NetworkDiagram;
import org.plateau.core.family.PlotDescriptor;
import org.plateau.core.family.SimulationOutcome;
import org.plateau.core.family.TheoryParameter;
import org.plateau.core.family.TheoryPrediction;
import org.plateau.core.family.Trainer;
import org.plateau.core.registry.FamilyRegistry;
import org.plateau.core.results.ResultsTable;
import org.plateau.core.run.ExperimentRunner;
import org.plateau.core.run.PreparedRun;
import org.plateau.core.run.RunListener;
import org.plateau.core.run.RunResult;
import org.plateau.core.run.TheoryResult;
import org.plateau.core.sweep.SweepPlan;
import org.plateau.core.sweep.SweepPoint;
import org.plateau.model.Experiment;
import org.plateau.model.PlateauPackage;
import org.plateau.model.Sweep;
import org.plateau.model.Training;
import org.plateau.model.TrainingAlgorithm;
import org.plateau.model.util.PlateauResources;
import org.plateau.model.util.SweepAxes;

/**
 * The contract of the family API, checked for every family: subclass it in the family's test fragment. Every example
 * the family ships must load, validate, be handled by the family, run to completion headless, give bit-identical
 * records for the same seed, declare plots whose metrics exist, and, for the examples the family declares exact,
 * have every theory prediction match the simulation within the family's declared tolerance. Its trainer's step
 * allocates nothing, a cancelled run stops promptly with its records, a diverging run stops with a message and
 * finite partial records, its example sweeps plan, its diagrams draw, and every shared training setting either
 * changes the run or is refused by a message naming the field.
 */
public abstract class ModelFamilyConformanceTest {

	/** Steps of the short runs that compare settings: enough for every family's records to move. */
	private static final long SHORT_STEPS = 40;

	/** The family under test (a fresh instance is fine: the kit does not need OSGi). */
	protected abstract ModelFamily family();

	/**
	 * The examples whose theory is exact (aligned initialisation, small learning rate), by file name, with the
	 * largest allowed deviation |simulation - theory| relative to the largest |simulation| of each metric.
	 */
	protected abstract Map<String, Double> exactTheoryTolerances();

	/**
	 * An experiment of the family that diverges: by default its first example with the learning rate 10^4 times
	 * larger, recorded every step.
	 */
	protected Experiment divergingExperiment() {
		Experiment experiment = load(examples().values().stream().sorted((a, b) -> a.fileName().compareTo(b.fileName()))
				.findFirst().orElseThrow());
		Training training = experiment.getTraining();
		training.setLearningRate(training.getLearningRate() * 1e4);
		training.setSteps(Math.min(training.getSteps(), 2000));
		training.setRecordInterval(1);
		training.getSnapshotSteps().clear();
		return experiment;
	}

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

	private RunResult run(String name, Experiment experiment) {
		try {
			return runner().run(experiment, new NullProgressMonitor());
		} catch (ExperimentException e) {
			return fail(name + " does not run: " + e.getMessage());
		}
	}

	private RunResult run(ExampleExperiment example) {
		return run(example.fileName(), load(example));
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

	/** The trainer's step, the hot loop, allocates nothing (after a warm-up that lets the JIT settle). */
	@Test
	public void theStepAllocatesNothing() throws Exception {
		for (ExampleExperiment example : examples().values()) {
			PreparedRun prepared = runner().prepare(load(example));
			Trainer trainer = prepared.prepared().trainer();
			Runnable steps = () -> {
				for (int i = 0; i < 200; i++) {
					trainer.step();
				}
			};
			steps.run();
			steps.run();
			long bytes = Allocations.allocatedBytes(steps);
			// a few hundred bytes of JIT and safepoint noise at most; one array per step would be >= 200 * 16 bytes
			assertTrue(bytes < 2048, example.fileName() + ": 200 steps allocated " + bytes + " bytes");
		}
	}

	/** A cancelled run stops within seconds, as CANCELLED, with the records it made. */
	@Test
	public void aCancelledRunStopsPromptlyAndKeepsItsRecords() {
		ExampleExperiment example = examples().values().stream().sorted((a, b) -> a.fileName().compareTo(b.fileName()))
				.findFirst().orElseThrow();
		Experiment experiment = load(example);
		experiment.getTraining().setSteps(experiment.getTraining().getSteps() * 20);
		experiment.getTraining().getSnapshotSteps().clear();
		AtomicBoolean cancel = new AtomicBoolean();
		RunResult result = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> runner().run(experiment,
				new NullProgressMonitor() {
					@Override
					public boolean isCanceled() {
						return cancel.get();
					}
				}, new RunListener() {
					@Override
					public void recorded(long step, double[] values) {
						if (step > 0) {
							cancel.set(true);
						}
					}
				}), example.fileName() + ": the run did not stop within 20 s of its cancellation");
		assertEquals(SimulationOutcome.Status.CANCELLED, result.outcome().status(), example.fileName());
		assertTrue(result.outcome().stepsCompleted() < experiment.getTraining().getSteps(), example.fileName());
		assertTrue(result.simulation().size() >= 2, example.fileName() + ": the records before the cancellation are kept");
	}

	/** A diverging run stops with a message naming the step, and keeps finite records up to it. */
	@Test
	public void aDivergingRunStopsWithAMessageAndKeepsFinitePartialRecords() {
		Experiment experiment = divergingExperiment();
		RunResult result = run("the diverging experiment", experiment);
		assertEquals(SimulationOutcome.Status.DIVERGED, result.outcome().status(), result.outcome().message());
		assertTrue(result.outcome().message().contains("NaN/Inf at step"), result.outcome().message());
		assertTrue(result.simulation().size() >= 1, "the records before the divergence are kept");
		ResultsTable table = result.simulation();
		for (int i = 0; i < table.size(); i++) {
			assertTrue(Double.isFinite(table.value(0, i)), "a recorded loss is not finite at step " + table.step(i));
		}
	}

	@Test
	public void everyExampleSweepPlansPointsTheFamilyRuns() throws Exception {
		for (ExampleExperiment example : family().exampleSweeps()) {
			Sweep sweep = PlateauResources.loadSweep(example.location());
			SweepPlan plan = SweepPlan.of(sweep);
			assertFalse(plan.points().isEmpty(), example.fileName() + " plans no point");
			for (SweepPoint point : plan.points()) {
				try {
					runner().prepare(point.experiment());
				} catch (ExperimentException e) {
					fail(example.fileName() + " point " + point.id() + ": " + e.getMessage());
				}
			}
		}
	}

	@Test
	public void everyExampleDiagramDrawsItsLayersAndConnections() {
		for (ExampleExperiment example : examples().values()) {
			family().diagram(load(example)).ifPresent(diagram -> {
				assertFalse(diagram.layers().isEmpty(), example.fileName() + ": a diagram without layers");
				List<String> ids = diagram.layers().stream().map(NetworkDiagram.Layer::id).toList();
				for (NetworkDiagram.Connection connection : diagram.connections()) {
					assertTrue(ids.contains(connection.from()) && ids.contains(connection.to()),
							example.fileName() + ": connection " + connection + " joins unknown layers " + ids);
				}
			});
		}
	}

	/**
	 * Every setting of the shared training and of the initialisation either changes the run or is refused with a
	 * message naming it: nothing the form offers is silently ignored. Each example runs {@value #SHORT_STEPS} steps,
	 * once as it is and once per changed setting (every other literal of an enum, half a real value or 0.01 for 0, one
	 * more for an integer, a snapshot step half-way).
	 */
	@Test
	public void everySettingChangesTheRunOrIsRefusedByName() {
		for (ExampleExperiment example : examples().values()) {
			Experiment base = shortened(load(example));
			RunResult reference = run(example.fileName(), base);
			for (Function<Experiment, EObject> part : List.<Function<Experiment, EObject>>of(Experiment::getTraining,
					Experiment::getInitialisation)) {
				if (part.apply(base) == null) {
					continue;
				}
				for (EAttribute attribute : part.apply(base).eClass().getEAllAttributes()) {
					for (Experiment changed : changes(base, part, attribute, reference)) {
						String what = example.fileName() + " with " + attribute.getName() + " = "
								+ part.apply(changed).eGet(attribute);
						RunResult result;
						try {
							result = runner().run(changed, new NullProgressMonitor());
						} catch (ExperimentException e) {
							assertTrue(e.getMessage().contains(attribute.getName()),
									what + ": refused without naming " + attribute.getName() + ": " + e.getMessage());
							continue;
						}
						assertFalse(sameRecords(reference, result),
								what + ": the run is the same as without the change (a setting that does nothing)");
					}
				}
			}
		}
	}

	/**
	 * Every setting a theory declares it depends on ({@link TheoryPrediction#parameters()}, what a workbench slider
	 * moves) names a numeric setting of the experiment, holds its value within the declared range, and changes the
	 * prediction when moved within that range (or the theory is refused by a message naming it).
	 */
	@Test
	public void everyTheoryParameterNamesASettingThatChangesThePrediction() throws Exception {
		for (ExampleExperiment example : examples().values()) {
			Experiment experiment = load(example);
			PreparedRun prepared = runner().prepare(experiment);
			List<TheoryPrediction> theory;
			try {
				theory = ExperimentRunner.selectedTheory(prepared);
			} catch (ExperimentException e) {
				continue; // no theory for this example: nothing declared
			}
			long[] planned = ExperimentRunner.plannedSteps(experiment.getTraining());
			long[] steps = { planned[0], planned[planned.length / 2], planned[planned.length - 1] };
			for (TheoryPrediction prediction : theory) {
				double[][] before = prediction.predict(steps);
				for (TheoryParameter parameter : prediction.parameters()) {
					String what = example.fileName() + ", theory " + prediction.id() + ", parameter " + parameter.path();
					EAttribute attribute = SweepAxes.attribute(experiment, parameter.path());
					assertTrue(attribute != null && SweepAxes.isNumeric(attribute), what + ": no numeric setting of that path");
					double current = ((Number) SweepAxes.get(experiment, parameter.path())).doubleValue();
					assertTrue(current >= parameter.min() && current <= parameter.max(),
							what + ": the value " + current + " lies outside the declared range");
					double moved = current == 0 ? parameter.max() / 10
							: current * 1.5 <= parameter.max() ? current * 1.5 : current / 1.5;
					Experiment changed = EcoreUtil.copy(experiment);
					SweepAxes.apply(changed, parameter.path(), SweepAxes.convert(attribute, moved));
					double[][] after;
					try {
						after = ExperimentRunner.selectedTheory(runner().prepare(changed)).stream()
								.filter(p -> p.id().equals(prediction.id())).findFirst().orElseThrow().predict(steps);
					} catch (ExperimentException e) {
						String name = parameter.path().substring(parameter.path().lastIndexOf('.') + 1);
						assertTrue(e.getMessage().contains(name), what + ": refused without naming it: " + e.getMessage());
						continue;
					}
					assertFalse(java.util.Arrays.deepEquals(before, after),
							what + ": moving it from " + current + " to " + moved + " leaves the prediction as it was");
				}
			}
		}
	}

	private static Experiment shortened(Experiment experiment) {
		Experiment copy = EcoreUtil.copy(experiment);
		Training training = copy.getTraining();
		training.setSteps(Math.min(training.getSteps(), SHORT_STEPS));
		training.setRecordInterval(Math.min(training.getRecordInterval(), 4));
		training.getSnapshotSteps().removeIf(step -> step > training.getSteps());
		return copy;
	}

	@SuppressWarnings("unchecked")
	private static List<Experiment> changes(Experiment base, Function<Experiment, EObject> part, EAttribute attribute,
			RunResult reference) {
		List<Experiment> changes = new ArrayList<>();
		Object value = part.apply(base).eGet(attribute);
		if (attribute == PlateauPackage.Literals.TRAINING__STOP_BELOW_LOSS) {
			// the stopping rule, half-way down the reference's loss: the run must end earlier
			double[] loss = reference.simulation().column(reference.simulation().columns().get(0));
			if (loss.length >= 2 && loss[loss.length - 1] < loss[0]) {
				Experiment copy = EcoreUtil.copy(base);
				copy.getTraining().setStopBelowLoss((loss[0] + loss[loss.length - 1]) / 2);
				changes.add(copy);
			}
			return changes;
		}
		if (attribute.isMany()) {
			Class<?> type = attribute.getEAttributeType().getInstanceClass();
			if (type == long.class || type == Long.class) {
				// a snapshot step half-way
				Experiment copy = EcoreUtil.copy(base);
				EList<Long> steps = (EList<Long>) part.apply(copy).eGet(attribute);
				long step = copy.getTraining().getSteps() / 2;
				if (!steps.contains(step)) {
					steps.add(step);
					changes.add(copy);
				}
			}
			return changes;
		}
		if (attribute.getEAttributeType() instanceof EEnum enumeration) {
			for (EEnumLiteral literal : enumeration.getELiterals()) {
				if (!literal.getInstance().equals(value)) {
					Experiment copy = EcoreUtil.copy(base);
					part.apply(copy).eSet(attribute, (Enumerator) literal.getInstance());
					if (literal.getInstance() == TrainingAlgorithm.MINI_BATCH_SGD) {
						copy.getTraining().setBatchSize(2); // the algorithm with what it needs, so the family answers
					}
					changes.add(copy);
				}
			}
			return changes;
		}
		Object changed;
		if (value instanceof Double d) {
			changed = d == 0 ? 0.01 : d / 2;
		} else if (value instanceof Long l) {
			changed = l + 1;
		} else if (value instanceof Integer i) {
			changed = i + 1;
		} else if (value instanceof Boolean b) {
			changed = !b;
		} else {
			return changes;
		}
		Experiment copy = EcoreUtil.copy(base);
		part.apply(copy).eSet(attribute, changed);
		changes.add(copy);
		return changes;
	}

	/** Whether two runs recorded the same metrics, bit for bit, and snapshot the same matrices at the same steps. */
	private static boolean sameRecords(RunResult first, RunResult second) {
		for (String name : first.snapshots().names()) {
			if (!first.snapshots().of(name).keySet().equals(second.snapshots().of(name).keySet())) {
				return false;
			}
		}
		for (String name : second.snapshots().names()) {
			if (first.snapshots().of(name).isEmpty()) {
				return false;
			}
		}
		ResultsTable a = first.simulation();
		ResultsTable b = second.simulation();
		if (a.size() != b.size() || !a.columns().equals(b.columns())) {
			return false;
		}
		for (int i = 0; i < a.size(); i++) {
			if (a.step(i) != b.step(i)) {
				return false;
			}
			for (int c = 0; c < a.columns().size(); c++) {
				if (Double.doubleToRawLongBits(a.value(c, i)) != Double.doubleToRawLongBits(b.value(c, i))) {
					return false;
				}
			}
		}
		return true;
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
