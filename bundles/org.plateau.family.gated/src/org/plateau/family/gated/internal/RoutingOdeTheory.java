package org.plateau.family.gated.internal;

import java.util.Arrays;
import java.util.List;

import org.hipparchus.analysis.integration.IterativeLegendreGaussIntegrator;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;
import org.plateau.core.family.MetricDescriptor;
import org.plateau.core.family.TheoryPrediction;

/**
 * The routing task's reduced dynamics in the paper's form (Saxe, Sodhani &amp; Lewallen 2022, spec 2(d)): per mode,
 * encoder b1, shared hidden b2 and decoder b3 (all encoders and decoders alike by symmetry), with c = η w the step
 * size times the weight of a datapoint (2/(P N_o)):
 * db1/dt = c K b2 b3 (s - b1 b2 b3), db2/dt = c M K b1 b3 (s - b1 b2 b3), db3/dt = c K b1 b2 (s - b1 b2 b3).
 * M b1² - b2² is conserved and b1 = b3 from a decoupled start b0, which leaves one ODE,
 * db2/dt = c K (b2² + c0)(s - b2 (b2² + c0)/M), c0 = (M - 1) b0², and the quadrature time to reach b2,
 * t = ∫_{b0}^{b2} dx / (c K (x² + c0)(s - x (x² + c0)/M)). Time in steps (epochs).
 */
final class RoutingOdeTheory implements TheoryPrediction {

	static final String ID = "routing-ode";

	private final GatedSetup setup;
	private final List<String> metricIds;
	private final int domains;
	private final int trainedPerInput;
	private final double b0;
	private final double rate;
	private final double c0;

	RoutingOdeTheory(GatedSetup setup, double b0) {
		this.setup = setup;
		this.metricIds = setup.metrics().stream().map(MetricDescriptor::id).toList();
		this.domains = setup.routing.getDomains();
		this.trainedPerInput = setup.routing.getOffsets().size();
		this.b0 = b0;
		this.rate = setup.learningRate() * setup.data.exampleWeight();
		this.c0 = (domains - 1) * b0 * b0;
	}

	/**
	 * Whether the paper's form applies: encoders into one shared hidden-to-hidden map and out through decoders, every
	 * pathway three weight matrices deep (b1, b2, b3).
	 */
	static boolean applies(GatedSetup setup) {
		return setup.hiddenEdge != null && setup.recordedPaths.size() == 1
				&& setup.graph.paths().stream().allMatch(path -> path.edges().size() == 3
						&& path.edges().get(1) == setup.hiddenEdge);
	}

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String label() {
		return "routing ODE b1, b2, b3 (Saxe et al. 2022)";
	}

	@Override
	public String description() {
		return "one ODE in b2 per mode with M b1^2 - b2^2 conserved, from b0 = " + b0 + "; M = " + domains + ", K = "
				+ trainedPerInput;
	}

	@Override
	public List<String> metricIds() {
		return metricIds;
	}

	/** db2/dt of one mode. */
	double derivative(double s, double b2) {
		double q = b2 * b2 + c0;
		return rate * trainedPerInput * q * (s - b2 * q / domains);
	}

	/** The pathway's mode strength a = b1 b2 b3 = b2 (b2² + c0)/M. */
	double strength(double b2) {
		return b2 * (b2 * b2 + c0) / domains;
	}

	/** The steps for the hidden mode of singular value s to grow from b0 to b2 (the spec's quadrature). */
	double stepsToReach(double s, double b2) {
		IterativeLegendreGaussIntegrator quadrature = new IterativeLegendreGaussIntegrator(16, 1e-12, 1e-12);
		return quadrature.integrate(100_000, x -> 1 / derivative(s, x), b0, b2);
	}

	/** b2(t) of every mode at the steps. */
	double[][] hiddenStrengths(long[] steps) {
		double[] s = setup.singularValues;
		double[][] b2 = new double[s.length][steps.length];
		for (int a = 0; a < s.length; a++) {
			double sa = s[a];
			OrdinaryDifferentialEquation ode = new OrdinaryDifferentialEquation() {
				@Override
				public int getDimension() {
					return 1;
				}

				@Override
				public double[] computeDerivatives(double t, double[] y) {
					return new double[] { derivative(sa, y[0]) };
				}
			};
			DormandPrince853Integrator integrator = new DormandPrince853Integrator(0, Double.POSITIVE_INFINITY, 1e-12, 1e-12);
			double t = 0;
			double[] y = { b0 };
			for (int i = 0; i < steps.length; i++) {
				if (steps[i] > t) {
					y = integrator.integrate(ode, new ODEState(t, y), steps[i]).getPrimaryState();
					t = steps[i];
				}
				b2[a][i] = y[0];
			}
		}
		return b2;
	}

	@Override
	public double[][] predict(long[] steps) {
		double[] s = setup.singularValues;
		double[][] b2 = hiddenStrengths(steps);
		double[][] values = new double[metricIds.size()][steps.length];
		for (int i = 0; i < steps.length; i++) {
			double squares = 0;
			double[] hidden = new double[s.length];
			for (int a = 0; a < s.length; a++) {
				double residual = s[a] - strength(b2[a][i]);
				squares += residual * residual;
				hidden[a] = b2[a][i];
			}
			Arrays.sort(hidden);
			int k = 0;
			// loss = w/2 sum over the M K trained pathways of ||Y - W_p||^2, each sum_a (s_a - a_a)^2 (spec 2(d))
			values[k++][i] = 0.5 * setup.data.exampleWeight() * domains * trainedPerInput * squares;
			// decoupled weights: every pathway, trained or not, has the same modes (systematic generalization)
			values[k++][i] = squares / 2;
			values[k++][i] = squares / 2;
			for (int a = 0; a < s.length; a++) {
				values[k++][i] = strength(b2[a][i]);
			}
			for (int a = 0; a < s.length; a++) {
				values[k++][i] = hidden[s.length - 1 - a];
			}
		}
		return values;
	}
}
