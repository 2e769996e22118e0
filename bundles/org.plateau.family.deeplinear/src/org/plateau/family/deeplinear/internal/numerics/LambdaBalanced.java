package org.plateau.family.deeplinear.internal.numerics;

import java.util.Arrays;
import java.util.Random;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * Lambda-balanced initial weights of a two-layer linear network Ni -> Nh -> No (Dominé, Anguita, Proca et al. 2024,
 * spec 1.3(c)): W2^T W2 - W1 W1^T = lambda I_Nh, which gradient flow conserves. For a target product U S V^T,
 * W2 = U~ S2 R^T and W1 = R S1 V~^T with R a random orthogonal Nh x Nh matrix and, per hidden direction,
 * S2 = sqrt((sqrt(lambda^2 + 4 S^2) + lambda)/2), S1 = sqrt((sqrt(lambda^2 + 4 S^2) - lambda)/2) (S squared: one copy
 * of the authors' helper has 4 S, a slip), so that S2^2 - S1^2 = lambda and S1 S2 = S.
 * <p>
 * Hidden directions beyond the r columns of U, V carry product 0, for which the same formulas give S1 = 0, S2 =
 * sqrt(lambda) when lambda > 0 (and S2 = 0, S1 = sqrt(-lambda) when lambda < 0). Those directions of W2 (of W1) must be
 * orthonormal to U (to V) for the balance to be exact, so U~ (No x Nh) completes U by random orthonormal columns
 * when lambda > 0, which needs Nh <= No, and V~ completes V when lambda < 0, which needs Nh <= Ni. This is also
 * necessary: W2^T W2 = W1 W1^T + lambda I has full rank Nh when lambda > 0. Every random draw comes from the caller's
 * generator.
 */
public final class LambdaBalanced {

	/** Largest |U^T U - I| entry accepted for "orthonormal columns" (inputs from an SVD are accurate to ~1e-15). */
	private static final double ORTHONORMALITY_TOLERANCE = 1e-10;

	private LambdaBalanced() {
	}

	/**
	 * The lambda-balanced network with product W2 W1 = U diag(productSingularValues) V^T, for instance aligned with
	 * the task (U, V the task's singular vectors). Draws, in this order: the completion of U (lambda > 0) or of V
	 * (lambda < 0), then R.
	 *
	 * @param u No x r, orthonormal columns
	 * @param v Ni x r, orthonormal columns
	 * @param productSingularValues r values, non-negative
	 * @param hiddenWidth Nh, at least r; at most No when lambda > 0 and at most Ni when lambda < 0
	 */
	public static LinearNetwork aligned(DMatrixRMaj u, DMatrixRMaj v, double[] productSingularValues, int hiddenWidth,
			double lambda, Random random) {
		int r = productSingularValues.length;
		int no = u.numRows;
		int ni = v.numRows;
		if (u.numCols != r || v.numCols != r) {
			throw new IllegalArgumentException("lambda-balanced init: U is " + u.numRows + " x " + u.numCols + ", V is "
					+ v.numRows + " x " + v.numCols + ", but " + r + " product singular values were given");
		}
		if (!Double.isFinite(lambda)) {
			throw new IllegalArgumentException("lambda-balanced init: lambda must be finite, was " + lambda);
		}
		for (double s : productSingularValues) {
			if (!(s >= 0) || !Double.isFinite(s)) {
				throw new IllegalArgumentException(
						"lambda-balanced init: product singular values must be non-negative and finite, got " + s);
			}
		}
		checkSizes(ni, hiddenWidth, no, r, lambda);
		checkOrthonormalColumns(u, "U");
		checkOrthonormalColumns(v, "V");
		int nh = hiddenWidth;
		// U~ (No x Nh), V~ (Ni x Nh): U, V then either an orthonormal completion (where that side's factor is non-zero
		// on the padded directions) or zero columns (where it is zero)
		DMatrixRMaj uFull = lambda > 0 ? complete(u, nh, random) : padWithZeros(u, nh);
		DMatrixRMaj vFull = lambda < 0 ? complete(v, nh, random) : padWithZeros(v, nh);
		DMatrixRMaj rotation = RandomMatrices.orthonormalColumns(nh, nh, random);
		for (int k = 0; k < nh; k++) {
			double s = k < r ? productSingularValues[k] : 0;
			double root = Math.hypot(lambda, 2 * s);
			// Dominé et al. 2024 (spec 1.3(c)): S2^2 = (sqrt(lambda^2 + 4 S^2) + lambda)/2, S1^2 = (sqrt(.) - lambda)/2,
			// each evaluated without cancellation through S1^2 S2^2 = S^2
			double s2Squared;
			double s1Squared;
			if (lambda >= 0) {
				s2Squared = (root + lambda) / 2;
				s1Squared = s2Squared == 0 ? 0 : s * s / s2Squared;
			} else {
				s1Squared = (root - lambda) / 2;
				s2Squared = s * s / s1Squared;
			}
			double s2 = Math.sqrt(s2Squared);
			double s1 = Math.sqrt(s1Squared);
			for (int i = 0; i < no; i++) {
				uFull.set(i, k, s2 * uFull.get(i, k));
			}
			for (int j = 0; j < ni; j++) {
				vFull.set(j, k, s1 * vFull.get(j, k));
			}
		}
		DMatrixRMaj w2 = new DMatrixRMaj(no, nh);
		// W2 = U~ S2 R^T
		CommonOps_DDRM.multTransB(uFull, rotation, w2);
		DMatrixRMaj w1 = new DMatrixRMaj(nh, ni);
		// W1 = R S1 V~^T
		CommonOps_DDRM.multTransB(rotation, vFull, w1);
		return new LinearNetwork(w1, w2);
	}

	/**
	 * The non-aligned lambda-balanced init of the spec's checks (1.3(c)): W1 = R A1 O1^T, W2 = O2 A2 R^T with random
	 * orthonormal O1 (Ni x r), O2 (No x r), R (Nh x Nh), r = min(Ni, Nh, No), A1 A2 = productScale and A2^2 - A1^2 =
	 * lambda, so that every non-zero singular value of W2 W1 is productScale; the Nh - r remaining hidden directions are
	 * padded as in {@link #aligned}. Draws O1, then O2, then as {@link #aligned}.
	 */
	public static LinearNetwork random(int inputSize, int hiddenWidth, int outputSize, double productScale,
			double lambda, Random random) {
		if (inputSize < 1 || hiddenWidth < 1 || outputSize < 1) {
			throw new IllegalArgumentException("lambda-balanced init: sizes must be positive, were Ni = " + inputSize
					+ ", Nh = " + hiddenWidth + ", No = " + outputSize);
		}
		int r = Math.min(inputSize, Math.min(hiddenWidth, outputSize));
		checkSizes(inputSize, hiddenWidth, outputSize, r, lambda);
		DMatrixRMaj o1 = RandomMatrices.orthonormalColumns(inputSize, r, random);
		DMatrixRMaj o2 = RandomMatrices.orthonormalColumns(outputSize, r, random);
		double[] a = new double[r];
		Arrays.fill(a, productScale);
		return aligned(o2, o1, a, hiddenWidth, lambda, random);
	}

	/** The largest |entry| of W2^T W2 - W1 W1^T - lambda I_Nh of a two-layer network: 0 when exactly balanced. */
	public static double balanceError(LinearNetwork net, double lambda) {
		if (net.depth() != 2) {
			throw new IllegalArgumentException("lambda-balance is defined for two-layer networks, depth was " + net.depth());
		}
		DMatrixRMaj w1 = net.weight(1);
		DMatrixRMaj w2 = net.weight(2);
		int nh = w1.numRows;
		DMatrixRMaj balance = new DMatrixRMaj(nh, nh);
		// Dominé et al. 2024 (spec 1.3(c)): W2^T W2 - W1 W1^T = lambda I
		CommonOps_DDRM.multTransA(w2, w2, balance);
		CommonOps_DDRM.multAddTransB(-1, w1, w1, balance);
		double max = 0;
		for (int i = 0; i < nh; i++) {
			for (int j = 0; j < nh; j++) {
				max = Math.max(max, Math.abs(balance.get(i, j) - (i == j ? lambda : 0)));
			}
		}
		return max;
	}

	private static void checkSizes(int ni, int nh, int no, int r, double lambda) {
		if (nh < r) {
			throw new IllegalArgumentException("lambda-balanced init: hidden width Nh = " + nh + " cannot carry " + r
					+ " product directions");
		}
		if (lambda > 0 && nh > no) {
			throw new IllegalArgumentException("lambda-balanced init: lambda = " + lambda + " > 0 needs Nh <= No (W2^T W2 = "
					+ "W1 W1^T + lambda I has rank Nh), but Nh = " + nh + " and No = " + no + " (Ni = " + ni + ")");
		}
		if (lambda < 0 && nh > ni) {
			throw new IllegalArgumentException("lambda-balanced init: lambda = " + lambda + " < 0 needs Nh <= Ni (W1 W1^T = "
					+ "W2^T W2 - lambda I has rank Nh), but Nh = " + nh + " and Ni = " + ni + " (No = " + no + ")");
		}
	}

	private static void checkOrthonormalColumns(DMatrixRMaj m, String name) {
		DMatrixRMaj gram = new DMatrixRMaj(m.numCols, m.numCols);
		CommonOps_DDRM.multTransA(m, m, gram);
		for (int i = 0; i < m.numCols; i++) {
			for (int j = 0; j < m.numCols; j++) {
				double deviation = Math.abs(gram.get(i, j) - (i == j ? 1 : 0));
				if (!(deviation <= ORTHONORMALITY_TOLERANCE)) {
					throw new IllegalArgumentException("lambda-balanced init: " + name + " (" + m.numRows + " x " + m.numCols
							+ ") must have orthonormal columns; (" + name + "^T " + name + ")[" + i + "][" + j + "] is off by "
							+ deviation);
				}
			}
		}
	}

	/** m (n x r) followed by width - r zero columns (n x width). */
	private static DMatrixRMaj padWithZeros(DMatrixRMaj m, int width) {
		DMatrixRMaj padded = new DMatrixRMaj(m.numRows, width);
		CommonOps_DDRM.insert(m, padded, 0, 0);
		return padded;
	}

	/**
	 * The columns of m (n x r, orthonormal) followed by width - r random orthonormal columns orthogonal to them
	 * (Gram-Schmidt, twice, of Gaussian columns drawn from {@code random}); width <= n.
	 */
	private static DMatrixRMaj complete(DMatrixRMaj m, int width, Random random) {
		int n = m.numRows;
		DMatrixRMaj full = padWithZeros(m, width);
		double[] column = new double[n];
		for (int k = m.numCols; k < width; k++) {
			double norm = 0;
			while (!(norm > 1e-6)) {
				for (int i = 0; i < n; i++) {
					column[i] = random.nextGaussian();
				}
				double before = Math.sqrt(dot(column, column));
				for (int pass = 0; pass < 2; pass++) {
					for (int c = 0; c < k; c++) {
						double projection = 0;
						for (int i = 0; i < n; i++) {
							projection += full.get(i, c) * column[i];
						}
						for (int i = 0; i < n; i++) {
							column[i] -= projection * full.get(i, c);
						}
					}
				}
				norm = Math.sqrt(dot(column, column)) / before;
			}
			double length = Math.sqrt(dot(column, column));
			for (int i = 0; i < n; i++) {
				full.set(i, k, column[i] / length);
			}
		}
		return full;
	}

	private static double dot(double[] a, double[] b) {
		double sum = 0;
		for (int i = 0; i < a.length; i++) {
			sum += a[i] * b[i];
		}
		return sum;
	}
}
