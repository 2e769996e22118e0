package org.plateau.core.run;

import java.util.Map;

import org.plateau.core.family.ModelFamily;
import org.plateau.core.testkit.FakeFamily;
import org.plateau.core.testkit.ModelFamilyConformanceTest;

/** The kit's own family passes the kit: the contract can be met. */
class FakeFamilyConformanceTest extends ModelFamilyConformanceTest {

	@Override
	protected ModelFamily family() {
		return new FakeFamily();
	}

	@Override
	protected Map<String, Double> exactTheoryTolerances() {
		// (1 - eta)^t by Math.pow against t products: rounding only
		return Map.of("relax-up.plateau", 1e-12, "relax-down.plateau", 1e-12);
	}
}
