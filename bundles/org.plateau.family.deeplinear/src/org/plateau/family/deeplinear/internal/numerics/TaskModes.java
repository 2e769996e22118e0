package org.plateau.family.deeplinear.internal.numerics;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.NormOps_DDRM;
import org.ejml.dense.row.SingularOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

/**
 * The modes of a task: the singular value decomposition Sigma_yx = U S V^T restricted to the non-zero singular
 * values, sorted in descending order, with a deterministic choice of singular vectors (spec 0.2).
 * <p>
 * Singular vectors: within each group of equal singular values (relative gap below {@value #DEGENERACY_TOLERANCE})
 * the right vectors v are the Gram-Schmidt orthonormalisation of the projections of the unit vectors e_1, e_2, ...
 * onto the group's right singular subspace, skipping projections of norm below {@value #PIVOT_TOLERANCE}. For a
 * non-degenerate mode this makes the first component of v with |v_i| > 1e-6 positive; for the PNAS hierarchies it
 * gives the paper's vectors (all items, animals vs plants, within-class differences). Then u = Sigma_yx v / s.
 * <p>
 * Immutable; accessors return copies.
 */
public final class TaskModes {

	static final double DEGENERACY_TOLERANCE = 1e-9;
	static final double PIVOT_TOLERANCE = 1e-6;

	private final DMatrixRMaj u;
	private final double[] s;
	private final DMatrixRMaj v;

	private TaskModes(DMatrixRMaj u, double[] s, DMatrixRMaj v) {
		this.u = u;
		this.s = s;
		this.v = v;
	}

	/** The modes of the dataset's Sigma_yx under the given convention. */
	public static TaskModes of(Dataset data, LossConvention convention) {
		return of(data.sigmaYX(convention));
	}

	/** The modes of an input-output correlation Sigma_yx (No x Ni). */
	public static TaskModes of(DMatrixRMaj sigmaYX) {
		int no = sigmaYX.numRows;
		int ni = sigmaYX.numCols;
		SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(no, ni, false, true, true);
		if (!svd.decompose(sigmaYX.copy())) {
			throw new IllegalStateException("SVD of Sigma_yx failed");
		}
		DMatrixRMaj w = svd.getW(null);
		DMatrixRMaj vAll = svd.getV(null, false);
		SingularOps_DDRM.descendingOrder(null, false, w, vAll, false);
		int n = Math.min(w.numRows, w.numCols);
		double max = n == 0 ? 0 : w.get(0, 0);
		double zero = max * Math.max(no, ni) * 1e-14;
		int rank = 0;
		while (rank < n && w.get(rank, rank) > zero) {
			rank++;
		}
		double[] s = new double[rank];
		for (int a = 0; a < rank; a++) {
			s[a] = w.get(a, a);
		}
		DMatrixRMaj v = new DMatrixRMaj(ni, rank);
		int start = 0;
		while (start < rank) {
			int end = start + 1;
			while (end < rank && s[start] - s[end] <= DEGENERACY_TOLERANCE * max) {
				end++;
			}
			canonicalBasis(vAll, start, end, v);
			start = end;
		}
		DMatrixRMaj u = new DMatrixRMaj(no, rank);
		// u_alpha = Sigma_yx v_alpha / s_alpha
		CommonOps_DDRM.mult(sigmaYX, v, u);
		for (int i = 0; i < no; i++) {
			for (int a = 0; a < rank; a++) {
				u.set(i, a, u.get(i, a) / s[a]);
			}
		}
		return new TaskModes(u, s, v);
	}

	/**
	 * Writes into columns [start, end) of {@code out} the canonical orthonormal basis of the span of columns [start,
	 * end) of {@code vAll} (see the class comment).
	 */
	private static void canonicalBasis(DMatrixRMaj vAll, int start, int end, DMatrixRMaj out) {
		int n = vAll.numRows;
		int k = end - start;
		double[] w = new double[n];
		int chosen = 0;
		for (int unit = 0; unit < n && chosen < k; unit++) {
			// w = P e_unit, P the projector onto the group's subspace
			for (int i = 0; i < n; i++) {
				double sum = 0;
				for (int a = start; a < end; a++) {
					sum += vAll.get(i, a) * vAll.get(unit, a);
				}
				w[i] = sum;
			}
			// remove the vectors already chosen (twice, for orthogonality to rounding)
			for (int pass = 0; pass < 2; pass++) {
				for (int c = start; c < start + chosen; c++) {
					double dot = 0;
					for (int i = 0; i < n; i++) {
						dot += out.get(i, c) * w[i];
					}
					for (int i = 0; i < n; i++) {
						w[i] -= dot * out.get(i, c);
					}
				}
			}
			double norm = 0;
			for (int i = 0; i < n; i++) {
				norm += w[i] * w[i];
			}
			norm = Math.sqrt(norm);
			if (norm > PIVOT_TOLERANCE) {
				for (int i = 0; i < n; i++) {
					out.set(i, start + chosen, w[i] / norm);
				}
				chosen++;
			}
		}
		if (chosen < k) {
			throw new IllegalStateException("could not build a basis of a degenerate singular subspace");
		}
	}

	/** The number r of modes (non-zero singular values). */
	public int rank() {
		return s.length;
	}

	/** s_alpha, alpha = 0..r-1, descending. */
	public double singularValue(int alpha) {
		return s[alpha];
	}

	/** s_1..s_r, descending; a copy. */
	public double[] singularValues() {
		return s.clone();
	}

	/** U, No x r, the output singular vectors as columns; a copy. */
	public DMatrixRMaj u() {
		return u.copy();
	}

	/** V, Ni x r, the input singular vectors as columns; a copy. */
	public DMatrixRMaj v() {
		return v.copy();
	}

	/** No, the output dimension. */
	public int outputSize() {
		return u.numRows;
	}

	/** Ni, the input dimension. */
	public int inputSize() {
		return v.numRows;
	}

	// package-private views for the theory classes (not modified there)
	DMatrixRMaj uView() {
		return u;
	}

	DMatrixRMaj vView() {
		return v;
	}

	/**
	 * The strength of mode alpha in a network map W (No x Ni), by projection on the fixed task vectors.
	 */
	public double modeStrength(DMatrixRMaj networkMap, int alpha) {
		checkMap(networkMap);
		// spec 0.2: a_alpha = u_alpha^T W v_alpha
		double sum = 0;
		for (int i = 0; i < u.numRows; i++) {
			double row = 0;
			for (int j = 0; j < v.numRows; j++) {
				row += networkMap.get(i, j) * v.get(j, alpha);
			}
			sum += u.get(i, alpha) * row;
		}
		return sum;
	}

	/**
	 * The initial mode strengths u0 from which the decoupled theory should start for this network, a new array.
	 * <p>
	 * Two layers: the mode vectors a = W1 v_alpha and b = W2^T u_alpha obey, while small, tau da/dt = s b and
	 * tau db/dt = s a (the mode equations of Saxe et al. 2014, spec 1.1(d), linearised for small a, b and with the
	 * cross-mode terms dropped; this start is derived here, see docs/deep-linear.md), so a + b grows as e^{st/tau} and
	 * a.b approaches |a + b|^2/4 e^{2st/tau}: the sigmoid u(t) starts from u0 = |a(0) + b(0)|^2 / 4. For aligned
	 * balanced weights (a = b parallel) this is the projection u_alpha^T W v_alpha itself; from small random weights
	 * it also accounts for the alignment of a and b, which the projection alone misses by a factor of ~10.
	 * <p>
	 * Other depths: the projection u_alpha^T W v_alpha (exact for one layer and for aligned balanced weights).
	 */
	public double[] initialStrengths(LinearNetwork network) {
		if (network.depth() != 2) {
			return modeStrengths(network.networkMap());
		}
		DMatrixRMaj w1 = network.weight(1);
		DMatrixRMaj w2 = network.weight(2);
		double[] u0 = new double[s.length];
		for (int alpha = 0; alpha < s.length; alpha++) {
			double sumOfSquares = 0;
			for (int h = 0; h < w1.numRows; h++) {
				double a = 0;
				for (int j = 0; j < v.numRows; j++) {
					a += w1.get(h, j) * v.get(j, alpha);
				}
				double b = 0;
				for (int i = 0; i < u.numRows; i++) {
					b += w2.get(i, h) * u.get(i, alpha);
				}
				sumOfSquares += (a + b) * (a + b);
			}
			u0[alpha] = sumOfSquares / 4;
		}
		return u0;
	}

	/**
	 * ||W||_F^2 - sum_alpha (u_alpha^T W v_alpha)^2: the squared size of the part of a network map W that lies off the
	 * task modes (between-mode and outside components), which a shallow network forgets as e^{-2t/tau}.
	 */
	public double offModeNormSquared(DMatrixRMaj networkMap) {
		double norm = NormOps_DDRM.normF(networkMap);
		double offMode = norm * norm;
		for (double a : modeStrengths(networkMap)) {
			offMode -= a * a;
		}
		return Math.max(0, offMode);
	}

	/** The strengths of all r modes in a network map W (No x Ni); a new array. */
	public double[] modeStrengths(DMatrixRMaj networkMap) {
		double[] a = new double[s.length];
		for (int alpha = 0; alpha < s.length; alpha++) {
			a[alpha] = modeStrength(networkMap, alpha);
		}
		return a;
	}

	private void checkMap(DMatrixRMaj w) {
		if (w.numRows != u.numRows || w.numCols != v.numRows) {
			throw new IllegalArgumentException("network map is " + w.numRows + " x " + w.numCols + ", the task needs "
					+ u.numRows + " x " + v.numRows);
		}
	}
}
