package org.plateau.core.sweep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.plateau.core.family.ExperimentException;
import org.plateau.core.family.MetricDescriptor;
import org.plateau.core.family.ModelFamily;
import org.plateau.core.family.PlotDescriptor;
import org.plateau.core.family.SimulationOutcome;
import org.plateau.core.family.TheoryPrediction;
import org.plateau.core.figures.ParameterPlot;
import org.plateau.core.registry.FamilyRegistry;
import org.plateau.core.results.ResultsReader;
import org.plateau.core.run.RunResult;

/**
 * What a sweep folder holds now, read back for display while the sweep runs or after it ended: the rows of the
 * points that completed or stopped (points not run yet have no row), and the figures of each metric against the
 * first axis with the theory's curves, as the sweep runner draws them. Nothing is written. The theory's curves
 * depend on the plan only, so {@link #reread} reads the rows again and keeps them.
 */
public final class SweepResults {

	private final SweepPlan plan;
	private final SweepSummary summary;
	private final SweepTheoryCurves curves;
	private final List<ParameterPlot> plots;
	private final Map<String, MetricDescriptor> metrics;

	private SweepResults(SweepPlan plan, SweepSummary summary, SweepTheoryCurves curves, ModelFamily family,
			Map<String, MetricDescriptor> metrics) {
		this.plan = plan;
		this.summary = summary;
		this.curves = curves;
		this.metrics = Map.copyOf(metrics);
		this.plots = SweepFigures.plots(summary, curves, basePlots(family, plan), this.metrics, theoryNames(family, plan));
	}

	/**
	 * The names of the theories of the sweep's base experiment, by id, for legends: "riccati" is "Riccati solution",
	 * without the citation ({@link TheoryPrediction#shortLabel}). Empty when the family offers none for it.
	 */
	static Map<String, String> theoryNames(ModelFamily family, SweepPlan plan) {
		Map<String, String> names = new java.util.LinkedHashMap<>();
		try {
			for (TheoryPrediction prediction : family.prepare(plan.sweep().getBase()).theory()) {
				String name = TheoryPrediction.shortLabel(prediction.label());
				names.put(prediction.id(), name.isEmpty() ? prediction.id() : name);
			}
		} catch (ExperimentException | RuntimeException e) {
			// no theory for the base: the legends name the theories by their ids
		}
		return names;
	}

	/** The plots of the sweep's base experiment, whose time scales the sweep's time statistics use. */
	static List<PlotDescriptor> basePlots(ModelFamily family, SweepPlan plan) {
		try {
			return family.prepare(plan.sweep().getBase()).plots();
		} catch (ExperimentException | RuntimeException e) {
			return List.of();
		}
	}

	/**
	 * Reads a sweep folder: its plan from the copies it keeps ({@link SweepFolders}), its points' results, and the
	 * theory along the first axis.
	 *
	 * @param registry the families
	 * @param folder a sweep folder
	 * @param monitor progress (the theory's evaluation is the long part) and cancellation; {@code null} allowed
	 * @throws IOException when the folder holds no sweep, or its copies cannot be read
	 * @throws ExperimentException when the sweep is not valid or no family handles its base experiment
	 */
	public static SweepResults read(FamilyRegistry registry, Path folder, IProgressMonitor monitor)
			throws IOException, ExperimentException {
		if (!Files.isRegularFile(folder.resolve(SweepFolders.SWEEP_FILE))) {
			throw new IOException(folder + " is not a sweep folder: it has no " + SweepFolders.SWEEP_FILE);
		}
		SweepPlan plan = SweepPlan.of(SweepFolders.load(folder));
		SubMonitor progress = SubMonitor.convert(monitor, "Reading sweep " + plan.sweep().getName(), 10);
		SweepRunner runner = new SweepRunner(registry, List.of());
		ModelFamily family = runner.family(plan);
		Map<String, MetricDescriptor> metrics = new HashMap<>();
		SweepSummary summary = rows(runner, family, plan, folder, Map.of(), metrics, progress.split(3));
		SweepTheoryCurves curves = SweepTheoryCurves.evaluate(plan, family, SweepRunner.THEORY_CURVE_POINTS,
				progress.split(7));
		return new SweepResults(plan, summary, curves, family, metrics);
	}

	/**
	 * Reads the points' results of the same folder again (a sweep that is still running), keeping the theory; a point
	 * read back completed before, whose folder still holds its run, is not read again.
	 *
	 * @throws ExperimentException when no family handles the sweep's base experiment any more
	 */
	public SweepResults reread(FamilyRegistry registry, Path folder, IProgressMonitor monitor) throws ExperimentException {
		SweepRunner runner = new SweepRunner(registry, List.of());
		ModelFamily family = runner.family(plan);
		Map<Integer, SweepSummary.Row> completed = new HashMap<>();
		for (SweepSummary.Row row : summary.rows()) {
			if (row.completed()) {
				completed.put(row.point().index(), row);
			}
		}
		Map<String, MetricDescriptor> known = new HashMap<>(metrics);
		SweepSummary again = rows(runner, family, plan, folder, completed, known, monitor);
		return new SweepResults(plan, again, curves, family, known);
	}

	/** The points that ran: completed ones read back, stopped ones with their run's status and message. */
	private static SweepSummary rows(SweepRunner runner, ModelFamily family, SweepPlan plan, Path folder,
			Map<Integer, SweepSummary.Row> completed, Map<String, MetricDescriptor> metrics, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, plan.points().size());
		List<SweepSummary.Row> rows = new ArrayList<>();
		for (SweepPoint point : plan.points()) {
			Path pointFolder = folder.resolve(SweepRunner.POINTS_FOLDER).resolve(point.id());
			SweepSummary.Row earlier = completed.get(point.index());
			SweepSummary.Row row = earlier != null && ResultsReader.isRunFolder(pointFolder) ? earlier
					: runner.readBack(family, point, pointFolder, metrics);
			if (row == null) {
				row = stopped(runner, point, pointFolder);
			}
			if (row != null) {
				rows.add(row);
			}
			progress.worked(1);
		}
		return new SweepSummary(plan, rows);
	}

	/** The row of a point whose run ended without completing (diverged, cancelled, failed), or {@code null}. */
	private static SweepSummary.Row stopped(SweepRunner runner, SweepPoint point, Path folder) {
		if (!ResultsReader.isRunFolder(folder)) {
			return null;
		}
		try {
			RunResult result = ResultsReader.read(folder, runner.registry());
			if (result.outcome().status() == SimulationOutcome.Status.COMPLETED) {
				// a completed run of another experiment (the base changed since): this point has not run
				return null;
			}
			return new SweepSummary.Row(point, result.outcome().status(), result.outcome().message(), Map.of());
		} catch (IOException | RuntimeException e) {
			return null;
		}
	}

	public SweepPlan plan() {
		return plan;
	}

	/** The rows of the points that ran so far. */
	public SweepSummary summary() {
		return summary;
	}

	/** The figures, as {@code plateau sweep} writes them (drawn from the points completed so far). */
	public List<ParameterPlot> plots() {
		return plots;
	}

	/** How many points completed. */
	public int completed() {
		return (int) summary.rows().stream().filter(SweepSummary.Row::completed).count();
	}

	/** Why the theory's curves have gaps, a line per reason. */
	public List<String> theoryProblems() {
		return curves.problems();
	}
}
