package org.plateau.family.gated.internal;

import java.util.List;

import org.ejml.data.DMatrixRMaj;
import org.plateau.core.family.MetricDescriptor;
import org.plateau.core.family.TheoryPrediction;
import org.plateau.gdln.DiagonalReduction;
import org.plateau.gdln.GatedNetwork;

/**
 * The neural race reduction of the experiment's network (Saxe, Sodhani &amp; Lewallen 2022, spec 2(d)): the engine's
 * diagonal dynamics τ dB_e/dt = Σ_p B_after [S(p) - Σ_j B_j D(j,p)] B_before from the decoupled start, integrated
 * once to the last step; every metric is then measured on the aligned network W_e = R_t B_e(t) R_s^T, so that
 * theory and simulation are read the same way. Exact from decoupled weights.
 */
final class RaceReductionTheory implements TheoryPrediction {

	static final String ID = "race-reduction";

	private final GatedSetup setup;
	private final DiagonalReduction reduction;
	private final double[][] initial;
	private final DMatrixRMaj[] hiddenBases;
	private final List<String> metricIds;

	RaceReductionTheory(GatedSetup setup, DiagonalReduction reduction, double[][] initial) {
		this.setup = setup;
		this.reduction = reduction;
		this.initial = initial;
		this.hiddenBases = setup.hiddenBases();
		this.metricIds = setup.metrics.stream().map(MetricDescriptor::id).toList();
	}

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String label() {
		return "neural race reduction (Saxe et al. 2022)";
	}

	@Override
	public String description() {
		return "diagonal mode dynamics of every edge from b0, exact for decoupled weights; " + reduction.modes() + " modes";
	}

	@Override
	public List<String> metricIds() {
		return metricIds;
	}

	@Override
	public double[][] predict(long[] steps) {
		double[] times = new double[steps.length];
		for (int i = 0; i < steps.length; i++) {
			// tau = 1/eta: t/tau = eta * step (spec 0.1)
			times[i] = steps[i] * setup.learningRate;
		}
		double[][][] trajectory = reduction.integrate(initial, sorted(times));
		double[][] values = new double[metricIds.size()][steps.length];
		GatedNetwork aligned = new GatedNetwork(setup.data);
		double[] record = new double[metricIds.size()];
		for (int i = 0; i < steps.length; i++) {
			reduction.align(trajectory[i], hiddenBases, aligned);
			setup.measure(aligned, record);
			for (int k = 0; k < record.length; k++) {
				values[k][i] = record[k];
			}
		}
		return values;
	}

	private static double[] sorted(double[] times) {
		for (int i = 1; i < times.length; i++) {
			if (times[i] < times[i - 1]) {
				throw new IllegalArgumentException("steps must increase");
			}
		}
		return times;
	}
}
