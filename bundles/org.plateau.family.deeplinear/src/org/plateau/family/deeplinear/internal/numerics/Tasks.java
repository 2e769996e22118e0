package org.plateau.family.deeplinear.internal.numerics;

import java.util.Random;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * The tasks of the deep linear family (spec 1.1(b), 1.2(b), C1.5). The semantic hierarchies use one-hot items
 * (X = I_P), which are whitened under {@link LossConvention#SUM} (the PNAS convention); the synthetic tasks are built
 * whitened for the convention they are given.
 */
public final class Tasks {

	private static final String[] FOUR_ITEMS = { "Canary", "Salmon", "Oak", "Rose" };
	private static final String[] FOUR_ITEM_FEATURES = { "Grow", "Move", "Roots", "Fly", "Swim", "Leaves", "Petals" };

	/** The eight items of Rumelhart and Todd (1993), in tree order: plants (trees, flowers), animals (birds, fish). */
	private static final String[] EIGHT_ITEMS = { "Pine", "Oak", "Rose", "Daisy", "Robin", "Canary", "Sunfish", "Salmon" };
	/** One "is a" feature per tree node, breadth first: root, halves, quarters, leaves. */
	private static final String[] EIGHT_ITEM_TREE_FEATURES = { "living thing", "plant", "animal", "tree", "flower", "bird",
			"fish", "pine", "oak", "rose", "daisy", "robin", "canary", "sunfish", "salmon" };
	private static final String[] SIGNED_HIERARCHY_FEATURES = { "bias", "plant vs animal", "tree vs flower", "bird vs fish",
			"pine vs oak", "rose vs daisy", "robin vs canary", "sunfish vs salmon" };

	private Tasks() {
	}

	/**
	 * The 4-item toy of Saxe et al. (PNAS 2019): items Canary, Salmon, Oak, Rose (X = I_4) and features Grow, Move,
	 * Roots, Fly, Swim, Leaves, Petals. Under SUM its singular values are sqrt 7, sqrt 3, 1, 1 (spec 1.2(b)).
	 */
	public static Dataset fourItemToy() {
		// spec 1.2(b): Y (features x items)
		double[][] y = { { 1, 1, 1, 1 }, // Grow
				{ 1, 1, 0, 0 }, // Move
				{ 0, 0, 1, 1 }, // Roots
				{ 1, 0, 0, 0 }, // Fly
				{ 0, 1, 0, 0 }, // Swim
				{ 0, 0, 1, 0 }, // Leaves
				{ 0, 0, 0, 1 } }; // Petals
		return new Dataset("4-item hierarchy", CommonOps_DDRM.identity(4), new DMatrixRMaj(y), FOUR_ITEMS,
				FOUR_ITEM_FEATURES);
	}

	/**
	 * The 8-item binary tree with one feature per tree node (15 x 8, spec 1.2(b)): row 1 all ones, rows 2-3 the halves,
	 * rows 4-7 the quarters, rows 8-15 the leaves; X = I_8. Under SUM its singular values are sqrt 15, sqrt 7, sqrt 3
	 * (twice), 1 (four times). Items and features carry the names of Rumelhart and Todd's eight-item set.
	 */
	public static Dataset binaryTree() {
		int levels = 3;
		int items = 1 << levels;
		DMatrixRMaj y = new DMatrixRMaj((1 << (levels + 1)) - 1, items);
		int row = 0;
		for (int depth = 0; depth <= levels; depth++) {
			int width = items >> depth;
			for (int node = 0; node < 1 << depth; node++, row++) {
				for (int item = node * width; item < (node + 1) * width; item++) {
					y.set(row, item, 1);
				}
			}
		}
		return new Dataset("8-item tree", CommonOps_DDRM.identity(items), y, EIGHT_ITEMS, EIGHT_ITEM_TREE_FEATURES);
	}

	/**
	 * The +-1 hierarchy of Braun et al. (2022) and Dominé et al. (2024): 8 items (X = I_8) and 8 features, a constant
	 * one, then for each internal tree node a feature +1 on its left subtree and -1 on its right. Y^T Y =
	 * diag(8,8,4,4,2,2,2,2); under MEAN the singular values are 0.3536 (x2), 0.25 (x2), 0.1768 (x4) (spec 1.2(b)).
	 */
	public static Dataset signedHierarchy() {
		int items = 8;
		DMatrixRMaj y = new DMatrixRMaj(items, items);
		for (int item = 0; item < items; item++) {
			y.set(0, item, 1);
		}
		int row = 1;
		for (int depth = 0; depth < 3; depth++) {
			int width = items >> depth;
			for (int node = 0; node < 1 << depth; node++, row++) {
				for (int k = 0; k < width; k++) {
					y.set(row, node * width + k, k < width / 2 ? 1 : -1);
				}
			}
		}
		return new Dataset("+-1 hierarchy", CommonOps_DDRM.identity(items), y, EIGHT_ITEMS, SIGNED_HIERARCHY_FEATURES);
	}

	/**
	 * A whitened regression whose input-output correlation is exactly Sigma_yx = U S V^T with the given singular values
	 * and random orthonormal U (No x r), V (Ni x r), drawn in that order from {@code new Random(seed)}. P = Ni examples,
	 * X = c I and Y = c U S V^T with c = {@link LossConvention#whiteningScale(int)}, so that Sigma_x = I and Sigma_yx =
	 * U S V^T in the given convention. The same seed gives the same U, V in both conventions.
	 *
	 * @param singularValues s_1..s_r, each positive, r <= min(Ni, No); any order
	 */
	public static Dataset spectrum(int inputSize, int outputSize, double[] singularValues, LossConvention convention,
			long seed) {
		int rank = singularValues.length;
		if (inputSize < 1 || outputSize < 1) {
			throw new IllegalArgumentException("spectrum task: sizes must be positive, were " + inputSize + ", " + outputSize);
		}
		if (rank > Math.min(inputSize, outputSize)) {
			throw new IllegalArgumentException("spectrum task: " + rank + " singular values exceed min(Ni, No) = "
					+ Math.min(inputSize, outputSize));
		}
		for (double s : singularValues) {
			if (!(s > 0) || !Double.isFinite(s)) {
				throw new IllegalArgumentException("spectrum task: singular values must be positive and finite, got " + s);
			}
		}
		Random random = new Random(seed);
		DMatrixRMaj u = RandomMatrices.orthonormalColumns(outputSize, rank, random);
		DMatrixRMaj v = RandomMatrices.orthonormalColumns(inputSize, rank, random);
		double c = convention.whiteningScale(inputSize);
		DMatrixRMaj us = u.copy();
		for (int i = 0; i < outputSize; i++) {
			for (int a = 0; a < rank; a++) {
				us.set(i, a, c * singularValues[a] * u.get(i, a));
			}
		}
		DMatrixRMaj y = new DMatrixRMaj(outputSize, inputSize);
		// Y = c U S V^T, X = c I: Sigma_yx = w Y X^T = U S V^T with w c^2 = 1 (spec 0.1)
		CommonOps_DDRM.multTransB(us, v, y);
		DMatrixRMaj x = CommonOps_DDRM.identity(inputSize);
		CommonOps_DDRM.scale(c, x);
		return new Dataset("spectrum", x, y, names("item ", inputSize), names("output ", outputSize));
	}

	/**
	 * Regression onto a random linear teacher W* (No x Ni, i.i.d. N(0, 1/Ni) entries): Y = W* X (spec C1.5, "random
	 * target"). Draws from {@code new Random(seed)}: first W*, then the inputs. Whitened inputs (needs P >= Ni) are X =
	 * c Q^T with Q (P x Ni) the orthonormalised columns of a Gaussian matrix and c =
	 * {@link LossConvention#whiteningScale(int)}, so Sigma_x = I exactly and Sigma_yx = W*; with P = Ni the targets are
	 * then i.i.d. Gaussian. Unwhitened inputs are i.i.d. Gaussian scaled so that E[Sigma_x] = I.
	 */
	public static Dataset randomRegression(int inputSize, int outputSize, int examples, boolean whitened,
			LossConvention convention, long seed) {
		return randomRegression(inputSize, outputSize, examples, whitened, 1, 0, convention, seed);
	}

	/**
	 * As {@link #randomRegression(int, int, int, boolean, LossConvention, long)}, with a teacher of entries i.i.d. N(0,
	 * teacherScale^2 / Ni) and label noise: Y = W* X + noiseScale N, N i.i.d. N(0, 1) drawn after the inputs (the task of
	 * Dominé et al. 2024, spec C1.11: Ni = No = 4, P = 50, teacherScale 2 for N(0, 1) entries, noiseScale 0.3). Then
	 * Sigma_yx = W* + noiseScale w N X^T, no longer exactly W*, and the loss keeps the part no linear map removes.
	 * teacherScale 1 and noiseScale 0 give the noise-free task bit for bit.
	 */
	public static Dataset randomRegression(int inputSize, int outputSize, int examples, boolean whitened,
			double teacherScale, double noiseScale, LossConvention convention, long seed) {
		if (!(teacherScale > 0) || !Double.isFinite(teacherScale) || !(noiseScale >= 0) || !Double.isFinite(noiseScale)) {
			throw new IllegalArgumentException("random regression: the teacher scale must be positive and the noise "
					+ "non-negative, both finite, were " + teacherScale + ", " + noiseScale);
		}
		if (inputSize < 1 || outputSize < 1 || examples < 1) {
			throw new IllegalArgumentException("random regression: sizes must be positive, were " + inputSize + ", "
					+ outputSize + ", " + examples);
		}
		if (whitened && examples < inputSize) {
			throw new IllegalArgumentException(
					"random regression: whitening needs at least as many examples as inputs, P = " + examples + " < Ni = "
							+ inputSize);
		}
		Random random = new Random(seed);
		DMatrixRMaj teacher = RandomMatrices.gaussian(outputSize, inputSize, teacherScale / Math.sqrt(inputSize), random);
		double c = convention.whiteningScale(examples);
		DMatrixRMaj x;
		if (whitened) {
			x = CommonOps_DDRM.transpose(RandomMatrices.orthonormalColumns(examples, inputSize, random), null);
			CommonOps_DDRM.scale(c, x);
		} else {
			x = RandomMatrices.gaussian(inputSize, examples, c / Math.sqrt(examples), random);
		}
		DMatrixRMaj y = new DMatrixRMaj(outputSize, examples);
		CommonOps_DDRM.mult(teacher, x, y);
		if (noiseScale > 0) {
			// Dominé et al. 2024 (spec C1.11): Y = W_t X + sigma noise
			CommonOps_DDRM.addEquals(y, RandomMatrices.gaussian(outputSize, examples, noiseScale, random));
		}
		return new Dataset("random regression", x, y, names("example ", examples), names("output ", outputSize));
	}

	private static String[] names(String prefix, int n) {
		String[] names = new String[n];
		for (int i = 0; i < n; i++) {
			names[i] = prefix + (i + 1);
		}
		return names;
	}
}
