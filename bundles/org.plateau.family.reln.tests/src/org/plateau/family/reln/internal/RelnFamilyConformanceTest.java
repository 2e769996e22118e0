package org.plateau.family.reln.internal;

import java.util.Map;

import org.plateau.core.family.ModelFamily;
import org.plateau.core.testkit.ModelFamilyConformanceTest;

/** The family conformance kit applied to the ReLU-equivalent family and its examples. */
class RelnFamilyConformanceTest extends ModelFamilyConformanceTest {

	@Override
	protected ModelFamily family() {
		return new RelnFamily();
	}

	@Override
	protected Map<String, Double> exactTheoryTolerances() {
		// lr = 0.001 on the SUM loss: forward Euler lags the common pathway's flow by O(lr)
		return Map.of("reln-pathway.plateau", 0.02);
	}
}
