package org.plateau.core.figures;

import java.util.List;
import java.util.Objects;

/**
 * A figure of values against a parameter, e.g. the generalization error of a sweep against alpha = P/N: measured
 * points with error bars, and theory curves through or between them. Built by the sweep runner, drawn by every
 * {@link FigureRenderer}.
 *
 * @param id stable identifier, used as figure file name
 * @param title plot title
 * @param subtitle one line under the title, e.g. the sweep's name; may be empty
 * @param xLabel label of the parameter axis
 * @param yLabel label of the value axis
 * @param logX whether the parameter axis is logarithmic
 * @param logY whether the value axis is logarithmic
 * @param series what is drawn, in drawing and legend order
 */
public record ParameterPlot(String id, String title, String subtitle, String xLabel, String yLabel, boolean logX,
		boolean logY, List<ParameterPlot.Series> series) {

	/** How a series is drawn. */
	public enum Style {
		/** Markers at the points, with vertical error bars where an error is given: measurements. */
		POINTS,
		/** A line through the points: a theory. */
		LINE
	}

	/**
	 * One series.
	 *
	 * @param label legend entry
	 * @param style points or line
	 * @param colour index into the renderer's palette, so that a measurement and its theory share a colour
	 * @param dash index of the line's dash pattern (0 solid-looking, then the theory dashes)
	 * @param x parameter values
	 * @param y values, same length; non-finite values are not drawn
	 * @param error half-widths of the error bars, same length, or {@code null}
	 */
	public record Series(String label, Style style, int colour, int dash, double[] x, double[] y, double[] error) {

		public Series {
			Objects.requireNonNull(label, "label");
			Objects.requireNonNull(style, "style");
			if (x.length != y.length || error != null && error.length != x.length) {
				throw new IllegalArgumentException("series '" + label + "': " + x.length + " x values, " + y.length
						+ " y values" + (error == null ? "" : ", " + error.length + " errors"));
			}
		}
	}

	public ParameterPlot {
		Objects.requireNonNull(id, "id");
		subtitle = subtitle == null ? "" : subtitle;
		series = List.copyOf(series);
	}
}
