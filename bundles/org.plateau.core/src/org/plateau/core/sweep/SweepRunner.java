package org.plateau.core.sweep;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.plateau.core.family.ExperimentException;
import org.plateau.core.family.MetricDescriptor;
import org.plateau.core.family.ModelFamily;
import org.plateau.core.family.SimulationOutcome;
import org.plateau.core.family.TheoryPrediction;
import org.plateau.core.figures.FigureRenderer;
import org.plateau.core.figures.ParameterMap;
import org.plateau.core.figures.ParameterPlot;
import org.plateau.core.registry.Contributors;
import org.plateau.core.registry.FamilyRegistry;
import org.plateau.core.results.AtomicFiles;
import org.plateau.core.results.FolderLock;
import org.plateau.core.results.ResultsPublisher;
import org.plateau.core.results.ResultsReader;
import org.plateau.core.results.RunFolderWriter;
import org.plateau.core.run.ExperimentRunner;
import org.plateau.core.run.PreparedRun;
import org.plateau.core.run.RunResult;
import org.plateau.core.run.TheoryResult;
import org.plateau.model.Experiment;

/**
 * Runs the points of a sweep on this machine, several at once, into a sweep folder:
 * <ul>
 * <li>{@code points.csv}: the point table (index, setting, repetition, seed, the axes' values), written first;</li>
 * <li>{@code points/<id>/}: each point's results folder, as {@code plateau run} writes it;</li>
 * <li>{@code summary.csv}: the {@link SweepSummary} (a point that failed is a row with its message);</li>
 * <li>{@code settings.csv}: per setting, each statistic's mean, standard error and count over the completed
 * repetitions ({@link SweepSummary#writeSettings});</li>
 * <li>{@code figures/}: each metric's statistics against the first axis, with the theory's curves.</li>
 * </ul>
 * A point that fails is recorded and does not stop the others. Run again on the same folder, a sweep resumes: a
 * point whose folder holds a completed run of the same experiment is read back, not run again.
 */
public final class SweepRunner {

	/** File name of the point table in a sweep folder. */
	public static final String POINTS_FILE = "points.csv";

	/** Folder of the points' results in a sweep folder. */
	public static final String POINTS_FOLDER = "points";

	/** Folder of the figures in a sweep folder. */
	public static final String FIGURES_FOLDER = "figures";

	/** How many parameter values the theory curves of the figures are evaluated at. */
	static final int THEORY_CURVE_POINTS = 48;

	/**
	 * How a sweep runs.
	 *
	 * @param parallelism points run at once (at least 1)
	 * @param figures whether to write the sweep's figures
	 * @param pointFigures whether to write every point's own figures too
	 */
	public record Options(int parallelism, boolean figures, boolean pointFigures) {

		public Options {
			if (parallelism < 1) {
				throw new IllegalArgumentException("parallelism must be at least 1, was " + parallelism);
			}
		}
	}

	/**
	 * What a sweep did.
	 *
	 * @param summary the rows of the points that ran or were read back
	 * @param ran points run now
	 * @param resumed points read back from an earlier run of the sweep
	 * @param cancelled whether the sweep was stopped before every point ran
	 * @param plots the figures drawn (none when figures were not asked for, or the sweep was cancelled)
	 * @param written the summary and figure files written
	 * @param theoryProblems why the theory's curves have gaps, a line per reason (see the figures)
	 * @param wallTimeSeconds how long it took
	 * @param warnings what else the user should know: a stale lock that was broken, a figure renderer that failed
	 */
	public record Result(SweepSummary summary, int ran, int resumed, boolean cancelled, List<ParameterPlot> plots,
			List<Path> written, List<String> theoryProblems, double wallTimeSeconds, List<String> warnings) {

		/** This result with one more warning, first. */
		Result warn(String warning) {
			List<String> all = new ArrayList<>();
			all.add(warning);
			all.addAll(warnings);
			return new Result(summary, ran, resumed, cancelled, plots, written, theoryProblems, wallTimeSeconds, all);
		}
	}

	private final FamilyRegistry registry;
	private final List<FigureRenderer> renderers;

	public SweepRunner(FamilyRegistry registry, List<FigureRenderer> renderers) {
		this.registry = registry;
		this.renderers = List.copyOf(renderers);
	}

	/**
	 * Runs (or resumes) a sweep.
	 *
	 * @param plan the plan
	 * @param folder the sweep folder, new or holding an earlier run of the same plan
	 * @param options parallelism and figures
	 * @param monitor progress over the points, and cancellation; {@code null} allowed
	 * @return what was done
	 * @throws ExperimentException when no family handles the base experiment
	 * @throws IOException when the folder holds another sweep's points or cannot be written
	 */
	public Result run(SweepPlan plan, Path folder, Options options, IProgressMonitor monitor)
			throws ExperimentException, IOException {
		// one process runs a sweep folder at a time: a second would run the same points again
		try (FolderLock lock = FolderLock.acquire(folder, "sweep")) {
			Result result = runLocked(plan, folder, options, monitor);
			return lock.brokenStaleLock().map(result::warn).orElse(result);
		}
	}

	private Result runLocked(SweepPlan plan, Path folder, Options options, IProgressMonitor monitor)
			throws ExperimentException, IOException {
		long t0 = System.nanoTime();
		ModelFamily family = family(plan);
		List<SweepPoint> points = plan.points();
		SubMonitor progress = SubMonitor.convert(monitor, "Sweep " + plan.sweep().getName(), points.size() + 10);
		prepare(plan, folder);

		Map<Integer, SweepSummary.Row> rows = new LinkedHashMap<>();
		Map<String, MetricDescriptor> metrics = new HashMap<>();
		List<SweepPoint> toRun = new ArrayList<>();
		int resumed = 0;
		for (SweepPoint point : points) {
			SweepSummary.Row row = readBack(family, point, folder.resolve(POINTS_FOLDER).resolve(point.id()), metrics);
			if (row != null) {
				rows.put(point.index(), row);
				resumed++;
				progress.worked(1);
			} else {
				toRun.add(point);
			}
		}

		AtomicBoolean cancelled = new AtomicBoolean();
		ExecutorService executor = Executors.newFixedThreadPool(Math.min(options.parallelism(), Math.max(1, toRun.size())),
				runnable -> {
					Thread thread = new Thread(runnable, "plateau-sweep-point");
					thread.setDaemon(true);
					return thread;
				});
		CompletionService<SweepSummary.Row> completion = new ExecutorCompletionService<>(executor);
		Map<Future<SweepSummary.Row>, SweepPoint> pending = new HashMap<>();
		for (SweepPoint point : toRun) {
			pending.put(completion.submit(() -> runPoint(family, point, folder, options, cancelled, metrics)), point);
		}
		int ran = 0;
		try {
			while (!pending.isEmpty()) {
				if (progress.isCanceled()) {
					cancelled.set(true);
				}
				Future<SweepSummary.Row> done = completion.poll(100, TimeUnit.MILLISECONDS);
				if (done == null) {
					continue;
				}
				SweepPoint point = pending.remove(done);
				SweepSummary.Row row = outcome(done, point);
				if (row != null) {
					rows.put(point.index(), row);
					ran++;
					progress.subTask("point " + point.id() + " " + describe(plan, point) + ": "
							+ row.status().name().toLowerCase(java.util.Locale.ROOT));
				}
				progress.worked(1);
			}
		} catch (InterruptedException e) {
			cancelled.set(true);
			Thread.currentThread().interrupt();
		} finally {
			// the points still running stop at their next poll (cancelled) and save what they have, before the summary
			executor.shutdown();
			try {
				executor.awaitTermination(1, TimeUnit.MINUTES);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
		boolean wasCancelled = cancelled.get() || rows.size() < points.size();

		Gathered gathered = writeSummary(plan, family, folder, rows, Map.copyOf(metrics), options.figures() && !wasCancelled,
				progress.split(10, SubMonitor.SUPPRESS_ISCANCELED));
		return new Result(gathered.summary(), ran, resumed, wasCancelled, gathered.plots(), gathered.written(),
				gathered.theoryProblems(), (System.nanoTime() - t0) * 1e-9, gathered.warnings());
	}

	private record Gathered(SweepSummary summary, List<ParameterPlot> plots, List<Path> written,
			List<String> theoryProblems, List<String> warnings) {
	}

	/** Writes the summary table and, if asked, the figures with the theory's curves. */
	private Gathered writeSummary(SweepPlan plan, ModelFamily family, Path folder, Map<Integer, SweepSummary.Row> rows,
			Map<String, MetricDescriptor> metrics, boolean figures, IProgressMonitor monitor) throws IOException {
		SweepSummary summary = new SweepSummary(plan, new ArrayList<>(rows.values()));
		List<Path> written = new ArrayList<>();
		List<ParameterPlot> plots = new ArrayList<>();
		List<String> theoryProblems = List.of();
		List<String> warnings = new ArrayList<>();
		Path summaryFile = folder.resolve(SweepSummary.FILE);
		summary.write(summaryFile);
		written.add(summaryFile);
		Path settingsFile = folder.resolve(SweepSummary.SETTINGS_FILE);
		summary.writeSettings(settingsFile);
		written.add(settingsFile);
		if (figures) {
			SubMonitor progress = SubMonitor.convert(monitor, "Theory curves and figures", 1);
			SweepTheoryCurves curves = SweepTheoryCurves.evaluate(plan, family, THEORY_CURVE_POINTS, progress.split(1));
			theoryProblems = curves.problems();
			Path figureFolder = folder.resolve(FIGURES_FOLDER);
			Files.createDirectories(figureFolder);
			plots.addAll(SweepFigures.plots(summary, curves, SweepResults.basePlots(family, plan), metrics,
					SweepResults.theoryNames(family, plan)));
			for (ParameterPlot plot : plots) {
				for (FigureRenderer renderer : renderers) {
					render(renderer, plot.id(), () -> renderer.render(plot, figureFolder), written, warnings);
				}
			}
			for (ParameterMap map : SweepFigures.maps(summary, SweepResults.basePlots(family, plan), metrics)) {
				for (FigureRenderer renderer : renderers) {
					render(renderer, map.id(), () -> renderer.render(map, figureFolder), written, warnings);
				}
			}
		}
		return new Gathered(summary, plots, written, theoryProblems, warnings);
	}

	private interface Rendering {
		List<Path> render() throws IOException;
	}

	/** Calls a contributed renderer: its failure leaves its figure out, with a warning naming its bundle. */
	private static void render(FigureRenderer renderer, String figure, Rendering rendering, List<Path> written,
			List<String> warnings) throws IOException {
		try {
			written.addAll(rendering.render());
		} catch (RuntimeException | LinkageError e) {
			warnings.add(Contributors.rendererFailed(renderer, figure, e));
		}
	}

	/**
	 * Prepares a sweep folder for points run elsewhere (a Slurm job array): the point table, and copies of the sweep
	 * ({@code sweep.sweep}) and its base experiment ({@code base.plateau}) that {@link #runPoint} reads.
	 *
	 * @throws IOException when the folder holds another sweep's points or cannot be written
	 */
	public static void prepare(SweepPlan plan, Path folder) throws IOException {
		Files.createDirectories(folder.resolve(POINTS_FOLDER));
		writePointTable(plan, folder.resolve(POINTS_FILE));
		SweepFolders.saveCopy(plan.sweep(), folder);
	}

	/**
	 * Runs one point of a prepared sweep folder into its results folder, as one task of a job array does.
	 *
	 * @param plan the plan of the folder's sweep
	 * @param index the point's index
	 * @return the point's row; status COMPLETED when it ran to the end
	 * @throws ExperimentException when no family handles the base experiment
	 */
	public SweepSummary.Row runPoint(SweepPlan plan, int index, Path folder) throws ExperimentException {
		ModelFamily family = family(plan);
		if (index < 0 || index >= plan.points().size()) {
			throw new ExperimentException("the sweep has points 0 to " + (plan.points().size() - 1) + ", not " + index);
		}
		SweepSummary.Row row = runPoint(family, plan.points().get(index), folder, new Options(1, false, false),
				new AtomicBoolean(), new HashMap<>());
		return row;
	}

	/**
	 * Gathers a sweep whose points ran elsewhere: reads back every point that completed, writes the summary and the
	 * figures, and names the points that did not complete.
	 *
	 * @return the summary (points without results are rows FAILED, "no results") and what was written
	 */
	public Result gather(SweepPlan plan, Path folder, boolean figures, IProgressMonitor monitor)
			throws ExperimentException, IOException {
		try (FolderLock lock = FolderLock.acquire(folder, "sweep (gathering)")) {
			Result result = gatherLocked(plan, folder, figures, monitor);
			return lock.brokenStaleLock().map(result::warn).orElse(result);
		}
	}

	private Result gatherLocked(SweepPlan plan, Path folder, boolean figures, IProgressMonitor monitor)
			throws ExperimentException, IOException {
		long t0 = System.nanoTime();
		ModelFamily family = family(plan);
		Map<Integer, SweepSummary.Row> rows = new LinkedHashMap<>();
		Map<String, MetricDescriptor> metrics = new HashMap<>();
		int read = 0;
		for (SweepPoint point : plan.points()) {
			SweepSummary.Row row = readBack(family, point, folder.resolve(POINTS_FOLDER).resolve(point.id()), metrics);
			if (row == null) {
				row = new SweepSummary.Row(point, SimulationOutcome.Status.FAILED, "no completed results in "
						+ folder.resolve(POINTS_FOLDER).resolve(point.id()), Map.of());
			} else {
				read++;
			}
			rows.put(point.index(), row);
		}
		boolean complete = read == plan.points().size();
		Gathered gathered = writeSummary(plan, family, folder, rows, metrics, figures && complete, monitor);
		return new Result(gathered.summary(), 0, read, false, gathered.plots(), gathered.written(),
				gathered.theoryProblems(), (System.nanoTime() - t0) * 1e-9, gathered.warnings());
	}

	/**
	 * What a run checks before it trains, for every distinct setting of a sweep, before the sweep writes anything: the
	 * family's refusals and the memory the points need, {@code parallelism} of them at once. A sweep with a point its
	 * family refuses is refused whole.
	 *
	 * @throws ExperimentException naming each refused point, its values and why, one per line
	 */
	public void check(SweepPlan plan, int parallelism) throws ExperimentException {
		family(plan);
		ExperimentRunner runner = new ExperimentRunner(registry);
		int atOnce = Math.max(1, Math.min(parallelism, plan.points().size()));
		List<String> refused = new ArrayList<>();
		java.util.Set<Integer> settings = new java.util.HashSet<>();
		for (SweepPoint point : plan.points()) {
			if (settings.add(point.setting())) {
				try {
					PreparedRun prepared = runner.prepare(point.experiment());
					if (atOnce > 1 && prepared.prepared().estimatedBytes() > 0) {
						// the points run at once share the heap
						ExperimentRunner.checkMemory(atOnce + " points at once", prepared.prepared().sizedBy(),
								atOnce * prepared.prepared().estimatedBytes(), "their networks and data (run fewer at "
										+ "once with --jobs)");
					}
				} catch (ExperimentException e) {
					refused.add("point " + point.id() + " " + describe(plan, point) + " of "
							+ SweepPlan.baseName(plan.sweep()) + ": " + e.getMessage().replace("\n", "\n    "));
				}
			}
		}
		if (!refused.isEmpty()) {
			throw new ExperimentException("Sweep '" + org.plateau.model.util.Texts.printable(plan.sweep().getName())
					+ "' has points that cannot run:\n  - " + String.join("\n  - ", refused.subList(0,
							Math.min(refused.size(), 10)))
					+ (refused.size() > 10 ? "\n  - ... and " + (refused.size() - 10) + " more" : ""));
		}
	}

	/** The indices of the points of a prepared folder that have no completed results yet. */
	public List<Integer> unfinished(SweepPlan plan, Path folder) throws ExperimentException {
		ModelFamily family = family(plan);
		List<Integer> unfinished = new ArrayList<>();
		for (SweepPoint point : plan.points()) {
			if (readBack(family, point, folder.resolve(POINTS_FOLDER).resolve(point.id()), new HashMap<>()) == null) {
				unfinished.add(point.index());
			}
		}
		return unfinished;
	}

	FamilyRegistry registry() {
		return registry;
	}

	ModelFamily family(SweepPlan plan) throws ExperimentException {
		Experiment base = plan.sweep().getBase();
		return registry.familyFor(base).orElseThrow(() -> new ExperimentException(
				"No model family handles the base experiment '" + base.getName() + "' of the sweep. Installed families: "
						+ registry.families().stream().map(ModelFamily::id).toList()));
	}

	/** A point's values and seed for messages, e.g. {@code (task.samples=400, seed 2)}. */
	public static String describe(SweepPlan plan, SweepPoint point) {
		List<String> parts = new ArrayList<>();
		for (int a = 0; a < point.values().size(); a++) {
			parts.add(plan.axisPaths().get(a) + "=" + plan.format(a, point.values().get(a)));
		}
		parts.add("seed " + point.seed());
		return "(" + String.join(", ", parts) + ")";
	}

	private static SweepSummary.Row outcome(Future<SweepSummary.Row> done, SweepPoint point) throws InterruptedException {
		try {
			return done.get();
		} catch (ExecutionException e) {
			Throwable cause = e.getCause() == null ? e : e.getCause();
			return new SweepSummary.Row(point, SimulationOutcome.Status.FAILED, Contributors.reason(cause), Map.of());
		}
	}

	/** Runs one point into its folder; {@code null} when the sweep was cancelled before it started. */
	private SweepSummary.Row runPoint(ModelFamily family, SweepPoint point, Path sweepFolder, Options options,
			AtomicBoolean cancelled, Map<String, MetricDescriptor> metrics) {
		if (cancelled.get()) {
			return null;
		}
		Path folder = sweepFolder.resolve(POINTS_FOLDER).resolve(point.id());
		// the point's folder is written as 'plateau run' writes one: streamed, locked, each file whole
		try (RunFolderWriter writer = RunFolderWriter.open(folder)) {
			RunResult result = new ExperimentRunner(registry).run(point.experiment(), new NullProgressMonitor() {
				@Override
				public boolean isCanceled() {
					return cancelled.get();
				}
			}, writer);
			// points already run side by side: each renders its figures on its own thread
			writer.finish(result, new ResultsPublisher(renderers,
					options.parallelism() > 1 ? 1 : Runtime.getRuntime().availableProcessors()), options.pointFigures());
			return row(family, point, result, metrics, false);
		} catch (ExperimentException | IOException | RuntimeException e) {
			return new SweepSummary.Row(point, SimulationOutcome.Status.FAILED, Contributors.reason(e), Map.of());
		} catch (OutOfMemoryError e) {
			return new SweepSummary.Row(point, SimulationOutcome.Status.FAILED, "ran out of memory: the Java heap of "
					+ ExperimentRunner.bytes(Runtime.getRuntime().maxMemory()) + " is full (run fewer points at once, "
					+ "--jobs, or give Java more memory: PLATEAU_VM_ARGS=-Xmx16g)", Map.of());
		}
	}

	/**
	 * The row of a point whose folder holds a completed run of the point's experiment, or {@code null} when it
	 * must run (no folder, an unfinished run, a folder that cannot be read, or another experiment).
	 */
	SweepSummary.Row readBack(ModelFamily family, SweepPoint point, Path folder, Map<String, MetricDescriptor> metrics) {
		if (!ResultsReader.isRunFolder(folder)) {
			return null;
		}
		try {
			RunResult result = ResultsReader.read(folder, registry);
			if (result.outcome().status() != SimulationOutcome.Status.COMPLETED) {
				return null;
			}
			Experiment recorded = EcoreUtil.copy(result.experiment());
			recorded.getRuns().clear();
			if (!EcoreUtil.equals(recorded, point.experiment())) {
				return null;
			}
			return row(family, point, result, metrics, true);
		} catch (IOException | RuntimeException e) {
			return null;
		}
	}

	/**
	 * The row of a point's run. The theory's limits come from the run's own predictions; a run read back from its
	 * folder keeps only their values, so its point is prepared again for them.
	 */
	private SweepSummary.Row row(ModelFamily family, SweepPoint point, RunResult result, Map<String, MetricDescriptor> metrics,
			boolean readBack) {
		List<TheoryPrediction> limits;
		if (readBack) {
			try {
				limits = ExperimentRunner.selectedTheory(
						new PreparedRun(point.experiment(), family, family.prepare(point.experiment())));
			} catch (ExperimentException | RuntimeException e) {
				limits = List.of();
			}
		} else {
			limits = result.theory().stream().map(TheoryResult::prediction).toList();
		}
		synchronized (metrics) {
			result.metrics().forEach(metric -> metrics.putIfAbsent(metric.id(), metric));
		}
		SimulationOutcome outcome = result.outcome();
		return new SweepSummary.Row(point, outcome.status(), outcome.message(), RunStatistics.of(result, limits));
	}

	/**
	 * Writes the point table, or checks that the folder's table is the same: a folder holding another sweep's
	 * points is refused rather than mixed.
	 */
	private static void writePointTable(SweepPlan plan, Path file) throws IOException {
		String table = pointTable(plan);
		if (Files.exists(file)) {
			String existing = Files.readString(file, StandardCharsets.UTF_8);
			if (!existing.equals(table)) {
				throw new IOException(file.getParent() + " holds the results of another sweep (its " + POINTS_FILE
						+ " lists other points); choose another folder");
			}
			return;
		}
		AtomicFiles.writeString(file, table);
	}

	/** Whether a folder is a sweep folder of these very points, so that running the plan into it resumes it. */
	public static boolean holdsPlan(SweepPlan plan, Path folder) {
		Path file = folder.resolve(POINTS_FILE);
		try {
			return Files.isRegularFile(file) && Files.readString(file, StandardCharsets.UTF_8).equals(pointTable(plan));
		} catch (IOException e) {
			return false;
		}
	}

	private static String pointTable(SweepPlan plan) {
		StringBuilder table = new StringBuilder("point,setting,repetition,seed");
		for (String path : plan.axisPaths()) {
			table.append(',').append(path);
		}
		table.append('\n');
		for (SweepPoint point : plan.points()) {
			table.append(point.id()).append(',').append(point.setting()).append(',').append(point.repetition())
					.append(',').append(point.seed());
			for (int a = 0; a < point.values().size(); a++) {
				table.append(',').append(plan.format(a, point.values().get(a)));
			}
			table.append('\n');
		}
		return table.toString();
	}
}
