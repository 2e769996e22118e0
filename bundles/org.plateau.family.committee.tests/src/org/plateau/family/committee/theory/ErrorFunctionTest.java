package org.plateau.family.committee.theory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.hipparchus.special.Erf;
import org.junit.jupiter.api.Test;

/** The allocation-free erf of the SGD step against Hipparchus's, across the series, the continued fraction and the tail. */
class ErrorFunctionTest {

	@Test
	void agreesWithHipparchusToRounding() {
		for (double x = -8; x <= 8; x += 0.001) {
			double expected = Erf.erf(x);
			assertEquals(expected, ErrorFunction.erf(x), 2e-15 + 2e-15 * Math.abs(expected), "erf(" + x + ")");
		}
		assertEquals(0, ErrorFunction.erf(0));
		assertEquals(1, ErrorFunction.erf(Double.POSITIVE_INFINITY));
		assertEquals(-1, ErrorFunction.erf(Double.NEGATIVE_INFINITY));
	}

	@Test
	void smallArgumentsKeepTheirRelativePrecision() {
		// erf(x) = (2/sqrt pi)(x - x^3/3 + ...): the quintic term x^4/10 is below rounding for x < 1e-4
		for (double x = 1e-300; x < 1e-4; x *= 10) {
			assertEquals(2 / Math.sqrt(Math.PI) * x * (1 - x * x / 3), ErrorFunction.erf(x), 1e-15 * x);
		}
	}
}
