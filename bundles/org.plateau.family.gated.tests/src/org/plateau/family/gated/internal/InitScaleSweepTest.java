package org.plateau.family.gated.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plateau.core.registry.FamilyRegistry;
import org.plateau.core.sweep.RunStatistics.Statistic;
import org.plateau.core.sweep.RunStatistics;
import org.plateau.core.sweep.SweepPlan;
import org.plateau.core.sweep.SweepRunner;
import org.plateau.core.sweep.SweepSummary;
import org.plateau.core.sweep.SweepSummary.Estimate;
import org.plateau.model.util.PlateauResources;

/**
 * Spec C2.2 made runnable from an example: the init-scale sweep of the routing task (gains linspace(0.2, 2.5, 6),
 * learning rate 0.006 / gain^(1/3) zipped with them, 700 epochs, 8 seeds per gain). Its values are checked at
 * acceptance; here the qualitative claim, on the mean over the seeds: small initial weights generalize to the
 * untrained pathways, large ones fit the trained pathways and leave the untrained near chance (||Y||²/2 = 122).
 * The sweep's 48 runs take about 50 s on two cores.
 */
class InitScaleSweepTest {

	@Test
	void largeInitialWeightsLeaveTheUntrainedPathwaysNearChance(@TempDir Path folder) throws Exception {
		SweepPlan plan = SweepPlan.of(PlateauResources.loadSweep(new GatedFamily().exampleSweeps().stream()
				.filter(e -> e.fileName().equals("routing-init-scale.sweep")).findFirst().orElseThrow().location()));
		assertEquals(6, plan.settings());
		assertTrue(plan.sweep().getRepetitions() >= 8, "C2.2 reads the mean over at least 8 seeds");
		assertEquals(6 * plan.sweep().getRepetitions(), plan.points().size());
		assertEquals(List.of(0.2, 0.0102599), List.of(plan.points().get(0).values().get(0),
				plan.points().get(0).values().get(1)));
		assertEquals(700L, plan.points().get(5).values().get(2));
		SweepSummary summary = new SweepRunner(FamilyRegistry.of(new GatedFamily()), List.of())
				.run(plan, folder, new SweepRunner.Options(2, false, false), new NullProgressMonitor()).summary();
		assertTrue(summary.unfinished().isEmpty(), summary.unfinished().toString());
		String untrained = RunStatistics.column(GatedSetup.UNTRAINED, Statistic.FINAL);
		String trained = RunStatistics.column(GatedSetup.TRAINED, Statistic.FINAL);
		// the check reads the sweep's table of settings: untrained.error.final.mean, .se and .n per gain
		List<Map<String, String>> settings = SweepSummary.readSettings(folder.resolve(SweepSummary.SETTINGS_FILE));
		assertEquals(6, settings.size());
		for (int s = 0; s < 6; s++) {
			Estimate u = estimate(settings.get(s), untrained);
			Estimate t = estimate(settings.get(s), trained);
			assertEquals(plan.sweep().getRepetitions(), u.count(), "every seed of setting " + s + " has its error");
			System.out.printf("C2.2 gain %s (%d seeds): untrained %.4g +- %.2g, trained %.4g +- %.2g%n",
					settings.get(s).get("initialisation.gain"), u.count(), u.mean(), u.standardError(), t.mean(),
					t.standardError());
		}
		for (SweepSummary.Row row : summary.rows()) {
			if (row.point().setting() == 0) {
				System.out.printf("C2.2 gain 0.2, seed %d: untrained %.4g, trained %.4g%n", row.point().seed(),
						row.statistics().get(untrained), row.statistics().get(trained));
			}
		}
		// the check reads the mean over the seeds (issue 14: at gain 0.2 single seeds scatter around the spec's line);
		// measured, mean +- s.e. over seeds 1-8: untrained 1.19 +- 0.47, 0.45 +- 0.03, 4.26 +- 0.21, 18.1 +- 0.9,
		// 48.1 +- 2.1, 100.4 +- 3.9 for gains 0.2 ... 2.5; trained 1.14 +- 0.46 at 0.2 (still learning at epoch 700:
		// 0.007 ... 3.6 by seed, the untrained error within 0.09 above it in each), < 0.032 from 0.66 on
		Estimate smallest = estimate(settings.get(0), untrained);
		assertTrue(smallest.mean() < 5, "gain 0.2 solves the untrained pathways (chance 122): " + smallest);
		Estimate small = estimate(settings.get(1), untrained);
		assertTrue(small.mean() < 1, "gain 0.66 generalizes: " + small);
		Estimate large = estimate(settings.get(5), untrained);
		assertTrue(large.mean() > 80, "gain 2.5 stays near chance (122): " + large);
		assertTrue(estimate(settings.get(5), trained).mean() < 0.01, "while it fits the trained pathways");
		for (int s = 2; s < 6; s++) {
			Estimate lower = estimate(settings.get(s - 1), untrained);
			Estimate higher = estimate(settings.get(s), untrained);
			// by more than 3 standard errors of the difference, not by the luck of the seeds
			double margin = 3 * Math.hypot(lower.standardError(), higher.standardError());
			assertTrue(higher.mean() - lower.mean() > margin, "the untrained error grows with the gain from 0.66 on, at "
					+ "setting " + s + ": " + lower + " then " + higher);
		}
	}

	/** A statistic's mean, standard error and count in a row of settings.csv. */
	private static Estimate estimate(Map<String, String> setting, String column) {
		return new Estimate(Double.parseDouble(setting.get(column + SweepSummary.MEAN)),
				Double.parseDouble(setting.get(column + SweepSummary.STANDARD_ERROR)),
				Integer.parseInt(setting.get(column + SweepSummary.COUNT)));
	}
}
