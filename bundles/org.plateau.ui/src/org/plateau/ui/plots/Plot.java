package org.plateau.ui.plots;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

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

	/** Shows all the data again after zooming. */
	default void resetZoom() {
	}

	/** Releases resources (the control is disposed by the view). */
	default void dispose() {
	}
}
