package org.plateau.family.modular.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plateau.core.registry.FamilyRegistry;
import org.plateau.core.sweep.RunStatistics;
import org.plateau.core.sweep.RunStatistics.Statistic;
import org.plateau.core.sweep.SweepPlan;
import org.plateau.core.sweep.SweepRunner;
import org.plateau.core.sweep.SweepSummary;
import org.plateau.family.modular.model.ModularTask;
import org.plateau.model.util.PlateauResources;

/**
 * Spec C4.5 at n1 = 4 (Jarvis et al. 2023, rank argument of spec 4(d), code sample_rows.py): the probability that j
 * of the 16 +-1 patterns of 4 bits, drawn at random, have rank 4. The family's exact count against an independent one
 * (every one of the 2^16 subsets, its rank by fraction-free integer elimination), and the bundled sweep
 * modular-rank-4 (j = 2 ... 16, 20 seeds each) against it, read as the mean over the seeds in settings.csv. Its values
 * are checked at acceptance; the n1 = 3 sweep is ModularNetworksTest's.
 */
class RankProbabilityN14Test {

	private static final int N1 = 4;
	private static final int PATTERNS = 1 << N1;

	@Test
	void c45TheFamilysRankProbabilityAtN1Equal4IsTheCountOverEverySubset() {
		double[] counted = countedOverEverySubset();
		for (int j = 0; j <= PATTERNS; j++) {
			assertEquals(counted[j], RankProbability.exactProbability(N1, j), 1e-15, "j = " + j);
			System.out.printf("C4.5 n1 = 4, j = %2d: P(rank 4) = %.10f%n", j, counted[j]);
		}
		// fewer than 4 patterns never span R^4; a hyperplane through 0 holds at most 8 of the 16 (x_a = +-x_b), so
		// 9 or more always do, and 8 not always
		for (int j = 0; j < N1; j++) {
			assertEquals(0, counted[j], "j = " + j);
		}
		for (int j = 9; j <= PATTERNS; j++) {
			assertEquals(1, counted[j], "j = " + j);
		}
		assertTrue(counted[8] < 1 && counted[4] > 0, Arrays.toString(counted));
	}

	@Test
	void c45TheSweepsFractionOfFullRankDrawsFollowsTheProbability(@TempDir Path folder) throws Exception {
		long t0 = System.nanoTime();
		SweepPlan plan = SweepPlan.of(PlateauResources.loadSweep(new ModularFamily().exampleSweeps().stream()
				.filter(e -> e.fileName().equals("modular-rank-4.sweep")).findFirst().orElseThrow().location()));
		assertEquals(15, plan.settings());
		assertEquals(20, plan.sweep().getRepetitions());
		assertEquals(N1, ((ModularTask) plan.sweep().getBase().getTask()).getN1());
		SweepRunner.Result result = new SweepRunner(FamilyRegistry.of(new ModularFamily()), List.of()).run(plan, folder,
				new SweepRunner.Options(2, false, false), new NullProgressMonitor());
		SweepSummary summary = result.summary();
		assertTrue(summary.unfinished().isEmpty(), summary.unfinished().toString());

		// the mean over the seeds, as settings.csv has it
		List<Map<String, String>> settings = SweepSummary.readSettings(folder.resolve(SweepSummary.SETTINGS_FILE));
		String fullRank = RunStatistics.column(ModularSetup.FULL_RANK, Statistic.FINAL);
		String theory = RunStatistics.column(ModularSetup.FULL_RANK, Statistic.FINAL, RankProbability.ID);
		assertEquals(15, settings.size());
		double[] counted = countedOverEverySubset();
		for (Map<String, String> setting : settings) {
			int j = Integer.parseInt(setting.get("task.trainingPatterns"));
			double fraction = Double.parseDouble(setting.get(fullRank + SweepSummary.MEAN));
			double p = counted[j];
			assertEquals("20", setting.get(fullRank + SweepSummary.COUNT), "j = " + j);
			// the theory the run reports is the exact count
			assertEquals(p, Double.parseDouble(setting.get(theory + SweepSummary.MEAN)), 1e-15, "theory at j = " + j);
			// 20 draws: within 3 binomial standard errors; where p is 0 or 1 every draw must agree
			double sigma = Math.sqrt(p * (1 - p) / 20);
			System.out.printf("C4.5 n1 = 4, j = %2d: full rank in %.2f of 20 draws, P = %.4f +- %.4f (binomial s.e.)%n", j,
					fraction, p, sigma);
			assertEquals(p, fraction, 3 * sigma, "j = " + j);
		}
		// where the patterns seen have full rank the segregated module learns the systematic map: it generalizes to
		// the patterns it did not see (spec 4(d)). Rank is sufficient, not necessary: with n2 = 1 (y = x_1) patterns
		// on a hyperplane whose normal is orthogonal to e_1 (x_2 = x_3, say) still identify it
		String unseen = RunStatistics.column(ModularSetup.UNSEEN_ERROR, Statistic.FINAL);
		double worstFull = 0;
		double worstDeficient = 0;
		for (SweepSummary.Row row : summary.rows()) {
			Double error = row.statistics().get(unseen);
			if (error == null) {
				continue;
			}
			if (row.statistics().get(fullRank) == 1) {
				worstFull = Math.max(worstFull, error);
			} else {
				worstDeficient = Math.max(worstDeficient, error);
			}
		}
		System.out.printf("C4.5 n1 = 4: unseen error at most %.3g where the patterns seen have full rank, up to %.3g "
				+ "where they do not%n", worstFull, worstDeficient);
		assertTrue(worstFull < 1e-3, "full rank generalizes to the unseen patterns: " + worstFull);
		System.out.printf("C4.5 n1 = 4: the sweep's %d runs took %.1f s%n", plan.points().size(),
				(System.nanoTime() - t0) * 1e-9);
	}

	/** P(rank 4) for j = 0 ... 16: every subset of the 16 patterns, its rank by fraction-free elimination. */
	private static double[] countedOverEverySubset() {
		long[] full = new long[PATTERNS + 1];
		long[] total = new long[PATTERNS + 1];
		for (int subset = 0; subset < 1 << PATTERNS; subset++) {
			int j = Integer.bitCount(subset);
			total[j]++;
			if (rank(subset) == N1) {
				full[j]++;
			}
		}
		double[] probability = new double[PATTERNS + 1];
		for (int j = 0; j <= PATTERNS; j++) {
			probability[j] = (double) full[j] / total[j];
		}
		return probability;
	}

	/** The rank of the n1 x j matrix of the subset's patterns (entry k of pattern mu: +1 when bit k of mu is set). */
	private static int rank(int subset) {
		int j = Integer.bitCount(subset);
		long[][] m = new long[N1][j];
		int column = 0;
		for (int mu = 0; mu < PATTERNS; mu++) {
			if ((subset >> mu & 1) == 1) {
				for (int k = 0; k < N1; k++) {
					m[k][column] = (mu >> k & 1) == 1 ? 1 : -1;
				}
				column++;
			}
		}
		// integer Gaussian elimination without division: row_r <- p row_r - a_r row_pivot keeps entries exact
		int rank = 0;
		for (int c = 0; c < j && rank < N1; c++) {
			int pivot = -1;
			for (int r = rank; r < N1; r++) {
				if (m[r][c] != 0) {
					pivot = r;
					break;
				}
			}
			if (pivot < 0) {
				continue;
			}
			long[] swap = m[rank];
			m[rank] = m[pivot];
			m[pivot] = swap;
			for (int r = rank + 1; r < N1; r++) {
				long a = m[r][c];
				long p = m[rank][c];
				for (int k = c; k < j; k++) {
					m[r][k] = p * m[r][k] - a * m[rank][k];
				}
				long gcd = 0;
				for (int k = c; k < j; k++) {
					gcd = gcd(gcd, Math.abs(m[r][k]));
				}
				if (gcd > 1) {
					for (int k = c; k < j; k++) {
						m[r][k] /= gcd;
					}
				}
			}
			rank++;
		}
		return rank;
	}

	private static long gcd(long a, long b) {
		return b == 0 ? a : gcd(b, a % b);
	}
}
