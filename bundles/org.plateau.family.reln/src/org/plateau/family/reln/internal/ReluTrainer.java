package org.plateau.family.reln.internal;

import java.util.Random;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.RandomMatrices_DDRM;
import org.plateau.core.family.Trainer;
import org.plateau.kernels.DenseKernels;

/**
 * A two-layer ReLU network without biases, h = max(0, W1 x), y = W2 h (spec 3(a)), trained by full-batch gradient
 * descent on the SUM loss 1/2 ||Y - W2 relu(W1 X)||². Every buffer is made once: a step allocates nothing. Records
 * the loss and, per number k of contexts, how many of its significant units are active in exactly k contexts
 * (spec C3.2). Products go through {@link DenseKernels}; a step folds each weight update into its gradient's product
 * (W -= eta G as one gemm with beta = 1).
 */
final class ReluTrainer implements Trainer {

	final ContextualData data;
	final DMatrixRMaj w1;
	final DMatrixRMaj w2;
	private final DenseKernels kernels;
	private final double learningRate;
	private final DMatrixRMaj preActivation;
	private final DMatrixRMaj activation;
	private final DMatrixRMaj output;
	private final DMatrixRMaj outputGradient;
	private final DMatrixRMaj hiddenGradient;
	private final DMatrixRMaj gradient1;
	private final DMatrixRMaj gradient2;

	ReluTrainer(ContextualData data, int hidden, double scale, double learningRate, long seed) {
		this(data, hidden, scale, learningRate, seed, DenseKernels.standard());
	}

	ReluTrainer(ContextualData data, int hidden, double scale, double learningRate, long seed, DenseKernels kernels) {
		this.data = data;
		this.kernels = kernels;
		this.learningRate = learningRate;
		Random random = new Random(seed);
		w1 = RandomMatrices_DDRM.rectangleGaussian(hidden, data.inputs.numRows, 0, scale, random);
		w2 = RandomMatrices_DDRM.rectangleGaussian(data.targets.numRows, hidden, 0, scale, random);
		int p = data.samples;
		preActivation = new DMatrixRMaj(hidden, p);
		activation = new DMatrixRMaj(hidden, p);
		output = new DMatrixRMaj(data.targets.numRows, p);
		outputGradient = new DMatrixRMaj(data.targets.numRows, p);
		hiddenGradient = new DMatrixRMaj(hidden, p);
		gradient1 = new DMatrixRMaj(w1.numRows, w1.numCols);
		gradient2 = new DMatrixRMaj(w2.numRows, w2.numCols);
	}

	/** The forward pass; returns the loss. */
	double forward() {
		kernels.mult(w1, data.inputs, preActivation);
		double[] h = preActivation.data;
		double[] a = activation.data;
		for (int i = 0; i < h.length; i++) {
			a[i] = h[i] > 0 ? h[i] : 0;
		}
		kernels.mult(w2, activation, output);
		double sum = 0;
		double[] y = data.targets.data;
		double[] out = output.data;
		double[] g = outputGradient.data;
		for (int i = 0; i < y.length; i++) {
			double residual = out[i] - y[i];
			g[i] = residual;
			sum += residual * residual;
		}
		return 0.5 * sum;
	}

	/** The network's outputs after {@link #forward()} (live). */
	DMatrixRMaj output() {
		return output;
	}

	/** The hidden activity after {@link #forward()} (live). */
	DMatrixRMaj activation() {
		return activation;
	}

	/**
	 * The forward pass and the exact gradients of the SUM loss at the current weights, into {@link #gradient1()} and
	 * {@link #gradient2()}; the weights do not move.
	 *
	 * @return the loss
	 */
	double backward() {
		double loss = forward();
		// dL/dW2 = (Yhat - Y) A^T; dL/dA = W2^T (Yhat - Y), through the ReLU where its input is positive
		kernels.multTransB(outputGradient, activation, gradient2);
		hiddenGradient();
		kernels.multTransB(hiddenGradient, data.inputs, gradient1);
		return loss;
	}

	/** D = (W2^T (Yhat - Y)) masked where the ReLU's input is not positive, from the last forward pass. */
	private void hiddenGradient() {
		kernels.multTransA(w2, outputGradient, hiddenGradient);
		double[] d = hiddenGradient.data;
		double[] h = preActivation.data;
		for (int i = 0; i < d.length; i++) {
			if (h[i] <= 0) {
				d[i] = 0;
			}
		}
	}

	/** dL/dW1 of the last {@link #backward()} or {@link #step()}, at the weights before that step (live). */
	DMatrixRMaj gradient1() {
		return gradient1;
	}

	/** dL/dW2 of the last {@link #backward()} or {@link #step()}, at the weights before that step (live). */
	DMatrixRMaj gradient2() {
		return gradient2;
	}

	/**
	 * One step, W -= eta dL/dW for both layers, with the gradients at the weights before the step: D is taken with
	 * W2 before its update, then each update is one product W += (-eta) G H^T. {@link #gradient1()} and
	 * {@link #gradient2()} are not written.
	 */
	@Override
	public boolean step() {
		double loss = forward();
		hiddenGradient();
		kernels.multAddTransB(-learningRate, outputGradient, activation, w2);
		kernels.multAddTransB(-learningRate, hiddenGradient, data.inputs, w1);
		return Double.isFinite(loss);
	}

	@Override
	public void measure(double[] into) {
		into[0] = forward();
		int[] counts = UnitPatterns.countByContexts(w1, w2, activation, data);
		for (int k = 1; k <= data.contexts; k++) {
			into[k] = counts[k];
		}
	}

	@Override
	public boolean isFinite() {
		return isFinite(w1) && isFinite(w2);
	}

	private static boolean isFinite(DMatrixRMaj w) {
		for (int i = 0; i < w.getNumElements(); i++) {
			if (!Double.isFinite(w.data[i])) {
				return false;
			}
		}
		return true;
	}
}
