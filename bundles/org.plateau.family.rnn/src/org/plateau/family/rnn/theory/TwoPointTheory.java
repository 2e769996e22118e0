package org.plateau.family.rnn.theory;

import java.util.Arrays;

import org.hipparchus.ode.OrdinaryDifferentialEquation;

/**
 * Effective theory of representation learning for two data points (van Rossem &amp; Saxe 2024, "When Representations
 * Align"): the three scalars h = ||dh||^2 (representational distance), y = ||dy||^2 (prediction distance) and
 * w = ||dy||^2 - dy.dy* (output alignment) under gradient flow of the linearised encoder/decoder with effective rates
 * eta_h and eta_y. The same system is the local interaction model of the 2025 streaming-parity paper (eqs 13-15), see
 * {@link #fromTimescales}.
 * <p>
 * The reduced ODE is exact when the pair moves radially (1-D representations, {@link MeanExpansionModel} with d = 1);
 * for higher-dimensional representations {@link #finalDistance} (eq 5) is only approximate. Immutable.
 */
public final class TwoPointTheory {

	private final double etaH;
	private final double etaY;
	private final double dx2;
	private final double dy2;

	/**
	 * @param etaH effective encoder rate eta_h &gt; 0
	 * @param etaY effective decoder rate eta_y &gt; 0
	 * @param dx2 squared input distance ||x2 - x1||^2 &gt; 0
	 * @param dy2 squared target distance ||y2* - y1*||^2 &gt;= 0 (0: an agreeing pair)
	 */
	public TwoPointTheory(double etaH, double etaY, double dx2, double dy2) {
		if (!(etaH > 0) || !(etaY > 0) || !(dx2 > 0) || !(dy2 >= 0)) {
			throw new IllegalArgumentException("need eta_h, eta_y, dx2 > 0 and dy2 >= 0, got eta_h=" + etaH + ", eta_y="
					+ etaY + ", dx2=" + dx2 + ", dy2=" + dy2);
		}
		this.etaH = etaH;
		this.etaY = etaY;
		this.dx2 = dx2;
		this.dy2 = dy2;
	}

	/**
	 * The local interaction model of van Rossem &amp; Saxe 2025 (mean expansion point, eqs 13-15) in the 2024 notation:
	 * eta_h dx2 = 1/(2 tau_h) with 1/tau_h = 1/tau_h1 + 1/tau_h2 (here dx2 = 1), eta_y = 1/(2 N tau_y).
	 *
	 * @param tauH1 time scale of the first representation h1
	 * @param tauH2 time scale of the second representation h2
	 * @param tauY time scale of the maps D_i
	 * @param n number N of continuations (maps) in the data
	 * @param dy2 mean squared target difference &lt;||y*_{2,i} - y*_{1,i}||^2&gt;_i
	 * @return the equivalent two-point theory, whose (h, y, w) are (||dh||^2, &lt;||dy_i||^2&gt;, &lt;w_i&gt;)
	 */
	public static TwoPointTheory fromTimescales(double tauH1, double tauH2, double tauY, int n, double dy2) {
		double invTauH = 1 / tauH1 + 1 / tauH2;
		return new TwoPointTheory(invTauH / 2, 1 / (2.0 * n * tauY), 1, dy2);
	}

	/** @return the effective encoder rate eta_h */
	public double etaH() {
		return etaH;
	}

	/** @return the effective decoder rate eta_y */
	public double etaY() {
		return etaY;
	}

	/** @return the squared input distance dx2 */
	public double dx2() {
		return dx2;
	}

	/** @return the squared target distance dy2 */
	public double dy2() {
		return dy2;
	}

	/**
	 * Right-hand side of the 3-scalar system (2024 paper; 2025 eqs 13-15).
	 *
	 * @param hyw the state {h, y, w}, h &gt; 0
	 * @param into receives {dh/dt, dy/dt, dw/dt}
	 */
	public void derivatives(double[] hyw, double[] into) {
		double h = hyw[0], y = hyw[1], w = hyw[2];
		double a = etaH * dx2;
		into[0] = -a * w;
		into[1] = -w * (etaY * h + a * y / h);
		into[2] = -0.5 * etaY * (3 * w - y + dy2) * h - 0.5 * a * (y + w) * w / h;
	}

	/**
	 * Integrates the 3-scalar system (Dormand-Prince 8(5,3), tolerances 1e-14 abs / 1e-12 rel).
	 *
	 * @param h0 initial ||dh||^2 &gt; 0
	 * @param y0 initial ||dy||^2
	 * @param w0 initial alignment w
	 * @param times non-decreasing sample times &gt;= 0
	 * @return {h[], y[], w[]} at {@code times}
	 */
	public double[][] trajectory(double h0, double y0, double w0, double[] times) {
		return OdeSampler.sample(ode(), new double[] { h0, y0, w0 }, times);
	}

	/**
	 * The trajectory at training steps, in any order, of a flow that starts at step {@code start} (time = step -
	 * start): a theory drawn over a run from one of its records.
	 *
	 * @return {h[], y[], w[]} at {@code steps}; NaN before {@code start}
	 */
	public double[][] trajectoryAtSteps(long start, double h0, double y0, double w0, long[] steps) {
		double[] times = new double[steps.length];
		for (int i = 0; i < steps.length; i++) {
			times[i] = Math.max(0, steps[i] - start);
		}
		double[] sorted = times.clone();
		Arrays.sort(sorted);
		double[][] sampled = trajectory(h0, y0, w0, sorted);
		double[][] values = new double[3][steps.length];
		for (int i = 0; i < steps.length; i++) {
			int at = Arrays.binarySearch(sorted, times[i]);
			for (int k = 0; k < 3; k++) {
				values[k][i] = steps[i] < start ? Double.NaN : sampled[k][at];
			}
		}
		return values;
	}

	/** The trajectory with the fit's looser tolerances and bounded work ({@link TwoPointFit}). */
	double[][] trajectory(double h0, double y0, double w0, double[] times, double absTol, double relTol,
			int maxEvaluations) {
		return OdeSampler.sampleDense(ode(), new double[] { h0, y0, w0 }, times, absTol, relTol, maxEvaluations);
	}

	private OrdinaryDifferentialEquation ode() {
		return new OrdinaryDifferentialEquation() {
			@Override
			public int getDimension() {
				return 3;
			}

			@Override
			public double[] computeDerivatives(double t, double[] z) {
				double[] dz = new double[3];
				derivatives(z, dz);
				return dz;
			}
		};
	}

	/**
	 * Conserved quantity of the flow (2025 eq 21 in 2024 notation): y/h - (eta_y/(eta_h dx2)) h.
	 *
	 * @param h ||dh||^2
	 * @param y ||dy||^2
	 * @return the invariant
	 */
	public double conserved(double h, double y) {
		return y / h - etaY / (etaH * dx2) * h;
	}

	/**
	 * A_high = h(0) - r y(0)/h(0), r = eta_h dx2/eta_y (2025 eq 24 in 2024 notation).
	 *
	 * @param h0 initial ||dh||^2
	 * @param y0 initial ||dy||^2
	 * @return A_high
	 */
	public double aHigh(double h0, double y0) {
		return h0 - etaH * dx2 / etaY * y0 / h0;
	}

	/** @return A_low = sqrt(r dy2), r = eta_h dx2/eta_y (2025 eq 25); 0 for an agreeing pair */
	public double aLow() {
		return Math.sqrt(etaH * dx2 / etaY * dy2);
	}

	/**
	 * Final representational distance at the stable fixed point (2025 eq 5 / eqs 24-25):
	 * h(inf) = A_high/2 + sqrt(A_high^2/4 + A_low^2). Exact only for 1-D representations.
	 *
	 * @param h0 initial ||dh||^2
	 * @param y0 initial ||dy||^2
	 * @return h(inf)
	 */
	public double finalDistance(double h0, double y0) {
		double aHigh = aHigh(h0, y0);
		double aLow = aLow();
		return aHigh / 2 + Math.sqrt(aHigh * aHigh / 4 + aLow * aLow);
	}

	/** @return the rich-limit distance sqrt(eta_h/eta_y) ||dx|| ||dy*|| (h(0), y(0) -&gt; 0 in eq 5) */
	public double richLimit() {
		return Math.sqrt(etaH / etaY * dx2 * dy2);
	}

	/**
	 * Merger criterion (2025, Sec. 4 / eq 9): the pair's representations merge iff the pair agrees on all future
	 * outputs (A_low = 0) and A_high &lt; 0.
	 *
	 * @param h0 initial ||dh||^2
	 * @param y0 initial ||dy||^2
	 * @return whether h(t) -&gt; 0
	 */
	public boolean mergerCriterion(double h0, double y0) {
		return aLow() == 0 && aHigh(h0, y0) < 0;
	}

	/**
	 * Closed-form distance of an agreeing pair (dy2 = 0, hence w = y), the Bernoulli solution of 2025 eq 35:
	 * h(t) = A_high / (1 + (A_high/h(0) - 1) exp(-eta_y A_high t)), with eta_y = 1/(2 N tau_y); tends to
	 * max(A_high, 0).
	 *
	 * @param t time &gt;= 0
	 * @param h0 initial ||dh||^2
	 * @param y0 initial ||dy||^2 (= w(0) for an agreeing pair)
	 * @return ||dh(t)||^2
	 * @throws IllegalStateException if the pair does not agree (dy2 != 0)
	 */
	public double bernoulli(double t, double h0, double y0) {
		if (dy2 != 0) {
			throw new IllegalStateException("eq 35 holds for an agreeing pair only, dy2 = " + dy2);
		}
		double aHigh = aHigh(h0, y0);
		double decay = Math.exp(-etaY * aHigh * t);
		// (1 - e^{-eta_y A t})/A, continuous at A = 0 (where it is eta_y t)
		double growth = aHigh == 0 ? etaY * t : -Math.expm1(-etaY * aHigh * t) / aHigh;
		return h0 / (decay + h0 * growth);
	}

	/**
	 * Training loss (0.5 MSE averaged over the two points) of the 2024 paper [code simulate.loss]:
	 * L(t) = (1/4)[2 e^{-2 eta_ybar t} ||ybar(0) - ybar*||^2 + w(t) + (dy2 - y(t))/2], using
	 * ||dy - dy*||^2 = 2w - y + dy2.
	 *
	 * @param t time
	 * @param y ||dy(t)||^2
	 * @param w w(t)
	 * @param etaYbar rate of the mean prediction
	 * @param meanError0 ||ybar(0) - ybar*||^2, the initial error of the mean prediction
	 * @return L(t)
	 */
	public double loss(double t, double y, double w, double etaYbar, double meanError0) {
		return 0.25 * (2 * Math.exp(-2 * etaYbar * t) * meanError0 + w + 0.5 * (dy2 - y));
	}
}
