package org.plateau.family.rnn.automata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The pair census of check 1.2-A and the heatmap of Fig. 7, on a hand-counted case and against a plain enumeration of
 * all pairs; the mean pairwise distance of Fig. 12 on hand-computed points.
 */
class MergerCensusTest {

	/**
	 * Strings "0", "00", "01", "1", "10", "11", "" (P = 1, eps = 1), parity task. Groups {"0", "00", ""}, {"01", "1",
	 * "10"}, {"11"}. Even strings: "" (0), "0" (1), "00" (2), "11" (2); odd: "1" (1), "01" (2), "10" (2).
	 * Agreeing pairs by lengths: (0,1) 1, (0,2) 2, (1,2) 4, (2,2) 2, none at (0,0) and (1,1); merged among them:
	 * (0,1) ""-"0"; (0,2) ""-"00"; (1,2) "0"-"00", "1"-"01", "1"-"10"; (2,2) "01"-"10".
	 */
	@Test
	void handCountedHeatmap() {
		AnalysisStrings strings = new AnalysisStrings(2, 2);
		double[] hidden = { 0, 0, 5, 5, 5, 10, 0 };
		int[] readout = { 0, 0, 1, 1, 1, 0, 0 };
		ExtractedAutomaton extracted = AutomatonExtraction.extract(strings, hidden, 1, readout, 2, 1.0);
		MergerCensus census = MergerCensus.of(extracted, Automaton.streamingParity());
		assertEquals(6, census.mergedPairs());
		assertEquals(6, census.agreeingMergedPairs());
		assertEquals(0, census.disagreeingMergedPairs());
		assertEquals(9, census.agreeingPairs());
		DMatrixRMaj fraction = census.mergedFraction();
		assertEquals(3, fraction.numRows);
		assertEquals(3, fraction.numCols);
		double[][] expected = { { Double.NaN, 1.0, 0.5 }, { 1.0, Double.NaN, 0.75 }, { 0.5, 0.75, 0.5 } };
		for (int l1 = 0; l1 < 3; l1++) {
			for (int l2 = 0; l2 < 3; l2++) {
				assertEquals(expected[l1][l2], fraction.get(l1, l2), 0.0, "(" + l1 + ", " + l2 + ")");
			}
		}
		assertEquals(4, census.agreeingPairs(2, 1));
		assertEquals(3, census.agreeingMergedPairs(2, 1));
	}

	@Test
	void countsDisagreeingMergers() {
		// as above, but "11" (even) sits with the odd strings: 3 disagreeing pairs
		AnalysisStrings strings = new AnalysisStrings(2, 2);
		double[] hidden = { 0, 0, 5, 5, 5, 5, 0 };
		int[] readout = { 0, 0, 1, 1, 1, 0, 0 };
		MergerCensus census = MergerCensus.of(AutomatonExtraction.extract(strings, hidden, 1, readout, 2, 1.0),
				Automaton.streamingParity());
		assertEquals(3 + 6, census.mergedPairs());
		assertEquals(3 + 3, census.agreeingMergedPairs());
		assertEquals(3, census.disagreeingMergedPairs());
	}

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3 })
	void matchesPlainEnumerationOfAllPairs(long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		Automaton task = Automaton.random(7, 0.75, 2, 3, random);
		AnalysisStrings strings = new AnalysisStrings(2, 8);
		int n = strings.size();
		// 40 random cluster points on a line 1 apart, eps 0.5: groups mix agreeing and disagreeing strings
		double[] hidden = new double[n];
		int[] readout = new int[n];
		for (int i = 0; i < n; i++) {
			hidden[i] = random.nextInt(40);
			readout[i] = random.nextInt(3);
		}
		ExtractedAutomaton extracted = AutomatonExtraction.extract(strings, hidden, 1, readout, 3, 0.5);
		MergerCensus census = MergerCensus.of(extracted, task);
		Automaton minimal = task.minimal();
		int lengths = 9;
		long[][] agreeing = new long[lengths][lengths];
		long[][] mergedAgreeing = new long[lengths][lengths];
		long merged = 0;
		for (int i = 0; i < n; i++) {
			int[] si = strings.string(i);
			int qi = minimal.run(si, 0, si.length);
			for (int j = i + 1; j < n; j++) {
				int[] sj = strings.string(j);
				boolean same = extracted.groupOf(i) == extracted.groupOf(j);
				boolean agree = qi == minimal.run(sj, 0, sj.length);
				int l1 = Math.min(si.length, sj.length);
				int l2 = Math.max(si.length, sj.length);
				if (same) {
					merged++;
				}
				if (agree) {
					agreeing[l1][l2]++;
					if (same) {
						mergedAgreeing[l1][l2]++;
					}
				}
			}
		}
		assertEquals(merged, census.mergedPairs());
		assertTrue(census.disagreeingMergedPairs() > 0, "the random grouping must mix task states");
		long agreeingTotal = 0;
		long mergedAgreeingTotal = 0;
		DMatrixRMaj fraction = census.mergedFraction();
		for (int l1 = 0; l1 < lengths; l1++) {
			for (int l2 = l1; l2 < lengths; l2++) {
				assertEquals(agreeing[l1][l2], census.agreeingPairs(l1, l2));
				assertEquals(mergedAgreeing[l1][l2], census.agreeingMergedPairs(l2, l1));
				double expected = agreeing[l1][l2] == 0 ? Double.NaN : (double) mergedAgreeing[l1][l2] / agreeing[l1][l2];
				assertEquals(expected, fraction.get(l1, l2), 1e-15);
				assertEquals(expected, fraction.get(l2, l1), 1e-15);
				agreeingTotal += agreeing[l1][l2];
				mergedAgreeingTotal += mergedAgreeing[l1][l2];
			}
		}
		assertEquals(agreeingTotal, census.agreeingPairs());
		assertEquals(mergedAgreeingTotal, census.agreeingMergedPairs());
	}

	@Test
	void meanPairwiseDistanceOnHandPoints() {
		// 0, 3, 4 on a line: distances 3, 4, 1
		assertEquals(8.0 / 3, MergerCensus.meanPairwiseDistance(new double[] { 0, 3, 4 }, 3, 1), 1e-15);
		// (0, 0), (3, 4): one pair at 5
		assertEquals(5.0, MergerCensus.meanPairwiseDistance(new double[] { 0, 0, 3, 4 }, 2, 2), 1e-15);
	}

	/** The blocked Gram-matrix mean against the plain loop over pairs, across several blocks of rows. */
	@Test
	void meanPairwiseDistanceIsTheMeanOverEveryPair() {
		java.util.SplittableRandom random = new java.util.SplittableRandom(5);
		int n = 600;
		int p = 17;
		double[] hidden = new double[n * p];
		for (int k = 0; k < hidden.length; k++) {
			hidden[k] = random.nextDouble() - 0.5 + (k / p % 7 == 0 ? 3 : 0);
		}
		System.arraycopy(hidden, 0, hidden, p, p); // a merged pair: distance 0
		double sum = 0;
		for (int i = 0; i < n; i++) {
			for (int j = i + 1; j < n; j++) {
				double d2 = 0;
				for (int k = 0; k < p; k++) {
					double d = hidden[i * p + k] - hidden[j * p + k];
					d2 += d * d;
				}
				sum += Math.sqrt(d2);
			}
		}
		double plain = sum / (n * (n - 1) / 2.0);
		assertEquals(plain, MergerCensus.meanPairwiseDistance(hidden, n, p), 1e-10 * plain);
	}
}
