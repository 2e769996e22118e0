package org.plateau.core.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.plateau.core.family.SimulationOutcome;
import org.plateau.core.run.ExperimentRunner;
import org.plateau.core.run.RunResult;
import org.plateau.core.run.TheoryResult;
import org.plateau.model.Experiment;

/** What a family's tests do with a whole run: run it to completion, pick one theory's result. */
public final class Runs {

	private Runs() {
	}

	/** Runs the experiment and asserts that it completed (the outcome's message otherwise). */
	public static RunResult completed(ExperimentRunner runner, Experiment experiment) throws Exception {
		RunResult result = runner.run(experiment, new NullProgressMonitor());
		assertEquals(SimulationOutcome.Status.COMPLETED, result.outcome().status(), result.outcome().message());
		return result;
	}

	/** The result of the theory with this id; fails naming the theories there are and the run's warnings. */
	public static TheoryResult theory(RunResult result, String id) {
		return result.theory().stream().filter(t -> t.prediction().id().equals(id)).findFirst()
				.orElseThrow(() -> new AssertionError("no theory " + id + " among "
						+ result.theory().stream().map(t -> t.prediction().id()).toList() + "; warnings: "
						+ result.warnings()));
	}
}
