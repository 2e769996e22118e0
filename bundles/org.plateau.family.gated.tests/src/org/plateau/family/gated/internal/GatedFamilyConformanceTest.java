package org.plateau.family.gated.internal;

import java.util.Map;

import org.plateau.core.family.ModelFamily;
import org.plateau.core.testkit.ModelFamilyConformanceTest;

/** The family conformance kit applied to the gated family and its examples. */
class GatedFamilyConformanceTest extends ModelFamilyConformanceTest {

	@Override
	protected ModelFamily family() {
		return new GatedFamily();
	}

	@Override
	protected Map<String, Double> exactTheoryTolerances() {
		// eta = 0.01: forward Euler lags the flow by O(eta); spec C2.3 measures max |sim - theory| = 0.034 on a of s = 2
		return Map.of("race-toy.plateau", 0.05);
	}
}
