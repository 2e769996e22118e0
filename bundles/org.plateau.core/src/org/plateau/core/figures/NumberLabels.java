package org.plateau.core.figures;

import java.util.Locale;

/** Numbers as figures label them (ticks, colour scales, column titles), the same in every renderer. */
public final class NumberLabels {

	private static final String SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

	private NumberLabels() {
	}

	/** A number for a label: few digits, no trailing noise ({@code 0.25}, {@code 1.2e-05}, {@code 300}). */
	public static String format(double value) {
		if (value == 0) {
			return "0";
		}
		if (!Double.isFinite(value)) {
			return Double.toString(value);
		}
		double magnitude = Math.abs(value);
		String text = magnitude >= 1e-3 && magnitude < 1e5 ? String.format(Locale.ROOT, "%.4g", value)
				: String.format(Locale.ROOT, "%.2e", value);
		if (text.contains("e")) {
			String[] parts = text.split("e");
			return stripZeros(parts[0]) + "e" + parts[1];
		}
		return stripZeros(text);
	}

	/**
	 * A setting's value as a table or legend writes it: six significant digits, plain from 1e-4 to below 1e6
	 * ({@code 0.0005}, {@code 1250}), else in e-notation ({@code 7.14286e-06}); never {@code 5.0E-4}. It reads back as
	 * a number.
	 */
	public static String sixDigits(double value) {
		if (value == 0) {
			return "0";
		}
		if (!Double.isFinite(value)) {
			return Double.toString(value);
		}
		String text = String.format(Locale.ROOT, "%.6g", value);
		double magnitude = Math.abs(value);
		if (magnitude >= 1e-4 && magnitude < 1e6) {
			return new java.math.BigDecimal(text).stripTrailingZeros().toPlainString();
		}
		String[] parts = text.split("e");
		return stripZeros(parts[0]) + "e" + parts[1];
	}

	/**
	 * A tick of an axis: plain from 1e-3 to below 1e4 ({@code 0.01}, {@code 300}), else a power of ten in superscript
	 * digits ({@code 10⁻⁹}, {@code 5×10⁻¹⁰}, {@code 1.5×10⁴}), never {@code 0.0000000005}.
	 */
	public static String scientific(double value) {
		double magnitude = Math.abs(value);
		if (value == 0 || !Double.isFinite(value) || magnitude >= 1e-3 && magnitude < 1e4) {
			return format(value);
		}
		int exponent = (int) Math.floor(Math.log10(magnitude));
		String mantissa = String.format(Locale.ROOT, "%.2g", value / Math.pow(10, exponent));
		if (mantissa.startsWith("10") || mantissa.startsWith("-10")) {
			// 9.999 rounds up to the next decade
			exponent++;
			mantissa = value < 0 ? "-1" : "1";
		}
		mantissa = stripZeros(mantissa);
		String power = "10" + superscript(Integer.toString(exponent));
		return mantissa.equals("1") ? power : mantissa.equals("-1") ? "\u2212" + power : mantissa + "\u00D7" + power;
	}

	/** Digits and signs in superscript characters ({@code -4.5} → {@code ⁻⁴.⁵}); other characters stay as they are. */
	public static String superscript(String text) {
		StringBuilder raised = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			if (c >= '0' && c <= '9') {
				raised.append(SUPERSCRIPT_DIGITS.charAt(c - '0'));
			} else if (c == '-' || c == '\u2212') {
				raised.append('\u207B');
			} else {
				raised.append(c);
			}
		}
		return raised.toString();
	}

	private static String stripZeros(String decimal) {
		if (!decimal.contains(".")) {
			return decimal;
		}
		String stripped = decimal.replaceAll("0+$", "");
		return stripped.endsWith(".") ? stripped.substring(0, stripped.length() - 1) : stripped;
	}
}
