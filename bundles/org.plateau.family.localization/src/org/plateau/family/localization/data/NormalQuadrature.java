package org.plateau.family.localization.data;

import java.util.function.DoubleUnaryOperator;

import org.hipparchus.analysis.integration.gauss.GaussIntegrator;
import org.hipparchus.analysis.integration.gauss.GaussIntegratorFactory;

/**
 * Expectations E f(z) over a standard normal z by composite Gauss-Legendre quadrature on [-30, 30], with panels that
 * shrink towards z = 0 (where erf(g z) turns over on the scale 1/g, down to 1e-4 for g up to 10^4) and widen in the
 * tails (where the algebraic marginals grow like e^(z^2/2k)). Nodes and weights (density included) are Hipparchus'
 * Gauss-Legendre rules, built once.
 */
public final class NormalQuadrature {

	private static final double[] BREAKS = { 0, 1e-4, 3e-4, 1e-3, 3e-3, 0.01, 0.03, 0.1, 0.2, 0.4, 0.7, 1, 1.5, 2, 3, 4,
			6, 9, 13, 20, 30 };
	private static final int SUBPANELS = 8;
	private static final int POINTS = 8;

	private static final double[] NODES;
	private static final double[] WEIGHTS;

	static {
		GaussIntegratorFactory factory = new GaussIntegratorFactory();
		int n = 2 * (BREAKS.length - 1) * SUBPANELS * POINTS;
		NODES = new double[n];
		WEIGHTS = new double[n];
		int k = 0;
		for (int side = -1; side <= 1; side += 2) {
			for (int b = 0; b + 1 < BREAKS.length; b++) {
				double width = (BREAKS[b + 1] - BREAKS[b]) / SUBPANELS;
				for (int s = 0; s < SUBPANELS; s++) {
					double lo = BREAKS[b] + s * width;
					GaussIntegrator rule = factory.legendre(POINTS, lo, lo + width);
					for (int i = 0; i < rule.getNumberOfPoints(); i++) {
						double z = side * rule.getPoint(i);
						NODES[k] = z;
						WEIGHTS[k] = rule.getWeight(i) * Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI);
						k++;
					}
				}
			}
		}
	}

	private NormalQuadrature() {
	}

	/** The quadrature nodes z_i (a copy). */
	public static double[] nodes() {
		return NODES.clone();
	}

	/** The weights w_i, normal density included, so that E f(z) = sum_i w_i f(z_i) (a copy). */
	public static double[] weights() {
		return WEIGHTS.clone();
	}

	/** E f(z), z ~ N(0, 1). */
	public static double expectation(DoubleUnaryOperator f) {
		double sum = 0;
		for (int i = 0; i < NODES.length; i++) {
			sum += WEIGHTS[i] * f.applyAsDouble(NODES[i]);
		}
		return sum;
	}
}
