package org.plateau.ui.internal.plots;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.graphics.RGB;
import org.plateau.core.figures.NumberLabels;

/** Numbers, ticks and SVG text shared by the plots (the figures bundle's conventions, without AWT). */
public final class PlotFormat {

	private PlotFormat() {
	}

	/** A number for a label: few digits, no trailing noise ({@code 0.25}, {@code 1.2e-05}, {@code 300}). */
	public static String format(double value) {
		return NumberLabels.format(value);
	}

	/** A tick label: plain from 1e-3 to below 1e4, else a power of ten ({@code 10⁻⁹}, {@code 5×10⁻¹⁰}). */
	public static String tick(double value) {
		return NumberLabels.scientific(value);
	}

	/** Round tick values inside {@code [lower, upper]}: about {@code count} of them at 1, 2 or 5 times a power of ten. */
	public static List<Double> linearTicks(double lower, double upper, int count) {
		List<Double> ticks = new ArrayList<>();
		if (!(upper > lower) || !Double.isFinite(lower) || !Double.isFinite(upper)) {
			return ticks;
		}
		double raw = (upper - lower) / Math.max(1, count);
		double power = Math.pow(10, Math.floor(Math.log10(raw)));
		double step = raw / power < 1.5 ? power : raw / power < 3.5 ? 2 * power : raw / power < 7.5 ? 5 * power : 10 * power;
		for (double t = Math.ceil(lower / step) * step; t <= upper + step * 1e-9; t += step) {
			// snap values like 0.30000000000000004 and -0.0
			ticks.add(Math.abs(t) < step * 1e-9 ? 0 : Double.parseDouble(format(t)));
		}
		return ticks;
	}

	/** Ticks of a logarithmic axis over {@code [lower, upper]} (positive): whole decades, or round values within one. */
	public static List<Double> logTicks(double lower, double upper) {
		List<Double> ticks = new ArrayList<>();
		if (!(lower > 0) || !(upper > lower)) {
			return ticks;
		}
		int first = (int) Math.ceil(Math.log10(lower) - 1e-9);
		int last = (int) Math.floor(Math.log10(upper) + 1e-9);
		if (last - first >= 1) {
			int stride = Math.max(1, (last - first + 1) / 8);
			// few decades: 1, 2, 5 of each
			double[] mantissas = last - first <= 2 ? new double[] { 1, 2, 5 } : new double[] { 1 };
			for (int e = first - 1; e <= last; e += stride) {
				for (double mantissa : mantissas) {
					double tick = mantissa * Math.pow(10, e);
					if (tick >= lower * (1 - 1e-9) && tick <= upper * (1 + 1e-9)) {
						ticks.add(tick);
					}
				}
			}
			return ticks;
		}
		return linearTicks(lower, upper, 5).stream().filter(t -> t > 0).toList();
	}

	/** Text for XML content and attributes. */
	public static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			switch (c) {
			case '<' -> out.append("&lt;");
			case '>' -> out.append("&gt;");
			case '&' -> out.append("&amp;");
			case '"' -> out.append("&quot;");
			default -> out.append(c);
			}
		}
		return out.toString();
	}

	/** An SVG colour, {@code #rrggbb}. */
	public static String svg(RGB rgb) {
		return String.format(Locale.ROOT, "#%02x%02x%02x", rgb.red, rgb.green, rgb.blue);
	}

	/** A coordinate in SVG, two decimals. */
	public static String num(double value) {
		return String.format(Locale.ROOT, "%.2f", value);
	}

	/** A file name made of the characters that every file system accepts. */
	public static String fileName(String text) {
		return text.replaceAll("[^A-Za-z0-9._-]+", "_");
	}
}
