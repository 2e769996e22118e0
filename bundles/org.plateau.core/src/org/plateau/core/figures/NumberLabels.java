package org.plateau.core.figures;

import java.util.Locale;

/** Numbers as figures label them (ticks, colour scales, column titles), the same in every renderer. */
public final class NumberLabels {

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

	private static String stripZeros(String decimal) {
		if (!decimal.contains(".")) {
			return decimal;
		}
		String stripped = decimal.replaceAll("0+$", "");
		return stripped.endsWith(".") ? stripped.substring(0, stripped.length() - 1) : stripped;
	}
}
