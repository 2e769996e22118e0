package org.plateau.core.results;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.plateau.core.run.RunListener;
import org.plateau.core.run.RunResult;
import org.plateau.model.Experiment;
import org.plateau.model.PlateauFactory;
import org.plateau.model.Run;
import org.plateau.model.RunStatus;
import org.plateau.model.util.PlateauResources;

/**
 * Saves a run into its results folder while it trains, so that nothing is lost if the program ends before the run
 * does: when the run starts, the experiment copy with the run recorded as {@code RUNNING}; then every record appended
 * to {@code metrics.csv} (flushed at least once a second). {@link #finish} then publishes the whole run with
 * {@link ResultsPublisher}, which replaces these files by the final ones. {@link ResultsReader} reads the folder at
 * any time.
 */
public final class RunFolderWriter implements RunListener {

	private static final long FLUSH_NANOS = 1_000_000_000L;

	private final Path folder;
	private BufferedWriter metrics;
	private long lastFlush;
	private final StringBuilder line = new StringBuilder(256);

	/** A writer into {@code folder} (created when the run starts). */
	public RunFolderWriter(Path folder) {
		this.folder = folder;
	}

	/** The results folder. */
	public Path folder() {
		return folder;
	}

	@Override
	public void started(RunResult plan) {
		try {
			Files.createDirectories(folder);
			Experiment copy = EcoreUtil.copy(plan.experiment());
			copy.getRuns().clear();
			Run run = PlateauFactory.eINSTANCE.createRun();
			run.setStarted(Date.from(plan.started()));
			run.setStatus(RunStatus.RUNNING);
			run.setLocation(".");
			run.setMetricsFile(ResultsWriter.METRICS_FILE);
			copy.getRuns().add(run);
			PlateauResources.save(copy, folder.resolve(ResultsPublisher.EXPERIMENT_COPY));
			metrics = Files.newBufferedWriter(folder.resolve(ResultsWriter.METRICS_FILE));
			metrics.write("step");
			for (String column : plan.simulation().columns()) {
				metrics.write(',');
				metrics.write(column);
			}
			metrics.write("\r\n");
			metrics.flush();
			lastFlush = System.nanoTime();
		} catch (IOException e) {
			throw new UncheckedIOException("cannot write the results of the run to " + folder + ": " + e.getMessage(), e);
		}
	}

	@Override
	public void recorded(long step, double[] values) {
		if (metrics == null) {
			return;
		}
		line.setLength(0);
		line.append(step);
		for (double value : values) {
			line.append(',').append(value);
		}
		line.append("\r\n");
		try {
			metrics.append(line);
			long now = System.nanoTime();
			if (now - lastFlush > FLUSH_NANOS) {
				metrics.flush();
				lastFlush = now;
			}
		} catch (IOException e) {
			throw new UncheckedIOException("cannot append to " + folder.resolve(ResultsWriter.METRICS_FILE) + ": "
					+ e.getMessage(), e);
		}
	}

	/**
	 * Publishes the ended run: data, figures and the experiment copy with its final status.
	 *
	 * @param result the run as it ended
	 * @param publisher writes the final files
	 * @param figures whether to render figures
	 * @return the files written
	 * @throws IOException naming what could not be written
	 */
	public List<Path> finish(RunResult result, ResultsPublisher publisher, boolean figures) throws IOException {
		close();
		return publisher.publish(result, folder, figures);
	}

	/** Closes the metrics file (the folder keeps what was written). */
	public void close() throws IOException {
		if (metrics != null) {
			metrics.close();
			metrics = null;
		}
	}
}
