package org.plateau.cli.internal;

import java.io.PrintStream;

import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * A progress bar on the terminal: {@code [=========>          ]  45%  Training  ETA 3s}. Redraws at most ten
 * times a second on one line (carriage return), or prints a line per 10% when the output is not a terminal.
 * Cancellation is requested from another thread (the Ctrl-C hook) through {@link #setCanceled(boolean)}.
 */
final class TerminalProgressMonitor extends NullProgressMonitor {

	private static final int WIDTH = 30;
	private static final long REDRAW_NANOS = 100_000_000L;

	private final PrintStream out;
	private final boolean interactive;
	private String task = "";
	private String subTask = "";
	private double total = 1;
	private double done;
	private long started;
	private long lastDraw;
	private int lastDecile = -1;

	TerminalProgressMonitor(PrintStream out, boolean interactive) {
		this.out = out;
		this.interactive = interactive;
	}

	@Override
	public void beginTask(String name, int totalWork) {
		task = name == null ? "" : name;
		total = totalWork <= 0 ? 1 : totalWork;
		done = 0;
		started = System.nanoTime();
		draw(true);
	}

	@Override
	public void setTaskName(String name) {
		task = name == null ? "" : name;
	}

	@Override
	public void subTask(String name) {
		subTask = name == null ? "" : name;
	}

	@Override
	public void internalWorked(double work) {
		done = Math.min(total, done + work);
		draw(false);
	}

	@Override
	public void worked(int work) {
		internalWorked(work);
	}

	@Override
	public void done() {
		end("", 1);
	}

	/**
	 * Ends the bar. A run that did not complete shows the fraction of training it reached and says why.
	 *
	 * @param stopped empty for a completed run, otherwise how it stopped, e.g. "cancelled"
	 * @param fraction the fraction of the training steps taken
	 */
	void end(String stopped, double fraction) {
		if (!stopped.isEmpty()) {
			subTask = stopped;
		}
		done = Math.max(0, Math.min(1, fraction)) * total;
		draw(true);
		if (interactive) {
			out.println();
		}
		out.flush();
	}

	private void draw(boolean force) {
		long now = System.nanoTime();
		double fraction = done / total;
		if (interactive) {
			if (!force && now - lastDraw < REDRAW_NANOS) {
				return;
			}
			lastDraw = now;
			int filled = (int) Math.round(fraction * WIDTH);
			StringBuilder bar = new StringBuilder(WIDTH + 60).append('\r').append('[');
			for (int i = 0; i < WIDTH; i++) {
				bar.append(i < filled ? '=' : i == filled ? '>' : ' ');
			}
			bar.append(String.format("] %3d%%  %s", (int) (fraction * 100), label()));
			double elapsed = (now - started) * 1e-9;
			if (fraction > 0.02 && fraction < 1) {
				bar.append(String.format("  ETA %.0fs", elapsed * (1 - fraction) / fraction));
			}
			// one terminal line: a wrapped bar would leave its start behind on every redraw
			int limit = width();
			if (bar.length() > limit) {
				bar.setLength(limit);
			}
			bar.append("\u001b[K");
			out.print(bar);
			out.flush();
		} else {
			int decile = (int) (fraction * 10);
			if (decile != lastDecile) {
				lastDecile = decile;
				out.printf("%3d%%  %s%n", decile * 10, label());
			}
		}
	}

	/** The terminal width from {@code COLUMNS} (set by the start script), 100 by default. */
	private static int width() {
		try {
			return Math.max(40, Integer.parseInt(System.getenv().getOrDefault("COLUMNS", "100").trim()) - 1);
		} catch (NumberFormatException e) {
			return 99;
		}
	}

	private String label() {
		return subTask.isEmpty() ? task : task + ": " + subTask;
	}
}
