package org.plateau.core.results;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.plateau.core.family.PlotDescriptor;
import org.plateau.core.figures.FigureRenderer;
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
		String runId = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss").withZone(ZoneOffset.UTC)
				.format(result.started());
		List<Path> written = new ArrayList<>();
		Run run = ResultsWriter.write(result, folder, runId, written);
		if (figures) {
			Path figureFolder = folder.resolve(FIGURES_FOLDER);
			Files.createDirectories(figureFolder);
			for (PlotDescriptor plot : result.plots()) {
				for (FigureRenderer renderer : renderers) {
					written.addAll(renderer.render(plot, result, figureFolder));
				}
			}
		}
		Path copy = folder.resolve(EXPERIMENT_COPY);
		saveExperimentCopy(result.experiment(), run, copy);
		written.add(copy);
		Collections.sort(written);
		return written;
	}

	private static void saveExperimentCopy(Experiment experiment, Run run, Path file) throws IOException {
		Experiment copy = EcoreUtil.copy(experiment);
		// the runs the experiment had point at other folders: this copy records the run of this folder only
		copy.getRuns().clear();
		run.setLocation(".");
		copy.getRuns().add(run);
		PlateauResources.save(copy, file);
	}
}
