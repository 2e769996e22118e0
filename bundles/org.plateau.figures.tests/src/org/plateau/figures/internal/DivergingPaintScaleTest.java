package org.plateau.figures.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;

import org.junit.jupiter.api.Test;

class DivergingPaintScaleTest {

	private final DivergingPaintScale scale = new DivergingPaintScale(2);

	@Test
	void isSymmetricAroundZero() {
		assertEquals(-2, scale.getLowerBound());
		assertEquals(2, scale.getUpperBound());
		assertEquals(Color.WHITE, scale.getPaint(0));
		assertEquals(DivergingPaintScale.POSITIVE, scale.getPaint(2));
		assertEquals(DivergingPaintScale.NEGATIVE, scale.getPaint(-2));
	}

	@Test
	void clampsBeyondTheLimitAndGreysOutNonFiniteValues() {
		assertEquals(DivergingPaintScale.POSITIVE, scale.getPaint(7));
		assertEquals(DivergingPaintScale.NEGATIVE, scale.getPaint(-7));
		assertEquals(DivergingPaintScale.NOT_FINITE, scale.getPaint(Double.NaN));
		assertEquals(DivergingPaintScale.NOT_FINITE, scale.getPaint(Double.POSITIVE_INFINITY));
	}

	@Test
	void interpolatesBetweenStops() {
		// half way between white (0) and the stop at 0.5·limit = (239, 138, 98)
		assertEquals(new Color(247, 197, 177), scale.getPaint(0.5));
		// on the blue side, smaller magnitudes are paler: the red channel rises towards white
		assertTrue(scale.getPaint(-0.2).getRed() > scale.getPaint(-1.5).getRed());
	}

	@Test
	void limitIsRoundedUpToTwoSignificantDigits() {
		assertEquals(1.6, DivergingPaintScale.roundedLimit(1.519), 1e-12);
		assertEquals(0.024, DivergingPaintScale.roundedLimit(0.0234), 1e-12);
		assertEquals(2, DivergingPaintScale.roundedLimit(2), 1e-12);
		assertEquals(120, DivergingPaintScale.roundedLimit(117.2), 1e-9);
		assertEquals(1, DivergingPaintScale.roundedLimit(0));
		assertEquals(1, new DivergingPaintScale(0).getUpperBound());
	}
}
