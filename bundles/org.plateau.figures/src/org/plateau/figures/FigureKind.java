package org.plateau.figures;

import org.plateau.core.family.PlotDescriptor;
import org.plateau.core.run.RunResult;

/**
 * Draws the plots of one kind headless, for the figures of {@code plateau run}, sweeps and the workbench's export: a
 * family (or any bundle) that declares plots of a kind of its own contributes one as an OSGi Declarative Services
 * component providing this interface. The figure renderer writes what it paints as {@code <plot id>.png} and
 * {@code .svg}. The bundled kinds are those named in {@link PlotDescriptor}.
 */
public interface FigureKind {

	/** The {@link PlotDescriptor#kind()} this draws. */
	String id();

	/**
	 * The figure of a plot of this kind.
	 *
	 * @param plot a plot whose kind is {@link #id()}
	 * @param result the run's data (possibly partial)
	 */
	Figure figure(PlotDescriptor plot, RunResult result);
}
