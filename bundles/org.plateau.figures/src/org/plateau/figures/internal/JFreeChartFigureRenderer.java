package org.plateau.figures.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.plateau.core.family.PlotDescriptor;
import org.plateau.core.figures.FigureRenderer;
import org.plateau.core.figures.ParameterMap;
import org.plateau.core.figures.ParameterPlot;
import org.plateau.core.run.RunResult;
import org.plateau.figures.Figure;
import org.plateau.figures.FigureKind;

/**
 * Writes each plot as {@code <plot id>.png} and {@code <plot id>.svg}: curves with JFreeChart, matrix snapshots as a
 * grid of heatmaps, rows of a matrix as images and as profiles over training, functions of the setting, automata as state graphs, metrics as bars, and every kind another bundle
 * contributes as a {@link FigureKind} service. Both files come from the same {@link java.awt.Graphics2D} drawing, so
 * they show the same thing; nothing needs a display. Registered as a Declarative Services component
 * ({@code OSGI-INF/org.plateau.figures.renderer.xml}); one instance serves concurrent runs.
 */
public final class JFreeChartFigureRenderer implements FigureRenderer {

	private static final Map<String, FigureKind> BUNDLED = Map.of(
			PlotDescriptor.CURVES, kind(PlotDescriptor.CURVES, CurvesFigure::new),
			PlotDescriptor.MATRICES, kind(PlotDescriptor.MATRICES, MatrixGridFigure::new),
			PlotDescriptor.IMAGES, kind(PlotDescriptor.IMAGES, ImagesFigure::new),
			PlotDescriptor.STATE_GRAPH, kind(PlotDescriptor.STATE_GRAPH, StateGraphFigure::new),
			PlotDescriptor.BARS, kind(PlotDescriptor.BARS, BarsFigure::new),
			PlotDescriptor.PROFILES, kind(PlotDescriptor.PROFILES, ProfilesFigure::new),
			PlotDescriptor.FUNCTIONS, kind(PlotDescriptor.FUNCTIONS, FunctionsFigure::new));

	private final Map<String, FigureKind> contributed = new ConcurrentHashMap<>();

	private static FigureKind kind(String id, java.util.function.BiFunction<PlotDescriptor, RunResult, Figure> figure) {
		return new FigureKind() {
			@Override
			public String id() {
				return id;
			}

			@Override
			public Figure figure(PlotDescriptor plot, RunResult result) {
				return figure.apply(plot, result);
			}
		};
	}

	/** The bundled kind of an id, or {@code null}. */
	public static FigureKind bundled(String kind) {
		return BUNDLED.get(kind);
	}

	/** DS bind method: a kind contributed by another bundle. */
	public void addKind(FigureKind kind) {
		contributed.put(kind.id(), kind);
	}

	/** DS unbind method. */
	public void removeKind(FigureKind kind) {
		contributed.remove(kind.id(), kind);
	}

	/** Writes the plot's figure; none, when no kind draws it (a plot of a kind whose bundle is not installed). */
	@Override
	public List<Path> render(PlotDescriptor plot, RunResult result, Path directory) throws IOException {
		Figure figure = figure(plot, result);
		return figure == null ? List.of() : FigureWriter.write(figure, directory, plot.id());
	}

	@Override
	public List<Path> render(ParameterPlot plot, Path directory) throws IOException {
		return FigureWriter.write(new ParameterFigure(plot), directory, plot.id());
	}

	@Override
	public List<Path> render(ParameterMap map, Path directory) throws IOException {
		return FigureWriter.write(new ParameterMapFigure(map), directory, map.id());
	}

	/** The figure of one plot, before it is written; {@code null} when no kind draws it. */
	Figure figure(PlotDescriptor plot, RunResult result) {
		FigureKind kind = contributed.getOrDefault(plot.kind(), BUNDLED.get(plot.kind()));
		return kind == null ? null : kind.figure(plot, result);
	}
}
