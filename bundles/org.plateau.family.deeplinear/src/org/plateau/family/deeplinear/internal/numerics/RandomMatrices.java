package org.plateau.family.deeplinear.internal.numerics;

import java.util.Random;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.QRDecomposition;

/**
 * Seeded random matrices. Every draw comes from a {@link java.util.Random}, whose algorithms (including
 * {@code nextGaussian}) are specified by the JDK, so the same seed gives the same bits on any JVM. Entries are drawn
 * in row-major order.
 */
final class RandomMatrices {

	private RandomMatrices() {
	}

	/** A rows x cols matrix of i.i.d. N(0, sd^2) entries. */
	static DMatrixRMaj gaussian(int rows, int cols, double sd, Random random) {
		DMatrixRMaj m = new DMatrixRMaj(rows, cols);
		double[] d = m.data;
		for (int i = 0; i < rows * cols; i++) {
			d[i] = sd * random.nextGaussian();
		}
		return m;
	}

	/**
	 * A rows x cols matrix with orthonormal columns (rows >= cols), Haar distributed: the Q of the QR decomposition of a
	 * standard Gaussian matrix, with column j multiplied by the sign of R_jj (Mezzadri 2007) so that Q does not depend
	 * on the QR algorithm's sign choice.
	 */
	static DMatrixRMaj orthonormalColumns(int rows, int cols, Random random) {
		if (rows < cols) {
			throw new IllegalArgumentException("orthonormal columns need rows >= cols, was " + rows + " x " + cols);
		}
		DMatrixRMaj g = gaussian(rows, cols, 1.0, random);
		QRDecomposition<DMatrixRMaj> qr = DecompositionFactory_DDRM.qr(rows, cols);
		if (!qr.decompose(g)) {
			throw new IllegalStateException("QR decomposition failed");
		}
		DMatrixRMaj q = qr.getQ(null, true);
		DMatrixRMaj r = qr.getR(null, true);
		for (int j = 0; j < cols; j++) {
			if (r.get(j, j) < 0) {
				for (int i = 0; i < rows; i++) {
					q.set(i, j, -q.get(i, j));
				}
			}
		}
		return q;
	}

	/**
	 * A rows x cols (semi-)orthogonal matrix: orthonormal columns when rows >= cols, orthonormal rows otherwise; all
	 * its singular values are 1.
	 */
	static DMatrixRMaj semiOrthogonal(int rows, int cols, Random random) {
		if (rows >= cols) {
			return orthonormalColumns(rows, cols, random);
		}
		return CommonOps_DDRM.transpose(orthonormalColumns(cols, rows, random), null);
	}
}
