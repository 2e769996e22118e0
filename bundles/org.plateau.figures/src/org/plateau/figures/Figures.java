package org.plateau.figures;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

import org.plateau.core.family.PlotDescriptor;
import org.plateau.core.run.RunResult;
import org.plateau.figures.internal.FigureWriter;
import org.plateau.figures.internal.JFreeChartFigureRenderer;

/**
 * The bundled figures for a view that shows them outside the figure writer, e.g. a workbench view drawing a plot kind
 * whose headless figure already says everything ({@link PlotDescriptor#PROFILES}, {@link PlotDescriptor#IMAGES}): the
 * view, the PNG and the SVG then come from the same paint call.
 */
public final class Figures {

	private Figures() {
	}

	/**
	 * The figure of a plot of a bundled kind.
	 *
	 * @return the figure, or {@code null} when the kind is not one of the bundled ones
	 */
	public static Figure of(PlotDescriptor plot, RunResult result) {
		FigureKind kind = JFreeChartFigureRenderer.bundled(plot.kind());
		return kind == null ? null : kind.figure(plot, result);
	}

	/** The figure painted into an image of the given size, scaled to fit it, at the top and centred across, on white. */
	public static BufferedImage image(Figure figure, int width, int height) {
		return FigureWriter.image(figure, width, height);
	}

	/** Writes the figure as a PNG of its own size. */
	public static void writePng(Figure figure, Path file) throws IOException {
		FigureWriter.writePng(figure, file);
	}

	/** Writes the figure as an SVG. */
	public static void writeSvg(Figure figure, Path file) throws IOException {
		FigureWriter.writeSvg(figure, file);
	}
}
