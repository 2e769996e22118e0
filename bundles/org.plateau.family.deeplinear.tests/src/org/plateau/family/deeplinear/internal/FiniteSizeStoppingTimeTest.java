package org.plateau.family.deeplinear.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.plateau.core.family.SimulationOutcome;
import org.plateau.core.registry.FamilyRegistry;
import org.plateau.core.run.ExperimentRunner;
import org.plateau.core.run.RunResult;
import org.plateau.core.sweep.RunStatistics;
import org.plateau.family.deeplinear.internal.numerics.EigenbasisFlow;
import org.plateau.family.deeplinear.internal.numerics.TeacherStudentData;
import org.plateau.family.deeplinear.internal.numerics.TeacherStudentTheory;
import org.plateau.family.deeplinear.model.TeacherStudentTask;
import org.plateau.model.Experiment;

/**
 * Issue 14's finite-size gaps of the generalization examples (Advani &amp; Saxe 2017, spec 1.4(d); docs/finite-size.md):
 * the theory is gradient flow at N -&gt; infinity, the workbench runs gradient descent at N = 400.
 * <ul>
 * <li>t* of one fixed draw, trained by the family's gradient descent at decreasing eta (tau = 1/eta), converges to
 * the gradient-flow t* of the same draw computed here from the eigendecomposition of X X^T, the lag falling in
 * proportion to eta;</li>
 * <li>the theory's t* (2.0022 at alpha = 2, 1.5020 at alpha = 3) and E_g(200 tau) at alpha = 1 (2.4918) against
 * scipy (releng/finite-size/tstar_numpy.py, eg_alpha1_numpy.py), and the upward bias of the time of the least value
 * read on records 0.5 tau apart (the 2.08 and 1.63);</li>
 * <li>at alpha = 1 the mean of E_g(200 tau) over many draws agrees with the theory at every N, to 0.3% at N = 50: the
 * issue's gap (2.30 +- 0.03 over three seeds) is the scatter of single draws, whose standard deviation is 0.3-1.</li>
 * </ul>
 */
class FiniteSizeStoppingTimeTest {

	private static final int N = 400;
	private static final double SIGMA_W2 = 1;
	private static final double SIGMA_EPS2 = 0.25;

	private final ExperimentRunner runner = new ExperimentRunner(FamilyRegistry.of(new DeepLinearFamily()));

	/** generalization-alpha-1 at P samples, learning rate eta, for t = eta steps tau, records every k steps. */
	private static Experiment experiment(int samples, double eta, long steps, int recordInterval, long seed)
			throws Exception {
		Experiment experiment = Examples.load("generalization-alpha-1.plateau");
		((TeacherStudentTask) experiment.getTask()).setSamples(samples);
		experiment.getTraining().setLearningRate(eta);
		experiment.getTraining().setSteps(steps);
		experiment.getTraining().setRecordInterval(recordInterval);
		experiment.setSeed(seed);
		return experiment;
	}

	private RunResult run(Experiment experiment) throws Exception {
		RunResult result = runner.run(experiment, new NullProgressMonitor());
		assertEquals(SimulationOutcome.Status.COMPLETED, result.outcome().status(), result.outcome().message());
		return result;
	}

	/**
	 * One draw in the eigenbasis of X X^T (spec 1.4(c)): l_k, c_k = (v_k . X y) / l_k (the mode's fixed point) and
	 * wbar_k = v_k . w_bar; from w(0) = 0 gradient flow gives w_k(t) = c_k (1 - e^{-l_k t}) and gradient descent on
	 * the SUM loss w_k(step) = c_k (1 - (1 - eta l_k)^step).
	 */
	private record Modes(double[] l, double[] c, double[] teacher) {

		static Modes of(TeacherStudentData data) {
			DMatrixRMaj x = data.dataset().inputs();
			DMatrixRMaj y = data.dataset().targets();
			DMatrixRMaj gram = new DMatrixRMaj(x.numRows, x.numRows);
			CommonOps_DDRM.multTransB(x, x, gram);
			DMatrixRMaj xy = new DMatrixRMaj(x.numRows, 1);
			CommonOps_DDRM.multTransB(x, y, xy);
			EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(x.numRows, true, true);
			assertTrue(eig.decompose(gram), "eigendecomposition of X X^T");
			int n = x.numRows;
			double[] l = new double[n];
			double[] c = new double[n];
			double[] teacher = new double[n];
			for (int k = 0; k < n; k++) {
				DMatrixRMaj v = eig.getEigenVector(k);
				l[k] = eig.getEigenvalue(k).getReal();
				double vxy = 0;
				double vw = 0;
				for (int i = 0; i < n; i++) {
					vxy += v.data[i] * xy.data[i];
					vw += v.data[i] * data.teacher().data[i];
				}
				c[k] = vxy / l[k];
				teacher[k] = vw;
			}
			return new Modes(l, c, teacher);
		}

		/** E_g = ||w - w_bar||^2 / N + sigma_eps^2 under gradient flow at t/tau. */
		double flow(double t) {
			double sum = 0;
			for (int k = 0; k < l.length; k++) {
				double e = c[k] * -Math.expm1(-l[k] * t) - teacher[k];
				sum += e * e;
			}
			return sum / l.length + SIGMA_EPS2;
		}

		/** E_g after some steps of gradient descent at learning rate eta. */
		double descent(double eta, long steps) {
			double sum = 0;
			for (int k = 0; k < l.length; k++) {
				double e = c[k] * (1 - Math.pow(1 - eta * l[k], steps)) - teacher[k];
				sum += e * e;
			}
			return sum / l.length + SIGMA_EPS2;
		}

		/** argmin_t of the flow's E_g: a grid of 0.01 tau over [0.1, 10], then golden section to 1e-9. */
		double flowStoppingTime() {
			double best = 0.1;
			for (double t = 0.1; t <= 10; t += 0.01) {
				best = flow(t) < flow(best) ? t : best;
			}
			double low = best - 0.01;
			double high = best + 0.01;
			double ratio = (Math.sqrt(5) - 1) / 2;
			while (high - low > 1e-9) {
				double a = high - ratio * (high - low);
				double b = low + ratio * (high - low);
				if (flow(a) <= flow(b)) {
					high = b;
				} else {
					low = a;
				}
			}
			return 0.5 * (low + high);
		}
	}

	/** The step of the least recorded value, refined by the vertex of the parabola through it and its neighbours. */
	private static double refinedArgmin(long[] steps, double[] values) {
		int i = 0;
		for (int k = 1; k < values.length; k++) {
			i = values[k] < values[i] ? k : i;
		}
		assertTrue(i > 0 && i < values.length - 1, "a minimum inside the run");
		double x0 = steps[i - 1], x1 = steps[i], x2 = steps[i + 1];
		double y0 = values[i - 1], y1 = values[i], y2 = values[i + 1];
		double numerator = (x1 - x0) * (x1 - x0) * (y1 - y2) - (x1 - x2) * (x1 - x2) * (y1 - y0);
		double denominator = (x1 - x0) * (y1 - y2) - (x1 - x2) * (y1 - y0);
		return x1 - 0.5 * numerator / denominator;
	}

	@Test
	void stoppingTimeOfOneDrawConvergesToItsGradientFlowInProportionToEta() throws Exception {
		long seed = 1;
		double[] etas = { 0.05, 0.02, 0.01, 0.005 };
		// the draw the family makes for this seed (DeepLinearSetup: the data seed is the first of the seed's
		// SplittableRandom); that it is the one trained is checked against the run's E_g below
		TeacherStudentData data = TeacherStudentData.draw(N, 2 * N, SIGMA_W2, SIGMA_EPS2,
				new SplittableRandom(seed).nextLong());
		Modes modes = Modes.of(data);
		double flowStar = modes.flowStoppingTime();
		double[] lag = new double[etas.length];
		for (int j = 0; j < etas.length; j++) {
			double eta = etas[j];
			long steps = Math.round(6 / eta);
			RunResult result = run(experiment(2 * N, eta, steps, 1, seed));
			double[] eg = result.simulation().column(DeepLinearSetup.GENERALIZATION_ERROR);
			long[] recorded = result.simulation().steps();
			// the family's gradient descent is the eigenbasis recursion of this draw (measured 1e-13 relative)
			for (int i : new int[] { 0, eg.length / 3, eg.length - 1 }) {
				assertEquals(modes.descent(eta, recorded[i]), eg[i], 1e-9 * eg[i], "eta " + eta + ", step " + recorded[i]);
			}
			lag[j] = flowStar - eta * refinedArgmin(recorded, eg);
		}
		// measured for seed 1 (P = 800): t*_flow = 1.65816; lag = t*_flow - t*_GD = 0.02428, 0.00991, 0.00497,
		// 0.00249 tau at these eta, lag / eta = 0.486, 0.495, 0.497, 0.498 (the first-order error of Euler steps;
		// eta l+ = 0.29 at eta = 0.05). The draw is fixed, so the band is tight: 0.49 +- 0.03. Over the 16 draws of
		// generalization-stopping-time-eta lag / eta is 0.43 on average (numpy: 0.39 over its own draws)
		for (int j = 0; j < etas.length; j++) {
			assertTrue(lag[j] > 0, "gradient descent stops before the flow at eta " + etas[j] + ": " + lag[j]);
			assertEquals(0.49, lag[j] / etas[j], 0.03, "lag / eta at eta " + etas[j] + " (lag " + lag[j] + ")");
			if (j > 0) {
				assertTrue(lag[j] < lag[j - 1], "the lag falls with eta: " + lag[j - 1] + " then " + lag[j]);
			}
		}
		assertTrue(lag[etas.length - 1] < 0.003, "at eta = 0.005 within 0.003 tau of the flow");
	}

	@Test
	void theoryMatchesScipyAndCoarseRecordsBiasTheTimeOfTheMinimum() throws Exception {
		// scipy quad with l = u^2 and bounded minimisation (releng/finite-size/tstar_numpy.py, eg_alpha1_numpy.py):
		// t* = 2.002185 (alpha = 2), 1.501963 (alpha = 3); E_g(200 tau) = 2.4917670 at alpha = 1
		double[] two = new TeacherStudentTheory(2, SIGMA_W2, SIGMA_EPS2, 0).optimalStopping();
		double[] three = new TeacherStudentTheory(3, SIGMA_W2, SIGMA_EPS2, 0).optimalStopping();
		assertEquals(2.002185, two[0], 1e-5);
		assertEquals(0.4321615, two[1], 1e-7);
		assertEquals(1.501963, three[0], 1e-5);
		assertEquals(0.3595326, three[1], 1e-7);
		assertEquals(2.4917670, new TeacherStudentTheory(1, SIGMA_W2, SIGMA_EPS2, 0).generalizationError(200), 1e-6);
		// the sweep's summary reads argmin on the records: 10 steps apart at eta = 0.05 (0.5 tau, generalization-alpha)
		// the parabola through three records of an asymmetric minimum lands late: 2.0817 and 1.6346 (scipy on the
		// same grid), the 2.08 and 1.63; one step apart (0.05 tau) 2.0030 and 1.5034
		double[][] expected = { { 2.0817, 2.0030 }, { 1.6346, 1.5034 } };
		int[] samples = { 2 * N, 3 * N };
		int[] intervals = { 10, 1 };
		for (int a = 0; a < 2; a++) {
			for (int r = 0; r < 2; r++) {
				RunResult result = run(experiment(samples[a], 0.05, 120, intervals[r], 1));
				Map<String, Double> statistics = RunStatistics.of(result, List.of());
				double argmin = statistics.get(RunStatistics.column(DeepLinearSetup.GENERALIZATION_ERROR,
						RunStatistics.Statistic.ARGMIN, result.theory().get(0).prediction().id()));
				assertEquals(expected[a][r], argmin, 1e-3, "theory's argmin at P = " + samples[a] + ", every "
						+ intervals[r] + " steps");
			}
		}
	}

	/** Mean, standard deviation and standard error of E_g(200 tau) over draws seed0 .. seed0 + draws - 1 at alpha = 1. */
	private static double[] alphaOneDraws(int n, int draws, long seed0) {
		double[] eg = IntStream.range(0, draws).parallel().mapToDouble(k -> EigenbasisFlow.generalizationErrors(n, 1,
				SIGMA_W2, SIGMA_EPS2, 0, new double[] { 200 }, new Random(seed0 + k))[0]).toArray();
		double mean = 0;
		for (double e : eg) {
			mean += e / draws;
		}
		double squares = 0;
		for (double e : eg) {
			squares += (e - mean) * (e - mean);
		}
		double sd = Math.sqrt(squares / (draws - 1));
		return new double[] { mean, sd, sd / Math.sqrt(draws) };
	}

	@Test
	void atAlphaOneTheMeanOverDrawsMatchesTheTheoryAtEveryN() {
		double theory = new TeacherStudentTheory(1, SIGMA_W2, SIGMA_EPS2, 0).generalizationError(200);
		// numpy (eg_alpha1_many_draws.py): at N = 50 the mean over 40000 draws is 2.4900 +- 0.0050 against 2.4918:
		// no finite-size gap even at N = 50, where one draw scatters by sd 1.0. Here 20000 draws: measured 2.4931 +-
		// 0.0072 (sd 1.012)
		double[] small = alphaOneDraws(50, 20_000, 1000);
		assertEquals(theory, small[0], 3 * small[2], "N = 50: mean over 20000 draws, s.e. " + small[2]);
		assertTrue(small[2] < 0.01, "resolved to 0.4%: " + small[2]);
		// numpy: 2.4873 +- 0.0057, 2.4941 +- 0.0065, 2.4791 +- 0.0080 at N = 100, 200, 400 (16000, 6000, 2000 draws),
		// one draw's sd 0.72, 0.51, 0.36. The distribution is skewed (median below mean), so few draws mislead: 48
		// draws here gave 2.25 +- 0.10 at N = 100 (2.6 s.e. low), 200 draws 2.558 +- 0.027 at N = 400 (2.5 s.e.
		// high). Measured with the draws below: 2.4868 +- 0.0112 (N = 100), 2.4982 +- 0.0158 (N = 200); at N = 400
		// only the scatter is checked (sd 0.378 over 200 draws)
		int[] sizes = { 100, 200, 400 };
		int[] draws = { 4000, 1000, 100 };
		for (int i = 0; i < sizes.length; i++) {
			int n = sizes[i];
			double[] stats = alphaOneDraws(n, draws[i], 1000);
			if (n <= 200) {
				assertEquals(theory, stats[0], 3 * stats[2], "N = " + n + ": mean over " + draws[i] + " draws, sd "
						+ stats[1]);
			}
			// so three draws have a standard error of ~0.2 at N = 400: the 2.30 +- 0.03 (the workbench's
			// seeds 1-3: 2.240, 2.314, 2.351, all below the mean) is their scatter, not a gap
			assertTrue(stats[1] > 0.25, "N = " + n + ": a single draw scatters by " + stats[1]);
		}
	}
}
