package org.plateau.family.rnn.internal;

import java.util.Objects;
import java.util.SplittableRandom;

import org.ejml.data.DMatrixRMaj;
import org.plateau.kernels.DenseKernels;

/**
 * SGD with back-propagation through time for an {@link ElmanNetwork}, epoch by epoch as the authors'
 * {@code Compiler.training_run} (van Rossem &amp; Saxe 2025, App. C.1; spec 1.2(c)): each epoch visits the datasets
 * in order (L = 1..10 for parity), shuffles each one (a fresh Fisher-Yates permutation of 0..n-1 per dataset and
 * epoch, {@code j = shuffle.nextInt(i + 1)} for i = n-1 down to 1, as torch's {@code DataLoader(shuffle=True)} draws
 * a fresh permutation), splits it into batches of {@code batchSize} (the last one smaller) and takes one SGD step
 * per batch: W -= lr dLoss/dW, with both RNN biases stepped by the same gradient.
 * <p>
 * Each batch's forward and backward pass runs over the distinct prefixes of its strings ({@link PrefixTrie}): the
 * state of a shared prefix is computed once and its gradient is the sum over its children, the same gradient as
 * the per-string BPTT to rounding. Every buffer is sized at construction; {@link #epoch()} allocates nothing.
 */
public final class ElmanTraining {

	/** The training loss (the family maps the experiment model's loss onto it). */
	public enum LossKind {
		/** 1/2 the squared error against the one-hot target. */
		HALF_SQUARED_ERROR,
		/** The squared error against the one-hot target: with the mean convention torch's {@code MSELoss}. */
		SQUARED_ERROR,
		/** Softmax cross-entropy of the read-out against the target class (torch's {@code CrossEntropyLoss}). */
		CROSS_ENTROPY
	}

	private final ElmanNetwork net;
	private final SequenceData train;
	private final LossKind loss;
	private final boolean meanConvention;
	private final double learningRate;
	private final int batchSize;
	private final SplittableRandom shuffle;
	private final DenseKernels kernels;
	private final int p;
	private final int s;
	private final int o;

	private final PrefixTrie trie;
	private final int[] order;
	/** States h and pre-activations a per level t = 0..maxLength, sized for min(S^t, batch) prefixes. */
	private final DMatrixRMaj[] states;
	private final DMatrixRMaj[] preActivations;
	private final DMatrixRMaj recurrent;
	private final DMatrixRMaj delta;
	private final DMatrixRMaj childSum;
	private final double[] inputColumns;
	private final double[] leafOutput;
	private final double[] leafOutputGradient;
	private final double[] sampleGradient;

	final double[] gradientIh;
	final DMatrixRMaj gradientHh;
	final double[] gradientHy;
	final double[] gradientB;
	final double[] gradientBy;

	/**
	 * @param net            the network, trained in place
	 * @param train          the training datasets
	 * @param loss           the loss
	 * @param meanConvention average over the batch (and, for the squared errors, over the outputs) as torch's default
	 *                       reduction; false: sum
	 * @param learningRate   the SGD step size
	 * @param batchSize      strings per SGD step (the paper: 128)
	 * @param shuffle        the generator of the per-epoch permutations
	 * @param kernels        where the matrix products run
	 */
	public ElmanTraining(ElmanNetwork net, SequenceData train, LossKind loss, boolean meanConvention,
			double learningRate, int batchSize, SplittableRandom shuffle, DenseKernels kernels) {
		this.net = Objects.requireNonNull(net, "net");
		this.train = Objects.requireNonNull(train, "train");
		this.loss = Objects.requireNonNull(loss, "loss");
		this.shuffle = Objects.requireNonNull(shuffle, "shuffle");
		this.kernels = Objects.requireNonNull(kernels, "kernels");
		if (batchSize < 1) {
			throw new IllegalArgumentException("the batch size must be at least 1, was " + batchSize);
		}
		if (train.symbols() != net.symbols() || train.outputs() != net.outputs()) {
			throw new IllegalArgumentException("the data have " + train.symbols() + " symbols and " + train.outputs()
					+ " outputs, the network " + net.symbols() + " and " + net.outputs());
		}
		this.meanConvention = meanConvention;
		this.learningRate = learningRate;
		this.batchSize = batchSize;
		p = net.hidden();
		s = net.symbols();
		o = net.outputs();
		int maxLength = train.maxLength();
		int batch = Math.max(1, Math.min(batchSize, train.maxSize()));
		trie = new PrefixTrie(s, batch, maxLength);
		order = new int[train.maxSize()];
		states = new DMatrixRMaj[maxLength + 1];
		preActivations = new DMatrixRMaj[maxLength + 1];
		int widest = 1;
		for (int t = 0; t <= maxLength; t++) {
			int rows = (int) trie.capacity(t);
			widest = Math.max(widest, rows);
			states[t] = new DMatrixRMaj(rows, p);
			preActivations[t] = new DMatrixRMaj(rows, p);
		}
		recurrent = new DMatrixRMaj(widest, p);
		delta = new DMatrixRMaj(widest, p);
		childSum = new DMatrixRMaj(widest, p);
		inputColumns = new double[s * p];
		leafOutput = new double[widest * o];
		leafOutputGradient = new double[widest * o];
		sampleGradient = new double[o];
		gradientIh = new double[p * s];
		gradientHh = new DMatrixRMaj(p, p);
		gradientHy = new double[o * p];
		gradientB = new double[p];
		gradientBy = new double[o];
	}

	/** The network being trained. */
	public ElmanNetwork network() {
		return net;
	}

	/** The number of SGD steps in one epoch: the sum over datasets of ceil(size / batchSize) (21 for parity). */
	public int stepsPerEpoch() {
		int steps = 0;
		for (int k = 0; k < train.datasets(); k++) {
			steps += (train.size(k) + batchSize - 1) / batchSize;
		}
		return steps;
	}

	/**
	 * One epoch (spec 1.2(c)): datasets in order, each freshly shuffled and cut into batches, one SGD step per batch.
	 * Allocates nothing.
	 *
	 * @return false when a weight became non-finite (the run diverged)
	 */
	public boolean epoch() {
		for (int k = 0; k < train.datasets(); k++) {
			int n = train.size(k);
			for (int i = 0; i < n; i++) {
				order[i] = i;
			}
			for (int i = n - 1; i > 0; i--) {
				int j = shuffle.nextInt(i + 1);
				int swap = order[i];
				order[i] = order[j];
				order[j] = swap;
			}
			for (int from = 0; from < n; from += batchSize) {
				gradient(k, order, from, Math.min(batchSize, n - from));
				update();
			}
		}
		return net.isFinite();
	}

	/** W -= lr gradient; b_ih and b_hh both take the step of their common gradient. */
	private void update() {
		double lr = learningRate;
		double[] w = net.wIh.data;
		for (int i = 0; i < p * s; i++) {
			w[i] -= lr * gradientIh[i];
		}
		w = net.wHh.data;
		double[] g = gradientHh.data;
		for (int i = 0; i < p * p; i++) {
			w[i] -= lr * g[i];
		}
		w = net.wHy.data;
		for (int i = 0; i < o * p; i++) {
			w[i] -= lr * gradientHy[i];
		}
		double[] bi = net.bIh.data;
		double[] bh = net.bHh.data;
		for (int j = 0; j < p; j++) {
			bi[j] -= lr * gradientB[j];
			bh[j] -= lr * gradientB[j];
		}
		double[] by = net.bHy.data;
		for (int j = 0; j < o; j++) {
			by[j] -= lr * gradientBy[j];
		}
	}

	/**
	 * The loss of the batch {@code order[from .. from + count - 1]} of training dataset k and its gradient into the
	 * gradient fields (gradientB is the gradient of b_ih, equal to that of b_hh). Allocates nothing.
	 */
	double gradient(int k, int[] batchOrder, int from, int count) {
		int length = train.length(k);
		trie.build(train, k, batchOrder, from, count);
		net.inputColumns(inputColumns);
		DMatrixRMaj root = states[0];
		root.reshape(1, p, false);
		net.h0(root.data);
		for (int t = 1; t <= length; t++) {
			net.forwardLevel(trie, t, states[t - 1], inputColumns, recurrent, preActivations[t], states[t], kernels);
		}
		// read-out at the leaves: y = W_hy f(h_T) + b_hy
		int leaves = trie.size(length);
		double[] h = states[length].data;
		double[] wy = net.wHy.data;
		double[] by = net.bHy.data;
		boolean discontinuity = net.discontinuity();
		for (int c = 0; c < leaves; c++) {
			for (int j = 0; j < o; j++) {
				double sum = by[j];
				for (int q = 0; q < p; q++) {
					double hq = h[c * p + q];
					sum += wy[j * p + q] * (discontinuity ? ElmanNetwork.discontinuity(hq) : hq);
				}
				leafOutput[c * o + j] = sum;
			}
		}
		// the loss and dLoss/dy, summed per leaf (a leaf is one string unless the batch repeats one)
		java.util.Arrays.fill(leafOutputGradient, 0, leaves * o, 0.0);
		double scale = scale(count);
		double total = 0;
		int[] targets = train.targets(k);
		for (int i = 0; i < count; i++) {
			int c = trie.leaf(i);
			total += sampleLoss(loss, leafOutput, c * o, o, targets[batchOrder[from + i]], sampleGradient);
			for (int j = 0; j < o; j++) {
				leafOutputGradient[c * o + j] += scale * sampleGradient[j];
			}
		}
		// read-out gradients and dLoss/dh_T (straight-through for the discontinuity: pass where h_T >= 0)
		java.util.Arrays.fill(gradientHy, 0.0);
		java.util.Arrays.fill(gradientBy, 0.0);
		delta.reshape(leaves, p, false);
		double[] d = delta.data;
		for (int c = 0; c < leaves; c++) {
			for (int q = 0; q < p; q++) {
				d[c * p + q] = 0;
			}
			for (int j = 0; j < o; j++) {
				double g = leafOutputGradient[c * o + j];
				gradientBy[j] += g;
				for (int q = 0; q < p; q++) {
					double hq = h[c * p + q];
					gradientHy[j * p + q] += g * (discontinuity ? ElmanNetwork.discontinuity(hq) : hq);
					d[c * p + q] += g * wy[j * p + q];
				}
			}
			if (discontinuity) {
				for (int q = 0; q < p; q++) {
					if (h[c * p + q] < 0) {
						d[c * p + q] = 0;
					}
				}
			}
		}
		// BPTT over the trie, level L down to 1
		java.util.Arrays.fill(gradientIh, 0.0);
		java.util.Arrays.fill(gradientB, 0.0);
		boolean relu = net.activation() == ElmanNetwork.Activation.RELU;
		int[] parents = trie.parents();
		int[] lastSymbols = trie.symbols();
		for (int t = length; t >= 1; t--) {
			int n = trie.size(t);
			int offset = trie.offset(t);
			double[] a = preActivations[t].data;
			double[] ht = states[t].data;
			int previous = trie.size(t - 1);
			childSum.reshape(previous, p, false);
			double[] sum = childSum.data;
			java.util.Arrays.fill(sum, 0, previous * p, 0.0);
			for (int c = 0; c < n; c++) {
				int row = c * p;
				int symbolColumn = lastSymbols[offset + c];
				int parentRow = parents[offset + c] * p;
				for (int q = 0; q < p; q++) {
					// dL/da = dL/dh phi'(a): ReLU 1[a > 0], tanh 1 - h^2
					double g = d[row + q] * (relu ? (a[row + q] > 0 ? 1.0 : 0.0) : 1.0 - ht[row + q] * ht[row + q]);
					gradientB[q] += g;
					gradientIh[q * s + symbolColumn] += g;
					sum[parentRow + q] += g;
				}
			}
			DMatrixRMaj parentStates = states[t - 1];
			parentStates.reshape(previous, p, false);
			// dL/dW_hh += sum over prefixes of length t - 1 of (sum of children's dL/da) h_parent^T
			kernels.gemm(true, false, 1, childSum, parentStates, t == length ? 0 : 1, gradientHh);
			if (t > 1) {
				// dL/dh_parent = W_hh^T (sum of children's dL/da), row-major G W_hh
				kernels.gemm(false, false, 1, childSum, net.wHh, 0, delta);
				d = delta.data;
			}
		}
		return total * scale;
	}

	/** The factor of the convention: 1/(B O) for the mean squared errors, 1/B for mean cross-entropy, 1 for sums. */
	private double scale(int count) {
		if (!meanConvention) {
			return 1;
		}
		return loss == LossKind.CROSS_ENTROPY ? 1.0 / count : 1.0 / ((double) count * o);
	}

	/**
	 * The unscaled loss of one string with read-out {@code y[offset .. offset + outputs - 1]} and target class
	 * {@code target}, and its gradient with respect to y into {@code gradient}: squared error sum_o (y_o - t_o)^2
	 * (half of it for HALF_SQUARED_ERROR) against the one-hot t, or log sum_o exp y_o - y_target.
	 */
	static double sampleLoss(LossKind kind, double[] y, int offset, int outputs, int target, double[] gradient) {
		if (kind == LossKind.CROSS_ENTROPY) {
			double max = Double.NEGATIVE_INFINITY;
			for (int j = 0; j < outputs; j++) {
				max = Math.max(max, y[offset + j]);
			}
			double z = 0;
			for (int j = 0; j < outputs; j++) {
				z += Math.exp(y[offset + j] - max);
			}
			for (int j = 0; j < outputs; j++) {
				gradient[j] = Math.exp(y[offset + j] - max) / z - (j == target ? 1 : 0);
			}
			return max + Math.log(z) - y[offset + target];
		}
		double factor = kind == LossKind.HALF_SQUARED_ERROR ? 0.5 : 1.0;
		double sum = 0;
		for (int j = 0; j < outputs; j++) {
			double e = y[offset + j] - (j == target ? 1 : 0);
			sum += e * e;
			gradient[j] = 2 * factor * e;
		}
		return factor * sum;
	}

	/**
	 * The training loss as the authors' tracker reports it: the loss of each dataset (the criterion over the whole
	 * dataset at once, {@code Compiler.validation}) averaged over the datasets with equal weight
	 * ({@code loss.query("Dataset>0").groupby("Epoch").mean()} in {@code main.ipynb} and {@code grid plot.ipynb}), not
	 * the mean over all strings. For parity L = 1..10 the length-1 dataset weighs as much as the 1024 strings of
	 * length 10. May allocate.
	 */
	public double loss(SequenceData data) {
		double sum = 0;
		for (int k = 0; k < data.datasets(); k++) {
			sum += lossAndAccuracy(data, k)[0];
		}
		return sum / data.datasets();
	}

	/**
	 * The loss (this training's loss and convention, over the whole dataset as one batch) and the accuracy (argmax of
	 * the read-out, first maximum on ties, equal to the target) of dataset k. May allocate.
	 */
	public double[] lossAndAccuracy(SequenceData data, int k) {
		int n = data.size(k);
		double[] hidden = new double[n * p];
		net.finalHidden(data, k, hidden);
		double[] y = new double[n * o];
		net.readout(hidden, n, y);
		double[] gradient = new double[o];
		double total = 0;
		int correct = 0;
		for (int i = 0; i < n; i++) {
			int target = data.target(k, i);
			total += sampleLoss(loss, y, i * o, o, target, gradient);
			int best = 0;
			for (int j = 1; j < o; j++) {
				if (y[i * o + j] > y[i * o + best]) {
					best = j;
				}
			}
			if (best == target) {
				correct++;
			}
		}
		return new double[] { total * scale(n), (double) correct / n };
	}
}
