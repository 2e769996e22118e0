package org.plateau.family.deeplinear.internal.numerics;

import java.util.Arrays;
import java.util.Random;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * Initial weights of a D-layer linear network Ni -> Nh -> ... -> Nh -> No (every hidden layer Nh wide; Nh unused when
 * D = 1). Every random draw comes from {@code new Random(seed)}, layer W_1 first, entries in row-major order, so the
 * same arguments give the same bits.
 */
public final class Initialisations {

	private Initialisations() {
	}

	/** Small random init: i.i.d. N(0, scale^2) entries in every layer (Saxe et al. 2014, PNAS 2019). */
	public static LinearNetwork smallGaussian(int inputSize, int hiddenWidth, int outputSize, int depth, double scale,
			long seed) {
		int[] sizes = layerSizes(inputSize, hiddenWidth, outputSize, depth);
		Random random = new Random(seed);
		DMatrixRMaj[] w = new DMatrixRMaj[depth];
		for (int l = 0; l < depth; l++) {
			w[l] = RandomMatrices.gaussian(sizes[l + 1], sizes[l], scale, random);
		}
		return new LinearNetwork(w);
	}

	/**
	 * Random orthogonal init (Saxe et al. 2014): W_l = gain * Q_l with Q_l Haar-distributed (semi-)orthogonal (QR of a
	 * Gaussian matrix with the sign fix). With square layers and gain 1 the product W_D ... W_1 is orthogonal: all its
	 * singular values are 1 for any D.
	 */
	public static LinearNetwork randomOrthogonal(int inputSize, int hiddenWidth, int outputSize, int depth, double gain,
			long seed) {
		int[] sizes = layerSizes(inputSize, hiddenWidth, outputSize, depth);
		Random random = new Random(seed);
		DMatrixRMaj[] w = new DMatrixRMaj[depth];
		for (int l = 0; l < depth; l++) {
			w[l] = RandomMatrices.semiOrthogonal(sizes[l + 1], sizes[l], random);
			CommonOps_DDRM.scale(gain, w[l]);
		}
		return new LinearNetwork(w);
	}

	/** {@link #alignedBalanced(TaskModes, int, int, double[], long)} with the same a0 for every task mode. */
	public static LinearNetwork alignedBalanced(TaskModes modes, int hiddenWidth, int depth, double a0, long seed) {
		double[] all = new double[modes.rank()];
		Arrays.fill(all, a0);
		return alignedBalanced(modes, hiddenWidth, depth, all, seed);
	}

	/**
	 * Decoupled (aligned, balanced) init (Saxe et al. 2014, spec 1.1(c)): W_1 = R_1 A^{1/D} V^T, W_l = R_l A^{1/D}
	 * R_{l-1}^T, W_D = U A^{1/D} R_{D-1}^T, with A = diag(|a0|) over the first a0.length task modes and R_l (Nh x r)
	 * random orthonormal columns, so that W_D ... W_1 = U diag(a0) V^T (the sign of a negative a0 is carried by W_1).
	 * The decoupled form is preserved by gradient flow on a whitened task: each mode then follows the reduced dynamics
	 * exactly.
	 *
	 * @param a0 initial product strength per mode, for modes 0..a0.length-1 (at most the task rank); the other modes
	 *            start at 0
	 * @param hiddenWidth at least a0.length when depth >= 2
	 */
	public static LinearNetwork alignedBalanced(TaskModes modes, int hiddenWidth, int depth, double[] a0, long seed) {
		int r = a0.length;
		if (r > modes.rank()) {
			throw new IllegalArgumentException(r + " initial strengths for a task of rank " + modes.rank());
		}
		if (depth >= 2 && hiddenWidth < r) {
			throw new IllegalArgumentException("hidden width " + hiddenWidth + " cannot hold " + r + " modes");
		}
		int[] sizes = layerSizes(modes.inputSize(), hiddenWidth, modes.outputSize(), depth);
		Random random = new Random(seed);
		DMatrixRMaj u = CommonOps_DDRM.extract(modes.uView(), 0, modes.outputSize(), 0, r);
		DMatrixRMaj v = CommonOps_DDRM.extract(modes.vView(), 0, modes.inputSize(), 0, r);
		DMatrixRMaj[] basis = new DMatrixRMaj[depth + 1];
		basis[0] = v;
		for (int l = 1; l < depth; l++) {
			basis[l] = RandomMatrices.orthonormalColumns(hiddenWidth, r, random);
		}
		basis[depth] = u;
		DMatrixRMaj[] w = new DMatrixRMaj[depth];
		for (int l = 0; l < depth; l++) {
			// spec 1.1(c): W_l = R_l A^{1/D} R_{l-1}^T, R_0 = V, R_D = U
			DMatrixRMaj scaled = basis[l + 1].copy();
			for (int a = 0; a < r; a++) {
				double factor = Math.pow(Math.abs(a0[a]), 1.0 / depth);
				if (l == 0 && a0[a] < 0) {
					factor = -factor;
				}
				for (int i = 0; i < scaled.numRows; i++) {
					scaled.set(i, a, factor * scaled.get(i, a));
				}
			}
			w[l] = new DMatrixRMaj(sizes[l + 1], sizes[l]);
			CommonOps_DDRM.multTransB(scaled, basis[l], w[l]);
		}
		return new LinearNetwork(w);
	}

	/** N_0..N_D: Ni, then D - 1 hidden layers of width Nh, then No. */
	static int[] layerSizes(int inputSize, int hiddenWidth, int outputSize, int depth) {
		if (depth < 1) {
			throw new IllegalArgumentException("depth must be at least 1, was " + depth);
		}
		if (inputSize < 1 || outputSize < 1 || (depth > 1 && hiddenWidth < 1)) {
			throw new IllegalArgumentException(
					"layer sizes must be positive: Ni=" + inputSize + ", Nh=" + hiddenWidth + ", No=" + outputSize);
		}
		int[] sizes = new int[depth + 1];
		Arrays.fill(sizes, hiddenWidth);
		sizes[0] = inputSize;
		sizes[depth] = outputSize;
		return sizes;
	}
}
