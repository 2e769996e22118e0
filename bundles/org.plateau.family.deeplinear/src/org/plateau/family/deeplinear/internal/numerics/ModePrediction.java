package org.plateau.family.deeplinear.internal.numerics;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * Theory predictions assembled from per-mode strengths a_alpha(t) (from {@link ClosedForm} or
 * {@link ReducedDynamics}) and the fixed task modes (Saxe et al., PNAS 2019, spec 1.2(d)). Their measured
 * counterparts are {@link TaskModes#modeStrengths}, {@link LinearNetwork#networkMap()},
 * {@link LinearNetwork#itemSimilarity} and {@link LinearNetwork#predict}. All results are new matrices.
 */
public final class ModePrediction {

	private ModePrediction() {
	}

	/**
	 * The network map W(t) = U A(t) V^T = sum_alpha a_alpha u_alpha v_alpha^T (No x Ni).
	 *
	 * @param strengths a_alpha for the first strengths.length modes (the others count as 0)
	 */
	public static DMatrixRMaj networkMap(TaskModes modes, double[] strengths) {
		checkStrengths(modes, strengths);
		DMatrixRMaj scaledU = scaledColumns(modes.uView(), strengths);
		DMatrixRMaj v = CommonOps_DDRM.extract(modes.vView(), 0, modes.inputSize(), 0, strengths.length);
		DMatrixRMaj w = new DMatrixRMaj(modes.outputSize(), modes.inputSize());
		// PNAS 2019 (spec 1.2(d)): W(t) = U A(t) V^T
		CommonOps_DDRM.multTransB(scaledU, v, w);
		return w;
	}

	/**
	 * The predicted feature-item matrix Yhat(t) = U A(t) V^T X (No x P): yhat_{m i} = sum_alpha a_alpha U_{m alpha}
	 * (V^T X)_{alpha i}. Can be non-monotonic in t (illusory correlations, e.g. Fly(salmon)).
	 */
	public static DMatrixRMaj featureItemPrediction(TaskModes modes, double[] strengths, DMatrixRMaj x) {
		DMatrixRMaj w = networkMap(modes, strengths);
		DMatrixRMaj y = new DMatrixRMaj(w.numRows, x.numCols);
		// PNAS 2019 (spec 1.2(d)): yhat(t) = U A(t) V^T X
		CommonOps_DDRM.mult(w, x, y);
		return y;
	}

	/**
	 * The item-item similarity of the first hidden layer of a decoupled balanced D-layer network:
	 * X^T V |A(t)|^{2/D} V^T X (P x P), since then W_1 = R_1 A^{1/D} V^T. For D = 2 this is the paper's RSA(t) = X^T V
	 * A(t) V^T X, converging to X^T V S V^T X.
	 */
	public static DMatrixRMaj itemSimilarity(TaskModes modes, double[] strengths, int depth, DMatrixRMaj x) {
		if (depth < 1) {
			throw new IllegalArgumentException("depth must be at least 1, was " + depth);
		}
		checkStrengths(modes, strengths);
		double[] layer = new double[strengths.length];
		for (int a = 0; a < layer.length; a++) {
			layer[a] = Math.pow(Math.abs(strengths[a]), 1.0 / depth);
		}
		DMatrixRMaj v = CommonOps_DDRM.extract(modes.vView(), 0, modes.inputSize(), 0, strengths.length);
		// rows of H = A^{1/D} V^T X
		DMatrixRMaj vtx = new DMatrixRMaj(strengths.length, x.numCols);
		CommonOps_DDRM.multTransA(v, x, vtx);
		for (int a = 0; a < layer.length; a++) {
			for (int i = 0; i < vtx.numCols; i++) {
				vtx.set(a, i, layer[a] * vtx.get(a, i));
			}
		}
		DMatrixRMaj rsa = new DMatrixRMaj(x.numCols, x.numCols);
		// PNAS 2019 (spec 1.2(d)): RSA(t) = X^T V A(t) V^T X, with A^{2/D} for D layers
		CommonOps_DDRM.multTransA(vtx, vtx, rsa);
		return rsa;
	}

	private static void checkStrengths(TaskModes modes, double[] strengths) {
		if (strengths.length > modes.rank()) {
			throw new IllegalArgumentException(strengths.length + " strengths for " + modes.rank() + " modes");
		}
	}

	/** The first strengths.length columns of m, column alpha multiplied by strengths[alpha]. */
	private static DMatrixRMaj scaledColumns(DMatrixRMaj m, double[] strengths) {
		DMatrixRMaj out = CommonOps_DDRM.extract(m, 0, m.numRows, 0, strengths.length);
		for (int i = 0; i < out.numRows; i++) {
			for (int a = 0; a < strengths.length; a++) {
				out.set(i, a, strengths[a] * out.get(i, a));
			}
		}
		return out;
	}
}
