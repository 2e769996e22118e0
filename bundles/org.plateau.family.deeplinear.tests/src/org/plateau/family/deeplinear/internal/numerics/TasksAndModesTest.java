package org.plateau.family.deeplinear.internal.numerics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.MatrixFeatures_DDRM;
import org.junit.jupiter.api.Test;

/** Task generators, task SVD (C1.6) and initialisations. */
class TasksAndModesTest {

	// singular values of small integer matrices: double rounding is ~1e-15, spec C1.6 asks 1e-10
	private static final double EXACT = 1e-10;

	@Test
	void c16FourItemSingularValuesAndModes() {
		Dataset toy = Tasks.fourItemToy();
		TaskModes modes = TaskModes.of(toy, LossConvention.SUM);
		assertArrayEquals(new double[] { Math.sqrt(7), Math.sqrt(3), 1, 1 }, modes.singularValues(), EXACT);
		// spec 1.2(b): v1 all items, v2 animals vs plants, v3 canary vs salmon, v4 oak vs rose
		double h = 0.5;
		double r = 1 / Math.sqrt(2);
		DMatrixRMaj expected = new DMatrixRMaj(new double[][] { { h, h, r, 0 }, { h, h, -r, 0 }, { h, -h, 0, r },
				{ h, -h, 0, -r } });
		assertTrue(MatrixFeatures_DDRM.isIdentical(expected, modes.v(), 1e-12), "canonical V of the 4-item toy");
		assertArrayEquals(new String[] { "Canary", "Salmon", "Oak", "Rose" }, toy.itemNames());
		assertArrayEquals(new String[] { "Grow", "Move", "Roots", "Fly", "Swim", "Leaves", "Petals" }, toy.featureNames());
	}

	@Test
	void c16BinaryTreeSingularValues() {
		Dataset tree = Tasks.binaryTree();
		assertEquals(15, tree.outputSize());
		assertEquals(8, tree.size());
		TaskModes modes = TaskModes.of(tree, LossConvention.SUM);
		double s3 = Math.sqrt(3);
		assertArrayEquals(new double[] { Math.sqrt(15), Math.sqrt(7), s3, s3, 1, 1, 1, 1 }, modes.singularValues(), EXACT);
		assertEquals(3.873, modes.singularValue(0), 5e-4);
		assertEquals(2.646, modes.singularValue(1), 5e-4);
		// the rows are the tree nodes: row 1 all ones, row 2 the first half, row 8 the first leaf
		DMatrixRMaj y = tree.targets();
		assertEquals(8, CommonOps_DDRM.elementSum(CommonOps_DDRM.extractRow(y, 0, null)));
		assertEquals(4, CommonOps_DDRM.elementSum(CommonOps_DDRM.extractRow(y, 1, null)));
		assertEquals(1, y.get(7, 0));
		assertEquals(0, y.get(7, 1));
		assertEquals(15, tree.featureNames().length);
	}

	@Test
	void c16SignedHierarchySingularValuesUnderMean() {
		Dataset signed = Tasks.signedHierarchy();
		DMatrixRMaj gram = new DMatrixRMaj(8, 8);
		CommonOps_DDRM.multTransB(signed.targets(), signed.targets(), gram);
		// Y Y^T in features x items layout = Y^T Y of the spec's items x features layout
		assertTrue(MatrixFeatures_DDRM.isIdentical(CommonOps_DDRM.diag(8, 8, 4, 4, 2, 2, 2, 2), gram, 0));
		TaskModes modes = TaskModes.of(signed, LossConvention.MEAN);
		double a = Math.sqrt(8) / 8;
		double b = 0.25;
		double c = Math.sqrt(2) / 8;
		assertArrayEquals(new double[] { a, a, b, b, c, c, c, c }, modes.singularValues(), EXACT);
		assertEquals(0.3536, a, 5e-5);
		assertEquals(0.1768, c, 5e-5);
	}

	@Test
	void spectrumTaskIsWhitenedWithExactSigmaYxInBothConventions() {
		double[] s = { 3, 2, 1, 0.5, 0.2 };
		DMatrixRMaj previousU = null;
		for (LossConvention convention : LossConvention.values()) {
			Dataset task = Tasks.spectrum(6, 5, s, convention, 42);
			// whitened by construction: Sigma_x = I to rounding
			assertTrue(MatrixFeatures_DDRM.isIdentity(task.sigmaX(convention), 1e-13), convention + " Sigma_x");
			TaskModes modes = TaskModes.of(task, convention);
			assertArrayEquals(s, modes.singularValues(), 1e-13, convention + " singular values");
			assertOrthonormalColumns(modes.u());
			assertOrthonormalColumns(modes.v());
			if (previousU != null) {
				// same seed, same U in both conventions
				assertTrue(MatrixFeatures_DDRM.isIdentical(previousU, modes.u(), 1e-12));
			}
			previousU = modes.u();
		}
	}

	@Test
	void randomRegressionIsWhitenedWithTheTeacherAsSigmaYx() {
		Dataset mean = Tasks.randomRegression(8, 5, 20, true, LossConvention.MEAN, 7);
		Dataset sum = Tasks.randomRegression(8, 5, 20, true, LossConvention.SUM, 7);
		assertTrue(MatrixFeatures_DDRM.isIdentity(mean.sigmaX(LossConvention.MEAN), 1e-13));
		assertTrue(MatrixFeatures_DDRM.isIdentity(sum.sigmaX(LossConvention.SUM), 1e-13));
		assertTrue(MatrixFeatures_DDRM.isIdentical(mean.sigmaYX(LossConvention.MEAN), sum.sigmaYX(LossConvention.SUM),
				1e-13));
		// teacher entries N(0, 1/Ni): the mean square of the 40 entries is 1/8 within a few standard errors (0.028)
		DMatrixRMaj teacher = sum.sigmaYX(LossConvention.SUM);
		double meanSquare = LossConvention.sumOfSquares(teacher) / teacher.getNumElements();
		assertEquals(1.0 / 8, meanSquare, 0.09);
		Dataset raw = Tasks.randomRegression(8, 5, 4000, false, LossConvention.MEAN, 7);
		// unwhitened Gaussian inputs: Sigma_x = I + O(1/sqrt(P)) = I +- 0.016 per entry; 0.08 is 5 standard errors
		assertTrue(MatrixFeatures_DDRM.isIdentity(raw.sigmaX(LossConvention.MEAN), 0.08));
	}

	@Test
	void modeVectorsFollowTheSignConventionAndDiagonaliseSigmaYx() {
		Dataset task = Tasks.randomRegression(7, 9, 7, true, LossConvention.SUM, 3);
		DMatrixRMaj sigma = task.sigmaYX(LossConvention.SUM);
		TaskModes modes = TaskModes.of(sigma);
		assertEquals(7, modes.rank());
		DMatrixRMaj v = modes.v();
		for (int a = 0; a < modes.rank(); a++) {
			int first = 0;
			while (Math.abs(v.get(first, a)) <= TaskModes.PIVOT_TOLERANCE) {
				first++;
			}
			assertTrue(v.get(first, a) > 0, "first component of v_" + a + " positive");
			if (a > 0) {
				assertTrue(modes.singularValue(a) <= modes.singularValue(a - 1), "descending");
			}
		}
		// U^T Sigma_yx V = S, i.e. the projections of Sigma_yx itself are the singular values
		assertArrayEquals(modes.singularValues(), modes.modeStrengths(sigma), 1e-12);
		// the negated correlation has the same V and -U (sign convention on v, not on u)
		CommonOps_DDRM.scale(-1, sigma);
		TaskModes negated = TaskModes.of(sigma);
		assertTrue(MatrixFeatures_DDRM.isIdentical(modes.v(), negated.v(), 1e-12));
	}

	@Test
	void alignedBalancedInitCarriesA0OnEveryModeAndA0PowerOneOverDPerLayer() {
		Dataset task = Tasks.spectrum(5, 4, new double[] { 3, 2, 1, 0.5 }, LossConvention.MEAN, 1);
		TaskModes modes = TaskModes.of(task, LossConvention.MEAN);
		double[] a0 = { 0.1, 0.02, 0.003, 0.0004 };
		for (int depth = 1; depth <= 4; depth++) {
			LinearNetwork net = Initialisations.alignedBalanced(modes, 6, depth, a0, 9);
			// product = U diag(a0) V^T; rounding of D products of O(1) matrices: 1e-14
			assertTrue(MatrixFeatures_DDRM.isIdentical(ModePrediction.networkMap(modes, a0), net.networkMap(), 1e-14));
			assertArrayEquals(a0, modes.modeStrengths(net.networkMap()), 1e-14);
			// balanced: every layer has singular values a0^{1/D}
			for (int l = 1; l <= depth; l++) {
				DMatrixRMaj gram = new DMatrixRMaj(net.width(l - 1), net.width(l - 1));
				CommonOps_DDRM.multTransA(net.weight(l), net.weight(l), gram);
				double trace = CommonOps_DDRM.trace(gram);
				double expected = 0;
				for (double a : a0) {
					expected += Math.pow(a, 2.0 / depth);
				}
				assertEquals(expected, trace, 1e-13, "layer " + l + " of D = " + depth);
			}
		}
	}

	@Test
	void randomOrthogonalInitIsOrthogonalTimesGain() {
		LinearNetwork net = Initialisations.randomOrthogonal(6, 10, 4, 3, 1.5, 5);
		DMatrixRMaj w1 = net.weight(1); // 10 x 6: orthonormal columns
		DMatrixRMaj gram = new DMatrixRMaj(6, 6);
		CommonOps_DDRM.multTransA(w1, w1, gram);
		CommonOps_DDRM.scale(1 / 2.25, gram);
		assertTrue(MatrixFeatures_DDRM.isIdentity(gram, 1e-14));
		DMatrixRMaj w3 = net.weight(3); // 4 x 10: orthonormal rows
		DMatrixRMaj rows = new DMatrixRMaj(4, 4);
		CommonOps_DDRM.multTransB(w3, w3, rows);
		CommonOps_DDRM.scale(1 / 2.25, rows);
		assertTrue(MatrixFeatures_DDRM.isIdentity(rows, 1e-14));
	}

	private static void assertOrthonormalColumns(DMatrixRMaj m) {
		DMatrixRMaj gram = new DMatrixRMaj(m.numCols, m.numCols);
		CommonOps_DDRM.multTransA(m, m, gram);
		assertTrue(MatrixFeatures_DDRM.isIdentity(gram, 1e-13), "orthonormal columns");
	}
}
