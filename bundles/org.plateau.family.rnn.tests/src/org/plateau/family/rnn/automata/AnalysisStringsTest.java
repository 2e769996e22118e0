package org.plateau.family.rnn.automata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The analysis strings come in the authors' order: pandas' sorted {@code groupby("Input")} over the labels
 * {@code "".join(str(symbol))} and {@code "initial"} (rnn_structure source/data_analysis/automata.py
 * {@code group_activations}, source/activations.py, source/compilation.py). The reference here is that sort done
 * independently: Java's {@code String.compareTo} orders these ASCII labels as Python does.
 */
class AnalysisStringsTest {

	@ParameterizedTest
	@CsvSource({ "2, 10, 2047", "2, 1, 3", "3, 3, 40", "1, 4, 5", "10, 2, 111" })
	void sizeCountsEveryStringAndTheEmptyOne(int symbols, int maxLength, int size) {
		assertEquals(size, new AnalysisStrings(symbols, maxLength).size());
	}

	@ParameterizedTest
	@CsvSource({ "2, 10", "3, 4", "10, 2", "1, 5" })
	void orderIsTheAuthorsSortedLabels(int symbols, int maxLength) {
		AnalysisStrings strings = new AnalysisStrings(symbols, maxLength);
		List<String> labels = new ArrayList<>();
		labels.add("initial");
		List<String> layer = List.of("");
		for (int length = 1; length <= maxLength; length++) {
			List<String> longer = new ArrayList<>();
			for (String s : layer) {
				for (int a = 0; a < symbols; a++) {
					longer.add(s + a);
				}
			}
			labels.addAll(longer);
			layer = longer;
		}
		Collections.sort(labels);
		assertEquals(labels.size(), strings.size());
		for (int i = 0; i < strings.size(); i++) {
			assertEquals(labels.get(i), label(strings, i), "string " + i);
		}
		assertEquals("initial", label(strings, strings.initial()));
		assertEquals(strings.size() - 1, strings.initial());
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

	@ParameterizedTest
	@CsvSource({ "2, 10", "3, 5", "4, 3" })
	void parentLastSymbolAndIndexOfAreConsistent(int symbols, int maxLength) {
		AnalysisStrings strings = new AnalysisStrings(symbols, maxLength);
		for (int i = 0; i < strings.size(); i++) {
			int[] s = strings.string(i);
			assertEquals(i, strings.indexOf(s));
			if (s.length == 0) {
				assertEquals(-1, strings.parent(i));
				assertEquals(-1, strings.lastSymbol(i));
				continue;
			}
			assertEquals(s[s.length - 1], strings.lastSymbol(i));
			int[] prefix = java.util.Arrays.copyOf(s, s.length - 1);
			assertArrayEquals(prefix, strings.string(strings.parent(i)));
			assertEquals(strings.indexOf(prefix), strings.parent(i));
		}
	}

	@ParameterizedTest
	@CsvSource({ "2, 3" })
	void rejectsWhatIsNotAnAnalysisString(int symbols, int maxLength) {
		AnalysisStrings strings = new AnalysisStrings(symbols, maxLength);
		assertThrows(IllegalArgumentException.class, () -> strings.indexOf(new int[] { 0, 1, 0, 1 }));
		assertThrows(IllegalArgumentException.class, () -> strings.indexOf(new int[] { 2 }));
		assertThrows(IndexOutOfBoundsException.class, () -> strings.symbol(0, 1)); // "0" has length 1
	}
}
