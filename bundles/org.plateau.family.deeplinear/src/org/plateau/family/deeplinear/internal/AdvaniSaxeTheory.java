package org.plateau.family.deeplinear.internal;

import java.util.List;

import org.plateau.core.family.MetricDescriptor;
import org.plateau.core.family.TheoryPrediction;
import org.plateau.family.deeplinear.internal.numerics.TeacherStudentTheory;

/**
 * The high-dimensional theory of the linear teacher-student task (Advani & Saxe 2017, spec 1.4(d)): under gradient
 * flow every eigen-direction of X X^T relaxes on its own, and the Marchenko-Pastur density of those eigenvalues gives
 * the generalization error E_g(t) (with the frozen subspace for alpha < 1 and the overtraining peak at alpha = 1) and
 * the training error E_t(t). An average over draws of the task: one run of N inputs scatters around it by O(1/sqrt N).
 */
final class AdvaniSaxeTheory implements TheoryPrediction {

	static final String ID = "marchenko-pastur";

	private final DeepLinearSetup setup;
	private final TeacherStudentTheory theory;
	private final List<String> metricIds;

	AdvaniSaxeTheory(DeepLinearSetup setup, double alpha, double weightVariance, double noiseVariance,
			double initialVariance) {
		this.setup = setup;
		this.theory = new TeacherStudentTheory(alpha, weightVariance, noiseVariance, initialVariance);
		this.metricIds = setup.metrics.stream().map(MetricDescriptor::id).toList();
	}

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String label() {
		return "Marchenko-Pastur theory (Advani & Saxe 2017)";
	}

	@Override
	public String description() {
		return "average over draws of the task, exact as N -> infinity at fixed alpha = P/N";
	}

	@Override
	public List<String> metricIds() {
		return metricIds;
	}

	@Override
	public double limit(String metricId) {
		int p = setup.dataset.size();
		double trainingError = theory.trainingError(Double.POSITIVE_INFINITY);
		return switch (metricIds.indexOf(metricId)) {
			case 0 -> 0.5 * setup.convention.exampleWeight(p) * p * trainingError;
			case 1 -> theory.asymptoticGeneralizationError();
			case 2 -> trainingError;
			default -> Double.NaN;
		};
	}

	@Override
	public double[][] predict(long[] steps) {
		double[][] values = new double[3][steps.length];
		int p = setup.dataset.size();
		double weight = setup.convention.exampleWeight(p);
		for (int i = 0; i < steps.length; i++) {
			// SUM loss: tau dw/dt = X (y - X^T w), t/tau = eta * step (spec 1.4(c))
			double t = steps[i] / setup.tau();
			double trainingError = theory.trainingError(t);
			values[0][i] = 0.5 * weight * p * trainingError;
			values[1][i] = theory.generalizationError(t);
			values[2][i] = trainingError;
		}
		return values;
	}
}
