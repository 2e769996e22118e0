package org.plateau.core.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plateau.core.registry.FamilyRegistry;
import org.plateau.core.testkit.FakeFamily;

/**
 * The Slurm backend's own logic with the commands faked: the array script, the job id, following and cancelling,
 * and a sweep folder whose points run one at a time elsewhere and are gathered. The real Slurm is exercised by
 * releng/slurm/test-slurm.sh.
 */
class SlurmBackendTest {

	@TempDir
	Path sweeps;

	/** Nine points of the kit's fake family. */
	private SweepPlan plan() throws Exception {
		return FakeSweeps.learningRates(sweeps, "0.01", "0.02", "0.03", "0.04", "0.05", "0.06", "0.07", "0.08", "0.09");
	}

	@Test
	void theArrayScriptRunsOnePointPerTaskWithTheResourcesAsked(@TempDir Path folder) throws Exception {
		List<List<String>> calls = new ArrayList<>();
		SlurmBackend backend = new SlurmBackend(new SlurmBackend.Options("debug", "00:10:00", 2, "1G",
				List.of("--account=lab"), Path.of("/opt/plateau/plateau")), command -> {
					calls.add(command);
					return "4711;cluster\n";
				});
		SweepPlan plan = plan();
		SweepRunner.prepare(plan, folder);
		Path script = backend.writeScript(plan, folder, List.of(0, 1, 2, 5, 7, 8));
		List<String> lines = Files.readAllLines(script);
		assertTrue(lines.contains("#SBATCH --array=0-2,5,7-8"), lines.toString());
		assertTrue(lines.contains("#SBATCH --partition=debug") && lines.contains("#SBATCH --time=00:10:00")
				&& lines.contains("#SBATCH --cpus-per-task=2") && lines.contains("#SBATCH --mem=1G")
				&& lines.contains("#SBATCH --account=lab"), lines.toString());
		assertEquals("exec '/opt/plateau/plateau' sweep-point '" + folder.toAbsolutePath() + "' \"$SLURM_ARRAY_TASK_ID\"",
				lines.get(lines.size() - 1));
		// BLAS threads: the task's CPUs, not every core of the node (issue 15)
		assertEquals("export OPENBLAS_NUM_THREADS=\"${OPENBLAS_NUM_THREADS:-${SLURM_CPUS_PER_TASK:-1}}\"",
				lines.get(lines.size() - 2));
		assertEquals("4711", backend.submit(script));
		assertEquals(List.of("sbatch", "--parsable", script.toString()), calls.get(0));
		// the folder keeps the sweep and its base, which a task reads back
		assertEquals(plan.points().size(), SweepPlan.of(SweepFolders.load(folder)).points().size());
	}

	@Test
	void followingEndsWhenTheQueueIsEmptyAndCancellingCancelsTheJob() throws Exception {
		List<String> queue = new ArrayList<>(List.of("4711_0 RUNNING\n4711_1 PENDING\n", "4711_1 RUNNING\n", ""));
		List<List<String>> calls = new ArrayList<>();
		SlurmBackend backend = new SlurmBackend(new SlurmBackend.Options(null, null, null, null, List.of(), Path.of("plateau")),
				command -> {
					calls.add(command);
					return command.get(0).equals("squeue") ? queue.remove(0) : "";
				});
		assertTrue(backend.follow("4711", 2, () -> 2 - queue.size(), new NullProgressMonitor()));
		assertEquals(3, calls.size());
		NullProgressMonitor cancelled = new NullProgressMonitor();
		cancelled.setCanceled(true);
		assertFalse(backend.follow("4712", 2, () -> 0, cancelled));
		assertEquals(List.of("scancel", "4712"), calls.get(calls.size() - 1));
	}

	@Test
	void pointsRunOneAtATimeElsewhereAreGatheredAndTheMissingOnesNamed(@TempDir Path folder) throws Exception {
		SweepRunner runner = new SweepRunner(FamilyRegistry.of(new FakeFamily()), List.of());
		SweepPlan prepared = plan();
		SweepRunner.prepare(prepared, folder);
		// as the array tasks do: each reads the folder's copy of the sweep and runs its point
		SweepPlan plan = SweepPlan.of(SweepFolders.load(folder));
		for (int index = 0; index < plan.points().size(); index++) {
			if (index != 4) {
				assertTrue(runner.runPoint(plan, index, folder).completed(), "point " + index);
			}
		}
		assertEquals(List.of(4), runner.unfinished(plan, folder));
		SweepRunner.Result partial = runner.gather(plan, folder, false, null);
		assertEquals(List.of(4), partial.summary().unfinished().stream().map(row -> row.point().index()).toList());
		assertTrue(partial.summary().unfinished().get(0).message().contains("0004"));
		runner.runPoint(plan, 4, folder);
		SweepSummary complete = runner.gather(plan, folder, false, null).summary();
		assertTrue(complete.unfinished().isEmpty());
		assertEquals(plan.points().size(), complete.rows().size());
	}
}
