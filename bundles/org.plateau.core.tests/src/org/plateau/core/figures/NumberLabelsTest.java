package org.plateau.core.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Numbers in labels: short, without rounding noise, and powers of ten in superscript on logarithmic axes. */
class NumberLabelsTest {

	@Test
	void plainNumbersHaveFewDigitsAndNoNoise() {
		assertEquals("0.25", NumberLabels.format(0.25));
		assertEquals("0.3", NumberLabels.format(0.30000000000000004));
		assertEquals("300", NumberLabels.format(300));
		assertEquals("7.14e-06", NumberLabels.format(7.142857142857143E-6));
	}

	@Test
	void logTicksArePowersOfTenOutsideTheReadableRange() {
		assertEquals("10⁻⁹", NumberLabels.scientific(1e-9));
		assertEquals("5×10⁻¹⁰", NumberLabels.scientific(5e-10));
		assertEquals("2.5×10⁻⁴", NumberLabels.scientific(2.5e-4));
		// 9.999e-6 rounds to the next decade, not to "10×10⁻⁶"
		assertEquals("10⁻⁵", NumberLabels.scientific(9.999e-6));
		assertEquals("3×10⁵", NumberLabels.scientific(3e5));
		assertEquals("\u221210⁻⁷", NumberLabels.scientific(-1e-7));
		assertEquals("0.001", NumberLabels.scientific(1e-3));
		assertEquals("0.25", NumberLabels.scientific(0.25));
		assertEquals("300", NumberLabels.scientific(300));
		assertEquals("1.5×10⁴", NumberLabels.scientific(15000));
		assertEquals("0", NumberLabels.scientific(0));
		assertEquals("NaN", NumberLabels.scientific(Double.NaN));
	}

	@Test
	void superscriptRaisesDigitsAndSigns() {
		assertEquals("⁻⁴⁵⁶⁷⁸⁹.⁵", NumberLabels.superscript("-456789.5"));
		assertEquals("¹²", NumberLabels.superscript("12"));
	}

	@Test
	void settingsAreWrittenToSixDigitsAndReadBackAsNumbers() {
		assertEquals("0.0005", NumberLabels.sixDigits(5e-4), "not 5.0E-4");
		assertEquals("7.14286e-06", NumberLabels.sixDigits(7.142857142857143E-6));
		assertEquals("1250", NumberLabels.sixDigits(1250.0));
		assertEquals("-100", NumberLabels.sixDigits(-100));
		assertEquals("0.333333", NumberLabels.sixDigits(1.0 / 3));
		assertEquals("5e-05", NumberLabels.sixDigits(5e-5), "no 5.00000e-05");
		assertEquals("2e+06", NumberLabels.sixDigits(2e6));
		assertEquals("0", NumberLabels.sixDigits(0));
		assertEquals(7.14286e-06, Double.parseDouble(NumberLabels.sixDigits(7.142857142857143E-6)));
	}
}
