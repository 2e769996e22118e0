package org.plateau.core.family;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A standard plot of a family, declared as data so that every renderer (the workbench's SWTChart views, the
 * headless figure writer) draws it the same way without knowing the family. Its {@link #kind()} names what draws it:
 * the kinds below are drawn by the bundled renderers, and any bundle may contribute a renderer of a kind of its own
 * ({@code org.plateau.figures.FigureKind} headless, the {@code org.plateau.ui.plotKinds} extension point in the
 * workbench). A renderer that does not know a kind leaves its plot out.
 *
 * @param id stable identifier, used as figure file name
 * @param title plot title
 * @param kind what draws it, e.g. {@link #CURVES}
 * @param xLabel label of the time axis, e.g. {@code "t/τ"}
 * @param timeScale factor from steps to the plotted time, e.g. the learning rate for {@code t/τ = η·step}
 * @param yLabel label of the value axis (for matrices: the colour scale)
 * @param logY whether the value axis is logarithmic
 * @param metricIds metrics drawn (curves, bars)
 * @param matrixName matrix drawn (matrices, images, state graphs), otherwise {@code null}
 * @param options what a kind needs besides, e.g. {@code imageRows} for images; names and values are the kind's
 */
public record PlotDescriptor(String id, String title, String kind, String xLabel, double timeScale, String yLabel,
		boolean logY, List<String> metricIds, String matrixName, Map<String, String> options) {

	/** Metrics against time, theory over simulation. */
	public static final String CURVES = "curves";
	/** Snapshots of a matrix at recorded steps as heatmaps, simulation above theory. */
	public static final String MATRICES = "matrices";
	/**
	 * Each row of a matrix as an image at every snapshot step, e.g. the receptive fields of K neurons over time: option
	 * {@code imageRows} reshapes a row of length D into imageRows x (D / imageRows) pixels (default: a square when D is
	 * one, else one line).
	 */
	public static final String IMAGES = "images";
	/**
	 * An automaton drawn as a graph of states and transitions, from the last snapshot of a matrix whose entry (s, a) is
	 * the state reached from s on symbol a (negative or NaN: none); options {@code symbols} and {@code states} name
	 * them (comma-separated).
	 */
	public static final String STATE_GRAPH = "state-graph";
	/** The metrics' values at the last recorded step as bars, simulation beside each theory. */
	public static final String BARS = "bars";

	public PlotDescriptor {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(kind, "kind");
		metricIds = List.copyOf(metricIds);
		options = options == null ? Map.of() : Map.copyOf(options);
		if ((kind.equals(MATRICES) || kind.equals(IMAGES) || kind.equals(STATE_GRAPH)) && matrixName == null) {
			throw new IllegalArgumentException("a " + kind + " plot names its matrix");
		}
		if (!(timeScale > 0)) {
			throw new IllegalArgumentException("timeScale must be positive, was " + timeScale);
		}
	}

	/** An option of the plot, or the fallback. */
	public String option(String name, String fallback) {
		return options.getOrDefault(name, fallback);
	}

	/** A curves plot of the given metrics against {@code t/τ = timeScale·step}. */
	public static PlotDescriptor curves(String id, String title, String xLabel, double timeScale, String yLabel,
			boolean logY, List<String> metricIds) {
		return new PlotDescriptor(id, title, CURVES, xLabel, timeScale, yLabel, logY, metricIds, null, Map.of());
	}

	/** A plot of the snapshots of one matrix. */
	public static PlotDescriptor matrices(String id, String title, String xLabel, double timeScale, String matrixName) {
		return new PlotDescriptor(id, title, MATRICES, xLabel, timeScale, "value", false, List.of(), matrixName, Map.of());
	}

	/**
	 * The rows of a matrix as images at every snapshot step, e.g. receptive fields.
	 *
	 * @param imageRows the height of each image (a row of length D becomes imageRows x D/imageRows pixels); 0 for the
	 *            default
	 */
	public static PlotDescriptor images(String id, String title, String xLabel, double timeScale, String matrixName,
			int imageRows) {
		return new PlotDescriptor(id, title, IMAGES, xLabel, timeScale, "value", false, List.of(), matrixName,
				imageRows > 0 ? Map.of("imageRows", Integer.toString(imageRows)) : Map.of());
	}

	/**
	 * An automaton from the last snapshot of its transition matrix.
	 *
	 * @param symbols the input symbols, one per column, e.g. {@code ["0", "1"]}
	 */
	public static PlotDescriptor stateGraph(String id, String title, String matrixName, List<String> symbols) {
		return new PlotDescriptor(id, title, STATE_GRAPH, "step", 1, "", false, List.of(), matrixName,
				Map.of("symbols", String.join(",", symbols)));
	}

	/** The metrics at the last recorded step as bars, e.g. how many units serve 1, 2, ... contexts. */
	public static PlotDescriptor bars(String id, String title, String yLabel, List<String> metricIds) {
		return new PlotDescriptor(id, title, BARS, "", 1, yLabel, false, metricIds, null, Map.of());
	}
}
