package org.plateau.core.figures;

import java.util.Objects;

/**
 * A figure of a value over two parameters, a heatmap, e.g. the final loss of a sweep over the learning rate and the
 * initial scale. Built by the sweep runner for a grid over two axes; drawn by every {@link FigureRenderer} that knows
 * it.
 *
 * @param id stable identifier, used as figure file name
 * @param title plot title
 * @param subtitle one line under the title; may be empty
 * @param xLabel label of the first parameter (columns)
 * @param yLabel label of the second parameter (rows)
 * @param valueLabel label of the colour scale
 * @param x the first parameter's values, increasing
 * @param y the second parameter's values, increasing
 * @param values {@code values[j][i]} at {@code (x[i], y[j])}; NaN where no point completed
 * @param logX whether the first parameter is spaced logarithmically
 * @param logY whether the second parameter is spaced logarithmically
 */
public record ParameterMap(String id, String title, String subtitle, String xLabel, String yLabel, String valueLabel,
		double[] x, double[] y, double[][] values, boolean logX, boolean logY) {

	public ParameterMap {
		Objects.requireNonNull(id, "id");
		subtitle = subtitle == null ? "" : subtitle;
		if (values.length != y.length) {
			throw new IllegalArgumentException(values.length + " rows of values for " + y.length + " y values");
		}
		for (double[] row : values) {
			if (row.length != x.length) {
				throw new IllegalArgumentException(row.length + " values in a row for " + x.length + " x values");
			}
		}
	}
}
