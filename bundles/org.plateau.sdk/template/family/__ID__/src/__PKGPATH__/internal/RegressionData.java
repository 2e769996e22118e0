package __ID__.internal;

import java.util.Random;

import org.ejml.data.DMatrixRMaj;

/**
 * The data of one run, drawn from the experiment's seed: inputs X (N x P, columns x_mu ~ N(0, I_N)), the teacher
 * w* ~ N(0, I_N / N), labels y_mu = w* . x_mu + sigma xi_mu, and the student's initial weights w(0) ~ N(0, s^2 I_N).
 */
record RegressionData(DMatrixRMaj inputs, DMatrixRMaj labels, DMatrixRMaj teacher, DMatrixRMaj initialWeights,
		double labelNoise) {

	static RegressionData draw(int n, int p, double noise, double initialScale, long seed) {
		Random random = new Random(seed);
		DMatrixRMaj teacher = new DMatrixRMaj(n, 1);
		for (int i = 0; i < n; i++) {
			teacher.data[i] = random.nextGaussian() / Math.sqrt(n);
		}
		DMatrixRMaj inputs = new DMatrixRMaj(n, p);
		for (int k = 0; k < n * p; k++) {
			inputs.data[k] = random.nextGaussian();
		}
		DMatrixRMaj labels = new DMatrixRMaj(p, 1);
		for (int mu = 0; mu < p; mu++) {
			double y = 0;
			for (int i = 0; i < n; i++) {
				y += teacher.data[i] * inputs.get(i, mu);
			}
			labels.data[mu] = y + noise * random.nextGaussian();
		}
		DMatrixRMaj initial = new DMatrixRMaj(n, 1);
		for (int i = 0; i < n; i++) {
			initial.data[i] = initialScale * random.nextGaussian();
		}
		return new RegressionData(inputs, labels, teacher, initial, noise);
	}

	int inputDimension() {
		return inputs.numRows;
	}

	int samples() {
		return inputs.numCols;
	}

	/** The test error of weights w: E_g = (|w - w*|^2 + sigma^2) / 2 for a fresh x ~ N(0, I_N). */
	double testError(double[] w) {
		double distance = 0;
		for (int i = 0; i < w.length; i++) {
			double d = w[i] - teacher.data[i];
			distance += d * d;
		}
		return 0.5 * (distance + labelNoise * labelNoise);
	}
}
