package org.plateau.core.sweep;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.ecore.EAttribute;
import org.plateau.core.family.MetricDescriptor;
import org.plateau.core.family.MetricDescriptor.Summary;
import org.plateau.core.family.PlotDescriptor;
import org.plateau.core.figures.ParameterMap;
import org.plateau.core.figures.ParameterPlot;
import org.plateau.core.figures.ParameterPlot.Series;
import org.plateau.core.figures.ParameterPlot.Style;
import org.plateau.core.sweep.RunStatistics.Statistic;
import org.plateau.model.AxisSpacing;
import org.plateau.model.SweepSampling;
import org.plateau.model.util.FieldNames;
import org.plateau.model.util.SweepAxes;

/**
 * The figures of a sweep, three per metric the family plots against time: its value at the last step and its least
 * value against the first axis ({@code sweep-<metric>}), the time of the least value
 * ({@code sweep-<metric>-argmin}), and the half-way time ({@code sweep-<metric>-t_half}). The simulation is drawn as points, the mean over the completed repetitions with
 * error bars of one standard error; each theory as lines of the same colours, with its limit t → ∞ where it knows
 * one. For the generalization error of Advani &amp; Saxe (2017) against alpha these are E_g(t_end), min_t E_g
 * and E_g(∞), and the optimal stopping time t*. Against every quantity of the setting the runs record
 * ({@link MetricDescriptor#ofSetting()}, e.g. the pixels' excess kurtosis) that the sweep moves, the final value of each
 * metric of the family's curve plots whose final value means something ({@code sweep-<metric>-vs-<quantity>}): the
 * IPR against the excess kurtosis of Lufkin, Saxe &amp; Grant (2024, Fig. 4).
 */
final class SweepFigures {

	private SweepFigures() {
	}

	/**
	 * @param summary the sweep's results
	 * @param curves the theory along the first axis
	 * @param plots the family's plots of the base experiment: which metrics, their scales and time units
	 * @param descriptors the runs' metrics by id: their labels, which of their summaries mean something and what they
	 *            mean ({@link MetricDescriptor#meaningOf})
	 * @param theoryNames the theories' names by id, for legends ("Riccati solution", not "riccati"); an id missing here
	 *            is its own name
	 */
	static List<ParameterPlot> plots(SweepSummary summary, SweepTheoryCurves curves, List<PlotDescriptor> plots,
			Map<String, MetricDescriptor> descriptors, Map<String, String> theoryNames) {
		Set<String> metrics = new LinkedHashSet<>();
		for (PlotDescriptor plot : plots) {
			if (plot.kind().equals(PlotDescriptor.CURVES)) {
				metrics.addAll(plot.metricIds());
			}
		}
		SweepPlan plan = summary.plan();
		String xLabel = FieldNames.of(plan.attributes().get(0));
		boolean logX = plan.sweep().getAxes().get(0).getSpacing() == AxisSpacing.LOG;
		int repetitions = plan.sweep().getRepetitions();
		String subtitle = (plan.sweep().getName() == null ? "" : plan.sweep().getName() + ": ")
				+ (repetitions > 1 ? "mean ± standard error over " + repetitions + " seeds per point" : "one seed per point");
		List<ParameterPlot> figures = new ArrayList<>();
		for (String metric : metrics) {
			PlotDescriptor plot = RunStatistics.curvesPlot(plots, metric);
			MetricDescriptor descriptor = descriptor(descriptors, metric);
			String label = descriptor.label();
			List<Series> values = new ArrayList<>();
			if (descriptor.meaningful(Summary.FINAL)) {
				add(values, summary, curves, metric, descriptor, Statistic.FINAL, 0, theoryNames);
			}
			if (descriptor.meaningful(Summary.MIN)) {
				add(values, summary, curves, metric, descriptor, Statistic.MIN, 1, theoryNames);
			}
			if (descriptor.meaningful(Summary.FINAL)) {
				add(values, summary, curves, metric, descriptor, Statistic.LIMIT, 2, theoryNames);
			}
			if (hasData(values)) {
				// a metric summarised by its final value alone: the title says so, as the legend no longer can
				String what = descriptor.meaningful(Summary.MIN) ? label : label + " " + Statistic.FINAL.description();
				figures.add(new ParameterPlot("sweep-" + fileName(metric), what + " against " + xLabel, subtitle, xLabel,
						label, logX, plot != null && plot.logY(), merged(values)));
			}
			List<Series> times = new ArrayList<>();
			if (descriptor.meaningful(Summary.ARGMIN)) {
				add(times, summary, curves, metric, descriptor, Statistic.ARGMIN, 1, theoryNames);
			}
			String unit = plot == null ? "step" : plot.xLabel();
			if (hasData(times)) {
				// the family may say what the time means: the optimal stopping time of E_g (Advani & Saxe 2017)
				String meaning = descriptor.meaningOf(Summary.ARGMIN);
				String title = meaning.isEmpty() ? "Time of the least " + label
						: Character.toUpperCase(meaning.charAt(0)) + meaning.substring(1) + " (time of the least " + label + ")";
				figures.add(new ParameterPlot("sweep-" + fileName(metric) + "-argmin", title + " against " + xLabel,
						subtitle, xLabel, "time of the least " + label + " (" + unit + ")", logX, false, merged(times)));
			}
			List<Series> halfWay = new ArrayList<>();
			if (descriptor.meaningful(Summary.HALF_TIME)) {
				add(halfWay, summary, curves, metric, descriptor, Statistic.HALF, 0, theoryNames);
			}
			if (hasData(halfWay)) {
				figures.add(new ParameterPlot("sweep-" + fileName(metric) + "-t_half",
						"Half-way time of " + label + " against " + xLabel, subtitle, xLabel,
						"half-way time of " + label + " (" + unit + ")", logX, false, merged(halfWay)));
			}
		}
		for (MetricDescriptor quantity : quantitiesOfSetting(descriptors)) {
			for (String metric : metrics) {
				MetricDescriptor descriptor = descriptor(descriptors, metric);
				if (metric.equals(quantity.id()) || descriptor.ofSetting() || !descriptor.meaningful(Summary.FINAL)) {
					continue;
				}
				List<Series> values = againstQuantity(summary, curves, metric, descriptor.label(), quantity.id(), theoryNames);
				if (hasData(values)) {
					PlotDescriptor plot = RunStatistics.curvesPlot(plots, metric);
					figures.add(new ParameterPlot("sweep-" + fileName(metric) + "-vs-" + fileName(quantity.id()),
							descriptor.label() + " " + Statistic.FINAL.description() + " against " + quantity.label(),
							subtitle + " · each point at its setting's " + quantity.label(), quantity.label(),
							descriptor.label(), false, plot != null && plot.logY(), merged(values)));
				}
			}
		}
		return figures;
	}

	/** The metrics that are quantities of the setting ({@link MetricDescriptor#ofSetting()}), by id. */
	private static List<MetricDescriptor> quantitiesOfSetting(Map<String, MetricDescriptor> descriptors) {
		return descriptors.values().stream().filter(MetricDescriptor::ofSetting)
				.sorted((a, b) -> a.id().compareTo(b.id())).toList();
	}

	/**
	 * A metric's final value against a quantity of the setting, both the means over each setting's repetitions: the
	 * simulation as points with error bars, and each theory's value at the points (from the runs' theory columns,
	 * {@code <theory>:<metric>.final}) as a line through them, in the order of the quantity; one set of series for
	 * each combination of the other axes' values, as against the first axis. None when the sweep does not move the
	 * quantity (fewer than two distinct values).
	 */
	private static List<Series> againstQuantity(SweepSummary summary, SweepTheoryCurves curves, String metric,
			String label, String quantity, Map<String, String> theoryNames) {
		SweepPlan plan = summary.plan();
		String x = RunStatistics.column(quantity, Statistic.FINAL);
		String column = RunStatistics.column(metric, Statistic.FINAL);
		Set<Double> distinct = new TreeSet<>();
		for (int s = 0; s < plan.settings(); s++) {
			double value = summary.estimate(s, x).mean();
			if (Double.isFinite(value)) {
				distinct.add(value);
			}
		}
		List<Series> series = new ArrayList<>();
		if (distinct.size() < 2) {
			return series;
		}
		String suffix = ":" + column;
		List<String> theories = summary.columns().stream().filter(c -> c.endsWith(suffix)).toList();
		List<SweepTheoryCurves.Curve> groups = curves.curves();
		for (int g = 0; g < groups.size(); g++) {
			List<Object> others = groups.get(g).others();
			String group = groups.size() > 1 && others != null ? " " + describe(plan, others) : "";
			List<Integer> settings = new ArrayList<>();
			for (int s = 0; s < plan.settings(); s++) {
				List<Object> values = summary.values(s);
				if (others == null || values.subList(1, values.size()).equals(others)) {
					settings.add(s);
				}
			}
			List<double[]> points = new ArrayList<>();
			for (int s : settings) {
				SweepSummary.Estimate estimate = summary.estimate(s, column);
				points.add(new double[] { summary.estimate(s, x).mean(), estimate.mean(), estimate.standardError() });
			}
			points.removeIf(point -> !Double.isFinite(point[0]));
			points.sort((a, b) -> Double.compare(a[0], b[0]));
			int paint = 3 * g;
			series.add(new Series(label + " " + Statistic.FINAL.description() + group + " — simulation", Style.POINTS,
					paint, 0, column(points, 0), column(points, 1), column(points, 2)));
			int dash = 0;
			for (String theoryColumn : theories) {
				String theory = theoryColumn.substring(0, theoryColumn.length() - suffix.length());
				List<double[]> predicted = new ArrayList<>();
				for (int s : settings) {
					predicted.add(new double[] { summary.estimate(s, x).mean(), summary.estimate(s, theoryColumn).mean() });
				}
				predicted.removeIf(point -> !Double.isFinite(point[0]));
				predicted.sort((a, b) -> Double.compare(a[0], b[0]));
				series.add(new Series(label + " " + Statistic.FINAL.description() + group + " — theory "
						+ theoryNames.getOrDefault(theory, theory),
						Style.LINE, paint, dash++, column(predicted, 0), column(predicted, 1), null));
			}
		}
		return series;
	}

	/**
	 * For a grid over exactly two numeric axes: a heatmap per metric of its final value (the mean over the repetitions)
	 * over both parameters, {@code sweep-<metric>-map}.
	 */
	static List<ParameterMap> maps(SweepSummary summary, List<PlotDescriptor> plots, Map<String, MetricDescriptor> descriptors) {
		SweepPlan plan = summary.plan();
		if (plan.axisPaths().size() != 2 || plan.sweep().getSampling() != SweepSampling.GRID
				|| !SweepAxes.isNumeric(plan.attributes().get(0)) || !SweepAxes.isNumeric(plan.attributes().get(1))) {
			return List.of();
		}
		TreeSet<Double> xs = new TreeSet<>();
		TreeSet<Double> ys = new TreeSet<>();
		for (int s = 0; s < plan.settings(); s++) {
			xs.add(SweepAxes.numeric(summary.values(s).get(0)));
			ys.add(SweepAxes.numeric(summary.values(s).get(1)));
		}
		String xName = FieldNames.of(plan.attributes().get(0));
		String yName = FieldNames.of(plan.attributes().get(1));
		List<Double> x = new ArrayList<>(xs);
		List<Double> y = new ArrayList<>(ys);
		int repetitions = plan.sweep().getRepetitions();
		String subtitle = (plan.sweep().getName() == null ? "" : plan.sweep().getName() + ": ")
				+ (repetitions > 1 ? "mean over " + repetitions + " seeds per cell" : "one seed per cell");
		List<ParameterMap> maps = new ArrayList<>();
		for (PlotDescriptor plot : plots) {
			if (!plot.kind().equals(PlotDescriptor.CURVES)) {
				continue;
			}
			for (String metric : plot.metricIds()) {
				MetricDescriptor descriptor = descriptor(descriptors, metric);
				if (!descriptor.meaningful(Summary.FINAL)) {
					continue;
				}
				double[][] values = new double[y.size()][x.size()];
				for (double[] row : values) {
					Arrays.fill(row, Double.NaN);
				}
				boolean any = false;
				for (int s = 0; s < plan.settings(); s++) {
					List<Object> setting = summary.values(s);
					double mean = summary.estimate(s, RunStatistics.column(metric, Statistic.FINAL)).mean();
					values[y.indexOf(SweepAxes.numeric(setting.get(1)))][x.indexOf(SweepAxes.numeric(setting.get(0)))] = mean;
					any |= Double.isFinite(mean);
				}
				String label = descriptor.label();
				if (any && maps.stream().noneMatch(m -> m.id().equals("sweep-" + fileName(metric) + "-map"))) {
					maps.add(new ParameterMap("sweep-" + fileName(metric) + "-map",
							label + " " + Statistic.FINAL.description() + " over " + xName + " and " + yName, subtitle,
							xName, yName, label,
							x.stream().mapToDouble(Double::doubleValue).toArray(),
							y.stream().mapToDouble(Double::doubleValue).toArray(), values,
							plan.sweep().getAxes().get(0).getSpacing() == AxisSpacing.LOG,
							plan.sweep().getAxes().get(1).getSpacing() == AxisSpacing.LOG));
				}
			}
		}
		return maps;
	}

	/** A metric's descriptor; for a metric no run described, its id as label and every summary. */
	private static MetricDescriptor descriptor(Map<String, MetricDescriptor> descriptors, String id) {
		MetricDescriptor descriptor = descriptors.get(id);
		return descriptor != null ? descriptor : new MetricDescriptor(id, id, "");
	}

	/** The simulation's points and each theory's curve of one statistic, for every group of the other axes. */
	private static void add(List<Series> series, SweepSummary summary, SweepTheoryCurves curves, String metric,
			MetricDescriptor descriptor, Statistic statistic, int colour, Map<String, String> theoryNames) {
		SweepPlan plan = summary.plan();
		String label = descriptor.label();
		String words = words(descriptor, statistic);
		List<SweepTheoryCurves.Curve> groups = curves.curves();
		for (int g = 0; g < groups.size(); g++) {
			SweepTheoryCurves.Curve curve = groups.get(g);
			String group = groups.size() > 1 && curve.others() != null ? " " + describe(plan, curve.others()) : "";
			int paint = colour + 3 * g;
			if (statistic != Statistic.LIMIT) {
				String column = RunStatistics.column(metric, statistic);
				List<double[]> points = new ArrayList<>();
				for (int s = 0; s < plan.settings(); s++) {
					List<Object> values = summary.values(s);
					if (curve.others() != null && !values.subList(1, values.size()).equals(curve.others())) {
						continue;
					}
					SweepSummary.Estimate estimate = summary.estimate(s, column);
					points.add(new double[] { SweepAxes.numeric(values.get(0)), estimate.mean(), estimate.standardError() });
				}
				points.sort((a, b) -> Double.compare(a[0], b[0]));
				series.add(new Series(label + " " + words + group + " — simulation", Style.POINTS, paint,
						0, column(points, 0), column(points, 1), column(points, 2)));
			}
			int dash = 0;
			List<String> atSettings = theories(curve, metric, statistic);
			for (String theory : atSettings) {
				series.add(new Series(label + " " + words + group + " — theory " + theoryNames.getOrDefault(theory, theory), Style.LINE,
						paint, dash++, curve.x(), curve.values(RunStatistics.column(metric, statistic, theory)), null));
			}
			// a theory fitted to each run (TheoryPrediction.needsTheRun) has no curve at the settings alone: its value
			// at each point comes from the run's own statistics
			String suffix = ":" + RunStatistics.column(metric, statistic);
			for (String column : summary.columns()) {
				String theory = column.endsWith(suffix) ? column.substring(0, column.length() - suffix.length()) : null;
				if (theory == null || atSettings.contains(theory)) {
					continue;
				}
				List<double[]> points = new ArrayList<>();
				for (int s = 0; s < plan.settings(); s++) {
					List<Object> values = summary.values(s);
					if (curve.others() != null && !values.subList(1, values.size()).equals(curve.others())) {
						continue;
					}
					points.add(new double[] { SweepAxes.numeric(values.get(0)), summary.estimate(s, column).mean() });
				}
				points.sort((a, b) -> Double.compare(a[0], b[0]));
				series.add(new Series(label + " " + words + group + " — theory " + theoryNames.getOrDefault(theory, theory)
						+ " (fitted to each run)", Style.LINE, paint, dash++, column(points, 0), column(points, 1), null));
			}
		}
	}

	/**
	 * A statistic in words, with what the family says it means: "least value (optimal early stopping)" for E_g, "least
	 * value" where it names nothing.
	 */
	private static String words(MetricDescriptor descriptor, Statistic statistic) {
		Summary summary = switch (statistic) {
			case FINAL -> Summary.FINAL;
			case MIN -> Summary.MIN;
			case ARGMIN -> Summary.ARGMIN;
			case HALF -> Summary.HALF_TIME;
			case LIMIT -> null;
		};
		String meaning = summary == null ? "" : descriptor.meaningOf(summary);
		return meaning.isEmpty() ? statistic.description() : statistic.description() + " (" + meaning + ")";
	}

	/**
	 * The series with each theory line that coincides with an earlier one of the same colour (two theories exact for
	 * the setting, e.g. a closed form and the ODE it solves) merged into it, so that no line is hidden under an
	 * identical one: the earlier line's legend names both, "theory closed form = Riccati solution".
	 */
	static List<Series> merged(List<Series> series) {
		List<Series> kept = new ArrayList<>();
		for (Series next : series) {
			int same = -1;
			for (int k = 0; k < kept.size() && same < 0; k++) {
				if (identical(kept.get(k), next)) {
					same = k;
				}
			}
			if (same < 0) {
				kept.add(next);
				continue;
			}
			Series first = kept.get(same);
			String theory = next.label().substring(next.label().lastIndexOf("— theory ") + "— theory ".length());
			kept.set(same, new Series(first.label() + " = " + theory, first.style(), first.colour(), first.dash(), first.x(),
					first.y(), first.error()));
		}
		return kept;
	}

	/** Two theory lines of one colour through the same points, equal to 1e-9 of their size. */
	private static boolean identical(Series a, Series b) {
		if (a.style() != Style.LINE || b.style() != Style.LINE || a.colour() != b.colour() || !a.label().contains("— theory ")
				|| !b.label().contains("— theory ") || !Arrays.equals(a.x(), b.x())) {
			return false;
		}
		boolean anyFinite = false;
		for (int i = 0; i < a.y().length; i++) {
			double u = a.y()[i];
			double v = b.y()[i];
			if (Double.isFinite(u) != Double.isFinite(v)) {
				return false;
			}
			if (Double.isFinite(u)) {
				anyFinite = true;
				if (Math.abs(u - v) > 1e-9 * Math.max(Math.abs(u), Math.abs(v))) {
					return false;
				}
			}
		}
		return anyFinite;
	}

	/** The ids of the theories with a value of the statistic along the curve. */
	private static List<String> theories(SweepTheoryCurves.Curve curve, String metric, Statistic statistic) {
		Set<String> ids = new LinkedHashSet<>();
		String suffix = ":" + RunStatistics.column(metric, statistic);
		for (Map<String, Double> statistics : curve.statistics()) {
			for (String column : statistics.keySet()) {
				if (column.endsWith(suffix)) {
					ids.add(column.substring(0, column.length() - suffix.length()));
				}
			}
		}
		return List.copyOf(ids);
	}

	private static boolean hasData(List<Series> series) {
		for (Series s : series) {
			for (double y : s.y()) {
				if (Double.isFinite(y)) {
					return true;
				}
			}
		}
		return false;
	}

	private static String describe(SweepPlan plan, List<Object> others) {
		List<String> parts = new ArrayList<>();
		for (int a = 0; a < others.size(); a++) {
			// named as the paper names them ("second layer = trained"), not by the file's feature path
			EAttribute attribute = plan.attributes().get(a + 1);
			parts.add(FieldNames.of(attribute) + " = " + FieldNames.valueOf(attribute, others.get(a)));
		}
		return "(" + String.join(", ", parts) + ")";
	}

	private static double[] column(List<double[]> rows, int c) {
		return rows.stream().mapToDouble(row -> row[c]).toArray();
	}

	private static String fileName(String metric) {
		return metric.replaceAll("[^A-Za-z0-9._-]+", "-");
	}
}
