package org.plateau.family.rnn.automata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hopcroft minimisation ({@link Automaton#minimal()}, the authors' {@code nondistinguishable_partition}) on textbook
 * automata and against a plain Moore refinement; random task automata as {@code gen_rand_automaton}; agreement on
 * random strings.
 */
class AutomatonTest {

	private static final int N = Automaton.NONE;

	@Test
	void redundantParityReducesToTwoStates() {
		// states 0, 2 even; 1, 3 odd; two copies of parity wired into each other
		Automaton redundant = new Automaton(new int[][] { { 2, 1 }, { 3, 0 }, { 0, 3 }, { 1, 2 } }, new int[] { 0, 1, 0, 1 },
				2, 2);
		assertEquals(Automaton.streamingParity(), redundant.minimal());
		assertEquals(2, redundant.minimal().states());
	}

	@Test
	void modThreeCounterIsAlreadyMinimal() {
		Automaton mod3 = Automaton.countingModulo(3);
		assertEquals(3, mod3.minimal().states());
		assertEquals(mod3, mod3.minimal());
		// with all outputs equal, nothing tells the states apart
		Automaton silent = new Automaton(mod3.transitions(), new int[3], 2, 3);
		assertEquals(1, silent.minimal().states());
	}

	@Test
	void renumberedAutomataHaveEqualMinimalAutomata() {
		// mod-3 counter with states named 0 -> 0, 1 -> 2, 2 -> 1, and an unreachable extra state 3
		Automaton shuffled = new Automaton(new int[][] { { 0, 2 }, { 1, 0 }, { 2, 1 }, { 3, 3 } }, new int[] { 0, 2, 1, 1 },
				2, 3);
		assertEquals(Automaton.countingModulo(3), shuffled.minimal());
	}

	@Test
	void partialTreeKeepsItsDomain() {
		// the depth-2 tree of parity: root, "0", "1", "00", "01", "10", "11"; leaves have no transitions
		Automaton tree = new Automaton(new int[][] { { 1, 2 }, { 3, 4 }, { 5, 6 }, { N, N }, { N, N }, { N, N }, { N, N } },
				new int[] { 0, 0, 1, 0, 1, 1, 0 }, 2, 2);
		// leaves merge by output; root and "0" (both even) stay apart because only the root's children go on
		Automaton expected = new Automaton(new int[][] { { 1, 2 }, { 3, 4 }, { 4, 3 }, { N, N }, { N, N } },
				new int[] { 0, 0, 1, 0, 1 }, 2, 2);
		assertEquals(expected, tree.minimal());
		assertFalse(tree.minimal().complete());
	}

	/**
	 * A {@code gen_rand_automaton} draw (Python seed 0, the 3rd of 400) on which the authors'
	 * {@code nondistinguishable_partition} returns 4 blocks: it removes and appends blocks of P while iterating over
	 * P. Its 7 states are pairwise distinguishable (brute force over all strings up to length 7), so the minimal
	 * automaton keeps 7.
	 */
	@Test
	void keepsStatesTheAuthorsPartitionWronglyMerges() {
		Automaton drawn = new Automaton(new int[][] { { 1, 2 }, { 3, 4 }, { 3, 1 }, { 5, 6 }, { 2, 5 }, { 4, 1 }, { 3, 5 } },
				new int[] { 0, 1, 1, 1, 1, 1, 0 }, 2, 2);
		assertEquals(7, drawn.minimal().states());
		assertEquals(7, mooreClasses(drawn));
	}

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 })
	void minimalMatchesPlainMooreRefinementAndBehaviour(long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		for (int trial = 0; trial < 20; trial++) {
			int states = 1 + random.nextInt(12);
			int symbols = 1 + random.nextInt(3);
			int outputs = 1 + random.nextInt(3);
			boolean partial = trial % 2 == 1;
			int[][] next = new int[states][symbols];
			int[] output = new int[states];
			for (int s = 0; s < states; s++) {
				output[s] = random.nextInt(outputs);
				for (int a = 0; a < symbols; a++) {
					next[s][a] = partial && random.nextInt(5) == 0 ? N : random.nextInt(states);
				}
			}
			Automaton automaton = new Automaton(next, output, symbols, outputs);
			Automaton minimal = automaton.minimal();
			assertEquals(mooreClasses(automaton), minimal.states(), "seed " + seed + " trial " + trial);
			assertSameBehaviour(automaton, minimal, 7);
			assertEquals(minimal, minimal.minimal());
			// renumber the non-start states at random: the minimal automaton must not change
			int[] perm = new int[states];
			for (int s = 0; s < states; s++) {
				perm[s] = s;
			}
			for (int s = states - 1; s > 1; s--) {
				int j = 1 + random.nextInt(s);
				int t = perm[s];
				perm[s] = perm[j];
				perm[j] = t;
			}
			int[][] renamedNext = new int[states][symbols];
			int[] renamedOutput = new int[states];
			for (int s = 0; s < states; s++) {
				renamedOutput[perm[s]] = output[s];
				for (int a = 0; a < symbols; a++) {
					renamedNext[perm[s]][a] = next[s][a] == N ? N : perm[next[s][a]];
				}
			}
			assertEquals(minimal, new Automaton(renamedNext, renamedOutput, symbols, outputs).minimal());
		}
	}

	/**
	 * The number of reachable equivalence classes by plain Moore refinement (signature = output and the classes of
	 * the successors, NONE its own class), iterated to a fixed point: an independent reference.
	 */
	private static int mooreClasses(Automaton automaton) {
		int n = automaton.states();
		boolean[] reachable = new boolean[n];
		int[] stack = new int[n];
		int top = 0;
		stack[top++] = 0;
		reachable[0] = true;
		while (top > 0) {
			int s = stack[--top];
			for (int a = 0; a < automaton.symbols(); a++) {
				int t = automaton.next(s, a);
				if (t != N && !reachable[t]) {
					reachable[t] = true;
					stack[top++] = t;
				}
			}
		}
		int[] cls = new int[n];
		for (int s = 0; s < n; s++) {
			cls[s] = automaton.output(s);
		}
		int count = -1;
		while (true) {
			java.util.Map<String, Integer> ids = new java.util.HashMap<>();
			int[] refined = new int[n];
			for (int s = 0; s < n; s++) {
				StringBuilder key = new StringBuilder().append(cls[s]);
				for (int a = 0; a < automaton.symbols(); a++) {
					int t = automaton.next(s, a);
					key.append(',').append(t == N ? "none" : cls[t]);
				}
				refined[s] = ids.computeIfAbsent(key.toString(), k -> ids.size());
			}
			cls = refined;
			if (ids.size() == count) {
				break;
			}
			count = ids.size();
		}
		Set<Integer> reachableClasses = new HashSet<>();
		for (int s = 0; s < n; s++) {
			if (reachable[s]) {
				reachableClasses.add(cls[s]);
			}
		}
		return reachableClasses.size();
	}

	/** Same output (or both undefined) after every string up to {@code length}. */
	static void assertSameBehaviour(Automaton a, Automaton b, int length) {
		AnalysisStrings strings = new AnalysisStrings(a.symbols(), length);
		for (int i = 0; i < strings.size(); i++) {
			int[] s = strings.string(i);
			assertEquals(a.outputAfter(s, 0, s.length), b.outputAfter(s, 0, s.length), "after string " + i);
		}
	}

	@Test
	void randomAutomataAreCompleteAndGrowBreadthFirst() {
		SplittableRandom random = new SplittableRandom(42);
		for (int k = 0; k < 500; k++) {
			Automaton task = Automaton.random(7, 0.75, 2, 2, random);
			assertTrue(task.complete());
			assertTrue(task.states() >= 3 && task.states() <= 7, task.toString());
			assertEquals(1, task.next(0, 0)); // the start always gets new states
			assertEquals(2, task.next(0, 1));
			assertEquals(0, task.output(0));
			for (int s = 0; s < task.states(); s++) {
				for (int a = 0; a < 2; a++) {
					assertNotEquals(0, task.next(s, a), "nothing returns to the start (random.choice(states[1:]))");
				}
			}
		}
		// same seed, same automaton
		assertEquals(Automaton.random(7, 0.6, 3, 2, new SplittableRandom(5)), Automaton.random(7, 0.6, 3, 2,
				new SplittableRandom(5)));
	}

	@Test
	void newStateProbabilityOneFillsTheCapBreadthFirst() {
		Automaton full = Automaton.random(7, 1.0, 2, 2, new SplittableRandom(1));
		assertEquals(7, full.states());
		assertEquals(3, full.next(1, 0));
		assertEquals(4, full.next(1, 1));
		assertEquals(5, full.next(2, 0));
		assertEquals(6, full.next(2, 1));
		Automaton none = Automaton.random(7, 0.0, 2, 2, new SplittableRandom(1));
		assertEquals(3, none.states()); // only the start's children
	}

	@Test
	void randomDrawsOnlyBelowTheCap() {
		// cap 3 with two symbols: the start's two children fill it, so every later transition is a choice among the
		// existing non-start states with no probability draw before it (Python's `and` short-circuits)
		SplittableRandom twin = new SplittableRandom(17);
		Automaton task = Automaton.random(3, 0.9, 2, 2, new SplittableRandom(17));
		int[][] expectedNext = { { 1, 2 }, { 1 + twin.nextInt(2), 1 + twin.nextInt(2) }, { 1 + twin.nextInt(2),
				1 + twin.nextInt(2) } };
		int[] expectedOutput = { 0, twin.nextInt(2), twin.nextInt(2) };
		assertEquals(new Automaton(expectedNext, expectedOutput, 2, 2), task);
	}

	@Test
	void agreementCountsSameOutputsOnRandomStrings() {
		Automaton parity = Automaton.streamingParity();
		assertEquals(1.0, parity.agreement(parity, 500, 200, new SplittableRandom(3)));
		Automaton swapped = new Automaton(parity.transitions(), new int[] { 1, 0 }, 2, 2);
		assertEquals(0.0, parity.agreement(swapped, 500, 200, new SplittableRandom(3)));
		// a constant-0 automaton is right exactly when the parity is even: 1/2 in expectation; 4000 strings give a
		// standard error of 0.008, so 0.04 is five of them
		Automaton constant = new Automaton(new int[][] { { 0, 0 } }, new int[] { 0 }, 2, 2);
		assertEquals(0.5, parity.agreement(constant, 501, 4000, new SplittableRandom(3)), 0.04);
		// a partial automaton undefined beyond length 2 is wrong on every length-500 string
		Automaton tree = new Automaton(new int[][] { { 1, 2 }, { 3, 4 }, { 5, 6 }, { N, N }, { N, N }, { N, N }, { N, N } },
				new int[] { 0, 0, 1, 0, 1, 1, 0 }, 2, 2);
		assertEquals(0.0, tree.agreement(parity, 500, 200, new SplittableRandom(3)));
		assertEquals(1.0, tree.agreement(parity, 2, 200, new SplittableRandom(3)));
	}
}
