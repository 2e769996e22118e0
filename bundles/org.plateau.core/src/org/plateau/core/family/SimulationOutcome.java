package org.plateau.core.family;

import java.util.Objects;

/**
 * How a simulation ended.
 *
 * @param status completed, cancelled, diverged, failed (or running, for a live view)
 * @param stepsCompleted the training steps taken with finite values (for a divergence: up to the step before it)
 * @param message a sentence for the user (why it stopped); empty when it completed
 */
public record SimulationOutcome(Status status, long stepsCompleted, String message) {

	/** The end state of a simulation. */
	public enum Status {
		/** All requested steps were taken. */
		COMPLETED,
		/** The user cancelled; what was recorded until then is valid. */
		CANCELLED,
		/** A non-finite loss or weight appeared; what was recorded before it is valid. */
		DIVERGED,
		/** The family's code failed; what was recorded before it is valid. */
		FAILED,
		/**
		 * Still training: the state of a live view of a run ({@link org.plateau.core.run.RunListener}), never
		 * returned by {@link org.plateau.core.run.StepLoop#run}. What is recorded so far is valid.
		 */
		RUNNING
	}

	public SimulationOutcome {
		Objects.requireNonNull(status, "status");
		message = message == null ? "" : message;
	}
}
