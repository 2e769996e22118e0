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

/**
 * Continual learning of a sequence of random tasks (Dominé et al. 2024, spec 1.3(b)): the exact Riccati solution,
 * restarted at each switch of task, follows gradient descent, and learning a task undoes the one before.
 */
class ContinualLearningTest {

	private final DeepLinearFamily family = new DeepLinearFamily();
	private final ExperimentRunner runner = new ExperimentRunner(FamilyRegistry.of(family));

	private RunResult run() throws Exception {
		RunResult result = runner.run(Examples.load("continual-learning.plateau"), new NullProgressMonitor());
		assertEquals(SimulationOutcome.Status.COMPLETED, result.outcome().status(), result.outcome().message());
		return result;
	}

	private static double at(ResultsTable table, String metric, long step) {
		for (int i = 0; i < table.size(); i++) {
			if (table.step(i) == step) {
				return table.column(metric)[i];
			}
		}
		throw new AssertionError("no record at step " + step);
	}

	@Test
	void theExactSolutionFollowsGradientDescentAcrossEverySwitchOfTask() throws Exception {
		RunResult result = run();
		assertEquals(1, result.theory().size());
		for (String metric : result.theory().get(0).table().columns()) {
			double deviation = ModelFamilyConformanceTest.maxRelativeDeviation(result.simulation(),
					result.theory().get(0).table(), metric);
			// Euler at eta = 0.01 (tau = 100 steps) over three learning phases: a few per cent at most
			assertTrue(deviation < 0.05, metric + " deviates by " + deviation);
		}
		// on a log axis too: the theory's loss is computed without cancellation, so it is positive and follows GD
		// far below rounding of the loss itself (GD reaches 1e-28 on task 2 by the end of its phase)
		ResultsTable theory = result.theory().get(0).table();
		for (double loss : theory.column(DeepLinearSetup.taskLossId(1))) {
			assertTrue(loss >= 0, "a loss is not negative: " + loss);
		}
		assertTrue(at(theory, DeepLinearSetup.taskLossId(1), 11950) < 1e-20,
				"task 2 learnt in theory: " + at(theory, DeepLinearSetup.taskLossId(1), 11950));
	}

	@Test
	void learningANewTaskUndoesTheOldOne() throws Exception {
		ResultsTable table = run().simulation();
		double task1Start = at(table, DeepLinearSetup.taskLossId(0), 0);
		double task1Learnt = at(table, DeepLinearSetup.taskLossId(0), 6000);
		double task1Forgotten = at(table, DeepLinearSetup.taskLossId(0), 12000);
		double task2Learnt = at(table, DeepLinearSetup.taskLossId(1), 12000);
		assertTrue(task1Learnt < 0.01 * task1Start, "task 1 is learnt in its phase: " + task1Learnt);
		assertTrue(task2Learnt < 0.01 * at(table, DeepLinearSetup.taskLossId(1), 6000), "then task 2");
		// independent random tasks: fitting task 2 moves the map far from task 1's
		assertTrue(task1Forgotten > 10 * task1Learnt, "and task 1 is forgotten: " + task1Forgotten);
		assertEquals(at(table, DeepLinearSetup.LOSS, 12000), task2Learnt, 1e-12, "the loss is the current task's");
	}
}
