package org.plateau.ui.internal.plots;

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
import org.plateau.model.Training;
import org.plateau.ui.internal.runs.RunSource;

/**
 * Synthetic runs with known values: time {@code t = step · 0.01}; simulation {@code a1 = t²}, {@code a2 = t - 1}
 * (negative before t = 1), {@code loss = exp(-t)}; a theory "closed-form" predicting a1 and a2 (as {@code t² + 0.01}
 * and {@code t - 1}) and the matrix W; W = [[t, -t, 0.5], [1 - t, t², -0.25]] snapshotted at steps 0, 500, 1000.
 */
final class PlotsTestData {

	static final double TIME_SCALE = 0.01;
	static final String CLOSED_FORM = "closed-form";
	static final List<Long> SNAPSHOTS = List.of(0L, 500L, 1000L);

	static final PlotDescriptor MODES = PlotDescriptor.curves("modes", "Mode strengths", "t/τ", TIME_SCALE, "a", false,
			List.of("a1", "a2"));
	static final PlotDescriptor LOSS = PlotDescriptor.curves("loss", "Loss", "t/τ", TIME_SCALE, "loss", true,
			List.of("loss"));
	static final PlotDescriptor WEIGHTS = PlotDescriptor.matrices("weights", "Weights W", "t/τ", TIME_SCALE, "W");
	static final MatrixDescriptor W = new MatrixDescriptor("W", "Weights", List.of("x", "y"), List.of("p", "q", "r"));

	private PlotsTestData() {
	}

	static double a1(double t) {
		return t * t;
	}

	static double a2(double t) {
		return t - 1;
	}

	static DMatrixRMaj w(double t) {
		return new DMatrixRMaj(new double[][] { { t, -t, 0.5 }, { 1 - t, t * t, -0.25 } });
	}

	/** The theory of the synthetic runs: a1 slightly above the simulation, a2 exact. */
	static TheoryPrediction theory() {
		return new TheoryPrediction() {
			@Override
			public String id() {
				return CLOSED_FORM;
			}

			@Override
			public String label() {
				return "closed form (test, eq. 1)";
			}

			@Override
			public List<String> metricIds() {
				return List.of("a1", "a2");
			}

			@Override
			public double[][] predict(long[] steps) {
				double[][] values = new double[2][steps.length];
				for (int i = 0; i < steps.length; i++) {
					double t = steps[i] * TIME_SCALE;
					values[0][i] = a1(t) + 0.01;
					values[1][i] = a2(t);
				}
				return values;
			}

			@Override
			public List<String> matrixNames() {
				return List.of("W");
			}

			@Override
			public DMatrixRMaj predictMatrix(String name, long step) {
				return w(step * TIME_SCALE);
			}
		};
	}

	/** A finished run of 1000 steps recorded every 10. */
	static RunResult run(String name) {
		return run(name, 1000, 1000);
	}

	/**
	 * A run planned for {@code planned} steps of which {@code recorded} are recorded (every 10 steps); live (status
	 * RUNNING, theory at all the planned steps) when {@code recorded < planned}.
	 */
	static RunResult run(String name, long planned, long recorded) {
		boolean live = recorded < planned;
		Experiment experiment = PlateauFactory.eINSTANCE.createExperiment();
		experiment.setName(name);
		Training training = PlateauFactory.eINSTANCE.createTraining();
		training.setSteps(planned);
		training.setLearningRate(TIME_SCALE);
		experiment.setTraining(training);

		ResultsTable simulation = new ResultsTable(List.of("a1", "a2", "loss"));
		MatrixSnapshots snapshots = new MatrixSnapshots();
		for (long step = 0; step <= recorded; step += 10) {
			double t = step * TIME_SCALE;
			simulation.add(step, new double[] { a1(t), a2(t), Math.exp(-t) });
		}
		TheoryPrediction prediction = theory();
		List<Long> plannedSteps = new ArrayList<>();
		for (long step = 0; step <= planned; step += 10) {
			plannedSteps.add(step);
		}
		long[] steps = plannedSteps.stream().mapToLong(Long::longValue).toArray();
		double[][] predicted = prediction.predict(steps);
		ResultsTable table = new ResultsTable(prediction.metricIds());
		for (int i = 0; i < steps.length; i++) {
			table.add(steps[i], new double[] { predicted[0][i], predicted[1][i] });
		}
		MatrixSnapshots theoryMatrices = new MatrixSnapshots();
		for (long step : SNAPSHOTS) {
			if (step <= planned) {
				theoryMatrices.put("W", step, prediction.predictMatrix("W", step));
			}
			if (step <= recorded) {
				snapshots.put("W", step, w(step * TIME_SCALE));
			}
		}
		SimulationOutcome outcome = live ? new SimulationOutcome(SimulationOutcome.Status.RUNNING, recorded, "")
				: new SimulationOutcome(SimulationOutcome.Status.COMPLETED, recorded, "");
		List<MetricDescriptor> metrics = List.of(new MetricDescriptor("a1", "a_1", "mode 1"),
				new MetricDescriptor("a2", "a_2", "mode 2"), new MetricDescriptor("loss", "loss", "the loss"));
		return new RunResult(experiment, null, Instant.now(), 0.1, outcome, metrics, List.of(W), simulation, snapshots,
				List.of(new TheoryResult(prediction, table, theoryMatrices)), List.of(MODES, LOSS, WEIGHTS), List.of());
	}

	/** A run source whose data the test replaces. */
	static final class FakeSource implements RunSource {
		private final String label;
		private RunResult result;
		private long version;
		private boolean live;

		FakeSource(String label, RunResult result, boolean live) {
			this.label = label;
			this.result = result;
			this.live = live;
		}

		void update(RunResult next, boolean stillLive) {
			result = next;
			live = stillLive;
			version++;
		}

		@Override
		public String label() {
			return label;
		}

		@Override
		public RunResult snapshot() {
			return result;
		}

		@Override
		public long version() {
			return version;
		}

		@Override
		public boolean isLive() {
			return live;
		}
	}
}
