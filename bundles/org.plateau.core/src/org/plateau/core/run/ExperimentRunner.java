package org.plateau.core.run;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.ejml.data.DMatrixRMaj;
import org.plateau.core.family.ExperimentException;
import org.plateau.core.family.MatrixDescriptor;
import org.plateau.core.family.MetricDescriptor;
import org.plateau.core.family.MetricSink;
import org.plateau.core.family.ModelFamily;
import org.plateau.core.family.NetworkDiagram;
import org.plateau.core.family.PlotDescriptor;
import org.plateau.core.family.PreparedExperiment;
import org.plateau.core.family.SimulationOutcome;
import org.plateau.core.family.TheoryChoice;
import org.plateau.core.family.TheoryPrediction;
import org.plateau.core.family.Trainer;
import org.plateau.core.registry.Contributors;
import org.plateau.core.registry.FamilyRegistry;
import org.plateau.core.results.MatrixSnapshots;
import org.plateau.core.results.ResultsTable;
import org.plateau.model.Experiment;
import org.plateau.model.TheorySelection;
import org.plateau.model.Training;
import org.plateau.model.util.PlateauValidator;
import org.plateau.model.util.Texts;

/**
 * Runs an experiment: validates it once, finds its family once, has the family translate it once
 * ({@link #prepare}), trains the network in core's {@link StepLoop} and evaluates the theory at the recorded steps. Knows families only through the {@link FamilyRegistry}. Cancellation and divergence end the
 * simulation early; the result then holds what was recorded until then, and the theory at those steps.
 */
public final class ExperimentRunner {

	/**
	 * The records of a run kept in memory, for its figures, theory and summaries; a longer run keeps every other one,
	 * and so on ({@link ResultsTable#bounded}), while {@link org.plateau.core.results.RunFolderWriter} streams every
	 * record to disk. Bounds a run's memory whatever its number of steps.
	 */
	public static final int RECORDS_KEPT = 100_000;

	private final FamilyRegistry registry;

	public ExperimentRunner(FamilyRegistry registry) {
		this.registry = registry;
	}

	/**
	 * Checks an experiment with EMF validation (the shared model's and every family's validators).
	 *
	 * @throws ExperimentException listing every error, one per line
	 */
	public static void validate(Experiment experiment) throws ExperimentException {
		BasicDiagnostic diagnostic = Diagnostician.INSTANCE.createDefaultDiagnostic(experiment);
		Diagnostician.INSTANCE.validate(experiment, diagnostic, PlateauValidator.context());
		if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
			List<String> lines = new ArrayList<>();
			collectErrors(diagnostic, lines);
			throw new ExperimentException("Experiment '" + Texts.printable(experiment.getName()) + "' is not valid:\n  - "
					+ String.join("\n  - ", lines));
		}
	}

	private static void collectErrors(Diagnostic diagnostic, List<String> lines) {
		if (diagnostic.getChildren().isEmpty()) {
			if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
				lines.add(diagnostic.getMessage());
			}
			return;
		}
		for (Diagnostic child : diagnostic.getChildren()) {
			collectErrors(child, lines);
		}
	}

	/**
	 * Validates an experiment once, finds its family and has it translate the experiment once.
	 *
	 * @throws ExperimentException if the experiment is invalid, no family handles it, or its family refuses it
	 */
	public PreparedRun prepare(Experiment experiment) throws ExperimentException {
		validate(experiment);
		ModelFamily family = registry.familyFor(experiment).orElseThrow(() -> new ExperimentException(
				"No model family handles experiment '" + experiment.getName() + "' (task "
						+ describe(experiment.getTask()) + ", architecture " + describe(experiment.getArchitecture())
						+ "). Installed families: "
						+ registry.families().stream().map(ModelFamily::id).toList()));
		PreparedExperiment prepared;
		try {
			prepared = family.prepare(experiment);
		} catch (RuntimeException e) {
			throw new ExperimentException("Model family " + family.id() + " could not set up experiment '"
					+ experiment.getName() + "': " + reason(e), e);
		}
		List<Long> snapshotSteps = experiment.getTraining().getSnapshotSteps();
		if (!snapshotSteps.isEmpty() && prepared.matrices().isEmpty()) {
			// a setting that does nothing is refused by name rather than ignored
			throw new ExperimentException("Training of experiment '" + experiment.getName() + "': snapshotSteps "
					+ snapshotSteps + " are not honoured: " + family.name() + " snapshots no matrix of this experiment; "
					+ "remove them");
		}
		// refused before the network is allocated: an OutOfMemoryError would lose the process, not just the run
		checkMemory("Experiment '" + experiment.getName() + "'", prepared.sizedBy(), prepared.estimatedBytes(),
				"the network, its gradients and the data (estimated by " + family.name() + ")");
		if (prepared.metrics().isEmpty()) {
			throw new ExperimentException("Model family " + family.id() + " records no metric for experiment '"
					+ experiment.getName() + "' (the first must be the training loss)");
		}
		return new PreparedRun(experiment, family, prepared);
	}

	/**
	 * Runs the experiment.
	 *
	 * @param experiment a valid experiment
	 * @param monitor progress and cancellation; {@code null} allowed
	 * @return the results, partial if cancelled or diverged
	 * @throws ExperimentException if the experiment is invalid or no family handles it
	 */
	public RunResult run(Experiment experiment, IProgressMonitor monitor) throws ExperimentException {
		return run(experiment, monitor, RunListener.NONE);
	}

	/**
	 * Runs the experiment and reports its records to a listener as they come.
	 *
	 * @param experiment a valid experiment
	 * @param monitor progress and cancellation; {@code null} allowed
	 * @param listener follows the run; a listener that throws is reported as a failure of the run
	 * @return the results, partial if cancelled or diverged
	 * @throws ExperimentException if the experiment is invalid or no family handles it
	 */
	public RunResult run(Experiment experiment, IProgressMonitor monitor, RunListener listener)
			throws ExperimentException {
		return run(prepare(experiment), monitor, listener);
	}

	/**
	 * Runs a prepared experiment: trains its network in core's {@link StepLoop} and evaluates its theory at the
	 * recorded steps. Calls into the family are guarded here: a theory that the family refuses or that fails becomes a
	 * warning and the simulation goes on; a trainer that throws ends the run as FAILED with its records kept.
	 *
	 * @param run the prepared experiment
	 * @param monitor progress and cancellation; {@code null} allowed
	 * @param listener follows the run; a listener that throws is reported as a failure of the run
	 * @return the results, partial if cancelled or diverged
	 * @throws ExperimentException if the family cannot make the experiment's trainer
	 */
	public RunResult run(PreparedRun run, IProgressMonitor monitor, RunListener listener) throws ExperimentException {
		Experiment experiment = run.experiment();
		ModelFamily family = run.family();
		PreparedExperiment prepared = run.prepared();
		SubMonitor progress = SubMonitor.convert(monitor, "Running " + experiment.getName(), 100);
		Instant started = Instant.now();
		long t0 = System.nanoTime();

		List<String> warnings = new ArrayList<>();
		prepared.unusedSettings().forEach(unused -> warnings.add(unused.message()));
		warnings.addAll(prepared.warnings());
		// held in an array that training empties when the heap runs out, so that the network can be collected
		Trainer[] network = new Trainer[1];
		try {
			network[0] = trainer(run);
			return run(run, network, progress, listener, warnings, started, t0);
		} catch (OutOfMemoryError e) {
			network[0] = null;
			throw new ExperimentException(outOfMemory(run), e);
		}
	}

	/**
	 * Refuses what would need more than 80% of the heap this process may use, before it is allocated: the message
	 * names what is refused, the settings that size it, the size, the heap, and how to give Java more.
	 *
	 * @param what e.g. {@code "Experiment 'x'"} or {@code "Task of experiment 'x'"}
	 * @param sizedBy the settings that size it, in the form's words (may be empty)
	 * @param needed the bytes it needs ({@code <= 0}: unknown, not refused)
	 * @param forWhat what the memory is for, e.g. {@code "its data"}
	 * @throws ExperimentException when it does not fit
	 */
	public static void checkMemory(String what, String sizedBy, long needed, String forWhat) throws ExperimentException {
		long available = Runtime.getRuntime().maxMemory();
		if (needed > 0.8 * available) {
			throw new ExperimentException(String.format(java.util.Locale.ROOT, "%s: %s needs about %s of memory for %s, "
					+ "and this process has %s: give it more (e.g. PLATEAU_VM_ARGS=-Xmx%dg plateau ..., or -Xmx in "
					+ "plateau.ini for the workbench), or make it smaller", what,
					sizedBy == null || sizedBy.isBlank() ? "it" : sizedBy, bytes(needed), forWhat, bytes(available),
					suggestedHeapGiB(needed)));
		}
	}

	/** The message of a run that exhausted the heap despite the estimate, with the estimate and how to give more. */
	static String outOfMemory(PreparedRun run) {
		long estimate = run.prepared().estimatedBytes();
		return String.format("Experiment '%s' ran out of memory: the Java heap of %s is full%s; give Java more memory "
				+ "(e.g. PLATEAU_VM_ARGS=-Xmx%dg plateau ..., or -Xmx in plateau.ini for the workbench) or make the "
				+ "network or the data smaller", run.experiment().getName(), bytes(Runtime.getRuntime().maxMemory()),
				estimate > 0 ? " (" + run.family().name() + " estimated " + bytes(estimate) + " for its network and data)"
						: "",
				suggestedHeapGiB(Math.max(estimate, Runtime.getRuntime().maxMemory())));
	}

	/** A heap in GiB that holds {@code bytes} with room to spare: twice, rounded up to a power of two. */
	static long suggestedHeapGiB(long bytes) {
		long gib = Math.max(1, (long) Math.ceil(Math.min(2.0 * bytes, Long.MAX_VALUE / 4.0) / (1L << 30)));
		return Long.highestOneBit(gib) == gib ? gib : Long.highestOneBit(gib) << 1;
	}

	private RunResult run(PreparedRun run, Trainer[] network, SubMonitor progress, RunListener listener,
			List<String> warnings, Instant started, long t0) {
		Experiment experiment = run.experiment();
		ModelFamily family = run.family();
		PreparedExperiment prepared = run.prepared();
		List<TheoryPrediction> predictions = theory(run, warnings);
		List<MetricDescriptor> metrics = prepared.metrics();
		List<MatrixDescriptor> matrices = prepared.matrices();
		ResultsTable table = ResultsTable.bounded(metrics.stream().map(MetricDescriptor::id).toList(), RECORDS_KEPT);
		MatrixSnapshots snapshots = new MatrixSnapshots();
		List<PlotDescriptor> plots = prepared.plots();
		StepLoop.Schedule schedule = StepLoop.Schedule.of(experiment.getTraining());
		SimulationOutcome outcome = null;
		if (listener != RunListener.NONE) {
			// the theory at every step the simulation will record, so that it can be drawn ahead of the simulation
			List<TheoryResult> planned = new ArrayList<>();
			if (listener.wantsTheoryAhead()) {
				long[] plannedSteps = schedule.recordedSteps();
				for (TheoryPrediction prediction : predictions) {
					if (prediction.needsTheRun()) {
						continue; // fitted to the run: drawn when it has recorded
					}
					try {
						planned.add(evaluate(prediction, plannedSteps, new MatrixSnapshots()));
					} catch (RuntimeException e) {
						// reported as a warning when it fails again on the recorded steps below
					}
				}
			}
			try {
				listener.started(new RunResult(experiment, family, started, 0,
						new SimulationOutcome(SimulationOutcome.Status.RUNNING, 0, ""), metrics, matrices,
						new ResultsTable(table.columns()), new MatrixSnapshots(), planned, plots, List.copyOf(warnings)));
			} catch (RuntimeException e) {
				// e.g. the results folder cannot be written: nothing is trained
				outcome = new SimulationOutcome(SimulationOutcome.Status.FAILED, 0, "the run did not start: " + reason(e));
			}
		}
		if (outcome == null) {
			outcome = train(network, schedule, run, table, snapshots, listener, progress);
		}
		if (table.thinned()) {
			warnings.add(String.format("the run recorded %d rows: %s holds all of them, while its figures, theory and "
					+ "summaries use %d of them, evenly spaced, to bound the memory", table.rowsAdded(),
					"metrics.csv", table.size()));
		}

		List<TheoryResult> theory = new ArrayList<>();
		long[] steps = table.steps();
		// the theory is evaluated at the steps recorded even when the run was cancelled: its partial results stay whole
		SubMonitor theoryProgress = progress.split(10, SubMonitor.SUPPRESS_ISCANCELED)
				.setWorkRemaining(Math.max(1, predictions.size()));
		for (TheoryPrediction prediction : predictions) {
			theoryProgress.subTask("Theory: " + prediction.label());
			try {
				theory.add(evaluate(prediction, steps, snapshots));
			} catch (RuntimeException e) {
				warnings.add("Theory '" + prediction.id() + "' failed and is left out: " + reason(e));
			}
			theoryProgress.worked(1);
		}
		double wall = (System.nanoTime() - t0) * 1e-9;
		return new RunResult(experiment, family, started, wall, outcome, metrics, matrices, table, snapshots, theory,
				plots, List.copyOf(warnings), prepared.numerics());
	}

	/**
	 * Trains in the step loop; a trainer (or a listener) that throws ends the run as FAILED with its records kept, and
	 * so does a heap that runs out (the network is let go first: {@code network} is emptied).
	 */
	private static SimulationOutcome train(Trainer[] network, StepLoop.Schedule schedule, PreparedRun run,
			ResultsTable table, MatrixSnapshots snapshots, RunListener listener, SubMonitor progress) {
		PreparedExperiment prepared = run.prepared();
		SimulationOutcome outcome;
		try {
			StepLoop loop = new StepLoop(network[0], schedule, prepared.metrics(), prepared.matrices(), run.experiment().getName(),
					prepared.divergenceAdvice());
			outcome = loop.run(new MetricSink() {
				@Override
				public void record(long step, double[] values) {
					table.add(step, values);
					listener.recorded(step, values);
				}

				@Override
				public void snapshot(String name, long step, DMatrixRMaj matrix) {
					snapshots.put(name, step, matrix);
					listener.snapshot(name, step, matrix);
				}

				@Override
				public boolean wantsNetworkState() {
					return listener.wantsNetworkState();
				}

				@Override
				public void networkState(long step, NetworkDiagram.State state) {
					listener.networkState(step, state);
				}
			}, progress.split(90));
		} catch (RuntimeException e) {
			// a broken family must not lose what it recorded: keep the records, report the failure
			long last = table.size() == 0 ? 0 : table.step(table.size() - 1);
			outcome = new SimulationOutcome(SimulationOutcome.Status.FAILED, last,
					"the simulation of " + run.family().name() + " failed: " + reason(e));
		} catch (StackOverflowError | LinkageError | AssertionError e) {
			// a family's code failed in a way the virtual machine survives: the run ends, its records stay
			long last = table.size() == 0 ? 0 : table.step(table.size() - 1);
			outcome = new SimulationOutcome(SimulationOutcome.Status.FAILED, last, "the simulation of "
					+ run.family().name() + " (bundle " + Contributors.bundleOf(run.family()) + ") failed: "
					+ Contributors.reason(e));
		} catch (OutOfMemoryError e) {
			network[0] = null;
			long last = table.size() == 0 ? 0 : table.step(table.size() - 1);
			outcome = new SimulationOutcome(SimulationOutcome.Status.FAILED, last, outOfMemory(run)
					+ " (the records up to step " + last + " are kept)");
		}
		network[0] = null;
		return outcome;
	}

	/**
	 * The steps at which a run records its metrics when it runs to the end: 0, every record interval, and the last
	 * step ({@link StepLoop}).
	 */
	public static long[] plannedSteps(Training training) {
		return StepLoop.Schedule.of(training).recordedSteps();
	}

	private static Trainer trainer(PreparedRun run) throws ExperimentException {
		try {
			return run.prepared().trainer();
		} catch (RuntimeException e) {
			throw new ExperimentException("Model family " + run.family().id() + " could not set up experiment '"
					+ run.experiment().getName() + "': " + reason(e), e);
		}
	}

	/**
	 * The theory a prepared experiment's selection asks for: none when disabled, all the family offers when it names
	 * none. A refusal or failure becomes a warning, and the run goes on without theory.
	 *
	 * @param warnings receives the reason when there is no theory
	 */
	public static List<TheoryPrediction> theory(PreparedRun run, List<String> warnings) {
		try {
			return selectedTheory(run);
		} catch (ExperimentException e) {
			warnings.add(e.getMessage() + " (the simulation runs without theory)");
		} catch (RuntimeException e) {
			warnings.add("Model family " + run.family().id() + " failed to set up the theory: " + reason(e)
					+ " (the simulation runs without theory)");
		}
		return List.of();
	}

	/**
	 * The theory a prepared experiment's selection asks for: none when disabled, all the family offers when it names
	 * none.
	 *
	 * @throws ExperimentException when the family has no theory for the experiment, or the selection names a
	 *             prediction it does not offer; the message says why
	 */
	public static List<TheoryPrediction> selectedTheory(PreparedRun run) throws ExperimentException {
		TheorySelection selection = run.experiment().getTheory();
		if (selection != null && !selection.isEnabled()) {
			return List.of();
		}
		return TheoryChoice.select(run.prepared().theory(), selection,
				"Theory of experiment '" + run.experiment().getName() + "'");
	}

	/** A size for a message: "3.2 GiB". */
	public static String bytes(long bytes) {
		return bytes >= 1L << 30 ? String.format(java.util.Locale.ROOT, "%.1f GiB", bytes / (double) (1L << 30))
				: String.format(java.util.Locale.ROOT, "%.0f MiB", Math.ceil(bytes / (double) (1L << 20)));
	}

	/**
	 * Why contributed code failed, in words: its message; a failure without one is a programming error, named by its
	 * kind so that it can be reported.
	 */
	static String reason(RuntimeException e) {
		if (e instanceof java.io.UncheckedIOException io && io.getCause() != null) {
			return io.getCause().getMessage();
		}
		return Contributors.reason(e);
	}

	/**
	 * A prediction at the steps a run will record ({@link #plannedSteps}), before it trains: what a live plot draws
	 * ahead of the simulation. Its matrices are not evaluated.
	 */
	public static TheoryResult evaluateAhead(TheoryPrediction prediction, long[] steps) {
		return evaluate(prediction, steps, new MatrixSnapshots());
	}

	/**
	 * Evaluates a prediction at the planned steps ahead of a run, progressively: on the first eighth of the steps, then
	 * on twice as many at a time until all are done, each partial result handed over as it is computed, so that a slow
	 * prediction (an ODE integrated from t = 0 for each call) is drawn as it goes. A prediction that takes under
	 * {@value #QUICK_MILLIS} ms for the first eighth (a closed form) is evaluated on all the steps at once and handed
	 * over whole. A prediction
	 * evaluates each prefix from the start: the progress costs at most twice one whole evaluation.
	 *
	 * @param partial told each result, the last of them on every step
	 * @param cancelled asked between two evaluations; the evaluation stops when it says so
	 */
	public static void evaluateAheadProgressively(TheoryPrediction prediction, long[] steps, Consumer<TheoryResult> partial,
			BooleanSupplier cancelled) {
		evaluateAheadProgressively(prediction, steps, partial, cancelled, QUICK_MILLIS);
	}

	/**
	 * {@link #evaluateAheadProgressively(TheoryPrediction, long[], Consumer, BooleanSupplier)} with the time under
	 * which the first eighth makes a prediction quick.
	 */
	static void evaluateAheadProgressively(TheoryPrediction prediction, long[] steps, Consumer<TheoryResult> partial,
			BooleanSupplier cancelled, long quickMillis) {
		int n = steps.length;
		int done = Math.min(n, Math.max(1, n / 8));
		long started = System.nanoTime();
		TheoryResult first = evaluateAhead(prediction, Arrays.copyOf(steps, done));
		boolean quick = (System.nanoTime() - started) / 1e6 < quickMillis;
		if (!quick || done == n) {
			partial.accept(first); // a quick prediction is handed over whole, in a moment
		}
		while (done < n && !cancelled.getAsBoolean()) {
			done = quick ? n : Math.min(n, 2 * done);
			partial.accept(evaluateAhead(prediction, done == n ? steps : Arrays.copyOf(steps, done)));
		}
	}

	/** Below this many milliseconds for an eighth of the steps, a prediction is evaluated on the rest at once. */
	static final long QUICK_MILLIS = 5;

	private static TheoryResult evaluate(TheoryPrediction prediction, long[] steps, MatrixSnapshots simulated) {
		ResultsTable table = new ResultsTable(prediction.metricIds());
		if (steps.length > 0) {
			double[][] values = prediction.predict(steps);
			double[] row = new double[values.length];
			for (int i = 0; i < steps.length; i++) {
				for (int k = 0; k < row.length; k++) {
					row[k] = values[k][i];
				}
				table.add(steps[i], row);
			}
		}
		MatrixSnapshots matrices = new MatrixSnapshots();
		for (String name : prediction.matrixNames()) {
			for (Long step : simulated.of(name).keySet()) {
				matrices.put(name, step, prediction.predictMatrix(name, step));
			}
		}
		return new TheoryResult(prediction, table, matrices);
	}

	private static String describe(Object modelObject) {
		return modelObject == null ? "none"
				: modelObject instanceof org.eclipse.emf.ecore.EObject e ? e.eClass().getEPackage().getNsURI() + "#"
						+ e.eClass().getName() : modelObject.toString();
	}
}
