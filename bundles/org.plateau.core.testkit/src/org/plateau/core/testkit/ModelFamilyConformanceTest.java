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
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
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
 * finite partial records, its example sweeps plan, its diagrams draw, and every setting its form offers (training,
 * initialisation, task, architecture) either changes the run or is refused by a message naming the field.
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
	 * The most steps an example is run for by the checks that run whole examples (completion and determinism, and the
	 * full rerun of a setting whose effect lies past the short run): longer examples run this many steps. No limit by
	 * default; a family whose paper-sized examples take minutes (an RNN trained for 1000 epochs) sets one, and proves
	 * its examples' full runs in its own tests.
	 */
	protected long longestExampleRun() {
		return Long.MAX_VALUE;
	}

	/**
	 * Whether {@link #everySettingChangesTheRunOrIsRefusedByName} goes through every setting of this example (all by
	 * default). A family whose examples are costly to run once per setting may check a subset that still holds every
	 * class of its package (each task, architecture and initialisation), and so every setting the form offers.
	 *
	 * @param fileName the example's file name
	 */
	protected boolean checksEverySettingOf(String fileName) {
		return true;
	}

	/**
	 * Settings whose effect no run of {@link #longestExampleRun()} steps shows, each proved by a test of the family
	 * instead, e.g. the length of the strings on which an RNN's extracted automaton is tested, which matters only once
	 * the automaton is finite, hundreds of epochs in. Keys are {@code DeclaringClass.attribute}
	 * ({@code SequenceTask.automatonTestLength}), values name the family's test that proves the setting changes the
	 * run. None by default.
	 */
	protected Map<String, String> settingsProvedByTheFamily() {
		return Map.of();
	}

	/** An example, cut to {@link #longestExampleRun()} steps. */
	private Experiment capped(Experiment experiment) {
		Training training = experiment.getTraining();
		if (training.getSteps() > longestExampleRun()) {
			training.setSteps(longestExampleRun());
			training.getSnapshotSteps().removeIf(step -> step > training.getSteps());
		}
		return experiment;
	}

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
		return run(example.fileName(), capped(load(example)));
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
			RunResult result = run(example.fileName(), load(example));
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
	 * Where the family draws a diagram, a run followed live gives the network's state at every record: one finite
	 * weight norm per connection of the diagram, which training moves.
	 */
	@Test
	public void everyDiagramIsDrawnLiveWithOneWeightNormPerConnection() throws Exception {
		for (ExampleExperiment example : examples().values()) {
			Experiment experiment = shortened(load(example));
			Optional<NetworkDiagram> diagram = family().diagram(experiment);
			if (diagram.isEmpty()) {
				continue;
			}
			List<long[]> steps = new ArrayList<>();
			List<double[]> norms = new ArrayList<>();
			runner().run(runner().prepare(experiment), new NullProgressMonitor(), new RunListener() {
				@Override
				public boolean wantsNetworkState() {
					return true;
				}

				@Override
				public void networkState(long step, NetworkDiagram.State state) {
					steps.add(new long[] { step });
					norms.add(state.weightNorms());
				}
			});
			assertFalse(norms.isEmpty(), example.fileName() + ": a diagram, but no live state of the network");
			for (double[] state : norms) {
				assertEquals(diagram.get().connections().size(), state.length,
						example.fileName() + ": one weight norm per connection of the diagram");
				assertTrue(java.util.Arrays.stream(state).allMatch(Double::isFinite), example.fileName() + ": finite norms");
			}
			assertFalse(java.util.Arrays.equals(norms.get(0), norms.get(norms.size() - 1)),
					example.fileName() + ": the weight norms do not move from step 0 to step " + steps.getLast()[0]);
		}
	}

	/**
	 * Every setting the experiment's form offers (the seed, and every attribute of the training, the initialisation,
	 * the task and the architecture, down to the objects they contain, such as a graph's nodes) either changes the
	 * run or is refused with a message naming it: nothing the form offers is silently ignored. Each example runs
	 * {@value #SHORT_STEPS} steps, once as it is and once per changed setting (every other literal of an enum, half a
	 * real value or 0.01 for 0, one more for an integer, the first of a list of reals halved, a snapshot step
	 * half-way); a change whose effect lies past the short run (a reversal at step 5000) is run again in full. Text
	 * settings (names, notes) are not looked at.
	 */
	@Test
	public void everySettingChangesTheRunOrIsRefusedByName() {
		List<String> ignored = new ArrayList<>();
		for (ExampleExperiment example : examples().values()) {
			if (!checksEverySettingOf(example.fileName())) {
				continue;
			}
			Experiment full = capped(load(example));
			Experiment base = shortened(full);
			RunResult reference = run(example.fileName(), base);
			RunResult fullReference = null;
			for (String object : settingObjects(base)) {
				for (EAttribute attribute : locate(base, object).eClass().getEAllAttributes()) {
					for (Change change : changes(base, object, attribute, reference)) {
						String what = example.fileName() + " with " + change.description();
						Experiment changed = change.of(base);
						PreparedRun prepared;
						RunResult result;
						try {
							prepared = runner().prepare(changed);
							result = runner().run(prepared, new NullProgressMonitor(), RunListener.NONE);
						} catch (ExperimentException e) {
							if (!e.getMessage().contains(attribute.getName())) {
								ignored.add(what + ": refused without naming " + attribute.getName() + ": " + e.getMessage());
							}
							continue;
						}
						EObject owner = locate(changed, object);
						// the family declares that the setting plays no part in the experiment (UnusedSetting)
						boolean unused = prepared.prepared().unusedSettings().stream()
								.anyMatch(setting -> setting.owner() == owner && setting.feature() == attribute);
						if (unused && !sameRecords(reference, result)) {
							ignored.add(what + ": the family declares the setting unused, yet it changes the run");
						}
						boolean proved = settingsProvedByTheFamily().containsKey(
								attribute.getEContainingClass().getName() + "." + attribute.getName());
						if (sameRecords(reference, result) && !unused && !proved) {
							fullReference = fullReference != null ? fullReference : run(example.fileName(), full);
							if (sameRecords(fullReference, run(what, change.of(full)))) {
								ignored.add(what + ": the run is the same as without the change, and the family does not"
										+ " declare the setting unused");
							}
						}
					}
				}
			}
		}
		assertTrue(ignored.isEmpty(), ignored.size() + " settings ignored silently:\n  " + String.join("\n  ", ignored));
	}

	/** A changed setting: what it is, and the experiment with it. */
	private record Change(String description, Consumer<Experiment> apply) {
		Experiment of(Experiment experiment) {
			Experiment copy = EcoreUtil.copy(experiment);
			apply.accept(copy);
			return copy;
		}
	}

	/**
	 * The objects whose attributes the form offers, by their fragment path from the experiment ({@code ""} for the
	 * experiment itself): the training, the initialisation, the task, the architecture and what they contain.
	 */
	private static List<String> settingObjects(Experiment experiment) {
		List<String> paths = new ArrayList<>(List.of(""));
		for (EObject part : new EObject[] { experiment.getTraining(), experiment.getInitialisation(), experiment.getTask(),
				experiment.getArchitecture() }) {
			if (part == null) {
				continue;
			}
			paths.add(EcoreUtil.getRelativeURIFragmentPath(experiment, part));
			part.eAllContents().forEachRemaining(o -> paths.add(EcoreUtil.getRelativeURIFragmentPath(experiment, o)));
		}
		return paths;
	}

	private static EObject locate(Experiment experiment, String path) {
		return path.isEmpty() ? experiment : EcoreUtil.getEObject(experiment, path);
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
	private static List<Change> changes(Experiment base, String object, EAttribute attribute, RunResult reference) {
		List<Change> changes = new ArrayList<>();
		Object value = locate(base, object).eGet(attribute);
		String name = (object.isEmpty() ? "" : locate(base, object).eClass().getName() + ".") + attribute.getName();
		if (attribute == PlateauPackage.Literals.TRAINING__STOP_BELOW_LOSS) {
			// the stopping rule, half-way down the reference's loss: the run must end earlier
			double[] loss = reference.simulation().column(reference.simulation().columns().get(0));
			if (loss.length >= 2 && loss[loss.length - 1] < loss[0]) {
				double threshold = (loss[0] + loss[loss.length - 1]) / 2;
				changes.add(new Change(name + " = " + threshold, e -> e.getTraining().setStopBelowLoss(threshold)));
			}
			return changes;
		}
		if (attribute.isMany()) {
			Class<?> type = attribute.getEAttributeType().getInstanceClass();
			if (type == long.class || type == Long.class) {
				// a snapshot step half-way
				long step = base.getTraining().getSteps() / 2;
				if (!((List<Long>) value).contains(step)) {
					changes.add(new Change(name + " + " + step,
							e -> ((EList<Long>) locate(e, object).eGet(attribute)).add(step)));
				}
			} else if ((type == double.class || type == Double.class) && !((List<Double>) value).isEmpty()) {
				// the first value halved, e.g. the largest singular value of a task
				changes.add(new Change(name + "[0] halved", e -> {
					EList<Double> values = (EList<Double>) locate(e, object).eGet(attribute);
					double halved = values.get(0) / 2;
					values.set(0, values.contains(halved) ? values.get(0) * 0.6 : halved); // a unique list stays so
				}));
			}
			return changes;
		}
		if (attribute.getEAttributeType() instanceof EEnum enumeration) {
			for (EEnumLiteral literal : enumeration.getELiterals()) {
				if (!literal.getInstance().equals(value)) {
					changes.add(new Change(name + " = " + literal.getName(), e -> {
						locate(e, object).eSet(attribute, (Enumerator) literal.getInstance());
						// the algorithm with what it needs (a batch size for mini-batches only), so that the family answers
						if (literal.getInstance() == TrainingAlgorithm.MINI_BATCH_SGD) {
							e.getTraining().setBatchSize(2);
						} else if (attribute == PlateauPackage.Literals.TRAINING__ALGORITHM) {
							e.getTraining().setBatchSize(0);
						}
					}));
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
		changes.add(new Change(name + " = " + changed, e -> locate(e, object).eSet(attribute, changed)));
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
