package org.plateau.family.gated.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.plateau.core.family.SimulationOutcome;
import org.plateau.core.registry.FamilyRegistry;
import org.plateau.core.run.ExperimentRunner;
import org.plateau.core.run.RunResult;
import org.plateau.model.Experiment;
import org.plateau.model.Sweep;
import org.plateau.model.SweepAxis;
import org.plateau.model.util.PlateauResources;

/**
 * Issue 14's routing lag (docs/finite-size.md): in routing-decoupled the simulated drops come 2-5 epochs after the
 * theory's. The theory is the gradient flow of the race reduction (Saxe, Sodhani &amp; Lewallen 2022, spec 2(d), tau =
 * 1/lr); gradient descent is its Euler discretisation, which lags by a nearly fixed number of epochs per drop, so in
 * units of tau the lag falls in proportion to the learning rate. Each drop's time is the half-way time of its mode
 * strength a_k = b1 b2 b3 (first crossing of the midpoint of its first and last records); the flow's is computed here
 * from the spec's quadrature t = int dx / (c K (x^2 + c0)(s - x (x^2 + c0)/M)), independently of the family's
 * theories.
 */
class FiniteSizeRoutingLagTest {

	/** Spec 2(b,c): M = 7 domains, K = 4 trained pathways per input, b0 = 0.08, c = lr * 2/(P No) = lr/14. */
	private static final int M = 7;
	private static final int K = 4;
	private static final double B0 = 0.08;
	/** The singular values of the 7 x 4 feature map (spec 2(d)); a3 and a4 are the double 3. */
	private static final double[] S = { 13.601470508735444, 6.4031242374328485, 3 };

	private final ExperimentRunner runner = new ExperimentRunner(FamilyRegistry.of(new GatedFamily()));

	/** Spec 2(d): a = b1 b2 b3 = b2 (b2^2 + c0)/M on the conserved manifold, c0 = (M - 1) b0^2. */
	private static double strength(double b2) {
		return b2 * (b2 * b2 + (M - 1) * B0 * B0) / M;
	}

	/**
	 * The gradient flow's time, in units of tau = 1/lr, for the strength of mode s to reach a: Simpson's rule on the
	 * spec's quadrature with c = 1/14 (the integrand is smooth on [b0, b2(a)] for a &lt; s).
	 */
	static double flowTime(double s, double a) {
		double low = B0;
		double high = Math.cbrt(M * s);
		for (int i = 0; i < 200; i++) {
			double mid = 0.5 * (low + high);
			if (strength(mid) < a) {
				low = mid;
			} else {
				high = mid;
			}
		}
		double target = 0.5 * (low + high);
		int intervals = 200_000;
		double h = (target - B0) / intervals;
		double sum = 0;
		for (int i = 0; i <= intervals; i++) {
			double x = B0 + i * h;
			double c0 = (M - 1) * B0 * B0;
			// spec 2(d): db2/dt = c K (b2^2 + c0)(s - b2 (b2^2 + c0)/M)
			double f = 1 / (K / 14.0 * (x * x + c0) * (s - strength(x)));
			sum += (i == 0 || i == intervals ? 1 : i % 2 == 1 ? 4 : 2) * f;
		}
		return sum * h / 3;
	}

	/** The first crossing of the midpoint of the first and last values, interpolated linearly (in records). */
	private static double halfWay(long[] steps, double[] a) {
		double mid = 0.5 * (a[0] + a[a.length - 1]);
		for (int i = 1; i < a.length; i++) {
			if (a[i] >= mid) {
				return steps[i - 1] + (mid - a[i - 1]) / (a[i] - a[i - 1]) * (steps[i] - steps[i - 1]);
			}
		}
		throw new AssertionError("never half-way");
	}

	@Test
	void quadratureMatchesTheSpec() {
		// spec C2.1: epochs for b2 to reach 2.0 at lr 0.02 are 71.55 / 152.72 / 329.84 (s = 13.60 / 6.40 / 3)
		double[] epochs = { 71.55, 152.72, 329.84 };
		for (int k = 0; k < 3; k++) {
			assertEquals(epochs[k], flowTime(S[k], strength(2.0)) / 0.02, 0.01, "s = " + S[k]);
		}
	}

	@Test
	void theDropsConvergeToTheGradientFlowInProportionToTheLearningRate() throws Exception {
		double[] rates = { 0.02, 0.01, 0.005 };
		double[][] lag = new double[3][rates.length];
		for (int j = 0; j < rates.length; j++) {
			Experiment experiment = Examples.load("routing-decoupled.plateau");
			double eta = rates[j];
			experiment.getTraining().setLearningRate(eta);
			experiment.getTraining().setSteps(Math.round(10 / eta)); // 10 tau, the 500 epochs of the example
			experiment.getTraining().getSnapshotSteps().clear();
			RunResult result = runner.run(experiment, new NullProgressMonitor());
			assertEquals(SimulationOutcome.Status.COMPLETED, result.outcome().status(), result.outcome().message());
			long[] steps = result.simulation().steps();
			for (int k = 0; k < 3; k++) {
				double[] a = result.simulation().column("a" + (k + 1));
				double flow = flowTime(S[k], 0.5 * (a[0] + a[a.length - 1]));
				lag[k][j] = eta * halfWay(steps, a) - flow;
			}
		}
		// measured (flow times 75.289, 158.470, 334.197 epochs at lr 0.02): lags of 2.715, 2.486, 2.241 epochs
		// (s = 13.60, 6.40, 3) at lr 0.02; 2.722, 2.491, 2.245 at 0.01; 2.740, 2.496, 2.247 at 0.005. In tau 0.054,
		// 0.050, 0.045 at lr 0.02, each halving of lr halving it (ratios 0.501 to 0.503). Deterministic: tight bands
		for (int k = 0; k < 3; k++) {
			for (int j = 0; j < rates.length; j++) {
				double epochs = lag[k][j] / rates[j];
				assertTrue(epochs > 2 && epochs < 3, "s = " + S[k] + ", lr " + rates[j] + ": lag " + epochs
						+ " epochs");
				if (j > 0) {
					assertTrue(lag[k][j] < lag[k][j - 1], "s = " + S[k] + ": the lag in tau falls with lr: "
							+ lag[k][j - 1] + " then " + lag[k][j]);
					assertEquals(0.5, lag[k][j] / lag[k][j - 1], 0.02, "s = " + S[k] + ": halving lr halves the lag");
				}
			}
		}
	}

	@Test
	void theBundledSweepKeepsTheTimeFixed() throws Exception {
		Sweep sweep = PlateauResources.loadSweep(new GatedFamily().exampleSweeps().stream()
				.filter(e -> e.fileName().equals("routing-learning-rate.sweep")).findFirst()
				.orElseThrow(() -> new AssertionError("no example sweep routing-learning-rate.sweep")).location());
		List<String> rates = axis(sweep, "training.learningRate").getValues();
		List<String> steps = axis(sweep, "training.steps").getValues();
		assertEquals(rates.size(), steps.size());
		assertTrue(rates.size() >= 3, "at least three learning rates");
		for (int i = 0; i < rates.size(); i++) {
			assertEquals(10, Double.parseDouble(rates.get(i)) * Long.parseLong(steps.get(i)), 1e-9, "lr x epochs");
		}
	}

	private static SweepAxis axis(Sweep sweep, String path) {
		return sweep.getAxes().stream().filter(a -> a.getFeaturePath().equals(path)).findFirst()
				.orElseThrow(() -> new AssertionError("no axis " + path));
	}
}
