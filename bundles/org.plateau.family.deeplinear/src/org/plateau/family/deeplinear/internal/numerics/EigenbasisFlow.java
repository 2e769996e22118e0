package org.plateau.family.deeplinear.internal.numerics;

import java.util.Random;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * Exact gradient flow of one sampled linear teacher-student problem (Advani &amp; Saxe 2017/2020, spec 1.4(a-c)), solved
 * in the eigenbasis of X X^T: the simulation that {@link TeacherStudentTheory} is checked against (checks C1.16,
 * C1.17). Draws, in this order from {@code random} ({@code nextGaussian}, row-major): X (N x P, entries N(0, 1/N)),
 * w_bar (N, N(0, sigma_w^2)), eps (P, N(0, sigma_eps^2)), w(0) (N, N(0, sigma_0^2)); all four are always drawn, so a
 * seed gives the same X, w_bar and eps whatever the variances. P = round(alpha N).
 * <p>
 * With e = w - w_bar, tau de/dt = -X X^T e + X eps. Along an eigenvector v_k of X X^T with eigenvalue l_k &gt; 0 and
 * b_k = v_k . X eps this is solved exactly: e_k(t) = e_k(0) e^{-l_k t/tau} + (b_k / l_k)(1 - e^{-l_k t/tau}). The
 * N - P null directions (P &lt; N) never move (b_k = 0 there): their part of ||e||^2 stays ||e(0)||^2 - sum_k
 * e_k(0)^2, the frozen subspace. X X^T is decomposed once with EJML's symmetric eigendecomposition; when P &lt; N its
 * P nonzero eigenpairs are taken from the smaller X^T X instead (X^T X u_k = l_k u_k, v_k = X u_k / sqrt(l_k)), which
 * is the same spectrum and basis at a fraction of the cost. Errors use the normalisations of
 * {@link TeacherStudentTheory}: E_g = ||e||^2 / N + sigma_eps^2, E_t = (1/P) ||eps - X^T e||^2. Times in units of
 * tau; t = +infinity gives the limit (e_k = b_k / l_k).
 * <p>
 * Cost per draw: one min(N, P)-sided Gram matrix and its eigendecomposition (about 0.1 s at N = 400, alpha = 2).
 */
public final class EigenbasisFlow {

	private EigenbasisFlow() {
	}

	/** E_g at each time (t/tau, non-negative, +infinity allowed) for one draw. */
	public static double[] generalizationErrors(int n, double alpha, double sigmaW2, double sigmaEps2, double sigma02,
			double[] times, Random random) {
		return Draw.sample(n, alpha, sigmaW2, sigmaEps2, sigma02, random).generalizationErrors(times);
	}

	/** E_t at each time (t/tau, non-negative, +infinity allowed) for one draw. */
	public static double[] trainingErrors(int n, double alpha, double sigmaW2, double sigmaEps2, double sigma02,
			double[] times, Random random) {
		return Draw.sample(n, alpha, sigmaW2, sigmaEps2, sigma02, random).trainingErrors(times);
	}

	/**
	 * Both errors of one draw: {E_g at each time, E_t at each time}; the same numbers as the two methods above called
	 * with generators in the same state, for the cost of one eigendecomposition.
	 */
	public static double[][] errors(int n, double alpha, double sigmaW2, double sigmaEps2, double sigma02,
			double[] times, Random random) {
		Draw draw = Draw.sample(n, alpha, sigmaW2, sigmaEps2, sigma02, random);
		return new double[][] { draw.generalizationErrors(times), draw.trainingErrors(times) };
	}

	/** One problem in the eigenbasis of X X^T, restricted to its min(N, P) nonzero eigenvalues. */
	private static final class Draw {
		private final int n;
		private final int p;
		private final double sigmaEps2;
		/** l_k &gt; 0. */
		private final double[] lambda;
		/** e_k(0) = v_k . (w(0) - w_bar). */
		private final double[] e0;
		/** b_k = v_k . X eps. */
		private final double[] b;
		/** ||e(0)||^2 - sum_k e_k(0)^2: the part of ||e||^2 in the null space of X X^T (0 when P &gt;= N). */
		private final double frozenEnergy;
		/** ||eps||^2 - sum_k b_k^2 / l_k: the noise outside the span of X^T (0 when P &lt;= N). */
		private final double noiseOutsideSpan;

		private Draw(int n, int p, double sigmaEps2, double[] lambda, double[] e0, double[] b, double frozenEnergy,
				double noiseOutsideSpan) {
			this.n = n;
			this.p = p;
			this.sigmaEps2 = sigmaEps2;
			this.lambda = lambda;
			this.e0 = e0;
			this.b = b;
			this.frozenEnergy = frozenEnergy;
			this.noiseOutsideSpan = noiseOutsideSpan;
		}

		static Draw sample(int n, double alpha, double sigmaW2, double sigmaEps2, double sigma02, Random random) {
			if (n < 1) {
				throw new IllegalArgumentException("input dimension N must be positive, was " + n);
			}
			int p = (int) Math.round(alpha * n);
			if (!(alpha > 0) || p < 1) {
				throw new IllegalArgumentException("alpha N must round to at least one example, was alpha = " + alpha
						+ ", N = " + n);
			}
			if (!(sigmaW2 >= 0 && sigmaEps2 >= 0 && sigma02 >= 0)) {
				throw new IllegalArgumentException("variances must be non-negative, were sigma_w^2 = " + sigmaW2
						+ ", sigma_eps^2 = " + sigmaEps2 + ", sigma_0^2 = " + sigma02);
			}
			// spec 1.4(b): x_i ~ N(0, 1/N), w_bar_i ~ N(0, sigma_w^2), eps ~ N(0, sigma_eps^2), w(0)_i ~ N(0, sigma_0^2)
			DMatrixRMaj x = RandomMatrices.gaussian(n, p, 1 / Math.sqrt(n), random);
			DMatrixRMaj wBar = RandomMatrices.gaussian(n, 1, Math.sqrt(sigmaW2), random);
			DMatrixRMaj eps = RandomMatrices.gaussian(p, 1, Math.sqrt(sigmaEps2), random);
			DMatrixRMaj w0 = RandomMatrices.gaussian(n, 1, Math.sqrt(sigma02), random);

			DMatrixRMaj e = new DMatrixRMaj(n, 1);
			CommonOps_DDRM.subtract(w0, wBar, e);
			boolean wide = p < n;
			int r = Math.min(n, p);
			// the Gram matrix of the small side: X^T X (P x P) when P < N, else X X^T (N x N)
			DMatrixRMaj gram = new DMatrixRMaj(r, r);
			DMatrixRMaj left = new DMatrixRMaj(r, 1);
			DMatrixRMaj right = new DMatrixRMaj(r, 1);
			if (wide) {
				CommonOps_DDRM.multInner(x, gram);
				// X^T e and eps: with v_k = X u_k / sqrt(l_k), e_k(0) = u_k . X^T e / sqrt(l_k), b_k = sqrt(l_k) u_k . eps
				CommonOps_DDRM.multTransA(x, e, left);
				right.setTo(eps);
			} else {
				CommonOps_DDRM.multOuter(x, gram);
				left.setTo(e);
				CommonOps_DDRM.mult(x, eps, right);
			}
			EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(r, true, true);
			if (!eig.decompose(gram)) {
				throw new IllegalStateException("symmetric eigendecomposition of the Gram matrix failed (N = " + n
						+ ", P = " + p + ")");
			}
			double[] lambda = new double[r];
			double[] e0 = new double[r];
			double[] b = new double[r];
			double projectedInit = 0;
			double projectedNoise = 0;
			for (int k = 0; k < r; k++) {
				DMatrixRMaj v = eig.getEigenVector(k);
				double l = eig.getEigenvalue(k).real;
				if (!(l > 0)) {
					throw new IllegalStateException("X X^T has a non-positive eigenvalue " + l + " among its min(N, P) = "
							+ r + " largest (N = " + n + ", P = " + p + ")");
				}
				lambda[k] = l;
				double root = Math.sqrt(l);
				if (wide) {
					e0[k] = CommonOps_DDRM.dot(v, left) / root;
					b[k] = root * CommonOps_DDRM.dot(v, right);
				} else {
					e0[k] = CommonOps_DDRM.dot(v, left);
					b[k] = CommonOps_DDRM.dot(v, right);
				}
				projectedInit += e0[k] * e0[k];
				// the component of eps along u_k = X^T v_k / sqrt(l_k) is b_k / sqrt(l_k)
				projectedNoise += b[k] * b[k] / l;
			}
			double frozen = wide ? Math.max(0, CommonOps_DDRM.dot(e, e) - projectedInit) : 0;
			double outside = p > n ? Math.max(0, CommonOps_DDRM.dot(eps, eps) - projectedNoise) : 0;
			return new Draw(n, p, sigmaEps2, lambda, e0, b, frozen, outside);
		}

		/** e_k(t), spec 1.4(c) solved along v_k. */
		private double component(int k, double t) {
			double l = lambda[k];
			if (t == Double.POSITIVE_INFINITY) {
				return b[k] / l;
			}
			// tau de_k/dt = -l_k e_k + b_k: e_k(t) = e_k(0) e^{-l t} + (b_k / l)(1 - e^{-l t})
			return e0[k] * Math.exp(-l * t) - b[k] / l * Math.expm1(-l * t);
		}

		double[] generalizationErrors(double[] times) {
			double[] errors = new double[times.length];
			for (int i = 0; i < times.length; i++) {
				double t = check(times[i]);
				// frozen subspace: the null directions of X X^T keep e(0)
				double sum = frozenEnergy;
				for (int k = 0; k < lambda.length; k++) {
					double ek = component(k, t);
					sum += ek * ek;
				}
				// E_g = ||w - w_bar||^2 / N + sigma_eps^2 for x ~ N(0, I/N)
				errors[i] = sum / n + sigmaEps2;
			}
			return errors;
		}

		double[] trainingErrors(double[] times) {
			double[] errors = new double[times.length];
			for (int i = 0; i < times.length; i++) {
				double t = check(times[i]);
				double sum = noiseOutsideSpan;
				for (int k = 0; k < lambda.length; k++) {
					double ek = component(k, t);
					// residual along u_k: (b_k - l_k e_k) / sqrt(l_k)
					double r = b[k] - lambda[k] * ek;
					sum += r * r / lambda[k];
				}
				// E_t = (1/P) ||eps - X^T e||^2
				errors[i] = sum / p;
			}
			return errors;
		}

		private static double check(double t) {
			if (!(t >= 0)) {
				throw new IllegalArgumentException("time t/tau must be non-negative, was " + t);
			}
			return t;
		}
	}
}
