package org.plateau.core.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.plateau.core.family.TheoryPrediction;

/**
 * The what-if view's theory ahead of a run (issue 19, item 2): a slow prediction (an ODE) is handed over on growing
 * prefixes of the planned steps, each a prefix of the whole evaluation, the last complete; a quick one (a closed form)
 * whole at once; a cancelled evaluation stops between two prefixes.
 */
class ProgressiveTheoryTest {

	/** u(t) = 1 - exp(-t/100); the steps of every call are kept. */
	private static TheoryPrediction prediction(List<Integer> calls) {
		return new TheoryPrediction() {
			@Override
			public String id() {
				return "ode";
			}

			@Override
			public String label() {
				return "test ODE";
			}

			@Override
			public List<String> metricIds() {
				return List.of("u");
			}

			@Override
			public double[][] predict(long[] steps) {
				calls.add(steps.length);
				double[] u = new double[steps.length];
				for (int i = 0; i < steps.length; i++) {
					u[i] = 1 - Math.exp(-steps[i] / 100.0);
				}
				return new double[][] { u };
			}
		};
	}

	private static final long[] STEPS = LongStream.rangeClosed(0, 799).map(i -> 5 * i).toArray();

	@Test
	void aSlowPredictionIsHandedOverOnDoublingPrefixesEndingWithTheWhole() {
		List<Integer> calls = new ArrayList<>();
		List<TheoryResult> partials = new ArrayList<>();
		// never quick: as slow as an ODE
		ExperimentRunner.evaluateAheadProgressively(prediction(calls), STEPS, partials::add, () -> false, 0);
		assertEquals(List.of(100, 200, 400, 800), partials.stream().map(r -> r.table().size()).toList());
		TheoryResult whole = ExperimentRunner.evaluateAhead(prediction(new ArrayList<>()), STEPS);
		for (TheoryResult partial : partials) {
			int n = partial.table().size();
			assertArrayEquals(java.util.Arrays.copyOf(whole.table().column("u"), n), partial.table().column("u"), 0,
					"a prefix of the whole");
			assertArrayEquals(java.util.Arrays.copyOf(STEPS, n), partial.table().steps());
		}
		// the progress costs less than twice one whole evaluation
		assertTrue(calls.stream().mapToInt(Integer::intValue).sum() < 2 * STEPS.length, calls.toString());
	}

	@Test
	void aQuickPredictionIsHandedOverWholeAtOnce() {
		List<TheoryResult> partials = new ArrayList<>();
		// always quick: as a closed form
		ExperimentRunner.evaluateAheadProgressively(prediction(new ArrayList<>()), STEPS, partials::add, () -> false,
				Long.MAX_VALUE);
		assertEquals(List.of(800), partials.stream().map(r -> r.table().size()).toList());
	}

	@Test
	void aCancelledEvaluationStopsBetweenTwoPrefixes() {
		List<TheoryResult> partials = new ArrayList<>();
		ExperimentRunner.evaluateAheadProgressively(prediction(new ArrayList<>()), STEPS, partials::add,
				() -> partials.size() >= 2, 0);
		assertEquals(List.of(100, 200), partials.stream().map(r -> r.table().size()).toList());
	}
}
