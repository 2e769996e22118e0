package org.plateau.family.deeplinear.internal.numerics;

import org.ejml.data.DMatrixRMaj;

/**
 * The neural tangent kernel of a two-layer linear network f(x) = W2 W1 x on its P training inputs, as a full
 * (P No) x (P No) matrix (Dominé, Anguita, Proca et al. 2024, spec 1.3(d), code {@code get_ntk}):
 * K = I_No (kron) X^T W1^T W1 X + (W2 W2^T) (kron) X^T X, with no 1/P factor. It is J J^T for the Jacobian J of the
 * outputs with respect to all weights, J = d f_i(x_mu) / d(W1, W2).
 * <p>
 * Index order (that of the Kronecker products): row and column (i, mu) = i P + mu, output i = 0..No-1 major,
 * example mu = 0..P-1 minor, which is the row-major order of the prediction Yhat (No x P), {@code Yhat.data}. For
 * kernel distances along a run without forming K see {@link KernelBlocks}.
 */
public final class NeuralTangentKernel {

	private NeuralTangentKernel() {
	}

	/**
	 * Writes K into {@code out} (reshaped to (P No) x (P No); allocates nothing when it already has that size) and
	 * returns it. Cost O(P^2 (Ni^2 + No^2)).
	 *
	 * @param inputRepresentation W1^T W1 (Ni x Ni, symmetric)
	 * @param outputRepresentation W2 W2^T (No x No, symmetric)
	 * @param x the inputs X (Ni x P), one example per column
	 */
	public static DMatrixRMaj of(DMatrixRMaj inputRepresentation, DMatrixRMaj outputRepresentation, DMatrixRMaj x,
			DMatrixRMaj out) {
		int ni = x.numRows;
		int p = x.numCols;
		int no = outputRepresentation.numRows;
		if (inputRepresentation.numRows != ni || inputRepresentation.numCols != ni) {
			throw new IllegalArgumentException("W1^T W1 is " + inputRepresentation.numRows + " x "
					+ inputRepresentation.numCols + " but the inputs have " + ni + " rows");
		}
		if (outputRepresentation.numCols != no) {
			throw new IllegalArgumentException(
					"W2 W2^T must be square, was " + no + " x " + outputRepresentation.numCols);
		}
		out.reshape(p * no, p * no);
		double[] xd = x.data;
		double[] m = inputRepresentation.data;
		for (int mu = 0; mu < p; mu++) {
			for (int nu = mu; nu < p; nu++) {
				// (X^T W1^T W1 X)_{mu nu} and (X^T X)_{mu nu}
				double a = 0;
				double c = 0;
				for (int j = 0; j < ni; j++) {
					double xj = xd[j * p + mu];
					c += xj * xd[j * p + nu];
					double mx = 0;
					for (int k = 0; k < ni; k++) {
						mx += m[j * ni + k] * xd[k * p + nu];
					}
					a += xj * mx;
				}
				for (int i = 0; i < no; i++) {
					for (int i2 = 0; i2 < no; i2++) {
						// Dominé et al. 2024 (spec 1.3(d)): K = I_No (kron) X^T W1^T W1 X + (W2 W2^T) (kron) X^T X
						double value = (i == i2 ? a : 0) + outputRepresentation.get(i, i2) * c;
						out.set(i * p + mu, i2 * p + nu, value);
						out.set(i2 * p + nu, i * p + mu, value);
					}
				}
			}
		}
		return out;
	}

	/**
	 * The kernel distance S(K1, K2) = 1 - <K1, K2>_F / (||K1||_F ||K2||_F) (Dominé et al. 2024, code
	 * {@code kernel_distance}): 0 when K2 is a positive multiple of K1, in [0, 1] for positive semi-definite kernels
	 * (whose Frobenius product is >= 0). Two zero kernels are at distance 0; a zero and a non-zero kernel at 1.
	 */
	public static double kernelDistance(DMatrixRMaj k1, DMatrixRMaj k2) {
		if (k1.numRows != k2.numRows || k1.numCols != k2.numCols) {
			throw new IllegalArgumentException("kernels of different sizes: " + k1.numRows + " x " + k1.numCols + " and "
					+ k2.numRows + " x " + k2.numCols);
		}
		int size = k1.getNumElements();
		double[] a = k1.data;
		double[] b = k2.data;
		double inner = 0;
		double normA = 0;
		double normB = 0;
		for (int i = 0; i < size; i++) {
			inner += a[i] * b[i];
			normA += a[i] * a[i];
			normB += b[i] * b[i];
		}
		if (normA == 0 && normB == 0) {
			return 0;
		}
		if (normA == 0 || normB == 0) {
			return 1;
		}
		// Dominé et al. 2024 (code kernel_distance): S = 1 - <K1,K2>_F / (||K1||_F ||K2||_F)
		return 1 - inner / (Math.sqrt(normA) * Math.sqrt(normB));
	}
}
