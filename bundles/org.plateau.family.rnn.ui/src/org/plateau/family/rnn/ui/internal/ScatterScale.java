package org.plateau.family.rnn.ui.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The linear map of a scatter plot from data (x, y) to pixels in a rectangle, with the same data units per pixel on both
 * axes (principal components are lengths in one space: a round cluster must look round, and a cluster of a spread of
 * 0.01 must look small beside one of 2). The axis that binds has the data's range (finite values only) widened by 5%
 * on each side so that no point sits on the frame; the other is widened around its centre to the same scale. A range
 * of one value counts as a unit interval around it. Pixel y grows downwards.
 *
 * @param xMin data x at the left edge
 * @param xMax data x at the right edge
 * @param yMin data y at the bottom edge
 * @param yMax data y at the top edge
 * @param left the rectangle's left, pixels
 * @param top its top
 * @param right its right
 * @param bottom its bottom
 */
public record ScatterScale(double xMin, double xMax, double yMin, double yMax, double left, double top, double right,
		double bottom) {

	/** The fraction of the data's range kept free on each side. */
	public static final double PADDING = 0.05;

	/** The scale that shows every finite point of {@code xs, ys} inside the rectangle. */
	public static ScatterScale fit(double[] xs, double[] ys, double left, double top, double right, double bottom) {
		double[] x = range(xs);
		double[] y = range(ys);
		double perPixel = Math.max((x[1] - x[0]) / (right - left), (y[1] - y[0]) / (bottom - top));
		double xHalf = perPixel * (right - left) / 2;
		double yHalf = perPixel * (bottom - top) / 2;
		double xMid = (x[0] + x[1]) / 2;
		double yMid = (y[0] + y[1]) / 2;
		return new ScatterScale(xMid - xHalf, xMid + xHalf, yMid - yHalf, yMid + yHalf, left, top, right, bottom);
	}

	private static double[] range(double[] values) {
		double lo = Double.POSITIVE_INFINITY;
		double hi = Double.NEGATIVE_INFINITY;
		for (double v : values) {
			if (Double.isFinite(v)) {
				lo = Math.min(lo, v);
				hi = Math.max(hi, v);
			}
		}
		if (lo > hi) {
			return new double[] { -1, 1 };
		}
		if (hi - lo < 1e-12 * Math.max(1, Math.abs(lo))) {
			return new double[] { lo - 0.5, hi + 0.5 };
		}
		double pad = (hi - lo) * PADDING;
		return new double[] { lo - pad, hi + pad };
	}

	/** The pixel column of data x. */
	public double px(double x) {
		return left + (x - xMin) / (xMax - xMin) * (right - left);
	}

	/** The pixel row of data y (up is larger y). */
	public double py(double y) {
		return bottom - (y - yMin) / (yMax - yMin) * (bottom - top);
	}

	/** Round tick values (1, 2 or 5 times a power of ten apart) over {@code [lower, upper]}, about {@code count}. */
	public static List<Double> ticks(double lower, double upper, int count) {
		List<Double> ticks = new ArrayList<>();
		if (!(upper > lower) || !Double.isFinite(lower) || !Double.isFinite(upper)) {
			return ticks;
		}
		double raw = (upper - lower) / Math.max(1, count);
		double power = Math.pow(10, Math.floor(Math.log10(raw)));
		double step = raw / power < 1.5 ? power : raw / power < 3.5 ? 2 * power : raw / power < 7.5 ? 5 * power : 10 * power;
		for (long k = (long) Math.ceil(lower / step); k * step <= upper + step * 1e-9; k++) {
			ticks.add(k * step);
		}
		return ticks;
	}

	/** A tick's label: as few digits as tell the ticks apart. */
	public static String label(double value, double step) {
		if (Math.abs(value) < step * 1e-6) {
			return "0";
		}
		int decimals = Math.max(0, (int) Math.ceil(-Math.log10(step) - 1e-9));
		return String.format(java.util.Locale.ROOT, "%." + decimals + "f", value);
	}
}
