package org.plateau.family.rnn.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.plateau.family.rnn.model.SequenceTask;
import org.plateau.model.Experiment;

/**
 * The run's measurements on a network whose automaton is known: with every weight and bias zero, each non-empty string
 * ends in the hidden state 0 and the empty one in h0 = ones, so the extraction has exactly two states and is finite,
 * and its accuracy on random strings is the fraction of them with even parity (its read-out ties, argmax 0).
 */
class SequenceTrainerTest {

	private static double[] measure(Experiment experiment) throws Exception {
		SequenceSetup setup = SequenceSetup.of(experiment);
		SequenceTrainer trainer = new SequenceTrainer(setup);
		ElmanNetwork net = trainer.network();
		for (DMatrixRMaj matrix : new DMatrixRMaj[] { net.wIh(), net.wHh(), net.wHy(), net.bIh(), net.bHh(), net.bHy() }) {
			matrix.zero();
		}
		double[] values = new double[setup.metrics.size()];
		trainer.measure(values);
		return values;
	}

	private static double value(Experiment experiment, double[] values, String metric) throws Exception {
		SequenceSetup setup = SequenceSetup.of(experiment);
		for (int m = 0; m < setup.metrics.size(); m++) {
			if (setup.metrics.get(m).id().equals(metric)) {
				return values[m];
			}
		}
		throw new AssertionError("no metric " + metric);
	}

	@Test
	void aConstantNetworkGivesTheTwoStateAutomatonAndItsAccuracyOnTheTestStrings() throws Exception {
		Experiment experiment = StreamingParityAutomatonTest.example("rnn-parity.plateau");
		double[] values = measure(experiment);
		assertEquals(2.0, value(experiment, values, SequenceSetup.STATES));
		assertEquals(1.0, value(experiment, values, SequenceSetup.FINITE));
		double accuracy = value(experiment, values, SequenceSetup.DFA_ACCURACY);
		assertTrue(accuracy > 0.35 && accuracy < 0.65, "even-parity share of 200 random strings: " + accuracy);
		// 2046 strings all merged into one group: every pair of them is merged, half of them disagree
		assertTrue(value(experiment, values, SequenceSetup.DISAGREEING) > 0);
	}

	/**
	 * The settings of check 1.2-C's test of the extracted automaton (length 500, 200 strings) change what it measures;
	 * the conformance kit cannot see it, as no automaton is finite in its short runs.
	 */
	@Test
	void theAutomatonTestLengthAndCountChangeTheExtractedAutomatonsAccuracy() throws Exception {
		Experiment experiment = StreamingParityAutomatonTest.example("rnn-parity.plateau");
		double base = value(experiment, measure(experiment), SequenceSetup.DFA_ACCURACY);
		((SequenceTask) experiment.getTask()).setAutomatonTestLength(501);
		assertNotEquals(base, value(experiment, measure(experiment), SequenceSetup.DFA_ACCURACY), "length 501");
		((SequenceTask) experiment.getTask()).setAutomatonTestLength(500);
		((SequenceTask) experiment.getTask()).setAutomatonTestStrings(201);
		assertNotEquals(base, value(experiment, measure(experiment), SequenceSetup.DFA_ACCURACY), "201 strings");
	}
}
