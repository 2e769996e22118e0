package org.plateau.ui.plots;

import java.util.Objects;

import org.eclipse.swt.graphics.RGB;

/**
 * One line of a {@link CurvesPlot}: a series of values against training time, with every recorded point (the plot
 * thins what it draws, the CSV export keeps all). The arrays are not copied: do not change them after creating the
 * curve.
 *
 * @param run the run's label
 * @param series the series label in the legend, e.g. the metric's label {@code "a_1"} (with the run's label when
 *        runs are compared)
 * @param source {@code "simulation"}, the id of the theory prediction that computed the values, or
 *        {@link #STANDARD_ERROR} for the edges of a band of one standard error around a mean over seeds
 * @param steps the training step of each point
 * @param times the plotted time of each point ({@code step · timeScale})
 * @param values the value of each point
 * @param colour the line's colour
 * @param dashed whether the line is dashed (theory) rather than solid (simulation)
 */
public record Curve(String run, String series, String source, long[] steps, double[] times, double[] values,
		RGB colour, boolean dashed) {

	/** The {@link #source()} of a simulated curve. */
	public static final String SIMULATION = "simulation";

	/**
	 * The {@link #source()} of an edge of the band mean ± one standard error around the mean of several seeds' simulated
	 * curves; drawn thin, in the mean's colour, and not named in the legend.
	 */
	public static final String STANDARD_ERROR = "standard error";

	public Curve {
		Objects.requireNonNull(run, "run");
		Objects.requireNonNull(series, "series");
		Objects.requireNonNull(source, "source");
		Objects.requireNonNull(colour, "colour");
		if (steps.length != times.length || times.length != values.length) {
			throw new IllegalArgumentException("Curve '" + series + "' has " + steps.length + " steps, " + times.length
					+ " times and " + values.length + " values");
		}
	}

	/** The number of points. */
	public int size() {
		return values.length;
	}

	/** Whether this is an edge of a standard-error band around a mean of seeds. */
	public boolean isStandardErrorBand() {
		return STANDARD_ERROR.equals(source);
	}

	/** Whether this is a simulated curve (not a theory prediction). */
	public boolean isSimulation() {
		return SIMULATION.equals(source);
	}
}
