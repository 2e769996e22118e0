package org.plateau.core.family;

import java.util.List;
import java.util.Objects;

/**
 * A standard plot of a family, declared as data so that every renderer (the workbench's SWTChart views, the
 * headless figure writer) draws it the same way without knowing the family. A {@link Kind#CURVES} plot draws
 * the simulated series of each listed metric against training time, with the same metric's theory curves drawn
 * over them; a {@link Kind#MATRICES} plot draws the snapshots of one matrix at the recorded steps, simulation
 * above theory.
 *
 * @param id stable identifier, used as figure file name
 * @param title plot title
 * @param kind curves over time or matrix snapshots
 * @param xLabel label of the time axis, e.g. {@code "t/τ"}
 * @param timeScale factor from steps to the plotted time, e.g. the learning rate for {@code t/τ = η·step}
 * @param yLabel label of the value axis (for matrices: the colour scale)
 * @param logY whether the value axis is logarithmic
 * @param metricIds metrics drawn (for {@link Kind#CURVES})
 * @param matrixName matrix drawn (for {@link Kind#MATRICES}), otherwise {@code null}
 */
public record PlotDescriptor(String id, String title, Kind kind, String xLabel, double timeScale, String yLabel,
		boolean logY, List<String> metricIds, String matrixName) {

	/** What a plot shows. */
	public enum Kind {
		/** Metrics against time, theory over simulation. */
		CURVES,
		/** Snapshots of a matrix at recorded steps, simulation beside theory. */
		MATRICES
	}

	public PlotDescriptor {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(kind, "kind");
		metricIds = List.copyOf(metricIds);
		if (kind == Kind.MATRICES) {
			Objects.requireNonNull(matrixName, "matrixName of a matrix plot");
		}
		if (!(timeScale > 0)) {
			throw new IllegalArgumentException("timeScale must be positive, was " + timeScale);
		}
	}

	/** A curves plot of the given metrics against {@code t/τ = timeScale·step}. */
	public static PlotDescriptor curves(String id, String title, String xLabel, double timeScale, String yLabel,
			boolean logY, List<String> metricIds) {
		return new PlotDescriptor(id, title, Kind.CURVES, xLabel, timeScale, yLabel, logY, metricIds, null);
	}

	/** A plot of the snapshots of one matrix. */
	public static PlotDescriptor matrices(String id, String title, String xLabel, double timeScale, String matrixName) {
		return new PlotDescriptor(id, title, Kind.MATRICES, xLabel, timeScale, "value", false, List.of(), matrixName);
	}
}
