package org.plateau.core.results;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
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
	private final List<String> problems = new ArrayList<>();

	public ResultsPublisher(List<FigureRenderer> renderers) {
		this.renderers = List.copyOf(renderers);
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
	 */
	private List<Path> renderFigures(RunResult result, Path figureFolder) throws IOException {
		Files.createDirectories(figureFolder);
		Path scratch = Files.createTempDirectory(figureFolder, ".rendering-");
		List<Path> written = new ArrayList<>();
		try {
			for (FigureRenderer renderer : renderers) {
				for (PlotDescriptor plot : result.plots()) {
					try {
						for (Path file : renderer.render(plot, result, scratch)) {
							Path target = figureFolder.resolve(scratch.relativize(file).toString());
							Files.move(file, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
							written.add(target);
						}
					} catch (IOException e) {
						throw AtomicFiles.failure(figureFolder.resolve(plot.id()), e);
					} catch (RuntimeException | LinkageError e) {
						problems.add(Contributors.rendererFailed(renderer, plot.id(), e));
					}
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

	private static void saveExperimentCopy(Experiment experiment, Run run, Path file) throws IOException {
		Experiment copy = EcoreUtil.copy(experiment);
		// the runs the experiment had point at other folders: this copy records the run of this folder only
		copy.getRuns().clear();
		run.setLocation(".");
		copy.getRuns().add(run);
		AtomicFiles.write(file, path -> PlateauResources.save(copy, path));
	}
}
