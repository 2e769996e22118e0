package org.plateau.family.deeplinear.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plateau.core.registry.FamilyRegistry;
import org.plateau.core.sweep.RunStatistics;
import org.plateau.core.sweep.RunStatistics.Statistic;
import org.plateau.core.sweep.SweepPlan;
import org.plateau.core.sweep.SweepRunner;
import org.plateau.core.sweep.SweepSummary;

/**
 * Spec C1.13 made computable from an example (Dominé et al. 2024): the NTK kernel distance between t = 0 and
 * t = 40 tau against lambda, from the example sweep kernel-distance-lambda. Its values are checked at acceptance;
 * here: the closed form agrees with gradient descent, and the distance is symmetric in lambda (Ni = No) and
 * decreases with |lambda|, rich to lazy.
 */
class KernelDistanceSweepTest {

	private static final String DISTANCE = DeepLinearSetup.NTK_DISTANCE;

	@Test
	void theKernelMovesLessTheLazierTheInitialisation(@TempDir Path folder) throws Exception {
		SweepPlan plan = SweepPlan.of(Examples.loadSweep("kernel-distance-lambda.sweep"));
		SweepRunner.Result result = new SweepRunner(FamilyRegistry.of(new DeepLinearFamily()), List.of()).run(plan, folder,
				new SweepRunner.Options(2, false, false), new NullProgressMonitor());
		SweepSummary summary = result.summary();
		assertTrue(summary.unfinished().isEmpty(), summary.unfinished().toString());
		List<Object> lambdas = plan.axisValues().get(0);
		assertEquals(List.of(-100.0, -10.0, -3.0, -1.0, -0.1, 0.0, 0.1, 1.0, 3.0, 10.0, 100.0), lambdas);
		double[] simulated = new double[lambdas.size()];
		double[] theory = new double[lambdas.size()];
		for (int s = 0; s < lambdas.size(); s++) {
			simulated[s] = summary.estimate(s, RunStatistics.column(DISTANCE, Statistic.FINAL)).mean();
			theory[s] = summary.estimate(s, RunStatistics.column(DISTANCE, Statistic.FINAL, LambdaBalancedTheory.ID)).mean();
			// gradient descent at eta = 1e-3 follows the Riccati solution: within 1% where the kernel moves
			// (|lambda| <= 10), within 10% at |lambda| = 100 where the distance is 6e-9 and O(eta) errors of the
			// weights dominate it (measured 5%)
			double tolerance = Math.abs((Double) lambdas.get(s)) >= 100 ? 0.1 : 0.01;
			assertEquals(theory[s], simulated[s], tolerance * theory[s], "lambda = " + lambdas.get(s));
		}
		int zero = 5;
		for (int k = 1; k <= zero; k++) {
			// symmetric in lambda for a square network
			assertEquals(theory[zero - k], theory[zero + k], 1e-6 * theory[zero - k], "symmetric at |lambda| = " + lambdas.get(zero + k));
			// and decreasing with |lambda|: the rich kernel moves, the lazy one stays put
			assertTrue(theory[zero + k] < theory[zero + k - 1] && simulated[zero + k] < simulated[zero + k - 1],
					"decreasing at lambda = " + lambdas.get(zero + k));
		}
		assertTrue(theory[zero] > 0.1 && theory[lambdas.size() - 1] < 1e-7, "rich " + theory[zero] + ", lazy " + theory[10]);
	}
}
