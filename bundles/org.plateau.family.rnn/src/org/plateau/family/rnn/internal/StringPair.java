package org.plateau.family.rnn.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.plateau.family.rnn.automata.AnalysisStrings;
import org.plateau.family.rnn.automata.Automaton;

/**
 * A pair of strings whose representations a run follows (the local interaction model of van Rossem &amp; Saxe 2025,
 * eqs 2-9): h1, h2 the final hidden states of s1 and s2; over the continuations c_i with s1 c_i and s2 c_i both among
 * the analysis strings (lengths up to maxLength, the empty continuation included), dy_i = yhat(s2 c_i) - yhat(s1 c_i)
 * and the targets' difference y*_2,i - y*_1,i (one-hot outputs of the task). Measures ||dh||^2, &lt;||dy_i||^2&gt; and
 * &lt;w_i&gt; = &lt;||dy_i||^2 - dy_i.(y*_2,i - y*_1,i)&gt; (eqs 13-15).
 */
final class StringPair {

	final String first;
	final String second;
	private final int index1;
	private final int index2;
	private final int[] continued1;
	private final int[] continued2;
	private final int[] output1;
	private final int[] output2;
	private final double targetDistance;

	/**
	 * @param first s1, symbols as digits
	 * @param second s2
	 * @param strings the analysis strings
	 * @param task the task's automaton
	 */
	StringPair(String first, String second, AnalysisStrings strings, Automaton task) {
		this.first = first;
		this.second = second;
		int[] s1 = symbols(first);
		int[] s2 = symbols(second);
		index1 = strings.indexOf(s1);
		index2 = strings.indexOf(s2);
		int room = strings.maxLength() - Math.max(s1.length, s2.length);
		List<int[]> pairs = new ArrayList<>();
		for (int i = 0; i < strings.size(); i++) {
			if (strings.length(i) <= room) {
				int[] c = strings.string(i);
				int[] a = concat(s1, c);
				int[] b = concat(s2, c);
				pairs.add(new int[] { strings.indexOf(a), strings.indexOf(b), task.outputAfter(a, 0, a.length),
						task.outputAfter(b, 0, b.length) });
			}
		}
		int n = pairs.size();
		continued1 = new int[n];
		continued2 = new int[n];
		output1 = new int[n];
		output2 = new int[n];
		int disagreeing = 0;
		for (int i = 0; i < n; i++) {
			int[] pair = pairs.get(i);
			continued1[i] = pair[0];
			continued2[i] = pair[1];
			output1[i] = pair[2];
			output2[i] = pair[3];
			if (pair[2] != pair[3]) {
				disagreeing++;
			}
		}
		// ||e_a - e_b||^2 = 2 for one-hot targets that differ
		targetDistance = 2.0 * disagreeing / n;
	}

	private static int[] symbols(String string) {
		int[] s = new int[string.length()];
		for (int t = 0; t < s.length; t++) {
			s[t] = Character.digit(string.charAt(t), 10);
		}
		return s;
	}

	private static int[] concat(int[] a, int[] b) {
		int[] c = Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, c, a.length, b.length);
		return c;
	}

	/** @return N, the number of common continuations */
	int continuations() {
		return continued1.length;
	}

	/** @return &lt;||y*_2,i - y*_1,i||^2&gt;, 0 iff the pair agrees on every future output (A_low = 0) */
	double targetDistance() {
		return targetDistance;
	}

	/**
	 * Measures the pair.
	 *
	 * @param hidden final hidden states of the analysis strings, row i = string i, p columns
	 * @param outputs their read-outs, o columns
	 * @param p hidden units
	 * @param o outputs
	 * @param into receives {||dh||^2, &lt;||dy_i||^2&gt;, &lt;w_i&gt;} at {@code offset}
	 */
	void measure(double[] hidden, double[] outputs, int p, int o, double[] into, int offset) {
		double h = 0;
		for (int j = 0; j < p; j++) {
			double d = hidden[index2 * p + j] - hidden[index1 * p + j];
			h += d * d;
		}
		double y = 0;
		double w = 0;
		for (int i = 0; i < continued1.length; i++) {
			double dy2 = 0;
			double aligned = 0;
			for (int k = 0; k < o; k++) {
				double dy = outputs[continued2[i] * o + k] - outputs[continued1[i] * o + k];
				double dTarget = (output2[i] == k ? 1 : 0) - (output1[i] == k ? 1 : 0);
				dy2 += dy * dy;
				aligned += dy * dTarget;
			}
			y += dy2;
			w += dy2 - aligned;
		}
		into[offset] = h;
		into[offset + 1] = y / continued1.length;
		into[offset + 2] = w / continued1.length;
	}
}
