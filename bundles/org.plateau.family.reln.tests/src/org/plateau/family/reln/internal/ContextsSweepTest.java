package org.plateau.family.reln.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.ejml.data.DMatrixRMaj;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plateau.core.registry.FamilyRegistry;
import org.plateau.core.sweep.RunStatistics;
import org.plateau.core.sweep.RunStatistics.Statistic;
import org.plateau.core.sweep.SweepPlan;
import org.plateau.core.sweep.SweepPoint;
import org.plateau.core.sweep.SweepRunner;
import org.plateau.core.sweep.SweepSummary;
import org.plateau.family.reln.model.ContextStructure;
import org.plateau.family.reln.model.ContextualTask;
import org.plateau.family.reln.model.ReluNetwork;
import org.plateau.model.Experiment;
import org.plateau.model.LossConvention;
import org.plateau.model.SmallGaussianInitialisation;
import org.plateau.model.util.PlateauResources;

/**
 * Spec C3.4 (Jarvis et al. 2025, Fig. 6): the bundled sweep reln-contexts, run as {@code plateau sweep} runs it, against
 * the paper's construction in {@code diff_context_num/} of github:CAandL-Lab/make-haste-slowly: {@code gen_data3/4/5}
 * (8 objects in C contexts, P = 8C, the context inputs scaled by 1, 1.1 and 1.35, every context block the tree) and
 * {@code relu3/4/5.py} (700, 500 and 600 hidden units from N(0, (0.005/N_h)^2), lr 0.001, 8000 epochs of full-batch
 * gradient descent on the SUM loss). The histograms' values are checked at acceptance; here the settings, the columns
 * the check reads, and the final loss of C = 4 against plain-loop gradient descent from the same initial weights.
 */
class ContextsSweepTest {

	private static final int[] CONTEXTS = { 3, 4, 5 };
	private static final double[] CONTEXT_SCALES = { 1.0, 1.1, 1.35 };
	private static final int[] HIDDEN = { 700, 500, 600 };

	@Test
	void c34TheSweepRunsThePapersThreeNetworksAndTheirFinalLossIsPlainLoopGradientDescent(@TempDir Path folder)
			throws Exception {
		long t0 = System.nanoTime();
		SweepPlan plan = SweepPlan.of(PlateauResources.loadSweep(new RelnFamily().exampleSweeps().stream()
				.filter(e -> e.fileName().equals("reln-contexts.sweep")).findFirst().orElseThrow().location()));
		assertEquals(3, plan.settings());
		assertEquals(3, plan.points().size());
		for (SweepPoint point : plan.points()) {
			int s = point.setting();
			Experiment experiment = point.experiment();
			ContextualTask task = (ContextualTask) experiment.getTask();
			String where = "C = " + CONTEXTS[s];
			assertEquals(CONTEXTS[s], task.getContexts(), where);
			assertEquals(ContextStructure.SAME, task.getStructure(), where);
			assertEquals(CONTEXT_SCALES[s], task.getContextScale(), where);
			assertEquals(HIDDEN[s], ((ReluNetwork) experiment.getArchitecture()).getHiddenWidth(), where);
			assertEquals(0.005 / HIDDEN[s], ((SmallGaussianInitialisation) experiment.getInitialisation()).getScale(),
					1e-15 * 0.005 / HIDDEN[s], where);
			assertEquals(1e-3, experiment.getTraining().getLearningRate(), where);
			assertEquals(8000, experiment.getTraining().getSteps(), where);
			assertEquals(LossConvention.SUM, experiment.getTraining().getLossConvention(), where);

			// the task is gen_data<C>'s: X = [I_8 ... I_8; one-hot context x scale], Y = [tree ...; block diagonal]
			RelnSetup setup = RelnSetup.of(experiment);
			assertEquals(8 * CONTEXTS[s], setup.data.samples, where + ": P = 8C");
			assertMatrixEquals(papersInputs(CONTEXTS[s], CONTEXT_SCALES[s]), setup.data.inputs, where + ": X");
			assertMatrixEquals(papersTargets(CONTEXTS[s]), setup.data.targets, where + ": Y");
			// the initial weights are N(0, (0.005/N_h)^2): their mean and spread over the
			// N_h (8 + C) + 15 (C + 1) N_h entries, within 5 standard errors of each
			ReluTrainer trainer = setup.reluTrainer();
			double[] moments = moments(trainer.w1, trainer.w2);
			double sigma = 0.005 / HIDDEN[s];
			double n = moments[2];
			assertEquals(0, moments[0], 5 * sigma / Math.sqrt(n), where + ": mean of the initial weights");
			assertEquals(sigma, moments[1], 5 * sigma / Math.sqrt(2 * n), where + ": spread of the initial weights");
		}

		// the final loss of C = 4 (500 units, P = 32) from plain loops on the same initial weights, computed while the
		// sweep runs: its two threads leave a core idle once the C = 3 and C = 4 points are done
		SweepPoint four = plan.points().get(1);
		assertEquals(4, ((ContextualTask) four.experiment().getTask()).getContexts());
		RelnSetup setup = RelnSetup.of(four.experiment());
		ReluTrainer trainer = setup.reluTrainer();
		PlainLoopRelu plain = PlainLoopRelu.of(trainer, setup.learningRate());
		long epochs = four.experiment().getTraining().getSteps();
		CompletableFuture<double[]> plainLoop = CompletableFuture.supplyAsync(() -> {
			long t1 = System.nanoTime();
			for (long epoch = 0; epoch < epochs; epoch++) {
				plain.step();
			}
			return new double[] { plain.forward(), (System.nanoTime() - t1) * 1e-9 };
		}, runnable -> new Thread(runnable, "plain-loop-relu").start());

		SweepRunner.Result result = new SweepRunner(FamilyRegistry.of(new RelnFamily()), List.of()).run(plan, folder,
				new SweepRunner.Options(2, false, false), new NullProgressMonitor());
		SweepSummary summary = result.summary();
		assertTrue(summary.unfinished().isEmpty(), summary.unfinished().toString());
		double sweepSeconds = (System.nanoTime() - t0) * 1e-9;
		String loss = RunStatistics.column(RelnSetup.LOSS, Statistic.FINAL);
		for (SweepSummary.Row row : summary.rows()) {
			int s = row.point().setting();
			int contexts = CONTEXTS[s];
			assertTrue(row.statistics().containsKey(loss), "C = " + contexts + " has " + loss);
			double significant = 0;
			StringBuilder histogram = new StringBuilder();
			for (int k = 1; k <= contexts; k++) {
				String column = RunStatistics.column("units." + k, Statistic.FINAL);
				Double units = row.statistics().get(column);
				assertTrue(units != null && units >= 0 && units == Math.rint(units), "C = " + contexts + ": " + column + " " + units);
				significant += units;
				histogram.append(k == 1 ? "" : ", ").append(k).append(": ").append(units.intValue());
			}
			assertFalse(row.statistics().containsKey(RunStatistics.column("units." + (contexts + 1), Statistic.FINAL)),
					"C = " + contexts + " has no column for " + (contexts + 1) + " contexts");
			assertTrue(significant > 0 && significant <= HIDDEN[s], "C = " + contexts + ": " + significant + " significant units");
			System.out.printf("C3.4 C = %d: final loss %.6g; significant units by contexts served {%s}%n", contexts,
					row.statistics().get(loss), histogram);
		}

		double[] plainLoss = plainLoop.get();
		double sweepLoss = summary.rows().get(1).statistics().get(loss);
		System.out.printf("C3.4 C = 4: the sweep's final loss %.17g, plain loop's %.17g (apart %.2e); sweep %.1f s, "
				+ "plain loop %.1f s beside it, %.1f s in all%n", sweepLoss, plainLoss[0], Math.abs(sweepLoss - plainLoss[0]),
				sweepSeconds, plainLoss[1], (System.nanoTime() - t0) * 1e-9);
		// the two sum in different orders: ReluTrainerTest measures 1.6e-12 on the weights after 8000 epochs at C = 3
		assertEquals(plainLoss[0], sweepLoss, 1e-10, "C = 4: final loss of the sweep's point against the plain loop");
		// C = 3 is reln-relu-same itself (seed 0): ReluTrainerTest's plain loop and ../shared/bench/ref_relu.py (numpy),
		// from the same initial weights, end at this loss
		assertEquals(0.15268264583898988, summary.rows().get(0).statistics().get(loss), 1e-10, "C = 3: final loss");
	}

	/** gen_data<C>: the objects' identity repeated over the contexts, then the one-hot context times its scale. */
	private static double[][] papersInputs(int contexts, double scale) {
		double[][] x = new double[8 + contexts][8 * contexts];
		for (int c = 0; c < contexts; c++) {
			for (int o = 0; o < 8; o++) {
				x[o][8 * c + o] = 1;
				x[8 + c][8 * c + o] = scale;
			}
		}
		return x;
	}

	/** gen_data<C>: the tree features common to all contexts, then context c's copy of them in block c. */
	private static double[][] papersTargets(int contexts) {
		double[][] hier = new double[15][8];
		// gen_hier_data: gen_block(8, height) for height = 1, 2, 4, 8, stacked; block row i is ones on
		// columns i * 8/height ... (i + 1) * 8/height - 1
		int row = 0;
		for (int height = 1; height <= 8; height *= 2) {
			int width = 8 / height;
			for (int i = 0; i < height; i++) {
				for (int o = i * width; o < (i + 1) * width; o++) {
					hier[row][o] = 1;
				}
				row++;
			}
		}
		double[][] y = new double[15 * (contexts + 1)][8 * contexts];
		for (int c = 0; c < contexts; c++) {
			for (int f = 0; f < 15; f++) {
				for (int o = 0; o < 8; o++) {
					y[f][8 * c + o] = hier[f][o];
					y[15 * (c + 1) + f][8 * c + o] = hier[f][o];
				}
			}
		}
		return y;
	}

	private static void assertMatrixEquals(double[][] expected, DMatrixRMaj actual, String what) {
		assertEquals(expected.length, actual.numRows, what + ": rows");
		assertEquals(expected[0].length, actual.numCols, what + ": columns");
		for (int i = 0; i < expected.length; i++) {
			for (int j = 0; j < expected[i].length; j++) {
				assertEquals(expected[i][j], actual.get(i, j), 0, what + " at (" + i + ", " + j + ")");
			}
		}
	}

	/** Mean, standard deviation and number of the entries of the matrices. */
	private static double[] moments(DMatrixRMaj... matrices) {
		double sum = 0;
		double squares = 0;
		int n = 0;
		for (DMatrixRMaj m : matrices) {
			for (int i = 0; i < m.getNumElements(); i++) {
				sum += m.data[i];
				squares += m.data[i] * m.data[i];
				n++;
			}
		}
		double mean = sum / n;
		return new double[] { mean, Math.sqrt(squares / n - mean * mean), n };
	}
}
