package org.plateau.gdln.family;

import java.util.List;

import org.ejml.data.DMatrixRMaj;
import org.plateau.core.family.MetricDescriptor;
import org.plateau.core.family.TheoryPrediction;
import org.plateau.gdln.DiagonalReduction;
import org.plateau.gdln.GatedNetwork;

/**
 * The neural race reduction of an experiment's network (Saxe, Sodhani &amp; Lewallen 2022, spec 2(d)): the engine's
 * diagonal dynamics τ dB_e/dt = Σ_p B_after [S(p) - Σ_j B_j D(j,p)] B_before from aligned initial strengths,
 * integrated once to the last step (t/τ = η · step); every metric is then measured on the aligned network
 * W_e = R_t B_e(t) R_s^T, so that theory and simulation are read the same way. Exact from aligned weights; from
 * small random weights it is the matched-start approximation (Jarvis et al. 2023, spec 4(d)-(e), as the deep linear
 * family's): the same dynamics from the effective initial strengths of {@link GatedArchitectures#matchedStrengths},
 * labelled approximate.
 */
public final class ReductionTheory implements TheoryPrediction {

	/** The prediction's id. */
	public static final String ID = "race-reduction";

	private final GatedTraining training;
	private final DiagonalReduction reduction;
	private final double[][] initial;
	private final DMatrixRMaj[] hiddenBases;
	private final List<String> metricIds;
	/** Null when exact; otherwise why the prediction is approximate, for the description. */
	private final String approximation;

	/**
	 * @param training the experiment
	 * @param reduction the reduction of its data
	 * @param initial the initial diagonal of every edge, {@code initial[e][alpha]}
	 * @param hiddenBases orthonormal bases of the hidden nodes, indexed by node
	 */
	public ReductionTheory(GatedTraining training, DiagonalReduction reduction, double[][] initial, DMatrixRMaj[] hiddenBases) {
		this(training, reduction, initial, hiddenBases, null);
	}

	/**
	 * @param approximation {@code null} when exact (aligned weights); otherwise why not, e.g. "the weights start small
	 *        and random, not aligned: each mode starts from its effective strength ..."; the description then begins
	 *        "approximate: " and the label says so
	 */
	public ReductionTheory(GatedTraining training, DiagonalReduction reduction, double[][] initial, DMatrixRMaj[] hiddenBases,
			String approximation) {
		this.approximation = approximation;
		this.training = training;
		this.reduction = reduction;
		this.initial = initial;
		this.hiddenBases = hiddenBases;
		this.metricIds = training.metrics().stream().map(MetricDescriptor::id).toList();
	}

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String label() {
		return approximation == null ? "neural race reduction (Saxe et al. 2022)"
				: "neural race reduction, matched start (approximate)";
	}

	/** Whether the prediction is exact (aligned start) rather than the matched-start approximation. */
	public boolean exact() {
		return approximation == null;
	}

	@Override
	public String description() {
		int[] pathways = reduction.pathwayModes();
		String modes = pathways.length == 1 ? reduction.modes() + " modes"
				: "modes per independent pathway " + java.util.Arrays.toString(pathways);
		return approximation == null ? "diagonal mode dynamics of every edge from aligned weights, exact; " + modes
				: "approximate: " + approximation + "; diagonal mode dynamics of every edge, " + modes;
	}

	@Override
	public List<String> metricIds() {
		return metricIds;
	}

	@Override
	public double[][] predict(long[] steps) {
		double[] times = new double[steps.length];
		for (int i = 0; i < steps.length; i++) {
			if (i > 0 && steps[i] < steps[i - 1]) {
				throw new IllegalArgumentException("steps must increase");
			}
			// tau = 1/eta: t/tau = eta * step (spec 0.1)
			times[i] = steps[i] * training.learningRate();
		}
		double[][][] trajectory = reduction.integrate(initial, times);
		double[][] values = new double[metricIds.size()][steps.length];
		GatedNetwork aligned = new GatedNetwork(training.data());
		double[] record = new double[metricIds.size()];
		for (int i = 0; i < steps.length; i++) {
			reduction.align(trajectory[i], hiddenBases, aligned);
			training.measure(aligned, record);
			for (int k = 0; k < record.length; k++) {
				values[k][i] = record[k];
			}
		}
		return values;
	}

	@Override
	public List<String> matrixNames() {
		return training.matrices().stream().map(org.plateau.core.family.MatrixDescriptor::name).toList();
	}

	@Override
	public DMatrixRMaj predictMatrix(String name, long step) {
		double[][][] trajectory = reduction.integrate(initial, new double[] { step * training.learningRate() });
		GatedNetwork aligned = new GatedNetwork(training.data());
		reduction.align(trajectory[0], hiddenBases, aligned);
		return training.snapshot(name, aligned);
	}
}
