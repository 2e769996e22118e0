package org.plateau.family.deeplinear.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plateau.core.family.ExperimentException;
import org.plateau.core.family.SimulationOutcome;
import org.plateau.core.figures.ParameterPlot;
import org.plateau.core.registry.FamilyRegistry;
import org.plateau.core.sweep.RunStatistics;
import org.plateau.core.sweep.RunStatistics.Statistic;
import org.plateau.core.sweep.SweepPlan;
import org.plateau.core.sweep.SweepResults;
import org.plateau.core.sweep.SweepRunner;
import org.plateau.core.sweep.SweepSummary;
import org.plateau.model.Sweep;

/**
 * The sweep of the generalization error against alpha = P/N (Advani & Saxe 2017, spec 1.4(e)): E_g(inf) and
 * min_t E_g against alpha, simulation against the Marchenko-Pastur theory, through the local sweep executor; and
 * the executor's own promises (a failing point does not stop the others, an interrupted sweep resumes).
 */
class GeneralizationSweepTest {

	private static final String EG = DeepLinearSetup.GENERALIZATION_ERROR;
	private static final String THEORY = AdvaniSaxeTheory.ID;

	private final SweepRunner runner = new SweepRunner(FamilyRegistry.of(new DeepLinearFamily()), List.of());

	/** The example sweep at alpha = 0.5, 1, 2 (P = 200, 400, 800 of N = 400), with the given repetitions. */
	private static Sweep threeAlphas(int repetitions) throws Exception {
		Sweep sweep = Examples.loadSweep("generalization-alpha.sweep");
		sweep.getAxes().get(0).getValues().clear();
		sweep.getAxes().get(0).getValues().addAll(List.of("200", "400", "800"));
		sweep.setRepetitions(repetitions);
		return sweep;
	}

	@Test
	void theExampleSweepsElevenAlphasWithThreeSeedsEach() throws Exception {
		SweepPlan plan = SweepPlan.of(Examples.loadSweep("generalization-alpha.sweep"));
		assertEquals(11, plan.settings());
		assertEquals(33, plan.points().size());
		assertEquals(List.of("task.samples"), plan.axisPaths());
		assertEquals(List.of(80, 160, 240, 320, 360, 400, 440, 500, 600, 800, 1200), plan.axisValues().get(0));
		// derived seeds: the base's seed (1) plus the repetition, the same three draws at every alpha
		assertEquals(List.of(1L, 2L, 3L), plan.points().subList(0, 3).stream().map(p -> p.seed()).toList());
		assertEquals(1200, ((org.plateau.family.deeplinear.model.TeacherStudentTask) plan.points().get(32).experiment()
				.getTask()).getSamples());
	}

	@Test
	void generalizationErrorAgainstAlphaFollowsTheTheory(@TempDir Path folder) throws Exception {
		SweepRunner.Result result = runner.run(SweepPlan.of(threeAlphas(3)), folder,
				new SweepRunner.Options(2, true, false), new NullProgressMonitor());
		SweepSummary summary = result.summary();
		assertEquals(9, result.ran());
		assertTrue(summary.unfinished().isEmpty(), "every point completed: " + summary.unfinished());

		// spec C1.18: min_t E_g = 0.8951 (alpha 0.5), 0.6501 (alpha 1), 0.4322 (alpha 2); E_g(inf) = 1, inf, 0.5
		double[] minimum = { 0.8951, 0.6501, 0.4322 };
		double[] limit = { 1.0, Double.POSITIVE_INFINITY, 0.5 };
		for (int s = 0; s < 3; s++) {
			double theoryMinimum = summary.estimate(s, RunStatistics.column(EG, Statistic.MIN, THEORY)).mean();
			// the theory's minimum over the recorded times (every 0.5 tau) is the minimum to 0.2%
			assertEquals(minimum[s], theoryMinimum, 0.002 * minimum[s], "theory's min_t E_g at setting " + s);
			SweepSummary.Estimate simulated = summary.estimate(s, RunStatistics.column(EG, Statistic.MIN));
			assertEquals(3, simulated.count());
			// spec 1.4(f): within 5% (its numbers are means of 20 draws; three draws of N = 400 scatter ~3%)
			assertEquals(theoryMinimum, simulated.mean(), 0.05 * theoryMinimum, "simulated min_t E_g at setting " + s);
			assertEquals(limit[s], summary.rows().get(3 * s).statistics().get(RunStatistics.column(EG, Statistic.LIMIT, THEORY)),
					1e-12, "E_g(inf) at setting " + s);
			// at the end of training (t = 200 tau) the simulation follows the theory at that time
			double theoryFinal = summary.estimate(s, RunStatistics.column(EG, Statistic.FINAL, THEORY)).mean();
			double simulatedFinal = summary.estimate(s, RunStatistics.column(EG, Statistic.FINAL)).mean();
			assertEquals(theoryFinal, simulatedFinal, 0.1 * theoryFinal, "E_g(200 tau) at setting " + s);
		}
		// the overtraining peak: at alpha = 1, E_g at the end is far above its minimum, and above both neighbours
		double[] finals = new double[3];
		for (int s = 0; s < 3; s++) {
			finals[s] = summary.estimate(s, RunStatistics.column(EG, Statistic.FINAL)).mean();
		}
		assertTrue(finals[1] > 2 * finals[0] && finals[1] > 2 * finals[2], "peak at alpha = 1: " + List.of(finals[0], finals[1], finals[2]));

		// the figure of E_g against P: points for the simulation, dense theory curves peaking at P = N = 400
		ParameterPlot plot = result.plots().stream().filter(p -> p.id().equals("sweep-" + EG)).findFirst().orElseThrow();
		ParameterPlot.Series theoryLimit = plot.series().stream()
				.filter(s -> s.style() == ParameterPlot.Style.LINE && s.label().contains("limit")).findFirst().orElseThrow();
		assertTrue(theoryLimit.x().length > 40, "the theory is drawn between the points: " + theoryLimit.x().length);
		int peak = 0;
		for (int i = 0; i < theoryLimit.y().length; i++) {
			peak = theoryLimit.y()[i] > theoryLimit.y()[peak] ? i : peak;
		}
		assertTrue(Math.abs(theoryLimit.x()[peak] - 400) <= 20 && theoryLimit.y()[peak] > 5,
				"E_g(inf) peaks near alpha = 1: " + theoryLimit.x()[peak] + ", " + theoryLimit.y()[peak]);
		ParameterPlot.Series points = plot.series().get(0);
		assertEquals(ParameterPlot.Style.POINTS, points.style());
		assertEquals(List.of(200.0, 400.0, 800.0), List.of(points.x()[0], points.x()[1], points.x()[2]));
		assertTrue(result.plots().stream().anyMatch(p -> p.id().equals("sweep-" + EG + "-argmin")), "t* against P");

		List<String> summaryLines = Files.readAllLines(folder.resolve(SweepSummary.FILE));
		assertEquals(10, summaryLines.size(), "a header and nine rows");
		assertTrue(summaryLines.get(0).startsWith("point,setting,repetition,seed,task.samples,status,message,"), summaryLines.get(0));
		assertTrue(summaryLines.get(0).contains(THEORY + ":" + EG + ".limit"), summaryLines.get(0));
	}

	@Test
	void aFailingPointDoesNotStopTheOthersAndTheSweepResumes(@TempDir Path folder) throws Exception {
		Sweep sweep = threeAlphas(1);
		// the folder of point 0001 cannot be made: a file is in its way
		Files.createDirectories(folder.resolve(SweepRunner.POINTS_FOLDER));
		Path blocker = folder.resolve(SweepRunner.POINTS_FOLDER).resolve("0001");
		Files.writeString(blocker, "not a folder");
		SweepRunner.Options options = new SweepRunner.Options(2, false, false);
		SweepRunner.Result first = runner.run(SweepPlan.of(sweep), folder, options, new NullProgressMonitor());
		assertEquals(3, first.ran());
		assertEquals(1, first.summary().unfinished().size());
		SweepSummary.Row failed = first.summary().unfinished().get(0);
		assertEquals(1, failed.point().index());
		assertEquals(SimulationOutcome.Status.FAILED, failed.status());
		assertTrue(failed.message().contains("0001"), failed.message());
		assertTrue(Files.isRegularFile(folder.resolve(SweepRunner.POINTS_FOLDER).resolve("0002").resolve("metrics.csv")));

		Files.delete(blocker);
		SweepRunner.Result second = runner.run(SweepPlan.of(threeAlphas(1)), folder, options, new NullProgressMonitor());
		assertEquals(1, second.ran(), "only the failed point runs again");
		assertEquals(2, second.resumed());
		assertTrue(second.summary().unfinished().isEmpty());
		// the points read back have the statistics they had
		assertEquals(first.summary().rows().get(2).statistics(), second.summary().rows().get(2).statistics());
	}

	@Test
	void aCancelledSweepKeepsItsFinishedPointsAndResumes(@TempDir Path folder) throws Exception {
		SweepRunner.Options options = new SweepRunner.Options(1, false, false);
		NullProgressMonitor stopAfterOne = new NullProgressMonitor() {
			private int done;

			@Override
			public void worked(int work) {
				done += work;
			}

			@Override
			public void internalWorked(double work) {
				done += (int) work;
			}

			@Override
			public boolean isCanceled() {
				return done >= 1;
			}
		};
		SweepRunner.Result first = runner.run(SweepPlan.of(threeAlphas(1)), folder, options, stopAfterOne);
		assertTrue(first.cancelled());
		assertTrue(first.summary().rows().size() < 3, "not every point ran: " + first.summary().rows().size());
		assertTrue(first.summary().rows().get(0).completed());

		SweepRunner.Result second = runner.run(SweepPlan.of(threeAlphas(1)), folder, options, new NullProgressMonitor());
		assertFalse(second.cancelled());
		assertTrue(second.resumed() >= 1, "the finished point is read back");
		assertEquals(3, second.ran() + second.resumed());
		assertTrue(second.summary().unfinished().isEmpty());
	}

	@Test
	void aFolderOfAnotherSweepIsRefused(@TempDir Path folder) throws Exception {
		SweepRunner.Options options = new SweepRunner.Options(1, false, false);
		Sweep one = threeAlphas(1);
		one.getAxes().get(0).getValues().retainAll(List.of("200"));
		runner.run(SweepPlan.of(one), folder, options, new NullProgressMonitor());
		Exception e = assertThrows(java.io.IOException.class,
				() -> runner.run(SweepPlan.of(threeAlphas(1)), folder, options, new NullProgressMonitor()));
		assertTrue(e.getMessage().contains("another sweep"), e.getMessage());
	}

	@Test
	void anAxisNamingNoFeatureOrAnInvalidValueIsAnErrorNamingBoth() throws Exception {
		Sweep misnamed = threeAlphas(1);
		misnamed.getAxes().get(0).setFeaturePath("task.sample");
		ExperimentException e = assertThrows(ExperimentException.class, () -> SweepPlan.of(misnamed));
		assertTrue(e.getMessage().contains("task.sample") && e.getMessage().contains("has no feature 'sample'")
				&& e.getMessage().contains("samples"), e.getMessage());

		Sweep outOfRange = threeAlphas(1);
		outOfRange.getAxes().get(0).getValues().add("-5");
		e = assertThrows(ExperimentException.class, () -> SweepPlan.of(outOfRange));
		assertTrue(e.getMessage().contains("value -5 of task.samples") && e.getMessage().contains("samples"), e.getMessage());
	}

	@Test
	void theTheorysGapsAreNamedAndTheFolderReadsBackAsTheRunnerDrewIt(@TempDir Path folder) throws Exception {
		Sweep sweep = threeAlphas(1);
		// the Marchenko-Pastur theory's time is that of the SUM loss: under MEAN it has no value, a gap to be named
		org.plateau.model.SweepAxis convention = org.plateau.model.PlateauFactory.eINSTANCE.createSweepAxis();
		convention.setFeaturePath("training.lossConvention");
		convention.getValues().addAll(List.of("SUM", "MEAN"));
		sweep.getAxes().add(convention);
		SweepRunner.Result result = runner.run(SweepPlan.of(sweep), folder, new SweepRunner.Options(2, true, false),
				new NullProgressMonitor());
		assertEquals(6, result.ran());
		assertTrue(result.summary().unfinished().isEmpty(), result.summary().unfinished().toString());
		assertEquals(1, result.theoryProblems().size(), "one reason: " + result.theoryProblems());
		String gap = result.theoryProblems().get(0);
		assertTrue(gap.startsWith("task.samples=200, training.lossConvention=MEAN: ") && gap.contains("SUM loss"), gap);

		FamilyRegistry registry = FamilyRegistry.of(new DeepLinearFamily());
		SweepResults read = SweepResults.read(registry, folder, null);
		assertEquals(6, read.completed());
		assertEquals(result.theoryProblems(), read.theoryProblems());
		assertEquals(result.plots().stream().map(ParameterPlot::id).toList(), read.plots().stream().map(ParameterPlot::id).toList(),
				"the same figures as the files");
		String column = RunStatistics.column(EG, Statistic.FINAL);
		for (int r = 0; r < 6; r++) {
			assertEquals(result.summary().rows().get(r).statistics().get(column), read.summary().rows().get(r).statistics().get(column),
					"E_g(t_end) of point " + r + " read back");
		}
		ParameterPlot figure = read.plots().stream().filter(p -> p.id().equals("sweep-" + EG)).findFirst().orElseThrow();
		assertTrue(figure.series().stream().anyMatch(s -> s.label().contains("(loss convention = mean) — simulation")),
				"a series per group of the other axis: " + figure.series().stream().map(ParameterPlot.Series::label).toList());

		// a point whose folder is gone is not in the rows read again; the theory is kept
		try (java.util.stream.Stream<Path> paths = Files.walk(folder.resolve(SweepRunner.POINTS_FOLDER).resolve("0001"))) {
			for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
		SweepResults again = read.reread(registry, folder, null);
		assertEquals(5, again.completed());
		assertEquals(5, again.summary().rows().size());
		assertEquals(read.theoryProblems(), again.theoryProblems());
		assertThrows(java.io.IOException.class, () -> SweepResults.read(registry, folder.resolve(SweepRunner.POINTS_FOLDER), null),
				"a folder without a sweep is refused");
	}
}
