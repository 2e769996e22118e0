package __ID__.internal;

import java.util.Map;

import org.plateau.core.family.ModelFamily;
import org.plateau.core.testkit.ModelFamilyConformanceTest;

/**
 * The family API's contract, checked by Plateau's conformance kit: every example loads, validates, runs headless and
 * deterministically, its theory matches its simulation, the step allocates nothing, cancellation and divergence stop
 * a run with its records, and every setting changes the run or is refused by name.
 */
class __CLASS__FamilyConformanceTest extends ModelFamilyConformanceTest {

	@Override
	protected ModelFamily family() {
		return new __CLASS__Family();
	}

	/** The exact solution is exact for the discrete steps: it matches to rounding. */
	@Override
	protected Map<String, Double> exactTheoryTolerances() {
		return Map.of("__NAME__-regression.plateau", 1e-9);
	}
}
