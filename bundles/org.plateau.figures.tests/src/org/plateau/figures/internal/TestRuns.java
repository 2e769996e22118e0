package org.plateau.figures.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.ejml.data.DMatrixRMaj;
import org.plateau.core.family.MatrixDescriptor;
import org.plateau.core.family.MetricDescriptor;
import org.plateau.core.family.PlotDescriptor;
import org.plateau.core.family.SimulationOutcome;
import org.plateau.core.family.TheoryPrediction;
import org.plateau.core.results.MatrixSnapshots;
import org.plateau.core.results.ResultsTable;
import org.plateau.core.run.RunResult;
import org.plateau.core.run.TheoryResult;
import org.plateau.model.Experiment;
import org.plateau.model.PlateauFactory;

/**
 * Hand-built runs for the figure tests: three decoupled modes learning by the logistic equation
 * {@code da/dt = 2a(s - a)} (Saxe et al. 2014, eq. 7 for balanced weights), simulated with Euler steps of
 * {@code η} and predicted in closed form, plus the input-output map {@code W = Σ a_i u_i v_iᵀ}.
 */
final class TestRuns {

	static final String EXPERIMENT_NAME = "three-modes-demo";
	static final double ETA = 0.02;
	static final double[] S = { 3, 2, 1 };
	static final double A0 = 0.01;
	static final long STEPS = 260;
	static final long INTERVAL = 2;
	static final long[] SNAPSHOT_STEPS = { 0, 40, 80, 130, 260 };
	static final String MATRIX = "W";

	static final List<MetricDescriptor> METRICS = List.of(new MetricDescriptor("a1", "a₁ (s=3)", ""),
			new MetricDescriptor("a2", "a₂ (s=2)", ""), new MetricDescriptor("a3", "a₃ (s=1)", ""),
			new MetricDescriptor("loss", "loss", "half squared error"));
	static final List<String> FEATURES = List.of("grow", "move", "fly", "swim", "bark", "petals");
	static final List<String> ITEMS = List.of("canary", "salmon", "oak", "rose");

	/** Output modes u_i (6 features) and input modes v_i (4 items), orthogonal, unit norm. */
	private static final double[][] U = { { 1, 1, 1, -1, -1, -1 }, { 1, 1, 1, 1, 1, 1 }, { 1, -1, 0, 0, 0, 0 } };
	private static final double[][] V = { { 1, 1, -1, -1 }, { 1, 1, 1, 1 }, { 1, -1, 0, 0 } };

	private TestRuns() {
	}

	static PlotDescriptor modesPlot() {
		return PlotDescriptor.curves("modes", "Mode strengths", "t/τ", ETA, "a_i(t)", false, List.of("a1", "a2", "a3"));
	}

	static PlotDescriptor lossPlot() {
		return PlotDescriptor.curves("loss", "Training loss", "t/τ", ETA, "loss", true, List.of("loss"));
	}

	static PlotDescriptor mapPlot() {
		return PlotDescriptor.matrices("input-output-map", "Input-output map W(t)", "t/τ", ETA, MATRIX);
	}

	/** A completed run with the closed form (all modes, W) and the early-time linearisation (a1 only, no W). */
	static RunResult run() {
		return run(List.of(new ClosedForm(), new EarlyTime()), completed());
	}

	static SimulationOutcome completed() {
		return new SimulationOutcome(SimulationOutcome.Status.COMPLETED, STEPS, "");
	}

	static RunResult run(List<TheoryPrediction> predictions, SimulationOutcome outcome) {
		ResultsTable table = new ResultsTable(METRICS.stream().map(MetricDescriptor::id).toList());
		MatrixSnapshots snapshots = new MatrixSnapshots();
		double[] a = { A0, A0, A0 };
		for (long step = 0; step <= STEPS; step++) {
			if (step % INTERVAL == 0) {
				table.add(step, row(a));
			}
			for (long snapshot : SNAPSHOT_STEPS) {
				if (snapshot == step) {
					snapshots.put(MATRIX, step, map(a));
				}
			}
			for (int i = 0; i < a.length; i++) {
				a[i] += ETA * 2 * a[i] * (S[i] - a[i]); // Euler step of da/dt = 2a(s - a)
			}
		}
		List<TheoryResult> theory = new ArrayList<>();
		for (TheoryPrediction prediction : predictions) {
			theory.add(evaluate(prediction, table.steps(), snapshots));
		}
		return runResult(table, snapshots, theory, outcome);
	}

	static RunResult runResult(ResultsTable table, MatrixSnapshots snapshots, List<TheoryResult> theory,
			SimulationOutcome outcome) {
		List<MatrixDescriptor> matrices = List.of(new MatrixDescriptor(MATRIX, "input-output map", FEATURES, ITEMS));
		return new RunResult(experiment(), null, Instant.EPOCH, 0.1, outcome, METRICS, matrices, table, snapshots,
				theory, List.of(modesPlot(), lossPlot(), mapPlot()), List.of());
	}

	static Experiment experiment() {
		Experiment experiment = PlateauFactory.eINSTANCE.createExperiment();
		experiment.setName(EXPERIMENT_NAME);
		return experiment;
	}

	/** What the run engine does: the prediction at the simulation's steps and snapshot steps. */
	static TheoryResult evaluate(TheoryPrediction prediction, long[] steps, MatrixSnapshots simulated) {
		ResultsTable table = new ResultsTable(prediction.metricIds());
		double[][] values = prediction.predict(steps);
		for (int i = 0; i < steps.length; i++) {
			double[] row = new double[values.length];
			for (int k = 0; k < values.length; k++) {
				row[k] = values[k][i];
			}
			table.add(steps[i], row);
		}
		MatrixSnapshots matrices = new MatrixSnapshots();
		for (String name : prediction.matrixNames()) {
			for (long step : simulated.of(name).keySet()) {
				matrices.put(name, step, prediction.predictMatrix(name, step));
			}
		}
		return new TheoryResult(prediction, table, matrices);
	}

	private static double[] row(double[] a) {
		double loss = 0;
		for (int i = 0; i < a.length; i++) {
			loss += 0.5 * (S[i] - a[i]) * (S[i] - a[i]);
		}
		return new double[] { a[0], a[1], a[2], loss };
	}

	static DMatrixRMaj map(double[] a) {
		DMatrixRMaj w = new DMatrixRMaj(FEATURES.size(), ITEMS.size());
		for (int m = 0; m < a.length; m++) {
			double norm = Math.sqrt(dot(U[m], U[m]) * dot(V[m], V[m]));
			for (int f = 0; f < FEATURES.size(); f++) {
				for (int i = 0; i < ITEMS.size(); i++) {
					w.add(f, i, a[m] * U[m][f] * V[m][i] / norm);
				}
			}
		}
		return w;
	}

	private static double dot(double[] x, double[] y) {
		double sum = 0;
		for (int i = 0; i < x.length; i++) {
			sum += x[i] * y[i];
		}
		return sum;
	}

	/** a(t) = s e^{2st} / (e^{2st} - 1 + s/a0), t = η·step. */
	static double closedForm(double s, long step) {
		double e = Math.exp(2 * s * ETA * step);
		return s * e / (e - 1 + s / A0);
	}

	/** The closed-form sigmoids of every mode, the loss and the map they make. */
	static final class ClosedForm implements TheoryPrediction {

		@Override
		public String id() {
			return "closed-form";
		}

		@Override
		public String label() {
			return "closed form";
		}

		@Override
		public List<String> metricIds() {
			return List.of("a1", "a2", "a3", "loss");
		}

		@Override
		public double[][] predict(long[] steps) {
			double[][] values = new double[S.length + 1][steps.length];
			for (int i = 0; i < steps.length; i++) {
				double[] a = new double[S.length];
				for (int m = 0; m < S.length; m++) {
					a[m] = closedForm(S[m], steps[i]);
				}
				double[] row = row(a);
				for (int k = 0; k < row.length; k++) {
					values[k][i] = row[k];
				}
			}
			return values;
		}

		@Override
		public List<String> matrixNames() {
			return List.of(MATRIX);
		}

		@Override
		public DMatrixRMaj predictMatrix(String name, long step) {
			double[] a = new double[S.length];
			for (int m = 0; m < S.length; m++) {
				a[m] = closedForm(S[m], step);
			}
			return map(a);
		}
	}

	/** a(t) ≈ a0 e^{2st} of the first mode, valid while a ≪ s; left out (NaN) once it passes s. */
	static final class EarlyTime implements TheoryPrediction {

		@Override
		public String id() {
			return "early-time";
		}

		@Override
		public String label() {
			return "early-time linearisation";
		}

		@Override
		public List<String> metricIds() {
			return List.of("a1");
		}

		@Override
		public double[][] predict(long[] steps) {
			double[][] values = new double[1][steps.length];
			for (int i = 0; i < steps.length; i++) {
				double a = A0 * Math.exp(2 * S[0] * ETA * steps[i]);
				values[0][i] = a <= S[0] ? a : Double.NaN;
			}
			return values;
		}
	}
}
