package org.plateau.family.rnn.theory;

import java.util.Arrays;

import org.hipparchus.ode.OrdinaryDifferentialEquation;

/**
 * The local interaction model with a mean expansion point as a vector model (van Rossem &amp; Saxe 2025, eqs 2-4 and
 * App. B.1-B.3): two representations h1, h2 in R^d and, for each of the N continuations i present in the data, a map
 * D_i (o x d) and a mean prediction ybar_i in R^o, with
 * <pre>
 *   y(x_{alpha,i}) = ybar_i + (1/2) D_i (h_alpha - h_{not alpha}),   L = (1/2) &lt;||y(x_{alpha,i}) - y*_{alpha,i}||^2&gt;_{alpha,i}
 * </pre>
 * trained by gradient descent/flow with rates 1/tau_h1 (h1), 1/tau_h2 (h2), 1/tau_y (D_i), 1/tau_ybar (ybar_i).
 * With dh = h2 - h1, dy_i = D_i dh, r_i = dy_i - (y*_{2,i} - y*_{1,i}) and m_i = ybar_i - (y*_{1,i} + y*_{2,i})/2
 * the gradient is dL/dh2 = -dL/dh1 = (1/(4N)) sum_i D_i^T r_i, dL/dD_i = (1/(4N)) r_i dh^T, dL/dybar_i = m_i/N.
 * <p>
 * This is the "exact simulation" whose scalars ({@link #distance}, {@link #meanPrediction}, {@link #alignment}) the
 * 3-scalar {@link TwoPointTheory} (see {@link #theory()}) reproduces exactly for d = 1. Mutable; not thread-safe.
 */
public final class MeanExpansionModel {

	private final int d;
	private final int o;
	private final int n;
	/** Parameters theta = [h1 (d), h2 (d), D_1..D_N (row-major o x d each), ybar_1..ybar_N (o each)]. */
	private final double[] theta;
	private final double[] rate;
	private final double[] grad;
	private final double[] targets1;
	private final double[] targets2;
	private final double[] dh;
	private final double[] r;
	private final double tauH1, tauH2, tauY, tauYbar;

	/**
	 * @param h1 representation of the first sequence, length d
	 * @param h2 representation of the second sequence, length d
	 * @param maps {@code maps[i]}: D_i, o rows of length d
	 * @param meanPredictions {@code meanPredictions[i]}: ybar_i, length o
	 * @param targets1 {@code targets1[i]}: y*_{1,i}
	 * @param targets2 {@code targets2[i]}: y*_{2,i}
	 * @param tauH1 time scale of h1
	 * @param tauH2 time scale of h2
	 * @param tauY time scale of the maps D_i
	 * @param tauYbar time scale of the mean predictions ybar_i
	 */
	public MeanExpansionModel(double[] h1, double[] h2, double[][][] maps, double[][] meanPredictions,
			double[][] targets1, double[][] targets2, double tauH1, double tauH2, double tauY, double tauYbar) {
		this.d = h1.length;
		this.n = maps.length;
		this.o = maps[0].length;
		if (h2.length != d || meanPredictions.length != n || targets1.length != n || targets2.length != n) {
			throw new IllegalArgumentException("inconsistent sizes: d=" + d + ", N=" + n + ", h2 " + h2.length
					+ ", ybar " + meanPredictions.length + ", targets " + targets1.length + "/" + targets2.length);
		}
		int size = 2 * d + n * o * d + n * o;
		this.theta = new double[size];
		this.rate = new double[size];
		this.grad = new double[size];
		this.targets1 = new double[n * o];
		this.targets2 = new double[n * o];
		this.dh = new double[d];
		this.r = new double[o];
		this.tauH1 = tauH1;
		this.tauH2 = tauH2;
		this.tauY = tauY;
		this.tauYbar = tauYbar;
		System.arraycopy(h1, 0, theta, 0, d);
		System.arraycopy(h2, 0, theta, d, d);
		Arrays.fill(rate, 0, d, 1 / tauH1);
		Arrays.fill(rate, d, 2 * d, 1 / tauH2);
		Arrays.fill(rate, 2 * d, mapsEnd(), 1 / tauY);
		Arrays.fill(rate, mapsEnd(), size, 1 / tauYbar);
		for (int i = 0; i < n; i++) {
			if (maps[i].length != o || meanPredictions[i].length != o || targets1[i].length != o
					|| targets2[i].length != o) {
				throw new IllegalArgumentException("continuation " + i + " does not have o=" + o + " outputs");
			}
			for (int k = 0; k < o; k++) {
				if (maps[i][k].length != d) {
					throw new IllegalArgumentException("D_" + i + " row " + k + " does not have d=" + d + " columns");
				}
				System.arraycopy(maps[i][k], 0, theta, 2 * d + (i * o + k) * d, d);
			}
			System.arraycopy(meanPredictions[i], 0, theta, mapsEnd() + i * o, o);
			System.arraycopy(targets1[i], 0, this.targets1, i * o, o);
			System.arraycopy(targets2[i], 0, this.targets2, i * o, o);
		}
	}

	private int mapsEnd() {
		return 2 * d + n * o * d;
	}

	/** @return the equivalent 3-scalar theory (2025 eqs 13-15), exact for d = 1 */
	public TwoPointTheory theory() {
		return TwoPointTheory.fromTimescales(tauH1, tauH2, tauY, n, targetDistance());
	}

	/**
	 * @return 1/(N tau_ybar), the rate at which each ybar_i relaxes to its target mean (spec 1.2 d); the eta_ybar of
	 *         {@link TwoPointTheory#loss}
	 */
	public double meanPredictionRate() {
		return 1 / (n * tauYbar);
	}

	/**
	 * One gradient-descent step of duration dt: theta -= dt * rate * dL/dtheta. Allocation-free (plain loops over
	 * preallocated arrays: d, o and N are single digits here, below where BLAS calls pay off).
	 *
	 * @param dt time step
	 */
	public void step(double dt) {
		lossGradient(theta, grad);
		for (int k = 0; k < theta.length; k++) {
			theta[k] -= dt * rate[k] * grad[k];
		}
	}

	/**
	 * Integrates the gradient flow from the current parameters with Hipparchus (Dormand-Prince 8(5,3), 1e-14 abs /
	 * 1e-12 rel) and leaves the model at the last time.
	 *
	 * @param times non-decreasing times &gt;= 0, measured from now
	 * @return {distance[], meanPrediction[], alignment[], loss[]} at {@code times}
	 */
	public double[][] flow(double[] times) {
		final double[] g = new double[theta.length];
		OrdinaryDifferentialEquation ode = new OrdinaryDifferentialEquation() {
			@Override
			public int getDimension() {
				return theta.length;
			}

			@Override
			public double[] computeDerivatives(double t, double[] z) {
				lossGradient(z, g);
				double[] dz = new double[z.length];
				for (int k = 0; k < z.length; k++) {
					dz[k] = -rate[k] * g[k];
				}
				return dz;
			}
		};
		double[][] path = OdeSampler.sample(ode, theta, times);
		double[][] result = new double[4][times.length];
		for (int j = 0; j < times.length; j++) {
			for (int k = 0; k < theta.length; k++) {
				theta[k] = path[k][j];
			}
			result[0][j] = distance();
			result[1][j] = meanPrediction();
			result[2][j] = alignment();
			result[3][j] = loss();
		}
		return result;
	}

	/** Gradient dL/dtheta at parameters p (layout of {@link #theta}); uses the scratch buffers dh and r. */
	void lossGradient(double[] p, double[] into) {
		for (int a = 0; a < d; a++) {
			dh[a] = p[d + a] - p[a];
			into[a] = 0;
		}
		double scale = 1.0 / (4 * n);
		int ybar0 = mapsEnd();
		for (int i = 0; i < n; i++) {
			int map = 2 * d + i * o * d;
			for (int k = 0; k < o; k++) {
				double dy = 0;
				for (int a = 0; a < d; a++) {
					dy += p[map + k * d + a] * dh[a];
				}
				r[k] = dy - (targets2[i * o + k] - targets1[i * o + k]);
				// dL/dybar_i = m_i / N
				into[ybar0 + i * o + k] = (p[ybar0 + i * o + k] - 0.5 * (targets1[i * o + k] + targets2[i * o + k])) / n;
			}
			for (int k = 0; k < o; k++) {
				for (int a = 0; a < d; a++) {
					// dL/dD_i = (1/(4N)) r_i dh^T; dL/dh1 accumulates -(1/(4N)) D_i^T r_i
					into[map + k * d + a] = scale * r[k] * dh[a];
					into[a] -= scale * p[map + k * d + a] * r[k];
				}
			}
		}
		for (int a = 0; a < d; a++) {
			into[d + a] = -into[a];
		}
	}

	/** @return a copy of the parameters theta = [h1, h2, D_1..D_N (row-major), ybar_1..ybar_N] */
	double[] parameters() {
		return theta.clone();
	}

	/** Sets the parameters (layout of {@link #parameters()}). */
	void setParameters(double[] p) {
		System.arraycopy(p, 0, theta, 0, theta.length);
	}

	/** @return the loss L = (1/2) &lt;||y(x_{alpha,i}) - y*_{alpha,i}||^2&gt;_{alpha,i} evaluated from the model outputs */
	public double loss() {
		double sum = 0;
		int ybar0 = mapsEnd();
		for (int i = 0; i < n; i++) {
			int map = 2 * d + i * o * d;
			for (int k = 0; k < o; k++) {
				double half = 0;
				for (int a = 0; a < d; a++) {
					half += 0.5 * theta[map + k * d + a] * (theta[d + a] - theta[a]);
				}
				double e1 = theta[ybar0 + i * o + k] - half - targets1[i * o + k];
				double e2 = theta[ybar0 + i * o + k] + half - targets2[i * o + k];
				sum += e1 * e1 + e2 * e2;
			}
		}
		return 0.5 * sum / (2 * n);
	}

	/** @return the representational distance ||dh||^2 = ||h2 - h1||^2 */
	public double distance() {
		double s = 0;
		for (int a = 0; a < d; a++) {
			double x = theta[d + a] - theta[a];
			s += x * x;
		}
		return s;
	}

	/** @return the mean prediction distance &lt;||dy_i||^2&gt;_i, dy_i = D_i dh */
	public double meanPrediction() {
		return predictionAverages()[0];
	}

	/** @return the mean alignment &lt;w_i&gt;_i, w_i = ||dy_i||^2 - dy_i.(y*_{2,i} - y*_{1,i}) */
	public double alignment() {
		double[] s = predictionAverages();
		return s[0] - s[1];
	}

	/** @return &lt;||y*_{2,i} - y*_{1,i}||^2&gt;_i, the dy2 of the equivalent {@link TwoPointTheory} */
	public double targetDistance() {
		double s = 0;
		for (int k = 0; k < n * o; k++) {
			double x = targets2[k] - targets1[k];
			s += x * x;
		}
		return s / n;
	}

	/** @return the mean squared error of the mean predictions &lt;||ybar_i - (y*_{1,i} + y*_{2,i})/2||^2&gt;_i */
	public double meanError() {
		double s = 0;
		int ybar0 = mapsEnd();
		for (int k = 0; k < n * o; k++) {
			double x = theta[ybar0 + k] - 0.5 * (targets1[k] + targets2[k]);
			s += x * x;
		}
		return s / n;
	}

	/** {&lt;||dy_i||^2&gt;, &lt;dy_i.dy*_i&gt;}. */
	private double[] predictionAverages() {
		double yy = 0, yt = 0;
		for (int i = 0; i < n; i++) {
			int map = 2 * d + i * o * d;
			for (int k = 0; k < o; k++) {
				double dy = 0;
				for (int a = 0; a < d; a++) {
					dy += theta[map + k * d + a] * (theta[d + a] - theta[a]);
				}
				yy += dy * dy;
				yt += dy * (targets2[i * o + k] - targets1[i * o + k]);
			}
		}
		return new double[] { yy / n, yt / n };
	}
}
