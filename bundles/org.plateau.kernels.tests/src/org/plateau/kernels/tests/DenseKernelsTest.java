package org.plateau.kernels.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.plateau.kernels.DenseKernels;
import org.plateau.kernels.DenseKernels.Backend;

/**
 * Every product of {@link DenseKernels} against a plain triple loop, on every backend this machine has (EJML, Java
 * BLAS, native BLAS when a libblas.so.3 is installed), with the BLAS route forced (threshold 0) and on its default
 * threshold, for all transpose flags, alpha and beta, on non-square shapes (where a swapped m and n would show).
 */
class DenseKernelsTest {

	/** Measured: the largest difference from the loop is 3e-15 on these sizes (sums of at most 37 products). */
	private static final double TOLERANCE = 1e-12;

	private static List<DenseKernels> kernels() {
		List<DenseKernels> all = new ArrayList<>();
		all.add(DenseKernels.of(Backend.EJML));
		all.add(DenseKernels.of(Backend.JAVA_BLAS, 0));
		all.add(DenseKernels.of(Backend.JAVA_BLAS));
		if (DenseKernels.nativeAvailable()) {
			all.add(DenseKernels.of(Backend.NATIVE_BLAS, 0));
			all.add(DenseKernels.of(Backend.NATIVE_BLAS));
		}
		return all;
	}

	@Test
	void everyProductEqualsThePlainLoop() {
		Random random = new Random(7);
		int[][] shapes = { { 7, 5, 3 }, { 1, 9, 4 }, { 13, 1, 6 }, { 20, 37, 11 }, { 2, 2, 2 } };
		int checked = 0;
		for (DenseKernels kernels : kernels()) {
			for (int[] shape : shapes) {
				int m = shape[0];
				int k = shape[1];
				int n = shape[2];
				for (boolean ta : new boolean[] { false, true }) {
					for (boolean tb : new boolean[] { false, true }) {
						DMatrixRMaj a = random(ta ? k : m, ta ? m : k, random);
						DMatrixRMaj b = random(tb ? n : k, tb ? k : n, random);
						for (double alpha : new double[] { 1, -0.37 }) {
							for (double beta : new double[] { 0, 1, 0.5 }) {
								DMatrixRMaj c = random(m, n, random);
								DMatrixRMaj expected = loop(ta, tb, alpha, a, b, beta, c);
								kernels.gemm(ta, tb, alpha, a, b, beta, c);
								assertEquals(m, c.numRows);
								assertEquals(n, c.numCols);
								for (int i = 0; i < m * n; i++) {
									assertEquals(expected.data[i], c.data[i], TOLERANCE, () -> kernels + " " + m + "x"
											+ k + "x" + n + " transA=" + ta + " transB=" + tb + " alpha=" + alpha
											+ " beta=" + beta);
								}
								checked++;
							}
						}
					}
				}
			}
		}
		assertTrue(checked >= 3 * 5 * 4 * 6);
	}

	@Test
	void theShorthandsAreTheirProducts() {
		Random random = new Random(3);
		DenseKernels kernels = DenseKernels.of(DenseKernels.nativeAvailable() ? Backend.NATIVE_BLAS : Backend.JAVA_BLAS,
				0);
		DMatrixRMaj a = random(6, 4, random);
		DMatrixRMaj b = random(4, 5, random);
		DMatrixRMaj c = new DMatrixRMaj(1, 1);
		kernels.mult(a, b, c);
		assertClose(loop(false, false, 1, a, b, 0, new DMatrixRMaj(6, 5)), c);
		DMatrixRMaj at = random(4, 6, random);
		kernels.multTransA(at, b, c);
		assertClose(loop(true, false, 1, at, b, 0, new DMatrixRMaj(6, 5)), c);
		DMatrixRMaj bt = random(5, 4, random);
		kernels.multTransB(a, bt, c);
		assertClose(loop(false, true, 1, a, bt, 0, new DMatrixRMaj(6, 5)), c);
		DMatrixRMaj before = c.copy();
		kernels.multAdd(-2, a, b, c);
		assertClose(loop(false, false, -2, a, b, 1, before), c);
		before = c.copy();
		kernels.multAddTransA(0.5, at, b, c);
		assertClose(loop(true, false, 0.5, at, b, 1, before), c);
		before = c.copy();
		kernels.multAddTransB(3, a, bt, c);
		assertClose(loop(false, true, 3, a, bt, 1, before), c);
	}

	@Test
	void aReshapedMatrixWithALongerArrayIsReadAsItsShape() {
		// DMatrixRMaj.reshape keeps a larger array: the leading dimension is numCols, not the array's length
		Random random = new Random(11);
		DMatrixRMaj a = random(10, 10, random);
		a.reshape(3, 4);
		DMatrixRMaj b = random(4, 2, random);
		DMatrixRMaj c = random(9, 9, random);
		DenseKernels.of(Backend.JAVA_BLAS, 0).mult(a, b, c);
		assertClose(loop(false, false, 1, a, b, 0, new DMatrixRMaj(3, 2)), c);
	}

	@Test
	void badShapesAreRefusedWithTheirSizes() {
		DenseKernels kernels = DenseKernels.of(Backend.JAVA_BLAS, 0);
		DMatrixRMaj a = new DMatrixRMaj(3, 4);
		IllegalArgumentException inner = assertThrows(IllegalArgumentException.class,
				() -> kernels.mult(a, new DMatrixRMaj(5, 2), new DMatrixRMaj(3, 2)));
		assertTrue(inner.getMessage().contains("3x4") && inner.getMessage().contains("5x2"), inner.getMessage());
		IllegalArgumentException size = assertThrows(IllegalArgumentException.class,
				() -> kernels.multAdd(1, a, new DMatrixRMaj(4, 2), new DMatrixRMaj(3, 3)));
		assertTrue(size.getMessage().contains("3x3") && size.getMessage().contains("3x2"), size.getMessage());
		assertThrows(IllegalArgumentException.class, () -> kernels.mult(a, new DMatrixRMaj(4, 4), a));
	}

	@Test
	void theDescriptionNamesTheBackendItsLibraryAndThreads() {
		System.out.println("dense kernels of this test run: " + DenseKernels.standard() + "; "
				+ org.plateau.kernels.internal.BlasBackends.nativeProblem());
		Map<String, String> ejml = DenseKernels.of(Backend.EJML).describe();
		assertEquals("EJML", ejml.get("backend"));
		assertEquals("never", ejml.get("blasFrom"));
		Map<String, String> java = DenseKernels.of(Backend.JAVA_BLAS).describe();
		assertEquals("Java BLAS", java.get("backend"));
		assertTrue(java.get("library").endsWith("BLAS"), java.get("library"));
		assertEquals("m*n*k >= " + DenseKernels.DEFAULT_BLAS_FROM_FLOPS, java.get("blasFrom"));
		if (DenseKernels.nativeAvailable()) {
			Map<String, String> nativeBlas = DenseKernels.of(Backend.NATIVE_BLAS).describe();
			assertEquals("native BLAS", nativeBlas.get("backend"));
			assertTrue(nativeBlas.get("threads").matches("\\d+ \\(.*\\)"), nativeBlas.get("threads"));
			assertEquals(Backend.NATIVE_BLAS, DenseKernels.standard().backend());
		} else {
			IllegalStateException e = assertThrows(IllegalStateException.class,
					() -> DenseKernels.of(Backend.NATIVE_BLAS));
			assertTrue(e.getMessage().contains("libopenblas0"), e.getMessage());
			assertEquals(Backend.JAVA_BLAS, DenseKernels.standard().backend());
		}
	}

	private static DMatrixRMaj random(int rows, int cols, Random random) {
		DMatrixRMaj m = new DMatrixRMaj(rows, cols);
		for (int i = 0; i < m.data.length; i++) {
			m.data[i] = random.nextGaussian();
		}
		return m;
	}

	/** alpha op(A) op(B) + beta C by the definition, into a new matrix. */
	private static DMatrixRMaj loop(boolean ta, boolean tb, double alpha, DMatrixRMaj a, DMatrixRMaj b, double beta,
			DMatrixRMaj c) {
		int m = ta ? a.numCols : a.numRows;
		int k = ta ? a.numRows : a.numCols;
		int n = tb ? b.numRows : b.numCols;
		DMatrixRMaj out = new DMatrixRMaj(m, n);
		for (int i = 0; i < m; i++) {
			for (int j = 0; j < n; j++) {
				double sum = 0;
				for (int l = 0; l < k; l++) {
					sum += (ta ? a.get(l, i) : a.get(i, l)) * (tb ? b.get(j, l) : b.get(l, j));
				}
				out.set(i, j, alpha * sum + (beta == 0 ? 0 : beta * c.get(i, j)));
			}
		}
		return out;
	}

	private static void assertClose(DMatrixRMaj expected, DMatrixRMaj actual) {
		assertEquals(expected.numRows, actual.numRows);
		assertEquals(expected.numCols, actual.numCols);
		for (int i = 0; i < expected.getNumElements(); i++) {
			assertEquals(expected.data[i], actual.data[i], TOLERANCE);
		}
	}
}
