package org.plateau.family.rnn.automata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/**
 * Extraction against the authors' own code: {@code to_automaton_history} of rnn_structure
 * (source/data_analysis/automata.py, run with pandas 3.0.6 / numpy 2.4.6) on random hidden states (P = 2, units on
 * a small integer grid so that many strings merge and transitions conflict), rows handed to pandas in a shuffled
 * order. Each group is named by its first member; "None" is the authors' output of a group holding only h_0. The
 * generator (throwaway, not in the repository) checked 500 such cases (S = 2, L = 4 and S = 3, L = 3), all equal;
 * two are kept here: case 7 (14 groups, partial, an h_0-only group) and case 12 (2 groups, finite). Writing
 * transitions in string order instead of the authors' group order changes both.
 */
class AuthorsExtractionFixtureTest {

	record Fixture(int id, double eps, String input, String expected) {
	}

	static final List<Fixture> FIXTURES = List.of(
				new Fixture(7, 0.9346362288939659, """
			1010 3.0 2.0 1
			0010 2.0 0.0 1
			0000 2.0 0.0 1
			111 0.0 2.0 1
			000 1.0 2.0 0
			0101 1.0 1.0 1
			001 0.0 3.0 0
			1110 3.0 2.0 0
			0110 3.0 1.0 1
			0111 2.0 3.0 1
			1 0.0 0.0 0
			110 0.0 0.0 0
			0011 3.0 1.0 0
			011 1.0 1.0 1
			0001 2.0 3.0 1
			1001 1.0 3.0 0
			1000 3.0 1.0 1
			01 1.0 1.0 0
			010 2.0 0.0 1
			initial 0.0 1.0 0
			1011 1.0 3.0 0
			0 0.0 0.0 1
			11 0.0 3.0 1
			1100 2.0 2.0 0
			1111 3.0 3.0 0
			101 1.0 3.0 1
			100 1.0 0.0 1
			10 3.0 1.0 1
			1101 3.0 3.0 0
			00 0.0 2.0 0
			0100 1.0 2.0 1
			""", """
			group 0 0
			group 00 00
			group 000 000
			group 0000 0000
			group 0001 0001
			group 001 001
			group 0010 0000
			group 0011 0011
			group 01 01
			group 010 0000
			group 0100 000
			group 0101 01
			group 011 01
			group 0110 0011
			group 0111 0001
			group 1 0
			group 10 0011
			group 100 100
			group 1000 0011
			group 1001 1001
			group 101 1001
			group 1010 1010
			group 1011 1001
			group 11 001
			group 110 0
			group 1100 1100
			group 1101 1101
			group 111 00
			group 1110 1010
			group 1111 1101
			group initial initial
			next 0 0 1100
			next 0 1 1101
			next 00 0 1010
			next 00 1 1101
			next 000 0 0000
			next 000 1 0001
			next 0000 0 000
			next 0000 1 01
			next 001 0 0000
			next 001 1 0011
			next 0011 0 100
			next 0011 1 1001
			next 01 0 0011
			next 01 1 01
			next 100 0 0011
			next 100 1 1001
			next 1001 0 1010
			next 1001 1 1001
			next initial 0 0
			next initial 1 0
			output 0 1
			output 00 0
			output 000 0
			output 0000 1
			output 0001 1
			output 001 0
			output 0011 0
			output 01 0
			output 100 1
			output 1001 0
			output 1010 1
			output 1100 0
			output 1101 0
			output initial None
			finite False
			"""),
				new Fixture(12, 1.003265571580217, """
			000 1.0 1.0 1
			1111 1.0 0.0 0
			0101 0.0 1.0 1
			1000 0.0 1.0 0
			11 1.0 1.0 0
			100 1.0 0.0 1
			initial 0.0 0.0 0
			0010 1.0 1.0 0
			0111 1.0 1.0 1
			1100 0.0 0.0 0
			110 1.0 0.0 0
			1 1.0 0.0 1
			0000 1.0 0.0 0
			1011 0.0 1.0 0
			0110 1.0 1.0 0
			00 0.0 1.0 0
			1001 1.0 0.0 1
			1101 1.0 0.0 0
			0001 1.0 0.0 0
			0 0.0 0.0 1
			1110 0.0 0.0 1
			011 1.0 0.0 0
			001 0.0 1.0 1
			1010 0.0 1.0 0
			0011 0.0 1.0 1
			111 0.0 1.0 0
			010 1.0 1.0 1
			0100 0.0 1.0 0
			101 1.0 1.0 0
			01 1.0 1.0 1
			10 1.0 1.0 1
			""", """
			group 0 0
			group 00 0
			group 000 000
			group 0000 0
			group 0001 0
			group 001 0
			group 0010 000
			group 0011 0
			group 01 000
			group 010 000
			group 0100 0
			group 0101 0
			group 011 0
			group 0110 000
			group 0111 000
			group 1 0
			group 10 000
			group 100 0
			group 1000 0
			group 1001 0
			group 101 000
			group 1010 0
			group 1011 0
			group 11 000
			group 110 0
			group 1100 0
			group 1101 0
			group 111 0
			group 1110 0
			group 1111 0
			group initial 0
			next 0 0 000
			next 0 1 000
			next 000 0 000
			next 000 1 000
			output 0 1
			output 000 1
			finite True
			"""));

	@Test
	void extractionEqualsTheAuthorsCode() {
		AnalysisStrings strings = new AnalysisStrings(2, 4);
		for (Fixture fixture : FIXTURES) {
			int n = strings.size();
			double[] hidden = new double[2 * n];
			int[] readout = new int[n];
			for (String line : fixture.input().strip().split("\n")) {
				String[] f = line.strip().split(" ");
				int i = f[0].equals("initial") ? strings.initial() : strings.indexOf(f[0].chars().map(c -> c - '0').toArray());
				hidden[2 * i] = Double.parseDouble(f[1]);
				hidden[2 * i + 1] = Double.parseDouble(f[2]);
				readout[i] = Integer.parseInt(f[3]);
			}
			ExtractedAutomaton x = AutomatonExtraction.extract(strings, hidden, 2, readout, 2, fixture.eps());
			StringBuilder got = new StringBuilder();
			TreeMap<String, String> group = new TreeMap<>();
			for (int i = 0; i < n; i++) {
				group.put(label(strings, i), label(strings, x.firstMember(x.groupOf(i))));
			}
			group.forEach((l, f) -> got.append("group ").append(l).append(' ').append(f).append('\n'));
			TreeMap<String, String> next = new TreeMap<>();
			TreeMap<String, String> outputs = new TreeMap<>();
			for (int g = 0; g < x.groups(); g++) {
				String f = label(strings, x.firstMember(g));
				for (int c = 0; c < 2; c++) {
					int t = x.automaton().next(g, c);
					if (t != Automaton.NONE) {
						next.put(f + " " + c, label(strings, x.firstMember(t)));
					}
				}
				boolean onlyInitial = x.groupSize(g) == 1 && x.firstMember(g) == strings.initial();
				outputs.put(f, onlyInitial ? "None" : Integer.toString(x.automaton().output(g)));
			}
			next.forEach((k, t) -> got.append("next ").append(k).append(' ').append(t).append('\n'));
			outputs.forEach((f, o) -> got.append("output ").append(f).append(' ').append(o).append('\n'));
			got.append("finite ").append(x.finite() ? "True" : "False").append('\n');
			assertEquals(fixture.expected().strip().replaceAll("\n\\s+", "\n"), got.toString().strip(), "case " + fixture.id());
		}
	}

	private static String label(AnalysisStrings strings, int i) {
		if (strings.length(i) == 0) {
			return "initial";
		}
		StringBuilder b = new StringBuilder();
		for (int t = 0; t < strings.length(i); t++) {
			b.append(strings.symbol(i, t));
		}
		return b.toString();
	}
}
