package org.plateau.gdln;

/**
 * The diagonal reduction of a GDLN does not apply: the message says which of its conditions fails, and where.
 */
public final class ReductionException extends Exception {

	private static final long serialVersionUID = 1L;

	public ReductionException(String message) {
		super(message);
	}
}
