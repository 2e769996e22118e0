package org.plateau.family.rnn.internal;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.plateau.family.rnn.automata.AnalysisStrings;
import org.plateau.family.rnn.automata.Automaton;

/**
 * The final hidden states of the analysis strings on their first two principal components (the paper's hidden-state
 * PCA over training, Figs. 4 and 8), with each string's length and the task's output after it: one row per string,
 * columns pc1, pc2, length, output.
 */
final class HiddenPca {

	private HiddenPca() {
	}

	/**
	 * @param hidden row-major n x p, the strings' order
	 * @return the n x 4 matrix; each component's sign is chosen so that its largest entry in size is positive, so that
	 *         snapshots at neighbouring epochs do not flip
	 */
	static DMatrixRMaj of(double[] hidden, AnalysisStrings strings, int p, Automaton task) {
		int n = strings.size();
		DMatrixRMaj x = DMatrixRMaj.wrap(n, p, hidden.clone());
		DMatrixRMaj mean = new DMatrixRMaj(1, p);
		CommonOps_DDRM.sumCols(x, mean);
		CommonOps_DDRM.scale(1.0 / n, mean);
		for (int i = 0; i < n; i++) {
			for (int j = 0; j < p; j++) {
				x.data[i * p + j] -= mean.data[j];
			}
		}
		DMatrixRMaj covariance = new DMatrixRMaj(p, p);
		CommonOps_DDRM.multTransA(x, x, covariance);
		EigenDecomposition_F64<DMatrixRMaj> eigen = DecompositionFactory_DDRM.eig(p, true, true);
		DMatrixRMaj result = new DMatrixRMaj(n, 4);
		if (!eigen.decompose(covariance)) {
			throw new IllegalStateException("the eigen-decomposition of the hidden states' covariance did not converge");
		}
		int[] order = top(eigen, 2);
		for (int c = 0; c < 2 && c < order.length; c++) {
			DMatrixRMaj v = eigen.getEigenVector(order[c]);
			double[] projection = new double[n];
			double largest = 0;
			for (int i = 0; i < n; i++) {
				double sum = 0;
				for (int j = 0; j < p; j++) {
					sum += x.data[i * p + j] * v.data[j];
				}
				projection[i] = sum;
				if (Math.abs(sum) > Math.abs(largest)) {
					largest = sum;
				}
			}
			double sign = largest < 0 ? -1 : 1;
			for (int i = 0; i < n; i++) {
				result.set(i, c, sign * projection[i]);
			}
		}
		for (int i = 0; i < n; i++) {
			int[] string = strings.string(i);
			result.set(i, 2, string.length);
			result.set(i, 3, task.outputAfter(string, 0, string.length));
		}
		return result;
	}

	/** The indices of the {@code k} largest eigenvalues, largest first. */
	private static int[] top(EigenDecomposition_F64<DMatrixRMaj> eigen, int k) {
		int count = eigen.getNumberOfEigenvalues();
		java.util.List<Integer> indices = new java.util.ArrayList<>();
		for (int i = 0; i < count; i++) {
			if (eigen.getEigenVector(i) != null) {
				indices.add(i);
			}
		}
		indices.sort((a, b) -> Double.compare(eigen.getEigenvalue(b).getReal(), eigen.getEigenvalue(a).getReal()));
		return indices.stream().limit(k).mapToInt(Integer::intValue).toArray();
	}
}
