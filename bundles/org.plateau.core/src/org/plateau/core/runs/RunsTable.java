package org.plateau.core.runs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.EAttribute;
import org.plateau.core.family.MetricDescriptor;
import org.plateau.core.family.MetricDescriptor.Summary;
import org.plateau.core.family.PlotDescriptor;
import org.plateau.core.figures.NumberLabels;
import org.plateau.core.registry.FamilyRegistry;
import org.plateau.core.results.FolderLock;
import org.plateau.core.results.ResultsReader;
import org.plateau.core.run.RunResult;
import org.plateau.core.sweep.RunStatistics;
import org.plateau.core.sweep.RunStatistics.Statistic;
import org.plateau.core.sweep.SweepPlan;
import org.plateau.core.sweep.SweepPoint;
import org.plateau.core.sweep.SweepRunner;
import org.plateau.core.sweep.SweepSummary.Estimate;
import org.plateau.model.Experiment;
import org.plateau.model.util.FieldNames;
import org.plateau.model.util.SweepAxes;

/**
 * The runs of an experiment or the points of a sweep as one table, as MATLAB's Experiment Manager lists trials: a row
 * per run with the parameters that tell the runs apart, its seed, how it ended, how long it took, and the summary
 * statistics of its metrics that mean something ({@link MetricDescriptor#meaningful}: the final value, the least
 * value); and the rows grouped by a parameter, or the seeds of each setting together, with each statistic's mean and
 * standard error over the group, the statistic that a sweep's repetitions compute ({@link Estimate}).
 */
public final class RunsTable {

	/** The feature path of the experiment's seed, which is a column of its own and never a setting. */
	public static final String SEED = "seed";

	/**
	 * A parameter that tells runs apart.
	 *
	 * @param path its feature path, e.g. {@code training.learningRate}
	 * @param name its name in the paper's words, e.g. "learning rate η"
	 * @param attribute its attribute, to write its values in words; {@code null} when no run could be read
	 */
	public record Parameter(String path, String name, EAttribute attribute) {

		/**
		 * A value of the parameter in words: "Full batch GD", "0.02", "0.0005", "7.14286e-06" (numbers to six digits, as
		 * the editor shows them, and never 5.0E-4).
		 */
		public String format(Object value) {
			if (value == null) {
				return "";
			}
			if (value instanceof Double || value instanceof Float) {
				return NumberLabels.sixDigits(((Number) value).doubleValue());
			}
			return attribute == null ? String.valueOf(value) : FieldNames.valueOf(attribute, value);
		}
	}

	/**
	 * A summary statistic column.
	 *
	 * @param key the statistic's column in {@link RunStatistics}, e.g. {@code E_g.min}
	 * @param metric the metric's label, e.g. "E_g"
	 * @param statistic which statistic of its curve
	 */
	public record Column(String key, String metric, Statistic statistic) {

		/** The column's header, e.g. "E_g final" or "E_g least". */
		public String header() {
			return metric + (statistic == Statistic.MIN ? " least" : " final");
		}
	}

	/**
	 * One run.
	 *
	 * @param folder its results folder
	 * @param values the value of each of the table's {@link RunsTable#parameters()}, in their order ({@code null} where a
	 *        run has no such field)
	 * @param seed its seed
	 * @param status how it ended, in words: "completed", "cancelled", "diverged", "failed", "interrupted", "running", "not run", "unreadable"
	 * @param message why it did not complete; empty when it did
	 * @param seconds its wall-clock time, NaN when unknown
	 * @param statistics its summary statistics by {@link Column#key()}
	 */
	public record Row(Path folder, List<Object> values, long seed, String status, String message, double seconds,
			Map<String, Double> statistics) {

		public Row {
			values = java.util.Collections.unmodifiableList(new ArrayList<>(values));
			statistics = Map.copyOf(statistics);
		}

		/** The value of a statistic, NaN when the run has none. */
		public double statistic(String key) {
			return statistics.getOrDefault(key, Double.NaN);
		}

		/** Whether the run did all its steps. */
		public boolean completed() {
			return "completed".equals(status);
		}
	}

	/**
	 * Rows that share a value: of one parameter, or of every parameter (the seeds of one setting).
	 *
	 * @param label the shared value in words, e.g. "learning rate η = 0.02"
	 * @param rows its runs
	 */
	public record Group(String label, List<Row> rows) {

		/** The mean and standard error of a statistic over the group's completed runs. */
		public Estimate estimate(String key) {
			return Estimate.of(rows.stream().filter(Row::completed).map(row -> row.statistic(key)).toList());
		}
	}

	private final List<Parameter> parameters;
	private final List<Column> columns;
	private final List<Row> rows;
	/** The runs as read, by folder, so that plotting a row does not read it again. */
	private final Map<Path, RunResult> results;

	private RunsTable(List<Parameter> parameters, List<Column> columns, List<Row> rows, Map<Path, RunResult> results) {
		this.parameters = List.copyOf(parameters);
		this.columns = List.copyOf(columns);
		this.rows = List.copyOf(rows);
		this.results = Map.copyOf(results);
	}

	/** A row's run as it was read for the table; empty when it could not be read or has not run. */
	public java.util.Optional<RunResult> result(Row row) {
		return java.util.Optional.ofNullable(results.get(row.folder()));
	}

	/** The parameters that tell the runs apart, as columns (the seed is not one of them). */
	public List<Parameter> parameters() {
		return parameters;
	}

	/** The summary statistics shown, metric by metric. */
	public List<Column> columns() {
		return columns;
	}

	/** The runs, in the order read. */
	public List<Row> rows() {
		return rows;
	}

	/**
	 * The runs of an experiment: the parameters are the fields whose values differ between their experiment copies.
	 *
	 * @param folders the runs' results folders
	 * @param registry finds each run's family, for its plots
	 * @param monitor progress, one unit per run; cancelling ends the read with {@link OperationCanceledException}
	 */
	public static RunsTable ofRuns(List<Path> folders, FamilyRegistry registry, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, "Reading " + folders.size() + " runs", folders.size());
		List<RunResult> results = new ArrayList<>();
		List<Row> unread = new ArrayList<>();
		List<Path> read = new ArrayList<>();
		for (Path folder : folders) {
			checkCancelled(progress);
			try {
				results.add(ResultsReader.read(folder, registry));
				read.add(folder);
			} catch (IOException | RuntimeException e) {
				unread.add(new Row(folder, List.of(), 0, "unreadable", String.valueOf(e.getMessage()), Double.NaN, Map.of()));
			}
			progress.worked(1);
		}
		// every path of the first run's family, and those only the others have; kept where the runs differ
		Set<String> paths = new LinkedHashSet<>();
		for (RunResult result : results) {
			paths.addAll(SweepAxes.paths(result.experiment()));
		}
		List<Parameter> parameters = new ArrayList<>();
		for (String path : paths) {
			if (path.equals(SEED)) {
				continue;
			}
			Set<Object> distinct = new LinkedHashSet<>();
			EAttribute attribute = null;
			for (RunResult result : results) {
				distinct.add(valueOrNull(result.experiment(), path));
				attribute = attribute != null ? attribute : attributeOrNull(result.experiment(), path);
			}
			if (distinct.size() > 1) {
				parameters.add(new Parameter(path, attribute == null ? path : FieldNames.of(attribute), attribute));
			}
		}
		List<Column> columns = columns(results);
		List<Row> rows = new ArrayList<>();
		for (int r = 0; r < results.size(); r++) {
			RunResult result = results.get(r);
			List<Object> values = new ArrayList<>();
			for (Parameter parameter : parameters) {
				values.add(valueOrNull(result.experiment(), parameter.path()));
			}
			rows.add(row(read.get(r), values, result.experiment().getSeed(), result));
		}
		// an unreadable run has no values: a null for each parameter, so that it groups apart
		for (Row row : unread) {
			rows.add(new Row(row.folder(), java.util.Collections.nCopies(parameters.size(), null), row.seed(), row.status(),
					row.message(), row.seconds(), row.statistics()));
		}
		Map<Path, RunResult> byFolder = new LinkedHashMap<>();
		for (int r = 0; r < results.size(); r++) {
			byFolder.put(read.get(r), results.get(r));
		}
		return new RunsTable(parameters, columns, rows, byFolder);
	}

	/**
	 * The points of a sweep folder: the parameters are the sweep's axes; a point whose run has not started is a row
	 * "not run".
	 *
	 * @param plan the sweep's plan (from the copy the folder keeps)
	 * @param sweepFolder the folder
	 * @param registry finds the family, for its plots
	 * @param monitor progress, one unit per point
	 */
	public static RunsTable ofSweep(SweepPlan plan, Path sweepFolder, FamilyRegistry registry, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, "Reading " + plan.points().size() + " points",
				plan.points().size());
		List<Parameter> parameters = new ArrayList<>();
		for (int a = 0; a < plan.axisPaths().size(); a++) {
			EAttribute attribute = plan.attributes().get(a);
			parameters.add(new Parameter(plan.axisPaths().get(a), FieldNames.of(attribute), attribute));
		}
		List<RunResult> results = new ArrayList<>();
		Map<Path, RunResult> byFolder = new LinkedHashMap<>();
		List<Row> rows = new ArrayList<>();
		for (SweepPoint point : plan.points()) {
			checkCancelled(progress);
			Path folder = sweepFolder.resolve(SweepRunner.POINTS_FOLDER).resolve(point.id());
			if (!ResultsReader.isRunFolder(folder)) {
				rows.add(new Row(folder, point.values(), point.seed(), "not run", "", Double.NaN, Map.of()));
			} else {
				try {
					RunResult result = ResultsReader.read(folder, registry);
					results.add(result);
					byFolder.put(folder, result);
					rows.add(row(folder, point.values(), point.seed(), result));
				} catch (IOException | RuntimeException e) {
					rows.add(new Row(folder, point.values(), point.seed(), "unreadable", String.valueOf(e.getMessage()),
							Double.NaN, Map.of()));
				}
			}
			progress.worked(1);
		}
		return new RunsTable(parameters, columns(results), rows, byFolder);
	}

	/**
	 * The rows grouped by one parameter's value, in the order the values first appear; or, for {@code null}, the
	 * seeds of each setting together (rows equal in every parameter).
	 */
	public List<Group> groupBy(Parameter parameter) {
		Map<List<Object>, List<Row>> groups = new LinkedHashMap<>();
		int index = parameter == null ? -1 : parameters.indexOf(parameter);
		if (parameter != null && index < 0) {
			throw new IllegalArgumentException("The table has no parameter '" + parameter.path() + "'");
		}
		for (Row row : rows) {
			List<Object> key = index < 0 ? row.values()
					: java.util.Collections.singletonList(index < row.values().size() ? row.values().get(index) : null);
			groups.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
		}
		List<Group> list = new ArrayList<>();
		for (Map.Entry<List<Object>, List<Row>> entry : groups.entrySet()) {
			List<String> words = new ArrayList<>();
			for (int p = 0; p < entry.getKey().size(); p++) {
				Parameter shared = index < 0 ? parameters.get(p) : parameter;
				words.add(shared.name() + " = " + shared.format(entry.getKey().get(p)));
			}
			boolean unreadable = entry.getValue().stream().allMatch(row -> row.status().equals("unreadable"));
			list.add(new Group(unreadable ? "unreadable" : words.isEmpty() ? "all runs" : String.join(", ", words),
					entry.getValue()));
		}
		return list;
	}

	/** A row's parameters in words, e.g. "learning rate η = 0.02, seed 4". */
	public String describe(Row row) {
		List<String> words = new ArrayList<>();
		for (int p = 0; p < parameters.size() && p < row.values().size(); p++) {
			words.add(parameters.get(p).name() + " = " + parameters.get(p).format(row.values().get(p)));
		}
		words.add("seed " + row.seed());
		return String.join(", ", words);
	}

	private static Row row(Path folder, List<Object> values, long seed, RunResult result) {
		Map<String, Double> statistics = new LinkedHashMap<>();
		RunStatistics.of(result, List.of()).forEach((key, value) -> {
			// the simulation's own statistics; a theory's are named "<theory>:<metric>.<statistic>"
			if (key.indexOf(':') < 0) {
				statistics.put(key, value);
			}
		});
		String status = FolderLock.isHeld(folder) ? "running"
				: ResultsReader.isInterrupted(folder) ? "interrupted"
						: result.outcome().status().name().toLowerCase(Locale.ROOT);
		return new Row(folder, values, seed, status, Objects.toString(result.outcome().message(), ""),
				result.wallTimeSeconds(), statistics);
	}

	/**
	 * The statistics shown: of each metric the family draws as curves, its final and its least value where the family
	 * declares them meaningful, in the order of the family's plots.
	 */
	private static List<Column> columns(List<RunResult> results) {
		Map<String, Column> columns = new LinkedHashMap<>();
		for (RunResult result : results) {
			Map<String, MetricDescriptor> descriptors = new LinkedHashMap<>();
			result.metrics().forEach(metric -> descriptors.put(metric.id(), metric));
			Function<String, MetricDescriptor> describe = id -> descriptors.getOrDefault(id, new MetricDescriptor(id, id, ""));
			for (PlotDescriptor plot : result.plotsOfKind(PlotDescriptor.CURVES)) {
				for (String id : plot.metricIds()) {
					MetricDescriptor metric = describe.apply(id);
					if (metric.ofSetting()) {
						continue;
					}
					if (metric.meaningful(Summary.FINAL)) {
						String key = RunStatistics.column(id, Statistic.FINAL);
						columns.putIfAbsent(key, new Column(key, metric.label(), Statistic.FINAL));
					}
					if (metric.meaningful(Summary.MIN)) {
						String key = RunStatistics.column(id, Statistic.MIN);
						columns.putIfAbsent(key, new Column(key, metric.label(), Statistic.MIN));
					}
				}
			}
		}
		return new ArrayList<>(columns.values());
	}

	private static Object valueOrNull(Experiment experiment, String path) {
		try {
			return SweepAxes.get(experiment, path);
		} catch (RuntimeException e) {
			return null;
		}
	}

	private static EAttribute attributeOrNull(Experiment experiment, String path) {
		try {
			return SweepAxes.attribute(experiment, path);
		} catch (RuntimeException e) {
			return null;
		}
	}

	private static void checkCancelled(IProgressMonitor monitor) {
		if (monitor.isCanceled()) {
			throw new OperationCanceledException();
		}
	}

	/** Whether a folder holds a sweep's point table, i.e. is a folder {@link #ofSweep} can read. */
	public static boolean isSweepFolder(Path folder) {
		return Files.isRegularFile(folder.resolve(SweepRunner.POINTS_FILE));
	}
}
