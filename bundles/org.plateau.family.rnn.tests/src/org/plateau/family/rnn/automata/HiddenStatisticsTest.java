package org.plateau.family.rnn.automata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * The eps convention of the main notebook: the per-unit sample std (pandas ddof = 1) over every snapshot, accumulated
 * online, equals the two-pass std over all snapshots stacked.
 */
class HiddenStatisticsTest {

	@Test
	void onlineStdEqualsTwoPassStdOverAllSnapshots() {
		int p = 4;
		int n = 7;
		int snapshots = 5;
		SplittableRandom random = new SplittableRandom(9);
		// a large mean beside a small std (ReLU units near h_0 = 1): where a plain sum of squares loses digits
		double[][] data = new double[snapshots][n * p];
		HiddenStatistics statistics = new HiddenStatistics(p);
		for (int e = 0; e < snapshots; e++) {
			for (int k = 0; k < n * p; k++) {
				data[e][k] = 1e4 + (k % p) + 1e-3 * random.nextGaussian() + 1e-3 * e;
			}
			statistics.add(data[e], n);
		}
		assertEquals(snapshots * n, statistics.count());
		double[] std = statistics.perUnitStd();
		for (int k = 0; k < p; k++) {
			double mean = 0;
			for (double[] snapshot : data) {
				for (int i = 0; i < n; i++) {
					mean += snapshot[i * p + k];
				}
			}
			mean /= snapshots * n;
			double ss = 0;
			for (double[] snapshot : data) {
				for (int i = 0; i < n; i++) {
					double d = snapshot[i * p + k] - mean;
					ss += d * d;
				}
			}
			double expected = Math.sqrt(ss / (snapshots * n - 1));
			// the two-pass reference itself carries ~1e-12 relative error at mean/std = 1e7
			assertEquals(expected, std[k], 1e-9 * expected, "unit " + k);
		}
	}

	@Test
	void singleSnapshotStdAndFloatSnapshots() {
		// two units, three states: unit 0 = 1, 2, 3 (sample std 1), unit 1 = 0, 0, 6 (mean 2, ss 24, std sqrt(12))
		double[] hidden = { 1, 0, 2, 0, 3, 6 };
		double[] std = HiddenStatistics.perUnitStd(hidden, 3, 2);
		assertEquals(1.0, std[0], 1e-15);
		assertEquals(Math.sqrt(12), std[1], 1e-14);
		HiddenStatistics statistics = new HiddenStatistics(2);
		statistics.add(new float[] { 1, 0, 2, 0 }, 2);
		statistics.add(new float[] { 3, 6 }, 1);
		assertEquals(1.0, statistics.perUnitStd()[0], 1e-15);
		assertEquals(Math.sqrt(12), statistics.perUnitStd()[1], 1e-14);
		assertEquals(0.01 * Math.sqrt(13), AutomatonExtraction.eps(0.01, statistics.perUnitStd()), 1e-15);
	}
}
