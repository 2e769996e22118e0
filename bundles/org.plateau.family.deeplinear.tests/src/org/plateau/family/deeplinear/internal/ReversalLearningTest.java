package org.plateau.family.deeplinear.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;


import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.plateau.core.family.SimulationOutcome;
import org.plateau.core.registry.FamilyRegistry;
import org.plateau.core.results.ResultsTable;
import org.plateau.core.run.ExperimentRunner;
import org.plateau.core.run.RunResult;
import org.plateau.core.testkit.ModelFamilyConformanceTest;
import org.plateau.family.deeplinear.internal.numerics.AlignedLambdaMode;
import org.plateau.model.Experiment;
import org.plateau.family.deeplinear.model.LambdaBalancedInitialisation;

/**
 * Reversal learning (Dominé et al. 2024, spec 1.3(d) and C1.15): after learning one mode the targets are negated and
 * the mode strength must pass through a = 0. The exact Riccati solution, restarted at the reversal, follows gradient
 * descent, and the time to reach a = -0.5 grows without bound as lambda -> 0.
 */
class ReversalLearningTest {

	private final DeepLinearFamily family = new DeepLinearFamily();
	private final ExperimentRunner runner = new ExperimentRunner(FamilyRegistry.of(family));

	private Experiment example() throws Exception {
		return Examples.load("reversal-learning.plateau");
	}

	/** t/tau from the reversal until the mode strength first reaches -0.5, or NaN. */
	private static double reversalTime(ResultsTable table, long reversalStep, double eta) {
		double[] a = table.column("a1");
		for (int i = 0; i < table.size(); i++) {
			if (table.step(i) > reversalStep && a[i] <= -0.5) {
				return (table.step(i) - reversalStep) * eta;
			}
		}
		return Double.NaN;
	}

	@Test
	void theModeCrossesZeroAndTheExactSolutionFollowsGradientDescent() throws Exception {
		RunResult result = runner.run(example(), new NullProgressMonitor());
		assertEquals(SimulationOutcome.Status.COMPLETED, result.outcome().status());
		double[] a = result.simulation().column("a1");
		int reversal = 2000 / 10; // the row of the reversal step (a record every 10 steps)
		assertEquals(1.0, a[reversal], 1e-3, "the mode is learnt before the reversal");
		assertEquals(-1.0, a[a.length - 1], 1e-3, "and reversed after it");
		for (String metric : result.theory().get(0).table().columns()) {
			double deviation = ModelFamilyConformanceTest.maxRelativeDeviation(result.simulation(), result.theory().get(0).table(), metric);
			// Euler at eta = 0.01 through two sigmoidal transitions: a few per cent at the steepest point
			assertTrue(deviation < 0.05, metric + " deviates by " + deviation);
		}
	}

	@Test
	void C1_15_theReversalTimeDivergesAsLambdaVanishes() throws Exception {
		double[] lambdas = { 0.1, 0.5, 1, 2, 5 };
		double previous = Double.POSITIVE_INFINITY;
		StringBuilder times = new StringBuilder();
		for (double lambda : lambdas) {
			Experiment experiment = example();
			((LambdaBalancedInitialisation) experiment.getInitialisation()).setLambda(lambda);
			experiment.getTraining().setSteps(2000 + 20000); // 200 tau after the reversal
			RunResult result = runner.run(experiment, new NullProgressMonitor());
			double simulated = reversalTime(result.simulation(), 2000, 0.01);
			double theory = reversalTime(result.theory().get(0).table(), 2000, 0.01);
			assertTrue(Double.isFinite(simulated) && Double.isFinite(theory), "lambda " + lambda + " reverses");
			// GD lags gradient flow by O(eta) per unit time; near the unstable point a = 0 that lag is amplified
			assertEquals(theory, simulated, 0.1 * theory + 0.05, "lambda " + lambda + ": reversal time");
			assertTrue(theory < previous, "the reversal is faster for larger lambda: " + theory + " at " + lambda);
			previous = theory;
			// after the first phase the weights are aligned with the mode: the aligned scalar dynamics
			// tau da/dt = sqrt(lambda^2 + 4 a^2)(s - a) with s = -1 from a(t_R) predict the time in closed form
			double aligned = AlignedLambdaMode.timeTo(-0.5, result.simulation().column("a1")[200], -1, lambda);
			assertEquals(aligned, theory, 0.15 * aligned, "lambda " + lambda + ": Riccati against the aligned closed form "
					+ aligned);
			times.append(String.format(" %.3g: %.3g (aligned %.3g);", lambda, theory, aligned));
		}
		System.out.println("C1.15 reversal times t/tau by lambda:" + times);
	}
}
