package org.plateau.family.rnn.ui.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ejml.data.DMatrixRMaj;

/**
 * An automaton as read from one snapshot of a transition matrix: entry (s, a) is the state reached from state s on
 * symbol a, NaN (or negative) for none; state 0 is the start state (the convention of
 * {@code org.plateau.figures.internal.StateGraphFigure} and of the family's {@code automaton} snapshots). The
 * transitions between the same two states are grouped into one edge labelled with their symbols.
 */
public final class TransitionGraph {

	/** The transitions from one state to another, with the symbols that take them, e.g. {@code "0,1"}. */
	public record Edge(int from, int to, String symbols) {
	}

	private final int states;
	private final int symbols;
	private final int transitions;
	private final boolean finite;
	private final int[][] next;
	private final int[] output;
	private final List<Edge> edges;

	private TransitionGraph(int[][] next, int symbols, int[] output, String[] symbolNames) {
		this.states = next.length;
		this.symbols = symbols;
		this.next = next;
		this.output = output;
		Map<Long, List<String>> grouped = new LinkedHashMap<>();
		int count = 0;
		boolean complete = states > 0;
		for (int s = 0; s < states; s++) {
			for (int a = 0; a < symbols; a++) {
				int t = next[s][a];
				if (t < 0) {
					complete = false;
					continue;
				}
				count++;
				grouped.computeIfAbsent((long) s * states + t, k -> new ArrayList<>())
						.add(a < symbolNames.length ? symbolNames[a] : Integer.toString(a));
			}
		}
		this.transitions = count;
		this.finite = complete;
		List<Edge> list = new ArrayList<>(grouped.size());
		grouped.forEach((key, on) -> list.add(new Edge((int) (key / states), (int) (key % states), String.join(",", on))));
		this.edges = List.copyOf(list);
	}

	/**
	 * The automaton of one snapshot.
	 *
	 * @param transitions states x symbols, entry (s, a) the state reached from s on a, NaN or negative for none
	 * @param symbolNames the symbols' names, one per column (missing ones are numbered)
	 * @param outputs the output of each state (states x 1, or 1 x states), or null when not recorded
	 */
	public static TransitionGraph of(DMatrixRMaj transitions, String[] symbolNames, DMatrixRMaj outputs) {
		int n = transitions.numRows;
		int k = transitions.numCols;
		int[][] next = new int[n][k];
		for (int s = 0; s < n; s++) {
			for (int a = 0; a < k; a++) {
				double t = transitions.get(s, a);
				next[s][a] = Double.isFinite(t) && t >= 0 && Math.round(t) < n ? (int) Math.round(t) : -1;
			}
		}
		int[] output = null;
		if (outputs != null && outputs.getNumElements() == n) {
			output = new int[n];
			for (int s = 0; s < n; s++) {
				double o = outputs.data[s];
				output[s] = Double.isFinite(o) ? (int) Math.round(o) : -1;
			}
		}
		return new TransitionGraph(next, k, output, symbolNames == null ? new String[0] : symbolNames);
	}

	/** The number of states. */
	public int states() {
		return states;
	}

	/** The number of symbols (columns). */
	public int symbols() {
		return symbols;
	}

	/** The number of defined transitions (entries that name a state). */
	public int transitions() {
		return transitions;
	}

	/** Whether every state has a transition on every symbol: the paper's "finite" automaton. */
	public boolean finite() {
		return finite;
	}

	/** The state reached from {@code state} on {@code symbol}, or -1. */
	public int next(int state, int symbol) {
		return next[state][symbol];
	}

	/** The output of a state (-1 when unknown), or null when outputs were not recorded. */
	public int[] outputs() {
		return output == null ? null : output.clone();
	}

	/** The edges, one per pair of states joined by at least one transition. */
	public List<Edge> edges() {
		return edges;
	}

	/**
	 * The depth of every state from the start state 0, breadth first over the symbols in order (its shortest input
	 * string's length); states not reachable from 0 get one more than the deepest reachable state.
	 */
	public int[] depths() {
		int[] depth = new int[states];
		Arrays.fill(depth, -1);
		if (states == 0) {
			return depth;
		}
		int[] queue = new int[states];
		int head = 0;
		int tail = 0;
		depth[0] = 0;
		queue[tail++] = 0;
		int deepest = 0;
		while (head < tail) {
			int s = queue[head++];
			for (int a = 0; a < symbols; a++) {
				int t = next[s][a];
				if (t >= 0 && depth[t] < 0) {
					depth[t] = depth[s] + 1;
					deepest = Math.max(deepest, depth[t]);
					queue[tail++] = t;
				}
			}
		}
		for (int s = 0; s < states; s++) {
			if (depth[s] < 0) {
				depth[s] = deepest + 1;
			}
		}
		return depth;
	}

	/** The states in breadth-first order from state 0 (the order of {@link #depths()}), then the unreachable ones. */
	public int[] breadthFirstOrder() {
		int[] order = new int[states];
		boolean[] seen = new boolean[states];
		int head = 0;
		int tail = 0;
		if (states > 0) {
			order[tail++] = 0;
			seen[0] = true;
		}
		while (true) {
			while (head < tail) {
				int s = order[head++];
				for (int a = 0; a < symbols; a++) {
					int t = next[s][a];
					if (t >= 0 && !seen[t]) {
						seen[t] = true;
						order[tail++] = t;
					}
				}
			}
			if (tail == states) {
				return order;
			}
			// the unreachable states, in index order
			for (int s = 0; s < states; s++) {
				if (!seen[s]) {
					seen[s] = true;
					order[tail++] = s;
				}
			}
		}
	}
}
