package org.plateau.family.rnn.theory;

import java.util.Arrays;

import org.hipparchus.ode.OrdinaryDifferentialEquation;

/**
 * Vector model behind {@link FixedExpansionTheory} (van Rossem &amp; Saxe 2025, App. B.4): scalar representations
 * h1, h2 along the pair direction (d = 1) and, for each of N continuations i, a bias b_i and a map Dv_i in R^o with
 * y(x_{alpha,i}) = b_i + Dv_i h_alpha and L = (1/2) &lt;||y(x_{alpha,i}) - y*_{alpha,i}||^2&gt;_{alpha,i}. With
 * e_{alpha,i} = y(x_{alpha,i}) - y*_{alpha,i}: dL/dh_alpha = (1/(2N)) sum_i Dv_i.e_{alpha,i},
 * dL/db_i = (1/(2N)) (e_{1,i} + e_{2,i}), dL/dDv_i = (1/(2N)) (h1 e_{1,i} + h2 e_{2,i}); trained with rates eta_h1,
 * eta_h2, eta_b (biases), eta_a (maps). Mutable; not thread-safe.
 */
public final class FixedExpansionModel {

	private final int n;
	private final int o;
	/** theta = [h1, h2, b_1..b_N (o each), Dv_1..Dv_N (o each)]. */
	private final double[] theta;
	private final double[] rate;
	private final double[] grad;
	private final double[] targets1;
	private final double[] targets2;
	private final double etaH1, etaH2, etaA, etaB;

	/**
	 * @param h1 coordinate of the first representation
	 * @param h2 coordinate of the second representation
	 * @param biases {@code biases[i]}: b_i in R^o
	 * @param maps {@code maps[i]}: Dv_i in R^o
	 * @param targets1 {@code targets1[i]}: y*_{1,i}
	 * @param targets2 {@code targets2[i]}: y*_{2,i}
	 * @param etaH1 rate of h1
	 * @param etaH2 rate of h2
	 * @param etaA rate of the maps
	 * @param etaB rate of the biases
	 */
	public FixedExpansionModel(double h1, double h2, double[][] biases, double[][] maps, double[][] targets1,
			double[][] targets2, double etaH1, double etaH2, double etaA, double etaB) {
		this.n = biases.length;
		this.o = biases[0].length;
		if (maps.length != n || targets1.length != n || targets2.length != n) {
			throw new IllegalArgumentException("need N=" + n + " maps and targets, got " + maps.length + ", "
					+ targets1.length + ", " + targets2.length);
		}
		this.theta = new double[2 + 2 * n * o];
		this.rate = new double[theta.length];
		this.grad = new double[theta.length];
		this.targets1 = new double[n * o];
		this.targets2 = new double[n * o];
		this.etaH1 = etaH1;
		this.etaH2 = etaH2;
		this.etaA = etaA;
		this.etaB = etaB;
		theta[0] = h1;
		theta[1] = h2;
		rate[0] = etaH1;
		rate[1] = etaH2;
		for (int i = 0; i < n; i++) {
			if (biases[i].length != o || maps[i].length != o || targets1[i].length != o || targets2[i].length != o) {
				throw new IllegalArgumentException("continuation " + i + " does not have o=" + o + " outputs");
			}
			System.arraycopy(biases[i], 0, theta, 2 + i * o, o);
			System.arraycopy(maps[i], 0, theta, 2 + n * o + i * o, o);
			System.arraycopy(targets1[i], 0, this.targets1, i * o, o);
			System.arraycopy(targets2[i], 0, this.targets2, i * o, o);
		}
		Arrays.fill(rate, 2, 2 + n * o, etaB);
		Arrays.fill(rate, 2 + n * o, theta.length, etaA);
	}

	/** @return the 9-scalar theory with the same rates and target products y_ab = &lt;y*_a.y*_b&gt; */
	public FixedExpansionTheory theory() {
		double y11 = 0, y12 = 0, y22 = 0;
		for (int k = 0; k < n * o; k++) {
			y11 += targets1[k] * targets1[k];
			y12 += targets1[k] * targets2[k];
			y22 += targets2[k] * targets2[k];
		}
		return new FixedExpansionTheory(etaH1, etaH2, etaA, etaB, n, y11 / n, y12 / n, y22 / n);
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
	 * @return {@code result[k][j]}: scalar k of {@link #scalars} at {@code times[j]}
	 */
	public double[][] flow(double[] times) {
		final double[] g = new double[theta.length];
		OrdinaryDifferentialEquation ode = new OrdinaryDifferentialEquation() {
			@Override
			public int getDimension() {
				return theta.length;
			}

			@Override
			public double[] computeDerivatives(double t, double[] p) {
				lossGradient(p, g);
				double[] dp = new double[p.length];
				for (int k = 0; k < p.length; k++) {
					dp[k] = -rate[k] * g[k];
				}
				return dp;
			}
		};
		double[][] path = OdeSampler.sample(ode, theta, times);
		double[][] result = new double[9][times.length];
		double[] z = new double[9];
		for (int j = 0; j < times.length; j++) {
			for (int k = 0; k < theta.length; k++) {
				theta[k] = path[k][j];
			}
			scalars(z);
			for (int k = 0; k < 9; k++) {
				result[k][j] = z[k];
			}
		}
		return result;
	}

	/** Gradient dL/dtheta at parameters p (layout of {@link #theta}). */
	void lossGradient(double[] p, double[] into) {
		double h1 = p[0], h2 = p[1];
		double scale = 1.0 / (2 * n);
		into[0] = 0;
		into[1] = 0;
		int maps = 2 + n * o;
		for (int k = 0; k < n * o; k++) {
			double b = p[2 + k], dv = p[maps + k];
			double e1 = b + dv * h1 - targets1[k];
			double e2 = b + dv * h2 - targets2[k];
			into[0] += scale * dv * e1;
			into[1] += scale * dv * e2;
			into[2 + k] = scale * (e1 + e2);
			into[maps + k] = scale * (h1 * e1 + h2 * e2);
		}
	}

	/** @return a copy of the parameters theta = [h1, h2, b_1..b_N, Dv_1..Dv_N] */
	double[] parameters() {
		return theta.clone();
	}

	/** Sets the parameters (layout of {@link #parameters()}). */
	void setParameters(double[] p) {
		System.arraycopy(p, 0, theta, 0, theta.length);
	}

	/**
	 * Writes the nine scalars of {@link FixedExpansionTheory} (same order) without allocating.
	 *
	 * @param into9 receives {h1, h2, &lt;b.Dv&gt;, &lt;b.y*_1&gt;, &lt;b.y*_2&gt;, &lt;||b||^2&gt;, &lt;||Dv||^2&gt;,
	 *            &lt;y*_1.Dv&gt;, &lt;y*_2.Dv&gt;}
	 */
	public void scalars(double[] into9) {
		double bD = 0, by1 = 0, by2 = 0, b2 = 0, d2 = 0, dy1 = 0, dy2 = 0;
		int maps = 2 + n * o;
		for (int k = 0; k < n * o; k++) {
			double b = theta[2 + k], dv = theta[maps + k];
			bD += b * dv;
			by1 += b * targets1[k];
			by2 += b * targets2[k];
			b2 += b * b;
			d2 += dv * dv;
			dy1 += targets1[k] * dv;
			dy2 += targets2[k] * dv;
		}
		into9[FixedExpansionTheory.H1] = theta[0];
		into9[FixedExpansionTheory.H2] = theta[1];
		into9[FixedExpansionTheory.BD] = bD / n;
		into9[FixedExpansionTheory.BY1] = by1 / n;
		into9[FixedExpansionTheory.BY2] = by2 / n;
		into9[FixedExpansionTheory.B2] = b2 / n;
		into9[FixedExpansionTheory.D2] = d2 / n;
		into9[FixedExpansionTheory.DY1] = dy1 / n;
		into9[FixedExpansionTheory.DY2] = dy2 / n;
	}

	/** @return L = (1/2) &lt;||b_i + Dv_i h_alpha - y*_{alpha,i}||^2&gt;_{alpha,i} */
	public double loss() {
		double s = 0;
		int maps = 2 + n * o;
		for (int k = 0; k < n * o; k++) {
			double e1 = theta[2 + k] + theta[maps + k] * theta[0] - targets1[k];
			double e2 = theta[2 + k] + theta[maps + k] * theta[1] - targets2[k];
			s += e1 * e1 + e2 * e2;
		}
		return 0.5 * s / (2 * n);
	}

	/** @return the representational distance (h2 - h1)^2 */
	public double distance() {
		double x = theta[1] - theta[0];
		return x * x;
	}
}
