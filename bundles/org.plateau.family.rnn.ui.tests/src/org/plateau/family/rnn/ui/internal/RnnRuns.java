package org.plateau.family.rnn.ui.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.ejml.data.DMatrixRMaj;
import org.plateau.core.family.MatrixDescriptor;
import org.plateau.core.family.PlotDescriptor;
import org.plateau.core.family.SimulationOutcome;
import org.plateau.core.results.MatrixSnapshots;
import org.plateau.core.results.ResultsTable;
import org.plateau.core.run.RunResult;

/**
 * Synthetic results of a streaming-parity run, built by hand as the family records them: at epoch 5 the prefix tree of
 * the 2047 analysis strings (length 0..10; state s goes to 2s+1 on "0" and 2s+2 on "1", the leaves nowhere), whose
 * minimal automaton has a state per (length, parity): 1 + 2*10 = 21; at epoch 50 the tree to length 3 whose leaves go
 * back to the states of "0" and "1" (15 states, finite, minimal 2); at epoch 200 the 2-state parity automaton.
 */
final class RnnRuns {

	static final int TREE_DEPTH = 10;
	static final int TREE = (1 << (TREE_DEPTH + 1)) - 1;
	static final long EARLY = 5;
	static final long MIDDLE = 50;
	static final long LATE = 200;

	private RnnRuns() {
	}

	/** The prefix tree of all binary strings up to length {@code depth}; leaves have no transitions (NaN). */
	static DMatrixRMaj tree(int depth) {
		int n = (1 << (depth + 1)) - 1;
		DMatrixRMaj m = new DMatrixRMaj(n, 2);
		for (int s = 0; s < n; s++) {
			for (int a = 0; a < 2; a++) {
				int t = 2 * s + 1 + a;
				m.set(s, a, t < n ? t : Double.NaN);
			}
		}
		return m;
	}

	/** The parity of the string of tree state s (the number of "1" on its path from the root, mod 2). */
	static int parity(int s) {
		int ones = 0;
		while (s > 0) {
			if (s % 2 == 0) {
				ones++; // 2p + 2: the "1" child
			}
			s = (s - 1) / 2;
		}
		return ones % 2;
	}

	/** The length of the string of tree state s. */
	static int length(int s) {
		return 31 - Integer.numberOfLeadingZeros(s + 1);
	}

	/** Outputs of tree states as a column. */
	static DMatrixRMaj treeOutputs(int n) {
		DMatrixRMaj m = new DMatrixRMaj(n, 1);
		for (int s = 0; s < n; s++) {
			m.set(s, 0, parity(s));
		}
		return m;
	}

	/** The minimal automaton of the tree: a state per (length, parity), (0, 0) = 0 and (d, p) = 2d - 1 + p. */
	static DMatrixRMaj treeMinimal(int depth) {
		int n = 1 + 2 * depth;
		DMatrixRMaj m = new DMatrixRMaj(n, 2);
		for (int s = 0; s < n; s++) {
			int d = s == 0 ? 0 : (s + 1) / 2;
			int p = s == 0 ? 0 : (s + 1) % 2;
			for (int a = 0; a < 2; a++) {
				m.set(s, a, d < depth ? 2 * (d + 1) - 1 + (p ^ a) : Double.NaN);
			}
		}
		return m;
	}

	/** Outputs of {@link #treeMinimal}. */
	static DMatrixRMaj treeMinimalOutputs(int depth) {
		DMatrixRMaj m = new DMatrixRMaj(1 + 2 * depth, 1);
		for (int s = 1; s < m.numRows; s++) {
			m.set(s, 0, (s + 1) % 2);
		}
		return m;
	}

	/** The tree to length 3 whose leaves go back to the states of "0" (1, even) and "1" (2, odd). */
	static DMatrixRMaj mergedTree() {
		DMatrixRMaj m = tree(3);
		for (int s = 7; s < 15; s++) {
			for (int a = 0; a < 2; a++) {
				m.set(s, a, (parity(s) ^ a) == 0 ? 1 : 2);
			}
		}
		return m;
	}

	/** The streaming-parity automaton: state = parity so far. */
	static DMatrixRMaj parityAutomaton() {
		return new DMatrixRMaj(new double[][] { { 0, 1 }, { 1, 0 } });
	}

	/**
	 * Hidden-state PCA of the 2047 strings: at epoch 5 a tree (pc1 = sum of +-0.45^(L-i) over the string, pc2 =
	 * 0.15 L), at 200 two points +-1 by parity (with a 1% spread), at 50 halfway.
	 */
	static DMatrixRMaj pca(double collapse) {
		DMatrixRMaj m = new DMatrixRMaj(TREE, 4);
		for (int s = 0; s < TREE; s++) {
			double treeX = 0;
			int len = length(s);
			int node = s;
			int back = 0;
			while (node > 0) {
				double sign = node % 2 == 0 ? 1 : -1;
				treeX += sign * Math.pow(0.45, back++);
				node = (node - 1) / 2;
			}
			double treeY = 0.15 * len;
			double jitter = Math.sin(12.9898 * s) * 0.01;
			double finalX = (parity(s) == 1 ? 1 : -1) + jitter;
			double finalY = Math.cos(78.233 * s) * 0.01;
			m.set(s, 0, (1 - collapse) * treeX + collapse * finalX);
			m.set(s, 1, (1 - collapse) * treeY + collapse * finalY);
			m.set(s, 2, len);
			m.set(s, 3, parity(s));
		}
		return m;
	}

	/** The plot the family declares for its automaton. */
	static final PlotDescriptor AUTOMATON_PLOT = PlotDescriptor.stateGraph("automaton", "Extracted automaton",
			"automaton", List.of("0", "1"));

	/** A finished parity run with automata and PCA at epochs 5, 50 and 200. */
	static RunResult parityRun() {
		MatrixSnapshots snapshots = new MatrixSnapshots();
		snapshots.put("automaton", EARLY, tree(TREE_DEPTH));
		snapshots.put("automaton-output", EARLY, treeOutputs(TREE));
		snapshots.put("minimal-automaton", EARLY, treeMinimal(TREE_DEPTH));
		snapshots.put("minimal-automaton-output", EARLY, treeMinimalOutputs(TREE_DEPTH));
		snapshots.put("automaton", MIDDLE, mergedTree());
		snapshots.put("automaton-output", MIDDLE, treeOutputs(15));
		snapshots.put("minimal-automaton", MIDDLE, parityAutomaton());
		snapshots.put("minimal-automaton-output", MIDDLE, new DMatrixRMaj(new double[][] { { 0 }, { 1 } }));
		snapshots.put("automaton", LATE, parityAutomaton());
		snapshots.put("automaton-output", LATE, new DMatrixRMaj(new double[][] { { 0 }, { 1 } }));
		snapshots.put("minimal-automaton", LATE, parityAutomaton());
		snapshots.put("minimal-automaton-output", LATE, new DMatrixRMaj(new double[][] { { 0 }, { 1 } }));
		snapshots.put("hidden-pca", EARLY, pca(0));
		snapshots.put("hidden-pca", MIDDLE, pca(0.5));
		snapshots.put("hidden-pca", LATE, pca(1));
		List<MatrixDescriptor> matrices = List.of(
				new MatrixDescriptor("hidden-pca", "hidden states (PCA)", List.of(), List.of("pc1", "pc2", "length", "output")));
		return new RunResult(null, null, Instant.now(), 1, new SimulationOutcome(SimulationOutcome.Status.COMPLETED, LATE, ""),
				List.of(), matrices, new ResultsTable(List.of("loss")), snapshots, List.of(), List.of(AUTOMATON_PLOT),
				List.of(), Map.of());
	}

	/** A run of another family: a curves plot and a matrix, no automaton, no PCA. */
	static RunResult otherRun() {
		MatrixSnapshots snapshots = new MatrixSnapshots();
		snapshots.put("W", 10, new DMatrixRMaj(2, 2));
		return new RunResult(null, null, Instant.now(), 1, new SimulationOutcome(SimulationOutcome.Status.COMPLETED, 10, ""),
				List.of(), List.of(), new ResultsTable(List.of("loss")), snapshots, List.of(),
				List.of(PlotDescriptor.curves("loss", "Loss", "t", 1, "loss", true, List.of("loss")),
						PlotDescriptor.stateGraph("other", "Another graph", "W", List.of("a", "b"))),
				List.of(), Map.of());
	}
}
