package org.plateau.family.localization.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plateau.core.figures.ParameterPlot;
import org.plateau.core.figures.ParameterPlot.Series;
import org.plateau.core.registry.FamilyRegistry;
import org.plateau.core.sweep.SweepPlan;
import org.plateau.core.sweep.SweepRunner;
import org.plateau.family.localization.data.PixelMarginal;
import org.plateau.family.localization.theory.MarginalMoments;
import org.plateau.model.Experiment;
import org.plateau.model.PlateauFactory;
import org.plateau.model.Sweep;
import org.plateau.model.SweepAxis;
import org.plateau.model.util.PlateauResources;

/**
 * IPR against excess kurtosis across a sweep (issue 17; Lufkin, Saxe &amp; Grant 2024, Fig. 4; the quantity of check
 * 2-F): a sweep over the NLGP gain g draws the final IPR, of SGD and of the effective dynamics, against the excess
 * kurtosis kappa(g) - 3 that each point records, not against g. Small runs (200 steps, batch 2000): what is checked is
 * where the points sit, each at its marginal's kurtosis by quadrature, in the order of the kurtosis.
 */
class KurtosisSweepTest {

	@TempDir
	Path folder;

	/** A sweep of the shortened localization-nlgp over one field, run with its figures (not written). */
	private SweepRunner.Result sweep(String path, String... values) throws Exception {
		Experiment base = SingleNeuronLocalisationTest.example("localization-nlgp.plateau");
		base.getTraining().setSteps(200);
		base.getTraining().setBatchSize(2000);
		base.getTraining().getSnapshotSteps().clear();
		Path baseFile = folder.resolve("nlgp.plateau");
		PlateauResources.save(base, baseFile);
		Sweep sweep = PlateauFactory.eINSTANCE.createSweep();
		sweep.setName("nlgp-sweep");
		sweep.setBase(PlateauResources.load(baseFile));
		SweepAxis axis = PlateauFactory.eINSTANCE.createSweepAxis();
		axis.setFeaturePath(path);
		axis.getValues().addAll(List.of(values));
		sweep.getAxes().add(axis);
		Path file = folder.resolve("nlgp-sweep.sweep");
		PlateauResources.saveSweep(sweep, file);
		SweepPlan plan = SweepPlan.of(PlateauResources.loadSweep(file));
		SweepRunner.Result result = new SweepRunner(FamilyRegistry.of(new LocalizationFamily()), List.of()).run(plan,
				folder.resolve("out-" + path), new SweepRunner.Options(1, true, false), new NullProgressMonitor());
		assertEquals(values.length, result.ran());
		return result;
	}

	@Test
	void theIprIsDrawnAgainstTheExcessKurtosisOfEachPoint() throws Exception {
		SweepRunner.Result result = sweep("task.gain", "0.01", "1.0", "100.0");

		// g = 0.01, 1, 100: kappa - 3 falls from ~0 (Gaussian) to ~-2 (+-1 pixels); the figure's x is kappa - 3, ascending
		double[] excess = new double[3];
		double[] gains = { 100, 1, 0.01 };
		for (int i = 0; i < 3; i++) {
			excess[i] = MarginalMoments.kurtosis(PixelMarginal.nlgp(gains[i])) - 3;
			assertEquals(excess[i], result.summary().estimate(2 - i, "excess-kurtosis.final").mean(), 1e-9,
					"the point g = " + gains[i] + " records its kurtosis");
		}
		ParameterPlot plot = result.plots().stream().filter(p -> p.id().equals("sweep-ipr-vs-excess-kurtosis"))
				.findFirst().orElseThrow(() -> new AssertionError("no IPR-against-kurtosis figure in "
						+ result.plots().stream().map(ParameterPlot::id).toList()));
		assertTrue(plot.xLabel().contains("excess kurtosis"), plot.xLabel());
		Series simulation = plot.series().get(0);
		assertArrayEquals(excess, simulation.x(), 1e-9, "SGD points at kappa - 3");
		for (int i = 0; i < 3; i++) {
			assertEquals(result.summary().estimate(2 - i, "ipr.final").mean(), simulation.y()[i], 1e-12);
		}
		Series theory = plot.series().stream().filter(s -> s.label().endsWith("theory effective dynamics")).findFirst()
				.orElseThrow(() -> new AssertionError("no effective-dynamics line"));
		assertArrayEquals(excess, theory.x(), 1e-9, "the effective dynamics at the same abscissae");
		// the quantity of the setting is not itself drawn against itself
		assertTrue(result.plots().stream().noneMatch(p -> p.id().equals("sweep-excess-kurtosis-vs-excess-kurtosis")));
	}

	@Test
	void aSweepThatDoesNotMoveTheKurtosisDrawsNothingAgainstIt() throws Exception {
		SweepRunner.Result result = sweep("training.learningRate", "0.05", "0.1");
		assertTrue(result.plots().stream().anyMatch(p -> p.id().equals("sweep-ipr")), "against the learning rate");
		assertTrue(result.plots().stream().noneMatch(p -> p.id().endsWith("-vs-excess-kurtosis")),
				"every point at the same kurtosis: no figure against it");
	}
}
