package org.plateau.family.deeplinear.internal.numerics;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * The weights of a deep linear network y = W_D ... W_1 x without biases (Saxe et al. 2014), with its forward map and
 * loss. Layer l maps N_{l-1} units to N_l units, N_0 = Ni and N_D = No; D = 1 is a shallow network. Layers are numbered
 * 1..D as in the papers.
 * <p>
 * Mutable: {@link GradientDescent} trains the weights in place, and {@link #weight(int)} returns the live matrix. Use
 * {@link #copy()} for a snapshot. Not thread-safe.
 */
public final class LinearNetwork {

	/** weights[l - 1] is W_l. */
	final DMatrixRMaj[] weights;

	/**
	 * A network with copies of the given weights W_1, ..., W_D; W_{l+1} must have as many columns as W_l has rows.
	 */
	public LinearNetwork(DMatrixRMaj... weights) {
		if (weights.length < 1) {
			throw new IllegalArgumentException("a network needs at least one weight matrix");
		}
		this.weights = new DMatrixRMaj[weights.length];
		for (int l = 0; l < weights.length; l++) {
			if (l > 0 && weights[l].numCols != weights[l - 1].numRows) {
				throw new IllegalArgumentException("W_" + (l + 1) + " has " + weights[l].numCols + " columns but W_" + l
						+ " has " + weights[l - 1].numRows + " rows");
			}
			this.weights[l] = weights[l].copy();
		}
	}

	/** D, the number of weight matrices. */
	public int depth() {
		return weights.length;
	}

	/** Ni = N_0. */
	public int inputSize() {
		return weights[0].numCols;
	}

	/** No = N_D. */
	public int outputSize() {
		return weights[weights.length - 1].numRows;
	}

	/** N_layer, the number of units of layer 0 (inputs) .. D (outputs). */
	public int width(int layer) {
		checkLayer(layer, 0);
		return layer == 0 ? inputSize() : weights[layer - 1].numRows;
	}

	/** W_layer for layer = 1..D: the live matrix (changes as the network trains). */
	public DMatrixRMaj weight(int layer) {
		checkLayer(layer, 1);
		return weights[layer - 1];
	}

	/** The network map W = W_D ... W_1 (No x Ni); a new matrix. */
	public DMatrixRMaj networkMap() {
		DMatrixRMaj product = weights[0].copy();
		for (int l = 1; l < weights.length; l++) {
			DMatrixRMaj next = new DMatrixRMaj(weights[l].numRows, product.numCols);
			CommonOps_DDRM.mult(weights[l], product, next);
			product = next;
		}
		return product;
	}

	/**
	 * The input-side representation W_1^T W_1 (Ni x Ni; Dominé et al. 2024: task-structured in the rich regime); a new
	 * matrix.
	 */
	public DMatrixRMaj inputRepresentation() {
		DMatrixRMaj first = weights[0];
		DMatrixRMaj gram = new DMatrixRMaj(first.numCols, first.numCols);
		CommonOps_DDRM.multTransA(first, first, gram);
		return gram;
	}

	/** The output-side representation W_D W_D^T (No x No; near lambda I in the lazy regime); a new matrix. */
	public DMatrixRMaj outputRepresentation() {
		DMatrixRMaj last = weights[weights.length - 1];
		DMatrixRMaj gram = new DMatrixRMaj(last.numRows, last.numRows);
		CommonOps_DDRM.multTransB(last, last, gram);
		return gram;
	}

	/**
	 * The representation H_layer = W_layer ... W_1 X of inputs X (Ni x P) at layer 0..D (0 gives a copy of X, D the
	 * prediction); a new N_layer x P matrix.
	 */
	public DMatrixRMaj hidden(int layer, DMatrixRMaj x) {
		checkLayer(layer, 0);
		checkInputs(x);
		DMatrixRMaj h = x.copy();
		for (int l = 0; l < layer; l++) {
			DMatrixRMaj next = new DMatrixRMaj(weights[l].numRows, x.numCols);
			CommonOps_DDRM.mult(weights[l], h, next);
			h = next;
		}
		return h;
	}

	/** The prediction Yhat = W X (No x P), e.g. the feature-item matrix of a semantic task; a new matrix. */
	public DMatrixRMaj predict(DMatrixRMaj x) {
		return hidden(weights.length, x);
	}

	/**
	 * The item-item representational similarity of layer 1..D: H^T H = X^T W_1^T ... W_layer^T W_layer ... W_1 X (P x
	 * P); for layer 1 this is the measured counterpart of the RSA of Saxe et al. (PNAS 2019). A new matrix.
	 */
	public DMatrixRMaj itemSimilarity(int layer, DMatrixRMaj x) {
		checkLayer(layer, 1);
		DMatrixRMaj h = hidden(layer, x);
		DMatrixRMaj rsa = new DMatrixRMaj(x.numCols, x.numCols);
		CommonOps_DDRM.multTransA(h, h, rsa);
		return rsa;
	}

	/** The loss of this network on a dataset in the given convention (spec 0.1). */
	public double loss(Dataset data, LossConvention convention) {
		checkInputs(data.x);
		if (data.y.numRows != outputSize()) {
			throw new IllegalArgumentException(
					"dataset " + data.name() + " has " + data.y.numRows + " outputs, the network " + outputSize());
		}
		DMatrixRMaj residual = predict(data.x);
		CommonOps_DDRM.subtract(data.y, residual, residual);
		return convention.loss(residual);
	}

	/** Whether every weight is finite. */
	public boolean isFinite() {
		for (DMatrixRMaj w : weights) {
			if (!allFinite(w)) {
				return false;
			}
		}
		return true;
	}

	/** A deep copy. */
	public LinearNetwork copy() {
		return new LinearNetwork(weights);
	}

	static boolean allFinite(DMatrixRMaj m) {
		double[] d = m.data;
		int n = m.getNumElements();
		for (int i = 0; i < n; i++) {
			if (!Double.isFinite(d[i])) {
				return false;
			}
		}
		return true;
	}

	private void checkLayer(int layer, int first) {
		if (layer < first || layer > weights.length) {
			throw new IndexOutOfBoundsException("layer " + layer + " is outside " + first + ".." + weights.length);
		}
	}

	private void checkInputs(DMatrixRMaj x) {
		if (x.numRows != inputSize()) {
			throw new IllegalArgumentException("inputs have " + x.numRows + " rows, the network " + inputSize() + " inputs");
		}
	}
}
