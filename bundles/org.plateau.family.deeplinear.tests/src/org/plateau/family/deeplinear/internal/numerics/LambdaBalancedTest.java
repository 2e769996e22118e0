package org.plateau.family.deeplinear.internal.numerics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.NormOps_DDRM;
import org.ejml.dense.row.SingularOps_DDRM;
import org.junit.jupiter.api.Test;

/** Lambda-balanced initialisations (Dominé et al. 2024, spec 1.3(c)): exact balance and the requested product. */
class LambdaBalancedTest {

	private static final double[] LAMBDAS = { -4, -1, 0, 1, 4 };
	/** (Ni, Nh, No) with Nh <= min(Ni, No), so that every lambda is possible; Ni != No in most. */
	private static final int[][] SIZES = { { 4, 4, 4 }, { 5, 3, 4 }, { 3, 3, 7 }, { 6, 2, 3 }, { 1, 1, 1 } };

	@Test
	void randomInitIsBalancedToRoundingForEveryLambdaAndSize() {
		double worst = 0;
		for (int[] size : SIZES) {
			for (double lambda : LAMBDAS) {
				LinearNetwork net = LambdaBalanced.random(size[0], size[1], size[2], 0.05, lambda, new Random(7));
				double error = LambdaBalanced.balanceError(net, lambda);
				worst = Math.max(worst, error);
				// the construction is exact: only rounding of O(|lambda| + S) entries remains, ~1e-15
				assertTrue(error < 1e-10, "balance error " + error + " for " + Arrays.toString(size) + ", lambda " + lambda);
				// every non-zero singular value of W2 W1 is the product scale
				double[] sv = singularValues(net.networkMap());
				int r = Math.min(size[0], Math.min(size[1], size[2]));
				for (int k = 0; k < r; k++) {
					// SVD of an O(1)-conditioned product: relative accuracy ~1e-15; 1e-12 of the scale
					assertEquals(0.05, sv[k], 1e-12 * 0.05 + 1e-14, "product singular value " + k);
				}
			}
		}
		System.out.println("random lambda-balanced init: worst balance error " + worst);
	}

	@Test
	void alignedInitIsBalancedAndHasProductUSVtIncludingPaddedDirections() {
		double worst = 0;
		double worstProduct = 0;
		// r = 2 product directions padded to Nh = 4; lambda > 0 needs Nh <= No = 6, lambda < 0 needs Nh <= Ni = 5
		Random draw = new Random(3);
		DMatrixRMaj u = RandomMatrices.orthonormalColumns(6, 2, draw);
		DMatrixRMaj v = RandomMatrices.orthonormalColumns(5, 2, draw);
		double[] s = { 2.5, 0.3 };
		for (double lambda : LAMBDAS) {
			for (int nh : new int[] { 2, 3, 4, 5 }) {
				LinearNetwork net = LambdaBalanced.aligned(u, v, s, nh, lambda, new Random(11));
				double error = LambdaBalanced.balanceError(net, lambda);
				worst = Math.max(worst, error);
				assertTrue(error < 1e-10, "balance error " + error + " for Nh = " + nh + ", lambda " + lambda);
				DMatrixRMaj expected = usvt(u, s, v);
				DMatrixRMaj difference = net.networkMap();
				CommonOps_DDRM.subtract(difference, expected, difference);
				double productError = CommonOps_DDRM.elementMaxAbs(difference);
				worstProduct = Math.max(worstProduct, productError);
				// W2 W1 = U~ S2 R^T R S1 V~^T = U S V^T up to rounding of O(1) entries
				assertTrue(productError < 1e-12, "W2 W1 - U S V^T = " + productError + " for Nh = " + nh + ", lambda " + lambda);
			}
		}
		System.out.println("aligned lambda-balanced init: worst balance error " + worst + ", worst |W2W1 - USV^T| " + worstProduct);
	}

	@Test
	void layerSingularValuesUseSSquaredNotTheFourSSlip() {
		Random draw = new Random(5);
		DMatrixRMaj u = RandomMatrices.orthonormalColumns(3, 3, draw);
		DMatrixRMaj v = RandomMatrices.orthonormalColumns(3, 3, draw);
		double[] s = { 3, 2, 1 };
		double lambda = 10;
		LinearNetwork net = LambdaBalanced.aligned(u, v, s, 3, lambda, new Random(1));
		double[] w2 = singularValues(net.weight(2));
		double[] w1 = singularValues(net.weight(1));
		for (int k = 0; k < 3; k++) {
			double root = Math.sqrt(lambda * lambda + 4 * s[k] * s[k]);
			// spec 1.3(c): S2 = sqrt((sqrt(lambda^2 + 4 S^2) + lambda)/2); with the 4 S slip S2 would differ by > 1e-2
			assertEquals(Math.sqrt((root + lambda) / 2), w2[k], 1e-12, "S2 of mode " + k);
			assertEquals(Math.sqrt((root - lambda) / 2), w1[k], 1e-12, "S1 of mode " + k);
		}
	}

	@Test
	void impossibleBalanceIsRejectedWithTheSizes() {
		IllegalArgumentException wide = assertThrows(IllegalArgumentException.class,
				() -> LambdaBalanced.random(6, 5, 4, 0.1, 1, new Random(1)));
		assertTrue(wide.getMessage().contains("Nh = 5") && wide.getMessage().contains("No = 4"), wide.getMessage());
		IllegalArgumentException narrow = assertThrows(IllegalArgumentException.class,
				() -> LambdaBalanced.random(4, 5, 6, 0.1, -1, new Random(1)));
		assertTrue(narrow.getMessage().contains("Nh = 5") && narrow.getMessage().contains("Ni = 4"), narrow.getMessage());
		// lambda = 0 pads with zeros: any Nh works
		LinearNetwork wideZero = LambdaBalanced.random(3, 8, 2, 0.1, 0, new Random(1));
		assertTrue(LambdaBalanced.balanceError(wideZero, 0) < 1e-12);
		Random draw = new Random(2);
		DMatrixRMaj u = RandomMatrices.orthonormalColumns(4, 3, draw);
		DMatrixRMaj v = RandomMatrices.orthonormalColumns(4, 3, draw);
		assertThrows(IllegalArgumentException.class, () -> LambdaBalanced.aligned(u, v, new double[] { 1, 1, 1 }, 2, 0,
				new Random(1)), "Nh below the number of product directions");
		DMatrixRMaj notOrthonormal = u.copy();
		CommonOps_DDRM.scale(1.1, notOrthonormal);
		assertThrows(IllegalArgumentException.class,
				() -> LambdaBalanced.aligned(notOrthonormal, v, new double[] { 1, 1, 1 }, 3, 0, new Random(1)));
	}

	@Test
	void sameGeneratorSeedGivesTheSameWeights() {
		LinearNetwork a = LambdaBalanced.random(4, 3, 5, 0.2, 2, new Random(9));
		LinearNetwork b = LambdaBalanced.random(4, 3, 5, 0.2, 2, new Random(9));
		assertTrue(Arrays.equals(a.weight(1).data, b.weight(1).data) && Arrays.equals(a.weight(2).data, b.weight(2).data));
		assertTrue(NormOps_DDRM.normF(a.weight(2)) > 0);
	}

	static DMatrixRMaj usvt(DMatrixRMaj u, double[] s, DMatrixRMaj v) {
		DMatrixRMaj us = u.copy();
		for (int i = 0; i < us.numRows; i++) {
			for (int k = 0; k < s.length; k++) {
				us.set(i, k, us.get(i, k) * s[k]);
			}
		}
		DMatrixRMaj product = new DMatrixRMaj(u.numRows, v.numRows);
		CommonOps_DDRM.multTransB(us, v, product);
		return product;
	}

	/** Singular values, descending. */
	static double[] singularValues(DMatrixRMaj m) {
		double[] sv = SingularOps_DDRM.singularValues(m);
		Arrays.sort(sv);
		for (int i = 0; i < sv.length / 2; i++) {
			double swap = sv[i];
			sv[i] = sv[sv.length - 1 - i];
			sv[sv.length - 1 - i] = swap;
		}
		return sv;
	}
}
