package org.plateau.core.results;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.ejml.data.DMatrixRMaj;
import org.plateau.core.family.MatrixDescriptor;
import org.plateau.core.family.SimulationOutcome;
import org.plateau.core.run.RunListener;
import org.plateau.core.run.RunResult;
import org.plateau.model.Experiment;
import org.plateau.model.Run;
import org.plateau.model.RunStatus;
import org.plateau.model.util.PlateauResources;

/**
 * The one writer of a results folder, for the command line, sweeps and the workbench alike: it saves a run while it
 * trains, so that nothing is lost if the program ends before the run does.
 * <ul>
 * <li>When the run starts: the folder is locked ({@link FolderLock}); the files of an earlier run in it are removed;
 * the experiment copy and {@code manifest.json} are written with status {@code RUNNING}.</li>
 * <li>Every record is appended to {@code metrics.csv} and flushed to the operating system at once, so that a killed
 * run loses at most its last record interval; every snapshot is written when it is taken.</li>
 * <li>{@link #finish} writes the theory, the figures, the final manifest and experiment copy (each complete or
 * absent: {@link AtomicFiles}) and releases the lock.</li>
 * </ul>
 * A folder whose manifest says {@code RUNNING} and that no live writer holds is an interrupted run
 * ({@link ResultsReader#isInterrupted}). The memory of the run does not grow with its records: the run's own table
 * is bounded and the CSV on disk holds every record.
 */
public final class RunFolderWriter implements RunListener, AutoCloseable {

	private static final String RUN_ID = "yyyyMMdd'T'HHmmss";

	private final Path folder;
	private FolderLock lock;
	private BufferedWriter metrics;
	private List<MatrixDescriptor> matrices = List.of();
	private final StringBuilder line = new StringBuilder(256);
	private IOException failure;

	/** A writer into {@code folder}; the folder is created and locked by {@link #lock()} or when the run starts. */
	public RunFolderWriter(Path folder) {
		this.folder = folder;
	}

	/**
	 * A writer that holds its folder from now on: created, checked writable and locked before anything runs.
	 *
	 * @throws FolderLock.FolderInUseException if another live writer holds the folder
	 * @throws IOException if the folder cannot be created or written
	 */
	public static RunFolderWriter open(Path folder) throws IOException {
		RunFolderWriter writer = new RunFolderWriter(folder);
		writer.lock();
		return writer;
	}

	/** The results folder. */
	public Path folder() {
		return folder;
	}

	/**
	 * Locks the folder for this writer (once).
	 *
	 * @return a warning when a stale lock of a writer that is gone was broken
	 * @throws IOException naming the folder and its holder when it is in use, or why it cannot be written
	 */
	public Optional<String> lock() throws IOException {
		if (lock == null) {
			lock = FolderLock.acquire(folder, "run");
			return lock.brokenStaleLock();
		}
		return Optional.empty();
	}

	/** The first write that failed (e.g. a full disk), which ended the run; empty when none did. */
	public Optional<IOException> failure() {
		return Optional.ofNullable(failure);
	}

	@Override
	public boolean wantsTheoryAhead() {
		return false;
	}

	@Override
	public void started(RunResult plan) {
		try {
			lock();
			removeEarlierResults();
			matrices = plan.matrices();
			Experiment copy = EcoreUtil.copy(plan.experiment());
			copy.getRuns().clear();
			Run run = ResultsWriter.runElement(plan, runId(plan), folder);
			run.setStatus(RunStatus.RUNNING);
			run.setLocation(".");
			copy.getRuns().add(run);
			AtomicFiles.write(folder.resolve(ResultsPublisher.EXPERIMENT_COPY), file -> PlateauResources.save(copy, file));
			ResultsWriter.writeManifest(plan, run, folder.resolve(ResultsWriter.MANIFEST_FILE));
			metrics = Files.newBufferedWriter(folder.resolve(ResultsWriter.METRICS_FILE), StandardCharsets.UTF_8,
					StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
			metrics.write("step");
			for (String column : plan.simulation().columns()) {
				metrics.write(',');
				metrics.write(column);
			}
			metrics.write("\r\n");
			metrics.flush();
		} catch (IOException e) {
			throw failed(folder, e);
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
			// one write per record: a kill loses at most the record being written, whose torn line readers drop
			metrics.append(line);
			metrics.flush();
		} catch (IOException e) {
			throw failed(folder.resolve(ResultsWriter.METRICS_FILE), e);
		}
	}

	@Override
	public void snapshot(String name, long step, DMatrixRMaj matrix) {
		if (metrics == null) {
			return;
		}
		MatrixDescriptor descriptor = matrices.stream().filter(m -> m.name().equals(name)).findFirst()
				.orElse(new MatrixDescriptor(name, name, List.of(), List.of()));
		Path file = folder.resolve(ResultsWriter.SNAPSHOTS_FOLDER).resolve(name + "-step" + step + ".csv");
		try {
			ResultsWriter.writeMatrix(descriptor, matrix, file);
		} catch (IOException e) {
			throw failed(file, e);
		}
	}

	/**
	 * Publishes the ended run: theory, snapshots, figures, manifest and the experiment copy with its final status
	 * ({@code metrics.csv} is complete already), then releases the folder.
	 *
	 * @param result the run as it ended
	 * @param publisher writes the final files
	 * @param figures whether to render figures
	 * @return the files written
	 * @throws IOException naming what could not be written
	 */
	public List<Path> finish(RunResult result, ResultsPublisher publisher, boolean figures) throws IOException {
		try {
			if (lock == null) {
				// never held the folder (another writer does): nothing of this run may be written into it
				throw failure != null ? failure
						: new IOException("the run did not write into " + folder + ": its folder was never locked");
			}
			boolean streamed = closeMetrics();
			return publisher.publish(result, folder, figures, !streamed);
		} catch (IOException | RuntimeException e) {
			if (lock != null) {
				markFailed(result, e);
			}
			throw e;
		} finally {
			close();
		}
	}

	/**
	 * After a failure to publish (a full disk), the manifest says so rather than RUNNING, which would read as a killed
	 * run; written whole or not at all, and only if the disk lets it.
	 */
	private void markFailed(RunResult result, Exception e) {
		try {
			RunResult failed = new RunResult(result.experiment(), result.family(), result.started(),
					result.wallTimeSeconds(), new SimulationOutcome(SimulationOutcome.Status.FAILED,
							result.outcome().stepsCompleted(), "its results could not all be written: " + e.getMessage()),
					result.metrics(), result.matrices(), result.simulation(), result.snapshots(), result.theory(),
					result.plots(), result.warnings(), result.numerics());
			Run run = ResultsWriter.runElement(failed, runId(failed), folder);
			ResultsWriter.writeManifest(failed, run, folder.resolve(ResultsWriter.MANIFEST_FILE));
		} catch (IOException | RuntimeException ignored) {
			// the disk is full: the RUNNING manifest stays, and the message already told the user
		}
	}

	/** Closes the metrics file and releases the folder (it keeps what was written). */
	@Override
	public void close() throws IOException {
		try {
			closeMetrics();
		} finally {
			if (lock != null) {
				lock.close();
				lock = null;
			}
		}
	}

	private boolean closeMetrics() throws IOException {
		if (metrics == null) {
			return failure == null && Files.isRegularFile(folder.resolve(ResultsWriter.METRICS_FILE));
		}
		try {
			metrics.close();
		} finally {
			metrics = null;
		}
		return true;
	}

	/** Removes the files a run writes, left by an earlier run in the folder (written into with --force). */
	private void removeEarlierResults() throws IOException {
		for (String name : List.of(ResultsWriter.METRICS_FILE, ResultsWriter.THEORY_FILE, ResultsWriter.MANIFEST_FILE,
				ResultsPublisher.EXPERIMENT_COPY)) {
			Files.deleteIfExists(folder.resolve(name));
		}
		for (String name : List.of(ResultsWriter.SNAPSHOTS_FOLDER, ResultsPublisher.FIGURES_FOLDER)) {
			Path sub = folder.resolve(name);
			if (Files.isDirectory(sub)) {
				try (Stream<Path> files = Files.walk(sub)) {
					for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
						Files.deleteIfExists(file);
					}
				}
			}
		}
	}

	private UncheckedIOException failed(Path file, IOException e) {
		IOException described = e instanceof FolderLock.FolderInUseException ? e : AtomicFiles.failure(file, e);
		if (failure == null) {
			failure = described;
		}
		return new UncheckedIOException(described.getMessage(), described);
	}

	/** The run's id: its start time, {@code yyyyMMdd'T'HHmmss} in UTC. */
	static String runId(RunResult result) {
		return DateTimeFormatter.ofPattern(RUN_ID).withZone(ZoneOffset.UTC).format(result.started());
	}
}
