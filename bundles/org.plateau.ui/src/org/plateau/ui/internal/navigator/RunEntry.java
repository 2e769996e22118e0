package org.plateau.ui.internal.navigator;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.ui.PlatformUI;
import org.plateau.core.results.ResultsPublisher;
import org.plateau.model.Experiment;
import org.plateau.model.Run;
import org.plateau.model.RunStatus;
import org.plateau.model.util.ExperimentFileException;
import org.plateau.model.util.PlateauResources;
import org.plateau.ui.internal.runs.RunManager;
import org.plateau.ui.internal.runs.RunSource;
import org.plateau.ui.internal.runs.StoredRun;

/**
 * A stored run of an experiment, as the Experiments view lists it; adapts to the {@link RunSource} that the Plots
 * view draws (read from the folder the first time it is asked).
 */
public final class RunEntry implements IAdaptable {

	private final Path folder;
	private final ExperimentEntry experiment;
	private Run record;
	private boolean recordRead;
	private StoredRun source;
	private String problem;

	RunEntry(Path folder, ExperimentEntry experiment) {
		this.folder = folder;
		this.experiment = experiment;
	}

	public Path folder() {
		return folder;
	}

	public ExperimentEntry experiment() {
		return experiment;
	}

	/** The run as its experiment copy records it (status, steps, time), or {@code null} if unreadable. */
	public Run record() {
		if (!recordRead) {
			recordRead = true;
			try {
				Experiment copy = PlateauResources.load(folder.resolve(ResultsPublisher.EXPERIMENT_COPY));
				List<Run> runs = copy.getRuns();
				record = runs.isEmpty() ? null : runs.get(runs.size() - 1);
			} catch (ExperimentFileException e) {
				problem = e.getMessage();
			}
		}
		return record;
	}

	/** A short description: status, steps, time. */
	public String describe() {
		Run run = record();
		if (run == null) {
			return problem == null ? "no record" : problem;
		}
		if (run.getStatus() == RunStatus.RUNNING) {
			return "interrupted (the workbench ended before the run did)";
		}
		String status = run.getStatus().getLiteral().toLowerCase(Locale.ROOT);
		return String.format("%s · %d steps · %.2f s%s", status, run.getStepsCompleted(), run.getWallTimeSeconds(),
				run.getMessage() == null || run.getMessage().isEmpty() ? "" : " · " + run.getMessage());
	}

	/** The run's data, read once. */
	public synchronized RunSource source() throws IOException {
		if (source == null) {
			RunManager manager = PlatformUI.getWorkbench().getService(RunManager.class);
			source = StoredRun.open(folder, manager.registry());
		}
		return source;
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == RunSource.class) {
			try {
				return adapter.cast(source());
			} catch (IOException e) {
				return null;
			}
		}
		return adapter == Path.class ? adapter.cast(folder) : null;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof RunEntry other && other.folder.equals(folder);
	}

	@Override
	public int hashCode() {
		return folder.hashCode();
	}

	@Override
	public String toString() {
		return folder.getFileName().toString();
	}
}
