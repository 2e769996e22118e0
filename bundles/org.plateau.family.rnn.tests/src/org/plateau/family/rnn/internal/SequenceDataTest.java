package org.plateau.family.rnn.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.plateau.family.rnn.automata.Automaton;

/** The datasets of the RNN family: all strings in product order, the data-fraction subsets, random strings. */
class SequenceDataTest {

	@Test
	void allStringsInProductOrderWithParityTargets() {
		SequenceData data = SequenceData.allStrings(Automaton.streamingParity(), 10, 1.0, null);
		assertEquals(10, data.datasets());
		assertEquals(2046, data.total()); // spec 1.2(b)
		// itertools.product([0, 1], repeat=3): 000, 001, 010, 011, 100, ...
		int k = 2;
		assertEquals(3, data.length(k));
		for (int i = 0; i < 8; i++) {
			int ones = 0;
			for (int t = 0; t < 3; t++) {
				int bit = (i >> (2 - t)) & 1;
				assertEquals(bit, data.symbol(k, i, t), "string " + i + " symbol " + t);
				ones += bit;
			}
			assertEquals(ones % 2, data.target(k, i));
		}
		for (int L = 1; L <= 10; L++) {
			assertEquals(1 << L, data.size(L - 1));
		}
	}

	@Test
	void aFractionKeepsABinomialNumberOfDistinctStringsInProductOrder() {
		// n ~ Binomial(2^L, p): over many draws the mean kept count of length 10 is 1024 p within 4 sigma
		double p = 0.3;
		int draws = 200;
		double sum = 0;
		SplittableRandom random = new SplittableRandom(4);
		for (int d = 0; d < draws; d++) {
			SequenceData data = SequenceData.allStrings(Automaton.streamingParity(), 10, p, random);
			int k = data.datasets() - 1;
			assertEquals(10, data.length(k));
			sum += data.size(k);
			// distinct and increasing in product order
			long previous = -1;
			for (int i = 0; i < data.size(k); i++) {
				long index = 0;
				int ones = 0;
				for (int t = 0; t < 10; t++) {
					index = 2 * index + data.symbol(k, i, t);
					ones += data.symbol(k, i, t);
				}
				assertTrue(index > previous);
				previous = index;
				assertEquals(ones % 2, data.target(k, i));
			}
		}
		double mean = sum / draws;
		double sigma = Math.sqrt(1024 * p * (1 - p) / draws);
		assertEquals(1024 * p, mean, 4 * sigma);
	}

	@Test
	void emptyLengthsAreSkipped() {
		// at p = 0.05, length 1 (2 strings) is empty with probability 0.9025: it gets no dataset
		SequenceData data = SequenceData.allStrings(Automaton.streamingParity(), 3, 0.05, new SplittableRandom(1));
		int total = 0;
		for (int k = 0; k < data.datasets(); k++) {
			assertTrue(data.size(k) > 0);
			total += data.size(k);
		}
		assertEquals(total, data.total());
		assertTrue(data.datasets() < 3);
	}

	@Test
	void randomStringsAreDistinctAndUniform() {
		SequenceData data = SequenceData.random(Automaton.countingModulo(3), 50, 400, new SplittableRandom(2));
		assertEquals(1, data.datasets());
		assertEquals(400, data.size(0));
		Set<String> seen = new HashSet<>();
		int ones = 0;
		for (int i = 0; i < 400; i++) {
			StringBuilder s = new StringBuilder();
			int count = 0;
			for (int t = 0; t < 50; t++) {
				s.append(data.symbol(0, i, t));
				count += data.symbol(0, i, t);
			}
			ones += count;
			assertTrue(seen.add(s.toString()));
			assertEquals(count % 3, data.target(0, i));
		}
		// 20000 fair bits: mean 0.5 within 4 sigma (sigma = 0.0035)
		assertEquals(0.5, ones / 20000.0, 4 * 0.0035);
		// fewer strings exist than asked: all of them
		SequenceData all = SequenceData.random(Automaton.streamingParity(), 3, 100, new SplittableRandom(3));
		assertEquals(8, all.size(0));
		assertNotEquals(all.symbol(0, 0, 0) * 4 + all.symbol(0, 0, 1) * 2 + all.symbol(0, 0, 2),
				all.symbol(0, 1, 0) * 4 + all.symbol(0, 1, 1) * 2 + all.symbol(0, 1, 2));
	}
}
