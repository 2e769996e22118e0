package org.plateau.family.rnn.internal;

/**
 * The distinct prefixes of a batch of equal-length strings, level by level: level t holds the distinct prefixes of
 * length t (level 0 the empty string), each with the index of its parent on level t - 1 and its last symbol. An RNN's
 * hidden state depends on the prefix only, so the forward pass needs one state per distinct prefix, and in BPTT the
 * gradient reaching a shared prefix is the sum over its children (the same gradient as the per-string sum, to
 * rounding). At t = 1 only S states exist; over the paper's epoch (batches of 128, lengths 1..10) it does about a third of the naive arithmetic.
 * <p>
 * Arrays are sized once for a largest batch and length; {@link #build} allocates nothing. Nodes of a level are
 * numbered in order of first appearance in the batch order.
 */
final class PrefixTrie {

	private final int symbols;
	private final int maxStrings;
	private final int maxLength;
	/** First global slot of each level: level t has room for min(S^t, maxStrings) nodes. */
	private final int[] levelOffset;
	private final int[] levelSize;
	private final int[] parent;
	private final int[] lastSymbol;
	private final int[] current;
	private final int[] child;
	private int length;
	private int strings;

	PrefixTrie(int symbols, int maxStrings, int maxLength) {
		this.symbols = symbols;
		this.maxStrings = maxStrings;
		this.maxLength = maxLength;
		levelOffset = new int[maxLength + 2];
		levelSize = new int[maxLength + 1];
		long room = 1;
		for (int t = 0; t <= maxLength; t++) {
			levelOffset[t + 1] = levelOffset[t] + (int) capacity(t);
			room = Math.max(room, capacity(t));
		}
		parent = new int[levelOffset[maxLength + 1]];
		lastSymbol = new int[levelOffset[maxLength + 1]];
		current = new int[maxStrings];
		child = new int[(int) room * symbols];
	}

	/** The most nodes level t can have: min(S^t, maxStrings). */
	long capacity(int t) {
		long c = 1;
		for (int u = 0; u < t && c < maxStrings; u++) {
			c *= symbols;
		}
		return Math.min(c, maxStrings);
	}

	/**
	 * Builds the trie of strings {@code order[from .. from + count - 1]} of dataset k.
	 *
	 * @throws IllegalArgumentException if the batch or its length exceed the capacity
	 */
	void build(SequenceData data, int k, int[] order, int from, int count) {
		int l = data.length(k);
		if (count > maxStrings || l > maxLength) {
			throw new IllegalArgumentException("a batch of " + count + " strings of length " + l
					+ " exceeds the trie's capacity of " + maxStrings + " strings of length " + maxLength);
		}
		int[] flat = data.strings(k);
		length = l;
		strings = count;
		levelSize[0] = 1;
		for (int i = 0; i < count; i++) {
			current[i] = 0;
		}
		for (int t = 1; t <= l; t++) {
			int previous = levelSize[t - 1];
			for (int j = previous * symbols - 1; j >= 0; j--) {
				child[j] = -1;
			}
			int offset = levelOffset[t];
			int n = 0;
			for (int i = 0; i < count; i++) {
				int p = current[i];
				int s = flat[order[from + i] * l + t - 1];
				int c = child[p * symbols + s];
				if (c < 0) {
					c = n++;
					child[p * symbols + s] = c;
					parent[offset + c] = p;
					lastSymbol[offset + c] = s;
				}
				current[i] = c;
			}
			levelSize[t] = n;
		}
	}

	/** The string length of the last batch built. */
	int length() {
		return length;
	}

	/** The number of strings of the last batch built. */
	int strings() {
		return strings;
	}

	/** The number of distinct prefixes of length t. */
	int size(int t) {
		return levelSize[t];
	}

	/** The parent (on level t - 1) of node c of level t. */
	int parent(int t, int c) {
		return parent[levelOffset[t] + c];
	}

	/** The last symbol of node c of level t. */
	int symbol(int t, int c) {
		return lastSymbol[levelOffset[t] + c];
	}

	/** The leaf (node on the last level) of string i of the batch. */
	int leaf(int i) {
		return current[i];
	}

	/** The global node arrays and the level offsets, for loops that read them directly. */
	int[] parents() {
		return parent;
	}

	int[] symbols() {
		return lastSymbol;
	}

	int offset(int t) {
		return levelOffset[t];
	}

	int maxLength() {
		return maxLength;
	}
}
