package org.plateau.family.rnn.internal;

import java.util.SplittableRandom;

import org.ejml.data.DMatrixRMaj;
import org.plateau.kernels.DenseKernels;

/**
 * The single-layer Elman RNN of van Rossem &amp; Saxe 2025 (App. C.1; the authors' {@code parity/model.py}, a torch
 * {@code nn.RNN} with both bias vectors and an {@code nn.Linear} read-out):
 * <pre>
 *   h_t = phi( W_ih x_t + b_ih + W_hh h_{t-1} + b_hh ),   y = W_hy f(h_T) + b_hy   (read-out only at the end)
 * </pre>
 * x_t one-hot over S symbols, phi = ReLU or tanh, h_0 = ones (the paper's choice, "to reduce time stuck at the zero
 * fixed point") or zeros, and f the identity or the "discontinuity" of App. D.9: f(x) = 0 for x &lt; 0, x + 1 for
 * x &gt; 0 (0 at 0), applied, as in the authors' {@code Model.forward}, to the RNN's last output h_T before the linear
 * read-out, with the straight-through backward of their {@code Discontinuity} function: the gradient passes unchanged
 * where h_T &gt;= 0 and is zero where h_T &lt; 0. {@link #finalHidden} returns h_T itself (what the authors' trackers
 * record), {@link #readout} applies f and the linear map.
 * <p>
 * Weights are EJML row-major matrices: W_ih P x S, W_hh P x P, W_hy O x P; biases P x 1 and O x 1. The two RNN biases
 * get identical gradients and stay equal when started equal (both zero), but are kept apart as torch keeps them.
 */
public final class ElmanNetwork {

	/** The hidden nonlinearity phi. */
	public enum Activation {
		/** phi(a) = max(a, 0); its derivative is taken as 0 at a = 0 (torch). */
		RELU,
		/** phi(a) = tanh(a). */
		TANH
	}

	private final int symbols;
	private final int hidden;
	private final int outputs;
	private final Activation activation;
	private final boolean h0Ones;
	private final boolean discontinuity;
	final DMatrixRMaj wIh;
	final DMatrixRMaj wHh;
	final DMatrixRMaj wHy;
	final DMatrixRMaj bIh;
	final DMatrixRMaj bHh;
	final DMatrixRMaj bHy;

	/**
	 * A network with all weights zero (call {@link #initialiseXavier}).
	 *
	 * @param symbols        S, the input alphabet size
	 * @param hidden         P, the number of hidden units
	 * @param outputs        O, the number of outputs
	 * @param activation     phi
	 * @param h0Ones         h_0 = ones (paper) rather than zeros
	 * @param discontinuity  the App. D.9 read-out nonlinearity f instead of the identity
	 */
	public ElmanNetwork(int symbols, int hidden, int outputs, Activation activation, boolean h0Ones,
			boolean discontinuity) {
		if (symbols < 1 || hidden < 1 || outputs < 1) {
			throw new IllegalArgumentException("symbols, hidden and outputs must be positive, were " + symbols + ", "
					+ hidden + ", " + outputs);
		}
		this.symbols = symbols;
		this.hidden = hidden;
		this.outputs = outputs;
		this.activation = java.util.Objects.requireNonNull(activation, "activation");
		this.h0Ones = h0Ones;
		this.discontinuity = discontinuity;
		wIh = new DMatrixRMaj(hidden, symbols);
		wHh = new DMatrixRMaj(hidden, hidden);
		wHy = new DMatrixRMaj(outputs, hidden);
		bIh = new DMatrixRMaj(hidden, 1);
		bHh = new DMatrixRMaj(hidden, 1);
		bHy = new DMatrixRMaj(outputs, 1);
	}

	/**
	 * torch's {@code xavier_normal_(gain)} on W_ih, W_hh, W_hy (std = gain sqrt(2 / (fan_in + fan_out))) and zero
	 * biases, as the authors' {@code Model.__init__}. Draw order: W_ih, then W_hh, then W_hy, each row-major, one
	 * {@link #standardNormal} per entry.
	 */
	public void initialiseXavier(double gain, SplittableRandom random) {
		fillGaussian(wIh, gain * Math.sqrt(2.0 / (symbols + hidden)), random);
		fillGaussian(wHh, gain * Math.sqrt(2.0 / (hidden + hidden)), random);
		fillGaussian(wHy, gain * Math.sqrt(2.0 / (hidden + outputs)), random);
		bIh.zero();
		bHh.zero();
		bHy.zero();
	}

	private static void fillGaussian(DMatrixRMaj m, double std, SplittableRandom random) {
		int n = m.getNumElements();
		for (int i = 0; i < n; i++) {
			m.data[i] = std * standardNormal(random);
		}
	}

	/**
	 * One standard normal by Box-Muller from two {@code nextDouble()} draws (the cosine branch; the sine is not kept,
	 * so a draw is a function of two uniforms only and the stream is reproducible from the seed).
	 */
	static double standardNormal(SplittableRandom random) {
		double u1 = 1.0 - random.nextDouble(); // in (0, 1]
		double u2 = random.nextDouble();
		return Math.sqrt(-2.0 * Math.log(u1)) * Math.cos(2.0 * Math.PI * u2);
	}

	/** S, the input alphabet size. */
	public int symbols() {
		return symbols;
	}

	/** P, the number of hidden units. */
	public int hidden() {
		return hidden;
	}

	/** O, the number of outputs. */
	public int outputs() {
		return outputs;
	}

	/** The hidden nonlinearity. */
	public Activation activation() {
		return activation;
	}

	/** Whether h_0 is the vector of ones (else zeros). */
	public boolean h0Ones() {
		return h0Ones;
	}

	/** Whether the read-out applies the App. D.9 discontinuity to h_T. */
	public boolean discontinuity() {
		return discontinuity;
	}

	/** W_ih (P x S), live. */
	public DMatrixRMaj wIh() {
		return wIh;
	}

	/** W_hh (P x P), live. */
	public DMatrixRMaj wHh() {
		return wHh;
	}

	/** W_hy (O x P), live. */
	public DMatrixRMaj wHy() {
		return wHy;
	}

	/** b_ih (P x 1), live. */
	public DMatrixRMaj bIh() {
		return bIh;
	}

	/** b_hh (P x 1), live. */
	public DMatrixRMaj bHh() {
		return bHh;
	}

	/** b_hy (O x 1), live. */
	public DMatrixRMaj bHy() {
		return bHy;
	}

	/** Whether every weight and bias is finite. */
	public boolean isFinite() {
		return finite(wIh) && finite(wHh) && finite(wHy) && finite(bIh) && finite(bHh) && finite(bHy);
	}

	private static boolean finite(DMatrixRMaj m) {
		double[] d = m.data;
		int n = m.getNumElements();
		for (int i = 0; i < n; i++) {
			if (!Double.isFinite(d[i])) {
				return false;
			}
		}
		return true;
	}

	/** An independent copy (same configuration, same weights). */
	public ElmanNetwork copy() {
		ElmanNetwork copy = new ElmanNetwork(symbols, hidden, outputs, activation, h0Ones, discontinuity);
		copy.wIh.setTo(wIh);
		copy.wHh.setTo(wHh);
		copy.wHy.setTo(wHy);
		copy.bIh.setTo(bIh);
		copy.bHh.setTo(bHh);
		copy.bHy.setTo(bHy);
		return copy;
	}

	/** The hidden state of the empty string, h_0 (P values). */
	public void h0(double[] into) {
		java.util.Arrays.fill(into, 0, hidden, h0Ones ? 1.0 : 0.0);
	}

	/**
	 * The hidden state h_T after the last symbol of every string of dataset k, row-major n x P (n = data.size(k)), in
	 * dataset order. One forward pass over the distinct prefixes of the dataset ({@link PrefixTrie}): for all strings of
	 * length 1..10 that is 2046 states of P, not 18434. Allocates buffers of the dataset's size.
	 */
	public void finalHidden(SequenceData data, int k, double[] into) {
		if (data.symbols() != symbols) {
			throw new IllegalArgumentException("the data have " + data.symbols() + " symbols, the network " + symbols);
		}
		int n = data.size(k);
		int length = data.length(k);
		PrefixTrie trie = new PrefixTrie(symbols, n, length);
		int[] order = new int[n];
		for (int i = 0; i < n; i++) {
			order[i] = i;
		}
		trie.build(data, k, order, 0, n);
		int widest = 1;
		for (int t = 0; t <= length; t++) {
			widest = Math.max(widest, trie.size(t));
		}
		DMatrixRMaj previous = new DMatrixRMaj(widest, hidden);
		DMatrixRMaj next = new DMatrixRMaj(widest, hidden);
		DMatrixRMaj recurrent = new DMatrixRMaj(widest, hidden);
		DMatrixRMaj preActivation = new DMatrixRMaj(widest, hidden);
		double[] inputColumns = new double[symbols * hidden];
		inputColumns(inputColumns);
		previous.reshape(1, hidden);
		h0(previous.data);
		DenseKernels kernels = DenseKernels.standard();
		for (int t = 1; t <= length; t++) {
			forwardLevel(trie, t, previous, inputColumns, recurrent, preActivation, next, kernels);
			DMatrixRMaj swap = previous;
			previous = next;
			next = swap;
		}
		for (int i = 0; i < n; i++) {
			System.arraycopy(previous.data, trie.leaf(i) * hidden, into, i * hidden, hidden);
		}
	}

	/** The read-out inputs per symbol: u_s = W_ih e_s + b_ih + b_hh, row s of an S x P array. */
	void inputColumns(double[] into) {
		double[] w = wIh.data;
		double[] bi = bIh.data;
		double[] bh = bHh.data;
		for (int s = 0; s < symbols; s++) {
			for (int p = 0; p < hidden; p++) {
				into[s * hidden + p] = w[p * symbols + s] + bi[p] + bh[p];
			}
		}
	}

	/**
	 * Level t of the forward pass over a trie: the recurrent input W_hh h of each node of level t - 1 once (one gemm),
	 * then for each node c of level t, a_c = u_{symbol(c)} + (W_hh h_{parent(c)}) and h_c = phi(a_c).
	 * {@code previous} holds the states of level t - 1 (size(t-1) x P); {@code recurrent}, {@code preActivation} and
	 * {@code next} are reshaped and overwritten.
	 */
	void forwardLevel(PrefixTrie trie, int t, DMatrixRMaj previous, double[] inputColumns, DMatrixRMaj recurrent,
			DMatrixRMaj preActivation, DMatrixRMaj next, DenseKernels kernels) {
		int p = hidden;
		previous.reshape(trie.size(t - 1), p, false);
		// W_hh h_{t-1} for every distinct prefix of length t - 1: row-major H W_hh^T
		kernels.gemm(false, true, 1, previous, wHh, 0, recurrent);
		int n = trie.size(t);
		preActivation.reshape(n, p, false);
		next.reshape(n, p, false);
		double[] z = recurrent.data;
		double[] a = preActivation.data;
		double[] h = next.data;
		int[] parents = trie.parents();
		int[] lastSymbols = trie.symbols();
		int offset = trie.offset(t);
		boolean relu = activation == Activation.RELU;
		for (int c = 0; c < n; c++) {
			int zRow = parents[offset + c] * p;
			int uRow = lastSymbols[offset + c] * p;
			int row = c * p;
			for (int j = 0; j < p; j++) {
				double value = inputColumns[uRow + j] + z[zRow + j];
				a[row + j] = value;
				h[row + j] = relu ? (value > 0 ? value : 0.0) : Math.tanh(value);
			}
		}
	}

	/** The App. D.9 discontinuity f: 0 for x &lt; 0, x + 1 for x &gt; 0, 0 at 0. */
	static double discontinuity(double x) {
		return x > 0 ? x + 1 : 0.0;
	}

	/**
	 * The outputs y = W_hy f(h) + b_hy of n hidden states (row-major n x P), into row-major n x O. f is the identity or
	 * the discontinuity, as configured.
	 */
	public void readout(double[] hiddenStates, int n, double[] into) {
		double[] w = wHy.data;
		double[] b = bHy.data;
		for (int i = 0; i < n; i++) {
			int row = i * hidden;
			for (int o = 0; o < outputs; o++) {
				double sum = b[o];
				int wRow = o * hidden;
				for (int j = 0; j < hidden; j++) {
					double h = hiddenStates[row + j];
					sum += w[wRow + j] * (discontinuity ? discontinuity(h) : h);
				}
				into[i * outputs + o] = sum;
			}
		}
	}
}
