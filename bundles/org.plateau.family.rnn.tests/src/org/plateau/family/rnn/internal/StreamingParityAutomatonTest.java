package org.plateau.family.rnn.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.plateau.core.registry.FamilyRegistry;
import org.plateau.core.results.ResultsTable;
import org.plateau.core.run.ExperimentRunner;
import org.plateau.core.run.RunResult;
import org.plateau.core.testkit.Runs;
import org.plateau.model.Experiment;
import org.plateau.model.util.PlateauResources;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Spec check S1 with 1.2-A, through the family as a user runs it: the bundled {@code rnn-parity} example (the paper's
 * configuration, 1000 epochs) for seeds 0, 1, 2. The network generalises by epoch 700, classifies length-1000 strings
 * without error, and the automaton extracted from its hidden states ends finite, with parity's 2-state minimal
 * automaton and an extracted automaton that is right on long strings; of the pairs of representations merged at
 * the end, none disagrees on a future output (at initialisation many do: small weights map strings together); and mid-training, before the transition,
 * the extraction peaks as a large, tree-like, non-finite automaton, not the task's own.
 */
class StreamingParityAutomatonTest {

	static Experiment example(String fileName) throws IOException {
		return PlateauResources.load(new RnnFamily().examples().stream().filter(e -> e.fileName().equals(fileName))
				.findFirst().orElseThrow(() -> new AssertionError("no example " + fileName)).location());
	}

	@ParameterizedTest
	@ValueSource(longs = { 0, 1, 2 })
	void s1TheParityRnnGeneralisesThroughAFiniteTwoStateAutomatonWithoutDisagreeingMergers(long seed) throws Exception {
		Experiment experiment = example("rnn-parity.plateau");
		experiment.setSeed(seed);
		experiment.getTraining().getSnapshotSteps().clear();
		RunResult result = Runs.completed(new ExperimentRunner(FamilyRegistry.of(new RnnFamily())), experiment);
		ResultsTable table = result.simulation();
		int last = table.size() - 1;
		double transition = table.value(table.indexOf(SequenceSetup.TRANSITION), last);
		assertTrue(transition <= 700, "seed " + seed + ": validation accuracy reached 0.99 at epoch " + transition);
		assertEquals(1.0, table.value(table.indexOf(SequenceSetup.testAccuracy(1000)), last), "seed " + seed);
		assertEquals(1.0, table.value(table.indexOf(SequenceSetup.FINITE), last), "seed " + seed);
		assertEquals(2.0, table.value(table.indexOf(SequenceSetup.MINIMAL), last), "seed " + seed);
		assertEquals(1.0, table.value(table.indexOf(SequenceSetup.DFA_ACCURACY), last), "seed " + seed);
		// 1.2-A: every pair of representations that ended up merged agrees on all future outputs
		assertEquals(0.0, table.value(table.indexOf(SequenceSetup.DISAGREEING), last), "seed " + seed);
		assertTrue(table.value(table.indexOf(SequenceSetup.AGREEING), last) > 1e5, "seed " + seed);
		// mid-training, while the strings are memorised: the extraction peaks as a large tree that is not finite (seed 0:
		// 207 states at epoch 500, minimal 78), so the final automaton is the network's, not the task's own
		int states = table.indexOf(SequenceSetup.STATES);
		int finite = table.indexOf(SequenceSetup.FINITE);
		int minimal = table.indexOf(SequenceSetup.MINIMAL);
		long analysed = 0;
		int peak = -1;
		for (int i = 0; i < table.size(); i++) {
			if (!Double.isNaN(table.value(states, i))) {
				analysed++;
				if (table.step(i) <= transition && (peak < 0 || table.value(states, i) > table.value(states, peak))) {
					peak = i;
				}
			}
		}
		String where = "seed " + seed + ": " + table.value(states, peak) + " states at epoch " + table.step(peak);
		assertTrue(table.value(states, peak) > 100, where + ", expected a tree of more than 100 before the transition");
		assertEquals(0.0, table.value(finite, peak), where + " form a finite automaton");
		assertTrue(table.value(minimal, peak) > 2, where + ": its minimal automaton is parity's");
		assertTrue(analysed >= 100, "seed " + seed + ": the automaton was extracted " + analysed + " times");
	}
}
