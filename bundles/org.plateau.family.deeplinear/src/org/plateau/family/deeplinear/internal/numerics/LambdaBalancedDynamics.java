package org.plateau.family.deeplinear.internal.numerics;

import java.util.Arrays;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.NormOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.CholeskyDecomposition_F64;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * The exact gradient-flow dynamics of a two-layer linear network from lambda-balanced weights on a whitened task
 * (Dominé, Anguita, Proca et al. 2024, spec 1.3(d)), in the MEAN convention of the spec (Sigma_x = I, Sigma_yx =
 * Y X^T / P; any convention works if sigmaYX is that convention's and its Sigma_x is I). With Q = [W1^T; W2]
 * ((Ni + No) x Nh) and F = [[-(lambda/2) I_Ni, Sigma_yx^T], [Sigma_yx, (lambda/2) I_No]], QQ^T solves the matrix
 * Riccati equation tau d(QQ^T)/dt = F QQ^T + QQ^T F - (QQ^T)^2, whose solution is
 * QQ^T(t) = e^{Ft} Q0 [I + Q0^T (int_0^t e^{2Fs} ds) Q0]^{-1} Q0^T e^{Ft}, t in units of tau (t/tau = eta * steps).
 * <p>
 * That form overflows once e^{2 mu_max t} passes 1e16 (t ~ 8 tau). This class evaluates instead, in the eigenbasis
 * F = O diag(mu) O^T, the paper's stable split (spec 1.3(d): G = O^T Q0, G+ its rows with mu > 0, H = G- G+^{-1}, all
 * factors bounded) when G+ is square and well conditioned (the paper's "B invertible"), and otherwise the generic form
 * restarted every Delta t <= min(1, 1/max|mu|) tau from a factor of the current state, which always works (cost
 * O(t max|mu|)). Both are accurate at any t; as t grows QQ^T tends to the fixed point (the least-squares map W2 W1 =
 * Sigma_yx for a full-rank task with Nh >= rank). G+ is not square when F has more or fewer than Nh positive
 * eigenvalues (e.g. lambda > 0 and Nh < No); it is singular when the init starts on the stable manifold of a saddle,
 * e.g. lambda = 0, Ni = Nh = No even and W0 = c O2 O1^T with det(W0) det(Sigma_yx) < 0.
 * <p>
 * QQ^T = [[W1^T W1, W1^T W2^T], [W2 W1, W2 W2^T]]: {@link #inputRepresentation}, {@link #networkMap} and
 * {@link #outputRepresentation} are its blocks. Not thread-safe (work matrices are reused between calls).
 */
public final class LambdaBalancedDynamics {

	/** Relative tolerance on the initial lambda-balance (constructions are exact to ~1e-15). */
	private static final double BALANCE_TOLERANCE = 1e-9;
	/** Eigenvalues within this fraction of max|mu| of 0 count as 0 when F's spectrum is split at Nh. */
	private static final double EIGENVALUE_TOLERANCE = 1e-12;
	/** Largest cond_F(G+) for which the stable form is used (its inverse then costs at most ~8 digits of ~16). */
	private static final double CONDITION_LIMIT = 1e8;

	private final int ni;
	private final int no;
	private final int nh;
	/** Ni + No. */
	private final int n;
	private final double lambda;
	/** Eigenvalues of F, descending. */
	private final double[] mu;
	/** The eigenvectors of F as columns, in the order of {@link #mu}. */
	private final DMatrixRMaj o;
	/** G = O^T Q0 (n x Nh). */
	private final DMatrixRMaj g0;
	/** Restart step of the fallback, in units of tau. */
	private final double restartStep;
	private final boolean stable;
	/** Stable form: (G+ G+^T)^{-1} (Nh x Nh) and H = G- G+^{-1} ((n - Nh) x Nh); null otherwise. */
	private final DMatrixRMaj gramInverse;
	private final DMatrixRMaj h;

	// work matrices and vectors, reused by every call
	private final CholeskyDecomposition_F64<DMatrixRMaj> cholesky;
	private final DMatrixRMaj square;
	private final DMatrixRMaj lower;
	private final DMatrixRMaj lowerInverse;
	private final DMatrixRMaj factor;
	private final DMatrixRMaj nextFactor;
	private final DMatrixRMaj eigenState;
	private final DMatrixRMaj product;
	private final DMatrixRMaj state;
	private final double[] growth;
	private final double[] integral;
	/** The time, in units of tau, whose state {@link #factor} holds for the restarted form. */
	private double factorTime;

	/**
	 * @param sigmaYX Sigma_yx (No x Ni) of a whitened task
	 * @param initial a two-layer network Ni -> Nh -> No with W2^T W2 - W1 W1^T = lambda I (to 1e-9 relative)
	 * @param lambda the balance
	 */
	public LambdaBalancedDynamics(DMatrixRMaj sigmaYX, LinearNetwork initial, double lambda) {
		if (initial.depth() != 2) {
			throw new IllegalArgumentException(
					"the lambda-balanced exact solution is for two-layer networks, depth was " + initial.depth());
		}
		if (!Double.isFinite(lambda)) {
			throw new IllegalArgumentException("lambda must be finite, was " + lambda);
		}
		DMatrixRMaj w1 = initial.weight(1);
		DMatrixRMaj w2 = initial.weight(2);
		this.ni = w1.numCols;
		this.nh = w1.numRows;
		this.no = w2.numRows;
		this.n = ni + no;
		this.lambda = lambda;
		if (sigmaYX.numRows != no || sigmaYX.numCols != ni) {
			throw new IllegalArgumentException("Sigma_yx is " + sigmaYX.numRows + " x " + sigmaYX.numCols
					+ " but the network maps " + ni + " inputs to " + no + " outputs");
		}
		double scale = 1 + Math.abs(lambda) + square(NormOps_DDRM.normF(w1)) + square(NormOps_DDRM.normF(w2));
		double balanceError = LambdaBalanced.balanceError(initial, lambda);
		if (!(balanceError <= BALANCE_TOLERANCE * scale)) {
			throw new IllegalArgumentException("the initial weights are not lambda-balanced for lambda = " + lambda
					+ ": max |W2^T W2 - W1 W1^T - lambda I| = " + balanceError);
		}

		// Dominé et al. 2024 (spec 1.3(d)): F = [[-(lambda/2) I, Sigma_yx^T], [Sigma_yx, (lambda/2) I]]
		DMatrixRMaj f = new DMatrixRMaj(n, n);
		for (int i = 0; i < ni; i++) {
			f.set(i, i, -lambda / 2);
		}
		for (int i = 0; i < no; i++) {
			f.set(ni + i, ni + i, lambda / 2);
			for (int j = 0; j < ni; j++) {
				f.set(ni + i, j, sigmaYX.get(i, j));
				f.set(j, ni + i, sigmaYX.get(i, j));
			}
		}
		EigenDecomposition_F64<DMatrixRMaj> eigen = DecompositionFactory_DDRM.eig(n, true, true);
		if (!eigen.decompose(f)) {
			throw new IllegalStateException("eigen decomposition of F failed");
		}
		Integer[] order = new Integer[n];
		for (int k = 0; k < n; k++) {
			order[k] = k;
		}
		Arrays.sort(order, (a, b) -> Double.compare(eigen.getEigenvalue(b).real, eigen.getEigenvalue(a).real));
		this.mu = new double[n];
		this.o = new DMatrixRMaj(n, n);
		double muMax = 0;
		for (int k = 0; k < n; k++) {
			mu[k] = eigen.getEigenvalue(order[k]).real;
			muMax = Math.max(muMax, Math.abs(mu[k]));
			DMatrixRMaj vector = eigen.getEigenVector(order[k]);
			for (int i = 0; i < n; i++) {
				o.set(i, k, vector.get(i, 0));
			}
		}
		this.restartStep = muMax > 1 ? 1 / muMax : 1;

		// Q0 = [W1^T; W2], G = O^T Q0
		DMatrixRMaj q0 = new DMatrixRMaj(n, nh);
		for (int k = 0; k < nh; k++) {
			for (int j = 0; j < ni; j++) {
				q0.set(j, k, w1.get(k, j));
			}
			for (int i = 0; i < no; i++) {
				q0.set(ni + i, k, w2.get(i, k));
			}
		}
		this.g0 = new DMatrixRMaj(n, nh);
		CommonOps_DDRM.multTransA(o, q0, g0);

		// the stable split needs exactly Nh eigenvalues >= 0 before the rest (<= 0) and an invertible G+
		double zero = EIGENVALUE_TOLERANCE * Math.max(1, muMax);
		DMatrixRMaj inverse = null;
		if (nh < n && mu[nh - 1] >= -zero && mu[nh] <= zero) {
			DMatrixRMaj gPlus = CommonOps_DDRM.extract(g0, 0, nh, 0, nh);
			DMatrixRMaj candidate = new DMatrixRMaj(nh, nh);
			if (CommonOps_DDRM.invert(gPlus, candidate) && NormOps_DDRM.normF(gPlus) * NormOps_DDRM.normF(candidate) < CONDITION_LIMIT
					&& LinearNetwork.allFinite(candidate)) {
				inverse = candidate;
			}
		}
		this.stable = inverse != null;
		if (stable) {
			// Dominé et al. 2024 (spec 1.3(d)): (G+ G+^T)^{-1} = G+^{-T} G+^{-1}, H = G- G+^{-1}
			this.gramInverse = new DMatrixRMaj(nh, nh);
			CommonOps_DDRM.multTransA(inverse, inverse, gramInverse);
			DMatrixRMaj gMinus = CommonOps_DDRM.extract(g0, nh, n, 0, nh);
			this.h = new DMatrixRMaj(n - nh, nh);
			CommonOps_DDRM.mult(gMinus, inverse, h);
		} else {
			this.gramInverse = null;
			this.h = null;
		}

		this.cholesky = DecompositionFactory_DDRM.chol(nh, true);
		this.square = new DMatrixRMaj(nh, nh);
		this.lower = new DMatrixRMaj(nh, nh);
		this.lowerInverse = new DMatrixRMaj(nh, nh);
		this.factor = new DMatrixRMaj(n, nh);
		this.nextFactor = new DMatrixRMaj(n, nh);
		this.eigenState = new DMatrixRMaj(n, n);
		this.product = new DMatrixRMaj(n, n);
		this.state = new DMatrixRMaj(n, n);
		this.growth = new double[n];
		this.integral = new double[n];
	}

	/** QQ^T(t), (Ni + No) x (Ni + No), at time t >= 0 in units of tau; a new matrix. */
	public DMatrixRMaj qqt(double t) {
		return qqt(t, new DMatrixRMaj(n, n));
	}

	/** QQ^T(t) written into {@code out} ((Ni + No) x (Ni + No), reshaped if needed); allocates nothing. */
	public DMatrixRMaj qqt(double t, DMatrixRMaj out) {
		checkTime(t);
		if (stable) {
			stableEigenState(t);
		} else {
			restartedEigenState(t);
		}
		return rotateBack(out);
	}

	/** W2 W1 (No x Ni) at time t (units of tau); a new matrix. */
	public DMatrixRMaj networkMap(double t) {
		qqt(t, state);
		return CommonOps_DDRM.extract(state, ni, n, 0, ni);
	}

	/** W1^T W1 (Ni x Ni) at time t (units of tau); a new matrix. */
	public DMatrixRMaj inputRepresentation(double t) {
		qqt(t, state);
		return CommonOps_DDRM.extract(state, 0, ni, 0, ni);
	}

	/** W2 W2^T (No x No) at time t (units of tau); a new matrix. */
	public DMatrixRMaj outputRepresentation(double t) {
		qqt(t, state);
		return CommonOps_DDRM.extract(state, ni, n, ni, n);
	}

	/** lambda, the conserved balance. */
	public double lambda() {
		return lambda;
	}

	/** Whether the stable eigen-split form is used (G+ square and invertible); otherwise the restarted generic form. */
	boolean usesStableForm() {
		return stable;
	}

	/** QQ^T(t) by the restarted generic form whatever {@link #usesStableForm()} says (to cross-check the two). */
	DMatrixRMaj qqtByRestarts(double t) {
		checkTime(t);
		restartedEigenState(t);
		return rotateBack(new DMatrixRMaj(n, n));
	}

	/** The eigenvalues of F, descending. */
	double[] eigenvaluesOfF() {
		return mu.clone();
	}

	/** eigenState = O^T QQ^T(t) O by the stable split of Dominé et al. (spec 1.3(d)). */
	private void stableEigenState(double t) {
		int m = n - nh;
		// growth: E+ = e^{-mu+ t} (first Nh), Em = e^{mu- t} (the rest); integral: the diagonals of the two D's
		for (int k = 0; k < n; k++) {
			double rate = k < nh ? -mu[k] : mu[k];
			growth[k] = Math.exp(rate * t);
			// Dominé et al. 2024 (spec 1.3(d)): (1 - e^{-2 mu+ t})/(2 mu+) and (e^{2 mu- t} - 1)/(2 mu-), -> t at mu = 0
			integral[k] = mu[k] == 0 ? t : Math.expm1(2 * rate * t) / (2 * rate);
		}
		// Kt = E+ (G+ G+^T)^{-1} E+ + diag((1 - e^{-2 mu+ t})/(2 mu+)) + E+ H^T Dm H E+
		for (int i = 0; i < nh; i++) {
			for (int j = 0; j <= i; j++) {
				double sum = gramInverse.get(i, j);
				for (int k = 0; k < m; k++) {
					sum += h.get(k, i) * integral[nh + k] * h.get(k, j);
				}
				double value = growth[i] * sum * growth[j] + (i == j ? integral[i] : 0);
				square.set(i, j, value);
				square.set(j, i, value);
			}
		}
		// M++ = Kt^{-1}
		invertPositiveDefinite(square);
		CommonOps_DDRM.multTransA(lowerInverse, lowerInverse, square);
		for (int i = 0; i < nh; i++) {
			for (int j = 0; j < nh; j++) {
				eigenState.set(i, j, square.get(i, j));
			}
		}
		// M-+ = Em H E+ Kt^{-1}
		for (int k = 0; k < m; k++) {
			for (int j = 0; j < nh; j++) {
				double sum = 0;
				for (int i = 0; i < nh; i++) {
					sum += h.get(k, i) * growth[i] * square.get(i, j);
				}
				double value = growth[nh + k] * sum;
				eigenState.set(nh + k, j, value);
				eigenState.set(j, nh + k, value);
			}
		}
		// M-- = M-+ E+ H^T Em
		for (int k = 0; k < m; k++) {
			for (int l = 0; l <= k; l++) {
				double sum = 0;
				for (int j = 0; j < nh; j++) {
					sum += eigenState.get(nh + k, j) * growth[j] * h.get(l, j);
				}
				double value = sum * growth[nh + l];
				eigenState.set(nh + k, nh + l, value);
				eigenState.set(nh + l, nh + k, value);
			}
		}
	}

	/**
	 * eigenState = O^T QQ^T(t) O by the generic form over steps of at most {@link #restartStep}, each from the factor
	 * G of the current state (spec 1.3(d)): G <- e^{mu h} G L^{-T} with L L^T = I + G^T diag((e^{2 mu h} - 1)/(2 mu)) G,
	 * so that G G^T = e^{mu h} G (I + G^T D G)^{-1} G^T e^{mu h}. Cost: ceil(t max(1, max|mu|)) steps (no early stop: a
	 * weak mode on a plateau changes by far less than the rounding of the learnt ones, yet must keep growing).
	 */
	private void restartedEigenState(double t) {
		// the flow composes: from the factor of the last time asked when it is not later (predictions come in order),
		// else from t = 0, so that evaluating at n increasing times costs O(t max|mu|), not O(n t max|mu|)
		double from = t >= factorTime ? factorTime : 0;
		if (from == 0) {
			factor.setTo(g0);
		}
		double span = t - from;
		long steps = span == 0 ? 0 : (long) Math.ceil(span / restartStep);
		double step = steps == 0 ? 0 : span / steps;
		for (int k = 0; k < n; k++) {
			growth[k] = Math.exp(mu[k] * step);
			// int_0^h e^{2 mu s} ds
			integral[k] = mu[k] == 0 ? step : Math.expm1(2 * mu[k] * step) / (2 * mu[k]);
		}
		for (long s = 0; s < steps; s++) {
			// Dominé et al. 2024 (spec 1.3(d)): bracket I + Q^T (int_0^h e^{2Fs} ds) Q, in the eigenbasis
			for (int i = 0; i < nh; i++) {
				for (int j = 0; j <= i; j++) {
					double sum = i == j ? 1 : 0;
					for (int k = 0; k < n; k++) {
						sum += factor.get(k, i) * integral[k] * factor.get(k, j);
					}
					square.set(i, j, sum);
					square.set(j, i, sum);
				}
			}
			invertPositiveDefinite(square);
			// G <- e^{mu h} G L^{-T}
			CommonOps_DDRM.multTransB(factor, lowerInverse, nextFactor);
			for (int k = 0; k < n; k++) {
				for (int j = 0; j < nh; j++) {
					factor.set(k, j, growth[k] * nextFactor.get(k, j));
				}
			}
		}
		factorTime = t;
		CommonOps_DDRM.multTransB(factor, factor, eigenState);
	}

	/** out = O eigenState O^T. */
	private DMatrixRMaj rotateBack(DMatrixRMaj out) {
		out.reshape(n, n);
		CommonOps_DDRM.mult(o, eigenState, product);
		CommonOps_DDRM.multTransB(product, o, out);
		// symmetric by construction; remove the rounding asymmetry
		for (int i = 0; i < n; i++) {
			for (int j = 0; j < i; j++) {
				double mean = 0.5 * (out.get(i, j) + out.get(j, i));
				out.set(i, j, mean);
				out.set(j, i, mean);
			}
		}
		return out;
	}

	/** Cholesky a = L L^T of a positive definite Nh x Nh matrix (a is overwritten) and lowerInverse = L^{-1}. */
	private void invertPositiveDefinite(DMatrixRMaj a) {
		if (!cholesky.decompose(a)) {
			throw new IllegalStateException("the Riccati bracket is not positive definite (non-finite weights?)");
		}
		cholesky.getT(lower);
		// forward substitution, column by column of L^{-1}
		for (int i = 0; i < nh; i++) {
			double diagonal = lower.get(i, i);
			for (int j = 0; j < i; j++) {
				double sum = 0;
				for (int k = j; k < i; k++) {
					sum += lower.get(i, k) * lowerInverse.get(k, j);
				}
				lowerInverse.set(i, j, -sum / diagonal);
			}
			lowerInverse.set(i, i, 1 / diagonal);
			for (int j = i + 1; j < nh; j++) {
				lowerInverse.set(i, j, 0);
			}
		}
	}

	private static void checkTime(double t) {
		if (!(t >= 0) || !Double.isFinite(t)) {
			throw new IllegalArgumentException("time must be finite and non-negative, was " + t);
		}
	}

	private static double square(double x) {
		return x * x;
	}
}
