package org.plateau.core.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plateau.core.registry.FamilyRegistry;
import org.plateau.core.testkit.FakeFamily;

/**
 * The table of settings (settings.csv) against an independent reading of summary.csv: per setting, the mean and
 * standard error s / sqrt(n) of each statistic over the rows COMPLETED, computed here in two passes. Spec C2.2 reads
 * a sweep's repetitions as their mean; this is where the mean is written.
 */
class SweepSettingsTest {

	@TempDir
	Path sweeps;

	@Test
	void eachSettingHoldsTheMeanAndStandardErrorOfItsCompletedRepetitions(@TempDir Path folder) throws Exception {
		SweepRunner runner = new SweepRunner(FamilyRegistry.of(new FakeFamily()), List.of());
		// four settings of three repetitions (seeds 3, 4, 5: different w0); the points run one at a time, as a
		// Slurm array's tasks, and some are left out: setting 0 whole, setting 1 without one repetition, setting 2
		// with a single one, setting 3 with none
		SweepRunner.prepare(FakeSweeps.learningRates(sweeps, 3, "0.05", "0.1", "0.2", "0.4"), folder);
		SweepPlan plan = SweepPlan.of(SweepFolders.load(folder));
		assertEquals(12, plan.points().size());
		int[] leftOut = { 0, 1, 2, 3 };
		for (SweepPoint point : plan.points()) {
			if (point.repetition() >= 3 - leftOut[point.setting()]) {
				continue;
			}
			assertTrue(runner.runPoint(plan, point.index(), folder).completed(), "point " + point.id());
		}
		SweepRunner.Result result = runner.gather(plan, folder, false, null);
		assertEquals(6, result.summary().unfinished().size());
		Path settingsFile = folder.resolve(SweepSummary.SETTINGS_FILE);
		assertTrue(result.written().contains(settingsFile), result.written().toString());

		List<CSVRecord> summary = read(folder.resolve(SweepSummary.FILE));
		List<String> summaryHeader = header(folder.resolve(SweepSummary.FILE));
		List<String> columns = summaryHeader.subList(summaryHeader.indexOf("message") + 1, summaryHeader.size());
		assertTrue(columns.contains("w.final") && columns.contains("loss.min"), columns.toString());
		List<CSVRecord> settings = read(settingsFile);
		List<String> settingsHeader = header(settingsFile);
		assertEquals(List.of("setting", "training.learningRate", "points", "completed"), settingsHeader.subList(0, 4));
		assertEquals(4 + 3 * columns.size(), settingsHeader.size());
		assertEquals(4, settings.size(), "one row per setting of the plan, also the one that has no result");

		// the independent reading: the completed rows of each setting, two-pass mean and standard error
		Map<Integer, List<CSVRecord>> completed = new HashMap<>();
		for (CSVRecord row : summary) {
			if (row.get("status").equals("COMPLETED")) {
				completed.computeIfAbsent(Integer.parseInt(row.get("setting")), s -> new ArrayList<>()).add(row);
			}
		}
		int spread = 0;
		for (CSVRecord row : settings) {
			int setting = Integer.parseInt(row.get("setting"));
			List<CSVRecord> rows = completed.getOrDefault(setting, List.of());
			assertEquals(3 - leftOut[setting], rows.size());
			assertEquals("3", row.get("points"));
			assertEquals(Integer.toString(rows.size()), row.get("completed"));
			assertEquals(List.of("0.05", "0.1", "0.2", "0.4").get(setting), row.get("training.learningRate"));
			for (CSVRecord point : rows) {
				assertEquals(row.get("training.learningRate"), point.get("training.learningRate"));
			}
			for (String column : columns) {
				List<Double> values = new ArrayList<>();
				for (CSVRecord point : rows) {
					if (!point.get(column).isEmpty() && Double.isFinite(Double.parseDouble(point.get(column)))) {
						values.add(Double.parseDouble(point.get(column)));
					}
				}
				int n = values.size();
				String where = "setting " + setting + ", " + column;
				assertEquals(Integer.toString(n), row.get(column + SweepSummary.COUNT), where);
				if (n == 0) {
					// no repetition: no mean, no standard error
					assertEquals("", row.get(column + SweepSummary.MEAN), where);
					assertEquals("", row.get(column + SweepSummary.STANDARD_ERROR), where);
					continue;
				}
				double mean = values.stream().mapToDouble(Double::doubleValue).sum() / n;
				assertEquals(mean, Double.parseDouble(row.get(column + SweepSummary.MEAN)), 1e-12 * Math.abs(mean), where);
				if (n == 1) {
					// a single repetition says nothing of the spread: the standard error is left empty
					assertEquals("", row.get(column + SweepSummary.STANDARD_ERROR), where);
					continue;
				}
				double squares = 0;
				for (double value : values) {
					squares += (value - mean) * (value - mean);
				}
				double standardError = Math.sqrt(squares / (n - 1) / n);
				double written = Double.parseDouble(row.get(column + SweepSummary.STANDARD_ERROR));
				// Welford against two passes: deviations of 1e-6 on values of 2 lose ~8 digits to rounding, and equal
				// values give 0 on one side and ~1e-17 of the mean on the other
				assertEquals(standardError, written, 1e-7 * standardError + 1e-12 * Math.abs(mean), where);
				if (standardError > 0) {
					spread++;
				}
			}
		}
		// the repetitions differ (their seeds draw different w0), so the standard errors compared are not all 0
		assertTrue(spread >= 4, "standard errors > 0 compared: " + spread);
	}

	@Test
	void aSweepRunHereWritesTheTableOfSettingsBesideTheSummary(@TempDir Path folder) throws Exception {
		SweepPlan plan = FakeSweeps.learningRates(sweeps, 2, "0.05", "0.1");
		SweepRunner.Result result = new SweepRunner(FamilyRegistry.of(new FakeFamily()), List.of()).run(plan, folder,
				new SweepRunner.Options(2, false, false), new NullProgressMonitor());
		Path settingsFile = folder.resolve(SweepSummary.SETTINGS_FILE);
		assertEquals(List.of(folder.resolve(SweepSummary.FILE), settingsFile), result.written());
		List<CSVRecord> settings = read(settingsFile);
		assertEquals(2, settings.size());
		SweepSummary summary = result.summary();
		for (int s = 0; s < 2; s++) {
			SweepSummary.Estimate estimate = summary.estimate(s, "w.final");
			assertEquals(2, estimate.count());
			assertEquals(estimate.mean(), Double.parseDouble(settings.get(s).get("w.final" + SweepSummary.MEAN)), 0);
			assertEquals(estimate.standardError(),
					Double.parseDouble(settings.get(s).get("w.final" + SweepSummary.STANDARD_ERROR)), 0);
		}
		// written through a temporary file, none left behind
		try (var files = Files.list(folder)) {
			assertTrue(files.noneMatch(file -> file.getFileName().toString().endsWith(".tmp")
					|| file.getFileName().toString().endsWith(".part")));
		}
	}

	private static List<CSVRecord> read(Path file) throws Exception {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
				CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
			return parser.getRecords();
		}
	}

	private static List<String> header(Path file) throws Exception {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
				CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
			return parser.getHeaderNames();
		}
	}
}
