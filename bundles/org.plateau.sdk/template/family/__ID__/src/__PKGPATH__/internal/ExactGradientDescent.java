package __ID__.internal;

import java.util.List;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.plateau.core.family.TheoryPrediction;

/**
 * The exact solution of full-batch gradient descent on a linear student. With Sigma = X X^T and b = X y, the step is
 * w <- w - eta k c (Sigma w - b); in the eigenbasis Sigma = sum_a lambda_a v_a v_a^T each coordinate
 * u_a = v_a . w obeys u_a(t) = u_a* + (u_a(0) - u_a*) (1 - eta k c lambda_a)^t with u_a* = v_a . b / lambda_a, and a
 * mode with lambda_a = 0 (P < N) never moves. The loss and the test error follow from w(t). It is exact for the
 * discrete steps, so the simulation matches it to rounding.
 */
final class ExactGradientDescent implements TheoryPrediction {

	private final RegressionData data;
	private final double rate;
	private final double lossFactor;
	/** Eigenvectors of Sigma as columns. */
	private final DMatrixRMaj modes;
	private final double[] eigenvalues;
	private final double[] initial;
	private final double[] target;

	ExactGradientDescent(RegressionData data, double eta, double lossFactor) {
		this.data = data;
		this.lossFactor = lossFactor;
		this.rate = eta * 2 * lossFactor;
		int n = data.inputDimension();
		DMatrixRMaj sigma = new DMatrixRMaj(n, n);
		CommonOps_DDRM.multTransB(data.inputs(), data.inputs(), sigma);
		DMatrixRMaj b = new DMatrixRMaj(n, 1);
		CommonOps_DDRM.mult(data.inputs(), data.labels(), b);
		EigenDecomposition_F64<DMatrixRMaj> eigen = DecompositionFactory_DDRM.eig(n, true, true);
		if (!eigen.decompose(sigma)) {
			throw new IllegalStateException("the eigendecomposition of the input covariance failed");
		}
		modes = new DMatrixRMaj(n, n);
		eigenvalues = new double[n];
		initial = new double[n];
		target = new double[n];
		double largest = 0;
		for (int a = 0; a < n; a++) {
			largest = Math.max(largest, eigen.getEigenvalue(a).getReal());
		}
		for (int a = 0; a < n; a++) {
			DMatrixRMaj v = eigen.getEigenVector(a);
			CommonOps_DDRM.insert(v, modes, 0, a);
			double lambda = eigen.getEigenvalue(a).getReal();
			// Sigma's null space (P < N): no gradient, the coordinate keeps its start
			eigenvalues[a] = lambda > 1e-12 * largest ? lambda : 0;
			initial[a] = CommonOps_DDRM.dot(v, data.initialWeights());
			target[a] = eigenvalues[a] > 0 ? CommonOps_DDRM.dot(v, b) / lambda : initial[a];
		}
	}

	@Override
	public String id() {
		return "exact";
	}

	@Override
	public String label() {
		return "exact solution";
	}

	@Override
	public String description() {
		return "w(t) - w_ls = (I - η Σ)^t (w(0) - w_ls), mode by mode: exact for the discrete steps";
	}

	@Override
	public List<String> metricIds() {
		return List.of(__CLASS__Family.LOSS, __CLASS__Family.TEST_ERROR);
	}

	@Override
	public double[][] predict(long[] steps) {
		int n = data.inputDimension();
		double[][] values = new double[2][steps.length];
		double[] w = new double[n];
		DMatrixRMaj weights = DMatrixRMaj.wrap(n, 1, w);
		DMatrixRMaj residuals = new DMatrixRMaj(data.samples(), 1);
		for (int s = 0; s < steps.length; s++) {
			java.util.Arrays.fill(w, 0);
			for (int a = 0; a < n; a++) {
				double u = target[a] + (initial[a] - target[a]) * Math.pow(1 - rate * eigenvalues[a], steps[s]);
				for (int i = 0; i < n; i++) {
					w[i] += modes.get(i, a) * u;
				}
			}
			CommonOps_DDRM.multTransA(data.inputs(), weights, residuals);
			CommonOps_DDRM.subtractEquals(residuals, data.labels());
			values[0][s] = lossFactor * CommonOps_DDRM.dot(residuals, residuals);
			values[1][s] = data.testError(w);
		}
		return values;
	}
}
