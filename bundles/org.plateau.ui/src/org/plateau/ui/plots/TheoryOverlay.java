package org.plateau.ui.plots;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.graphics.RGB;
import org.plateau.core.family.PlotDescriptor;
import org.plateau.core.results.ResultsTable;
import org.plateau.core.run.RunResult;
import org.plateau.core.run.TheoryResult;
import org.plateau.core.runs.SeedMean;

/**
 * The standard curves of a {@link PlotDescriptor#CURVES} plot: for every run and every metric of the plot, the
 * simulated series (solid) and one dashed curve per theory prediction of that metric, drawn over it. One run: a
 * colour per metric; several runs compared: a colour per run, and series labelled {@code "run · metric"}.
 */
public final class TheoryOverlay {

	private TheoryOverlay() {
	}

	/**
	 * The curves of a plot for some runs, simulation before its theories, metric by metric, run by run. Metrics a run
	 * does not record are skipped. Each table's own steps are used, so a live run's theory (evaluated at all the
	 * steps planned) runs ahead of its simulation, and each run's own time scale ({@link PlottedRun#timeScale}), so
	 * runs at different learning rates are compared on correct time axes.
	 */
	public static List<Curve> curves(PlotDescriptor plot, List<PlottedRun> runs, PlotTheme theme) {
		List<Curve> curves = new ArrayList<>();
		boolean compare = runs.size() > 1;
		for (int r = 0; r < runs.size(); r++) {
			PlottedRun run = runs.get(r);
			RunResult result = run.result();
			double timeScale = run.timeScale(plot);
			ResultsTable simulation = result.simulation();
			List<String> metricIds = plot.metricIds();
			for (int m = 0; m < metricIds.size(); m++) {
				String id = metricIds.get(m);
				if (simulation == null || simulation.indexOf(id) < 0) {
					continue;
				}
				String label = compare ? run.label() + " · " + result.metricLabel(id) : result.metricLabel(id);
				RGB colour = theme.seriesColour(compare ? r : m);
				curves.add(curve(run.label(), label, Curve.SIMULATION, simulation, id, timeScale, colour, false));
				// a mean over seeds (SeedMean) carries its standard error: the band's two edges, thin, in its colour
				int error = simulation.indexOf(id + SeedMean.STANDARD_ERROR);
				if (error >= 0) {
					double[] mean = simulation.column(id);
					double[] standardError = simulation.column(id + SeedMean.STANDARD_ERROR);
					for (int sign = -1; sign <= 1; sign += 2) {
						double[] edge = new double[mean.length];
						for (int i = 0; i < edge.length; i++) {
							edge[i] = mean[i] + sign * standardError[i];
						}
						Curve centre = curve(run.label(), label, Curve.STANDARD_ERROR, simulation, id, timeScale, colour, false);
						curves.add(new Curve(centre.run(), centre.series(), Curve.STANDARD_ERROR, centre.steps(),
								centre.times(), edge, colour, false));
					}
				}
				for (TheoryResult theory : result.theory() == null ? List.<TheoryResult>of() : result.theory()) {
					if (theory.table() != null && theory.table().indexOf(id) >= 0) {
						curves.add(curve(run.label(), label, theory.prediction().id(), theory.table(), id,
								timeScale, colour, true));
					}
				}
			}
		}
		return curves;
	}

	/** One column of a table against {@code step · timeScale}, every row. */
	public static Curve curve(String run, String series, String source, ResultsTable table, String column,
			double timeScale, RGB colour, boolean dashed) {
		long[] steps = table.steps();
		double[] times = new double[steps.length];
		for (int i = 0; i < steps.length; i++) {
			times[i] = steps[i] * timeScale;
		}
		return new Curve(run, series, source, steps, times, table.column(column), colour, dashed);
	}
}
