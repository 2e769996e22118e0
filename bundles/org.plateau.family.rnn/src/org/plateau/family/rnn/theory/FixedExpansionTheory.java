package org.plateau.family.rnn.theory;

import org.hipparchus.ode.OrdinaryDifferentialEquation;

/**
 * Local interaction model with a fixed expansion point (van Rossem &amp; Saxe 2025, App. B.4, eqs 36-43): outputs
 * y = b_i + D_i h_alpha with a scalar coordinate h_alpha along the pair direction, reduced to nine scalars
 * <pre>
 *   z = {h1, h2, &lt;b.Dv&gt;, &lt;b.y*_1&gt;, &lt;b.y*_2&gt;, &lt;||b||^2&gt;, &lt;||Dv||^2&gt;, &lt;y*_1.Dv&gt;, &lt;y*_2.Dv&gt;}
 * </pre>
 * (averages over the N continuations i) with rates eta_h1, eta_h2 (representations), eta_a = 1/tau_y (maps),
 * eta_b = 1/tau_b (biases) and target products y_ab = &lt;y*_a.y*_b&gt;. The reduction is exact for
 * {@link FixedExpansionModel}. Immutable.
 */
public final class FixedExpansionTheory {

	/** Index of h1 in the 9-scalar state. */
	public static final int H1 = 0;
	/** Index of h2. */
	public static final int H2 = 1;
	/** Index of &lt;b.Dv&gt;. */
	public static final int BD = 2;
	/** Index of &lt;b.y*_1&gt;. */
	public static final int BY1 = 3;
	/** Index of &lt;b.y*_2&gt;. */
	public static final int BY2 = 4;
	/** Index of &lt;||b||^2&gt;. */
	public static final int B2 = 5;
	/** Index of &lt;||Dv||^2&gt;. */
	public static final int D2 = 6;
	/** Index of &lt;y*_1.Dv&gt;. */
	public static final int DY1 = 7;
	/** Index of &lt;y*_2.Dv&gt;. */
	public static final int DY2 = 8;

	private final double etaH1, etaH2, etaA, etaB;
	private final int n;
	private final double y11, y12, y22;

	/**
	 * @param etaH1 rate of h1
	 * @param etaH2 rate of h2
	 * @param etaA rate of the maps D_i (1/tau_y)
	 * @param etaB rate of the biases b_i (1/tau_b)
	 * @param n number N of continuations
	 * @param y11 &lt;||y*_1||^2&gt;
	 * @param y12 &lt;y*_1.y*_2&gt;
	 * @param y22 &lt;||y*_2||^2&gt;
	 */
	public FixedExpansionTheory(double etaH1, double etaH2, double etaA, double etaB, int n, double y11, double y12,
			double y22) {
		if (n < 1) {
			throw new IllegalArgumentException("N must be >= 1, was " + n);
		}
		this.etaH1 = etaH1;
		this.etaH2 = etaH2;
		this.etaA = etaA;
		this.etaB = etaB;
		this.n = n;
		this.y11 = y11;
		this.y12 = y12;
		this.y22 = y22;
	}

	/**
	 * The agreeing pair of the parity notebook [code rnn_structure parity/main.ipynb]: N = 1, y*_1 = y*_2 = 1,
	 * eta_h1 = lr, eta_h2 = ratio lr (1/tau_h grows with sequence length, paper eq 51; notebook: lengths 1 and 10),
	 * eta_a = lr, eta_b = lr/4.
	 *
	 * @param lr learning rate (notebook: 0.02)
	 * @param hiddenRateRatio eta_h2/eta_h1
	 * @return the theory
	 */
	public static FixedExpansionTheory notebookAgreeingPair(double lr, double hiddenRateRatio) {
		return new FixedExpansionTheory(lr, hiddenRateRatio * lr, lr, lr / 4, 1, 1, 1, 1);
	}

	/**
	 * @return the notebook's initial state h1 = .05, h2 = -.08, &lt;||b||^2&gt; = &lt;||Dv||^2&gt; = .01, all angles
	 *         zero (theta = 0 in parity/main.ipynb)
	 */
	public static double[] notebookInitialState() {
		return new double[] { 0.05, -0.08, 0, 0, 0, 0.01, 0.01, 0, 0 };
	}

	/**
	 * Right-hand side, 2025 eqs 36-43 (hm = (h1+h2)/2, h2m = (h1^2+h2^2)/2).
	 *
	 * @param z the 9-scalar state
	 * @param into receives dz/dt
	 */
	public void derivatives(double[] z, double[] into) {
		double h1 = z[H1], h2 = z[H2], bD = z[BD], by1 = z[BY1], by2 = z[BY2], b2 = z[B2], dd = z[D2],
				dy1 = z[DY1], dy2 = z[DY2];
		double hm = (h1 + h2) / 2, h2m = (h1 * h1 + h2 * h2) / 2;
		into[H1] = -etaH1 * 0.5 * (bD + h1 * dd - dy1);
		into[H2] = -etaH2 * 0.5 * (bD + h2 * dd - dy2);
		into[BD] = -etaB / n * (bD + hm * dd - (dy1 + dy2) / 2) - etaA / n * (h2m * bD + hm * b2 - (h1 * by1 + h2 * by2) / 2);
		into[BY1] = -etaB / n * (by1 + hm * dy1 - (y11 + y12) / 2);
		into[BY2] = -etaB / n * (by2 + hm * dy2 - (y12 + y22) / 2);
		into[B2] = -2 * etaB / n * (b2 + hm * bD - (by1 + by2) / 2);
		into[D2] = -2 * etaA / n * (h2m * dd + hm * bD - (h1 * dy1 + h2 * dy2) / 2);
		into[DY1] = -etaA / n * (h2m * dy1 + hm * by1 - (h1 * y11 + h2 * y12) / 2);
		into[DY2] = -etaA / n * (h2m * dy2 + hm * by2 - (h1 * y12 + h2 * y22) / 2);
	}

	/**
	 * Integrates eqs 36-43 (Dormand-Prince 8(5,3), 1e-14 abs / 1e-12 rel).
	 *
	 * @param initial9 the state at time 0
	 * @param times non-decreasing sample times &gt;= 0
	 * @return {@code result[k][j]}: scalar k (indices {@link #H1} .. {@link #DY2}) at {@code times[j]}
	 */
	public double[][] trajectory(double[] initial9, double[] times) {
		if (initial9.length != 9) {
			throw new IllegalArgumentException("the fixed expansion state has 9 scalars, got " + initial9.length);
		}
		OrdinaryDifferentialEquation ode = new OrdinaryDifferentialEquation() {
			@Override
			public int getDimension() {
				return 9;
			}

			@Override
			public double[] computeDerivatives(double t, double[] z) {
				double[] dz = new double[9];
				derivatives(z, dz);
				return dz;
			}
		};
		return OdeSampler.sample(ode, initial9, times);
	}

	/**
	 * Training loss (1/2)(b2 + D2 h2m + (y11+y22)/2 + 2 bD hm - (h1 Dy1 + h2 Dy2) - (by1 + by2)) [paper App. B.4; code
	 * get_train_loss].
	 *
	 * @param z the 9-scalar state
	 * @return L
	 */
	public double loss(double[] z) {
		double h1 = z[H1], h2 = z[H2];
		double hm = (h1 + h2) / 2, h2m = (h1 * h1 + h2 * h2) / 2;
		return 0.5 * (z[B2] + z[D2] * h2m + (y11 + y22) / 2 + 2 * z[BD] * hm - (h1 * z[DY1] + h2 * z[DY2])
				- (z[BY1] + z[BY2]));
	}

	/**
	 * @param z the 9-scalar state
	 * @return the representational distance (h2 - h1)^2
	 */
	public static double distance(double[] z) {
		double x = z[H2] - z[H1];
		return x * x;
	}
}
