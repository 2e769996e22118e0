package org.plateau.core.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plateau.core.family.ExperimentException;
import org.plateau.core.registry.FamilyRegistry;
import org.plateau.core.results.FolderLock;
import org.plateau.core.testkit.FakeFamily;
import org.plateau.model.AxisSpacing;
import org.plateau.model.PlateauFactory;
import org.plateau.model.Sweep;
import org.plateau.model.SweepAxis;
import org.plateau.model.util.PlateauResources;

/** Issue 13, points 4 and 5 for sweeps: a plan too large is refused before a point is made; one runner per folder. */
class SweepLimitsTest {

	@TempDir
	Path folder;

	@Test
	void aSweepOfTenMillionPointsIsRefusedBeforeAnyPointIsMadeNamingItsAxes() throws Exception {
		Path base = folder.resolve("relax.plateau");
		PlateauResources.save(FakeFamily.experiment("relax", 2.0), base);
		Sweep sweep = PlateauFactory.eINSTANCE.createSweep();
		sweep.setName("huge");
		sweep.setBase(PlateauResources.load(base));
		sweep.setRepetitions(10);
		for (String path : List.of("training.learningRate", "training.steps")) {
			SweepAxis axis = PlateauFactory.eINSTANCE.createSweepAxis();
			axis.setFeaturePath(path);
			axis.setSpacing(AxisSpacing.LINEAR);
			axis.setFrom(path.endsWith("steps") ? 100 : 0.001);
			axis.setTo(path.endsWith("steps") ? 10000 : 0.1);
			axis.setCount(1000);
			sweep.getAxes().add(axis);
		}
		long start = System.nanoTime();
		ExperimentException e = assertThrows(ExperimentException.class, () -> SweepPlan.of(sweep));
		assertTrue(System.nanoTime() - start < 2_000_000_000L, "refused at once, not after making 10^7 experiments");
		assertTrue(e.getMessage().contains("1.00e+07 points") && e.getMessage().contains("training.learningRate: 1000 values")
				&& e.getMessage().contains("training.steps: 1000 values") && e.getMessage().contains("repetitions 10"),
				e.getMessage());
	}

	@Test
	void aSecondSweepOnTheSameFolderIsRefused() throws Exception {
		SweepPlan plan = FakeSweeps.learningRates(folder, "0.1", "0.2");
		Path out = folder.resolve("out");
		SweepRunner runner = new SweepRunner(FamilyRegistry.of(new FakeFamily()), List.of());
		try (FolderLock first = FolderLock.acquire(out, "sweep")) {
			FolderLock.FolderInUseException e = assertThrows(FolderLock.FolderInUseException.class,
					() -> runner.run(plan, out, new SweepRunner.Options(1, false, false), new NullProgressMonitor()));
			assertTrue(e.getMessage().contains("in use"), e.getMessage());
			assertTrue(Files.notExists(out.resolve(SweepRunner.POINTS_FILE)), "nothing written by the second");
		}
		SweepRunner.Result result = runner.run(plan, out, new SweepRunner.Options(1, false, false), new NullProgressMonitor());
		assertEquals(2, result.ran());
		assertTrue(Files.notExists(out.resolve(FolderLock.FILE_NAME)), "released");
	}
}
