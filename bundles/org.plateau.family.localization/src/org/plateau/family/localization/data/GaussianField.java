package org.plateau.family.localization.data;

import java.util.SplittableRandom;

import org.ejml.data.DMatrixRMaj;
import org.plateau.kernels.DenseKernels;

/**
 * Gaussian fields z ~ N(0, C^z(xi)) of both classes, drawn as white noise times the symmetric square root of the
 * kernel, as the authors sample them (spec 4, implementation notes): on a ring one product G S of the batch's noise;
 * on a torus, where C^z = C1 kron C1, the image S1 G S1 of each noise image G, as two products over the whole batch
 * with a transpose of each image in between.
 */
final class GaussianField {

	private final int side;
	private final int dimensions;
	private final DMatrixRMaj[] roots = new DMatrixRMaj[2];
	private final DMatrixRMaj[] kernels = new DMatrixRMaj[2];

	GaussianField(int side, int dimensions, double xi0, double xi1) {
		this.side = side;
		this.dimensions = dimensions;
		double[] xi = { xi0, xi1 };
		for (int label = 0; label < 2; label++) {
			DMatrixRMaj ring = CirculantKernel.gaussian(side, xi[label]);
			kernels[label] = dimensions == 1 ? ring : CirculantKernel.kronecker(ring, ring);
			roots[label] = CirculantKernel.symmetricRoot(ring);
		}
	}

	/** C^z of a class (pixels x pixels). */
	DMatrixRMaj kernel(int label) {
		return kernels[label];
	}

	int pixels() {
		return dimensions == 1 ? side : side * side;
	}

	/** Two buffers of rows x pixels. */
	DMatrixRMaj[] newScratch(int rows) {
		return new DMatrixRMaj[] { new DMatrixRMaj(rows, pixels()), new DMatrixRMaj(rows, pixels()) };
	}

	/** Fills every row of {@code out} (not a scratch buffer) with a field of the class. */
	void draw(int label, DMatrixRMaj out, DMatrixRMaj[] scratch, SplittableRandom random, DenseKernels products) {
		int rows = out.numRows;
		DMatrixRMaj noise = scratch[0];
		noise.reshape(rows, pixels());
		double[] g = noise.data;
		int n = rows * pixels();
		for (int i = 0; i < n; i++) {
			g[i] = random.nextGaussian();
		}
		root(label, noise, out, scratch[1], products);
	}

	/** out = Lambda v for every row v of {@code vectors} (not a scratch buffer): the kernel's root applied. */
	void map(int label, DMatrixRMaj vectors, DMatrixRMaj out, DMatrixRMaj[] scratch, DenseKernels products) {
		DMatrixRMaj noise = scratch[0];
		noise.reshape(vectors.numRows, pixels());
		System.arraycopy(vectors.data, 0, noise.data, 0, vectors.numRows * pixels());
		root(label, noise, out, scratch[1], products);
	}

	/** out = noise S (ring) or S1 G S1 per image (torus); {@code noise} is overwritten. */
	private void root(int label, DMatrixRMaj noise, DMatrixRMaj out, DMatrixRMaj half, DenseKernels products) {
		int rows = noise.numRows;
		int n = rows * pixels();
		if (dimensions == 1) {
			products.gemm(false, false, 1, noise, roots[label], 0, out); // S symmetric: z^T = g^T S
			return;
		}
		noise.reshape(rows * side, side);
		products.gemm(false, false, 1, noise, roots[label], 0, half); // G_s S1 for each image s
		half.reshape(rows, pixels());
		transposeEachImage(half.data, rows);
		half.reshape(rows * side, side);
		noise.reshape(rows * side, side);
		products.gemm(false, false, 1, half, roots[label], 0, noise); // (G_s S1)^T S1 = (S1 G_s S1)^T, a field too
		noise.reshape(rows, pixels());
		System.arraycopy(noise.data, 0, out.data, 0, n);
		half.reshape(rows, pixels());
	}

	private void transposeEachImage(double[] data, int rows) {
		for (int s = 0; s < rows; s++) {
			int base = s * side * side;
			for (int r = 0; r < side; r++) {
				for (int c = r + 1; c < side; c++) {
					int a = base + r * side + c;
					int b = base + c * side + r;
					double t = data[a];
					data[a] = data[b];
					data[b] = t;
				}
			}
		}
	}
}
