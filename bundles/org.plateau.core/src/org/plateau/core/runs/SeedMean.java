package org.plateau.core.runs;

import java.util.ArrayList;
import java.util.List;

import org.plateau.core.family.MetricDescriptor;
import org.plateau.core.results.MatrixSnapshots;
import org.plateau.core.results.ResultsTable;
import org.plateau.core.run.RunResult;
import org.plateau.core.sweep.SweepSummary;
import org.plateau.core.sweep.SweepSummary.Estimate;

/**
 * The seeds of one setting as one run: at every step that all of them recorded, each metric's mean over the seeds, and
 * beside it (column {@code <metric>.se}) its standard error, the statistic a sweep's repetitions compute. The
 * theory is the first seed's: a theory of the setting predicts the same curve for every seed (one fitted to each run
 * does not, and is then the first seed's fit).
 */
public final class SeedMean {

	/** The suffix of a metric's standard-error column, e.g. {@code loss.se}. */
	public static final String STANDARD_ERROR = SweepSummary.STANDARD_ERROR;

	private SeedMean() {
	}

	/**
	 * The mean run of some seeds.
	 *
	 * @param seeds runs of one setting that differ in their seed, at least one
	 * @return a run whose simulation holds each metric's mean and its standard error, at the first seed's steps that
	 *         every seed recorded (the common steps of runs that ended early are kept, so a cancelled seed shortens it)
	 */
	public static RunResult of(List<RunResult> seeds) {
		if (seeds.isEmpty()) {
			throw new IllegalArgumentException("The mean of no seeds");
		}
		RunResult first = seeds.get(0);
		List<String> metrics = new ArrayList<>();
		List<String> columns = new ArrayList<>();
		for (MetricDescriptor metric : first.metrics()) {
			if (seeds.stream().allMatch(run -> run.simulation() != null && run.simulation().indexOf(metric.id()) >= 0)) {
				metrics.add(metric.id());
				columns.add(metric.id());
				columns.add(metric.id() + STANDARD_ERROR);
			}
		}
		ResultsTable mean = new ResultsTable(columns);
		ResultsTable steps = first.simulation();
		double[] row = new double[columns.size()];
		List<Double> values = new ArrayList<>(seeds.size());
		for (int i = 0; i < steps.size(); i++) {
			long step = steps.step(i);
			int[] at = new int[seeds.size()];
			boolean everySeed = true;
			for (int s = 0; s < seeds.size() && everySeed; s++) {
				at[s] = indexOfStep(seeds.get(s).simulation(), step);
				everySeed = at[s] >= 0;
			}
			if (!everySeed) {
				continue;
			}
			for (int m = 0; m < metrics.size(); m++) {
				values.clear();
				for (int s = 0; s < seeds.size(); s++) {
					ResultsTable table = seeds.get(s).simulation();
					values.add(table.value(table.indexOf(metrics.get(m)), at[s]));
				}
				Estimate estimate = Estimate.of(values);
				row[2 * m] = estimate.mean();
				row[2 * m + 1] = estimate.standardError();
			}
			mean.add(step, row);
		}
		double seconds = seeds.stream().mapToDouble(RunResult::wallTimeSeconds).sum();
		return new RunResult(first.experiment(), first.family(), first.started(), seconds, first.outcome(),
				first.metrics(), first.matrices(), mean, new MatrixSnapshots(), first.theory(), first.plots(),
				first.warnings(), first.numerics());
	}

	/** The row of a step, by bisection (a table's steps increase); -1 when the table did not record it. */
	private static int indexOfStep(ResultsTable table, long step) {
		int low = 0;
		int high = table.size() - 1;
		while (low <= high) {
			int middle = (low + high) >>> 1;
			long found = table.step(middle);
			if (found < step) {
				low = middle + 1;
			} else if (found > step) {
				high = middle - 1;
			} else {
				return middle;
			}
		}
		return -1;
	}
}
