package org.plateau.core.results;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.plateau.core.family.PlotDescriptor;
import org.plateau.core.figures.FigureRenderer;
import org.plateau.core.registry.Contributors;
import org.plateau.core.run.RunResult;
import org.plateau.model.Experiment;
import org.plateau.model.Run;
import org.plateau.model.util.PlateauResources;

/**
 * Publishes a run into a results folder: the data files of {@link ResultsWriter}, the figures of every plot by
 * every renderer (in {@code figures/}), and {@code experiment.plateau}, a copy of the experiment with the new
 * {@link Run} appended. The experiment's own file is never touched.
 */
public final class ResultsPublisher {

	public static final String FIGURES_FOLDER = "figures";
	public static final String EXPERIMENT_COPY = "experiment.plateau";

	private final List<FigureRenderer> renderers;
	private final int figureThreads;
	private final List<String> problems = new ArrayList<>();

	/** A publisher that renders figures on up to one thread per core. */
	public ResultsPublisher(List<FigureRenderer> renderers) {
		this(renderers, Runtime.getRuntime().availableProcessors());
	}

	/**
	 * A publisher that renders at most {@code figureThreads} figures at once; 1 renders them one after the other on the
	 * calling thread (for callers that already run several publishers in parallel, such as a sweep's points).
	 *
	 * @param renderers the figure renderers, each of which must accept concurrent calls
	 * @param figureThreads at least 1
	 */
	public ResultsPublisher(List<FigureRenderer> renderers, int figureThreads) {
		if (figureThreads < 1) {
			throw new IllegalArgumentException("figureThreads must be at least 1, was " + figureThreads);
		}
		this.renderers = List.copyOf(renderers);
		this.figureThreads = figureThreads;
	}

	/**
	 * Writes everything.
	 *
	 * @param result the run
	 * @param folder the results folder
	 * @param figures whether to render figures
	 * @return the files written, sorted
	 * @throws IOException naming what could not be written
	 */
	public List<Path> publish(RunResult result, Path folder, boolean figures) throws IOException {
		return publish(result, folder, figures, true);
	}

	/**
	 * Writes everything, each file complete or absent ({@link AtomicFiles}). A renderer that fails leaves its figures
	 * out, with a warning naming its bundle ({@link #problems()}); the other files are written.
	 *
	 * @param result the run
	 * @param folder the results folder
	 * @param figures whether to render figures
	 * @param metrics whether to write {@code metrics.csv}; {@code false} when {@link RunFolderWriter} streamed it
	 * @return the files written, sorted
	 * @throws IOException naming what could not be written
	 */
	public List<Path> publish(RunResult result, Path folder, boolean figures, boolean metrics) throws IOException {
		String runId = RunFolderWriter.runId(result);
		List<Path> written = new ArrayList<>();
		problems.clear();
		Run run = ResultsWriter.write(result, folder, runId, written, metrics);
		if (figures) {
			written.addAll(renderFigures(result, folder.resolve(FIGURES_FOLDER)));
		}
		Path copy = folder.resolve(EXPERIMENT_COPY);
		saveExperimentCopy(result.experiment(), run, copy);
		written.add(copy);
		Collections.sort(written);
		return written;
	}

	/** What went wrong in the last {@link #publish} that did not stop it: renderers that failed, by bundle. */
	public List<String> problems() {
		return List.copyOf(problems);
	}

	/**
	 * Renders every plot with every renderer into a temporary folder, then moves each figure into place, so that a
	 * figure is complete or absent. A renderer is contributed code: its failure is reported, not thrown.
	 * <p>
	 * The (renderer, plot) jobs run on up to {@code figureThreads} threads, each into its own scratch folder; the moves,
	 * the problems and the first I/O failure follow the jobs' order, so the folder and the report are those of a
	 * sequential run. Figures were 0.8-1.2 s of the 3.3 s of {@code plateau run examples/semantic-development.plateau}
	 * (10 files, mostly cold-code CPU; measured for issue 15), which the cores share.
	 */
	private List<Path> renderFigures(RunResult result, Path figureFolder) throws IOException {
		Files.createDirectories(figureFolder);
		Path scratch = Files.createTempDirectory(figureFolder, ".rendering-");
		List<Path> written = new ArrayList<>();
		try {
			List<FigureJob> jobs = new ArrayList<>();
			for (FigureRenderer renderer : renderers) {
				for (PlotDescriptor plot : result.plots()) {
					jobs.add(new FigureJob(renderer, plot, scratch.resolve(Integer.toString(jobs.size()))));
				}
			}
			run(jobs, result);
			for (FigureJob job : jobs) {
				if (job.ioFailure != null) {
					throw AtomicFiles.failure(figureFolder.resolve(job.plot.id()), job.ioFailure);
				}
				if (job.problem != null) {
					problems.add(job.problem);
					continue;
				}
				for (Path file : job.files) {
					Path target = figureFolder.resolve(job.folder.relativize(file).toString());
					Files.move(file, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
					written.add(target);
				}
			}
		} finally {
			try (Stream<Path> left = Files.walk(scratch)) {
				for (Path file : left.sorted(Comparator.reverseOrder()).toList()) {
					Files.deleteIfExists(file);
				}
			}
		}
		return written;
	}

	/** Runs the jobs, on a pool when there are several; returns when all have ended. */
	private void run(List<FigureJob> jobs, RunResult result) {
		int threads = Math.min(figureThreads, jobs.size());
		if (threads <= 1) {
			jobs.forEach(job -> job.render(result));
			return;
		}
		ExecutorService pool = Executors.newFixedThreadPool(threads, figureThreads(threads));
		try {
			List<Future<?>> running = new ArrayList<>();
			for (FigureJob job : jobs) {
				running.add(pool.submit(() -> job.render(result)));
			}
			awaitAll(running);
		} finally {
			pool.shutdown();
		}
	}

	/**
	 * Waits for every job, as the sequential loop did even when the caller is interrupted (a cancelled run still
	 * publishes what it computed); the interrupt is kept for the caller.
	 */
	private static void awaitAll(List<Future<?>> running) {
		boolean interrupted = false;
		Throwable failure = null;
		for (Future<?> job : running) {
			while (true) {
				try {
					job.get();
					break;
				} catch (InterruptedException e) {
					interrupted = true;
				} catch (ExecutionException e) {
					// what FigureJob.render does not catch (an Error such as OutOfMemoryError): thrown once all jobs ended
					failure = failure == null ? e.getCause() : failure;
					break;
				}
			}
		}
		if (interrupted) {
			Thread.currentThread().interrupt();
		}
		if (failure instanceof Error error) {
			throw error;
		}
		if (failure != null) {
			throw (RuntimeException) failure;
		}
	}

	/** Daemon threads with the caller's context class loader (JFreeChart looks up resources through it). */
	private static ThreadFactory figureThreads(int threads) {
		ClassLoader loader = Thread.currentThread().getContextClassLoader();
		AtomicInteger index = new AtomicInteger();
		return task -> {
			Thread thread = new Thread(task, "plateau-figures-" + index.incrementAndGet() + "-of-" + threads);
			thread.setDaemon(true);
			thread.setContextClassLoader(loader);
			return thread;
		};
	}

	/** One plot by one renderer, into a folder of its own; the outcome is read after all jobs have ended. */
	private static final class FigureJob {
		final FigureRenderer renderer;
		final PlotDescriptor plot;
		final Path folder;
		List<Path> files = List.of();
		IOException ioFailure;
		String problem;

		FigureJob(FigureRenderer renderer, PlotDescriptor plot, Path folder) {
			this.renderer = renderer;
			this.plot = plot;
			this.folder = folder;
		}

		void render(RunResult result) {
			try {
				Files.createDirectories(folder);
				files = renderer.render(plot, result, folder);
			} catch (IOException e) {
				ioFailure = e;
			} catch (RuntimeException | LinkageError e) {
				problem = Contributors.rendererFailed(renderer, plot.id(), e);
			}
		}
	}

	private static void saveExperimentCopy(Experiment experiment, Run run, Path file) throws IOException {
		Experiment copy = EcoreUtil.copy(experiment);
		// the runs the experiment had point at other folders: this copy records the run of this folder only
		copy.getRuns().clear();
		run.setLocation(".");
		copy.getRuns().add(run);
		AtomicFiles.write(file, path -> PlateauResources.save(copy, path));
	}
}
