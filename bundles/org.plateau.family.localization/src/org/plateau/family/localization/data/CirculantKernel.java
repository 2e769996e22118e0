package org.plateau.family.localization.data;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * The translation-invariant kernels of the localization data (spec 2(b)): on a ring of D pixels the circular distance
 * d_ij = min(|i - j|, D - |i - j|) and the Gaussian kernel C^z_ij = exp(-d_ij^2 / xi^2); on a D x D torus the
 * Kronecker product of two rings. Also the symmetric square root that turns white noise into the field, as the authors
 * sample it (eigh of the circulant, negative rounding eigenvalues clipped to 0).
 */
public final class CirculantKernel {

	private CirculantKernel() {
	}

	/** Circular distance of pixels i and j on a ring of D. */
	public static int distance(int i, int j, int pixels) {
		int d = Math.abs(i - j);
		return Math.min(d, pixels - d);
	}

	/** The Gaussian kernel exp(-d_ij^2 / xi^2) on a ring of D pixels, D x D. */
	public static DMatrixRMaj gaussian(int pixels, double correlationLength) {
		DMatrixRMaj c = new DMatrixRMaj(pixels, pixels);
		for (int i = 0; i < pixels; i++) {
			for (int j = 0; j < pixels; j++) {
				double d = distance(i, j, pixels);
				c.set(i, j, Math.exp(-d * d / (correlationLength * correlationLength)));
			}
		}
		return c;
	}

	/** A function of the circular distance as a D x D circulant: c_ij = profile[d_ij]. */
	public static DMatrixRMaj circulant(double[] profile, int pixels) {
		DMatrixRMaj c = new DMatrixRMaj(pixels, pixels);
		for (int i = 0; i < pixels; i++) {
			for (int j = 0; j < pixels; j++) {
				c.set(i, j, profile[distance(i, j, pixels)]);
			}
		}
		return c;
	}

	/** A kron B (row-major images: pixel (r, c) of an n x n image is index r n + c). */
	public static DMatrixRMaj kronecker(DMatrixRMaj a, DMatrixRMaj b) {
		DMatrixRMaj k = new DMatrixRMaj(a.numRows * b.numRows, a.numCols * b.numCols);
		for (int i = 0; i < a.numRows; i++) {
			for (int j = 0; j < a.numCols; j++) {
				double aij = a.get(i, j);
				for (int p = 0; p < b.numRows; p++) {
					for (int q = 0; q < b.numCols; q++) {
						k.set(i * b.numRows + p, j * b.numCols + q, aij * b.get(p, q));
					}
				}
			}
		}
		return k;
	}

	/** The symmetric square root V sqrt(max(L, 0)) V^T of a symmetric positive semi-definite matrix. */
	public static DMatrixRMaj symmetricRoot(DMatrixRMaj c) {
		int n = c.numRows;
		EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, true, true);
		if (!eig.decompose(c.copy())) {
			throw new IllegalStateException("the eigendecomposition of the " + n + " x " + n + " kernel failed");
		}
		DMatrixRMaj root = new DMatrixRMaj(n, n);
		for (int k = 0; k < n; k++) {
			double lambda = Math.sqrt(Math.max(0, eig.getEigenvalue(k).getReal()));
			DMatrixRMaj v = eig.getEigenVector(k);
			for (int i = 0; i < n; i++) {
				double vi = v.get(i) * lambda;
				if (vi == 0) {
					continue;
				}
				for (int j = 0; j < n; j++) {
					root.add(i, j, vi * v.get(j));
				}
			}
		}
		return root;
	}
}
