package org.plateau.family.rnn.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.plateau.core.testkit.Allocations;
import org.plateau.family.rnn.automata.Automaton;
import org.plateau.family.rnn.internal.ElmanNetwork.Activation;
import org.plateau.family.rnn.internal.ElmanTraining.LossKind;
import org.plateau.kernels.DenseKernels;

/**
 * The BPTT of {@link ElmanTraining}: its gradient against central finite differences of its own loss, its epochs
 * against the independent per-string loop {@link PlainLoopElman}, reproducibility from the seed and an epoch that
 * allocates nothing.
 */
class ElmanTrainingTest {

	private static ElmanNetwork network(int symbols, int hidden, int outputs, Activation activation, boolean h0Ones,
			boolean discontinuity, double gain, long seed) {
		ElmanNetwork net = new ElmanNetwork(symbols, hidden, outputs, activation, h0Ones, discontinuity);
		net.initialiseXavier(gain, new SplittableRandom(seed));
		// nonzero biases, so that their gradients and the read-out bias are exercised too
		SplittableRandom random = new SplittableRandom(seed + 100);
		for (DMatrixRMaj b : new DMatrixRMaj[] { net.bIh(), net.bHh(), net.bHy() }) {
			for (int i = 0; i < b.getNumElements(); i++) {
				b.data[i] = 0.2 * ElmanNetwork.standardNormal(random);
			}
		}
		return net;
	}

	@Test
	void bpttGradientMatchesCentralDifferences() {
		// counting ones mod 3: S = 2, O = 3; a batch of 5 of the 8 strings of length 3 (shared prefixes, short batch)
		SequenceData data = SequenceData.allStrings(Automaton.countingModulo(3), 3, 1.0, null);
		int k = 2;
		int[] order = { 6, 1, 3, 7, 2, 0, 4, 5 };
		int checked = 0;
		for (Activation activation : Activation.values()) {
			for (LossKind loss : LossKind.values()) {
				for (boolean h0Ones : new boolean[] { true, false }) {
					for (boolean discontinuity : new boolean[] { false, true }) {
						for (boolean mean : new boolean[] { true, false }) {
							String label = activation + " " + loss + (h0Ones ? " h0=1" : " h0=0")
									+ (discontinuity ? " discontinuity" : "") + (mean ? " mean" : " sum");
							ElmanNetwork net = network(2, 4, 3, activation, h0Ones, discontinuity, 1.0, 7);
							ElmanTraining training = new ElmanTraining(net, data, loss, mean, 0.1, 5,
									new SplittableRandom(1), DenseKernels.standard());
							training.gradient(k, order, 1, 5);
							double[] analytic = flatten(training);
							DMatrixRMaj[] weights = { net.wIh(), net.wHh(), net.wHy(), net.bIh(), net.bHh(), net.bHy() };
							int at = 0;
							for (DMatrixRMaj w : weights) {
								for (int i = 0; i < w.getNumElements(); i++) {
									double saved = w.data[i];
									double h = 1e-6;
									w.data[i] = saved + h;
									double up = training.gradient(k, order, 1, 5);
									w.data[i] = saved - h;
									double down = training.gradient(k, order, 1, 5);
									w.data[i] = saved;
									double numeric = (up - down) / (2 * h);
									// central differences: O(h^2) truncation, O(1e-16 / h) rounding, ~1e-9 together
									assertEquals(numeric, analytic[at], 1e-7 * (1 + Math.abs(numeric)),
											label + ": parameter " + at);
									at++;
									checked++;
								}
							}
						}
					}
				}
			}
		}
		assertEquals(48 * (8 + 16 + 12 + 4 + 4 + 3), checked);
	}

	/** The gradient fields in the order W_ih, W_hh, W_hy, b_ih, b_hh (= b_ih's), b_hy, all row-major. */
	private static double[] flatten(ElmanTraining training) {
		int p = training.network().hidden();
		int s = training.network().symbols();
		int o = training.network().outputs();
		double[] all = new double[p * s + p * p + o * p + 2 * p + o];
		int at = 0;
		System.arraycopy(training.gradientIh, 0, all, at, p * s);
		at += p * s;
		System.arraycopy(training.gradientHh.data, 0, all, at, p * p);
		at += p * p;
		System.arraycopy(training.gradientHy, 0, all, at, o * p);
		at += o * p;
		System.arraycopy(training.gradientB, 0, all, at, p);
		at += p;
		System.arraycopy(training.gradientB, 0, all, at, p);
		at += p;
		System.arraycopy(training.gradientBy, 0, all, at, o);
		return all;
	}

	@Test
	void discontinuityReadoutIsItsDefinition() {
		// f(x) = 0 for x < 0, x + 1 for x > 0 (App. D.9; the authors' Discontinuity: 0 also at x = 0)
		ElmanNetwork net = new ElmanNetwork(2, 3, 1, Activation.TANH, true, true);
		net.wHy().data[0] = 1;
		net.wHy().data[1] = 10;
		net.wHy().data[2] = 100;
		net.bHy().data[0] = 0.5;
		double[] y = new double[1];
		net.readout(new double[] { -0.5, 0.0, 0.3 }, 1, y);
		assertEquals(0.5 + 0 + 0 + 100 * 1.3, y[0], 1e-12);
		ElmanNetwork linear = new ElmanNetwork(2, 3, 1, Activation.TANH, true, false);
		linear.wHy().setTo(net.wHy());
		linear.bHy().setTo(net.bHy());
		linear.readout(new double[] { -0.5, 0.0, 0.3 }, 1, y);
		assertEquals(0.5 - 0.5 + 0 + 30, y[0], 1e-12);
	}

	@Test
	void epochsEqualThePlainPerStringLoop() {
		record Case(Automaton task, int maxLength, int hidden, Activation activation, boolean h0Ones,
				boolean discontinuity, LossKind loss, boolean mean, double gain, double lr, int batch) {
		}
		Case[] cases = {
				// the paper's loss and conventions at a livelier gain, batches that cut L = 6, 7, 8 into 2..8 parts
				new Case(Automaton.streamingParity(), 8, 24, Activation.RELU, true, false, LossKind.SQUARED_ERROR, true,
						1.0, 0.05, 32),
				new Case(Automaton.countingModulo(3), 6, 16, Activation.TANH, false, true, LossKind.CROSS_ENTROPY, false,
						0.8, 0.01, 20),
				new Case(Automaton.streamingParity(), 5, 12, Activation.RELU, false, true, LossKind.HALF_SQUARED_ERROR,
						false, 1.2, 0.02, 7) };
		for (Case c : cases) {
			SequenceData data = SequenceData.allStrings(c.task(), c.maxLength(), 1.0, null);
			ElmanNetwork net = network(2, c.hidden(), c.task().outputs(), c.activation(), c.h0Ones(), c.discontinuity(),
					c.gain(), 3);
			PlainLoopElman plain = new PlainLoopElman(net);
			ElmanTraining training = new ElmanTraining(net, data, c.loss(), c.mean(), c.lr(), c.batch(),
					new SplittableRandom(11), DenseKernels.standard());
			SplittableRandom plainShuffle = new SplittableRandom(11);
			double moved = 0;
			PlainLoopElman start = new PlainLoopElman(net);
			for (int epoch = 0; epoch < 4; epoch++) {
				assertTrue(training.epoch());
				plain.epoch(data, c.loss(), c.mean(), c.lr(), c.batch(), plainShuffle);
			}
			moved = start.relativeDistance(net);
			// summation order differs (shared prefixes, BLAS): rounding only
			double distance = plain.relativeDistance(net);
			assertTrue(distance < 1e-12, c + ": relative distance " + distance);
			// the weights moved, so the comparison means something
			assertTrue(moved > 1e-3, c + ": the weights moved only " + moved);
		}
	}

	@Test
	void bitReproducibleFromTheSeed() {
		SequenceData data = SequenceData.allStrings(Automaton.streamingParity(), 7, 1.0, null);
		double[][] first = run(data, 5);
		double[][] again = run(data, 5);
		double[][] other = run(data, 6);
		for (int i = 0; i < first.length; i++) {
			assertArrayEquals(first[i], again[i], "same seed, weight " + i);
		}
		assertFalse(Arrays.equals(first[1], other[1]), "another seed gives other weights");
	}

	private static double[][] run(SequenceData data, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		ElmanNetwork net = new ElmanNetwork(2, 20, 2, Activation.RELU, true, false);
		net.initialiseXavier(0.5, random);
		ElmanTraining training = new ElmanTraining(net, data, LossKind.SQUARED_ERROR, true, 0.05, 16, random,
				DenseKernels.standard());
		for (int e = 0; e < 3; e++) {
			training.epoch();
		}
		return new double[][] { net.wIh().data, net.wHh().data, net.wHy().data, net.bIh().data, net.bHh().data,
				net.bHy().data };
	}

	@Test
	void anEpochAllocatesNothing() throws ReflectiveOperationException {
		// the paper configuration: P = 100, L = 1..10, batch 128
		SequenceData data = SequenceData.allStrings(Automaton.streamingParity(), 10, 1.0, null);
		SplittableRandom random = new SplittableRandom(0);
		ElmanNetwork net = new ElmanNetwork(2, 100, 2, Activation.RELU, true, false);
		net.initialiseXavier(0.1, random);
		ElmanTraining training = new ElmanTraining(net, data, LossKind.SQUARED_ERROR, true, 0.02, 128, random,
				DenseKernels.standard());
		assertEquals(21, training.stepsPerEpoch());
		for (int e = 0; e < 30; e++) {
			training.epoch(); // let the JIT compile the loops
		}
		Allocations.allocatedBytes(() -> training.epoch()); // loads the probe's classes
		long allocated = Allocations.allocatedBytes(() -> {
			for (int e = 0; e < 5; e++) {
				training.epoch();
			}
		});
		// one object per step would be >= 16 B * 105 steps; 256 B leaves room for the probe itself
		assertTrue(allocated < 256, "5 epochs allocated " + allocated + " bytes");
	}
}
