package org.plateau.core.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plateau.core.registry.FamilyRegistry;
import org.plateau.core.results.ResultsPublisher;
import org.plateau.core.results.ResultsReader;
import org.plateau.core.results.RunFolderWriter;
import org.plateau.core.run.ExperimentRunner;
import org.plateau.core.run.RunResult;
import org.plateau.core.runs.RunsTable.Group;
import org.plateau.core.runs.RunsTable.Row;
import org.plateau.core.sweep.SweepPlan;
import org.plateau.core.sweep.SweepRunner;
import org.plateau.core.sweep.SweepSummary;
import org.plateau.core.sweep.SweepSummary.Estimate;
import org.plateau.core.testkit.FakeFamily;
import org.plateau.model.Experiment;
import org.plateau.model.PlateauFactory;
import org.plateau.model.Sweep;
import org.plateau.model.SweepAxis;
import org.plateau.model.util.PlateauResources;

/**
 * The runs table (issue 19, item 3): which parameters become columns, the statistics each row shows, and the seeds of
 * a setting as mean ± standard error, in the table and as one curve.
 */
class RunsTableTest {

	@TempDir
	Path folder;

	private final FamilyRegistry registry = FamilyRegistry.of(new FakeFamily());

	@Test
	void anExperimentsRunsAreToldApartByTheFieldsThatDiffer() throws Exception {
		Path a = run(0.05, 3, "a");
		Path b = run(0.05, 4, "b");
		Path c = run(0.1, 3, "c");
		RunsTable table = RunsTable.ofRuns(List.of(a, b, c), registry, new NullProgressMonitor());

		assertEquals(List.of("training.learningRate"), table.parameters().stream().map(RunsTable.Parameter::path).toList(),
				"only the learning rate differs; the seed is a column of its own, not a parameter");
		assertEquals("learning rate η", table.parameters().get(0).name());
		// the loss declares every summary meaningful, the weight only its final value (and half-way time)
		assertEquals(List.of("w.final", "loss.final", "loss.min"), table.columns().stream().map(RunsTable.Column::key).toList());
		assertEquals(List.of("w final", "loss final", "loss least"),
				table.columns().stream().map(RunsTable.Column::header).toList());

		Row first = table.rows().get(0);
		assertEquals(List.of(0.05), first.values());
		assertEquals(3, first.seed());
		assertEquals("completed", first.status());
		RunResult read = ResultsReader.read(a, registry);
		double[] w = read.simulation().column("w");
		assertEquals(w[w.length - 1], first.statistic("w.final"), 0, "the final value, from the run's own records");
		assertEquals("learning rate η = 0.05, seed 3", table.describe(first));
		RunsTable.Parameter rate = table.parameters().get(0);
		assertEquals("0.0005", rate.format(5e-4), "not 5.0E-4");
		assertEquals("7.14286e-06", rate.format(7.142857142857143E-6), "six digits");
		assertEquals("1250", rate.format(1250.0));

		// the two seeds at eta = 0.05 are one setting: their mean and standard error
		List<Group> settings = table.groupBy(null);
		assertEquals(2, settings.size());
		Group both = settings.get(0);
		assertEquals("learning rate η = 0.05", both.label());
		double x = first.statistic("loss.final");
		double y = table.rows().get(1).statistic("loss.final");
		assertTrue(x != y, "the seeds start from different w0, so their losses differ");
		Estimate estimate = both.estimate("loss.final");
		assertEquals((x + y) / 2, estimate.mean(), 1e-15);
		assertEquals(Math.abs(x - y) / 2, estimate.standardError(), 1e-15, "s / sqrt(2) with s = |x - y| / sqrt(2)");
		assertEquals(2, estimate.count());
	}

	@Test
	void theSeedsOfASettingAreOneCurveOfTheirMeanWithItsStandardError() throws Exception {
		RunResult a = ResultsReader.read(run(0.05, 3, "a"), registry);
		RunResult b = ResultsReader.read(run(0.05, 8, "b"), registry);
		RunResult mean = SeedMean.of(List.of(a, b));
		assertEquals(a.simulation().size(), mean.simulation().size(), "every step both seeds recorded");
		for (String metric : List.of("loss", "w")) {
			double[] x = a.simulation().column(metric);
			double[] y = b.simulation().column(metric);
			double[] m = mean.simulation().column(metric);
			double[] se = mean.simulation().column(metric + SeedMean.STANDARD_ERROR);
			for (int i = 0; i < m.length; i++) {
				assertEquals((x[i] + y[i]) / 2, m[i], 1e-15, metric + " at row " + i);
				assertEquals(Math.abs(x[i] - y[i]) / 2, se[i], 1e-15, metric + " s.e. at row " + i);
			}
		}
		assertEquals(a.theory(), mean.theory(), "the theory of the setting, drawn once");
	}

	@Test
	void aSweepsPointsAreRowsWithTheSweepsOwnStatistics() throws Exception {
		Path base = folder.resolve("relax.plateau");
		PlateauResources.save(FakeFamily.experiment("relax", 2.0), base);
		Sweep sweep = PlateauFactory.eINSTANCE.createSweep();
		sweep.setName("relax-rates");
		sweep.setBase(PlateauResources.load(base));
		sweep.setRepetitions(3);
		SweepAxis axis = PlateauFactory.eINSTANCE.createSweepAxis();
		axis.setFeaturePath("training.learningRate");
		axis.getValues().addAll(List.of("0.02", "0.05"));
		sweep.getAxes().add(axis);
		PlateauResources.saveSweep(sweep, folder.resolve("relax-rates.sweep"));
		SweepPlan plan = SweepPlan.of(PlateauResources.loadSweep(folder.resolve("relax-rates.sweep")));
		Path out = folder.resolve("out");
		SweepRunner.Result result = new SweepRunner(registry, List.of()).run(plan, out,
				new SweepRunner.Options(1, false, false), new NullProgressMonitor());
		// one point's run is gone (a user deleted it): a row "not run", not a missing row
		Path gone = out.resolve(SweepRunner.POINTS_FOLDER).resolve(plan.points().get(5).id());
		try (Stream<Path> files = Files.walk(gone)) {
			files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}

		RunsTable table = RunsTable.ofSweep(plan, out, registry, new NullProgressMonitor());
		assertEquals(6, table.rows().size());
		assertEquals("not run", table.rows().get(5).status());
		List<Group> settings = table.groupBy(table.parameters().get(0));
		assertEquals(List.of("learning rate η = 0.02", "learning rate η = 0.05"), settings.stream().map(Group::label).toList());
		// the table's mean ± s.e. of the first setting is the sweep summary's, which the sweep's figures draw
		SweepSummary summary = result.summary();
		for (String column : List.of("loss.final", "loss.min", "w.final")) {
			Estimate sweepOwn = summary.estimate(0, column);
			Estimate tables = settings.get(0).estimate(column);
			assertEquals(sweepOwn.mean(), tables.mean(), 1e-15, column);
			assertEquals(sweepOwn.standardError(), tables.standardError(), 1e-15, column);
			assertEquals(3, tables.count());
		}
		assertEquals(2, settings.get(1).estimate("loss.final").count(), "the deleted point does not count");
	}

	/** A completed run of the fake family's experiment in its own folder. */
	private Path run(double learningRate, long seed, String name) throws Exception {
		Experiment experiment = FakeFamily.experiment("relax", 2.0);
		experiment.getTraining().setLearningRate(learningRate);
		experiment.setSeed(seed);
		RunFolderWriter writer = new RunFolderWriter(folder.resolve(name));
		RunResult result = new ExperimentRunner(registry).run(experiment, new NullProgressMonitor(), writer);
		writer.finish(result, new ResultsPublisher(List.of()), false);
		return writer.folder();
	}
}
