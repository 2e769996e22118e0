package org.plateau.family.deeplinear.internal;

import java.util.List;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.plateau.core.family.MatrixDescriptor;
import org.plateau.core.family.MetricDescriptor;
import org.plateau.core.family.TheoryPrediction;
import org.plateau.family.deeplinear.internal.numerics.KernelBlocks;
import org.plateau.family.deeplinear.internal.numerics.LambdaBalancedDynamics;
import org.plateau.family.deeplinear.internal.numerics.LinearNetwork;

/**
 * The exact learning dynamics of a two-layer linear network from lambda-balanced weights (Dominé, Anguita, Proca et
 * al. 2024, spec 1.3(d)): the matrix Riccati equation of QQ^T, Q = [W1^T; W2], solved in closed form in its
 * numerically stable form. Exact for whitened inputs and any lambda, aligned or not; from it follow the network map
 * W2 W1 (hence the loss, the mode strengths and the predictions), the representations W1^T W1 and W2 W2^T, and the
 * NTK, whose distance from its initial value tells lazy (frozen kernel, large |lambda|) from rich learning.
 */
final class LambdaBalancedTheory implements TheoryPrediction {

	static final String ID = "riccati";

	private final DeepLinearSetup setup;
	private final LambdaBalancedDynamics dynamics;
	private final KernelBlocks initialKernel;
	private final DMatrixRMaj inputGram;
	private final DMatrixRMaj sigmaYX;
	private final double halfTraceSigmaYY;
	private final List<String> metricIds;

	LambdaBalancedTheory(DeepLinearSetup setup, LinearNetwork initial) {
		this.setup = setup;
		this.sigmaYX = setup.dataset.sigmaYX(setup.convention);
		this.dynamics = new LambdaBalancedDynamics(sigmaYX, initial, setup.lambda);
		this.initialKernel = KernelBlocks.of(initial, setup.dataset.inputs());
		this.inputGram = KernelBlocks.inputGram(setup.dataset.inputs());
		DMatrixRMaj y = setup.dataset.targets();
		double sumOfSquares = 0;
		for (int k = 0; k < y.getNumElements(); k++) {
			sumOfSquares += y.data[k] * y.data[k];
		}
		this.halfTraceSigmaYY = 0.5 * setup.convention.exampleWeight(setup.dataset.size()) * sumOfSquares;
		this.metricIds = setup.metrics.stream().map(MetricDescriptor::id).toList();
	}

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String label() {
		return "matrix Riccati, exact (Dominé et al. 2024)";
	}

	@Override
	public String description() {
		return "exact for whitened inputs and lambda-balanced weights (lambda = " + setup.lambda
				+ "), from the initial weights themselves";
	}

	@Override
	public List<String> metricIds() {
		return metricIds;
	}

	@Override
	public List<String> matrixNames() {
		return setup.matrices.stream().map(MatrixDescriptor::name).toList();
	}

	/** t/tau = eta * step (spec 0.1). */
	private double time(long step) {
		return step / setup.tau();
	}

	@Override
	public double[][] predict(long[] steps) {
		double[][] values = new double[metricIds.size()][steps.length];
		int rank = setup.modes.rank();
		for (int i = 0; i < steps.length; i++) {
			double t = time(steps[i]);
			DMatrixRMaj map = dynamics.networkMap(t);
			int k = 0;
			// whitened inputs: L = 1/2 tr Sigma_yy - <W, Sigma_yx> + 1/2 ||W||^2 (spec 0.1)
			values[k++][i] = halfTraceSigmaYY - dot(map, sigmaYX) + 0.5 * dot(map, map);
			for (int alpha = 0; alpha < rank; alpha++) {
				values[k++][i] = setup.modes.modeStrength(map, alpha);
			}
			if (setup.illusoryEntries.length > 0) {
				DMatrixRMaj prediction = new DMatrixRMaj(map.numRows, setup.dataset.inputs().numCols);
				CommonOps_DDRM.mult(map, setup.dataset.inputs(), prediction);
				for (int[] entry : setup.illusoryEntries) {
					values[k++][i] = prediction.get(entry[0], entry[1]);
				}
			}
			if (k < metricIds.size() && metricIds.get(k).equals(DeepLinearSetup.NTK_DISTANCE)) {
				KernelBlocks kernel = KernelBlocks.of(dynamics.inputRepresentation(t), dynamics.outputRepresentation(t),
						setup.dataset.inputs());
				values[k++][i] = KernelBlocks.distance(initialKernel, kernel, inputGram);
			}
		}
		return values;
	}

	@Override
	public DMatrixRMaj predictMatrix(String name, long step) {
		double t = time(step);
		return switch (name) {
			case DeepLinearSetup.PREDICTION -> {
				DMatrixRMaj map = dynamics.networkMap(t);
				DMatrixRMaj prediction = new DMatrixRMaj(map.numRows, setup.dataset.inputs().numCols);
				CommonOps_DDRM.mult(map, setup.dataset.inputs(), prediction);
				yield prediction;
			}
			// the hidden layer's item similarity X^T W1^T W1 X
			case DeepLinearSetup.RSA -> similarity(dynamics.inputRepresentation(t), setup.dataset.inputs());
			case DeepLinearSetup.INPUT_REPRESENTATION -> dynamics.inputRepresentation(t);
			case DeepLinearSetup.OUTPUT_REPRESENTATION -> dynamics.outputRepresentation(t);
			default -> TheoryPrediction.super.predictMatrix(name, step);
		};
	}

	/** X^T M X. */
	private static DMatrixRMaj similarity(DMatrixRMaj m, DMatrixRMaj x) {
		DMatrixRMaj mx = new DMatrixRMaj(m.numRows, x.numCols);
		CommonOps_DDRM.mult(m, x, mx);
		DMatrixRMaj out = new DMatrixRMaj(x.numCols, x.numCols);
		CommonOps_DDRM.multTransA(x, mx, out);
		return out;
	}

	private static double dot(DMatrixRMaj p, DMatrixRMaj q) {
		double sum = 0;
		for (int i = 0; i < p.getNumElements(); i++) {
			sum += p.data[i] * q.data[i];
		}
		return sum;
	}
}
