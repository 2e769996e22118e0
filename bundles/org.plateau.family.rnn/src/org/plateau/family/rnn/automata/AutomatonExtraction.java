package org.plateau.family.rnn.automata;

import java.util.Objects;

/**
 * Automaton extraction from a recurrent network's hidden states (van Rossem &amp; Saxe 2025, App. A; the authors'
 * {@code group_activations} and {@code to_automaton_history} in rnn_structure, source/data_analysis/automata.py).
 * <ol>
 * <li>Grouping: the analysis strings are visited in {@link AnalysisStrings}' order (the authors' sorted labels, the
 * empty string last); each joins the FIRST existing group whose FIRST member's hidden state is strictly closer than
 * eps (Euclidean), else opens a new group.</li>
 * <li>Transitions: for each string s = s'c, delta(group(s'), c) = group(s). Where strings disagree, the last writer
 * wins in the authors' order: groups in the order they were opened, members in the order they joined.</li>
 * <li>Outputs: the read-out (argmax) of a group's first member, as the caller gives it. The empty string is visited
 * last, so it leads a group only when that group holds nothing else; the authors give such a group {@code None}, read
 * as output 0 by their minimisation. The RNN family passes the task's output for the empty string (its start
 * state's), which is 0 for every bundled task.</li>
 * <li>States are numbered as the groups were opened, except that the empty string's group is moved to state 0 (the
 * start of {@link Automaton}); the groups opened before it shift up by one.</li>
 * </ol>
 * Cost O(#strings x #groups x P): the representatives (first members) are copied into one preallocated array and a
 * distance is abandoned as soon as its partial sum reaches eps^2.
 */
public final class AutomatonExtraction {

	private AutomatonExtraction() {
	}

	/**
	 * The merge distance: {@code fraction * ||perUnitStd||} (spec 1.2 (d): fraction 0.01 in the paper's main notebook
	 * with the std over all tracked epochs x inputs, see {@link HiddenStatistics}; {@code to_automaton} uses the std
	 * over the inputs of the current network, {@link HiddenStatistics#perUnitStd(double[], int, int)}; the grid
	 * notebook uses fraction 0.1).
	 */
	public static double eps(double fraction, double[] perUnitStd) {
		double sum = 0;
		for (double s : perUnitStd) {
			sum += s * s;
		}
		return fraction * Math.sqrt(sum);
	}

	/**
	 * Extracts the automaton of one snapshot of hidden states.
	 *
	 * @param strings the analysis strings
	 * @param hidden the final hidden state of every analysis string, row-major {@code strings.size() x p}, rows in the
	 *        strings' order (the empty string's row, h_0, is the last)
	 * @param p the number of hidden units
	 * @param readout the network's output (argmax of the read-out) after every analysis string, in the strings' order
	 * @param outputs the number of outputs (2 for parity)
	 * @param eps the merge distance (see {@link #eps(double, double[])}): states strictly closer than eps to a group's
	 *        first member join it
	 */
	public static ExtractedAutomaton extract(AnalysisStrings strings, double[] hidden, int p, int[] readout, int outputs,
			double eps) {
		Objects.requireNonNull(strings, "strings");
		int n = strings.size();
		if (p < 1 || hidden.length != n * p) {
			throw new IllegalArgumentException("hidden must hold " + n + " x " + p + " values, had " + hidden.length);
		}
		if (readout.length != n) {
			throw new IllegalArgumentException("readout must hold one output per string (" + n + "), had " + readout.length);
		}
		if (!(eps >= 0)) {
			throw new IllegalArgumentException("eps must be non-negative, was " + eps);
		}
		for (int i = 0; i < n; i++) {
			if (readout[i] < 0 || readout[i] >= outputs) {
				throw new IllegalArgumentException("readout of string " + i + " is " + readout[i] + ", outside 0.." + (outputs - 1));
			}
		}
		double eps2 = eps * eps;
		// 1. greedy grouping (group_activations): groups in opening order, representative = first member
		double[] representatives = new double[n * p];
		int[] firstMember = new int[n];
		int[] opened = new int[n]; // group in opening order
		int groups = 0;
		for (int i = 0; i < n; i++) {
			int row = i * p;
			int joined = -1;
			for (int g = 0; g < groups && joined < 0; g++) {
				int rep = g * p;
				double d2 = 0;
				for (int k = 0; k < p && d2 < eps2; k++) {
					double d = hidden[row + k] - representatives[rep + k];
					d2 += d * d;
				}
				if (d2 < eps2) {
					joined = g;
				}
			}
			if (joined < 0) {
				joined = groups++;
				System.arraycopy(hidden, row, representatives, joined * p, p);
				firstMember[joined] = i;
			}
			opened[i] = joined;
		}
		// states: the empty string's group first, the others in opening order
		int initialGroup = opened[strings.initial()];
		int[] stateOfGroup = new int[groups];
		for (int g = 0; g < groups; g++) {
			stateOfGroup[g] = g == initialGroup ? 0 : g < initialGroup ? g + 1 : g;
		}
		int[] groupOf = new int[n];
		for (int i = 0; i < n; i++) {
			groupOf[i] = stateOfGroup[opened[i]];
		}
		// members in the authors' order (groups as opened, members as joined): a stable counting sort by opening group
		int[] memberStart = new int[groups + 1];
		for (int i = 0; i < n; i++) {
			memberStart[opened[i] + 1]++;
		}
		for (int g = 0; g < groups; g++) {
			memberStart[g + 1] += memberStart[g];
		}
		int[] fill = new int[groups];
		System.arraycopy(memberStart, 0, fill, 0, groups);
		int[] members = new int[n];
		for (int i = 0; i < n; i++) {
			members[fill[opened[i]]++] = i;
		}
		// 2. transitions, last writer wins in that order (to_automaton_history)
		int symbols = strings.symbols();
		int[][] next = new int[groups][symbols];
		for (int[] row : next) {
			java.util.Arrays.fill(row, Automaton.NONE);
		}
		for (int k = 0; k < n; k++) {
			int i = members[k];
			int parent = strings.parent(i);
			if (parent >= 0) {
				next[groupOf[parent]][strings.lastSymbol(i)] = groupOf[i];
			}
		}
		// 3. outputs: the first member's read-out
		int[] output = new int[groups];
		for (int g = 0; g < groups; g++) {
			output[stateOfGroup[g]] = readout[firstMember[g]];
		}
		Automaton automaton = new Automaton(next, output, symbols, outputs);
		int[] groupSize = new int[groups];
		for (int g = 0; g < groups; g++) {
			groupSize[stateOfGroup[g]] = memberStart[g + 1] - memberStart[g];
		}
		int[] first = new int[groups];
		for (int g = 0; g < groups; g++) {
			first[stateOfGroup[g]] = firstMember[g];
		}
		return new ExtractedAutomaton(strings, groupOf, groupSize, first, automaton);
	}
}
