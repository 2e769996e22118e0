package __ID__.internal;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.plateau.core.family.Trainer;

/**
 * Full-batch gradient descent on L = (k/2) c sum_mu (w . x_mu - y_mu)^2: w <- w - eta k c X (X^T w - y). The step
 * allocates nothing (the conformance kit checks it): every buffer is made once here.
 */
final class GradientDescentTrainer implements Trainer {

	private final RegressionData data;
	private final double eta;
	private final double lossFactor;
	private final DMatrixRMaj weights;
	private final DMatrixRMaj residuals;
	private final DMatrixRMaj gradient;

	GradientDescentTrainer(RegressionData data, double eta, double lossFactor) {
		this.data = data;
		this.eta = eta;
		this.lossFactor = lossFactor;
		this.weights = data.initialWeights().copy();
		this.residuals = new DMatrixRMaj(data.samples(), 1);
		this.gradient = new DMatrixRMaj(data.inputDimension(), 1);
	}

	@Override
	public boolean step() {
		computeResiduals();
		CommonOps_DDRM.mult(data.inputs(), residuals, gradient);
		// dL/dw = 2 (k/2) c X r
		CommonOps_DDRM.addEquals(weights, -eta * 2 * lossFactor, gradient);
		return isFinite();
	}

	private void computeResiduals() {
		CommonOps_DDRM.multTransA(data.inputs(), weights, residuals);
		CommonOps_DDRM.subtractEquals(residuals, data.labels());
	}

	@Override
	public void measure(double[] into) {
		computeResiduals();
		double sum = 0;
		for (int mu = 0; mu < residuals.data.length; mu++) {
			sum += residuals.data[mu] * residuals.data[mu];
		}
		into[0] = lossFactor * sum;
		into[1] = data.testError(weights.data);
	}

	@Override
	public boolean isFinite() {
		for (double w : weights.data) {
			if (!Double.isFinite(w)) {
				return false;
			}
		}
		return true;
	}
}
