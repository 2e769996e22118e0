package org.plateau.core.sweep;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.plateau.core.family.MetricDescriptor;
import org.plateau.core.family.PlotDescriptor;
import org.plateau.core.family.TheoryPrediction;
import org.plateau.core.results.ResultsTable;
import org.plateau.core.run.RunResult;
import org.plateau.core.run.TheoryResult;

/**
 * The summary statistics of one run that a sweep gathers, for every metric the run recorded and every theory
 * that predicted it: the value at the last recorded step ({@code final}), the least value recorded ({@code min}) and
 * the time it was reached ({@code argmin}, in the units of the family's plot of that metric, e.g. t/τ, refined
 * between the records by a parabola through the least value and its neighbours), the half-way time
 * ({@code t_half}: when the metric first crosses the midpoint of its first and last recorded values, interpolated
 * between records; for a mode strength that learns to completion, Saxe et al. (2014)'s t_half where u = s/2), and,
 * for a theory that knows it, the limit as t → ∞ ({@code limit}). Columns are named {@code <metric>.<statistic>} for
 * the simulation and {@code <theory id>:<metric>.<statistic>} for a theory (as {@code theory.csv} names its
 * columns), e.g. {@code E_g.min} and {@code marchenko-pastur:E_g.limit}.
 */
public final class RunStatistics {

	/** The statistics of the simulation and of the theory curves. */
	public enum Statistic {
		FINAL("final", "at the last step"), MIN("min", "least value"), ARGMIN("argmin", "time of the least value"),
		HALF("t_half", "half-way time"), LIMIT("limit", "limit t → ∞");

		private final String key;
		private final String description;

		Statistic(String key, String description) {
			this.key = key;
			this.description = description;
		}

		/** The column suffix, e.g. {@code min}. */
		public String key() {
			return key;
		}

		/** Words for a legend, e.g. "least value". */
		public String description() {
			return description;
		}
	}

	private RunStatistics() {
	}

	/** The column of a simulated statistic, e.g. {@code E_g.min}. */
	public static String column(String metricId, Statistic statistic) {
		return metricId + "." + statistic.key();
	}

	/** The column of a theory's statistic, e.g. {@code marchenko-pastur:E_g.min}. */
	public static String column(String metricId, Statistic statistic, String theoryId) {
		return theoryId + ":" + column(metricId, statistic);
	}

	/**
	 * The statistics of a run.
	 *
	 * @param result a run, possibly partial (its statistics are then those of what it recorded)
	 * @param limits the theory predictions of the run's experiment, asked for their limits (may be empty)
	 * @return column name to value, in a stable order: simulation first, then each theory
	 */
	public static Map<String, Double> of(RunResult result, List<TheoryPrediction> limits) {
		Map<String, Double> values = new LinkedHashMap<>();
		for (MetricDescriptor metric : result.metrics()) {
			put(values, result.simulation(), metric.id(), timeScale(result.plots(), metric.id()), null);
		}
		for (TheoryResult theory : result.theory()) {
			for (String id : theory.prediction().metricIds()) {
				put(values, theory.table(), id, timeScale(result.plots(), id), theory.prediction().id());
			}
		}
		putLimits(values, limits);
		return values;
	}

	/**
	 * The statistics of theory predictions alone, evaluated at the given steps, with their limits.
	 *
	 * @param predictions the predictions
	 * @param steps the steps to evaluate them at, e.g. the planned steps of the experiment
	 * @param plots the family's plots of the experiment, for the time units of {@code argmin}
	 */
	public static Map<String, Double> ofTheory(List<TheoryPrediction> predictions, long[] steps, List<PlotDescriptor> plots) {
		Map<String, Double> values = new LinkedHashMap<>();
		for (TheoryPrediction prediction : predictions) {
			double[][] predicted = prediction.predict(steps);
			ResultsTable table = new ResultsTable(prediction.metricIds());
			double[] row = new double[predicted.length];
			for (int i = 0; i < steps.length; i++) {
				for (int k = 0; k < row.length; k++) {
					row[k] = predicted[k][i];
				}
				table.add(steps[i], row);
			}
			for (String id : prediction.metricIds()) {
				put(values, table, id, timeScale(plots, id), prediction.id());
			}
		}
		putLimits(values, predictions);
		return values;
	}

	private static void putLimits(Map<String, Double> values, List<TheoryPrediction> predictions) {
		for (TheoryPrediction prediction : predictions) {
			for (String id : prediction.metricIds()) {
				double limit = prediction.limit(id);
				if (!Double.isNaN(limit)) {
					values.put(column(id, Statistic.LIMIT, prediction.id()), limit);
				}
			}
		}
	}

	private static void put(Map<String, Double> values, ResultsTable table, String id, double timeScale, String theoryId) {
		int c = table == null ? -1 : table.indexOf(id);
		double first = Double.NaN;
		double last = Double.NaN;
		double min = Double.NaN;
		double argmin = Double.NaN;
		int best = -1;
		if (c >= 0) {
			for (int i = 0; i < table.size(); i++) {
				double value = table.value(c, i);
				if (Double.isNaN(value)) {
					continue;
				}
				if (Double.isNaN(first)) {
					first = value;
				}
				last = value;
				if (Double.isNaN(min) || value < min) {
					min = value;
					best = i;
				}
			}
		}
		if (best >= 0) {
			argmin = refinedArgmin(table, c, best) * timeScale;
		}
		values.put(theoryId == null ? column(id, Statistic.FINAL) : column(id, Statistic.FINAL, theoryId), last);
		values.put(theoryId == null ? column(id, Statistic.MIN) : column(id, Statistic.MIN, theoryId), min);
		values.put(theoryId == null ? column(id, Statistic.ARGMIN) : column(id, Statistic.ARGMIN, theoryId), argmin);
		double half = c < 0 ? Double.NaN : halfWay(table, c, first, last) * timeScale;
		values.put(theoryId == null ? column(id, Statistic.HALF) : column(id, Statistic.HALF, theoryId), half);
	}

	/**
	 * The step at which a metric first reaches the midpoint of its first and last values, interpolated linearly
	 * between the records on either side; NaN when the metric did not change (or is not finite at its ends).
	 */
	static double halfWay(ResultsTable table, int c, double first, double last) {
		if (!Double.isFinite(first) || !Double.isFinite(last) || first == last) {
			return Double.NaN;
		}
		double mid = 0.5 * (first + last);
		double sign = Math.signum(first - mid);
		int previous = -1;
		for (int i = 0; i < table.size(); i++) {
			double value = table.value(c, i);
			if (Double.isNaN(value)) {
				continue;
			}
			if (previous >= 0 && Math.signum(value - mid) != sign) {
				double y0 = table.value(c, previous);
				double x0 = table.step(previous);
				double x1 = table.step(i);
				return x0 + (mid - y0) / (value - y0) * (x1 - x0);
			}
			previous = i;
		}
		return Double.NaN;
	}

	/**
	 * The step of the least value, refined by the vertex of the parabola through it and its two neighbours, so that
	 * the time of a minimum is not rounded to the record interval; the recorded step itself at either end or when
	 * the three points are not convex.
	 */
	static double refinedArgmin(ResultsTable table, int c, int i) {
		double x1 = table.step(i);
		if (i == 0 || i == table.size() - 1) {
			return x1;
		}
		double x0 = table.step(i - 1);
		double x2 = table.step(i + 1);
		double y0 = table.value(c, i - 1);
		double y1 = table.value(c, i);
		double y2 = table.value(c, i + 1);
		double numerator = (x1 - x0) * (x1 - x0) * (y1 - y2) - (x1 - x2) * (x1 - x2) * (y1 - y0);
		double denominator = (x1 - x0) * (y1 - y2) - (x1 - x2) * (y1 - y0);
		if (!(denominator != 0) || !Double.isFinite(y0 + y2) || y0 < y1 || y2 < y1) {
			return x1;
		}
		double vertex = x1 - 0.5 * numerator / denominator;
		return Math.max(x0, Math.min(x2, vertex));
	}

	/** The time scale of the first curves plot that draws the metric; 1 (steps) when none does. */
	static double timeScale(List<PlotDescriptor> plots, String metricId) {
		PlotDescriptor plot = curvesPlot(plots, metricId);
		return plot == null ? 1 : plot.timeScale();
	}

	/** The first curves plot that draws a metric, or {@code null}. */
	static PlotDescriptor curvesPlot(List<PlotDescriptor> plots, String metricId) {
		for (PlotDescriptor plot : plots) {
			if (plot.kind().equals(PlotDescriptor.CURVES) && plot.metricIds().contains(metricId)) {
				return plot;
			}
		}
		return null;
	}
}
