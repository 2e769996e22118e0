package org.plateau.ui.plots;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.swt.widgets.Control;

/**
 * One plot in a tab of the Plots view, created by a {@link PlotKind}. Used on the UI thread only.
 */
public interface Plot {

	/** The control that draws the plot. */
	Control control();

	/**
	 * Draws runs: one, or several overlaid to compare them. Called again whenever their data grow (throttled by the
	 * view, a few times a second at most), so it should update in place rather than rebuild.
	 *
	 * @param runs the runs in the order the user chose them
	 */
	void show(List<PlottedRun> runs);

	/** Writes what the plot shows as a PNG image. */
	void exportPng(Path file) throws IOException;

	/** Writes what the plot shows as an SVG image. */
	void exportSvg(Path file) throws IOException;

	/**
	 * Writes the data the plot shows as CSV, one row per point: {@code run,series,source,step,time,value}, where
	 * source is {@code simulation} or the id of a theory prediction. For Python: {@code pandas.read_csv}.
	 */
	void exportCsv(Path file) throws IOException;

	/** A way of drawing a plot's data that the Plots view offers as a toggle in its toolbar. */
	enum Option {
		/** A symmetric log value axis: logarithmic on both sides of 0, linear near it (matplotlib's symlog). */
		SYMLOG("Symlog", "Symmetric log value axis: logarithmic on both sides of 0, linear near it"),
		/** A panel under the plot with each simulated curve minus its theory. */
		RESIDUALS("Residuals", "A panel of simulation − theory under the plot"),
		/** Simulated curves smoothed (a moving average), the raw ones faint behind them: for SGD's noise. */
		SMOOTHING("Smooth", "Smooth the simulated curves (a moving average; the raw curves stay faint behind)"),
		/** The time axis ends soon after the dynamics do, instead of at the last record. */
		FIT_TIME("Fit time", "End the time axis soon after the curves settle (double-click the plot to see all again)");

		private final String label;
		private final String description;

		Option(String label, String description) {
			this.label = label;
			this.description = description;
		}

		/** The toggle's text. */
		public String label() {
			return label;
		}

		/** The toggle's tool tip. */
		public String description() {
			return description;
		}
	}

	/** The options this plot offers. */
	default Set<Option> options() {
		return Set.of();
	}

	/** Whether an option is on. */
	default boolean isOn(Option option) {
		return false;
	}

	/** Turns an option on or off (one of {@link #options()}). */
	default void set(Option option, boolean on) {
	}

	/** Whether the value axis can switch between linear and logarithmic. */
	default boolean supportsLogScale() {
		return false;
	}

	/** Switches the value axis between linear and logarithmic (when {@link #supportsLogScale()}). */
	default void setLogScale(boolean log) {
	}

	/** Whether the value axis is logarithmic now. */
	default boolean isLogScale() {
		return false;
	}

	/**
	 * Puts the time cursor at a training step, as the Plots view's scrubber moves it: a plot of curves marks the point
	 * of every curve at that step, a plot of snapshots the snapshot shown then (the latest at or before it).
	 *
	 * @param step the step, or a negative number for no cursor
	 */
	default void setTimeCursor(long step) {
	}

	/** Shows all the data again after zooming. */
	default void resetZoom() {
	}

	/** Releases resources (the control is disposed by the view). */
	default void dispose() {
	}
}
