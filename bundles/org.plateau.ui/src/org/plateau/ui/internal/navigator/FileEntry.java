package org.plateau.ui.internal.navigator;

import java.nio.file.Path;

import org.eclipse.core.runtime.IAdaptable;
import org.plateau.model.util.ExperimentFileException;

/**
 * A file of the workspace as the Experiments view lists it: its name, and its content read once when first asked
 * for, or why it cannot be read.
 *
 * @param <T> the file's root object
 */
public abstract class FileEntry<T> implements IAdaptable {

	private final Path file;
	private T content;
	private String problem;

	FileEntry(Path file) {
		this.file = file;
	}

	/** Reads the file. */
	abstract T read(Path from) throws ExperimentFileException;

	public Path file() {
		return file;
	}

	/** The file's name without its extension. */
	public String name() {
		String fileName = file.getFileName().toString();
		int dot = fileName.lastIndexOf('.');
		return dot < 0 ? fileName : fileName.substring(0, dot);
	}

	/** The content as saved, read once; {@code null} if it cannot be read (see {@link #problem()}). */
	T content() {
		if (content == null && problem == null) {
			try {
				content = read(file);
			} catch (ExperimentFileException e) {
				problem = e.getMessage();
			}
		}
		return content;
	}

	/** Why the file cannot be read, or {@code null}. */
	public String problem() {
		content();
		return problem;
	}

	@Override
	public <A> A getAdapter(Class<A> adapter) {
		return adapter == Path.class ? adapter.cast(file) : null;
	}

	@Override
	public boolean equals(Object o) {
		return o != null && o.getClass() == getClass() && ((FileEntry<?>) o).file.equals(file);
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
