package org.plateau.family.rnn.automata;

/**
 * The inputs whose final hidden states are grouped into an automaton (van Rossem &amp; Saxe 2025, App. A): every string
 * over {@code symbols} symbols of length 1 .. {@code maxLength}, and the empty string ("initial", the hidden state
 * h_0), in the order in which the authors' greedy grouping visits them.
 * <p>
 * That order matters (the grouping joins the first group within eps). The authors' {@code group_activations}
 * (rnn_structure, source/data_analysis/automata.py) iterates {@code hidden_states.groupby("Input")}; pandas sorts the
 * group keys, which are the strings' labels {@code "".join(str(symbol))} (source/activations.py) plus the label
 * {@code "initial"} that {@code ActivationTracker} gives h_0 (source/compilation.py). So the non-empty strings come in
 * lexicographic order with every prefix before its extensions ("0", "00", "000", ..., "1", "10", ...: a depth-first
 * pre-order of the tree of strings, lengths interleaved), and the empty string comes LAST ('0'..'9' sort before 'i').
 * This class uses that order for any alphabet size; it equals the authors' for up to 10 symbols (single-character
 * labels). The empty string has index {@link #initial()} = {@code size() - 1}.
 * <p>
 * Immutable; all arrays are allocated once by the constructor.
 */
public final class AnalysisStrings {

	private final int symbols;
	private final int maxLength;
	private final int size;
	/** Row i holds the symbols of string i, {@code maxLength} slots per row. */
	private final byte[] letters;
	private final byte[] lengths;
	private final int[] parents;
	/** {@code subtree[d]}: the number of strings in a subtree whose root can still be extended d - 1 times. */
	private final int[] subtree;

	/**
	 * All strings of length 1 .. maxLength over {@code symbols} symbols, and the empty string.
	 *
	 * @param symbols the size of the input alphabet, 1 .. 127
	 * @param maxLength the longest analysed length (10 in the paper), at least 1
	 * @throws IllegalArgumentException when out of range or when there would be more than 2^30 strings
	 */
	public AnalysisStrings(int symbols, int maxLength) {
		if (symbols < 1 || symbols > Byte.MAX_VALUE) {
			throw new IllegalArgumentException("symbols must be in 1..127, was " + symbols);
		}
		if (maxLength < 1 || maxLength > Byte.MAX_VALUE) {
			throw new IllegalArgumentException("maxLength must be in 1..127, was " + maxLength);
		}
		this.symbols = symbols;
		this.maxLength = maxLength;
		subtree = new int[maxLength + 1];
		long count = 0;
		long power = 1;
		for (int d = 1; d <= maxLength; d++) {
			count += power; // subtree[d] = 1 + S + ... + S^(d-1)
			if (count > (1 << 30)) {
				throw new IllegalArgumentException(
						"too many analysis strings: " + symbols + " symbols up to length " + maxLength);
			}
			subtree[d] = (int) count;
			power *= symbols;
		}
		int nonEmpty = symbols * subtree[maxLength];
		size = nonEmpty + 1;
		letters = new byte[size * maxLength];
		lengths = new byte[size];
		parents = new int[size];
		// depth-first pre-order: after string i comes its first child (if shorter than maxLength), else the next
		// sibling of the deepest ancestor-or-self that has one
		int[] current = new int[maxLength];
		int[] indexAtDepth = new int[maxLength];
		int length = 1;
		current[0] = 0;
		for (int i = 0; i < nonEmpty; i++) {
			for (int t = 0; t < length; t++) {
				letters[i * maxLength + t] = (byte) current[t];
			}
			lengths[i] = (byte) length;
			indexAtDepth[length - 1] = i;
			parents[i] = length == 1 ? size - 1 : indexAtDepth[length - 2];
			if (length < maxLength) {
				current[length] = 0;
				length++;
			} else {
				while (length > 0 && current[length - 1] == symbols - 1) {
					length--;
				}
				if (length > 0) {
					current[length - 1]++;
				}
			}
		}
		lengths[size - 1] = 0;
		parents[size - 1] = -1;
	}

	/** The number of analysis strings, the empty one included: (S^(L+1) - 1)/(S - 1) (2047 for S = 2, L = 10). */
	public int size() {
		return size;
	}

	/** The size of the input alphabet. */
	public int symbols() {
		return symbols;
	}

	/** The longest analysed length. */
	public int maxLength() {
		return maxLength;
	}

	/** The index of the empty string ("initial", h_0): the last one, {@code size() - 1}. */
	public int initial() {
		return size - 1;
	}

	/** The length of string i (0 for the empty string). */
	public int length(int i) {
		return lengths[i];
	}

	/** The symbol at position {@code t} (0-based, {@code t < length(i)}) of string i. */
	public int symbol(int i, int t) {
		if (t < 0 || t >= lengths[i]) {
			throw new IndexOutOfBoundsException("position " + t + " of string " + i + " of length " + lengths[i]);
		}
		return letters[i * maxLength + t];
	}

	/** The index of string i without its last symbol (the empty string for length 1); -1 for the empty string. */
	public int parent(int i) {
		return parents[i];
	}

	/** The last symbol of string i; -1 for the empty string. */
	public int lastSymbol(int i) {
		int length = lengths[i];
		return length == 0 ? -1 : letters[i * maxLength + length - 1];
	}

	/** String i as a new array of its symbols. */
	public int[] string(int i) {
		int[] s = new int[lengths[i]];
		for (int t = 0; t < s.length; t++) {
			s[t] = letters[i * maxLength + t];
		}
		return s;
	}

	/**
	 * The index of a string (pre-order rank: each symbol a at position t skips a subtrees of the size below t).
	 *
	 * @throws IllegalArgumentException when the string is longer than maxLength or has a symbol out of range
	 */
	public int indexOf(int[] string) {
		if (string.length > maxLength) {
			throw new IllegalArgumentException("string of length " + string.length + " is longer than " + maxLength);
		}
		if (string.length == 0) {
			return size - 1;
		}
		int index = string.length - 1;
		for (int t = 0; t < string.length; t++) {
			int a = string[t];
			if (a < 0 || a >= symbols) {
				throw new IllegalArgumentException("symbol " + a + " at position " + t + " is outside 0.." + (symbols - 1));
			}
			index += a * subtree[maxLength - t];
		}
		return index;
	}

	/** Runs an automaton on string i: the state reached, or {@link Automaton#NONE}. */
	int run(Automaton automaton, int i) {
		int state = 0;
		int base = i * maxLength;
		for (int t = 0; t < lengths[i] && state != Automaton.NONE; t++) {
			state = automaton.next(state, letters[base + t]);
		}
		return state;
	}
}
