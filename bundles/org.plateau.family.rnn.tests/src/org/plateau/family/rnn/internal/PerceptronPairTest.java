package org.plateau.family.rnn.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.plateau.kernels.DenseKernels;

/**
 * The two-point MLP's gradient-descent step is the gradient of its loss: every weight and bias moves by -eta times
 * the central finite difference of the loss, for each activation.
 */
class PerceptronPairTest {

	@ParameterizedTest
	@EnumSource(PerceptronPair.Activation.class)
	void theStepFollowsTheFiniteDifferenceGradient(PerceptronPair.Activation activation) {
		DMatrixRMaj x = new DMatrixRMaj(new double[][] { { -0.7, 0.2 }, { 0.1, 0.5 } });
		DMatrixRMaj y = new DMatrixRMaj(new double[][] { { 0.6, -0.1, 0.3 }, { 1.3, 0.2, -0.4 } });
		for (DenseKernels kernels : new DenseKernels[] { DenseKernels.of(DenseKernels.Backend.EJML),
				DenseKernels.standard() }) {
			PerceptronPair net = new PerceptronPair(x, y, 6, 3, 1, activation, 0.25, kernels);
			net.initialiseXavier(1.3, new SplittableRandom(7));
			// small random biases, so that the bias gradients are tested where they are not symmetric
			SplittableRandom random = new SplittableRandom(11);
			for (int l = 0; l <= 3; l++) {
				double[] b = net.biases(l);
				for (int j = 0; j < b.length; j++) {
					b[j] = 0.1 * (random.nextDouble() - 0.5);
				}
			}
			int layers = 4;
			double[][] weightGradients = new double[layers][];
			double[][] biasGradients = new double[layers][];
			double[][] weightsBefore = new double[layers][];
			double[][] biasesBefore = new double[layers][];
			double d = 1e-6;
			for (int l = 0; l < layers; l++) {
				double[] w = net.weights(l).data;
				int n = net.weights(l).getNumElements();
				weightsBefore[l] = java.util.Arrays.copyOf(w, n);
				weightGradients[l] = new double[n];
				for (int i = 0; i < n; i++) {
					weightGradients[l][i] = centralDifference(net, w, i, d);
				}
				double[] b = net.biases(l);
				biasesBefore[l] = b.clone();
				biasGradients[l] = new double[b.length];
				for (int i = 0; i < b.length; i++) {
					biasGradients[l][i] = centralDifference(net, b, i, d);
				}
			}
			double eta = 1e-3;
			net.step(eta);
			for (int l = 0; l < layers; l++) {
				for (int i = 0; i < weightGradients[l].length; i++) {
					assertEquals(weightGradients[l][i], (weightsBefore[l][i] - net.weights(l).data[i]) / eta, 1e-6,
							activation + " " + kernels.backend() + ": dL/dW_" + l + "[" + i + "]");
				}
				for (int i = 0; i < biasGradients[l].length; i++) {
					assertEquals(biasGradients[l][i], (biasesBefore[l][i] - net.biases(l)[i]) / eta, 1e-6,
							activation + " " + kernels.backend() + ": dL/db_" + l + "[" + i + "]");
				}
			}
		}
	}

	private static double centralDifference(PerceptronPair net, double[] values, int i, double d) {
		double kept = values[i];
		values[i] = kept + d;
		net.forward();
		double up = net.loss();
		values[i] = kept - d;
		net.forward();
		double down = net.loss();
		values[i] = kept;
		return (up - down) / (2 * d);
	}
}
