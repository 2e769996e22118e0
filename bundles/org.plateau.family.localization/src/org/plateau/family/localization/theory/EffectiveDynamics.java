package org.plateau.family.localization.theory;

import org.ejml.data.DMatrixRMaj;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.nonstiff.DormandPrince54Integrator;

/**
 * The effective dynamics of a single ReLU neuron's receptive field (Lufkin, Saxe &amp; Grant 2024, Lemma 3.1, "Eq. 5";
 * spec 2(d)), from the exact decomposition of the gradient of L = (1/2) E (y - ReLU(w.x))^2 with labels {0, 1},
 * p = 1/2 and classes symmetric under x -&gt; -x:
 * -dL/dw = (1/4) E_1[x sign(w.x)] - (1/4)(Sigma_0 + Sigma_1) w, and the weak-dependence step
 * E_1[x_i sign(w.x)] = phi(a_i), a = Sigma_1 w / sqrt(w' Sigma_1 w) (exact for Gaussian pixels).
 * <ul>
 * <li>The derived form: dw/ds = phi(a) - (Sigma_0 + Sigma_1) w in the time s = eta c step / 2 of SGD on
 * c E (yhat - y)^2 (c = 1 without the 1/2: the paper's loss), integrated by Hipparchus' Dormand-Prince 5(4).</li>
 * <li>The authors' code form [code figures/fig3a.py simulate_varphi]: w &lt;- w + tau [phi(a) - (Sigma_0 + Sigma_1) w/2],
 * Euler steps of tau, from the same w; its fixed points are twice the derived form's (phi depends only on the
 * direction of w), so its receptive field has the same shape and IPR.</li>
 * </ul>
 */
public final class EffectiveDynamics {

	private final DMatrixRMaj sigma1;
	private final DMatrixRMaj sigmaSum;
	private final Amplifier amplifier;
	private final int n;
	private final double[] product;

	/**
	 * @param sigma0 the covariance of label 0
	 * @param sigma1 the covariance of label 1 (the longer correlation)
	 * @param amplifier phi of label 1's marginal
	 */
	public EffectiveDynamics(DMatrixRMaj sigma0, DMatrixRMaj sigma1, Amplifier amplifier) {
		this.n = sigma0.numRows;
		this.sigma1 = sigma1;
		this.sigmaSum = sigma0.copy();
		for (int i = 0; i < sigmaSum.data.length; i++) {
			sigmaSum.data[i] += sigma1.data[i];
		}
		this.amplifier = amplifier;
		this.product = new double[n];
	}

	/** The amplifier used. */
	public Amplifier amplifier() {
		return amplifier;
	}

	/**
	 * dw/ds = phi(a) - sigmaScale (Sigma_0 + Sigma_1) w into {@code rate}: sigmaScale 1 for the derived form, 1/2 for the
	 * code form.
	 */
	public void rate(double[] w, double sigmaScale, double[] rate) {
		multiply(sigma1, w, product);
		double norm = 0;
		for (int i = 0; i < n; i++) {
			norm += w[i] * product[i];
		}
		norm = Math.sqrt(Math.max(norm, Double.MIN_NORMAL));
		for (int i = 0; i < n; i++) {
			rate[i] = amplifier.value(Math.max(-1, Math.min(1, product[i] / norm)));
		}
		multiply(sigmaSum, w, product);
		for (int i = 0; i < n; i++) {
			rate[i] -= sigmaScale * product[i];
		}
	}

	private void multiply(DMatrixRMaj m, double[] v, double[] into) {
		for (int i = 0; i < n; i++) {
			double s = 0;
			int row = i * n;
			for (int j = 0; j < n; j++) {
				s += m.data[row + j] * v[j];
			}
			into[i] = s;
		}
	}

	/** The derived form from w at time s0 to s1 (w is replaced by the state at s1). */
	public void integrate(double[] w, double s0, double s1) {
		if (s1 <= s0) {
			return;
		}
		OrdinaryDifferentialEquation equation = new OrdinaryDifferentialEquation() {
			@Override
			public int getDimension() {
				return n;
			}

			@Override
			public double[] computeDerivatives(double t, double[] y) {
				double[] dy = new double[n];
				rate(y, 1, dy);
				return dy;
			}
		};
		DormandPrince54Integrator integrator = new DormandPrince54Integrator(1e-10, Math.max(1e-3, s1 - s0), 1e-12, 1e-9);
		ODEState end = integrator.integrate(equation, new ODEState(s0, w.clone()), s1);
		System.arraycopy(end.getPrimaryState(), 0, w, 0, n);
	}

	/** {@code steps} Euler steps of the code form with step tau (w is replaced). */
	public void codeSteps(double[] w, double tau, long steps) {
		double[] rate = new double[n];
		for (long k = 0; k < steps; k++) {
			rate(w, 0.5, rate);
			for (int i = 0; i < n; i++) {
				w[i] += tau * rate[i];
			}
		}
	}
}
