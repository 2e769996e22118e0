package org.plateau.ui.internal.runs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobGroup;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;
import org.plateau.core.family.ExperimentException;
import org.plateau.core.family.TheoryPrediction;
import org.plateau.core.figures.FigureRenderer;
import org.plateau.core.registry.FamilyProblem;
import org.plateau.core.registry.FamilyRegistry;
import org.plateau.core.run.ExperimentRunner;
import org.plateau.core.run.PreparedRun;
import org.plateau.core.sweep.SweepFolders;
import org.plateau.core.sweep.SweepPlan;
import org.plateau.core.sweep.SweepRunner;
import org.plateau.model.Experiment;
import org.plateau.model.Sweep;
import org.plateau.model.util.ExperimentFileException;
import org.plateau.model.util.PlateauResources;
import org.plateau.ui.internal.Contributions;
import org.plateau.ui.internal.prefs.PlateauPreferences;

/**
 * The runs of the workbench: starts each as a {@link RunJob} in a job group that lets as many train at once as the
 * preferences allow (the others queue), keeps the live ones, and tells listeners when a run starts or ends. Sweeps
 * likewise, each a {@link SweepJob} whose points train that many at once. One per
 * workbench, obtained with {@code PlatformUI.getWorkbench().getService(RunManager.class)}.
 */
public final class RunManager {

	/** The job family of every run, e.g. to cancel or join them all. */
	public static final Object JOB_FAMILY = RunManager.class;

	/** The folder, in the output folder, of the sweeps' results. */
	public static final String SWEEPS_FOLDER = "sweeps";

	private static final DateTimeFormatter FOLDER_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

	private static final Consumer<FamilyProblem> LOG_PROBLEM = Contributions::log;

	private final ServiceTracker<FamilyRegistry, FamilyRegistry> registry;
	private final ServiceTracker<FigureRenderer, FigureRenderer> renderers;
	private final PlateauPreferences preferences;
	private final List<LiveRun> live = new CopyOnWriteArrayList<>();
	private final List<Consumer<LiveRun>> listeners = new CopyOnWriteArrayList<>();
	private final List<LiveSweep> liveSweeps = new CopyOnWriteArrayList<>();
	private final List<Consumer<LiveSweep>> sweepListeners = new CopyOnWriteArrayList<>();
	private final TimeCursor timeCursor = new TimeCursor();
	private JobGroup group;
	private int groupSize;

	public RunManager(PlateauPreferences preferences) {
		this.preferences = preferences;
		BundleContext context = FrameworkUtil.getBundle(RunManager.class).getBundleContext();
		registry = new ServiceTracker<>(context, FamilyRegistry.class, null) {
			@Override
			public FamilyRegistry addingService(ServiceReference<FamilyRegistry> reference) {
				FamilyRegistry service = super.addingService(reference);
				if (service != null) {
					// a family that fails, wherever the workbench asked it, is logged once by its bundle's name
					service.addProblemListener(LOG_PROBLEM);
				}
				return service;
			}

			@Override
			public void removedService(ServiceReference<FamilyRegistry> reference, FamilyRegistry service) {
				service.removeProblemListener(LOG_PROBLEM);
				super.removedService(reference, service);
			}
		};
		registry.open();
		renderers = new ServiceTracker<>(context, FigureRenderer.class, null);
		renderers.open();
	}

	/** The family registry (an OSGi service). */
	public FamilyRegistry registry() {
		FamilyRegistry service = registry.getService();
		return service == null ? FamilyRegistry.of() : service;
	}

	/**
	 * Queues a run of an experiment. The run trains a copy: editing the experiment afterwards does not change it.
	 *
	 * @param experiment the experiment as it is now (saved or not)
	 * @param experimentFile its file, or {@code null}
	 * @return the run, live until it ends
	 * @throws ExperimentException when the experiment is not valid or no family handles it (nothing is queued)
	 */
	public LiveRun start(Experiment experiment, Path experimentFile) throws ExperimentException {
		Experiment copy = EcoreUtil.copy(experiment);
		copy.getRuns().clear();
		// validated, its family found and the experiment translated once, here: what the family refuses is said now
		PreparedRun prepared = new ExperimentRunner(registry()).prepare(copy);
		Path folder;
		try {
			folder = newRunFolder(copy.getName());
		} catch (IOException e) {
			throw new ExperimentException("Cannot create a results folder in " + preferences.outputFolder() + ": "
					+ e.getMessage(), e);
		}
		LiveRun run = new LiveRun(copy, experimentFile, folder);
		RunJob job = new RunJob(run, prepared, registry(), figureRenderers(), () -> {
			live.remove(run);
			fire(run);
		});
		job.setJobGroup(group());
		live.add(run);
		fire(run);
		job.schedule();
		return run;
	}

	/**
	 * A preview of an experiment: trained in the background and drawn, but not saved and not listed among the runs,
	 * e.g. the what-if copy of the What-if view. Cancel it when it is stale.
	 *
	 * @param run the run, with the theory evaluated ahead at every step it will record as soon as it starts
	 * @param job its job
	 */
	public record Preview(LiveRun run, Job job) {

		/** Stops it (the trainer stops at its next step). */
		public void cancel() {
			job.cancel();
		}
	}

	/**
	 * Trains a copy of an experiment as a {@link Preview}: no results folder, no entry in the navigator. Its theory is
	 * evaluated at every planned step first, so a closed form is drawn before the first training step.
	 *
	 * @throws ExperimentException when the experiment is not valid or no family handles it (nothing is started)
	 */
	public Preview startPreview(Experiment experiment) throws ExperimentException {
		Experiment copy = EcoreUtil.copy(experiment);
		copy.getRuns().clear();
		PreparedRun prepared = new ExperimentRunner(registry()).prepare(copy);
		LiveRun run = LiveRun.preview(prepared);
		ExperimentRunner runner = new ExperimentRunner(registry());
		Job job = Job.create("What-if: " + copy.getName(), (org.eclipse.core.runtime.jobs.IJobFunction) monitor -> {
			try {
				// the theory first, one prediction at a time in the family's order (its closed forms before its ODEs)
				long[] steps = ExperimentRunner.plannedSteps(copy.getTraining());
				List<TheoryPrediction> predictions = ExperimentRunner.theory(prepared, new ArrayList<>()).stream()
						.filter(prediction -> !prediction.needsTheRun()).toList();
				if (!predictions.isEmpty()) {
					evaluateAhead(predictions.get(0), steps, run, monitor);
				}
				if (predictions.size() > 1) {
					// the others (ODEs) beside the simulation, each drawn as it goes
					Job theory = Job.create("What-if theory: " + copy.getName(),
							(org.eclipse.core.runtime.jobs.IJobFunction) theoryMonitor -> {
								for (TheoryPrediction prediction : predictions.subList(1, predictions.size())) {
									if (!monitor.isCanceled() && !theoryMonitor.isCanceled()) {
										evaluateAhead(prediction, steps, run, monitor);
									}
								}
								return org.eclipse.core.runtime.Status.OK_STATUS;
							});
					theory.setSystem(true);
					theory.schedule();
				}
				if (monitor.isCanceled()) {
					return org.eclipse.core.runtime.Status.CANCEL_STATUS;
				}
				run.ended(runner.run(prepared, monitor, run));
			} catch (ExperimentException | RuntimeException e) {
				run.failed(java.util.Objects.toString(e.getMessage(), e.toString()));
			}
			return org.eclipse.core.runtime.Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
		return new Preview(run, job);
	}

	/** Evaluates one prediction ahead of a preview: a slow one (an ODE) drawn as it goes, a closed form at once. */
	private static void evaluateAhead(TheoryPrediction prediction, long[] steps, LiveRun run,
			org.eclipse.core.runtime.IProgressMonitor monitor) {
		try {
			ExperimentRunner.evaluateAheadProgressively(prediction, steps, run::theoryAhead, monitor::isCanceled);
		} catch (RuntimeException e) {
			// said by the run's warnings when it fails again on the recorded steps
		}
	}

	/**
	 * Starts a sweep as a background job. The sweep runs a copy: editing it afterwards does not change it. It resumes
	 * its newest sweep folder when that holds the same points and some did not complete; otherwise it runs into a new
	 * folder.
	 *
	 * @param sweep the sweep as it is now (saved or not), with its base experiment
	 * @param sweepFile its file, or {@code null}
	 * @return the sweep, live until it ends
	 * @throws ExperimentException when the sweep is not valid or no family handles its base (nothing is started)
	 */
	public LiveSweep startSweep(Sweep sweep, Path sweepFile) throws ExperimentException {
		if (sweep.getBase() == null || sweep.getBase().eIsProxy()) {
			throw new ExperimentException("The sweep '" + sweep.getName() + "'" + (sweepFile == null ? "" : " (" + sweepFile + ")")
					+ " has no base experiment that can be read; choose one in the sweep editor");
		}
		Sweep copy = EcoreUtil.copy(sweep);
		copy.setBase(EcoreUtil.copy(savedBase(sweep.getBase())));
		copy.getBase().getRuns().clear();
		if ((copy.getName() == null || copy.getName().isBlank()) && sweepFile != null) {
			String fileName = sweepFile.getFileName().toString();
			copy.setName(fileName.substring(0, fileName.lastIndexOf('.') < 0 ? fileName.length() : fileName.lastIndexOf('.')));
		}
		SweepPlan plan = SweepPlan.of(copy);
		if (registry().familyFor(copy.getBase()).isEmpty()) {
			throw new ExperimentException("No installed model family handles the base experiment '"
					+ copy.getBase().getName() + "' of the sweep '" + copy.getName() + "'");
		}
		for (LiveSweep running : liveSweeps) {
			if (SweepRunner.holdsPlan(plan, running.folder())) {
				throw new ExperimentException("The sweep '" + copy.getName() + "' is running already, into "
						+ running.folder() + "; stop it first to run it again");
			}
		}
		Path folder;
		try {
			folder = sweepFolder(plan);
		} catch (IOException e) {
			throw new ExperimentException("Cannot create a sweep folder in " + sweepsFolder(copy.getName()) + ": "
					+ e.getMessage(), e);
		}
		LiveSweep live = new LiveSweep(plan, sweepFile, folder);
		SweepJob job = new SweepJob(live, registry(), figureRenderers(), preferences.parallelRuns(), () -> {
			liveSweeps.remove(live);
			fireSweep(live);
		});
		liveSweeps.add(live);
		fireSweep(live);
		job.schedule();
		return live;
	}

	/**
	 * The base experiment as its file holds it now: a sweep runs its base as saved, as {@code plateau sweep} does,
	 * even when the base was edited and saved in its own editor after the sweep's editor read it.
	 */
	private static Experiment savedBase(Experiment base) throws ExperimentException {
		if (base.eResource() == null || !base.eResource().getURI().isFile()) {
			return base;
		}
		Path file = Path.of(base.eResource().getURI().toFileString());
		try {
			return Files.isRegularFile(file) ? PlateauResources.load(file) : base;
		} catch (ExperimentFileException e) {
			throw new ExperimentException("The base experiment of the sweep cannot be read: " + e.getMessage(), e);
		}
	}

	/** The newest folder of the sweep if it holds these points and not all have ended, else a new one. */
	private Path sweepFolder(SweepPlan plan) throws IOException {
		Path parent = sweepsFolder(plan.sweep().getName());
		if (Files.isDirectory(parent)) {
			try (Stream<Path> folders = Files.list(parent)) {
				// the newest by the time its point table was written (folder names sort wrongly past -9)
				Path newest = folders.filter(f -> Files.isRegularFile(f.resolve(SweepRunner.POINTS_FILE)))
						.max(Comparator.comparing(RunManager::tableTime)).orElse(null);
				if (newest != null && SweepRunner.holdsPlan(plan, newest)
						&& SweepFolders.finishedPoints(plan, newest) < plan.points().size()) {
					return newest;
				}
			}
		}
		return newFolder(parent);
	}

	private static FileTime tableTime(Path sweepFolder) {
		try {
			return Files.getLastModifiedTime(sweepFolder.resolve(SweepRunner.POINTS_FILE));
		} catch (IOException e) {
			return FileTime.fromMillis(0);
		}
	}

	/** The folder of a sweep's results: {@code <output folder>/sweeps/<sweep name>}, a folder per run of it. */
	public Path sweepsFolder(String sweepName) {
		return preferences.outputFolder().resolve(SWEEPS_FOLDER).resolve(safeName(sweepName));
	}

	/** The sweeps running now, oldest first. */
	public List<LiveSweep> liveSweeps() {
		return List.copyOf(liveSweeps);
	}

	/** Cancels a sweep (its points stop at their next step; what was computed is kept). */
	public void cancel(LiveSweep sweep) {
		Job.getJobManager().cancel(sweep);
	}

	/** Listens to sweeps starting and ending (called on the sweep's thread or the caller's). */
	public void addSweepListener(Consumer<LiveSweep> listener) {
		sweepListeners.add(listener);
	}

	public void removeSweepListener(Consumer<LiveSweep> listener) {
		sweepListeners.remove(listener);
	}

	private void fireSweep(LiveSweep sweep) {
		for (Consumer<LiveSweep> listener : sweepListeners) {
			// a listener that fails (a view closing) does not keep the others from hearing of the sweep
			Contributions.run(listener, "A listener of sweeps, told of sweep '" + sweep.plan().sweep().getName() + "'",
					() -> listener.accept(sweep));
		}
	}

	/** The folder of an experiment's runs: {@code <output folder>/<experiment name>}. */
	public Path runsFolder(String experimentName) {
		return preferences.outputFolder().resolve(safeName(experimentName));
	}

	private Path newRunFolder(String experimentName) throws IOException {
		return newFolder(runsFolder(experimentName));
	}

	/** A new folder in parent named by the time, {@code yyyyMMdd-HHmmss} (with {@code -2}, ... when taken). */
	private static Path newFolder(Path parent) throws IOException {
		Files.createDirectories(parent);
		String base = LocalDateTime.now().format(FOLDER_TIME);
		Path folder = parent.resolve(base);
		for (int n = 2; Files.exists(folder); n++) {
			folder = parent.resolve(base + "-" + n);
		}
		Files.createDirectories(folder);
		return folder;
	}

	/** A file-name-safe form of an experiment's name. */
	public static String safeName(String name) {
		return name == null || name.isBlank() ? "experiment" : name.replaceAll("[^A-Za-z0-9._-]+", "-");
	}

	private synchronized JobGroup group() {
		int size = preferences.parallelRuns();
		if (group == null || size != groupSize) {
			// a new size applies to the runs started from now on; the queued ones keep their group
			group = new JobGroup("Plateau runs", size, 0);
			groupSize = size;
		}
		return group;
	}

	/** The figure renderers installed (the headless PNG and SVG figures of the CLI). */
	public List<FigureRenderer> figureRenderers() {
		Object[] services = renderers.getServices();
		List<FigureRenderer> list = new ArrayList<>();
		if (services != null) {
			for (Object service : services) {
				list.add((FigureRenderer) service);
			}
		}
		return list;
	}

	/** The runs queued or training now, oldest first. */
	public List<LiveRun> liveRuns() {
		return List.copyOf(live);
	}

	/** Cancels one run (its partial results are kept). */
	public void cancel(LiveRun run) {
		Job.getJobManager().cancel(run);
	}

	/** Cancels every run. */
	public void cancelAll() {
		Job.getJobManager().cancel(JOB_FAMILY);
	}

	/** The time scrubber's cursor, shared by the views that draw runs in time. */
	public TimeCursor timeCursor() {
		return timeCursor;
	}

	/** Listens to runs starting and ending (called on the run's thread or the caller's). */
	public void addListener(Consumer<LiveRun> listener) {
		listeners.add(listener);
	}

	public void removeListener(Consumer<LiveRun> listener) {
		listeners.remove(listener);
	}

	private void fire(LiveRun run) {
		for (Consumer<LiveRun> listener : listeners) {
			// a listener that fails (a view closing, a page of a broken family) does not keep the others from hearing
			Contributions.run(listener, "A listener of runs, told of the run of '" + run.experiment().getName() + "'",
					() -> listener.accept(run));
		}
	}

}
