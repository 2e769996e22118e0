package org.plateau.family.deeplinear.internal.numerics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.MatrixFeatures_DDRM;
import org.junit.jupiter.api.Test;
import org.plateau.core.testkit.Allocations;

/** The trainer: gradients, determinism, divergence, conventions, online SGD, observation and allocation. */
class GradientDescentTest {

	@Test
	void stepIsMinusEtaTimesTheFiniteDifferenceGradient() {
		for (LossConvention convention : LossConvention.values()) {
			Dataset data = Tasks.randomRegression(3, 2, 5, false, convention, 1);
			LinearNetwork net = Initialisations.smallGaussian(3, 4, 2, 3, 0.7, 2);
			LinearNetwork before = net.copy();
			double eta = 1e-3;
			GradientDescent.fullBatch(net, data, convention, eta).step();
			double h = 1e-6;
			for (int l = 1; l <= 3; l++) {
				DMatrixRMaj w = before.weight(l);
				for (int i = 0; i < w.getNumElements(); i++) {
					double saved = w.data[i];
					w.data[i] = saved + h;
					double plus = before.loss(data, convention);
					w.data[i] = saved - h;
					double minus = before.loss(data, convention);
					w.data[i] = saved;
					double gradient = (plus - minus) / (2 * h);
					double step = (net.weight(l).data[i] - saved) / eta;
					// central difference: O(h^2) truncation + O(eps/h) rounding ~ 1e-10; 1e-7 still catches any wrong term
					assertEquals(-gradient, step, 1e-7, convention + " W_" + l + "[" + i + "]");
				}
			}
		}
	}

	@Test
	void sameSeedsGiveBitIdenticalWeightsOtherSeedsDoNot() {
		Dataset data = Tasks.randomRegression(6, 4, 12, true, LossConvention.MEAN, 3);
		LinearNetwork a = trainOnline(data, 4, 5);
		LinearNetwork b = trainOnline(data, 4, 5);
		LinearNetwork c = trainOnline(data, 4, 6);
		for (int l = 1; l <= a.depth(); l++) {
			assertArrayEquals(a.weight(l).data, b.weight(l).data, "W_" + l + " bitwise");
		}
		assertFalse(Arrays.equals(a.weight(1).data, c.weight(1).data), "another sampling seed changes the weights");
		LinearNetwork d = Initialisations.smallGaussian(6, 5, 4, 3, 0.1, 4);
		LinearNetwork e = Initialisations.smallGaussian(6, 5, 4, 3, 0.1, 4);
		assertArrayEquals(d.weight(2).data, e.weight(2).data);
	}

	private static LinearNetwork trainOnline(Dataset data, long initSeed, long sampleSeed) {
		LinearNetwork net = Initialisations.smallGaussian(6, 5, 4, 3, 0.1, initSeed);
		GradientDescent.online(net, data, LossConvention.MEAN, 0.05, sampleSeed).steps(3000);
		return net;
	}

	@Test
	void tooLargeALearningRateIsReportedAsDivergenceWithItsStep() {
		Dataset toy = Tasks.fourItemToy();
		// near the solution the curvature of mode s is ~2s = 5.3, so eta = 1 is far beyond the stable 2/5.3
		LinearNetwork net = Initialisations.randomOrthogonal(4, 16, 7, 2, 1.0, 8);
		GradientDescent gd = GradientDescent.fullBatch(net, toy, LossConvention.SUM, 1.0);
		assertEquals(GradientDescent.Outcome.DIVERGED, gd.steps(1000));
		long at = gd.divergenceStep();
		System.out.println("divergence found at step " + at);
		assertTrue(at > 0 && at < 1000 && gd.diverged());
		assertTrue(!net.isFinite() || !Double.isFinite(net.loss(toy, LossConvention.SUM)), "non-finite state");
		assertFalse(gd.step(), "a diverged trainer takes no more steps");
		assertEquals(at, gd.stepCount());

		// the same network with a stable rate converges: the check above is not always true
		LinearNetwork stable = Initialisations.randomOrthogonal(4, 16, 7, 2, 1.0, 8);
		GradientDescent ok = GradientDescent.fullBatch(stable, toy, LossConvention.SUM, 0.05);
		assertEquals(GradientDescent.Outcome.COMPLETED, ok.steps(1000));
		assertTrue(ok.loss() < 1e-6 && ok.divergenceStep() == -1);
	}

	@Test
	void sumAndMeanConventionsOnTheSameWhitenedTaskTrainIdentically() {
		double[] s = { 2, 1, 0.5 };
		for (boolean online : new boolean[] { false, true }) {
			LinearNetwork[] nets = new LinearNetwork[2];
			double[] losses = new double[2];
			for (LossConvention convention : LossConvention.values()) {
				Dataset task = Tasks.spectrum(6, 6, s, convention, 5);
				LinearNetwork net = Initialisations.smallGaussian(6, 8, 6, 3, 0.1, 6);
				GradientDescent gd = online ? GradientDescent.online(net, task, convention, 0.02, 7)
						: GradientDescent.fullBatch(net, task, convention, 0.05);
				gd.steps(2000);
				nets[convention.ordinal()] = net;
				losses[convention.ordinal()] = gd.loss();
			}
			// identical in exact arithmetic (X = sqrt(P) I vs I); only rounding of the sqrt(P) factors differs
			for (int l = 1; l <= 3; l++) {
				assertTrue(MatrixFeatures_DDRM.isIdentical(nets[0].weight(l), nets[1].weight(l), 1e-12),
						"W_" + l + (online ? " online" : " full batch"));
			}
			assertEquals(losses[0], losses[1], 1e-12 * Math.max(1, losses[0]));
		}
	}

	@Test
	void onlineSgdDecreasesTheLoss() {
		Dataset data = Tasks.spectrum(8, 8, new double[] { 2, 1.5, 1, 0.5 }, LossConvention.MEAN, 9);
		LinearNetwork net = Initialisations.smallGaussian(8, 16, 8, 2, 0.1, 10);
		GradientDescent gd = GradientDescent.online(net, data, LossConvention.MEAN, 0.01, 11);
		assertTrue(gd.isOnline());
		List<Double> losses = new ArrayList<>();
		gd.run(2000, 200, t -> losses.add(t.loss()));
		System.out.println("online SGD loss every 200 steps: " + losses);
		for (int k = 1; k < losses.size(); k++) {
			assertTrue(losses.get(k) < losses.get(k - 1), "loss decreases between checkpoints " + (k - 1) + " and " + k);
		}
		// realizable target: SGD noise vanishes at the optimum, so the loss keeps falling (t/tau = 20)
		assertTrue(losses.get(losses.size() - 1) < 1e-4 * losses.get(0));
		// the same loss: LinearNetwork's EJML products and the trainer's dense kernels differ by rounding only
		assertEquals(net.loss(data, LossConvention.MEAN), gd.loss(), 1e-12 * gd.loss());
	}

	@Test
	void runObservesAtStartAndEveryIntervalAndStopsWhenAsked() {
		Dataset toy = Tasks.fourItemToy();
		LinearNetwork net = Initialisations.smallGaussian(4, 8, 7, 2, 0.1, 12);
		GradientDescent gd = GradientDescent.fullBatch(net, toy, LossConvention.SUM, 0.01);
		List<Long> seen = new ArrayList<>();
		GradientDescent.Outcome outcome = gd.run(1000, 10, t -> {
			seen.add(t.stepCount());
			// the trainer's cached loss is the network's loss
			assertEquals(t.network().loss(toy, LossConvention.SUM), t.loss(), 0);
			return t.stepCount() < 50;
		});
		assertEquals(GradientDescent.Outcome.CANCELLED, outcome);
		assertEquals(List.of(0L, 10L, 20L, 30L, 40L, 50L), seen);
		assertEquals(50, gd.stepCount());
		assertEquals(0.5, gd.time(), 1e-15);
		assertEquals(GradientDescent.Outcome.COMPLETED, gd.run(25, 10, t -> true));
		assertEquals(75, gd.stepCount());
	}

	@Test
	void theStepLoopAllocatesNothing() throws ReflectiveOperationException {
		Dataset tree = Tasks.binaryTree();
		GradientDescent full = GradientDescent.fullBatch(Initialisations.smallGaussian(8, 32, 15, 3, 0.1, 13), tree,
				LossConvention.SUM, 0.01);
		GradientDescent online = GradientDescent.online(Initialisations.smallGaussian(8, 32, 15, 3, 0.1, 13), tree,
				LossConvention.SUM, 0.001, 14);
		for (GradientDescent gd : List.of(full, online)) {
			gd.loss(); // allocates the online trainer's full-data buffers once
			gd.steps(20_000); // let the JIT compile the loop
			long allocated = Allocations.allocatedBytes(() -> {
				for (int k = 0; k < 10; k++) {
					gd.steps(500);
					gd.loss();
				}
			});
			// one allocated object per step would be >= 16 B * 5000 = 80 kB; 1 kB leaves room for the probe itself
			assertTrue(allocated < 1024, (gd.isOnline() ? "online" : "full batch") + " allocated " + allocated + " bytes");
			assertFalse(gd.diverged());
		}
	}
}
