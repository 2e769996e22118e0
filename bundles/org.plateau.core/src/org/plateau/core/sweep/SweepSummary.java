package org.plateau.core.sweep;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.plateau.core.family.SimulationOutcome;
import org.plateau.core.results.AtomicFiles;

/**
 * What a sweep gathered: one row per point with its axis values, how its run ended, and its
 * {@link RunStatistics}; and, per setting of the axes, the mean and standard error of each statistic over the
 * repetitions that completed.
 */
public final class SweepSummary {

	/** File name of the summary table in a sweep folder. */
	public static final String FILE = "summary.csv";

	/** File name of the table of settings in a sweep folder: each statistic's mean, s.e. and count per setting. */
	public static final String SETTINGS_FILE = "settings.csv";

	/**
	 * Suffixes of a statistic column's mean, standard error and count in {@link #SETTINGS_FILE}. No statistic of
	 * {@link RunStatistics.Statistic} is named {@code mean}, {@code se} or {@code n}, so {@code E_g.final.mean} and
	 * {@code riccati:ntk.distance.final.se} name one column each.
	 */
	public static final String MEAN = ".mean", STANDARD_ERROR = ".se", COUNT = ".n";

	/**
	 * The result of one point.
	 *
	 * @param point the point
	 * @param status how its run ended ({@code FAILED} also when it could not start)
	 * @param message why it did not complete; empty when it did
	 * @param statistics its statistics, empty when it could not start
	 */
	public record Row(SweepPoint point, SimulationOutcome.Status status, String message, Map<String, Double> statistics) {

		public Row {
			statistics = Map.copyOf(statistics);
			message = message == null ? "" : message;
		}

		/** Whether the run did all its steps. */
		public boolean completed() {
			return status == SimulationOutcome.Status.COMPLETED;
		}
	}

	/**
	 * Mean and standard error of a statistic over the completed repetitions of one setting.
	 *
	 * @param mean the mean, NaN when no repetition has a value
	 * @param standardError s / sqrt(n), 0 for a single repetition
	 * @param count how many repetitions had a value
	 */
	public record Estimate(double mean, double standardError, int count) {

		/** The mean and standard error of the finite values among {@code values} (NaN and a count of 0 when none is). */
		public static Estimate of(Iterable<Double> values) {
			int n = 0;
			double mean = 0;
			double squares = 0;
			for (Double value : values) {
				if (value == null || !Double.isFinite(value)) {
					continue;
				}
				// Welford's running mean and sum of squared deviations
				n++;
				double delta = value - mean;
				mean += delta / n;
				squares += delta * (value - mean);
			}
			if (n == 0) {
				return new Estimate(Double.NaN, Double.NaN, 0);
			}
			return new Estimate(mean, n > 1 ? Math.sqrt(squares / (n - 1) / n) : 0, n);
		}
	}

	private final SweepPlan plan;
	private final List<Row> rows;
	private final List<String> columns;
	/** The rows of each setting, so that an estimate reads only its own (a sweep may have 10^6 settings). */
	private final Map<Integer, List<Row>> bySetting = new HashMap<>();

	/**
	 * @param plan the sweep's plan
	 * @param rows the points' rows, any order; points without a row (not run) are left out
	 */
	public SweepSummary(SweepPlan plan, List<Row> rows) {
		this.plan = plan;
		List<Row> sorted = new ArrayList<>(rows);
		sorted.sort((a, b) -> Integer.compare(a.point().index(), b.point().index()));
		this.rows = List.copyOf(sorted);
		Set<String> names = new LinkedHashSet<>();
		for (Row row : this.rows) {
			// the first row's order (simulation first, then theories), then any column only later rows have
			names.addAll(orderedKeys(row));
		}
		this.columns = List.copyOf(names);
		for (Row row : this.rows) {
			bySetting.computeIfAbsent(row.point().setting(), setting -> new ArrayList<>()).add(row);
		}
	}

	private static List<String> orderedKeys(Row row) {
		List<String> keys = new ArrayList<>(row.statistics().keySet());
		keys.sort((a, b) -> {
			int theoryA = a.indexOf(':') < 0 ? 0 : 1;
			int theoryB = b.indexOf(':') < 0 ? 0 : 1;
			return theoryA != theoryB ? Integer.compare(theoryA, theoryB) : a.compareTo(b);
		});
		return keys;
	}

	/** The plan summarised. */
	public SweepPlan plan() {
		return plan;
	}

	/** The rows, in point order. */
	public List<Row> rows() {
		return rows;
	}

	/** The statistic columns, simulation first, then theories. */
	public List<String> columns() {
		return columns;
	}

	/** The rows of points that did not complete. */
	public List<Row> unfinished() {
		return rows.stream().filter(row -> !row.completed()).toList();
	}

	/**
	 * Mean and standard error of a statistic over the completed repetitions of a setting.
	 *
	 * @param setting a setting of the plan
	 * @param column a statistic column
	 */
	public Estimate estimate(int setting, String column) {
		List<Double> values = new ArrayList<>();
		for (Row row : bySetting.getOrDefault(setting, List.of())) {
			if (row.completed()) {
				values.add(row.statistics().get(column));
			}
		}
		return Estimate.of(values);
	}

	/** The axis values of a setting. */
	public List<Object> values(int setting) {
		for (SweepPoint point : plan.points()) {
			if (point.setting() == setting) {
				return point.values();
			}
		}
		throw new IllegalArgumentException("no setting " + setting + " in the plan of " + plan.settings());
	}

	/**
	 * Writes the table of settings, one row per setting of the plan: {@code setting}, one column per axis (its
	 * feature path), {@code points} (the setting's repetitions in the plan), {@code completed} (how many ran to the
	 * end), then for every statistic column {@code <column>.mean}, {@code <column>.se} and {@code <column>.n}, the
	 * {@link #estimate} over the completed repetitions with a finite value. A repetition that failed, or did not run,
	 * is left out and counts in neither. The mean is empty where no repetition has a value; the standard error is
	 * empty where fewer than two have (one value says nothing of the spread), whereas {@link #estimate} gives 0.
	 * Written through a temporary file, as the summary.
	 */
	public void writeSettings(Path file) throws IOException {
		List<String> header = new ArrayList<>(List.of("setting"));
		header.addAll(plan.axisPaths());
		header.add("points");
		header.add("completed");
		for (String column : columns) {
			header.add(column + MEAN);
			header.add(column + STANDARD_ERROR);
			header.add(column + COUNT);
		}
		// each setting's values and number of points, from one pass over the plan
		Map<Integer, SweepPoint> first = new TreeMap<>();
		Map<Integer, Integer> planned = new HashMap<>();
		for (SweepPoint point : plan.points()) {
			first.putIfAbsent(point.setting(), point);
			planned.merge(point.setting(), 1, Integer::sum);
		}
		AtomicFiles.writeText(file, writer -> {
			try (CSVPrinter csv = CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get()
					.print(writer)) {
				for (SweepPoint point : first.values()) {
					int setting = point.setting();
					List<Object> record = new ArrayList<>();
					record.add(setting);
					for (int a = 0; a < point.values().size(); a++) {
						record.add(plan.format(a, point.values().get(a)));
					}
					record.add(planned.get(setting));
					record.add(bySetting.getOrDefault(setting, List.of()).stream().filter(Row::completed).count());
					for (String column : columns) {
						Estimate estimate = estimate(setting, column);
						record.add(estimate.count() == 0 ? "" : Double.toString(estimate.mean()));
						record.add(estimate.count() < 2 ? "" : Double.toString(estimate.standardError()));
						record.add(estimate.count());
					}
					csv.printRecord(record);
				}
			}
		});
	}

	/**
	 * Reads a table of settings back as {@link #writeSettings} wrote it.
	 *
	 * @return one map per setting, in the file's order, from column name to cell (empty where there is no value)
	 */
	public static List<Map<String, String>> readSettings(Path file) throws IOException {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
				CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
			List<Map<String, String>> settings = new ArrayList<>();
			for (CSVRecord record : csv) {
				settings.add(Map.copyOf(record.toMap()));
			}
			return settings;
		}
	}

	/**
	 * Writes the table: {@code point, setting, repetition, seed}, one column per axis (its feature path),
	 * {@code status, message}, then the statistics; numbers at full precision, empty where a run has no value.
	 */
	public void write(Path file) throws IOException {
		List<String> header = new ArrayList<>(List.of("point", "setting", "repetition", "seed"));
		header.addAll(plan.axisPaths());
		header.add("status");
		header.add("message");
		header.addAll(columns);
		Path temporary = file.resolveSibling(file.getFileName() + ".part");
		try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8);
				CSVPrinter csv = CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get()
						.print(writer)) {
			for (Row row : rows) {
				List<Object> record = new ArrayList<>();
				SweepPoint point = row.point();
				record.add(point.id());
				record.add(point.setting());
				record.add(point.repetition());
				record.add(point.seed());
				for (int a = 0; a < point.values().size(); a++) {
					record.add(plan.format(a, point.values().get(a)));
				}
				record.add(row.status().name());
				record.add(row.message());
				for (String column : columns) {
					Double value = row.statistics().get(column);
					record.add(value == null || Double.isNaN(value) ? "" : Double.toString(value));
				}
				csv.printRecord(record);
			}
		}
		Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
	}
}
