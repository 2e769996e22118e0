package org.plateau.family.rnn.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;

import org.plateau.family.rnn.automata.Automaton;

/**
 * Datasets of strings over an alphabet of S symbols, each string labelled with the output of a task automaton after
 * reading it (van Rossem &amp; Saxe 2025, Sec. 2 and App. C.1: streaming parity and random regular tasks). Every
 * dataset holds strings of one length; the training set of the paper is one dataset per length L = 1..10 (the
 * authors' {@code seq_data} per length). Symbols are stored flat, string-major: {@code symbols[k][i * L + t]}.
 * Immutable.
 */
public final class SequenceData {

	/** Largest S^L that {@link #allStrings} enumerates (2^24 strings). */
	static final long MAX_ENUMERATED = 1L << 24;

	private final int symbols;
	private final int outputs;
	private final int[] lengths;
	private final int[][] strings;
	private final int[][] targets;

	private SequenceData(int symbols, int outputs, List<Integer> lengths, List<int[]> strings, List<int[]> targets) {
		this.symbols = symbols;
		this.outputs = outputs;
		this.lengths = new int[lengths.size()];
		for (int k = 0; k < this.lengths.length; k++) {
			this.lengths[k] = lengths.get(k);
		}
		this.strings = strings.toArray(new int[0][]);
		this.targets = targets.toArray(new int[0][]);
	}

	/**
	 * For each length L = 1..maxLength the dataset of all S^L strings in {@code itertools.product} order (first symbol
	 * slowest), or with {@code fraction} p &lt; 1 a random subset: every string is kept independently with
	 * probability p (one {@code random.nextDouble()} per string, in product order), so the kept count is
	 * n ~ Binomial(S^L, p) and, given n, the kept strings are n distinct strings drawn uniformly -- the distribution of
	 * the authors' data-fraction experiment ({@code grid plot.ipynb}: {@code np.random.binomial(2**L, p)} distinct
	 * random strings). The kept strings stay in product order. A length with no string kept gets no dataset (as the
	 * authors skip it), so {@link #datasets()} may be smaller than maxLength. p = 1 keeps all and draws nothing.
	 *
	 * @throws IllegalArgumentException if maxLength &lt; 1, p is outside (0, 1], S^maxLength exceeds 2^24, or the task
	 *                                  has no output for some string (a partial automaton)
	 */
	public static SequenceData allStrings(Automaton task, int maxLength, double fraction, SplittableRandom random) {
		Objects.requireNonNull(task, "task");
		if (maxLength < 1) {
			throw new IllegalArgumentException("maxLength must be at least 1, was " + maxLength);
		}
		if (!(fraction > 0 && fraction <= 1)) {
			throw new IllegalArgumentException("the data fraction must be in (0, 1], was " + fraction);
		}
		if (fraction < 1) {
			Objects.requireNonNull(random, "random (needed for a data fraction below 1)");
		}
		int s = task.symbols();
		List<Integer> lengths = new ArrayList<>();
		List<int[]> strings = new ArrayList<>();
		List<int[]> targets = new ArrayList<>();
		long count = 1;
		for (int length = 1; length <= maxLength; length++) {
			count *= s;
			if (count > MAX_ENUMERATED) {
				throw new IllegalArgumentException("all strings of length " + length + " over " + s + " symbols are "
						+ count + ", more than the " + MAX_ENUMERATED + " that can be enumerated");
			}
			int[] string = new int[length];
			int[] flat = new int[(int) count * length];
			int[] target = new int[(int) count];
			int kept = 0;
			for (long index = 0; index < count; index++) {
				// product order: the last symbol runs fastest
				long rest = index;
				for (int t = length - 1; t >= 0; t--) {
					string[t] = (int) (rest % s);
					rest /= s;
				}
				if (fraction < 1 && !(random.nextDouble() < fraction)) {
					continue;
				}
				System.arraycopy(string, 0, flat, kept * length, length);
				target[kept] = targetOf(task, string);
				kept++;
			}
			if (kept == 0) {
				continue;
			}
			lengths.add(length);
			strings.add(kept == count ? flat : java.util.Arrays.copyOf(flat, kept * length));
			targets.add(kept == count ? target : java.util.Arrays.copyOf(target, kept));
		}
		return new SequenceData(s, task.outputs(), lengths, strings, targets);
	}

	/**
	 * One dataset of {@code count} distinct uniformly random strings of one length (validation and long-string tests;
	 * the authors' {@code gen_rand_seq}, which redraws a string already present). Each string is drawn symbol by symbol,
	 * first symbol first, with {@code random.nextInt(S)}. If S^length &lt; count, all S^length distinct strings are
	 * drawn (in random order).
	 *
	 * @throws IllegalArgumentException if length or count is below 1, or the task has no output for a string
	 */
	public static SequenceData random(Automaton task, int length, int count, SplittableRandom random) {
		Objects.requireNonNull(task, "task");
		Objects.requireNonNull(random, "random");
		if (length < 1 || count < 1) {
			throw new IllegalArgumentException("length and count must be at least 1, were " + length + " and " + count);
		}
		int s = task.symbols();
		double all = Math.pow(s, length);
		int n = all < count ? (int) all : count;
		int[] flat = new int[n * length];
		int[] target = new int[n];
		Set<String> seen = new HashSet<>();
		int[] string = new int[length];
		StringBuilder key = new StringBuilder(length);
		for (int i = 0; i < n;) {
			key.setLength(0);
			for (int t = 0; t < length; t++) {
				string[t] = random.nextInt(s);
				key.append((char) string[t]);
			}
			if (!seen.add(key.toString())) {
				continue;
			}
			System.arraycopy(string, 0, flat, i * length, length);
			target[i] = targetOf(task, string);
			i++;
		}
		return new SequenceData(s, task.outputs(), List.of(length), List.of(flat), List.of(target));
	}

	private static int targetOf(Automaton task, int[] string) {
		int output = task.outputAfter(string, 0, string.length);
		if (output == Automaton.NONE) {
			throw new IllegalArgumentException("the task automaton has no output for the string "
					+ java.util.Arrays.toString(string) + " (a transition on the way is undefined)");
		}
		return output;
	}

	/** The number of datasets (one per string length). */
	public int datasets() {
		return lengths.length;
	}

	/** The string length of dataset k. */
	public int length(int k) {
		return lengths[k];
	}

	/** The number of strings in dataset k. */
	public int size(int k) {
		return targets[k].length;
	}

	/** Symbol t (0-based) of string i of dataset k. */
	public int symbol(int k, int i, int t) {
		return strings[k][i * lengths[k] + t];
	}

	/** The target class of string i of dataset k: the task's output after reading the string. */
	public int target(int k, int i) {
		return targets[k][i];
	}

	/** The number of strings in all datasets. */
	public int total() {
		int total = 0;
		for (int[] t : targets) {
			total += t.length;
		}
		return total;
	}

	/** The size S of the input alphabet. */
	public int symbols() {
		return symbols;
	}

	/** The number of output classes. */
	public int outputs() {
		return outputs;
	}

	/** The longest string length of all datasets. */
	public int maxLength() {
		int max = 0;
		for (int length : lengths) {
			max = Math.max(max, length);
		}
		return max;
	}

	/** The largest dataset size. */
	public int maxSize() {
		int max = 0;
		for (int[] t : targets) {
			max = Math.max(max, t.length);
		}
		return max;
	}

	/** The flat symbols of dataset k (string-major), not a copy: for the numerics of this package only. */
	int[] strings(int k) {
		return strings[k];
	}

	/** The targets of dataset k, not a copy: for the numerics of this package only. */
	int[] targets(int k) {
		return targets[k];
	}
}
