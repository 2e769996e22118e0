package org.plateau.core.figures;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.plateau.core.family.PlotDescriptor;
import org.plateau.core.run.RunResult;

/**
 * Renders a family's {@link PlotDescriptor}s of a run, and the {@link ParameterPlot}s of a sweep, to figure files
 * without a display. Provided as an OSGi
 * service by a figure bundle; the runner and the CLI know it only through this interface.
 */
public interface FigureRenderer {

	/**
	 * Writes one figure per plot, in every format this renderer supports (e.g. PNG and SVG); none for a plot of a kind
	 * it does not draw.
	 *
	 * @param plot what to draw
	 * @param result the run's data
	 * @param directory the folder to write into (exists)
	 * @return the files written
	 * @throws IOException when a file cannot be written
	 */
	List<Path> render(PlotDescriptor plot, RunResult result, Path directory) throws IOException;

	/**
	 * Writes one figure of values against a parameter, in every format this renderer supports.
	 *
	 * @param plot what to draw
	 * @param directory the folder to write into (exists)
	 * @return the files written
	 * @throws IOException when a file cannot be written
	 */
	List<Path> render(ParameterPlot plot, Path directory) throws IOException;

	/**
	 * Writes one heatmap of values over two parameters, in every format this renderer supports; none by default.
	 *
	 * @param map what to draw
	 * @param directory the folder to write into (exists)
	 * @return the files written
	 * @throws IOException when a file cannot be written
	 */
	default List<Path> render(ParameterMap map, Path directory) throws IOException {
		return List.of();
	}
}
