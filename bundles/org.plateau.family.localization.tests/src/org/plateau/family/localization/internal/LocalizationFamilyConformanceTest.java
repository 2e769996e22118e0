package org.plateau.family.localization.internal;

import java.util.Map;
import java.util.Set;

import org.plateau.core.family.ModelFamily;
import org.plateau.core.testkit.ModelFamilyConformanceTest;

/**
 * The family conformance kit applied to the localization family and its examples. The paper-sized runs take 2000 to
 * 5000 steps of 10^4 images; the kit runs them for at most {@link #longestExampleRun()} steps, and
 * {@link SingleNeuronLocalisationTest} runs the paper's configurations in full.
 */
class LocalizationFamilyConformanceTest extends ModelFamilyConformanceTest {

	@Override
	protected ModelFamily family() {
		return new LocalizationFamily();
	}

	@Override
	protected long longestExampleRun() {
		return 60;
	}

	/**
	 * Every setting is checked on the examples that together hold every class and attribute of the family's package:
	 * NLGP (gain), NORTA (marginal, tail exponent), Ising (couplings), the ten sigmoid neurons (activation, neurons).
	 */
	@Override
	protected boolean checksEverySettingOf(String fileName) {
		return Set.of("localization-nlgp.plateau", "localization-alg5.plateau", "localization-ising.plateau",
				"localization-sigmoid-10.plateau").contains(fileName);
	}

	@Override
	protected Map<String, String> settingsProvedByTheFamily() {
		return Map.of();
	}

	@Override
	protected Map<String, Double> exactTheoryTolerances() {
		// the expected-gradient flow against SGD on batches of 10^4: the batch noise moves the IPR by a few per cent, and the
		// centre of a spread-out field (measured 0.100 of its range) more
		return Map.of("localization-gaussian-exact.plateau", 0.15);
	}
}
