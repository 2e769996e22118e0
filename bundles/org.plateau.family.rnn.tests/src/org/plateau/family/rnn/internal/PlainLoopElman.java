package org.plateau.family.rnn.internal;

import java.util.SplittableRandom;

/**
 * An independent plain implementation of the Elman RNN's SGD epoch for the tests: per string, no batching, no prefix
 * sharing, every hidden state of every string kept (the algorithm of ../shared/bench/ref_rnn.py, written afresh from
 * the model's equations). Weights are plain arrays copied from a network.
 */
final class PlainLoopElman {

	final int s;
	final int p;
	final int o;
	final boolean relu;
	final boolean h0Ones;
	final boolean discontinuity;
	final double[][] wIh;
	final double[][] wHh;
	final double[][] wHy;
	final double[] bIh;
	final double[] bHh;
	final double[] bHy;

	PlainLoopElman(ElmanNetwork net) {
		s = net.symbols();
		p = net.hidden();
		o = net.outputs();
		relu = net.activation() == ElmanNetwork.Activation.RELU;
		h0Ones = net.h0Ones();
		discontinuity = net.discontinuity();
		wIh = rows(net.wIh().data, p, s);
		wHh = rows(net.wHh().data, p, p);
		wHy = rows(net.wHy().data, o, p);
		bIh = net.bIh().data.clone();
		bHh = net.bHh().data.clone();
		bHy = net.bHy().data.clone();
	}

	private static double[][] rows(double[] flat, int r, int c) {
		double[][] m = new double[r][c];
		for (int i = 0; i < r; i++) {
			System.arraycopy(flat, i * c, m[i], 0, c);
		}
		return m;
	}

	/** One epoch: datasets in order, Fisher-Yates per dataset, batches, SGD on the summed per-string gradients. */
	void epoch(SequenceData data, ElmanTraining.LossKind loss, boolean mean, double lr, int batch,
			SplittableRandom shuffle) {
		for (int k = 0; k < data.datasets(); k++) {
			int n = data.size(k);
			int[] order = new int[n];
			for (int i = 0; i < n; i++) {
				order[i] = i;
			}
			for (int i = n - 1; i > 0; i--) {
				int j = shuffle.nextInt(i + 1);
				int swap = order[i];
				order[i] = order[j];
				order[j] = swap;
			}
			for (int from = 0; from < n; from += batch) {
				int count = Math.min(batch, n - from);
				Gradient g = new Gradient();
				double scale = !mean ? 1 : loss == ElmanTraining.LossKind.CROSS_ENTROPY ? 1.0 / count : 1.0 / (count * o);
				for (int b = 0; b < count; b++) {
					accumulate(data, k, order[from + b], loss, scale, g);
				}
				step(g, lr);
			}
		}
	}

	final class Gradient {
		final double[][] wIh = new double[p][s];
		final double[][] wHh = new double[p][p];
		final double[][] wHy = new double[o][p];
		final double[] b = new double[p];
		final double[] bHy = new double[o];
		double loss;
	}

	/** Forward and backward of one string; adds scale x its gradient to g, returns nothing. */
	void accumulate(SequenceData data, int k, int i, ElmanTraining.LossKind loss, double scale, Gradient g) {
		int length = data.length(k);
		double[][] h = new double[length + 1][p];
		double[][] a = new double[length + 1][p];
		for (int q = 0; q < p; q++) {
			h[0][q] = h0Ones ? 1 : 0;
		}
		for (int t = 1; t <= length; t++) {
			int x = data.symbol(k, i, t - 1);
			for (int q = 0; q < p; q++) {
				double sum = wIh[q][x] + bIh[q] + bHh[q];
				for (int r = 0; r < p; r++) {
					sum += wHh[q][r] * h[t - 1][r];
				}
				a[t][q] = sum;
				h[t][q] = relu ? Math.max(sum, 0) : Math.tanh(sum);
			}
		}
		double[] read = new double[p];
		for (int q = 0; q < p; q++) {
			double hq = h[length][q];
			read[q] = !discontinuity ? hq : hq > 0 ? hq + 1 : 0;
		}
		double[] y = new double[o];
		for (int j = 0; j < o; j++) {
			y[j] = bHy[j];
			for (int q = 0; q < p; q++) {
				y[j] += wHy[j][q] * read[q];
			}
		}
		int target = data.target(k, i);
		double[] dy = new double[o];
		if (loss == ElmanTraining.LossKind.CROSS_ENTROPY) {
			double z = 0;
			for (int j = 0; j < o; j++) {
				z += Math.exp(y[j]);
			}
			for (int j = 0; j < o; j++) {
				dy[j] = Math.exp(y[j]) / z - (j == target ? 1 : 0);
			}
			g.loss += scale * (Math.log(z) - y[target]);
		} else {
			double f = loss == ElmanTraining.LossKind.HALF_SQUARED_ERROR ? 1 : 2;
			for (int j = 0; j < o; j++) {
				double e = y[j] - (j == target ? 1 : 0);
				dy[j] = f * e;
				g.loss += scale * f / 2 * e * e;
			}
		}
		double[] dh = new double[p];
		for (int j = 0; j < o; j++) {
			double d = scale * dy[j];
			g.bHy[j] += d;
			for (int q = 0; q < p; q++) {
				g.wHy[j][q] += d * read[q];
				dh[q] += d * wHy[j][q];
			}
		}
		if (discontinuity) {
			for (int q = 0; q < p; q++) {
				if (h[length][q] < 0) {
					dh[q] = 0; // the authors' backward: zero where the input was negative
				}
			}
		}
		for (int t = length; t >= 1; t--) {
			int x = data.symbol(k, i, t - 1);
			double[] da = new double[p];
			for (int q = 0; q < p; q++) {
				da[q] = dh[q] * (relu ? (a[t][q] > 0 ? 1 : 0) : 1 - h[t][q] * h[t][q]);
				g.b[q] += da[q];
				g.wIh[q][x] += da[q];
				for (int r = 0; r < p; r++) {
					g.wHh[q][r] += da[q] * h[t - 1][r];
				}
			}
			double[] previous = new double[p];
			for (int r = 0; r < p; r++) {
				for (int q = 0; q < p; q++) {
					previous[r] += wHh[q][r] * da[q];
				}
			}
			dh = previous;
		}
	}

	void step(Gradient g, double lr) {
		for (int q = 0; q < p; q++) {
			for (int x = 0; x < s; x++) {
				wIh[q][x] -= lr * g.wIh[q][x];
			}
			for (int r = 0; r < p; r++) {
				wHh[q][r] -= lr * g.wHh[q][r];
			}
			bIh[q] -= lr * g.b[q];
			bHh[q] -= lr * g.b[q];
		}
		for (int j = 0; j < o; j++) {
			for (int q = 0; q < p; q++) {
				wHy[j][q] -= lr * g.wHy[j][q];
			}
			bHy[j] -= lr * g.bHy[j];
		}
	}

	/** ||plain - net|| / ||plain|| over all weights and biases. */
	double relativeDistance(ElmanNetwork net) {
		double[] diff = new double[2];
		add(diff, wIh, net.wIh().data);
		add(diff, wHh, net.wHh().data);
		add(diff, wHy, net.wHy().data);
		add(diff, new double[][] { bIh, bHh, bHy },
				concat(net.bIh().data, net.bHh().data, net.bHy().data));
		return Math.sqrt(diff[0] / diff[1]);
	}

	private static double[] concat(double[]... parts) {
		int n = 0;
		for (double[] part : parts) {
			n += part.length;
		}
		double[] all = new double[n];
		int at = 0;
		for (double[] part : parts) {
			System.arraycopy(part, 0, all, at, part.length);
			at += part.length;
		}
		return all;
	}

	private static void add(double[] diff, double[][] plain, double[] flat) {
		int at = 0;
		for (double[] row : plain) {
			for (double v : row) {
				double d = v - flat[at++];
				diff[0] += d * d;
				diff[1] += v * v;
			}
		}
	}
}
