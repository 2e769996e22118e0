package org.plateau.family.rnn.automata;

/**
 * The result of {@link AutomatonExtraction#extract}: the grouping of the analysis strings' hidden states and the
 * automaton it defines (one state per group, the empty string's group is state 0). Immutable (the minimal automaton
 * is computed on first use); thread-safe.
 */
public final class ExtractedAutomaton {

	private final AnalysisStrings strings;
	private final int[] groupOf;
	private final int[] groupSize;
	private final int[] firstMember;
	private final Automaton automaton;
	private Automaton minimal;

	ExtractedAutomaton(AnalysisStrings strings, int[] groupOf, int[] groupSize, int[] firstMember, Automaton automaton) {
		this.strings = strings;
		this.groupOf = groupOf;
		this.groupSize = groupSize;
		this.firstMember = firstMember;
		this.automaton = automaton;
	}

	/** The analysis strings that were grouped. */
	public AnalysisStrings strings() {
		return strings;
	}

	/** The number of groups (= states of {@link #automaton()}; the paper's "number of automaton states"). */
	public int groups() {
		return groupSize.length;
	}

	/** The group (= state) of analysis string i. */
	public int groupOf(int i) {
		return groupOf[i];
	}

	/** The number of analysis strings in group g. */
	public int groupSize(int g) {
		return groupSize[g];
	}

	/** The analysis string that opened group g (its representative, whose read-out is the group's output). */
	public int firstMember(int g) {
		return firstMember[g];
	}

	/** The extracted automaton, possibly partial. */
	public Automaton automaton() {
		return automaton;
	}

	/**
	 * Whether the extracted automaton is "finite" (the paper's word; the authors' {@code is_finite}): every group has a
	 * transition on every symbol, i.e. holds the empty string or a string shorter than the longest analysed length.
	 */
	public boolean finite() {
		return automaton.complete();
	}

	/** The Hopcroft-minimal automaton of the extracted one ({@link Automaton#minimal()}), computed once. */
	public synchronized Automaton minimal() {
		if (minimal == null) {
			minimal = automaton.minimal();
		}
		return minimal;
	}
}
