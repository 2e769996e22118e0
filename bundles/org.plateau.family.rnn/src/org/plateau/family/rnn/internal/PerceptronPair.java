package org.plateau.family.rnn.internal;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.ejml.data.DMatrixRMaj;
import org.plateau.kernels.DenseKernels;

/**
 * The 2024 paper's MLP on its two data points (van Rossem &amp; Saxe 2024, spec 1.1(b,c) [code source/models.py MLP,
 * source/two_points.py]): L hidden layers of width P, each a linear map with bias followed by the activation, then a
 * linear output layer; Xavier-normal weights, zero biases; full-batch gradient descent on c sum_p ||yhat_p - y*_p||^2.
 * <p>
 * The two points are the two rows of every activation matrix, so each layer is one product on {@link DenseKernels}:
 * forward Z_l = A_(l-1) W_l^T + b_l; backward dA_(l-1) = G_l W_l (before W_l moves), then W_l -= eta G_l^T A_(l-1) as
 * one rank-2 update in place. Nothing is allocated per step.
 */
final class PerceptronPair {

	/** Hidden nonlinearities. */
	enum Activation {
		RELU, TANH, LEAKY_RELU, LINEAR
	}

	/** Slope of the leaky ReLU for a &lt; 0 (torch's default). */
	static final double LEAKY_SLOPE = 0.01;

	private final DenseKernels kernels;
	private final Activation activation;
	private final int layers; // hidden layers L; L + 1 linear maps
	private final int tracked;
	private final DMatrixRMaj[] weights; // W_l: out x in
	private final double[][] biases;
	private final DMatrixRMaj[] pre; // Z_l: 2 x out
	private final DMatrixRMaj[] post; // A_l: 2 x out (A_L = Z_L, the output); A_(-1) = inputs
	private final DMatrixRMaj[] delta; // G_l = dLoss/dZ_l: 2 x out
	private final DMatrixRMaj inputs;
	private final DMatrixRMaj targets;
	private final double lossFactor;

	/**
	 * @param inputs the two points, 2 x d_in
	 * @param targets their targets, 2 x d_out
	 * @param width hidden width P
	 * @param layers hidden layers L
	 * @param tracked the hidden layer whose activity is h (0..L-1)
	 * @param activation the hidden nonlinearity
	 * @param lossFactor c in the loss c sum_p ||e_p||^2
	 * @param kernels the dense products
	 */
	PerceptronPair(DMatrixRMaj inputs, DMatrixRMaj targets, int width, int layers, int tracked, Activation activation,
			double lossFactor, DenseKernels kernels) {
		this.inputs = inputs;
		this.targets = targets;
		this.layers = layers;
		this.tracked = tracked;
		this.activation = activation;
		this.lossFactor = lossFactor;
		this.kernels = kernels;
		weights = new DMatrixRMaj[layers + 1];
		biases = new double[layers + 1][];
		pre = new DMatrixRMaj[layers + 1];
		post = new DMatrixRMaj[layers + 1];
		delta = new DMatrixRMaj[layers + 1];
		for (int l = 0; l <= layers; l++) {
			int in = l == 0 ? inputs.numCols : width;
			int out = l == layers ? targets.numCols : width;
			weights[l] = new DMatrixRMaj(out, in);
			biases[l] = new double[out];
			pre[l] = new DMatrixRMaj(2, out);
			post[l] = l == layers ? pre[l] : new DMatrixRMaj(2, out);
			delta[l] = new DMatrixRMaj(2, out);
		}
	}

	/** Xavier-normal weights, std = gain sqrt(2/(fan_in + fan_out)), layer by layer; zero biases (torch's init). */
	void initialiseXavier(double gain, SplittableRandom random) {
		for (int l = 0; l <= layers; l++) {
			DMatrixRMaj w = weights[l];
			double std = gain * Math.sqrt(2.0 / (w.numRows + w.numCols));
			for (int i = 0; i < w.getNumElements(); i++) {
				w.data[i] = std * ElmanNetwork.standardNormal(random);
			}
			Arrays.fill(biases[l], 0);
		}
	}

	/** The forward pass of both points at the current weights. */
	void forward() {
		DMatrixRMaj a = inputs;
		for (int l = 0; l <= layers; l++) {
			DMatrixRMaj z = pre[l];
			kernels.multTransB(a, weights[l], z);
			double[] b = biases[l];
			int out = b.length;
			for (int p = 0; p < 2; p++) {
				for (int j = 0; j < out; j++) {
					z.data[p * out + j] += b[j];
				}
			}
			if (l < layers) {
				activate(z, post[l]);
			}
			a = post[l];
		}
	}

	private void activate(DMatrixRMaj z, DMatrixRMaj into) {
		double[] in = z.data;
		double[] out = into.data;
		int n = z.getNumElements();
		switch (activation) {
		case RELU -> {
			for (int i = 0; i < n; i++) {
				out[i] = Math.max(0, in[i]);
			}
		}
		case LEAKY_RELU -> {
			for (int i = 0; i < n; i++) {
				out[i] = in[i] > 0 ? in[i] : LEAKY_SLOPE * in[i];
			}
		}
		case TANH -> {
			for (int i = 0; i < n; i++) {
				out[i] = Math.tanh(in[i]);
			}
		}
		case LINEAR -> System.arraycopy(in, 0, out, 0, n);
		}
	}

	/** G *= f'(Z) elementwise, f' from the pre-activation (and A for tanh). */
	private void backActivate(DMatrixRMaj g, DMatrixRMaj z, DMatrixRMaj a) {
		double[] d = g.data;
		int n = g.getNumElements();
		switch (activation) {
		case RELU -> {
			for (int i = 0; i < n; i++) {
				if (z.data[i] <= 0) {
					d[i] = 0;
				}
			}
		}
		case LEAKY_RELU -> {
			for (int i = 0; i < n; i++) {
				if (z.data[i] <= 0) {
					d[i] *= LEAKY_SLOPE;
				}
			}
		}
		case TANH -> {
			for (int i = 0; i < n; i++) {
				d[i] *= 1 - a.data[i] * a.data[i];
			}
		}
		case LINEAR -> {
		}
		}
	}

	/**
	 * One full-batch gradient-descent step of size eta on both points.
	 *
	 * @return whether the loss before the step was finite
	 */
	boolean step(double eta) {
		forward();
		DMatrixRMaj out = post[layers];
		DMatrixRMaj g = delta[layers];
		boolean finite = true;
		for (int i = 0; i < g.getNumElements(); i++) {
			double e = out.data[i] - targets.data[i];
			finite &= Double.isFinite(e);
			g.data[i] = 2 * lossFactor * e;
		}
		for (int l = layers; l >= 0; l--) {
			g = delta[l];
			DMatrixRMaj below = l == 0 ? inputs : post[l - 1];
			if (l > 0) {
				// dLoss/dA_(l-1) with the weights before this step, then through the activation
				kernels.mult(g, weights[l], delta[l - 1]);
				backActivate(delta[l - 1], pre[l - 1], post[l - 1]);
			}
			kernels.multAddTransA(-eta, g, below, weights[l]);
			double[] b = biases[l];
			int n = b.length;
			for (int j = 0; j < n; j++) {
				b[j] -= eta * (g.data[j] + g.data[n + j]);
			}
		}
		return finite;
	}

	/** @return c sum_p ||yhat_p - y*_p||^2 after {@link #forward} */
	double loss() {
		DMatrixRMaj out = post[layers];
		double sum = 0;
		for (int i = 0; i < out.getNumElements(); i++) {
			double e = out.data[i] - targets.data[i];
			sum += e * e;
		}
		return lossFactor * sum;
	}

	/** @return h = ||h_B - h_A||^2 of the tracked layer after {@link #forward} */
	double representationalDistance() {
		return rowDistance(post[tracked]);
	}

	/** @return y = ||yhat_B - yhat_A||^2 after {@link #forward} */
	double predictionDistance() {
		return rowDistance(post[layers]);
	}

	/** @return w = ||dy||^2 - dy.dy* after {@link #forward} (0 at a fixed point; spec 1.1(d)) */
	double alignment() {
		DMatrixRMaj out = post[layers];
		int n = out.numCols;
		double w = 0;
		for (int j = 0; j < n; j++) {
			double dy = out.data[n + j] - out.data[j];
			double dyTarget = targets.data[n + j] - targets.data[j];
			w += dy * dy - dy * dyTarget;
		}
		return w;
	}

	/** @return ||ybar - ybar*||^2, the error of the mean prediction, after {@link #forward} */
	double meanError() {
		DMatrixRMaj out = post[layers];
		int n = out.numCols;
		double sum = 0;
		for (int j = 0; j < n; j++) {
			double e = 0.5 * (out.data[j] + out.data[n + j] - targets.data[j] - targets.data[n + j]);
			sum += e * e;
		}
		return sum;
	}

	/** @return whether every weight and bias is finite */
	boolean isFinite() {
		for (int l = 0; l <= layers; l++) {
			for (int i = 0; i < weights[l].getNumElements(); i++) {
				if (!Double.isFinite(weights[l].data[i])) {
					return false;
				}
			}
			for (double b : biases[l]) {
				if (!Double.isFinite(b)) {
					return false;
				}
			}
		}
		return true;
	}

	/** @return the weights of linear map l (for tests) */
	DMatrixRMaj weights(int l) {
		return weights[l];
	}

	/** @return the biases of linear map l (for tests) */
	double[] biases(int l) {
		return biases[l];
	}

	private static double rowDistance(DMatrixRMaj m) {
		int n = m.numCols;
		double sum = 0;
		for (int j = 0; j < n; j++) {
			double d = m.data[n + j] - m.data[j];
			sum += d * d;
		}
		return sum;
	}
}
