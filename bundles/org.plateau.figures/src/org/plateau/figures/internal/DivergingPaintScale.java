package org.plateau.figures.internal;

import java.awt.Color;

import org.jfree.chart.renderer.PaintScale;

/**
 * Blue-white-red, symmetric around 0: {@code -limit} is blue, {@code 0} white, {@code +limit} red; values beyond
 * the limit take the end colours, non-finite values grey. Stops from ColorBrewer RdBu, with pure white at 0.
 */
final class DivergingPaintScale implements PaintScale {

	static final Color NEGATIVE = new Color(33, 102, 172);
	static final Color ZERO = Color.WHITE;
	static final Color POSITIVE = new Color(178, 24, 43);
	static final Color NOT_FINITE = new Color(190, 190, 190);

	/** Colours at -1, -0.5, 0, 0.5, 1 of the limit. */
	private static final Color[] STOPS = { NEGATIVE, new Color(103, 169, 207), ZERO, new Color(239, 138, 98),
			POSITIVE };

	private final double limit;

	/** A scale over {@code [-limit, limit]}; a limit that is not positive and finite becomes 1. */
	DivergingPaintScale(double limit) {
		this.limit = limit > 0 && Double.isFinite(limit) ? limit : 1;
	}

	/** {@code max} rounded up to two significant digits (1.519 → 1.6), so that the colour bar's ticks are round. */
	static double roundedLimit(double max) {
		if (!(max > 0) || !Double.isFinite(max)) {
			return 1;
		}
		double unit = Math.pow(10, Math.floor(Math.log10(max)) - 1);
		return Math.ceil(max / unit - 1e-9) * unit;
	}

	@Override
	public double getLowerBound() {
		return -limit;
	}

	@Override
	public double getUpperBound() {
		return limit;
	}

	@Override
	public Color getPaint(double value) {
		if (!Double.isFinite(value)) {
			return NOT_FINITE;
		}
		double u = Math.max(-1, Math.min(1, value / limit)); // in [-1, 1]
		double position = (u + 1) * 2; // in [0, 4], one unit per interval between stops
		int i = Math.min(3, (int) Math.floor(position));
		return mix(STOPS[i], STOPS[i + 1], position - i);
	}

	private static Color mix(Color a, Color b, double t) {
		return new Color(channel(a.getRed(), b.getRed(), t), channel(a.getGreen(), b.getGreen(), t),
				channel(a.getBlue(), b.getBlue(), t));
	}

	private static int channel(int a, int b, double t) {
		return (int) Math.round(a + (b - a) * t);
	}
}
