package org.plateau.family.reln.internal;

import org.ejml.data.DMatrixRMaj;

/**
 * The context selectivity of a ReLU network's hidden units (Jarvis et al. 2025, spec C3.2): a unit is significant if
 * ||W2[:, k]|| ||W1[k, :]|| exceeds 5% of the largest over the units; it is active in context c if its largest
 * activity on the datapoints of c exceeds 1e-3 of its largest activity overall.
 */
final class UnitPatterns {

	static final double SIGNIFICANT = 0.05;
	static final double ACTIVE = 1e-3;

	private UnitPatterns() {
	}

	/**
	 * How many significant units are active in exactly k contexts, for k = 0 .. C.
	 *
	 * @param activation the hidden activity, units x datapoints, after a forward pass
	 */
	static int[] countByContexts(DMatrixRMaj w1, DMatrixRMaj w2, DMatrixRMaj activation, ContextualData data) {
		int units = w1.numRows;
		double[] weight = new double[units];
		double largest = 0;
		for (int k = 0; k < units; k++) {
			double in = 0;
			for (int c = 0; c < w1.numCols; c++) {
				in += w1.get(k, c) * w1.get(k, c);
			}
			double out = 0;
			for (int r = 0; r < w2.numRows; r++) {
				out += w2.get(r, k) * w2.get(r, k);
			}
			weight[k] = Math.sqrt(in * out);
			largest = Math.max(largest, weight[k]);
		}
		int[] counts = new int[data.contexts + 1];
		double[] perContext = new double[data.contexts];
		for (int k = 0; k < units; k++) {
			if (!(weight[k] > SIGNIFICANT * largest)) {
				continue;
			}
			java.util.Arrays.fill(perContext, 0);
			double overall = 0;
			for (int mu = 0; mu < data.samples; mu++) {
				double a = activation.get(k, mu);
				perContext[data.context(mu)] = Math.max(perContext[data.context(mu)], a);
				overall = Math.max(overall, a);
			}
			int active = 0;
			for (double a : perContext) {
				if (overall > 0 && a > ACTIVE * overall) {
					active++;
				}
			}
			counts[active]++;
		}
		return counts;
	}
}
