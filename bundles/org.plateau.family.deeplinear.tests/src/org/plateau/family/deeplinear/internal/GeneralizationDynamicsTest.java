package org.plateau.family.deeplinear.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;


import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.plateau.core.family.SimulationOutcome;
import org.plateau.core.registry.FamilyRegistry;
import org.plateau.core.run.ExperimentRunner;
import org.plateau.core.run.RunResult;
import org.plateau.core.run.TheoryResult;

/**
 * The generalization examples (Advani & Saxe 2017, spec 1.4) through the run engine: a linear student trained by
 * gradient descent on one draw of the teacher-student task, against the Marchenko-Pastur theory of E_g(t), E_t(t).
 */
class GeneralizationDynamicsTest {

	private final DeepLinearFamily family = new DeepLinearFamily();
	private final ExperimentRunner runner = new ExperimentRunner(FamilyRegistry.of(family));

	private RunResult run(String fileName) throws Exception {
		RunResult result = runner.run(Examples.load(fileName), new NullProgressMonitor());
		assertEquals(SimulationOutcome.Status.COMPLETED, result.outcome().status(), result.outcome().message());
		assertEquals(1, result.theory().size(), fileName + " has its theory: " + result.warnings());
		return result;
	}

	private static double maxRelativeError(RunResult result, String metric) {
		double[] sim = result.simulation().column(metric);
		TheoryResult theory = result.theory().get(0);
		double[] th = theory.table().column(metric);
		double worst = 0;
		for (int i = 0; i < sim.length; i++) {
			worst = Math.max(worst, Math.abs(sim[i] - th[i]) / Math.abs(th[i]));
		}
		return worst;
	}

	@Test
	void awayFromAlphaOneOneDrawFollowsTheTheory() throws Exception {
		for (String example : new String[] { "generalization-alpha-0.5.plateau", "generalization-alpha-2.plateau" }) {
			RunResult result = run(example);
			// one draw scatters around the average: the noise fitted late in training is a chi-square of N = 400
			// degrees of freedom, relative sd sqrt(2/N) = 7% (measured 9.6% at alpha = 2 for seed 1): 3 sd. The
			// spec's 5% is for the mean of 20 draws, checked in EigenbasisFlowTest
			double error = maxRelativeError(result, DeepLinearSetup.GENERALIZATION_ERROR);
			assertTrue(error < 0.2, example + ": E_g within 20% of the theory, was " + error);
		}
	}

	@Test
	void atAlphaOneTheStudentOvertrains() throws Exception {
		RunResult result = run("generalization-alpha-1.plateau");
		double[] eg = result.simulation().column(DeepLinearSetup.GENERALIZATION_ERROR);
		double[] theory = result.theory().get(0).table().column(DeepLinearSetup.GENERALIZATION_ERROR);
		long[] steps = result.simulation().steps();
		int best = 0;
		int bestTheory = 0;
		for (int i = 0; i < eg.length; i++) {
			best = eg[i] < eg[best] ? i : best;
			bestTheory = theory[i] < theory[bestTheory] ? i : bestTheory;
		}
		double tStar = steps[best] * 0.05;
		double tStarTheory = steps[bestTheory] * 0.05;
		// spec C1.18: min_t E_g = 0.6501 at t* ~ 2.5 tau; one draw within 10% of the value
		assertEquals(0.6501, theory[bestTheory], 0.002, "theory's minimum");
		assertEquals(2.5, tStarTheory, 0.5, "theory's optimal stopping time");
		assertEquals(theory[bestTheory], eg[best], 0.1 * theory[bestTheory], "the draw's minimum");
		assertTrue(tStar > 1 && tStar < 5, "the draw's optimal stopping time " + tStar);
		// then the noise amplified by the smallest eigenvalues makes it rise: at t = 200 tau the spec's theory is
		// well above 2 (1.82 at 100 tau), far above the minimum
		assertTrue(eg[eg.length - 1] > 2 * eg[best], "overtraining: E_g(200 tau) = " + eg[eg.length - 1]);
		assertTrue(theory[theory.length - 1] > 2 * theory[bestTheory], "and in theory");
	}

	@Test
	void trainingErrorTendsToTheNoiseLeftByTheTeacher() throws Exception {
		RunResult result = run("generalization-alpha-2.plateau");
		double[] et = result.simulation().column(DeepLinearSetup.TRAINING_ERROR);
		// spec C1.17: E_t(inf) = sigma_eps^2 (1 - 1/alpha) = 0.125 at alpha = 2; one draw at t = 50 tau within 10%
		assertEquals(0.125, et[et.length - 1], 0.0125);
	}
}
