package org.plateau.migration.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.plateau.core.family.ExperimentException;
import org.plateau.core.family.SimulationOutcome;
import org.plateau.core.registry.FamilyRegistry;
import org.plateau.core.results.ResultsReader;
import org.plateau.core.results.ResultsTable;
import org.plateau.core.run.ExperimentRunner;
import org.plateau.core.run.RunResult;
import org.plateau.core.run.TheoryResult;
import org.plateau.core.sweep.SweepPlan;
import org.plateau.core.sweep.SweepPoint;
import org.plateau.model.Experiment;
import org.plateau.model.Sweep;
import org.plateau.model.util.PlateauResources;

/**
 * The files users had on disk on 2026-12-03 (every example experiment and sweep of that day, and run folders its CLI
 * wrote; see {@code fixtures/2026-12-03/README.md}) load with today's model, run on today's families, and give the
 * records that day's product wrote. The families are found as Declarative Services, as in the product.
 */
class MigrationTest {

	private static final String DAY = "fixtures/2026-12-03/";

	/**
	 * Relative to the largest |value| of a column. The records were bit-identical when frozen; 1e-9 leaves room for
	 * the order of floating-point sums to change (e.g. a BLAS kernel for a product) and for nothing else: a changed
	 * setting, seed or formula moves the records by far more.
	 */
	private static final double TOLERANCE = 1e-9;

	private static ServiceTracker<FamilyRegistry, FamilyRegistry> tracker;
	private static FamilyRegistry registry;
	private static Path day;

	@BeforeAll
	static void findFamiliesAndFixtures() throws InterruptedException, IOException, URISyntaxException {
		Bundle bundle = FrameworkUtil.getBundle(MigrationTest.class);
		tracker = new ServiceTracker<>(bundle.getBundleContext(), FamilyRegistry.class, null);
		tracker.open();
		registry = tracker.waitForService(TimeUnit.SECONDS.toMillis(20));
		assertTrue(registry != null, "no FamilyRegistry service (is felix.scr started?)");
		for (int i = 0; i < 200 && registry.families().size() < 4; i++) {
			Thread.sleep(50); // the families' DS components may arrive a moment after the registry
		}
		URL entry = FileLocator.toFileURL(bundle.getEntry(DAY));
		day = Path.of(entry.toURI());
	}

	@AfterAll
	static void close() {
		tracker.close();
	}

	private static List<Path> files(String glob) throws IOException {
		List<Path> files = new ArrayList<>();
		try (var stream = Files.newDirectoryStream(day.resolve("examples"), glob)) {
			stream.forEach(files::add);
		}
		files.sort(null);
		return files;
	}

	private static String name(Path file) {
		String name = file.getFileName().toString();
		return name.substring(0, name.lastIndexOf('.'));
	}

	@Test
	void everyExperimentOfThatDayLoadsValidatesAndHasItsFamily() throws Exception {
		List<Path> experiments = files("*.plateau");
		assertEquals(29, experiments.size(), "the 29 examples of that day");
		for (Path file : experiments) {
			Experiment experiment = PlateauResources.load(file);
			ExperimentRunner.validate(experiment);
			assertTrue(registry.familyFor(experiment).isPresent(), file.getFileName() + " has no family");
		}
	}

	@Test
	void everyExperimentOfThatDayGivesTheRecordsOfThatDay() throws Exception {
		ExperimentRunner runner = new ExperimentRunner(registry);
		for (Path file : files("*.plateau")) {
			String name = name(file);
			ResultsTable expected = readCsv(day.resolve("records").resolve(name).resolve("metrics.csv"));
			Experiment experiment = PlateauResources.load(file);
			long steps = expected.step(expected.size() - 1);
			// as the CLI's --steps did: snapshot steps beyond the end dropped
			experiment.getTraining().setSteps(steps);
			experiment.getTraining().getSnapshotSteps().removeIf(step -> step > steps);
			RunResult result = runner.run(experiment, new NullProgressMonitor());
			assertEquals(SimulationOutcome.Status.COMPLETED, result.outcome().status(), name + ": " + result.outcome().message());
			assertSame(name + " metrics", expected, result.simulation());
			Path theoryFile = day.resolve("records").resolve(name).resolve("theory.csv");
			List<String> predicted = new ArrayList<>();
			for (TheoryResult theory : result.theory()) {
				theory.table().columns().forEach(c -> predicted.add(theory.prediction().id() + ":" + c));
			}
			if (!Files.exists(theoryFile)) {
				assertTrue(predicted.isEmpty(), name + ": no theory that day, now " + predicted);
				continue;
			}
			ResultsTable expectedTheory = readCsv(theoryFile);
			// a family may record more than that day (new metrics); every column of that day is still there, same numbers
			assertTrue(predicted.containsAll(expectedTheory.columns()), name + ": the theory's columns " + predicted);
			double theoryScale = 0;
			for (String column : expectedTheory.columns()) {
				theoryScale = Math.max(theoryScale, largest(expectedTheory.column(column)));
			}
			for (TheoryResult theory : result.theory()) {
				for (String column : theory.table().columns()) {
					if (!expectedTheory.columns().contains(theory.prediction().id() + ":" + column)) {
						continue;
					}
					assertColumn(name + " " + theory.prediction().id() + ":" + column, expectedTheory.steps(),
							expectedTheory.column(theory.prediction().id() + ":" + column), theory.table().steps(),
							theory.table().column(column), theoryScale);
				}
			}
		}
	}

	@Test
	void everySweepOfThatDayLoadsAndPlansPointsThatValidate() throws Exception {
		List<Path> sweeps = files("*.sweep");
		assertEquals(5, sweeps.size(), "the 5 example sweeps of that day");
		for (Path file : sweeps) {
			Sweep sweep = PlateauResources.loadSweep(file);
			SweepPlan plan = SweepPlan.of(sweep);
			assertFalse(plan.points().isEmpty(), file.getFileName() + " plans no point");
			for (SweepPoint point : plan.points()) {
				try {
					ExperimentRunner.validate(point.experiment());
				} catch (ExperimentException e) {
					throw new AssertionError(file.getFileName() + " point " + point.id() + ": " + e.getMessage(), e);
				}
				assertTrue(registry.familyFor(point.experiment()).isPresent());
			}
		}
	}

	@Test
	void runFoldersOfThatDayReadBackWithTheirMetricsTheoryAndSnapshots() throws Exception {
		for (String folder : List.of("run-semantic-development", "run-race-toy")) {
			Path path = day.resolve(folder);
			assertTrue(ResultsReader.isRunFolder(path), folder);
			RunResult read = ResultsReader.read(path, registry);
			ResultsTable metrics = readCsv(path.resolve("metrics.csv"));
			assertEquals(SimulationOutcome.Status.COMPLETED, read.outcome().status(), folder);
			assertSame(folder, metrics, read.simulation());
			assertTrue(read.metrics().stream().map(m -> m.id()).toList().containsAll(metrics.columns()), folder);
			assertFalse(read.theory().isEmpty(), folder + ": theory");
			assertFalse(read.plots().isEmpty(), folder + ": plots");
			assertTrue(read.family() != null, folder + ": family");
		}
		RunResult semantic = ResultsReader.read(day.resolve("run-semantic-development"), registry);
		assertFalse(semantic.snapshots().isEmpty(), "the snapshots of semantic-development");
		assertFalse(semantic.metricLabel("a1").equals("a1"), "a1 is labelled in the paper's terms, not by its id");
	}

	@Test
	void aFileOfThatDayIsSavedInTodaysFormatAndItsErrorsKeepTheirLines(@org.junit.jupiter.api.io.TempDir Path temp)
			throws Exception {
		// read, saved: today's namespaces, the architecture in the engine's package
		Experiment race = PlateauResources.load(day.resolve("examples/race-toy.plateau"));
		Path saved = temp.resolve("race-toy.plateau");
		PlateauResources.save(race, saved);
		String xml = Files.readString(saved);
		assertTrue(xml.contains("http://www.plateau.org/model/experiment/2.0") && !xml.contains("experiment/1.0"), xml);
		assertTrue(xml.contains("xsi:type=\"gdln:GatedArchitecture\""), xml);
		Experiment lambda = PlateauResources.load(day.resolve("examples/lazy-to-rich-rich.plateau"));
		assertEquals("LambdaBalancedInitialisation", lambda.getInitialisation().eClass().getName());
		assertEquals("http://www.plateau.org/model/family/deeplinear/2.0",
				lambda.getInitialisation().eClass().getEPackage().getNsURI());
		// an old file with a fault on line 6 is reported at line 6, after the rewrite
		String old = Files.readString(day.resolve("examples/race-toy.plateau"));
		List<String> lines = new ArrayList<>(List.of(old.split("\n", -1)));
		int architecture = 0;
		while (!lines.get(architecture).contains("<architecture")) {
			architecture++;
		}
		lines.set(architecture + 1, lines.get(architecture + 1).replace("dim=\"4\"", "dim=\"4\" width=\"9\""));
		Path broken = temp.resolve("broken.plateau");
		Files.writeString(broken, String.join("\n", lines));
		try {
			PlateauResources.load(broken);
			throw new AssertionError("an unknown feature loaded");
		} catch (java.io.IOException e) {
			assertTrue(e.getMessage().contains("line " + (architecture + 2) + ","), e.getMessage());
		}
	}

	private static void assertSame(String what, ResultsTable expected, ResultsTable actual) {
		assertTrue(actual.columns().containsAll(expected.columns()), what + ": columns " + actual.columns());
		double tableScale = 0;
		for (String column : expected.columns()) {
			tableScale = Math.max(tableScale, largest(expected.column(column)));
		}
		for (String column : expected.columns()) {
			assertColumn(what + " " + column, expected.steps(), expected.column(column), actual.steps(),
					actual.column(column), tableScale);
		}
	}

	private static double largest(double[] values) {
		double largest = 0;
		for (double v : values) {
			if (Double.isFinite(v)) {
				largest = Math.max(largest, Math.abs(v));
			}
		}
		return largest;
	}

	/**
	 * Each value within {@link #TOLERANCE} of its column's largest |value|, and that scale no smaller than 1e-6 of the
	 * table's: a column that the theory says is zero holds rounding noise (a mode strength of 1e-21 beside ones of
	 * order 1), which a new order of sums changes entirely (issue 15's BLAS kernels did).
	 */
	private static void assertColumn(String what, long[] expectedSteps, double[] expected, long[] steps, double[] actual,
			double tableScale) {
		assertTrue(Arrays.equals(expectedSteps, steps), what + ": recorded at other steps");
		double scale = Math.max(1e-300, Math.max(largest(expected), 1e-6 * tableScale));
		for (int i = 0; i < expected.length; i++) {
			boolean same = Double.isNaN(expected[i]) ? Double.isNaN(actual[i])
					: Math.abs(expected[i] - actual[i]) <= TOLERANCE * scale;
			assertTrue(same, what + " at step " + steps[i] + ": " + actual[i] + ", that day " + expected[i]);
		}
	}

	/** A CSV of {@code step,<columns>} as the CLI writes it. */
	private static ResultsTable readCsv(Path file) throws IOException {
		List<String> lines;
		try (Stream<String> stream = Files.lines(file)) {
			lines = stream.filter(l -> !l.isBlank()).toList();
		}
		List<String> header = List.of(lines.get(0).split(","));
		ResultsTable table = new ResultsTable(header.subList(1, header.size()));
		for (String line : lines.subList(1, lines.size())) {
			String[] cells = line.split(",", -1);
			double[] row = new double[cells.length - 1];
			for (int c = 1; c < cells.length; c++) {
				row[c - 1] = cells[c].isEmpty() ? Double.NaN : Double.parseDouble(cells[c]);
			}
			table.add(Long.parseLong(cells[0]), row);
		}
		return table;
	}
}
