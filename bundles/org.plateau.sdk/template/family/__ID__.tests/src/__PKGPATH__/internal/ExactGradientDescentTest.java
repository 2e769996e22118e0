package __ID__.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

/**
 * The family's science: gradient descent against its exact solution, and the solution's limits. Replace these checks
 * with your paper's (its equations and headline numbers, each with a stated tolerance).
 */
class ExactGradientDescentTest {

	private static final double ETA = 0.1;
	private static final double MEAN_HALF_SQUARED = 0.5 / 100;

	/** Simulated gradient descent equals the exact solution at every step, to 1e-10 relative. */
	@Test
	void gradientDescentFollowsTheExactSolution() {
		RegressionData data = RegressionData.draw(20, 100, 0.1, 0.01, 1);
		GradientDescentTrainer trainer = new GradientDescentTrainer(data, ETA, MEAN_HALF_SQUARED);
		long[] steps = LongStream.rangeClosed(0, 300).toArray();
		double[][] theory = new ExactGradientDescent(data, ETA, MEAN_HALF_SQUARED).predict(steps);
		double[] measured = new double[2];
		for (long step : steps) {
			trainer.measure(measured);
			for (int m = 0; m < 2; m++) {
				double expected = theory[m][(int) step];
				assertEquals(expected, measured[m], 1e-10 * Math.abs(expected), "metric " + m + " at step " + step);
			}
			trainer.step();
		}
	}

	/**
	 * Without label noise and with more samples than dimensions (P = 100 > N = 20) the student converges to the
	 * teacher: the loss and the test error vanish (below 1e-20 after 2000 steps).
	 */
	@Test
	void withoutNoiseTheStudentFindsTheTeacher() {
		RegressionData data = RegressionData.draw(20, 100, 0, 0.01, 2);
		double[][] end = new ExactGradientDescent(data, ETA, MEAN_HALF_SQUARED).predict(new long[] { 2000 });
		assertTrue(end[0][0] < 1e-20, "training loss " + end[0][0]);
		assertTrue(end[1][0] < 1e-20, "test error " + end[1][0]);
	}

	/**
	 * With fewer samples than dimensions (P = 10 < N = 20) the student interpolates the data (training loss to 0) but
	 * keeps its start in the data's null space: the test error stays above half the teacher's weight there, about
	 * (1 - P/N) |w*|^2 / 2 = 0.25.
	 */
	@Test
	void belowInterpolationTheTestErrorStays() {
		RegressionData data = RegressionData.draw(20, 10, 0, 0.01, 3);
		double[][] end = new ExactGradientDescent(data, ETA, MEAN_HALF_SQUARED).predict(new long[] { 20000 });
		assertTrue(end[0][0] < 1e-20, "training loss " + end[0][0]);
		assertEquals(0.25, end[1][0], 0.15, "test error");
	}
}
