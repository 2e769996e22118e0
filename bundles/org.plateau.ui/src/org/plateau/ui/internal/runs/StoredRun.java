package org.plateau.ui.internal.runs;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import org.plateau.core.registry.FamilyRegistry;
import org.plateau.core.results.ResultsReader;
import org.plateau.core.run.RunResult;

/** A run read from its results folder. */
public final class StoredRun implements RunSource {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
			.withZone(ZoneId.systemDefault());

	private final Path folder;
	private final RunResult result;

	private StoredRun(Path folder, RunResult result) {
		this.folder = folder;
		this.result = result;
	}

	/**
	 * Reads a run.
	 *
	 * @throws IOException naming the file that cannot be read
	 */
	public static StoredRun open(Path folder, FamilyRegistry registry) throws IOException {
		return new StoredRun(folder, ResultsReader.read(folder, registry));
	}

	/** A run already read from its folder (by the runs table). */
	public static StoredRun of(Path folder, RunResult result) {
		return new StoredRun(folder, result);
	}

	/** A run's name: its experiment and when it started. */
	static String label(RunResult result) {
		return result.experiment().getName() + " " + TIME.format(result.started());
	}

	@Override
	public String label() {
		return label(result);
	}

	@Override
	public RunResult snapshot() {
		return result;
	}

	@Override
	public long version() {
		return 0;
	}

	@Override
	public boolean isLive() {
		return false;
	}

	@Override
	public Optional<Path> folder() {
		return Optional.of(folder);
	}
}
