package org.plateau.family.deeplinear.internal.numerics;

import java.util.Random;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.plateau.kernels.DenseKernels;

/**
 * Exact training of a {@link LinearNetwork} on a {@link Dataset} by gradient descent on the squared loss of a
 * {@link LossConvention} (spec 0.1), in place: the network passed in is the one trained.
 * <ul>
 * <li>{@link #fullBatch}: W_l += eta * w * G_l H_{l-1}^T with H_l = W_l H_{l-1} (H_0 = X), G_D = Y - H_D, G_{l-1} =
 * W_l^T G_l and w the convention's example weight. This is forward Euler on the gradient flow tau dW_l/dt = -dL/dW_l
 * with tau = 1/eta, t in steps: {@link #time()} = t/tau = eta * steps.</li>
 * <li>{@link #online}: one example mu per step, drawn uniformly from {@code new Random(seed)}, and the same update
 * with G, H of that example and weight P * w, an unbiased estimate of the full-batch step (so the same time
 * convention holds on average).</li>
 * </ul>
 * Full batch depends on the data only through Sigma_x = X X^T and Sigma_yx = Y X^T: with {@code covariances}, a step
 * computes W_l += eta w (W_D..W_{l+1})^T (Sigma_yx - W Sigma_x) (W_{l-1}..W_1)^T, the same update to rounding at a cost
 * that no longer grows with P ({@link #prefersCovariances}); the loss is still computed from the samples.
 * Products go through {@link DenseKernels} (BLAS or EJML by size).
 * <p>
 * The step loop allocates nothing: every work matrix is allocated in the factory (the full-data buffers of an online
 * trainer on the first {@link #loss()}). Divergence: a step whose loss, or whose updated weights, contain a NaN or an
 * infinity stops the trainer; {@link #step()} then returns {@code false} and {@link #divergenceStep()} gives the step
 * count at which it was found. Change the weights only through this trainer while it is in use (it caches the
 * forward pass of the current weights). Not thread-safe.
 */
public final class GradientDescent {

	/** How a run of steps ended. */
	public enum Outcome {
		/** All requested steps were taken. */
		COMPLETED,
		/** The observer asked to stop (e.g. the user cancelled). */
		CANCELLED,
		/** A non-finite loss or weight appeared; see {@link GradientDescent#divergenceStep()}. */
		DIVERGED
	}

	/** Called by {@link GradientDescent#run} to record metrics; returns {@code false} to stop the run. */
	@FunctionalInterface
	public interface StepObserver {
		boolean observe(GradientDescent trainer);
	}

	private final LinearNetwork network;
	private final Dataset data;
	private final LossConvention convention;
	private final DenseKernels kernels;
	private final double learningRate;
	/** eta times the weight of the examples of one step in the loss. */
	private final double stepScale;
	/** The batch of one step: all examples (full batch) or one (online). */
	private final Pass batch;
	/** Null for full batch. */
	private final Random sampler;
	/** Whether a full-batch step works on Sigma_x and Sigma_yx instead of the samples. */
	private final boolean covariances;
	/** Full-data pass used by {@link #loss()}; the batch pass itself for full batch on samples, else lazy. */
	private Pass evaluation;
	private boolean evaluationValid;

	private long steps;
	private long divergenceStep = -1;

	private GradientDescent(LinearNetwork network, Dataset data, LossConvention convention, double learningRate,
			Random sampler, boolean covariances, DenseKernels kernels) {
		if (network.inputSize() != data.inputSize() || network.outputSize() != data.outputSize()) {
			throw new IllegalArgumentException("network " + network.inputSize() + " -> " + network.outputSize()
					+ " does not fit dataset " + data);
		}
		if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
			throw new IllegalArgumentException("learning rate must be positive and finite, was " + learningRate);
		}
		this.network = network;
		this.data = data;
		this.convention = convention;
		this.learningRate = learningRate;
		this.sampler = sampler;
		this.kernels = kernels;
		this.covariances = covariances && sampler == null;
		int p = data.size();
		if (this.covariances) {
			DMatrixRMaj sigmaX = new DMatrixRMaj(data.inputSize(), data.inputSize());
			DMatrixRMaj sigmaYX = new DMatrixRMaj(data.outputSize(), data.inputSize());
			kernels.multTransB(data.x, data.x, sigmaX);
			kernels.multTransB(data.y, data.x, sigmaYX);
			this.batch = Pass.covariances(network, kernels, sigmaX, sigmaYX);
			this.stepScale = learningRate * convention.exampleWeight(p);
		} else if (sampler == null) {
			this.batch = Pass.samples(network, kernels, data.x, data.y);
			this.evaluation = batch;
			this.stepScale = learningRate * convention.exampleWeight(p);
		} else {
			this.batch = Pass.samples(network, kernels, new DMatrixRMaj(data.inputSize(), 1),
					new DMatrixRMaj(data.outputSize(), 1));
			this.stepScale = learningRate * p * convention.exampleWeight(p);
		}
	}

	/**
	 * Full-batch gradient descent with step eta = {@code learningRate}, on Sigma_x and Sigma_yx where
	 * {@link #prefersCovariances} says so, with the process's kernels.
	 */
	public static GradientDescent fullBatch(LinearNetwork network, Dataset data, LossConvention convention,
			double learningRate) {
		return fullBatch(network, data, convention, learningRate, prefersCovariances(data), DenseKernels.standard());
	}

	/** Full-batch gradient descent on the samples or on their covariances, with the given kernels. */
	public static GradientDescent fullBatch(LinearNetwork network, Dataset data, LossConvention convention,
			double learningRate, boolean covariances, DenseKernels kernels) {
		return new GradientDescent(network, data, convention, learningRate, null, covariances, kernels);
	}

	/** Online SGD, one example per step, drawn from {@code new Random(seed)}. */
	public static GradientDescent online(LinearNetwork network, Dataset data, LossConvention convention,
			double learningRate, long seed) {
		return new GradientDescent(network, data, convention, learningRate, new Random(seed), false,
				DenseKernels.standard());
	}

	/**
	 * Whether full batch on this data is cheaper on Sigma_x and Sigma_yx: a step on the samples costs ~3 P sum_l
	 * N_l N_{l-1} multiply-adds, one on the covariances the same with N_in in place of P plus N_out N_in^2 for the
	 * residual, so from P = 2 N_in on the covariances win.
	 */
	public static boolean prefersCovariances(Dataset data) {
		return data.size() >= 2 * data.inputSize();
	}

	/** Whether a step works on Sigma_x and Sigma_yx rather than on the samples. */
	public boolean usesCovariances() {
		return covariances;
	}

	/**
	 * Takes one step.
	 *
	 * @return {@code true} if the step was taken with finite values; {@code false} if the trainer has diverged (now or
	 *         before), in which case the weights are left as they were when it was found
	 */
	public boolean step() {
		if (divergenceStep >= 0) {
			return false;
		}
		DMatrixRMaj[] w = network.weights;
		if (covariances) {
			batch.forward(w);
		} else if (sampler == null) {
			if (!evaluationValid) {
				batch.forward(w);
			}
		} else {
			int mu = sampler.nextInt(data.size());
			copyColumn(data.x, mu, batch.h[0]);
			copyColumn(data.y, mu, batch.y);
			batch.forward(w);
		}
		if (!Double.isFinite(batch.sumOfSquares)) {
			divergenceStep = steps;
			return false;
		}
		batch.backwardAndUpdate(w, stepScale);
		steps++;
		evaluationValid = false;
		if (!network.isFinite()) {
			divergenceStep = steps;
			return false;
		}
		return true;
	}

	/** Takes up to n steps; stops at divergence. */
	public Outcome steps(long n) {
		for (long k = 0; k < n; k++) {
			if (!step()) {
				return Outcome.DIVERGED;
			}
		}
		return divergenceStep >= 0 ? Outcome.DIVERGED : Outcome.COMPLETED;
	}

	/**
	 * Takes up to n steps, calling the observer before the first step and after every step that makes
	 * {@link #stepCount()} a multiple of {@code every}. Stops when the observer returns {@code false} (CANCELLED) or at
	 * divergence (DIVERGED, the observer is not called for the diverged state). Cancellation is seen only at
	 * observations: choose {@code every} small enough, or loop on {@link #step()} yourself.
	 */
	public Outcome run(long n, long every, StepObserver observer) {
		if (every < 1) {
			throw new IllegalArgumentException("observation interval must be at least 1, was " + every);
		}
		if (divergenceStep >= 0) {
			return Outcome.DIVERGED;
		}
		if (!observer.observe(this)) {
			return Outcome.CANCELLED;
		}
		for (long k = 0; k < n; k++) {
			if (!step()) {
				return Outcome.DIVERGED;
			}
			if (steps % every == 0 && !observer.observe(this)) {
				return Outcome.CANCELLED;
			}
		}
		return Outcome.COMPLETED;
	}

	/**
	 * The full-data loss of the current weights in the trainer's convention. Allocates nothing after the first call;
	 * for full batch the forward pass is reused by the next step. A non-finite loss marks the trainer as diverged.
	 */
	public double loss() {
		if (evaluation == null) {
			evaluation = Pass.samples(network, kernels, data.x, data.y);
		}
		if (!evaluationValid) {
			evaluation.forward(network.weights);
			evaluationValid = true;
		}
		double loss = 0.5 * convention.exampleWeight(data.size()) * evaluation.sumOfSquares;
		if (!Double.isFinite(loss) && divergenceStep < 0) {
			divergenceStep = steps;
		}
		return loss;
	}

	/** The number of steps taken. */
	public long stepCount() {
		return steps;
	}

	/** t/tau = eta * steps (spec 0.1). */
	public double time() {
		return learningRate * steps;
	}

	/** Whether a non-finite loss or weight has been found. */
	public boolean diverged() {
		return divergenceStep >= 0;
	}

	/** The step count at which non-finite values were found, or -1. */
	public long divergenceStep() {
		return divergenceStep;
	}

	/** The network being trained (live). */
	public LinearNetwork network() {
		return network;
	}

	/** The hidden representation W_1 X of the training inputs (layer 1); a new matrix. */
	public DMatrixRMaj hiddenRepresentation() {
		return network.hidden(1, data.x);
	}

	public Dataset dataset() {
		return data;
	}

	public LossConvention convention() {
		return convention;
	}

	/** eta. */
	public double learningRate() {
		return learningRate;
	}

	/** Whether this is online SGD (one example per step). */
	public boolean isOnline() {
		return sampler != null;
	}

	private static void copyColumn(DMatrixRMaj source, int column, DMatrixRMaj target) {
		double[] s = source.data;
		double[] t = target.data;
		int cols = source.numCols;
		for (int i = 0; i < source.numRows; i++) {
			t[i] = s[i * cols + column];
		}
	}

	/**
	 * Work matrices of a forward and backward pass over a batch of B examples, or over the covariances: then H_0 = I
	 * (B = N_in), H_l = W_l..W_1 and the residual is Sigma_yx - H_D Sigma_x.
	 */
	private static final class Pass {
		private final DenseKernels kernels;
		/** h[l] = H_l (N_l x B), h[0] the inputs (null on covariances: the identity). */
		final DMatrixRMaj[] h;
		/** g[l] = G_l (N_l x B) for l = 1..D, g[D] the residual Y - H_D (Sigma_yx - H_D Sigma_x). */
		final DMatrixRMaj[] g;
		/** Y, or Sigma_yx on covariances. */
		final DMatrixRMaj y;
		/** Sigma_x on covariances, else null. */
		private final DMatrixRMaj sigmaX;
		/** The sum of squares of g[D]: the loss on samples; on covariances only a probe for non-finite values. */
		double sumOfSquares;

		/** A pass over the samples X (N_in x B), Y. */
		static Pass samples(LinearNetwork network, DenseKernels kernels, DMatrixRMaj x, DMatrixRMaj y) {
			return new Pass(network, kernels, x, y, null, x.numCols);
		}

		/** A pass over the covariances Sigma_x, Sigma_yx of a batch. */
		static Pass covariances(LinearNetwork network, DenseKernels kernels, DMatrixRMaj sigmaX, DMatrixRMaj sigmaYX) {
			return new Pass(network, kernels, null, sigmaYX, sigmaX, sigmaX.numCols);
		}

		private Pass(LinearNetwork network, DenseKernels kernels, DMatrixRMaj x, DMatrixRMaj y, DMatrixRMaj sigmaX,
				int b) {
			int depth = network.depth();
			this.kernels = kernels;
			this.h = new DMatrixRMaj[depth + 1];
			this.g = new DMatrixRMaj[depth + 1];
			this.y = y;
			this.sigmaX = sigmaX;
			h[0] = x;
			for (int l = 1; l <= depth; l++) {
				h[l] = new DMatrixRMaj(network.width(l), b);
				g[l] = new DMatrixRMaj(network.width(l), b);
			}
		}

		void forward(DMatrixRMaj[] w) {
			int depth = w.length;
			for (int l = 1; l <= depth; l++) {
				if (h[l - 1] == null) {
					// H_1 = W_1 I
					h[l].setTo(w[l - 1]);
				} else {
					// H_l = W_l H_{l-1}
					kernels.mult(w[l - 1], h[l - 1], h[l]);
				}
			}
			if (sigmaX == null) {
				// G_D = Y - Yhat
				CommonOps_DDRM.subtract(y, h[depth], g[depth]);
			} else {
				// G_D = (Y - W X) X^T = Sigma_yx - W Sigma_x
				g[depth].setTo(y);
				kernels.multAdd(-1, h[depth], sigmaX, g[depth]);
			}
			sumOfSquares = LossConvention.sumOfSquares(g[depth]);
		}

		/** Back-propagates from the stored forward pass and applies W_l += scale G_l H_{l-1}^T. */
		void backwardAndUpdate(DMatrixRMaj[] w, double scale) {
			for (int l = w.length; l >= 1; l--) {
				if (l > 1) {
					// G_{l-1} = W_l^T G_l, with W_l before its update
					kernels.multTransA(w[l - 1], g[l], g[l - 1]);
				}
				// Saxe et al. 2014 / spec 0.1: tau dW_l/dt = (W_D..W_{l+1})^T (Y - W X) (W_{l-1}..W_1 X)^T, times w
				if (h[l - 1] == null) {
					CommonOps_DDRM.addEquals(w[l - 1], scale, g[l]);
				} else {
					kernels.multAddTransB(scale, g[l], h[l - 1], w[l - 1]);
				}
			}
		}
	}
}
