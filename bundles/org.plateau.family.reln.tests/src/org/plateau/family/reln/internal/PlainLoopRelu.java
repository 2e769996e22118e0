package org.plateau.family.reln.internal;

import org.ejml.data.DMatrixRMaj;

/**
 * An independent reference for {@link ReluTrainer}: the same two-layer ReLU network, h = max(0, W1 x), y = W2 h, and
 * full-batch gradient descent on the SUM loss 1/2 ||Y - W2 relu(W1 X)||², written as plain loops over {@code double[][]}
 * with no matrix library, in the order of {@code ../shared/bench/ref_relu.py}'s step:
 * A = W1 X; H = max(A, 0); E = W2 H - Y; dW2 = E H^T; dW1 = ((W2^T E) * [A &gt; 0]) X^T; W -= lr dW.
 */
final class PlainLoopRelu {

	final double[][] w1;
	final double[][] w2;
	final double[][] gradient1;
	final double[][] gradient2;
	private final double[][] x;
	private final double[][] y;
	private final double learningRate;
	private final double[][] preActivation;
	private final double[][] activation;
	private final double[][] error;
	private final double[][] hiddenError;

	/**
	 * @param w1 the first layer, hidden x inputs (copied)
	 * @param w2 the second layer, outputs x hidden (copied)
	 * @param x the inputs, one column per datapoint (copied)
	 * @param y the targets, one column per datapoint (copied)
	 */
	PlainLoopRelu(double[][] w1, double[][] w2, double[][] x, double[][] y, double learningRate) {
		this.w1 = copy(w1);
		this.w2 = copy(w2);
		this.x = copy(x);
		this.y = copy(y);
		this.learningRate = learningRate;
		int hidden = w1.length;
		int inputs = x.length;
		int outputs = y.length;
		int samples = x[0].length;
		gradient1 = new double[hidden][inputs];
		gradient2 = new double[outputs][hidden];
		preActivation = new double[hidden][samples];
		activation = new double[hidden][samples];
		error = new double[outputs][samples];
		hiddenError = new double[hidden][samples];
	}

	/** A plain loop from the trainer's current weights and data. */
	static PlainLoopRelu of(ReluTrainer trainer, double learningRate) {
		return new PlainLoopRelu(rows(trainer.w1), rows(trainer.w2), rows(trainer.data.inputs),
				rows(trainer.data.targets), learningRate);
	}

	private static double[][] rows(DMatrixRMaj m) {
		double[][] rows = new double[m.numRows][m.numCols];
		for (int i = 0; i < m.numRows; i++) {
			for (int j = 0; j < m.numCols; j++) {
				rows[i][j] = m.get(i, j);
			}
		}
		return rows;
	}

	/** The forward pass: A, H and E = W2 H - Y; returns the loss 1/2 sum E². */
	double forward() {
		int samples = x[0].length;
		for (int k = 0; k < w1.length; k++) {
			for (int mu = 0; mu < samples; mu++) {
				double a = 0;
				for (int i = 0; i < x.length; i++) {
					a += w1[k][i] * x[i][mu];
				}
				preActivation[k][mu] = a;
				activation[k][mu] = a > 0 ? a : 0;
			}
		}
		double loss = 0;
		for (int r = 0; r < y.length; r++) {
			double[] e = error[r];
			for (int mu = 0; mu < samples; mu++) {
				e[mu] = -y[r][mu];
			}
			for (int k = 0; k < w2[r].length; k++) {
				double w = w2[r][k];
				double[] h = activation[k];
				for (int mu = 0; mu < samples; mu++) {
					e[mu] += w * h[mu];
				}
			}
			for (int mu = 0; mu < samples; mu++) {
				loss += e[mu] * e[mu];
			}
		}
		return 0.5 * loss;
	}

	/** The forward pass and the gradients dL/dW1, dL/dW2 at the current weights; returns the loss. */
	double backward() {
		double loss = forward();
		int samples = x[0].length;
		// dL/dW2 = E H^T
		for (int r = 0; r < w2.length; r++) {
			for (int k = 0; k < w2[r].length; k++) {
				double g = 0;
				for (int mu = 0; mu < samples; mu++) {
					g += error[r][mu] * activation[k][mu];
				}
				gradient2[r][k] = g;
			}
		}
		// dL/dA = W2^T E where A > 0, else 0 (the ReLU's derivative is 1[A > 0])
		for (int k = 0; k < w1.length; k++) {
			java.util.Arrays.fill(hiddenError[k], 0);
		}
		for (int r = 0; r < w2.length; r++) {
			for (int k = 0; k < w2[r].length; k++) {
				double w = w2[r][k];
				double[] d = hiddenError[k];
				for (int mu = 0; mu < samples; mu++) {
					d[mu] += w * error[r][mu];
				}
			}
		}
		for (int k = 0; k < w1.length; k++) {
			for (int mu = 0; mu < samples; mu++) {
				if (!(preActivation[k][mu] > 0)) {
					hiddenError[k][mu] = 0;
				}
			}
		}
		// dL/dW1 = (dL/dA) X^T
		for (int k = 0; k < w1.length; k++) {
			for (int i = 0; i < x.length; i++) {
				double g = 0;
				for (int mu = 0; mu < samples; mu++) {
					g += hiddenError[k][mu] * x[i][mu];
				}
				gradient1[k][i] = g;
			}
		}
		return loss;
	}

	/** One step of gradient descent, W -= lr dL/dW; returns the loss before it. */
	double step() {
		double loss = backward();
		for (int k = 0; k < w1.length; k++) {
			for (int i = 0; i < w1[k].length; i++) {
				w1[k][i] -= learningRate * gradient1[k][i];
			}
		}
		for (int r = 0; r < w2.length; r++) {
			for (int k = 0; k < w2[r].length; k++) {
				w2[r][k] -= learningRate * gradient2[r][k];
			}
		}
		return loss;
	}

	private static double[][] copy(double[][] m) {
		double[][] copy = new double[m.length][];
		for (int i = 0; i < m.length; i++) {
			copy[i] = m[i].clone();
		}
		return copy;
	}
}
