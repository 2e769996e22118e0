package org.plateau.ui.internal.navigator;

import java.nio.file.Path;

import org.plateau.model.Experiment;
import org.plateau.model.util.ExperimentFileException;

/** An experiment file of the workspace, as the Experiments view lists it. */
public final class ExperimentEntry extends FileEntry<Experiment> {

	ExperimentEntry(Path file) {
		super(file);
	}

	@Override
	Experiment read(Path from) throws ExperimentFileException {
		return ExperimentsWorkspace.load(from);
	}

	/** The experiment as saved, read once; {@code null} if it cannot be read (see {@link #problem()}). */
	public Experiment experiment() {
		return content();
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
}
