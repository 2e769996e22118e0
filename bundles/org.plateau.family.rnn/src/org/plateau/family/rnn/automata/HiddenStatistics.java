package org.plateau.family.rnn.automata;

/**
 * The per-unit standard deviation of hidden activity over many snapshots, accumulated online: the eps convention of
 * the paper's main notebook (parity/main.ipynb, "Visualize automaton dynamics": {@code np.linalg.norm(data_hid.std())}
 * over all tracked epochs x analysis inputs, h_0 rows included). pandas' {@code std} is the sample std (ddof = 1), so
 * is this one.
 * <p>
 * Each snapshot's count, mean and sum of squared deviations are merged into the running ones (Chan et al. 1979): the
 * same numbers as a running sum and sum of squares, without its cancellation when the std is small beside the mean
 * (ReLU units near h_0 = 1 early in training). Not thread-safe.
 */
public final class HiddenStatistics {

	private final int p;
	private final double[] mean;
	private final double[] m2;
	private final double[] snapshotMean;
	private long count;

	/** An empty accumulator for {@code p} hidden units. */
	public HiddenStatistics(int p) {
		if (p < 1) {
			throw new IllegalArgumentException("p must be positive, was " + p);
		}
		this.p = p;
		mean = new double[p];
		m2 = new double[p];
		snapshotMean = new double[p];
	}

	/** Adds a snapshot of {@code n} hidden states, row-major {@code n x p}. */
	public void add(double[] hidden, int n) {
		check(hidden.length, n);
		java.util.Arrays.fill(snapshotMean, 0);
		for (int i = 0; i < n; i++) {
			for (int k = 0; k < p; k++) {
				snapshotMean[k] += hidden[i * p + k];
			}
		}
		for (int k = 0; k < p; k++) {
			snapshotMean[k] /= n;
		}
		double total = count + n;
		for (int k = 0; k < p; k++) {
			double ss = 0;
			for (int i = 0; i < n; i++) {
				double d = hidden[i * p + k] - snapshotMean[k];
				ss += d * d;
			}
			merge(k, n, ss, total);
		}
		count += n;
	}

	/** Adds a snapshot stored as float32 (the spec's storage format), row-major {@code n x p}. */
	public void add(float[] hidden, int n) {
		check(hidden.length, n);
		java.util.Arrays.fill(snapshotMean, 0);
		for (int i = 0; i < n; i++) {
			for (int k = 0; k < p; k++) {
				snapshotMean[k] += hidden[i * p + k];
			}
		}
		for (int k = 0; k < p; k++) {
			snapshotMean[k] /= n;
		}
		double total = count + n;
		for (int k = 0; k < p; k++) {
			double ss = 0;
			for (int i = 0; i < n; i++) {
				double d = hidden[i * p + k] - snapshotMean[k];
				ss += d * d;
			}
			merge(k, n, ss, total);
		}
		count += n;
	}

	private void check(int length, int n) {
		if (n < 1 || length != n * p) {
			throw new IllegalArgumentException("a snapshot of " + n + " states of " + p + " units needs " + n * p
					+ " values, had " + length);
		}
	}

	/** Chan et al.: merge a batch (n values, mean snapshotMean[k], squared deviations ss) into the running unit k. */
	private void merge(int k, int n, double ss, double total) {
		double delta = snapshotMean[k] - mean[k];
		m2[k] += ss + delta * delta * count * n / total;
		mean[k] += delta * n / total;
	}

	/** The number of hidden states added so far. */
	public long count() {
		return count;
	}

	/** The per-unit sample standard deviation (ddof = 1) of everything added; zeros before two states. */
	public double[] perUnitStd() {
		double[] std = new double[p];
		if (count > 1) {
			for (int k = 0; k < p; k++) {
				std[k] = Math.sqrt(m2[k] / (count - 1));
			}
		}
		return std;
	}

	/**
	 * The per-unit sample standard deviation (ddof = 1) of one snapshot, row-major {@code n x p}: the authors'
	 * {@code to_automaton} convention (std over the inputs of the current network, h_0 included).
	 */
	public static double[] perUnitStd(double[] hidden, int n, int p) {
		HiddenStatistics statistics = new HiddenStatistics(p);
		statistics.add(hidden, n);
		return statistics.perUnitStd();
	}
}
