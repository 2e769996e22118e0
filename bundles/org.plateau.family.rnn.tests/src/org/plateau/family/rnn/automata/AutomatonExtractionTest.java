package org.plateau.family.rnn.automata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Automaton extraction (van Rossem &amp; Saxe 2025, App. A) on synthetic hidden states whose answer is known: clusters
 * at the states of a DFA give that DFA back; distinct states give the tree; and the authors' conventions (first
 * group within eps, strict {@code <}, last writer in group order, the empty string's group as state 0).
 */
class AutomatonExtractionTest {

	private static final int N = Automaton.NONE;

	/**
	 * Hidden states at one point per state of {@code task} (unit distance apart, orthogonal directions), plus noise of
	 * norm below 0.24 eps: any two states of a cluster are closer than eps/2, two clusters are sqrt(2) apart.
	 */
	static double[] clustered(AnalysisStrings strings, Automaton task, int p, double eps, SplittableRandom random) {
		double[] hidden = new double[strings.size() * p];
		for (int i = 0; i < strings.size(); i++) {
			int state = strings.run(task, i);
			double[] noise = new double[p];
			double norm = 0;
			for (int k = 0; k < p; k++) {
				noise[k] = random.nextGaussian();
				norm += noise[k] * noise[k];
			}
			double scale = random.nextDouble() * 0.24 * eps / Math.sqrt(norm);
			for (int k = 0; k < p; k++) {
				hidden[i * p + k] = (k == state ? 1 : 0) + scale * noise[k];
			}
		}
		return hidden;
	}

	static int[] readout(AnalysisStrings strings, Automaton task) {
		int[] readout = new int[strings.size()];
		for (int i = 0; i < strings.size(); i++) {
			readout[i] = task.output(strings.run(task, i));
		}
		return readout;
	}

	@Test
	void clustersAtParityStatesGiveParity() {
		AnalysisStrings strings = new AnalysisStrings(2, 10);
		Automaton parity = Automaton.streamingParity();
		int p = 5;
		double eps = 0.1;
		double[] hidden = clustered(strings, parity, p, eps, new SplittableRandom(11));
		ExtractedAutomaton extracted = AutomatonExtraction.extract(strings, hidden, p, readout(strings, parity), 2, eps);
		assertEquals(2, extracted.groups());
		assertTrue(extracted.finite());
		// "0" opens the even group, "0000000001" the odd one; h_0 joins the even group, which is state 0
		assertEquals(parity, extracted.automaton());
		assertEquals(parity, extracted.minimal());
		assertEquals(1.0, extracted.automaton().agreement(parity, 500, 200, new SplittableRandom(7)));
		assertEquals(0, MergerCensus.of(extracted, parity).disagreeingMergedPairs());
		assertEquals(1024, extracted.groupSize(0)); // even strings, the empty one included
		assertEquals(1023, extracted.groupSize(1));
		assertEquals(0, extracted.firstMember(0)); // "0"
		assertEquals(strings.indexOf(new int[] { 0, 0, 0, 0, 0, 0, 0, 0, 0, 1 }), extracted.firstMember(1));
	}

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3, 4, 5, 6, 7, 8 })
	void clustersAtRandomTaskStatesGiveTheMinimalTask(long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		Automaton task = Automaton.random(7, 0.75, 2, 2, random);
		Automaton minimalTask = task.minimal();
		AnalysisStrings strings = new AnalysisStrings(2, 10);
		int p = 8;
		double eps = 0.05;
		double[] hidden = clustered(strings, minimalTask, p, eps, random);
		ExtractedAutomaton extracted = AutomatonExtraction.extract(strings, hidden, p, readout(strings, task), 2, eps);
		assertEquals(minimalTask.states(), extracted.groups());
		assertTrue(extracted.finite());
		assertEquals(minimalTask, extracted.minimal());
		assertEquals(1.0, extracted.automaton().agreement(task, 500, 200, random));
		assertEquals(0, MergerCensus.of(extracted, task).disagreeingMergedPairs());
	}

	@Test
	void distinctStatesGiveTheTree() {
		AnalysisStrings strings = new AnalysisStrings(2, 10);
		Automaton parity = Automaton.streamingParity();
		int p = 20;
		SplittableRandom random = new SplittableRandom(5);
		double[] hidden = new double[strings.size() * p];
		for (int k = 0; k < hidden.length; k++) {
			hidden[k] = random.nextGaussian(); // pairwise distances ~ sqrt(2 p) = 6.3, never below eps = 0.01
		}
		ExtractedAutomaton extracted = AutomatonExtraction.extract(strings, hidden, p, readout(strings, parity), 2, 0.01);
		assertEquals(strings.size(), extracted.groups());
		assertFalse(extracted.finite());
		boolean[] seen = new boolean[strings.size()];
		for (int i = 0; i < strings.size(); i++) {
			assertFalse(seen[extracted.groupOf(i)]);
			seen[extracted.groupOf(i)] = true;
		}
		assertEquals(0, extracted.groupOf(strings.initial()));
		// the tree reproduces the task on every analysis string and is undefined beyond
		AutomatonTest.assertSameBehaviour(extracted.automaton(), extracted.minimal(), 10);
		for (int i = 0; i < strings.size(); i++) {
			int[] s = strings.string(i);
			assertEquals(parity.outputAfter(s, 0, s.length), extracted.automaton().outputAfter(s, 0, s.length));
		}
		assertEquals(0.0, extracted.automaton().agreement(parity, 500, 200, random));
		MergerCensus census = MergerCensus.of(extracted, parity);
		assertEquals(0, census.mergedPairs());
		assertEquals(0, census.disagreeingMergedPairs());
		assertEquals(1024L * 1023 / 2 + 1023L * 1022 / 2, census.agreeingPairs());
	}

	@Test
	void joinsTheFirstGroupWithinEpsAndMovesTheEmptyStringsGroupToStateZero() {
		// one symbol, strings "0", "00", "000", then the empty one; P = 1
		AnalysisStrings strings = new AnalysisStrings(1, 3);
		double[] hidden = { 0.0, 0.9, 0.5, 1.6 };
		int[] readout = { 1, 0, 1, 0 };
		ExtractedAutomaton extracted = AutomatonExtraction.extract(strings, hidden, 1, readout, 2, 0.6);
		// "0" opens A; "00" is 0.9 from A: opens B; "000" is within eps of both, joins A (the first); h_0 opens C
		assertEquals(3, extracted.groups());
		assertEquals(1, extracted.groupOf(0)); // A, shifted up by one
		assertEquals(2, extracted.groupOf(1)); // B
		assertEquals(1, extracted.groupOf(2)); // A
		assertEquals(0, extracted.groupOf(3)); // C, the start
		Automaton expected = new Automaton(new int[][] { { 1 }, { 2 }, { 1 } }, new int[] { 0, 1, 0 }, 1, 2);
		assertEquals(expected, extracted.automaton());
		assertTrue(extracted.finite());
		// a group holding only h_0 takes h_0's read-out
		assertEquals(readout[3], extracted.automaton().output(0));
	}

	@Test
	void mergesOnlyStrictlyWithinEps() {
		AnalysisStrings strings = new AnalysisStrings(1, 1); // "0", then the empty string
		double[] hidden = { 0.0, 0.0, 0.5, 0.0 }; // P = 2, distance exactly 0.5
		int[] readout = { 0, 0 };
		assertEquals(2, AutomatonExtraction.extract(strings, hidden, 2, readout, 1, 0.5).groups());
		ExtractedAutomaton merged = AutomatonExtraction.extract(strings, hidden, 2, readout, 1, 0.5000001);
		assertEquals(1, merged.groups());
		assertEquals(new Automaton(new int[][] { { 0 } }, new int[] { 0 }, 1, 1), merged.automaton());
	}

	@Test
	void lastWriterWinsInGroupOrderNotStringOrder() {
		// strings "0", "00", "01", "1", "10", "11", then the empty one; P = 1, eps = 1
		AnalysisStrings strings = new AnalysisStrings(2, 2);
		double[] hidden = { 0, 3, 6, 0, 0, 9, 0 };
		int[] readout = { 0, 1, 1, 0, 0, 1, 0 };
		ExtractedAutomaton extracted = AutomatonExtraction.extract(strings, hidden, 1, readout, 2, 1.0);
		// groups: 0 = {"0", "1", "10", h_0}, 1 = {"00"}, 2 = {"01"}, 3 = {"11"}
		assertArrayEquals(new int[] { 0, 1, 2, 0, 0, 3, 0 },
				java.util.stream.IntStream.range(0, 7).map(extracted::groupOf).toArray());
		// delta(0, 0) is written by "00" (-> 1) and by "10" (-> 0); the authors visit group 0's members before group
		// 1's, so "00" writes last although "10" comes later in string order
		assertEquals(1, extracted.automaton().next(0, 0));
		assertEquals(3, extracted.automaton().next(0, 1)); // "01" (-> 2), then "11" (-> 3)
		assertEquals(N, extracted.automaton().next(1, 0));
		assertFalse(extracted.finite());
		assertArrayEquals(new int[] { 0, 1, 1, 1 }, extracted.automaton().outputsOfStates());
	}

	@Test
	void epsIsTheFractionOfTheStdNorm() {
		assertEquals(0.01 * 5, AutomatonExtraction.eps(0.01, new double[] { 3, 4 }), 1e-15);
		assertEquals(0.1 * 13, AutomatonExtraction.eps(0.1, new double[] { 5, 0, 12 }), 1e-14);
	}
}
