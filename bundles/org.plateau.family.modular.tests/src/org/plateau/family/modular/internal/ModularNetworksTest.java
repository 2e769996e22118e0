package org.plateau.family.modular.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.plateau.core.family.SimulationOutcome;
import org.plateau.core.registry.FamilyRegistry;
import org.plateau.core.run.ExperimentRunner;
import org.plateau.core.run.RunResult;
import org.plateau.model.Experiment;
import org.plateau.model.util.PlateauResources;

/**
 * Checks C4.1-C4.4 of Jarvis, Klein, Rosman &amp; Saxe (2023) on the default dataset space (n1 = 3, n2 = 1, k1 = 3,
 * k2 = 1, r = 1: X 27 x 8, Y 9 x 8): the closed-form singular values, the mode dynamics from aligned weights against
 * gradient descent, the quadrant norms of the learnt dense map against the minimum-norm map, and systematicity.
 */
class ModularNetworksTest {

	private final ExperimentRunner runner = new ExperimentRunner(FamilyRegistry.of(new ModularFamily()));

	private static Experiment example(String fileName) throws IOException {
		return PlateauResources.load(new ModularFamily().examples().stream().filter(e -> e.fileName().equals(fileName))
				.findFirst().orElseThrow(() -> new AssertionError("no example " + fileName)).location());
	}

	private RunResult run(String fileName) throws Exception {
		RunResult result = runner.run(example(fileName), new NullProgressMonitor());
		assertEquals(SimulationOutcome.Status.COMPLETED, result.outcome().status(), result.outcome().message());
		return result;
	}

	private static double last(RunResult result, String metric) {
		double[] values = result.simulation().column(metric);
		return values[values.length - 1];
	}

	@Test
	void c41TheSingularValuesAndInputVariancesAreTheClosedForms() throws Exception {
		ModularSetup setup = ModularSetup.of(example("modular-dense.plateau"));
		int p = 8;
		// spec 4(d): s1 = sqrt((k1 r^2 + P)(k2 r^2 + P))/P, s2 = sqrt((k1 r^2 + P) k2 r^2)/P, s3 = sqrt(k1 k2) r^2/P
		double s1 = Math.sqrt((3 + p) * (1 + p)) / p;
		double s2 = Math.sqrt((3 + p) * 1.0) / p;
		double s3 = Math.sqrt(3.0) / p;
		assertEquals(1.2437, s1, 1e-4);
		assertEquals(0.4146, s2, 1e-4);
		assertEquals(0.2165, s3, 1e-4);
		double[] expected = { s1, s2, s2, s3, s3, s3, s3, s3 };
		double[] variances = { 1.375, 1.375, 1.375, 0.375, 0.375, 0.375, 0.375, 0.375 };
		assertEquals(8, setup.singularValues.length);
		for (int a = 0; a < 8; a++) {
			assertEquals(expected[a], setup.singularValues[a], 1e-12, "s of mode " + a);
			assertEquals(variances[a], setup.inputVariances[a], 1e-12, "d of mode " + a);
		}
		assertEquals(3, setup.groups.size(), "three distinct modes");
		// Sigma_x and Sigma_yx share right singular vectors: V^T Sigma_x V is diagonal (spec: to 5e-16)
		DMatrixRMaj sigmaX = new DMatrixRMaj(27, 27);
		CommonOps_DDRM.multTransB(1.0 / p, setup.inputs, setup.inputs, sigmaX);
		DMatrixRMaj projected = new DMatrixRMaj(8, 8);
		DMatrixRMaj left = new DMatrixRMaj(8, 27);
		CommonOps_DDRM.multTransA(setup.modesV, sigmaX, left);
		CommonOps_DDRM.mult(left, setup.modesV, projected);
		for (int a = 0; a < 8; a++) {
			for (int b = 0; b < 8; b++) {
				if (a != b) {
					assertEquals(0, projected.get(a, b), 1e-14, "V^T Sigma_x V at " + a + ", " + b);
				}
			}
		}
		// asymptotes s/d = 0.9045, 0.3015, 0.5774 (spec C4.2)
		assertEquals(0.9045, s1 / 1.375, 1e-4);
		assertEquals(0.3015, s2 / 1.375, 1e-4);
		assertEquals(0.5774, s3 / 0.375, 1e-4);
	}

	@Test
	void c42FromAlignedWeightsEachModeFollowsTheClosedForm() throws Exception {
		RunResult result = run("modular-dense-aligned.plateau");
		ModularSetup setup = ModularSetup.of(result.experiment());
		ModularClosedForm closedForm = new ModularClosedForm(setup, true, 1e-4);
		long[] steps = result.simulation().steps();
		double tau = 1 / (8 * 0.002);
		double[] theoryHalf = { 228.9, 603.9, 1250.1 };
		double[] simulatedHalf = { 231, 606, 1252 };
		for (int g = 0; g < 3; g++) {
			int mode = setup.groups.get(g)[0];
			// spec C4.2: theory half-times 228.9 / 603.9 / 1250.1 epochs
			assertEquals(theoryHalf[g], closedForm.halfTime(mode) * tau, 0.1, "theory half-time of mode group " + (g + 1));
			double asymptote = setup.singularValues[mode] / setup.inputVariances[mode];
			double[] a = result.simulation().column("a" + (g + 1));
			double[] theory = result.theory().stream().filter(t -> t.prediction().id().equals(ModularClosedForm.ID))
					.findFirst().orElseThrow().table().column("a" + (g + 1));
			long half = -1;
			double worst = 0;
			for (int i = 0; i < a.length; i++) {
				if (half < 0 && a[i] >= asymptote / 2) {
					half = steps[i];
				}
				worst = Math.max(worst, Math.abs(a[i] - theory[i]));
			}
			// spec C4.2: GD 231 / 606 / 1252 (records every 5 epochs here); trajectory error 1.8% of the asymptote
			assertEquals(simulatedHalf[g], half, 5, "GD half-time of mode group " + (g + 1));
			assertTrue(worst < 0.02 * asymptote, "mode group " + (g + 1) + ": max error " + worst / asymptote + " of the asymptote");
		}
	}

	@Test
	void c43TheDenseNetworkLearnsTheMinimumNormMapWhichIsNotSystematic() throws Exception {
		RunResult result = run("modular-dense.plateau");
		ModularSetup setup = ModularSetup.of(result.experiment());
		// the minimum-norm least-squares map Sigma_yx Sigma_x^+, independently of the modes
		DMatrixRMaj sigmaYx = new DMatrixRMaj(9, 27);
		CommonOps_DDRM.multTransB(1.0 / 8, setup.targets, setup.inputs, sigmaYx);
		DMatrixRMaj sigmaX = new DMatrixRMaj(27, 27);
		CommonOps_DDRM.multTransB(1.0 / 8, setup.inputs, setup.inputs, sigmaX);
		DMatrixRMaj pseudoInverse = new DMatrixRMaj(27, 27);
		CommonOps_DDRM.pinv(sigmaX, pseudoInverse);
		DMatrixRMaj minimumNorm = new DMatrixRMaj(9, 27);
		CommonOps_DDRM.mult(sigmaYx, pseudoInverse, minimumNorm);
		double[] quadrants = new double[setup.metrics().size()];
		setup.measure(minimumNorm, quadrants);
		// spec C4.3: min-norm quadrant norms 8/11, sqrt(24)/11, sqrt(24)/11, 1.31949
		double[] exact = { 8.0 / 11, Math.sqrt(24) / 11, Math.sqrt(24) / 11, 1.31949 };
		double[] learnt = { 0.7272, 0.4454, 0.4454, 1.3187 };
		for (int q = 0; q < 4; q++) {
			String quadrant = ModularSetup.QUADRANTS[q];
			assertEquals(exact[q], quadrants[1 + q], 1e-5, "minimum-norm " + quadrant);
			assertEquals(learnt[q], last(result, quadrant), 1e-3, "learnt " + quadrant);
		}
		// and the modes' asymptotes give the same map
		DMatrixRMaj fromModes = setup.minimumNormMap();
		for (int i = 0; i < fromModes.getNumElements(); i++) {
			assertEquals(minimumNorm.data[i], fromModes.data[i], 1e-12);
		}
		// spec C4.3: learnt W[Oy, Ox] = (0.7273, 0, 0) = P/(k1 r^2 + P): not the identity, not systematic
		assertEquals(0.7273, last(result, "sys.1"), 1e-3);
		assertEquals(0, last(result, "sys.2"), 1e-3);
		assertEquals(0, last(result, "sys.3"), 1e-3);
	}

	@Test
	void c44OnlyFullySegregatedModulesAreSystematic() throws Exception {
		RunResult segregated = run("modular-segregated.plateau");
		// spec C4.4: the fully segregated module's W[Oy, Ox] = (1, 0, 0)
		assertEquals(1, last(segregated, "sys.1"), 1e-3);
		assertEquals(0, last(segregated, "sys.2"), 1e-3);
		assertEquals(0, last(segregated, "sys.3"), 1e-3);
		assertEquals(0, last(segregated, "GxOy"), 1e-12, "no weights from the other inputs to the compositional output");
		RunResult split = run("modular-split.plateau");
		RunResult dense = run("modular-dense.plateau");
		// the output-split module reproduces the dense network's compositional row (spec C4.4): not systematic
		for (String metric : new String[] { "sys.1", "sys.2", "sys.3", "OxOy", "GxOy" }) {
			assertEquals(last(dense, metric), last(split, metric), 2e-3, metric);
		}
		assertEquals(0.7273, last(split, "sys.1"), 1e-3);
	}

	@Test
	void theRankProbabilityIsCountedExactlyAndTheSweepDrawsIt(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder)
			throws Exception {
		// fewer patterns than n1 never have full rank; all of them always do; more patterns never hurt
		assertEquals(0, RankProbability.exactProbability(3, 2));
		assertEquals(1, RankProbability.exactProbability(3, 8));
		double previous = 0;
		for (int j = 3; j <= 8; j++) {
			double p = RankProbability.exactProbability(3, j);
			assertTrue(p >= previous, "monotone at j = " + j);
			previous = p;
		}
		// counting and sampling agree (n1 = 4, 6 of 16 patterns): 200 000 draws, s.e. < 0.0011
		assertEquals(RankProbability.exactProbability(4, 6), RankProbability.sampledProbability(4, 6, 3), 0.005);

		org.plateau.core.sweep.SweepPlan plan = org.plateau.core.sweep.SweepPlan.of(PlateauResources.loadSweep(new ModularFamily()
				.exampleSweeps().stream().filter(e -> e.fileName().equals("modular-rank.sweep")).findFirst().orElseThrow().location()));
		org.plateau.core.sweep.SweepSummary summary = new org.plateau.core.sweep.SweepRunner(FamilyRegistry.of(new ModularFamily()),
				java.util.List.of()).run(plan, folder, new org.plateau.core.sweep.SweepRunner.Options(2, false, false),
						new NullProgressMonitor()).summary();
		assertTrue(summary.unfinished().isEmpty(), summary.unfinished().toString());
		String fullRank = org.plateau.core.sweep.RunStatistics.column(ModularSetup.FULL_RANK,
				org.plateau.core.sweep.RunStatistics.Statistic.FINAL);
		String theory = org.plateau.core.sweep.RunStatistics.column(ModularSetup.FULL_RANK,
				org.plateau.core.sweep.RunStatistics.Statistic.FINAL, RankProbability.ID);
		for (int s = 0; s < plan.settings(); s++) {
			double expected = summary.estimate(s, theory).mean();
			double fraction = summary.estimate(s, fullRank).mean();
			// 20 draws: within 3 binomial standard errors (at least 0.05)
			double sigma = Math.max(0.05, Math.sqrt(expected * (1 - expected) / 20));
			assertEquals(expected, fraction, 3 * sigma, "patterns " + plan.points().get(s * 20).values().get(0));
		}
		// where the patterns seen have full rank, the segregated network generalizes to the unseen ones
		String unseen = org.plateau.core.sweep.RunStatistics.column(ModularSetup.UNSEEN_ERROR,
				org.plateau.core.sweep.RunStatistics.Statistic.FINAL);
		for (org.plateau.core.sweep.SweepSummary.Row row : summary.rows()) {
			if (row.statistics().get(fullRank) == 1) {
				assertTrue(row.statistics().get(unseen) < 1e-3, "point " + row.point().id() + ": " + row.statistics().get(unseen));
			}
		}
	}
}
