package org.plateau.core.family;

/**
 * An experiment cannot be run as specified. The message names the file, object, field and value at fault and is
 * meant to be shown to the user as is.
 */
public class ExperimentException extends Exception {

	private static final long serialVersionUID = 1L;

	public ExperimentException(String message) {
		super(message);
	}

	public ExperimentException(String message, Throwable cause) {
		super(message, cause);
	}
}
