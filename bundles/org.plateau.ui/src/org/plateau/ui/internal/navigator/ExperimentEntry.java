package org.plateau.ui.internal.navigator;

import java.nio.file.Path;

import org.eclipse.core.runtime.IAdaptable;
import org.plateau.model.Experiment;
import org.plateau.model.util.ExperimentFileException;

/** An experiment file of the workspace, as the Experiments view lists it. */
public final class ExperimentEntry implements IAdaptable {

	private final Path file;
	private Experiment experiment;
	private String problem;

	ExperimentEntry(Path file) {
		this.file = file;
	}

	public Path file() {
		return file;
	}

	/** The experiment's name (its file's name without the extension). */
	public String name() {
		String fileName = file.getFileName().toString();
		int dot = fileName.lastIndexOf('.');
		return dot < 0 ? fileName : fileName.substring(0, dot);
	}

	/** The experiment as saved, read once; {@code null} if it cannot be read (see {@link #problem()}). */
	public Experiment experiment() {
		if (experiment == null && problem == null) {
			try {
				experiment = ExperimentsWorkspace.load(file);
			} catch (ExperimentFileException e) {
				problem = e.getMessage();
			}
		}
		return experiment;
	}

	/** Why the file cannot be read, or {@code null}. */
	public String problem() {
		experiment();
		return problem;
	}

	/** The first line of the notes: what the experiment reproduces. */
	public String title() {
		Experiment e = experiment();
		if (e == null || e.getNotes() == null) {
			return "";
		}
		String notes = e.getNotes().strip();
		int newline = notes.indexOf('\n');
		return newline < 0 ? notes : notes.substring(0, newline);
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return adapter == Path.class ? adapter.cast(file) : null;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof ExperimentEntry other && other.file.equals(file);
	}

	@Override
	public int hashCode() {
		return file.hashCode();
	}

	@Override
	public String toString() {
		return name();
	}
}
