package org.plateau.core.run;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

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
import org.plateau.core.family.PlotDescriptor;
import org.plateau.core.family.Simulation;
import org.plateau.core.family.SimulationOutcome;
import org.plateau.core.family.TheoryPrediction;
import org.plateau.core.registry.FamilyRegistry;
import org.plateau.core.results.MatrixSnapshots;
import org.plateau.core.results.ResultsTable;
import org.plateau.model.Experiment;
import org.plateau.model.Training;

/**
 * Runs an experiment: validates it, finds its family, trains the network and evaluates the theory at the
 * recorded steps. Knows families only through the {@link FamilyRegistry}. Cancellation and divergence end the
 * simulation early; the result then holds what was recorded until then, and the theory at those steps.
 */
public final class ExperimentRunner {

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
		Diagnostician.INSTANCE.validate(experiment, diagnostic, Diagnostician.INSTANCE.createDefaultContext());
		if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
			List<String> lines = new ArrayList<>();
			collectErrors(diagnostic, lines);
			throw new ExperimentException("Experiment '" + experiment.getName() + "' is not valid:\n  - "
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
		validate(experiment);
		ModelFamily family = registry.familyFor(experiment).orElseThrow(() -> new ExperimentException(
				"No model family handles experiment '" + experiment.getName() + "' (task "
						+ describe(experiment.getTask()) + ", architecture " + describe(experiment.getArchitecture())
						+ "). Installed families: "
						+ registry.families().stream().map(ModelFamily::id).toList()));
		SubMonitor progress = SubMonitor.convert(monitor, "Running " + experiment.getName(), 100);
		Instant started = Instant.now();
		long t0 = System.nanoTime();

		List<String> warnings = new ArrayList<>();
		Simulation simulation = createSimulation(family, experiment);
		List<TheoryPrediction> predictions = createTheory(family, experiment, warnings);
		List<MetricDescriptor> metrics = simulation.metrics();
		ResultsTable table = new ResultsTable(metrics.stream().map(MetricDescriptor::id).toList());
		MatrixSnapshots snapshots = new MatrixSnapshots();
		List<PlotDescriptor> plots = family.plots(experiment);
		if (listener != RunListener.NONE) {
			// the theory at every step the simulation will record, so that it can be drawn ahead of the simulation
			List<TheoryResult> planned = new ArrayList<>();
			long[] plannedSteps = plannedSteps(experiment.getTraining());
			for (TheoryPrediction prediction : predictions) {
				try {
					planned.add(evaluate(prediction, plannedSteps, new MatrixSnapshots()));
				} catch (RuntimeException e) {
					// reported as a warning when it fails again on the recorded steps below
				}
			}
			listener.started(new RunResult(experiment, family, started, 0,
					new SimulationOutcome(SimulationOutcome.Status.RUNNING, 0, ""), metrics, simulation.matrices(),
					new ResultsTable(table.columns()), new MatrixSnapshots(), planned, plots, List.copyOf(warnings)));
		}
		SimulationOutcome outcome;
		try {
			outcome = simulation.run(new MetricSink() {
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
			}, progress.split(90));
		} catch (RuntimeException e) {
			// a broken family must not lose what it recorded: keep the records, report the failure
			long last = table.size() == 0 ? 0 : table.step(table.size() - 1);
			outcome = new SimulationOutcome(SimulationOutcome.Status.FAILED, last,
					"the simulation of " + family.name() + " failed: " + reason(e));
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
		List<MatrixDescriptor> matrices = simulation.matrices();
		return new RunResult(experiment, family, started, wall, outcome, metrics, matrices, table, snapshots, theory,
				plots, List.copyOf(warnings));
	}

	/**
	 * The steps at which a simulation records its metrics when it runs to the end: 0, every record interval, and
	 * the last step ({@link Simulation}'s guarantee).
	 */
	public static long[] plannedSteps(Training training) {
		long total = Math.max(0, training.getSteps());
		long interval = Math.max(1, training.getRecordInterval());
		int count = (int) Math.min(Integer.MAX_VALUE - 1, total / interval + 1);
		boolean last = total % interval != 0;
		long[] steps = new long[count + (last ? 1 : 0)];
		for (int i = 0; i < count; i++) {
			steps[i] = i * interval;
		}
		if (last) {
			steps[count] = total;
		}
		return steps;
	}

	private static Simulation createSimulation(ModelFamily family, Experiment experiment) throws ExperimentException {
		try {
			return family.createSimulation(experiment);
		} catch (RuntimeException e) {
			throw new ExperimentException("Model family " + family.id() + " could not set up experiment '"
					+ experiment.getName() + "': " + reason(e), e);
		}
	}

	/** The theory the experiment asks for; a refusal or failure becomes a warning, and the run goes on without it. */
	private static List<TheoryPrediction> createTheory(ModelFamily family, Experiment experiment, List<String> warnings) {
		try {
			return family.createTheory(experiment);
		} catch (ExperimentException e) {
			warnings.add(e.getMessage() + " (the simulation runs without theory)");
		} catch (RuntimeException e) {
			warnings.add("Model family " + family.id() + " failed to set up the theory: " + reason(e)
					+ " (the simulation runs without theory)");
		}
		return List.of();
	}

	private static String reason(RuntimeException e) {
		return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
	}

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
