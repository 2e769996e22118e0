package org.plateau.core.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.plateau.core.family.ModelFamily;
import org.plateau.core.family.SimulationOutcome;
import org.plateau.core.registry.FamilyRegistry;
import org.plateau.core.testkit.FakeFamily;
import org.plateau.core.testkit.ThrowingFamily;
import org.plateau.core.testkit.ThrowingFamily.Call;
import org.plateau.model.Experiment;

/**
 * One broken family does not break the others (issue 13, point 9): a family asked before the fake one (its id sorts
 * first) that throws in handles(), or whose bundle is half-installed, is skipped, and the fake family's experiments
 * still resolve and run.
 */
class BrokenFamilyIsolationTest {

	/** Sorts before the fake family ({@code org.plateau.core.testkit.fake}): asked first. */
	private static final String BROKEN = "org.plateau.core.testkit.broken";

	@Test
	void anExperimentOfAWorkingFamilyRunsNextToAFamilyWhoseHandlesThrows() throws Exception {
		FamilyRegistry registry = FamilyRegistry.of(new FakeFamily(),
				ThrowingFamily.inHandles(BROKEN, "the task has no input"));
		Experiment experiment = FakeFamily.experiment("relax", 2.0);

		assertEquals("org.plateau.core.testkit.fake", registry.familyFor(experiment).orElseThrow().id());
		RunResult result = new ExperimentRunner(registry).run(experiment, null);
		assertEquals(SimulationOutcome.Status.COMPLETED, result.outcome().status());
	}

	@Test
	void aHalfInstalledFamilyIsLeftOutOfTheListAndTheLookup() {
		ModelFamily halfInstalled = new ThrowingFamily(BROKEN,
				() -> new NoClassDefFoundError("org/plateau/family/missing/Network"), Call.ID, Call.HANDLES);
		FamilyRegistry registry = FamilyRegistry.of(halfInstalled, new FakeFamily());

		assertEquals(List.of("org.plateau.core.testkit.fake"), registry.families().stream().map(ModelFamily::id).toList());
		assertEquals("org.plateau.core.testkit.fake",
				registry.familyFor(FakeFamily.experiment("relax", 2.0)).orElseThrow().id());
	}
}
