package org.plateau.core.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.plateau.core.family.ModelFamily;
import org.plateau.core.internal.registry.FamilyRegistryComponent;
import org.plateau.core.testkit.FakeFamily;
import org.plateau.core.testkit.ThrowingFamily;
import org.plateau.core.testkit.ThrowingFamily.Call;
import org.plateau.model.Experiment;

/**
 * A family that fails is reported once per call, by its id and its bundle's name, in words, to the registry's
 * problems and listeners (for the CLI's warnings and the workbench's log); the registry goes on without it.
 */
class FamilyProblemsTest {

	private static final String BROKEN = "org.plateau.core.testkit.broken";

	@Test
	void aFamilyWhoseHandlesThrowsIsReportedOnceByItsBundle() {
		FamilyRegistryComponent registry = new FamilyRegistryComponent();
		registry.addFamily(new FakeFamily());
		registry.addFamily(ThrowingFamily.inHandles(BROKEN, "the task has no input"));
		Experiment experiment = FakeFamily.experiment("relax", 2.0);

		for (int i = 0; i < 3; i++) {
			assertEquals("org.plateau.core.testkit.fake", registry.familyFor(experiment).orElseThrow().id());
		}

		assertEquals(1, registry.problems().size(), registry.problems().toString());
		FamilyProblem problem = registry.problems().get(0);
		assertEquals(BROKEN, problem.family());
		assertTrue(problem.bundle().startsWith("org.plateau.core.testkit "), problem.bundle());
		assertEquals("handles()", problem.call());
		assertEquals("model family " + BROKEN + " (bundle " + problem.bundle()
				+ ") failed in handles(): the task has no input", problem.message());
	}

	@Test
	void listenersHearOfTheProblemsSoFarThenOfEachNewOne() {
		FamilyRegistry registry = FamilyRegistry.of(new FakeFamily(),
				new ThrowingFamily(BROKEN, () -> new IllegalStateException("no examples folder"), Call.HANDLES,
						Call.EXAMPLES));
		registry.familyFor(FakeFamily.experiment("relax", 2.0));
		List<String> heard = new ArrayList<>();
		registry.addProblemListener(problem -> heard.add(problem.call()));
		assertEquals(List.of("handles()"), heard);

		for (ModelFamily family : registry.families()) {
			registry.ask(family, "examples()", ModelFamily::examples);
		}
		registry.ask(registry.families().get(0), "examples()", ModelFamily::examples);
		assertEquals(List.of("handles()", "examples()"), heard);
		assertEquals(2, registry.problems().size());
	}

	@Test
	void aHalfInstalledFamilyIsNamedByItsBundleAndTheMissingClass() {
		FamilyRegistryComponent registry = new FamilyRegistryComponent();
		registry.addFamily(new ThrowingFamily(BROKEN, () -> new NoClassDefFoundError("org/plateau/family/missing/Network"),
				Call.ID));
		registry.addFamily(new FakeFamily());

		assertEquals(1, registry.families().size());
		FamilyProblem problem = registry.problems().get(0);
		assertEquals("id()", problem.call());
		assertTrue(problem.message().startsWith("model family without an id (bundle org.plateau.core.testkit "),
				problem.message());
		assertTrue(problem.message().endsWith("failed in id(): a class it needs cannot be loaded "
				+ "(org.plateau.family.missing.Network): is a bundle it depends on missing?"), problem.message());
		assertFalse(problem.message().contains("Error"), problem.message());
	}

	@Test
	void aRemovedFamilyTakesItsProblemsWithIt() {
		FamilyRegistryComponent registry = new FamilyRegistryComponent();
		ThrowingFamily broken = ThrowingFamily.inHandles(BROKEN, "broken");
		registry.addFamily(broken);
		registry.familyFor(FakeFamily.experiment("relax", 2.0));
		assertEquals(1, registry.problems().size());

		registry.removeFamily(broken);
		assertTrue(registry.problems().isEmpty());
	}

	@Test
	void aFamilyThatExhaustsMemoryIsLeftToTheBoundaryOfTheRun() {
		// the registry cannot make memory: the run (or program) that asked ends, and says so
		FamilyRegistry registry = FamilyRegistry.of(new ThrowingFamily(BROKEN,
				() -> new OutOfMemoryError("Java heap space"), Call.HANDLES), new FakeFamily());
		assertThrows(OutOfMemoryError.class, () -> registry.familyFor(FakeFamily.experiment("relax", 2.0)));
	}

	@Test
	void reasonsAreWordsNotClassNames() {
		assertEquals("a missing value", Contributors.reason(new NullPointerException()));
		assertEquals("an unexpected error with no message", Contributors.reason(new IllegalStateException()));
		assertEquals("it could not initialise: a missing value: w0 is null",
				Contributors.reason(new ExceptionInInitializerError(new NullPointerException("w0 is null"))));
		assertEquals("out of memory: Java heap space", Contributors.reason(new OutOfMemoryError("Java heap space")));
	}
}
