package org.plateau.family.deeplinear.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
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
 * NTK, whose distance from its initial value tells lazy (frozen kernel, large |lambda|) from rich learning. For
 * reversal and continual learning the solution restarts at each switch of data on the new Sigma_yx.
 */
final class LambdaBalancedTheory implements TheoryPrediction {

	static final String ID = "riccati";

	private final DeepLinearSetup setup;
	private final LambdaBalancedDynamics dynamics;
	/** The dynamics of each phase (reversal, continual learning), built when first needed; [0] = {@link #dynamics}. */
	private final LambdaBalancedDynamics[] phaseDynamics;
	/** Sigma_yx and the irreducible loss of each phase's data. */
	private final DMatrixRMaj[] phaseSigmaYX;
	private final double[] phaseIrreducibleLoss;
	/** The same for every task of a continual learning sequence (the loss on each). */
	private final DMatrixRMaj[] taskSigmaYX;
	private final double[] taskIrreducibleLoss;
	private final KernelBlocks initialKernel;
	private final DMatrixRMaj inputGram;
	private final DMatrixRMaj sigmaYX;
	private final List<String> metricIds;
	/** Why the run starts on the saddle of the wrong orientation ({@link DeepLinearSetup#orientationSaddle}), or empty. */
	private final Optional<String> saddle;

	LambdaBalancedTheory(DeepLinearSetup setup, LinearNetwork initial) {
		this.setup = setup;
		this.saddle = setup.orientationSaddle(initial);
		this.sigmaYX = setup.dataset.sigmaYX(setup.convention);
		this.dynamics = new LambdaBalancedDynamics(sigmaYX, initial, setup.lambda);
		this.initialKernel = KernelBlocks.of(initial, setup.dataset.inputs());
		this.inputGram = KernelBlocks.inputGram(setup.dataset.inputs());
		int phases = setup.phases.size();
		this.phaseDynamics = new LambdaBalancedDynamics[phases];
		this.phaseDynamics[0] = dynamics;
		this.phaseSigmaYX = new DMatrixRMaj[phases];
		this.phaseIrreducibleLoss = new double[phases];
		for (int k = 0; k < phases; k++) {
			phaseSigmaYX[k] = setup.phases.get(k).data().sigmaYX(setup.convention);
			phaseIrreducibleLoss[k] = setup.irreducibleLoss(setup.phases.get(k).data());
		}
		this.taskSigmaYX = new DMatrixRMaj[setup.sequence.size()];
		this.taskIrreducibleLoss = new double[setup.sequence.size()];
		for (int k = 0; k < taskSigmaYX.length; k++) {
			taskSigmaYX[k] = setup.sequence.get(k).sigmaYX(setup.convention);
			taskIrreducibleLoss[k] = setup.irreducibleLoss(setup.sequence.get(k));
		}
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
				+ "), from the initial weights themselves" + saddle.map(why -> "; on a saddle: " + why).orElse("");
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

	/** The phase a step's record belongs to: the last one that started before it (a start step's record: the one before). */
	private int phaseOf(long step) {
		int phase = 0;
		for (int k = 1; k < setup.phases.size(); k++) {
			if (step > setup.phases.get(k).start()) {
				phase = k;
			}
		}
		return phase;
	}

	/**
	 * The dynamics of a phase: after a switch of data the Riccati solution restarts on the new Sigma_yx from QQ^T at
	 * the switch, through any factor Q of it (W1 = Q_in^T, W2 = Q_out; spec 1.3(d): the solution depends on Q Q^T only,
	 * and every factor keeps the balance lambda I).
	 */
	private LambdaBalancedDynamics dynamicsOf(int phase) {
		if (phaseDynamics[phase] == null) {
			LambdaBalancedDynamics before = dynamicsOf(phase - 1);
			double duration = time(setup.phases.get(phase).start() - setup.phases.get(phase - 1).start());
			phaseDynamics[phase] = new LambdaBalancedDynamics(phaseSigmaYX[phase],
					factor(before.qqt(duration), setup.dataset.inputs().numRows, setup.hiddenWidth), setup.lambda);
		}
		return phaseDynamics[phase];
	}

	/** The time within its phase of a step. */
	private double phaseTime(long step, int phase) {
		return time(step - setup.phases.get(phase).start());
	}

	/** A two-layer network whose Q = [W1^T; W2] has Q Q^T = qqt: Q = V_h sqrt(D_h) from the top Nh eigenpairs. */
	private static LinearNetwork factor(DMatrixRMaj qqt, int inputs, int hidden) {
		int n = qqt.numRows;
		EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, true, true);
		if (!eig.decompose(qqt.copy())) {
			throw new IllegalStateException("cannot factor QQ^T at the reversal");
		}
		Integer[] order = new Integer[n];
		for (int i = 0; i < n; i++) {
			order[i] = i;
		}
		Arrays.sort(order, (a, b) -> Double.compare(eig.getEigenvalue(b).getReal(), eig.getEigenvalue(a).getReal()));
		DMatrixRMaj w1 = new DMatrixRMaj(hidden, inputs);
		DMatrixRMaj w2 = new DMatrixRMaj(n - inputs, hidden);
		for (int h = 0; h < hidden; h++) {
			double scale = Math.sqrt(Math.max(0, eig.getEigenvalue(order[h]).getReal()));
			DMatrixRMaj vector = eig.getEigenVector(order[h]);
			for (int i = 0; i < inputs; i++) {
				w1.set(h, i, scale * vector.get(i, 0));
			}
			for (int o = 0; o < n - inputs; o++) {
				w2.set(o, h, scale * vector.get(inputs + o, 0));
			}
		}
		return new LinearNetwork(w1, w2);
	}

	@Override
	public double[][] predict(long[] steps) {
		double[][] values = new double[metricIds.size()][steps.length];
		int rank = setup.modes.rank();
		for (int i = 0; i < steps.length; i++) {
			int index = phaseOf(steps[i]);
			LambdaBalancedDynamics phase = dynamicsOf(index);
			double t = phaseTime(steps[i], index);
			DMatrixRMaj map = phase.networkMap(t);
			int k = 0;
			// whitened inputs: L = L_min + 1/2 ||W - Sigma_yx||^2 (spec 0.1), on the phase's data
			values[k++][i] = loss(map, phaseSigmaYX[index], phaseIrreducibleLoss[index]);
			if (taskSigmaYX.length > 0) {
				for (int task = 0; task < taskSigmaYX.length; task++) {
					values[k++][i] = loss(map, taskSigmaYX[task], taskIrreducibleLoss[task]);
				}
			} else {
				for (int alpha = 0; alpha < rank; alpha++) {
					values[k++][i] = setup.modes.modeStrength(map, alpha);
				}
			}
			if (setup.illusoryEntries.length > 0) {
				DMatrixRMaj prediction = new DMatrixRMaj(map.numRows, setup.dataset.inputs().numCols);
				CommonOps_DDRM.mult(map, setup.dataset.inputs(), prediction);
				for (int[] entry : setup.illusoryEntries) {
					values[k++][i] = prediction.get(entry[0], entry[1]);
				}
			}
			if (k < metricIds.size() && metricIds.get(k).equals(DeepLinearSetup.NTK_DISTANCE)) {
				KernelBlocks kernel = KernelBlocks.of(phase.inputRepresentation(t), phase.outputRepresentation(t),
						setup.dataset.inputs());
				values[k++][i] = KernelBlocks.distance(initialKernel, kernel, inputGram);
			}
		}
		return values;
	}

	@Override
	public DMatrixRMaj predictMatrix(String name, long step) {
		int index = phaseOf(step);
		LambdaBalancedDynamics phase = dynamicsOf(index);
		double t = phaseTime(step, index);
		return switch (name) {
			case DeepLinearSetup.PREDICTION -> {
				DMatrixRMaj map = phase.networkMap(t);
				DMatrixRMaj prediction = new DMatrixRMaj(map.numRows, setup.dataset.inputs().numCols);
				CommonOps_DDRM.mult(map, setup.dataset.inputs(), prediction);
				yield prediction;
			}
			// the hidden layer's item similarity X^T W1^T W1 X
			case DeepLinearSetup.RSA -> similarity(phase.inputRepresentation(t), setup.dataset.inputs());
			case DeepLinearSetup.INPUT_REPRESENTATION -> phase.inputRepresentation(t);
			case DeepLinearSetup.OUTPUT_REPRESENTATION -> phase.outputRepresentation(t);
			default -> TheoryPrediction.super.predictMatrix(name, step);
		};
	}

	/**
	 * The loss of a map W on whitened data: the irreducible part plus 1/2 ||W - Sigma_yx||^2 (the cross term vanishes
	 * when Sigma_x = I, spec 0.1); never negative, and exact down to the smallest losses.
	 */
	private static double loss(DMatrixRMaj map, DMatrixRMaj sigmaYX, double irreducibleLoss) {
		double distance = 0;
		for (int k = 0; k < map.getNumElements(); k++) {
			double d = map.data[k] - sigmaYX.data[k];
			distance += d * d;
		}
		return irreducibleLoss + 0.5 * distance;
	}

	/** X^T M X. */
	private static DMatrixRMaj similarity(DMatrixRMaj m, DMatrixRMaj x) {
		DMatrixRMaj mx = new DMatrixRMaj(m.numRows, x.numCols);
		CommonOps_DDRM.mult(m, x, mx);
		DMatrixRMaj out = new DMatrixRMaj(x.numCols, x.numCols);
		CommonOps_DDRM.multTransA(x, mx, out);
		return out;
	}
}
