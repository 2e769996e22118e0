package org.plateau.family.deeplinear.internal.numerics;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * The neural tangent kernel of a two-layer linear network on its training inputs, kept as its two Gram blocks
 * (Dominé et al. 2024, spec 1.3(d)): K = I_No (kron) A + B (kron) C with A = X^T W1^T W1 X, B = W2 W2^T and C = X^T X.
 * Frobenius products of such kernels reduce to products of the blocks, <P (kron) Q, R (kron) S> = <P,R><Q,S>, so the
 * kernel distance costs O(P^2 + No^2) instead of O(P^2 No^2): it can be recorded at every step of any task.
 */
public final class KernelBlocks {

	private final DMatrixRMaj a;
	private final DMatrixRMaj b;
	private final double traceB;

	private KernelBlocks(DMatrixRMaj a, DMatrixRMaj b) {
		this.a = a;
		this.b = b;
		this.traceB = CommonOps_DDRM.trace(b);
	}

	/**
	 * The kernel of a network whose representations are given.
	 *
	 * @param inputRepresentation W1^T W1 (Ni x Ni)
	 * @param outputRepresentation W2 W2^T (No x No)
	 * @param x the training inputs (Ni x P)
	 */
	public static KernelBlocks of(DMatrixRMaj inputRepresentation, DMatrixRMaj outputRepresentation, DMatrixRMaj x) {
		DMatrixRMaj mx = new DMatrixRMaj(inputRepresentation.numRows, x.numCols);
		CommonOps_DDRM.mult(inputRepresentation, x, mx);
		DMatrixRMaj a = new DMatrixRMaj(x.numCols, x.numCols);
		CommonOps_DDRM.multTransA(x, mx, a);
		return new KernelBlocks(a, outputRepresentation.copy());
	}

	/** The kernel of a two-layer network. */
	public static KernelBlocks of(LinearNetwork network, DMatrixRMaj x) {
		if (network.depth() != 2) {
			throw new IllegalArgumentException("the NTK blocks are those of a two-layer network, depth was " + network.depth());
		}
		return of(network.inputRepresentation(), network.outputRepresentation(), x);
	}

	/** C = X^T X, shared by every kernel of a data set. */
	public static DMatrixRMaj inputGram(DMatrixRMaj x) {
		DMatrixRMaj c = new DMatrixRMaj(x.numCols, x.numCols);
		CommonOps_DDRM.multTransA(x, x, c);
		return c;
	}

	/** <K1, K2>_F = No <A1,A2> + tr(B2) <A1,C> + tr(B1) <C,A2> + <B1,B2> <C,C>. */
	static double inner(KernelBlocks k1, KernelBlocks k2, DMatrixRMaj c) {
		int outputs = k1.b.numRows;
		return outputs * dot(k1.a, k2.a) + k2.traceB * dot(k1.a, c) + k1.traceB * dot(c, k2.a)
				+ dot(k1.b, k2.b) * dot(c, c);
	}

	/**
	 * The kernel distance S(K1, K2) = 1 - <K1,K2>_F / (||K1||_F ||K2||_F) of Dominé et al. (2024, {@code kernel_distance}):
	 * 0 for kernels that differ by a factor, larger as the kernel rotates.
	 *
	 * @param c {@link #inputGram} of the data
	 */
	public static double distance(KernelBlocks k1, KernelBlocks k2, DMatrixRMaj c) {
		double norms = Math.sqrt(inner(k1, k1, c) * inner(k2, k2, c));
		return norms == 0 ? 0 : 1 - inner(k1, k2, c) / norms;
	}

	private static double dot(DMatrixRMaj p, DMatrixRMaj q) {
		double sum = 0;
		for (int i = 0; i < p.getNumElements(); i++) {
			sum += p.data[i] * q.data[i];
		}
		return sum;
	}
}
