package org.plateau.ui.internal.runs;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Where the Plots view's time scrubber stands: a run and a training step, which every view that draws the run in time
 * follows (the plots mark the step, the architecture page draws the network as it was then). Used on the UI thread.
 */
public final class TimeCursor {

	/** A run at a step. */
	public record Position(RunSource run, long step) {
	}

	private Position position;
	private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

	/** Moves the cursor; {@code null} takes it away. Listeners are told when it changed. */
	public void set(Position moved) {
		if (moved == null ? position != null : !moved.equals(position)) {
			position = moved;
			listeners.forEach(Runnable::run);
		}
	}

	/** Where the cursor stands, or {@code null} when no scrubber has it. */
	public Position position() {
		return position;
	}

	public void addListener(Runnable listener) {
		listeners.add(listener);
	}

	public void removeListener(Runnable listener) {
		listeners.remove(listener);
	}
}
