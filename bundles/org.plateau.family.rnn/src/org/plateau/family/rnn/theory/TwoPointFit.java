package org.plateau.family.rnn.theory;

import java.util.Arrays;

import org.hipparchus.exception.MathRuntimeException;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresBuilder;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresOptimizer;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LevenbergMarquardtOptimizer;
import org.hipparchus.util.Pair;

/**
 * The effective learning rates of a measured two-point trajectory, fitted as the authors do (van Rossem &amp; Saxe 2024
 * [code source/simulate.py optimize_eta, optimize_eta_y_mean]): the 3-scalar ODE of {@link TwoPointTheory} is integrated
 * from the measured (h, y, w) at time 0, and (eta_h, eta_y) minimise the summed squared differences to the measured h,
 * y and w; the first guess is the best of a log grid around the authors' ratio prior eta_h/eta_y = h(T)^2/(dx2 dy2),
 * widened to four decades of the ratio on either side (a lazy run lies far from the prior), and refined by Levenberg-Marquardt on (log eta_h, log eta_y). Then eta_ybar, the rate of the mean prediction, is fitted
 * on the loss curve {@link TwoPointTheory#loss}.
 * <p>
 * Rates are per unit of the given times (the authors: per epoch). The grid spans the rates whose time scale lies
 * between a hundredth of the first time step and a hundred times the whole run, the range a trajectory can tell.
 */
public final class TwoPointFit {

	/** Grid points of the first guess along eta_y. */
	private static final int GRID = 30;
	/** Decades of eta_h/eta_y the first guess spans on either side of the authors' prior. */
	private static final int RATIO_DECADES = 4;
	/** Tolerances of the fit's integrations: well below the finite-difference step of the Jacobian. */
	private static final double ABS_TOL = 1e-12;
	private static final double REL_TOL = 1e-10;
	/** At most this many evaluations of the ODE per integration: a rate too fast to resolve costs +inf. */
	private static final int MAX_EVALUATIONS = 200_000;
	/** Forward-difference step in log rate. */
	private static final double LOG_STEP = 1e-6;

	private final double[] times;
	private final double[] h;
	private final double[] y;
	private final double[] w;
	private final double dx2;
	private final double dy2;
	private final double lowest;
	private final double highest;

	/**
	 * @param times sample times, increasing, the first the start of the trajectory
	 * @param h measured ||dh||^2 at {@code times}, the first &gt; 0
	 * @param y measured ||dy||^2
	 * @param w measured w = ||dy||^2 - dy.dy*
	 * @param dx2 ||dx||^2 of the pair's inputs
	 * @param dy2 ||dy*||^2 of the pair's targets
	 */
	public TwoPointFit(double[] times, double[] h, double[] y, double[] w, double dx2, double dy2) {
		if (times.length < 3 || h.length != times.length || y.length != times.length || w.length != times.length) {
			throw new IllegalArgumentException("the fit needs at least 3 samples of t, h, y and w of one length, had "
					+ times.length);
		}
		if (!(h[0] > 0)) {
			throw new IllegalArgumentException("the representational distance must start > 0 for the 3-scalar ODE, was "
					+ h[0]);
		}
		this.times = times.clone();
		this.h = h.clone();
		this.y = y.clone();
		this.w = w.clone();
		this.dx2 = dx2;
		this.dy2 = dy2;
		double span = times[times.length - 1] - times[0];
		double first = times[1] - times[0];
		this.lowest = 1e-2 / span;
		this.highest = 1e2 / first;
	}

	/**
	 * The least-squares fit of (eta_h, eta_y).
	 *
	 * @return the theory with the fitted rates
	 */
	public TwoPointTheory fitRates() {
		double ratio = dy2 > 0 ? h[h.length - 1] * h[h.length - 1] / (dx2 * dy2) : 1;
		double[] best = null;
		double bestCost = Double.POSITIVE_INFINITY;
		// the authors search along the prior only; a lazy run (h barely moves) lies far off it, so the grid also spans
		// four decades of eta_h/eta_y on either side
		for (int k = 0; k < GRID; k++) {
			double etaY = lowest * Math.pow(highest / lowest, k / (GRID - 1.0));
			for (int j = -RATIO_DECADES; j <= RATIO_DECADES; j++) {
				double[] guess = { Math.log(etaY * ratio * Math.pow(10, j)), Math.log(etaY) };
				double cost = cost(guess);
				if (cost < bestCost) {
					bestCost = cost;
					best = guess;
				}
			}
		}
		if (best == null) {
			throw new IllegalStateException("no rates on the grid " + lowest + " .. " + highest + " reproduce the trajectory");
		}
		LeastSquaresOptimizer.Optimum optimum = new LevenbergMarquardtOptimizer()
				.optimize(new LeastSquaresBuilder().start(best).target(new double[3 * times.length])
						.model(point -> jacobian(point.toArray())).maxEvaluations(200).maxIterations(200).build());
		double[] fitted = optimum.getPoint().toArray();
		fitted[0] = clamp(fitted[0]);
		fitted[1] = clamp(fitted[1]);
		if (cost(fitted) > bestCost) {
			fitted = best;
		}
		return new TwoPointTheory(Math.exp(fitted[0]), Math.exp(fitted[1]), dx2, dy2);
	}

	/**
	 * The rate of the mean prediction, fitted on the measured loss with the fitted (y, w) (the authors'
	 * {@code optimize_eta_y_mean}).
	 *
	 * @param theory the fitted rates ({@link #fitRates})
	 * @param loss the measured loss at the times, in the units of {@link TwoPointTheory#loss} times {@code scale}
	 * @param scale the run's loss over the paper's (1/4) sum of squared errors (1 for the notebook's 0.5 MSE)
	 * @param meanError0 ||ybar(0) - ybar*||^2 measured at time 0
	 * @return eta_ybar
	 */
	public double fitMeanRate(TwoPointTheory theory, double[] loss, double scale, double meanError0) {
		double[][] hyw = trajectory(theory);
		double best = lowest;
		double bestCost = Double.POSITIVE_INFINITY;
		// a 1-D least squares: a fine log grid, then golden-section search on the bracket around its best point
		int grid = 200;
		double step = Math.log(highest / lowest) / (grid - 1);
		for (int k = 0; k < grid; k++) {
			double rate = lowest * Math.exp(k * step);
			double cost = lossCost(theory, hyw, loss, scale, meanError0, rate);
			if (cost < bestCost) {
				bestCost = cost;
				best = rate;
			}
		}
		double a = Math.log(best) - step;
		double b = Math.log(best) + step;
		double phi = (Math.sqrt(5) - 1) / 2;
		for (int i = 0; i < 60; i++) {
			double c = b - phi * (b - a);
			double d = a + phi * (b - a);
			if (lossCost(theory, hyw, loss, scale, meanError0, Math.exp(c)) < lossCost(theory, hyw, loss, scale,
					meanError0, Math.exp(d))) {
				b = d;
			} else {
				a = c;
			}
		}
		return Math.exp((a + b) / 2);
	}

	/**
	 * The fitted ODE's (h, y, w) at the fit's times.
	 *
	 * @param theory the rates
	 * @return {h[], y[], w[]}
	 */
	public double[][] trajectory(TwoPointTheory theory) {
		return theory.trajectory(h[0], y[0], w[0], shifted());
	}

	/**
	 * The root-mean-square difference of the fitted ODE to the measured trajectory, relative to the measured range of
	 * each scalar, the largest of h, y and w.
	 *
	 * @param theory the rates
	 * @return max over h, y, w of rms(ode - measured) / (max - min of the measured)
	 */
	public double relativeError(TwoPointTheory theory) {
		double[][] fitted = trajectory(theory);
		double[][] measured = { h, y, w };
		double worst = 0;
		for (int k = 0; k < 3; k++) {
			double sum = 0;
			double min = Double.POSITIVE_INFINITY;
			double max = Double.NEGATIVE_INFINITY;
			for (int i = 0; i < times.length; i++) {
				double d = fitted[k][i] - measured[k][i];
				sum += d * d;
				min = Math.min(min, measured[k][i]);
				max = Math.max(max, measured[k][i]);
			}
			worst = Math.max(worst, Math.sqrt(sum / times.length) / Math.max(max - min, 1e-300));
		}
		return worst;
	}

	private double[] shifted() {
		double[] t = new double[times.length];
		for (int i = 0; i < t.length; i++) {
			t[i] = times[i] - times[0];
		}
		return t;
	}

	/** The residuals (ode - measured) of h, y and w at log rates, or null where the ODE cannot be integrated. */
	private double[] residuals(double[] logRates) {
		TwoPointTheory theory = new TwoPointTheory(Math.exp(logRates[0]), Math.exp(logRates[1]), dx2, dy2);
		double[][] fitted;
		try {
			fitted = theory.trajectory(h[0], y[0], w[0], shifted(), ABS_TOL, REL_TOL, MAX_EVALUATIONS);
		} catch (MathRuntimeException e) {
			return null;
		}
		double[] r = new double[3 * times.length];
		double[][] measured = { h, y, w };
		for (int k = 0; k < 3; k++) {
			for (int i = 0; i < times.length; i++) {
				r[k * times.length + i] = fitted[k][i] - measured[k][i];
			}
		}
		for (double value : r) {
			if (!Double.isFinite(value)) {
				return null;
			}
		}
		return r;
	}

	private double cost(double[] logRates) {
		double[] r = residuals(logRates);
		if (r == null) {
			return Double.POSITIVE_INFINITY;
		}
		double sum = 0;
		for (double value : r) {
			sum += value * value;
		}
		return sum;
	}

	/** Residuals and their forward-difference Jacobian in log rates; rates the ODE cannot follow get a large residual. */
	private Pair<RealVector, RealMatrix> jacobian(double[] logRates) {
		double[] clamped = { clamp(logRates[0]), clamp(logRates[1]) };
		double[] r = residuals(clamped);
		int m = 3 * times.length;
		if (r == null) {
			double[] large = new double[m];
			Arrays.fill(large, 1e150);
			return new Pair<>(new ArrayRealVector(large, false), new Array2DRowRealMatrix(m, 2));
		}
		double[][] jacobian = new double[m][2];
		for (int p = 0; p < 2; p++) {
			double[] moved = clamped.clone();
			moved[p] += LOG_STEP;
			double[] rp = residuals(moved);
			for (int i = 0; i < m; i++) {
				jacobian[i][p] = rp == null ? 0 : (rp[i] - r[i]) / LOG_STEP;
			}
		}
		return new Pair<>(new ArrayRealVector(r, false), new Array2DRowRealMatrix(jacobian, false));
	}

	/** Log rates within a few decades around the grid (Levenberg-Marquardt has no bounds of its own). */
	private double clamp(double logRate) {
		return Math.max(Math.log(lowest) - 10, Math.min(Math.log(highest) + 2, logRate));
	}

	private double lossCost(TwoPointTheory theory, double[][] hyw, double[] loss, double scale, double meanError0,
			double rate) {
		double sum = 0;
		for (int i = 0; i < times.length; i++) {
			double d = scale * theory.loss(times[i] - times[0], hyw[1][i], hyw[2][i], rate, meanError0) - loss[i];
			sum += d * d;
		}
		return sum;
	}
}
