package org.plateau.family.rnn.automata;

import java.util.Objects;

import org.ejml.data.DMatrixRMaj;
import org.plateau.kernels.DenseKernels;

/**
 * The census of merged pairs of an extraction against the task (van Rossem &amp; Saxe 2025, check 1.2-A: "Out of all
 * 103460 pairs of representations that ended up merging, all agreed on all possible future outputs"; Fig. 7).
 * <p>
 * A pair of distinct analysis strings is <em>merged</em> when both are in the same group of the extraction, and
 * <em>agreeing</em> when the task gives the same output after every continuation of either, i.e. both reach the same
 * state of the task's minimal automaton (for a partial task, strings it is undefined on form one more class). Check
 * 1.2-A expects zero merged pairs that disagree.
 * <p>
 * The heatmap {@link #mergedFraction()} is indexed by the two strings' lengths (0 = the empty string): the fraction of
 * agreeing pairs of those lengths that are merged. The authors' notebook (parity/main.ipynb, "Plot number of diverging
 * state mergers per sequence length pairs") counts a pair as merged when the two hidden states are closer than the
 * threshold (not by group), divides all such pairs (agreeing or not) by the agreeing ones, and leaves out the empty
 * string; with zero disagreeing mergers and well-separated groups the two agree.
 * <p>
 * Pairs are counted from the sizes of the classes (group, task state, length), never one by one.
 */
public final class MergerCensus {

	private final long mergedPairs;
	private final long agreeingMergedPairs;
	private final long agreeingPairs;
	private final long[][] agreeingByLength;
	private final long[][] mergedAgreeingByLength;

	private MergerCensus(long mergedPairs, long agreeingMergedPairs, long agreeingPairs, long[][] agreeingByLength,
			long[][] mergedAgreeingByLength) {
		this.mergedPairs = mergedPairs;
		this.agreeingMergedPairs = agreeingMergedPairs;
		this.agreeingPairs = agreeingPairs;
		this.agreeingByLength = agreeingByLength;
		this.mergedAgreeingByLength = mergedAgreeingByLength;
	}

	/**
	 * Counts the merged and agreeing pairs of an extraction.
	 *
	 * @param extraction the grouping of the analysis strings
	 * @param task the task automaton (need not be minimal; its minimal automaton decides agreement)
	 * @throws IllegalArgumentException when the task's alphabet is not the strings'
	 */
	public static MergerCensus of(ExtractedAutomaton extraction, Automaton task) {
		Objects.requireNonNull(extraction, "extraction");
		AnalysisStrings strings = extraction.strings();
		if (task.symbols() != strings.symbols()) {
			throw new IllegalArgumentException("the task reads " + task.symbols() + " symbols, the analysis strings have "
					+ strings.symbols());
		}
		Automaton minimalTask = task.minimal();
		int n = strings.size();
		int lengths = strings.maxLength() + 1;
		int classes = minimalTask.states() + 1; // the last class: strings the task is undefined on
		int groups = extraction.groups();
		int[] taskClass = new int[n];
		for (int i = 0; i < n; i++) {
			int q = strings.run(minimalTask, i);
			taskClass[i] = q == Automaton.NONE ? classes - 1 : q;
		}
		// agreeing pairs: same task class
		long[][] perClass = new long[classes][lengths];
		for (int i = 0; i < n; i++) {
			perClass[taskClass[i]][strings.length(i)]++;
		}
		long[][] agreeingByLength = new long[lengths][lengths];
		for (long[] counts : perClass) {
			addPairs(counts, agreeingByLength);
		}
		// merged pairs: same group; merged agreeing: same (group, task class). Order strings by (group, class) with two
		// stable counting sorts, then count lengths per run.
		int[] byClass = countingSort(identity(n), taskClass, classes);
		int[] groupOf = new int[n];
		for (int i = 0; i < n; i++) {
			groupOf[i] = extraction.groupOf(i);
		}
		int[] order = countingSort(byClass, groupOf, groups);
		long[][] mergedAgreeingByLength = new long[lengths][lengths];
		long[] run = new long[lengths];
		int start = 0;
		while (start < n) {
			int g = groupOf[order[start]];
			int q = taskClass[order[start]];
			int stop = start;
			java.util.Arrays.fill(run, 0);
			while (stop < n && groupOf[order[stop]] == g && taskClass[order[stop]] == q) {
				run[strings.length(order[stop])]++;
				stop++;
			}
			addPairs(run, mergedAgreeingByLength);
			start = stop;
		}
		long merged = 0;
		for (int g = 0; g < groups; g++) {
			long size = extraction.groupSize(g);
			merged += size * (size - 1) / 2;
		}
		return new MergerCensus(merged, total(mergedAgreeingByLength), total(agreeingByLength), agreeingByLength,
				mergedAgreeingByLength);
	}

	/** Adds the unordered pairs within one class, by length pair, into the upper triangle (l1 &lt;= l2). */
	private static void addPairs(long[] counts, long[][] pairs) {
		for (int l1 = 0; l1 < counts.length; l1++) {
			long c1 = counts[l1];
			if (c1 == 0) {
				continue;
			}
			pairs[l1][l1] += c1 * (c1 - 1) / 2;
			for (int l2 = l1 + 1; l2 < counts.length; l2++) {
				pairs[l1][l2] += c1 * counts[l2];
			}
		}
	}

	private static long total(long[][] upper) {
		long sum = 0;
		for (int l1 = 0; l1 < upper.length; l1++) {
			for (int l2 = l1; l2 < upper.length; l2++) {
				sum += upper[l1][l2];
			}
		}
		return sum;
	}

	private static int[] identity(int n) {
		int[] order = new int[n];
		for (int i = 0; i < n; i++) {
			order[i] = i;
		}
		return order;
	}

	/** A stable counting sort of {@code order} by {@code key[order[k]]} in 0 .. keys - 1. */
	private static int[] countingSort(int[] order, int[] key, int keys) {
		int[] start = new int[keys + 1];
		for (int i : order) {
			start[key[i] + 1]++;
		}
		for (int k = 0; k < keys; k++) {
			start[k + 1] += start[k];
		}
		int[] sorted = new int[order.length];
		for (int i : order) {
			sorted[start[key[i]]++] = i;
		}
		return sorted;
	}

	/** The number of pairs of distinct analysis strings in the same group. */
	public long mergedPairs() {
		return mergedPairs;
	}

	/** The merged pairs that agree on all future outputs (same minimal task state). */
	public long agreeingMergedPairs() {
		return agreeingMergedPairs;
	}

	/** The merged pairs that disagree on some future output: zero in check 1.2-A. */
	public long disagreeingMergedPairs() {
		return mergedPairs - agreeingMergedPairs;
	}

	/** The number of pairs of distinct analysis strings that agree on all future outputs (merged or not). */
	public long agreeingPairs() {
		return agreeingPairs;
	}

	/** The agreeing pairs with one string of length {@code l1} and the other of length {@code l2} (symmetric). */
	public long agreeingPairs(int l1, int l2) {
		return agreeingByLength[Math.min(l1, l2)][Math.max(l1, l2)];
	}

	/** The merged agreeing pairs with one string of length {@code l1} and the other of length {@code l2} (symmetric). */
	public long agreeingMergedPairs(int l1, int l2) {
		return mergedAgreeingByLength[Math.min(l1, l2)][Math.max(l1, l2)];
	}

	/**
	 * The heatmap of Fig. 7: entry (l1, l2) is the fraction of agreeing pairs of lengths l1 and l2 that are merged,
	 * NaN where there is no agreeing pair; (maxLength + 1) x (maxLength + 1), symmetric, row/column 0 = the empty
	 * string. A new matrix.
	 */
	public DMatrixRMaj mergedFraction() {
		int lengths = agreeingByLength.length;
		DMatrixRMaj fraction = new DMatrixRMaj(lengths, lengths);
		for (int l1 = 0; l1 < lengths; l1++) {
			for (int l2 = 0; l2 < lengths; l2++) {
				long agreeing = agreeingPairs(l1, l2);
				fraction.set(l1, l2, agreeing == 0 ? Double.NaN : (double) agreeingMergedPairs(l1, l2) / agreeing);
			}
		}
		return fraction;
	}

	/** Rows of a block of the Gram matrix in {@link #meanPairwiseDistance}: 256 x n doubles, 4 MB for n = 2047. */
	private static final int BLOCK = 256;

	/**
	 * The mean Euclidean distance over all pairs i &lt; j of {@code n} hidden states, row-major {@code n x p} (Fig. 12:
	 * "never decreases"). The authors' cell plots the mean squared distance of a few sampled pairs instead; this is
	 * the plain mean of the distances over every pair. ||h_i - h_j||^2 = |h_i|^2 + |h_j|^2 - 2 h_i.h_j, the products a
	 * block of rows at a time through {@link DenseKernels} (BLAS): 2047 strings of 100 units in ~20 ms where the pair
	 * loop took ~200 ms; a difference below rounding (merged states) counts as 0.
	 */
	public static double meanPairwiseDistance(double[] hidden, int n, int p) {
		if (n < 2 || hidden.length < n * p) {
			throw new IllegalArgumentException("need at least two states of " + p + " units, had " + n + " (" + hidden.length
					+ " values)");
		}
		DMatrixRMaj states = DMatrixRMaj.wrap(n, p, hidden.length == n * p ? hidden : java.util.Arrays.copyOf(hidden, n * p));
		double[] norms = new double[n];
		for (int i = 0; i < n; i++) {
			double sum = 0;
			for (int k = 0; k < p; k++) {
				double v = hidden[i * p + k];
				sum += v * v;
			}
			norms[i] = sum;
		}
		DenseKernels kernels = DenseKernels.standard();
		int rows = Math.min(BLOCK, n);
		DMatrixRMaj block = new DMatrixRMaj(rows, p);
		DMatrixRMaj products = new DMatrixRMaj(rows, n);
		double sum = 0;
		for (int first = 0; first < n; first += BLOCK) {
			int count = Math.min(BLOCK, n - first);
			block.reshape(count, p);
			System.arraycopy(hidden, first * p, block.data, 0, count * p);
			products.reshape(count, n);
			kernels.multTransB(block, states, products);
			for (int r = 0; r < count; r++) {
				int i = first + r;
				int row = r * n;
				for (int j = i + 1; j < n; j++) {
					double d2 = norms[i] + norms[j] - 2 * products.data[row + j];
					// cancellation: relative to the norms, a difference below 1e-12 is rounding
					sum += d2 > 1e-12 * (norms[i] + norms[j]) ? Math.sqrt(d2) : 0;
				}
			}
		}
		return sum / ((double) n * (n - 1) / 2);
	}
}
