package org.plateau.core.family;

import java.util.ArrayList;
import java.util.HashMap;
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

	/**
	 * Metrics against time, theory over simulation. Option {@code logX}: {@code "true"} draws time on a log axis (the
	 * plateaus of online learning, whose escape times spread over decades), leaving out step 0; the headless figures
	 * honour it, the workbench's Plots view does not yet.
	 */
	public static final String CURVES = "curves";
	/** Snapshots of a matrix at recorded steps as heatmaps, simulation above theory. */
	public static final String MATRICES = "matrices";
	/**
	 * Each row of a matrix as an image at every snapshot step, e.g. the receptive fields of K neurons over time: option
	 * {@code imageRows} reshapes a row of length D into imageRows x (D / imageRows) pixels (default: a square when D is
	 * one, else one line); option {@code theory} draws that prediction only (default: every prediction of the matrix);
	 * {@code maxImages} (default {@link #DEFAULT_MAX_IMAGES}) rows are drawn, {@code perLine} to a line (wrapping: a grid of many neurons), and
	 * {@code lastOnly} = true draws the last snapshot only.
	 */
	public static final String IMAGES = "images";
	/** The rows an {@link #IMAGES} plot draws unless its option {@code maxImages} says otherwise. */
	public static final int DEFAULT_MAX_IMAGES = 16;
	/**
	 * An automaton drawn as a graph of states and transitions, from the last snapshot of a matrix whose entry (s, a) is
	 * the state reached from s on symbol a (negative or NaN: none); options {@code symbols} and {@code states} name
	 * them (comma-separated).
	 */
	public static final String STATE_GRAPH = "state-graph";
	/** The metrics' values at the last recorded step as bars, simulation beside each theory. */
	public static final String BARS = "bars";
	/**
	 * One row of a matrix against its column index at every snapshot step, coloured from early (light) to late (dark),
	 * the simulation solid and a theory's prediction of the matrix dashed in the same colour: e.g. a receptive field
	 * against pixel over training. Options {@code row} (default 0), {@code indexLabel} (the horizontal axis, default
	 * "index") and {@code theory} (the id of the prediction drawn; default every prediction of the matrix).
	 */
	public static final String PROFILES = "profiles";
	/**
	 * Functions of the experiment's setting against their argument, not time, given with the plot (they do not change
	 * over training): e.g. the localization amplifier phi(a) beside sqrt(2/pi) a, or a pixel marginal's density. Built
	 * by {@link #functions}; read with {@link #functionArguments()} and {@link #functionCurves()}.
	 */
	public static final String FUNCTIONS = "functions";

	/**
	 * One curve of a {@link #FUNCTIONS} plot.
	 *
	 * @param label its legend
	 * @param y its values at the plot's arguments (NaN: no value)
	 * @param dashed drawn dashed: a theory's approximation or a reference, beside the solid curves
	 */
	public record FunctionCurve(String label, double[] y, boolean dashed) {
	}

	public PlotDescriptor {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(kind, "kind");
		metricIds = List.copyOf(metricIds);
		options = options == null ? Map.of() : Map.copyOf(options);
		if ((kind.equals(MATRICES) || kind.equals(IMAGES) || kind.equals(STATE_GRAPH) || kind.equals(PROFILES))
				&& matrixName == null) {
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

	/** This plot with one more option (or another value of it). */
	public PlotDescriptor withOption(String name, String value) {
		Map<String, String> more = new HashMap<>(options);
		more.put(name, value);
		return new PlotDescriptor(id, title, kind, xLabel, timeScale, yLabel, logY, metricIds, matrixName, more);
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
	 * A row of a matrix against its column index over training ({@link #PROFILES}).
	 *
	 * @param xLabel the label of time, e.g. {@code "step"}, in the legend of the snapshots
	 * @param yLabel the value axis, e.g. {@code "w"}
	 * @param indexLabel the horizontal axis, e.g. {@code "pixel"}
	 * @param row the matrix row drawn
	 * @param theoryId the prediction drawn dashed, or {@code null} for every prediction of the matrix
	 */
	public static PlotDescriptor profiles(String id, String title, String xLabel, double timeScale, String yLabel,
			String matrixName, String indexLabel, int row, String theoryId) {
		Map<String, String> options = new HashMap<>();
		options.put("row", Integer.toString(row));
		options.put("indexLabel", indexLabel);
		if (theoryId != null) {
			options.put("theory", theoryId);
		}
		return new PlotDescriptor(id, title, PROFILES, xLabel, timeScale, yLabel, false, List.of(), matrixName, options);
	}

	/**
	 * Functions of the setting against their argument ({@link #FUNCTIONS}); the values travel in the options ({@code x},
	 * and {@code label.i}, {@code y.i}, {@code dashed.i} for curve i), so that the plot stays plain data.
	 *
	 * @param x the arguments, increasing
	 * @param curves the curves, each with a value per argument
	 */
	public static PlotDescriptor functions(String id, String title, String xLabel, String yLabel, double[] x,
			List<FunctionCurve> curves) {
		Map<String, String> options = new HashMap<>();
		options.put("x", join(x));
		for (int i = 0; i < curves.size(); i++) {
			FunctionCurve curve = curves.get(i);
			if (curve.y().length != x.length) {
				throw new IllegalArgumentException("curve '" + curve.label() + "' has " + curve.y().length
						+ " values for " + x.length + " arguments");
			}
			options.put("label." + i, curve.label());
			options.put("y." + i, join(curve.y()));
			options.put("dashed." + i, Boolean.toString(curve.dashed()));
		}
		return new PlotDescriptor(id, title, FUNCTIONS, xLabel, 1, yLabel, false, List.of(), null, options);
	}

	/** The arguments of a {@link #FUNCTIONS} plot (none for another kind). */
	public double[] functionArguments() {
		return split(options.get("x"));
	}

	/** The curves of a {@link #FUNCTIONS} plot, in order (none for another kind). */
	public List<FunctionCurve> functionCurves() {
		List<FunctionCurve> curves = new ArrayList<>();
		for (int i = 0; options.containsKey("y." + i); i++) {
			curves.add(new FunctionCurve(options.getOrDefault("label." + i, "curve " + (i + 1)), split(options.get("y." + i)),
					Boolean.parseBoolean(options.get("dashed." + i))));
		}
		return curves;
	}

	private static String join(double[] values) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < values.length; i++) {
			text.append(i == 0 ? "" : ",").append(values[i]);
		}
		return text.toString();
	}

	private static double[] split(String text) {
		if (text == null || text.isEmpty()) {
			return new double[0];
		}
		String[] parts = text.split(",");
		double[] values = new double[parts.length];
		for (int i = 0; i < parts.length; i++) {
			values[i] = Double.parseDouble(parts[i]);
		}
		return values;
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
