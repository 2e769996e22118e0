package org.plateau.family.rnn.automata;

import java.util.Arrays;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * A deterministic automaton with an output on every state (a Moore machine), started in state 0: the task of the
 * recurrent-network family (a regular language, e.g. streaming parity: the output after each prefix is the number of
 * ones mod 2) and what is extracted from a trained network's hidden states (van Rossem &amp; Saxe 2025, App. A).
 * <p>
 * An extracted automaton may be partial: a state whose strings were all of the longest analysed length has no
 * transitions ({@link #NONE}); the automaton is then not {@link #complete() complete} ("not finite" in the paper).
 * {@link #minimal()} reduces an automaton (Hopcroft) to a canonical form, {@link #random} draws a task as the authors'
 * {@code gen_rand_automaton}, and {@link #agreement} compares two automata on random strings. Immutable.
 */
public final class Automaton {

	/** The target of a transition that is not defined. */
	public static final int NONE = -1;

	private final int[][] next;
	private final int[] output;
	private final int symbols;
	private final int outputs;

	/**
	 * @param next {@code next[s][a]}: the state reached from state {@code s} on symbol {@code a}, or {@link #NONE}
	 * @param output {@code output[s]}: the output of state {@code s}, in {@code 0 .. outputs - 1}
	 * @param symbols the size of the input alphabet
	 * @param outputs the size of the output alphabet
	 * @throws IllegalArgumentException naming the state, symbol or output out of range
	 */
	public Automaton(int[][] next, int[] output, int symbols, int outputs) {
		Objects.requireNonNull(next, "next");
		Objects.requireNonNull(output, "output");
		if (next.length == 0 || next.length != output.length) {
			throw new IllegalArgumentException("an automaton needs at least one state and one output per state, had "
					+ next.length + " states and " + output.length + " outputs");
		}
		if (symbols < 1 || outputs < 1) {
			throw new IllegalArgumentException("symbols and outputs must be positive, were " + symbols + " and " + outputs);
		}
		this.next = new int[next.length][];
		for (int s = 0; s < next.length; s++) {
			if (next[s].length != symbols) {
				throw new IllegalArgumentException("state " + s + " has " + next[s].length + " transitions, expected one per symbol ("
						+ symbols + ")");
			}
			for (int a = 0; a < symbols; a++) {
				if (next[s][a] != NONE && (next[s][a] < 0 || next[s][a] >= next.length)) {
					throw new IllegalArgumentException("state " + s + " goes on symbol " + a + " to state " + next[s][a]
							+ ", which does not exist (states 0.." + (next.length - 1) + ")");
				}
			}
			if (output[s] < 0 || output[s] >= outputs) {
				throw new IllegalArgumentException("state " + s + " has output " + output[s] + ", outside 0.." + (outputs - 1));
			}
			this.next[s] = next[s].clone();
		}
		this.output = output.clone();
		this.symbols = symbols;
		this.outputs = outputs;
	}

	/** Streaming parity: the output is the number of ones read so far, mod 2 (state 0 even, state 1 odd). */
	public static Automaton streamingParity() {
		return countingModulo(2);
	}

	/** Counting ones mod {@code m} over the alphabet {0, 1}: the output is the count mod m. */
	public static Automaton countingModulo(int m) {
		if (m < 1) {
			throw new IllegalArgumentException("the modulus must be positive, was " + m);
		}
		int[][] next = new int[m][];
		int[] output = new int[m];
		for (int s = 0; s < m; s++) {
			next[s] = new int[] { s, (s + 1) % m };
			output[s] = s;
		}
		return new Automaton(next, output, 2, m);
	}

	/**
	 * A random task automaton as the authors' {@code gen_rand_automaton} (rnn_structure,
	 * source/data_analysis/automata.py; paper App. D.5: at most 7 states, new-state probability 0.75; the notebook's
	 * cell uses 0.6). States are created breadth-first from the start (state 0): the start gets a new state on every
	 * symbol; every later state, for each symbol in order, gets a new state with probability
	 * {@code newStateProbability} while there are fewer than {@code maxStates} states (no draw otherwise), else a
	 * transition to a uniformly chosen existing state other than the start. Outputs are then drawn uniformly per state
	 * in creation order. The start's output is never observed by the task (its strings have length &ge; 1); the authors
	 * leave it {@code None}, which their minimisation reads as output 0 ({@code np.argmax(None) == 0}), so it is 0 here.
	 * The result is complete; its states are numbered in creation order.
	 *
	 * @param maxStates the cap on the number of states (exceeded only by the start's children when it is below
	 *        {@code symbols + 1}, as in the authors' code)
	 * @param random the only source of draws (one {@code nextDouble} per tested transition, one {@code nextInt} per
	 *        choice of an existing state, one per output)
	 */
	public static Automaton random(int maxStates, double newStateProbability, int symbols, int outputs,
			SplittableRandom random) {
		if (symbols < 1 || outputs < 1 || maxStates < 1) {
			throw new IllegalArgumentException("maxStates, symbols and outputs must be positive, were " + maxStates
					+ ", " + symbols + ", " + outputs);
		}
		if (!(newStateProbability >= 0 && newStateProbability <= 1)) {
			throw new IllegalArgumentException("newStateProbability must be in [0, 1], was " + newStateProbability);
		}
		int capacity = Math.max(maxStates, symbols + 1);
		int[][] next = new int[capacity][];
		int states = 1;
		// the queue of incomplete states is the creation order itself (the authors pop the front, append new states)
		for (int s = 0; s < states; s++) {
			next[s] = new int[symbols];
			for (int a = 0; a < symbols; a++) {
				// Python's `(len(states) < max and random() < p) or state == initial` draws only when below the cap
				boolean fresh = s == 0 || (states < maxStates && random.nextDouble() < newStateProbability);
				if (fresh) {
					next[s][a] = states++;
				} else {
					next[s][a] = 1 + random.nextInt(states - 1); // random.choice(states[1:])
				}
			}
		}
		int[] output = new int[states];
		for (int s = 1; s < states; s++) {
			output[s] = random.nextInt(outputs);
		}
		return new Automaton(Arrays.copyOf(next, states), output, symbols, outputs);
	}

	/**
	 * The minimal automaton with the same behaviour: Hopcroft's partition refinement (the authors'
	 * {@code nondistinguishable_partition}) started from the partition by output, restricted to the states reachable
	 * from the start, numbered canonically (breadth-first from the start, symbols in order), so that two automata with
	 * the same behaviour give {@link #equals(Object) equal} minimal automata.
	 * <p>
	 * For a partial automaton, an undefined transition leads to a sink that is distinct from every real state (an
	 * output no real state has, and it only loops). Two states are then merged iff they give the same output on every
	 * string on which either is defined AND are defined on the same strings; the minimal automaton is the smallest
	 * partial automaton with the same outputs and the same domain, and it is partial iff the original's reachable part
	 * has a defined-ness gap. This is what the authors' refinement computes: it splits by pre-images of output classes
	 * only, so a state without a transition on c never joins a state that has one.
	 * <p>
	 * On 400 automata from the authors' {@code gen_rand_automaton} (7 states, 2 or 3 symbols) the state counts equal
	 * those of their {@code nondistinguishable_partition} except on 2, where theirs merges distinguishable states (it
	 * edits its partition list while iterating over it; a brute-force comparison of outputs on all strings up to
	 * length 7 gives 7 classes, as here; see {@code AutomatonTest}).
	 */
	public Automaton minimal() {
		int n = next.length;
		int sink = n;
		int total = n + 1;
		// inverse transitions per symbol, compressed rows: predecessors of t on a are pred[a][start[a][t] .. start[a][t+1])
		int[][] predStart = new int[symbols][total + 1];
		int[][] pred = new int[symbols][total];
		for (int a = 0; a < symbols; a++) {
			int[] start = predStart[a];
			for (int s = 0; s < total; s++) {
				start[target(s, a, sink) + 1]++;
			}
			for (int t = 0; t < total; t++) {
				start[t + 1] += start[t];
			}
			int[] fill = Arrays.copyOf(start, total);
			for (int s = 0; s < total; s++) {
				pred[a][fill[target(s, a, sink)]++] = s;
			}
		}
		// refinable partition: elements grouped by block in elems[first[b] .. end[b]); marked ones moved to the front
		int[] elems = new int[total];
		int[] where = new int[total];
		int[] blockOf = new int[total];
		int[] first = new int[total];
		int[] end = new int[total];
		int[] marked = new int[total];
		int blocks = 0;
		// initial partition by output; the sink has output `outputs`, which no real state has
		int[] count = new int[outputs + 2];
		for (int s = 0; s < total; s++) {
			count[(s == sink ? outputs : output[s]) + 1]++;
		}
		int[] blockOfOutput = new int[outputs + 1];
		int position = 0;
		for (int o = 0; o <= outputs; o++) {
			if (count[o + 1] > 0) {
				blockOfOutput[o] = blocks;
				first[blocks] = position;
				end[blocks] = position;
				marked[blocks] = position;
				position += count[o + 1];
				blocks++;
			}
		}
		for (int s = 0; s < total; s++) {
			int b = blockOfOutput[s == sink ? outputs : output[s]];
			blockOf[s] = b;
			where[s] = end[b];
			elems[end[b]++] = s;
		}
		// the waiting set W holds every initial block (as the authors' W = P)
		int[] waiting = new int[total];
		boolean[] inWaiting = new boolean[total];
		int waitingSize = 0;
		for (int b = 0; b < blocks; b++) {
			waiting[waitingSize++] = b;
			inWaiting[b] = true;
		}
		int[] splitter = new int[total];
		int[] touched = new int[total];
		while (waitingSize > 0) {
			int A = waiting[--waitingSize];
			inWaiting[A] = false;
			int splitterSize = end[A] - first[A];
			System.arraycopy(elems, first[A], splitter, 0, splitterSize); // A as it was when chosen
			for (int a = 0; a < symbols; a++) {
				int touchedSize = 0;
				int[] start = predStart[a];
				for (int k = 0; k < splitterSize; k++) {
					int t = splitter[k];
					for (int j = start[t]; j < start[t + 1]; j++) {
						int x = pred[a][j]; // x goes on a into A: mark it (move it into its block's marked front)
						int b = blockOf[x];
						int at = where[x];
						if (at < marked[b]) {
							continue; // already marked
						}
						if (marked[b] == first[b]) {
							touched[touchedSize++] = b;
						}
						int swap = elems[marked[b]];
						elems[marked[b]] = x;
						where[x] = marked[b];
						elems[at] = swap;
						where[swap] = at;
						marked[b]++;
					}
				}
				for (int k = 0; k < touchedSize; k++) {
					int Y = touched[k];
					if (marked[Y] == end[Y]) {
						marked[Y] = first[Y]; // X contains all of Y: no split
						continue;
					}
					// Y := Y \ X (kept), new block := X ∩ Y (the marked front)
					int fresh = blocks++;
					first[fresh] = first[Y];
					end[fresh] = marked[Y];
					marked[fresh] = first[fresh];
					first[Y] = end[fresh];
					marked[Y] = first[Y];
					for (int e = first[fresh]; e < end[fresh]; e++) {
						blockOf[elems[e]] = fresh;
					}
					if (inWaiting[Y]) {
						waiting[waitingSize++] = fresh;
						inWaiting[fresh] = true;
					} else {
						int smaller = end[fresh] - first[fresh] <= end[Y] - first[Y] ? fresh : Y;
						waiting[waitingSize++] = smaller;
						inWaiting[smaller] = true;
					}
				}
			}
		}
		// canonical numbering: breadth-first over blocks from the start's, symbols in order; the sink's block is NONE
		int sinkBlock = blockOf[sink];
		int[] number = new int[blocks];
		Arrays.fill(number, NONE);
		int[] order = new int[blocks];
		int numbered = 0;
		order[numbered] = blockOf[0];
		number[blockOf[0]] = numbered++;
		for (int k = 0; k < numbered; k++) {
			int representative = elems[first[order[k]]];
			for (int a = 0; a < symbols; a++) {
				int t = blockOf[target(representative, a, sink)];
				if (t != sinkBlock && number[t] == NONE) {
					order[numbered] = t;
					number[t] = numbered++;
				}
			}
		}
		int[][] minimalNext = new int[numbered][symbols];
		int[] minimalOutput = new int[numbered];
		for (int k = 0; k < numbered; k++) {
			int representative = elems[first[order[k]]];
			minimalOutput[k] = output[representative];
			for (int a = 0; a < symbols; a++) {
				int t = blockOf[target(representative, a, sink)];
				minimalNext[k][a] = t == sinkBlock ? NONE : number[t];
			}
		}
		return new Automaton(minimalNext, minimalOutput, symbols, outputs);
	}

	/** The transition of the completed automaton (undefined transitions and the sink itself go to the sink). */
	private int target(int state, int symbol, int sink) {
		if (state == sink) {
			return sink;
		}
		int t = next[state][symbol];
		return t == NONE ? sink : t;
	}

	/**
	 * The fraction of {@code count} uniformly random strings of {@code length} symbols after which this automaton and
	 * {@code other} give the same output; a string on which either has an undefined transition counts as a
	 * disagreement. Check 1.2-C of the spec: the extracted automaton against the task on 200 strings of length 500.
	 *
	 * @param random the only source of draws ({@code length} {@code nextInt(symbols)} per string)
	 * @throws IllegalArgumentException when the alphabets differ or count &lt; 1
	 */
	public double agreement(Automaton other, int length, int count, SplittableRandom random) {
		if (other.symbols != symbols || other.outputs != outputs) {
			throw new IllegalArgumentException("cannot compare automata over " + symbols + " -> " + outputs + " and "
					+ other.symbols + " -> " + other.outputs + " symbols -> outputs");
		}
		if (count < 1 || length < 0) {
			throw new IllegalArgumentException("count must be positive and length non-negative, were " + count + " and "
					+ length);
		}
		int same = 0;
		for (int k = 0; k < count; k++) {
			int mine = 0;
			int theirs = 0;
			for (int t = 0; t < length; t++) {
				int a = random.nextInt(symbols); // drawn even after a NONE: the stream does not depend on the automata
				mine = mine == NONE ? NONE : next[mine][a];
				theirs = theirs == NONE ? NONE : other.next[theirs][a];
			}
			if (mine != NONE && theirs != NONE && output[mine] == other.output[theirs]) {
				same++;
			}
		}
		return (double) same / count;
	}

	/** The number of states. */
	public int states() {
		return next.length;
	}

	/** The size of the input alphabet. */
	public int symbols() {
		return symbols;
	}

	/** The size of the output alphabet. */
	public int outputs() {
		return outputs;
	}

	/** The state reached from {@code state} on {@code symbol}, or {@link #NONE}. */
	public int next(int state, int symbol) {
		return next[state][symbol];
	}

	/** The output of a state. */
	public int output(int state) {
		return output[state];
	}

	/** Whether every state has a transition on every symbol (the paper's "finite" automaton). */
	public boolean complete() {
		for (int[] row : next) {
			for (int target : row) {
				if (target == NONE) {
					return false;
				}
			}
		}
		return true;
	}

	/**
	 * The state reached from the start on a string, or {@link #NONE} when a transition on the way is not defined.
	 *
	 * @param string symbols; {@code string[offset .. offset + length - 1]} is read
	 */
	public int run(int[] string, int offset, int length) {
		int state = 0;
		for (int t = 0; t < length && state != NONE; t++) {
			state = next[state][string[offset + t]];
		}
		return state;
	}

	/** The output after reading a whole string, or {@link #NONE} when the automaton has no transition on the way. */
	public int outputAfter(int[] string, int offset, int length) {
		int state = run(string, offset, length);
		return state == NONE ? NONE : output[state];
	}

	/** The transition table as a copy, {@code [state][symbol]}. */
	public int[][] transitions() {
		int[][] copy = new int[next.length][];
		for (int s = 0; s < next.length; s++) {
			copy[s] = next[s].clone();
		}
		return copy;
	}

	/** The outputs of the states, as a copy. */
	public int[] outputsOfStates() {
		return output.clone();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Automaton that && symbols == that.symbols && outputs == that.outputs
				&& Arrays.deepEquals(next, that.next) && Arrays.equals(output, that.output);
	}

	@Override
	public int hashCode() {
		return Objects.hash(Arrays.deepHashCode(next), Arrays.hashCode(output), symbols, outputs);
	}

	@Override
	public String toString() {
		return "Automaton(" + next.length + " states, " + symbols + " symbols, " + outputs + " outputs"
				+ (complete() ? "" : ", partial") + ")";
	}
}
