package org.plateau.family.gated.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.plateau.core.family.ExperimentException;
import org.plateau.core.family.SimulationOutcome;
import org.plateau.core.registry.FamilyRegistry;
import org.plateau.core.run.ExperimentRunner;
import org.plateau.core.run.RunResult;
import org.plateau.gdln.family.ReductionTheory;
import org.plateau.model.Experiment;

/** Spec C2.3 through the family: the race-toy example, simulated and reduced. */
class RaceToyTest {

	@Test
	void theSharedPathwayWinsAndTheGatedOneUnlearns() throws Exception {
		RunResult result = new ExperimentRunner(FamilyRegistry.of(new GatedFamily())).run(Examples.load("race-toy.plateau"),
				new NullProgressMonitor());
		assertEquals(SimulationOutcome.Status.COMPLETED, result.outcome().status(), result.outcome().message());
		assertEquals(ReductionTheory.ID, result.theory().get(0).prediction().id());
		// spec C2.3: final a = (1.9826, 0.9866, 0.4898, 0.2122) simulated, (1.9823, 0.9866, 0.4898, 0.2121) theory
		double[] simulated = { 1.9826, 0.9866, 0.4898, 0.2122 };
		double worstA = 0;
		double worstB = 0;
		for (int a = 1; a <= 4; a++) {
			double[] sim = result.simulation().column("a" + a);
			double[] theory = result.theory().get(0).table().column("a" + a);
			assertEquals(simulated[a - 1], sim[sim.length - 1], 1e-3, "a" + a);
			double[] simB = result.simulation().column("b" + a);
			double[] theoryB = result.theory().get(0).table().column("b" + a);
			for (int i = 0; i < sim.length; i++) {
				worstA = Math.max(worstA, Math.abs(sim[i] - theory[i]));
				worstB = Math.max(worstB, Math.abs(simB[i] - theoryB[i]));
			}
			assertTrue(simB[simB.length - 1] < 0.05, "b" + a + " loses the race: " + simB[simB.length - 1]);
		}
		// spec C2.3: max |sim - theory| = 0.034 (a), 7e-4 (b)
		assertTrue(worstA < 0.04, "a: " + worstA);
		assertTrue(worstB < 1e-3, "b: " + worstB);
	}

	@Test
	void aRoutingTaskOnAnArchitectureWithoutItsDomainsIsRefusedNamingTheNode() throws Exception {
		Experiment experiment = Examples.load("routing-decoupled.plateau");
		((org.plateau.gdln.model.GatedArchitecture) experiment.getArchitecture()).getNodes().get(0).setName("input0");
		ExperimentException e = org.junit.jupiter.api.Assertions.assertThrows(ExperimentException.class,
				() -> new GatedFamily().prepare(experiment));
		assertTrue(e.getMessage().contains("in0"), e.getMessage());
	}
}
