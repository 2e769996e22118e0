package org.plateau.cli.internal;

import java.io.PrintStream;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.plateau.core.figures.FigureRenderer;
import org.plateau.core.registry.FamilyRegistry;

/**
 * What a CLI command needs from its surroundings, passed in so that tests substitute streams and services.
 *
 * @param registry the model families
 * @param renderers the figure renderers (none: no figures)
 * @param out standard output
 * @param err standard error (progress bar, errors)
 * @param interactive whether {@code err} is a terminal (redrawn progress bar) or a log (one line per 10%)
 * @param interrupts how Ctrl-C reaches a running command
 */
record CliContext(FamilyRegistry registry, List<FigureRenderer> renderers, PrintStream out, PrintStream err,
		boolean interactive, InterruptSource interrupts) {

	/** Installs cancellation of {@code monitor} on interrupt for the duration of a try block. */
	CancelOnInterrupt cancelOnInterrupt(IProgressMonitor monitor) {
		return interrupts.install(monitor);
	}

	/** Turns an interrupt (Ctrl-C) into cancellation of a monitor. */
	interface InterruptSource {
		CancelOnInterrupt install(IProgressMonitor monitor);
	}
}
