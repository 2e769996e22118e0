package org.plateau.family.deeplinear.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.plateau.core.family.ExperimentException;
import org.plateau.core.family.PlotDescriptor;
import org.plateau.core.family.SimulationOutcome;
import org.plateau.core.registry.FamilyRegistry;
import org.plateau.core.run.ExperimentRunner;
import org.plateau.core.run.RunResult;
import org.plateau.core.run.TheoryResult;
import org.plateau.model.Experiment;
import org.plateau.model.LossConvention;

/** Runs of the deep linear family through the run engine: theory, divergence, cancellation, the PNAS quantities. */
class DeepLinearRunTest {

	private final DeepLinearFamily family = new DeepLinearFamily();

	private final ExperimentRunner runner = new ExperimentRunner(FamilyRegistry.of(family));

	private Experiment example(String fileName) throws IOException {
		return Examples.load(fileName);
	}

	/**
	 * Spec C1.1: the half-way times of the sigmoids, where u = s/2, are 1334, 1900 and 3453 steps for s = 3, 2, 1 (u0
	 * = 1e-3, tau = 1000 steps): the t_half statistic that sweeps gather finds them in the simulation and in the
	 * closed form, to 1% (the midpoint of the recorded u(0) = u0 and the final u ~ s is s/2 to 0.05%).
	 */
	@Test
	void theHalfWayTimesOfTheSigmoidsAreThePapers() throws Exception {
		Experiment experiment = example("saxe-2014-sigmoids.plateau");
		RunResult result = runner.run(experiment, new NullProgressMonitor());
		assertEquals(SimulationOutcome.Status.COMPLETED, result.outcome().status());
		java.util.Map<String, Double> statistics = org.plateau.core.sweep.RunStatistics.of(result,
				family.prepare(experiment).theory());
		double timeScale = result.plots().stream().filter(p -> p.metricIds().contains("a1")).findFirst().orElseThrow()
				.timeScale();
		String[] modes = { "a1", "a2", "a3" };
		double[] paper = { 1334.3, 1900.1, 3453.4 };
		for (int m = 0; m < 3; m++) {
			String column = org.plateau.core.sweep.RunStatistics.column(modes[m],
					org.plateau.core.sweep.RunStatistics.Statistic.HALF);
			assertEquals(paper[m], statistics.get(column) / timeScale, 0.01 * paper[m], "simulated t_half of " + modes[m]);
			assertEquals(paper[m], statistics.get("closed-form:" + column) / timeScale, 0.01 * paper[m],
					"closed-form t_half of " + modes[m]);
		}
	}

	@Test
	void tooLargeALearningRateStopsTheRunWithAMessageAndKeepsThePartialResults() throws Exception {
		Experiment experiment = example("saxe-2014-sigmoids.plateau");
		experiment.getTraining().setLearningRate(1.5); // s = 3: GD on u is unstable above eta ~ 1/(2s)
		experiment.getTraining().setRecordInterval(1);
		RunResult result = runner.run(experiment, new NullProgressMonitor());
		assertEquals(SimulationOutcome.Status.DIVERGED, result.outcome().status());
		assertTrue(result.outcome().message().contains("NaN/Inf at step"), result.outcome().message());
		assertTrue(result.outcome().stepsCompleted() > 0 && result.outcome().stepsCompleted() < 16000);
		assertTrue(result.simulation().size() >= 2, "the steps before the divergence are kept");
		for (double loss : result.simulation().column(DeepLinearSetup.LOSS)) {
			assertTrue(Double.isFinite(loss), "a recorded loss is not finite: " + loss);
		}
		assertEquals(result.simulation().size(), result.theory().get(0).table().size(),
				"the theory is evaluated at the recorded steps");
	}

	@Test
	void aNetworkTooLargeForThisProcessIsRefusedBeforeItIsAllocated() throws Exception {
		Experiment experiment = example("semantic-development.plateau");
		((org.plateau.family.deeplinear.model.DeepLinearNetwork) experiment.getArchitecture()).setHiddenWidth(200_000_000);
		long start = System.nanoTime();
		ExperimentException e = assertThrows(ExperimentException.class,
				() -> runner.run(experiment, new NullProgressMonitor()));
		// the field, the size asked for, the heap this process has and how to give it more (issue 13.5)
		assertTrue(e.getMessage().contains("hidden width 200000000 (depth 2") && e.getMessage().contains("GiB of memory")
				&& e.getMessage().contains("this process has") && e.getMessage().contains("PLATEAU_VM_ARGS=-Xmx"),
				e.getMessage());
		// 2e8 hidden units x (4 + 7) weights x 3 copies x 8 bytes = 53 GB, refused at once
		assertTrue(System.nanoTime() - start < 5_000_000_000L, "refused before allocating");
	}

	@Test
	void cancellingStopsPromptlyAndKeepsWhatWasRecorded() throws Exception {
		Experiment experiment = example("saxe-2014-sigmoids.plateau");
		NullProgressMonitor monitor = new NullProgressMonitor() {
			private int work;

			@Override
			public void internalWorked(double amount) {
				work++;
				if (work == 50) {
					setCanceled(true);
				}
			}

			@Override
			public void worked(int amount) {
				internalWorked(amount);
			}
		};
		RunResult result = runner.run(experiment, monitor);
		assertEquals(SimulationOutcome.Status.CANCELLED, result.outcome().status());
		long stopped = result.outcome().stepsCompleted();
		assertTrue(stopped > 0 && stopped < 16000, "stopped at " + stopped);
		assertEquals(stopped, result.simulation().step(result.simulation().size() - 1),
				"the last step taken is recorded");
	}

	@Test
	void theoryNeedsWhitenedInputsAndSaysWhichConventionToUse() throws Exception {
		Experiment experiment = example("semantic-development.plateau");
		experiment.getTraining().setLossConvention(LossConvention.MEAN); // Sigma_x = I/4 for one-hot items
		RunResult result = runner.run(experiment, null);
		assertEquals(SimulationOutcome.Status.COMPLETED, result.outcome().status(), "the simulation still runs");
		assertTrue(result.theory().isEmpty());
		assertEquals(1, result.warnings().size());
		String warning = result.warnings().get(0);
		assertTrue(warning.contains("whitened") && warning.contains("SUM"), warning);
	}

	@Test
	void anUnknownPredictionIsNamedWithTheAvailableOnes() throws Exception {
		Experiment experiment = example("deep-network.plateau");
		experiment.getTheory().getPredictions().add("closed-form"); // only the reduced ODE exists for D = 5
		RunResult result = runner.run(experiment, null);
		assertTrue(result.theory().isEmpty());
		String warning = result.warnings().get(0);
		assertTrue(warning.contains("'closed-form'") && warning.contains("[reduced-ode]"), warning);
	}

	@Test
	void aShallowNetworkFollowsTheExactLinearSolutionFromAnyInitialWeights() throws Exception {
		// one layer, random orthogonal weights: modes start with either sign and off-mode weights decay (spec 1.1(d))
		Experiment experiment = example("saxe-2014-sigmoids.plateau");
		((org.plateau.family.deeplinear.model.DeepLinearNetwork) experiment.getArchitecture()).setDepth(1);
		org.plateau.model.RandomOrthogonalInitialisation orthogonal = org.plateau.model.PlateauFactory.eINSTANCE
				.createRandomOrthogonalInitialisation();
		experiment.setInitialisation(orthogonal);
		experiment.getTraining().setSteps(5000);
		RunResult result = runner.run(experiment, null);
		// the theory applies (no warning of it); the hidden width of a depth-1 network is said to be unused
		assertEquals(List.of("hiddenWidth = 5 is not used: a network of depth 1 has no hidden layer"), result.warnings());
		TheoryResult shallow = result.theory().get(0);
		assertEquals("closed-form", shallow.prediction().id());
		boolean negativeStart = false;
		for (String metric : shallow.table().columns()) {
			double[] simulated = result.simulation().column(metric);
			double[] predicted = shallow.table().column(metric);
			negativeStart |= metric.startsWith("a") && simulated[0] < 0;
			for (int i = 0; i < simulated.length; i++) {
				// forward Euler at eta = 1e-3 against e^{-t/tau}: relative lag O(eta) of the distance still to go
				assertEquals(simulated[i], predicted[i], 2e-3 * (1 + Math.abs(simulated[0])), metric + " at row " + i);
			}
		}
		assertTrue(negativeStart, "this seed starts some mode negative, the case the sign matters for");
	}

	@Test
	void semanticDevelopmentShowsTheIllusoryCorrelationAndTheHierarchicalRsa() throws Exception {
		RunResult result = runner.run(example("semantic-development.plateau"), null);
		TheoryResult closedForm = result.theory().stream().filter(t -> t.prediction().id().equals("closed-form"))
				.findFirst().orElseThrow();

		// C1.8: Fly(Salmon) = a1/(4 sqrt7) + a2/(4 sqrt3) - a3/2 rises, peaks and falls back to 0
		double[] fly = result.simulation().column("yhat.Fly.Salmon");
		int peak = 0;
		for (int i = 0; i < fly.length; i++) {
			peak = fly[i] > fly[peak] ? i : peak;
		}
		assertTrue(fly[peak] > 0.3, "Fly(Salmon) peaks at " + fly[peak]);
		assertTrue(peak > 0 && peak < fly.length - 1, "the peak is inside the run");
		assertEquals(0, fly[fly.length - 1], 0.02, "Fly(Salmon) is unlearnt at the end");
		// theory peak 0.3787 at t/tau = 2.60 (a0 = 1e-3); Euler at eta = 0.01 shifts it by about 1%
		double peakTime = result.simulation().step(peak) * 0.01;
		assertEquals(2.60, peakTime, 0.1, "peak time t/tau");
		assertEquals(0.3787, fly[peak], 0.01, "peak value");

		// every entry the paper plots is a time series, in metrics.csv and in theory.csv, and on the plot
		List<String> entries = List.of("yhat.Fly.Salmon", "yhat.Move.Oak", "yhat.Move.Rose", "yhat.Roots.Canary",
				"yhat.Roots.Salmon");
		PlotDescriptor illusions = result.plots().stream().filter(p -> p.id().equals("illusory-correlations"))
				.findFirst().orElseThrow();
		assertEquals(entries, illusions.metricIds());
		for (String entry : entries) {
			double[] simulated = result.simulation().column(entry);
			double[] predicted = closedForm.table().column(entry);
			double worst = 0;
			int top = 0;
			for (int i = 0; i < simulated.length; i++) {
				worst = Math.max(worst, Math.abs(simulated[i] - predicted[i]));
				top = simulated[i] > simulated[top] ? i : top;
			}
			System.out.printf("C1.8 %s: peak %.4f at t/tau = %.2f, max |theory - simulation| = %.2e%n", entry,
					simulated[top], result.simulation().step(top) * 0.01, worst);
			// Euler at eta = 0.01 lags the sigmoids by O(eta): about 1% of s on the contributing modes
			assertTrue(worst < 0.02, entry + ": theory against simulation " + worst);
			assertTrue(simulated[top] > 0.2 && top > 0 && top < simulated.length - 1, entry + " rises and peaks inside");
			assertEquals(0, simulated[simulated.length - 1], 0.02, entry + " is unlearnt at the end");
		}
		// Move(Oak) = Move(Rose) = Roots(Canary) = Roots(Salmon) = a1/(2 sqrt7) - a2/(2 sqrt3) in the theory
		double[] a1 = closedForm.table().column("a1");
		double[] a2 = closedForm.table().column("a2");
		for (String entry : entries.subList(1, entries.size())) {
			double[] predicted = closedForm.table().column(entry);
			for (int i = 0; i < predicted.length; i++) {
				assertEquals(a1[i] / (2 * Math.sqrt(7)) - a2[i] / (2 * Math.sqrt(3)), predicted[i], 1e-12, entry);
			}
		}

		// C1.9: the hidden-layer RSA at t/tau = 2 agrees with X^T V A V^T X; at the end it is V S V^T
		DMatrixRMaj simulated = result.snapshots().of(DeepLinearSetup.RSA).get(200L);
		DMatrixRMaj predicted = closedForm.matrices().of(DeepLinearSetup.RSA).get(200L);
		for (int i = 0; i < 4; i++) {
			for (int j = 0; j < 4; j++) {
				assertEquals(predicted.get(i, j), simulated.get(i, j), 0.03, "RSA(" + i + "," + j + ") at t/tau = 2");
			}
		}
		DMatrixRMaj last = result.snapshots().of(DeepLinearSetup.RSA).get(1000L);
		// V S V^T of the four-item task: diagonal (sqrt7 + sqrt3 + 2)/4 (spec 1.2(b))
		double diagonal = (Math.sqrt(7) + Math.sqrt(3) + 2) / 4;
		assertEquals(diagonal, last.get(1, 1), 1e-3);
	}

	/** The first recorded step at which a series reaches half of {@code s}, as t/tau. */
	private static double halfTime(long[] steps, double[] series, double s, double eta) {
		for (int i = 0; i < series.length; i++) {
			if (series[i] >= s / 2) {
				return steps[i] * eta;
			}
		}
		return Double.NaN;
	}

	@Test
	void fromSmallRandomWeightsTheTheoryPredictsTheHalfWayTimesOfProgressiveDifferentiation() throws Exception {
		RunResult result = runner.run(example("progressive-differentiation.plateau"), null);
		TheoryResult closedForm = result.theory().stream().filter(t -> t.prediction().id().equals("closed-form"))
				.findFirst().orElseThrow();
		double[] s = { 3.873, 2.646, 1.732, 1.732, 1, 1, 1, 1 };
		long[] steps = result.simulation().steps();
		double previous = 0;
		for (int alpha = 0; alpha < s.length; alpha++) {
			String mode = DeepLinearSetup.modeId(alpha);
			double simulated = halfTime(steps, result.simulation().column(mode), s[alpha], 0.01);
			double predicted = halfTime(steps, closedForm.table().column(mode), s[alpha], 0.01);
			// effective u0 = |a + b|^2/4 (TaskModes.initialStrengths). Spec C1.10 allows 10% on random-init half-way
			// times. Measured: theory early by 3.0, 0.0, 1.4, 1.4, 2.7, 4.4, 3.4, 5.9% (cross-mode coupling, which the
			// theory drops, slows the later modes; the s = 1 modes also mix within their 4-dimensional subspace).
			// Starting from the plain projection |u^T W(0) v| instead was up to 23% late on three seeds.
			assertEquals(simulated, predicted, 0.10 * simulated, mode + " t_half/tau");
			// C1.10 ordering: broader distinctions first (ties between equal singular values allowed)
			assertTrue(simulated >= previous - 0.05, mode + " learnt before a broader mode");
			previous = simulated;
		}
	}

	@Test
	void theEffectiveInitialStrengthOfAlignedWeightsIsA0() throws Exception {
		DeepLinearSetup setup = DeepLinearSetup.of(example("semantic-development.plateau"));
		for (double u0 : setup.modes.initialStrengths(setup.initialNetwork())) {
			assertEquals(1e-3, u0, 1e-12);
		}
	}

	@Test
	void onlineSgdLearnsTheHierarchyAndIsReproducibleForItsSeed() throws Exception {
		Experiment experiment = example("semantic-development.plateau");
		experiment.getTraining().setAlgorithm(org.plateau.model.TrainingAlgorithm.ONLINE_SGD);
		experiment.getTraining().setLearningRate(0.0025); // one item per step, weighted by P = 4: same mean step
		experiment.getTraining().setSteps(8000);
		experiment.getTraining().getSnapshotSteps().clear();
		RunResult first = runner.run(experiment, null);
		RunResult second = runner.run(experiment, null);
		assertEquals(SimulationOutcome.Status.COMPLETED, first.outcome().status());
		double[] s = { Math.sqrt(7), Math.sqrt(3), 1, 1 };
		int last = first.simulation().size() - 1;
		for (int alpha = 0; alpha < s.length; alpha++) {
			String mode = DeepLinearSetup.modeId(alpha);
			// t/tau = 20 is far past every half-way time: SGD noise at eta = 0.0025 leaves a few percent at most
			assertEquals(s[alpha], first.simulation().column(mode)[last], 0.05 * s[alpha], mode + " learnt by SGD");
			assertEquals(first.simulation().column(mode)[last], second.simulation().column(mode)[last], 0.0,
					"the same seed gives the same SGD path");
		}
	}
}
