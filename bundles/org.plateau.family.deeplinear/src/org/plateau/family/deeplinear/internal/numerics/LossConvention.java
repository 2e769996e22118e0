package org.plateau.family.deeplinear.internal.numerics;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * The two squared-error conventions of the sources (spec 0.1). With examples as the P columns of X and Y:
 * <ul>
 * <li>{@link #MEAN}: L = (1/(2P)) sum_mu ||y_mu - yhat_mu||^2, Sigma_x = X X^T / P, Sigma_yx = Y X^T / P
 * (Saxe et al. 2014, Dominé et al. code);</li>
 * <li>{@link #SUM}: L = (1/2) sum_mu ||y_mu - yhat_mu||^2, Sigma_x = X X^T, Sigma_yx = Y X^T (PNAS 2019 one-hot
 * items, Jarvis et al.).</li>
 * </ul>
 * In either, full-batch gradient descent with step eta is forward Euler on the gradient flow with tau = 1/eta and
 * time measured in steps. Inputs are "whitened" when Sigma_x = I in the chosen convention.
 */
public enum LossConvention {

	/** Loss and correlations averaged over the P examples. */
	MEAN,

	/** Loss and correlations summed over the P examples. */
	SUM;

	/**
	 * The weight of one example in the loss and the correlations: 1/P for {@link #MEAN}, 1 for {@link #SUM}.
	 *
	 * @param examples the number P of examples, at least 1
	 */
	public double exampleWeight(int examples) {
		if (examples < 1) {
			throw new IllegalArgumentException("examples must be at least 1, was " + examples);
		}
		return this == MEAN ? 1.0 / examples : 1.0;
	}

	/**
	 * The factor c such that X = c Q is whitened when Q has orthonormal rows (Q Q^T = I): sqrt(P) for {@link #MEAN},
	 * 1 for {@link #SUM}.
	 */
	public double whiteningScale(int examples) {
		return 1.0 / Math.sqrt(exampleWeight(examples));
	}

	/** The input correlation Sigma_x (Ni x Ni) of inputs X (Ni x P); a new matrix. */
	public DMatrixRMaj sigmaX(DMatrixRMaj x) {
		DMatrixRMaj sigma = new DMatrixRMaj(x.numRows, x.numRows);
		// spec 0.1: Sigma_x = X X^T (/P for MEAN)
		CommonOps_DDRM.multTransB(exampleWeight(x.numCols), x, x, sigma);
		return sigma;
	}

	/** The input-output correlation Sigma_yx (No x Ni) of inputs X (Ni x P) and targets Y (No x P); a new matrix. */
	public DMatrixRMaj sigmaYX(DMatrixRMaj x, DMatrixRMaj y) {
		if (x.numCols != y.numCols) {
			throw new IllegalArgumentException(
					"X and Y must have the same number of columns (examples): " + x.numCols + " vs " + y.numCols);
		}
		DMatrixRMaj sigma = new DMatrixRMaj(y.numRows, x.numRows);
		// spec 0.1: Sigma_yx = Y X^T (/P for MEAN)
		CommonOps_DDRM.multTransB(exampleWeight(x.numCols), y, x, sigma);
		return sigma;
	}

	/**
	 * The loss of a residual E = Y - Yhat (No x P): (1/2) ||E||_F^2 times {@link #exampleWeight(int)}. Non-finite
	 * entries give a non-finite loss.
	 */
	public double loss(DMatrixRMaj residual) {
		return 0.5 * exampleWeight(residual.numCols) * sumOfSquares(residual);
	}

	static double sumOfSquares(DMatrixRMaj m) {
		double[] d = m.data;
		int n = m.getNumElements();
		double sum = 0;
		for (int i = 0; i < n; i++) {
			sum += d[i] * d[i];
		}
		return sum;
	}
}
