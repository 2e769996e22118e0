package org.plateau.family.reln.internal;

import org.ejml.data.DMatrixRMaj;
import org.plateau.family.reln.model.ContextStructure;
import org.plateau.family.reln.model.ContextualTask;

/**
 * The contextual task of Jarvis et al. (2025, spec 3(b)): 8 objects in C contexts, datapoint mu = c * 8 + o. The input
 * is [one-hot object (8); one-hot context (C) x contextScale]; the target is [the object's 15 tree features; one
 * 15-row block per context, non-zero only in its context]. The tree features are the 15 nodes of the binary tree
 * over the 8 objects (root, halves, quarters, leaves); the ring block has a row of ones and the rows
 * roll(b, -(k mod 8)), b = (0, .33, .66, 1, 1, .66, .33, 0); the cross block is the tree with its quarter rows
 * {1,2}, {3,4}, {5,6}, {7,8} replaced by {1,3}, {2,4}, {5,7}, {6,8}.
 */
final class ContextualData {

	static final int OBJECTS = 8;
	static final int FEATURES = 15;

	final int contexts;
	final int samples;
	/** X (8 + C) x P, the objects alone 8 x P, Y (15 + 15 C) x P. */
	final DMatrixRMaj inputs;
	final DMatrixRMaj objects;
	final DMatrixRMaj targets;

	ContextualData(ContextualTask task) {
		contexts = task.getContexts();
		samples = OBJECTS * contexts;
		inputs = new DMatrixRMaj(OBJECTS + contexts, samples);
		objects = new DMatrixRMaj(OBJECTS, samples);
		targets = new DMatrixRMaj(FEATURES * (1 + contexts), samples);
		double[][] tree = tree();
		for (int c = 0; c < contexts; c++) {
			double[][] block = task.getStructure() == ContextStructure.DIFFERENT ? switch (c) {
				case 0 -> tree;
				case 1 -> ring();
				default -> cross();
			} : tree;
			for (int o = 0; o < OBJECTS; o++) {
				int mu = c * OBJECTS + o;
				inputs.set(o, mu, 1);
				objects.set(o, mu, 1);
				inputs.set(OBJECTS + c, mu, task.getContextScale());
				for (int f = 0; f < FEATURES; f++) {
					targets.set(f, mu, tree[f][o]);
					targets.set(FEATURES * (1 + c) + f, mu, block[f][o]);
				}
			}
		}
	}

	/** The context of a datapoint. */
	int context(int mu) {
		return mu / OBJECTS;
	}

	/** The 15 x 8 features of the binary tree: root, two halves, four quarters, eight leaves (spec 1.2). */
	static double[][] tree() {
		double[][] features = new double[FEATURES][OBJECTS];
		int row = 0;
		for (int size = OBJECTS; size >= 1; size /= 2) {
			for (int start = 0; start < OBJECTS; start += size) {
				for (int o = start; o < start + size; o++) {
					features[row][o] = 1;
				}
				row++;
			}
		}
		return features;
	}

	/** The ring: a row of ones, then the 14 rolls of b (spec 3(b), code gen_data.py). */
	static double[][] ring() {
		double[] b = { 0, .33, .66, 1, 1, .66, .33, 0 };
		double[][] features = new double[FEATURES][OBJECTS];
		java.util.Arrays.fill(features[0], 1);
		for (int k = 2; k <= FEATURES; k++) {
			int shift = (k - 2) % OBJECTS;
			for (int o = 0; o < OBJECTS; o++) {
				// numpy roll(b, -shift)[o] = b[(o + shift) mod 8]
				features[k - 1][o] = b[(o + shift) % OBJECTS];
			}
		}
		return features;
	}

	/** The cross: the tree with the quarter rows {1,3}, {2,4}, {5,7}, {6,8}. */
	static double[][] cross() {
		double[][] features = tree();
		int[][] quarters = { { 0, 2 }, { 1, 3 }, { 4, 6 }, { 5, 7 } };
		for (int q = 0; q < 4; q++) {
			java.util.Arrays.fill(features[3 + q], 0);
			for (int o : quarters[q]) {
				features[3 + q][o] = 1;
			}
		}
		return features;
	}
}
