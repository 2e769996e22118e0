package org.plateau.family.localization.internal;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.ejml.data.DMatrixRMaj;
import org.plateau.core.family.Trainer;
import org.plateau.family.localization.data.ImageEnsemble;
import org.plateau.family.localization.theory.ReceptiveFieldMeasures;
import org.plateau.kernels.DenseKernels;

/**
 * SGD of K neurons on the two classes of images (Lufkin, Saxe &amp; Grant 2024, spec 2(a, c) [code
 * models/feedforward.py SimpleNet, MLP; experiments/supervise.py]): yhat = (1/K) sum_k v_k act(w_k . x + b_k) + b2, with
 * v = 1, b2 = 0 fixed (the mean readout) or trained, on the loss c (yhat - y)^2 reduced over the batch, labels 0 and 1
 * for the two halves of every batch.
 * <p>
 * A step is cut into chunks of at most {@link #CHUNK} images of one class. Each chunk draws its images from its own
 * seeded stream (or copies them from the fixed set), forms its pre-activations X W^T, its errors and its part of the
 * gradient Delta^T X on the dense kernels, into buffers of its own; the parts are then added in chunk order. So the
 * chunks run in parallel ({@link ParallelChunks}) and the result does not depend on the number of threads. Nothing is
 * allocated per step.
 */
final class NeuronTrainer implements Trainer {

	static final int CHUNK = 500;

	private final ImageEnsemble images;
	private final DenseKernels kernels;
	private final int neurons;
	private final int pixels;
	private final int batch;
	private final double eta;
	/** d loss / d yhat_b = slope (yhat_b - y_b); the loss is lossFactor (yhat - y)^2 reduced. */
	private final double slope;
	private final double lossFactor;
	private final double reduction;
	private final boolean sigmoid;
	private final boolean bias;
	private final boolean trainedReadout;
	private final double excessKurtosis;

	private final DMatrixRMaj weights; // K x D
	private final double[] biases;
	private final double[] readout;
	private double readoutBias;

	private final Chunk[] chunks;
	private final ParallelChunks parallel;
	private final DMatrixRMaj gradient;
	private final double[] measures = new double[2];
	private boolean stepped;
	private double lastLoss = Double.NaN;
	private boolean update;

	/** One chunk's images, streams and partial sums. */
	private static final class Chunk {
		final int label;
		final DMatrixRMaj x;
		final DMatrixRMaj pre;
		final DMatrixRMaj delta;
		final DMatrixRMaj gradient;
		final double[] biasGradient;
		final double[] readoutGradient;
		double readoutBiasGradient;
		double lossSum;
		final SplittableRandom random;
		final Object scratch;
		/** Rows of the fixed set this chunk draws from (mini-batches), or null. */
		final DMatrixRMaj fixedSet;
		final boolean resample;

		Chunk(int label, int rows, int pixels, int neurons, SplittableRandom random, Object scratch, DMatrixRMaj fixedSet,
				boolean resample) {
			this.label = label;
			this.x = new DMatrixRMaj(rows, pixels);
			this.pre = new DMatrixRMaj(rows, neurons);
			this.delta = new DMatrixRMaj(rows, neurons);
			this.gradient = new DMatrixRMaj(neurons, pixels);
			this.biasGradient = new double[neurons];
			this.readoutGradient = new double[neurons];
			this.random = random;
			this.scratch = scratch;
			this.fixedSet = fixedSet;
			this.resample = resample;
		}
	}

	NeuronTrainer(NeuronTraining setup, DMatrixRMaj initialWeights, double[] initialReadout) {
		this.images = setup.images();
		this.kernels = setup.kernels();
		this.neurons = setup.neurons();
		this.pixels = images.pixels();
		this.batch = setup.batch();
		this.eta = setup.learningRate();
		this.lossFactor = setup.lossFactor();
		this.reduction = setup.meanOverBatch() ? 1.0 / batch : 1;
		this.slope = 2 * lossFactor * reduction;
		this.sigmoid = setup.sigmoid();
		this.bias = setup.bias();
		this.trainedReadout = setup.trainedReadout();
		this.excessKurtosis = setup.excessKurtosis();
		this.weights = initialWeights.copy();
		this.biases = new double[neurons];
		this.readout = initialReadout.clone();
		this.gradient = new DMatrixRMaj(neurons, pixels);
		DMatrixRMaj[] fixed = setup.fixedSet();
		int[] perClass = { batch / 2, batch - batch / 2 };
		int count = 0;
		for (int label = 0; label < 2; label++) {
			count += (perClass[label] + CHUNK - 1) / CHUNK;
		}
		chunks = new Chunk[count];
		int c = 0;
		for (int label = 0; label < 2; label++) {
			int offset = 0;
			for (int left = perClass[label]; left > 0; left -= CHUNK) {
				int rows = Math.min(CHUNK, left);
				SplittableRandom random = setup.streams().apply(LocalizationSetup.CHUNK_STREAMS + c);
				boolean fullBatch = fixed != null && !setup.miniBatchOfFixedSet();
				Chunk chunk = new Chunk(label, rows, pixels, neurons, random,
						fixed == null ? images.newScratch(rows) : null, fixed == null ? null : fixed[label],
						!fullBatch);
				if (fullBatch) {
					System.arraycopy(fixed[label].data, offset * pixels, chunk.x.data, 0, rows * pixels);
				}
				chunks[c++] = chunk;
				offset += rows;
			}
		}
		parallel = new ParallelChunks(chunks.length, setup.threads(), this::work);
	}

	/** Threads the step runs on. */
	int threads() {
		return parallel.threads();
	}

	private double activation(double u) {
		return sigmoid ? 1 / (1 + Math.exp(-u)) : Math.max(0, u);
	}

	private void fill(Chunk chunk) {
		if (!chunk.resample) {
			return;
		}
		if (chunk.fixedSet == null) {
			images.sample(chunk.label, chunk.x, chunk.scratch, chunk.random, kernels);
			return;
		}
		int available = chunk.fixedSet.numRows;
		for (int r = 0; r < chunk.x.numRows; r++) {
			int row = chunk.random.nextInt(available);
			System.arraycopy(chunk.fixedSet.data, row * pixels, chunk.x.data, r * pixels, pixels);
		}
	}

	/** Chunk i: draw, forward, error and the chunk's gradient. */
	private void work(int index) {
		Chunk chunk = chunks[index];
		fill(chunk);
		kernels.gemm(false, true, 1, chunk.x, weights, 0, chunk.pre);
		double target = chunk.label;
		double loss = 0;
		double readoutBiasGradient = 0;
		Arrays.fill(chunk.biasGradient, 0);
		Arrays.fill(chunk.readoutGradient, 0);
		double[] pre = chunk.pre.data;
		double[] delta = chunk.delta.data;
		for (int b = 0; b < chunk.x.numRows; b++) {
			int row = b * neurons;
			double sum = 0;
			for (int k = 0; k < neurons; k++) {
				sum += readout[k] * activation(pre[row + k] + biases[k]);
			}
			double out = readoutBias + sum / neurons;
			double error = out - target;
			loss += error * error;
			double g = slope * error;
			readoutBiasGradient += g;
			for (int k = 0; k < neurons; k++) {
				double u = pre[row + k] + biases[k];
				double a = activation(u);
				double derivative = sigmoid ? a * (1 - a) : (u > 0 ? 1 : 0);
				double d = g * readout[k] / neurons * derivative;
				delta[row + k] = d;
				chunk.biasGradient[k] += d;
				chunk.readoutGradient[k] += g * a / neurons;
			}
		}
		chunk.lossSum = loss;
		chunk.readoutBiasGradient = readoutBiasGradient;
		if (update) {
			kernels.gemm(true, false, 1, chunk.delta, chunk.x, 0, chunk.gradient);
		}
	}

	/** Runs every chunk (with or without their gradients) and keeps the batch's loss. */
	private void runChunks(boolean withGradients) {
		update = withGradients;
		parallel.run();
		double loss = 0;
		for (Chunk chunk : chunks) {
			loss += chunk.lossSum;
		}
		lastLoss = lossFactor * reduction * loss;
	}

	@Override
	public boolean step() {
		runChunks(true);
		gradient.zero();
		double[] g = gradient.data;
		for (Chunk chunk : chunks) {
			double[] part = chunk.gradient.data;
			for (int i = 0; i < g.length; i++) {
				g[i] += part[i];
			}
		}
		double[] w = weights.data;
		for (int i = 0; i < w.length; i++) {
			w[i] -= eta * g[i];
		}
		if (bias) {
			for (int k = 0; k < neurons; k++) {
				double s = 0;
				for (Chunk chunk : chunks) {
					s += chunk.biasGradient[k];
				}
				biases[k] -= eta * s;
			}
		}
		if (trainedReadout) {
			double sb = 0;
			for (int k = 0; k < neurons; k++) {
				double s = 0;
				for (Chunk chunk : chunks) {
					s += chunk.readoutGradient[k];
				}
				readout[k] -= eta * s;
			}
			for (Chunk chunk : chunks) {
				sb += chunk.readoutBiasGradient;
			}
			readoutBias -= eta * sb;
		}
		stepped = true;
		return Double.isFinite(lastLoss) && Double.isFinite(w[0]);
	}

	@Override
	public void measure(double[] into) {
		if (!stepped) {
			// step 0: the loss of a batch before any update
			runChunks(false);
		}
		into[0] = lastLoss;
		double ipr = 0;
		double entropy = 0;
		double spread = 0;
		for (int k = 0; k < neurons; k++) {
			ipr += ReceptiveFieldMeasures.ipr(weights.data, k * pixels, pixels);
			entropy += ReceptiveFieldMeasures.entropy(weights.data, k * pixels, pixels);
			ReceptiveFieldMeasures.centreAndSpread(weights.data, k * pixels, pixels, images.side(), measures);
			spread += measures[1];
		}
		ReceptiveFieldMeasures.centreAndSpread(weights.data, 0, pixels, images.side(), measures);
		into[1] = ipr / neurons;
		into[2] = entropy / neurons;
		into[3] = measures[0];
		into[4] = spread / neurons;
		into[5] = excessKurtosis;
	}

	@Override
	public boolean isFinite() {
		for (double v : weights.data) {
			if (!Double.isFinite(v)) {
				return false;
			}
		}
		return Double.isFinite(readoutBias);
	}

	@Override
	public DMatrixRMaj snapshot(String name) {
		return weights;
	}
}
