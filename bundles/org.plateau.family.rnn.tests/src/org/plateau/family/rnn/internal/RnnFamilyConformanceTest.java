package org.plateau.family.rnn.internal;

import java.util.Map;
import java.util.Set;

import org.plateau.core.family.ModelFamily;
import org.plateau.core.testkit.ModelFamilyConformanceTest;

/**
 * The family conformance kit applied to the recurrent-network family and its examples. The paper-sized RNN examples
 * train for 1000 to 3000 epochs; the kit runs them for at most {@link #longestExampleRun()} epochs, and
 * {@link StreamingParityLearningTest} trains the paper's configuration in full.
 */
class RnnFamilyConformanceTest extends ModelFamilyConformanceTest {

	@Override
	protected ModelFamily family() {
		return new RnnFamily();
	}

	@Override
	protected long longestExampleRun() {
		// 110 epochs: past the first long test of every example (rnn-parity: every 100 records of 1 epoch)
		return 110;
	}

	/**
	 * Every setting is checked on one example of each task (typed automaton, random automaton, the pair at its fixed
	 * and at its mean expansion point, the two points through an MLP): together they hold every class and attribute of the family's package.
	 */
	@Override
	protected boolean checksEverySettingOf(String fileName) {
		return Set.of("rnn-parity.plateau", "rnn-random-automaton.plateau", "rnn-interaction.plateau",
				"rnn-interaction-mean.plateau", "rnn-two-points-shallow.plateau").contains(fileName);
	}

	@Override
	protected Map<String, String> settingsProvedByTheFamily() {
		String test = "SequenceTrainerTest#theAutomatonTestLengthAndCountChangeTheExtractedAutomatonsAccuracy";
		return Map.of("SequenceTask.automatonTestLength", test, "SequenceTask.automatonTestStrings", test);
	}

	@Override
	protected Map<String, Double> exactTheoryTolerances() {
		// gradient descent at eta = 0.02 is the forward Euler discretisation of the reduced ODEs' flow: O(eta) apart
		// (measured 0.0277 for the fixed point, where h2 moves by eta x 10 = 0.2 per step)
		return Map.of("rnn-interaction.plateau", 0.04, "rnn-interaction-mean.plateau", 0.02);
	}
}
