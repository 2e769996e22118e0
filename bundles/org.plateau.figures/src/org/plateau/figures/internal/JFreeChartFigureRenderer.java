package org.plateau.figures.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.plateau.core.family.PlotDescriptor;
import org.plateau.core.figures.FigureRenderer;
import org.plateau.core.figures.ParameterPlot;
import org.plateau.core.run.RunResult;

/**
 * Writes each plot as {@code <plot id>.png} and {@code <plot id>.svg}: curves with JFreeChart, matrix snapshots
 * as a grid of heatmaps. Both files come from the same {@link java.awt.Graphics2D} drawing, so they show the
 * same thing; nothing needs a display. Registered as a Declarative Services component
 * ({@code OSGI-INF/org.plateau.figures.renderer.xml}); stateless, so one instance serves concurrent runs.
 */
public final class JFreeChartFigureRenderer implements FigureRenderer {

	@Override
	public List<Path> render(PlotDescriptor plot, RunResult result, Path directory) throws IOException {
		return FigureWriter.write(figure(plot, result), directory, plot.id());
	}

	@Override
	public List<Path> render(ParameterPlot plot, Path directory) throws IOException {
		return FigureWriter.write(new ParameterFigure(plot), directory, plot.id());
	}

	/** The figure of one plot, before it is written. */
	static Figure figure(PlotDescriptor plot, RunResult result) {
		return switch (plot.kind()) {
			case CURVES -> new CurvesFigure(plot, result);
			case MATRICES -> new MatrixGridFigure(plot, result);
		};
	}
}
