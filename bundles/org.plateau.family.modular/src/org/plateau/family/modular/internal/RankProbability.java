package org.plateau.family.modular.internal;

import java.util.List;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.MatrixFeatures_DDRM;
import org.plateau.core.family.TheoryPrediction;

/**
 * The rank argument of Jarvis et al. (2023, spec 4(d), code sample_rows.py): j patterns drawn at random from the
 * 2^n1 identify the compositional map iff their n1 x j pattern matrix has rank n1. The probability of that is counted
 * exactly over every subset of j patterns (their true rank, not a determinant threshold) when there are at most
 * 2 x 10^6 subsets, and estimated from 200 000 random subsets otherwise. Predicts the metric {@code full.rank}, whose
 * mean over a sweep's seeds estimates it.
 */
final class RankProbability implements TheoryPrediction {

	static final String ID = "rank-probability";

	private static final long EXACT_LIMIT = 2_000_000;
	private static final int SAMPLES = 200_000;

	private final double probability;
	private final boolean exact;

	/** Probabilities already counted, by n1 and j: a sweep asks for the same ones at every point. */
	private static final java.util.Map<Long, Double> COUNTED = new java.util.concurrent.ConcurrentHashMap<>();

	RankProbability(int n1, int j, long seed) {
		int patterns = 1 << n1;
		if (j < 0 || j > patterns) {
			throw new IllegalArgumentException("j must lie in [0, 2^n1] = [0, " + patterns + "], was " + j);
		}
		long subsets = binomial(patterns, j);
		exact = subsets <= EXACT_LIMIT;
		probability = exact ? COUNTED.computeIfAbsent(((long) n1 << 32) | j, key -> exactProbability(n1, j))
				: sampledProbability(n1, j, seed);
	}

	/** The probability that j distinct random patterns of n1 bits have rank n1. */
	double probability() {
		return probability;
	}

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String label() {
		return "rank argument (Jarvis et al. 2023)";
	}

	@Override
	public String description() {
		return (exact ? "counted over every subset" : "estimated from " + SAMPLES + " random subsets") + ": P(rank n1) = "
				+ probability;
	}

	@Override
	public List<String> metricIds() {
		return List.of(ModularSetup.FULL_RANK);
	}

	@Override
	public double[][] predict(long[] steps) {
		double[] values = new double[steps.length];
		java.util.Arrays.fill(values, probability);
		return new double[][] { values };
	}

	@Override
	public double limit(String metricId) {
		return probability;
	}

	static double exactProbability(int n1, int j) {
		int patterns = 1 << n1;
		if (j < n1) {
			return 0;
		}
		int[] chosen = new int[j];
		for (int i = 0; i < j; i++) {
			chosen[i] = i;
		}
		long full = 0;
		long total = 0;
		while (true) {
			total++;
			if (fullRank(n1, chosen)) {
				full++;
			}
			int i = j - 1;
			while (i >= 0 && chosen[i] == patterns - j + i) {
				i--;
			}
			if (i < 0) {
				break;
			}
			chosen[i]++;
			for (int k = i + 1; k < j; k++) {
				chosen[k] = chosen[k - 1] + 1;
			}
		}
		return (double) full / total;
	}

	static double sampledProbability(int n1, int j, long seed) {
		int patterns = 1 << n1;
		java.util.Random random = new java.util.Random(seed);
		int full = 0;
		int[] all = java.util.stream.IntStream.range(0, patterns).toArray();
		int[] chosen = new int[j];
		for (int s = 0; s < SAMPLES; s++) {
			// a partial Fisher-Yates shuffle draws j distinct patterns
			for (int i = 0; i < j; i++) {
				int k = i + random.nextInt(patterns - i);
				int swap = all[i];
				all[i] = all[k];
				all[k] = swap;
				chosen[i] = all[i];
			}
			if (fullRank(n1, chosen)) {
				full++;
			}
		}
		return (double) full / SAMPLES;
	}

	/** Whether the +-1 patterns (bit k of the index: +1 when set) have rank n1. */
	static boolean fullRank(int n1, int[] chosen) {
		DMatrixRMaj m = new DMatrixRMaj(n1, chosen.length);
		for (int c = 0; c < chosen.length; c++) {
			for (int k = 0; k < n1; k++) {
				m.set(k, c, ((chosen[c] >> k) & 1) == 1 ? 1 : -1);
			}
		}
		// entries are +-1: a rank-deficient matrix has singular values exactly 0 up to rounding far below 1e-9
		return MatrixFeatures_DDRM.rank(m, 1e-9) == n1;
	}

	static long binomial(int n, int k) {
		long result = 1;
		for (int i = 1; i <= k; i++) {
			result = result * (n - k + i) / i;
			if (result > Long.MAX_VALUE / (n + 1)) {
				return Long.MAX_VALUE;
			}
		}
		return result;
	}
}
