package org.plateau.model.util;

import java.io.IOException;
import java.nio.file.Path;

/**
 * An experiment file could not be read or written. The message names the file and the problem, in words a user
 * can act on (for example <code>Cannot load /home/a/x.plateau: line 4, column 31: unknown class 'Foo'</code>),
 * so that it can be shown as it is. It is an {@link IOException}, so callers that handle I/O failures in general
 * need no extra clause.
 */
public class ExperimentFileException extends IOException {
	private static final long serialVersionUID = 1L;

	private final transient Path file;

	/**
	 * @param file the file that could not be read or written
	 * @param message the full message, naming the file and the problem
	 * @param cause the underlying exception, or <code>null</code>
	 */
	public ExperimentFileException(Path file, String message, Throwable cause) {
		super(message, cause);
		this.file = file;
	}

	/**
	 * @return the file that could not be read or written
	 */
	public Path getFile() {
		return file;
	}
}
