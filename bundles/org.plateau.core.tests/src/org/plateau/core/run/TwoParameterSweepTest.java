package org.plateau.core.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plateau.core.family.PlotDescriptor;
import org.plateau.core.figures.FigureRenderer;
import org.plateau.core.figures.ParameterMap;
import org.plateau.core.figures.ParameterPlot;
import org.plateau.core.registry.FamilyRegistry;
import org.plateau.core.sweep.RunStatistics.Statistic;
import org.plateau.core.sweep.SweepPlan;
import org.plateau.core.sweep.SweepRunner;
import org.plateau.core.testkit.FakeFamily;
import org.plateau.model.Experiment;
import org.plateau.model.PlateauFactory;
import org.plateau.model.Sweep;
import org.plateau.model.SweepAxis;
import org.plateau.model.util.PlateauResources;

/** A sweep over a grid of two parameters gets a heatmap of each metric's final value over both. */
class TwoParameterSweepTest {

	@TempDir
	Path folder;

	@Test
	void aGridOverTwoAxesDrawsEachMetricsFinalValueOverBoth() throws Exception {
		Experiment base = FakeFamily.experiment("relax", 2.0);
		Path baseFile = folder.resolve("relax.plateau");
		PlateauResources.save(base, baseFile);
		PlateauFactory factory = PlateauFactory.eINSTANCE;
		Sweep sweep = factory.createSweep();
		sweep.setName("relax-grid");
		sweep.setBase(PlateauResources.load(baseFile));
		sweep.getAxes().add(axis("training.learningRate", "0.01", "0.02", "0.05"));
		sweep.getAxes().add(axis("training.steps", "10", "100"));
		PlateauResources.saveSweep(sweep, folder.resolve("relax-grid.sweep"));
		SweepPlan plan = SweepPlan.of(PlateauResources.loadSweep(folder.resolve("relax-grid.sweep")));

		List<ParameterMap> maps = new ArrayList<>();
		List<ParameterPlot> plots = new ArrayList<>();
		FigureRenderer capture = new FigureRenderer() {
			@Override
			public List<Path> render(PlotDescriptor plot, RunResult result, Path directory) {
				return List.of();
			}

			@Override
			public List<Path> render(ParameterPlot plot, Path directory) {
				plots.add(plot);
				return List.of();
			}

			@Override
			public List<Path> render(ParameterMap map, Path directory) throws IOException {
				maps.add(map);
				return List.of();
			}
		};
		SweepRunner.Result result = new SweepRunner(FamilyRegistry.of(new FakeFamily()), List.of(capture)).run(plan,
				folder.resolve("out"), new SweepRunner.Options(1, true, false), new NullProgressMonitor());
		assertTrue(result.summary().unfinished().isEmpty(), result.summary().unfinished().toString());
		ParameterMap weight = maps.stream().filter(m -> m.id().equals("sweep-w-map")).findFirst().orElseThrow();
		assertEquals("learning rate η", weight.xLabel(), "axes named by the fields' display names, not their paths");
		assertEquals("steps", weight.yLabel());
		// the weight declares its final value and half-way time meaningful, the loss every summary
		List<String> ids = plots.stream().map(ParameterPlot::id).toList();
		assertTrue(ids.containsAll(List.of("sweep-w", "sweep-w-t_half", "sweep-loss", "sweep-loss-argmin")), ids.toString());
		assertFalse(ids.contains("sweep-w-argmin"), "no figure of a summary the metric does not declare: " + ids);
		ParameterPlot w = plots.stream().filter(p -> p.id().equals("sweep-w")).findFirst().orElseThrow();
		assertTrue(w.series().stream().noneMatch(s -> s.label().contains(Statistic.MIN.description())),
				"no least value of w: " + w.series().stream().map(ParameterPlot.Series::label).toList());
		assertEquals("learning rate η", w.xLabel());
		assertTrue(w.series().stream().anyMatch(s -> s.label().endsWith("— theory exact: w(t) = s + (w0 - s)(1 - eta)^t")),
				"a theory is named by its label, not its id 'exact': "
						+ w.series().stream().map(ParameterPlot.Series::label).toList());
		assertArrayEquals(new double[] { 0.01, 0.02, 0.05 }, weight.x());
		assertArrayEquals(new double[] { 10, 100 }, weight.y());
		// the fake's weight after t steps: s + (w0 - s)(1 - eta)^t, its w0 drawn from the seed of each point
		double w0 = 0.1 * new java.util.Random(base.getSeed()).nextGaussian();
		for (int j = 0; j < 2; j++) {
			for (int i = 0; i < 3; i++) {
				double expected = 2 + (w0 - 2) * Math.pow(1 - weight.x()[i], weight.y()[j]);
				assertEquals(expected, weight.values()[j][i], 1e-9, "w at eta = " + weight.x()[i] + ", t = " + weight.y()[j]);
			}
		}
	}

	private static SweepAxis axis(String path, String... values) {
		SweepAxis axis = PlateauFactory.eINSTANCE.createSweepAxis();
		axis.setFeaturePath(path);
		axis.getValues().addAll(List.of(values));
		return axis;
	}
}
