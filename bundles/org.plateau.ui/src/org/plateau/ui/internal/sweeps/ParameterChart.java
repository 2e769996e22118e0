package org.plateau.ui.internal.sweeps;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IErrorBar;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.plateau.core.figures.FigureRenderer;
import org.plateau.core.figures.NumberLabels;
import org.plateau.core.figures.ParameterPlot;
import org.plateau.ui.internal.plots.ChartNavigation;
import org.plateau.ui.internal.plots.PlotFormat;
import org.plateau.ui.internal.plots.TickLabelFormat;
import org.plateau.ui.plots.PlotTheme;

/**
 * A {@link ParameterPlot} in SWTChart, as the figure files draw it: the simulation as markers with error bars of one
 * standard error, each theory as a line of the same colour (dashed by its dash index). On a logarithmic axis the
 * values that are not positive are left out; non-finite values are never drawn.
 */
final class ParameterChart {

	private static final LineStyle[] DASHES = { LineStyle.DASH, LineStyle.DASHDOT, LineStyle.DOT, LineStyle.DASHDOTDOT };

	private final Chart chart;
	private final PlotTheme theme;
	private final Font titleFont;
	private final ChartNavigation navigation;
	private ParameterPlot plot;
	/** The axes' scales as the user set them, or {@code null} for the figure's own. */
	private Boolean logX;
	private Boolean logY;
	/** The points drawn, for the hover. */
	private final List<Drawn> drawn = new ArrayList<>();

	/** A series as drawn: its label, the points kept (finite, positive on a log axis) and their errors. */
	private record Drawn(String label, double[] x, double[] y, double[] error, RGB colour) {
	}

	ParameterChart(Composite parent, PlotTheme theme) {
		this.theme = theme;
		chart = new Chart(parent, SWT.NONE);
		FontData[] data = chart.getTitle().getFont().getFontData();
		for (FontData d : data) {
			d.setStyle(SWT.BOLD);
		}
		titleFont = new Font(chart.getDisplay(), data);
		chart.getTitle().setFont(titleFont);
		chart.getLegend().setPosition(SWT.BOTTOM);
		theme.style(chart);
		for (IAxis axis : chart.getAxisSet().getAxes()) {
			axis.getTick().setFormat(new TickLabelFormat(axis));
		}
		chart.addDisposeListener(e -> titleFont.dispose());
		navigation = new ChartNavigation(chart, theme, this::nearest, () -> {
		}, this::resetZoom);
	}

	/** Whether the parameter axis is logarithmic (the figure's choice until the user sets it). */
	boolean isLogX() {
		return logX != null ? logX : plot != null && plot.logX();
	}

	/** Whether the value axis is logarithmic (the figure's choice until the user sets it). */
	boolean isLogY() {
		return logY != null ? logY : plot != null && plot.logY();
	}

	/** Goes back to the figure's own scales (another figure is chosen). */
	void resetLog() {
		logX = null;
		logY = null;
	}

	/** Sets the axes' scales of the figure shown; values that are not positive leave a log axis. */
	void setLog(boolean x, boolean y) {
		logX = x;
		logY = y;
		show(plot);
	}

	/** Shows all the points again. */
	void resetZoom() {
		chart.getAxisSet().adjustRange();
		chart.redraw();
	}

	/** The point nearest a plot-area pixel, within 20 pixels: its series, parameter, value and error. */
	private ChartNavigation.Hover nearest(int px, int py) {
		IAxis x = chart.getAxisSet().getXAxis(0);
		IAxis y = chart.getAxisSet().getYAxis(0);
		ChartNavigation.Hover best = null;
		double bestDistance = 20 * 20;
		for (Drawn d : drawn) {
			for (int i = 0; i < d.x().length; i++) {
				int cx = x.getPixelCoordinate(d.x()[i]);
				int cy = y.getPixelCoordinate(d.y()[i]);
				double distance = (double) (cx - px) * (cx - px) + (double) (cy - py) * (cy - py);
				if (distance < bestDistance) {
					bestDistance = distance;
					best = new ChartNavigation.Hover(cx, cy, d.label() + "\n" + plot.xLabel() + " = "
							+ PlotFormat.tick(d.x()[i]) + ", " + plot.yLabel() + " = " + NumberLabels.sixDigits(d.y()[i])
							+ (d.error() != null && d.error()[i] > 0 ? " ± " + NumberLabels.sixDigits(d.error()[i]) : ""),
							d.colour());
				}
			}
		}
		return best;
	}

	/** Updates the hover as if the mouse were at a plot-area pixel, for tests; the text shown or {@code null}. */
	String hoverAt(int px, int py) {
		ChartNavigation.Hover hover = navigation.hoverAt(px, py);
		return hover == null ? null : hover.text();
	}

	/** Zooms to the rectangle between two plot-area pixels. */
	void zoomTo(Point from, Point to) {
		navigation.zoomTo(from, to);
	}

	/** Writes the chart as shown as a PNG image. */
	void exportPng(Path file) throws IOException {
		ChartNavigation.writePng(chart, "The sweep figure", file);
	}

	/**
	 * Writes the figure as SVG, drawn by the headless renderer of the {@code plateau sweep} figure files (on the axes'
	 * scales as set here).
	 */
	void exportSvg(Path file, List<FigureRenderer> renderers) throws IOException {
		if (plot == null) {
			throw new IOException("No sweep figure is shown, so there is nothing to write to " + file);
		}
		ParameterPlot shown = new ParameterPlot(plot.id(), plot.title(), plot.subtitle(), plot.xLabel(), plot.yLabel(),
				isLogX(), isLogY(), plot.series());
		Path folder = Files.createTempDirectory("plateau-sweep-figure");
		try {
			for (FigureRenderer renderer : renderers) {
				List<Path> files;
				try {
					files = renderer.render(shown, folder);
				} catch (RuntimeException | LinkageError e) {
					// contributed code: its failure is this export's, said to the user
					throw new IOException("The figure renderer " + renderer.getClass().getName() + " failed to draw '"
							+ plot.title() + "': " + e, e);
				}
				for (Path written : files) {
					if (written.getFileName().toString().endsWith(".svg")) {
						Files.copy(written, file, StandardCopyOption.REPLACE_EXISTING);
						return;
					}
				}
			}
			throw new IOException("No installed figure renderer writes SVG (" + renderers.size() + " renderers), so "
					+ file + " was not written");
		} finally {
			try (var files = Files.list(folder)) {
				for (Path written : files.toList()) {
					Files.deleteIfExists(written);
				}
			}
			Files.deleteIfExists(folder);
		}
	}

	/** Writes the figure's points as CSV: {@code series,parameter,value,error}, every point, full precision. */
	void exportCsv(Path file) throws IOException {
		if (plot == null) {
			throw new IOException("No sweep figure is shown, so there is nothing to write to " + file);
		}
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader("series", "parameter", "value", "error")
				.setRecordSeparator("\n").get();
		try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
				CSVPrinter printer = new CSVPrinter(writer, format)) {
			for (ParameterPlot.Series series : plot.series()) {
				for (int i = 0; i < series.x().length; i++) {
					printer.printRecord(series.label(), Double.toString(series.x()[i]), Double.toString(series.y()[i]),
							series.error() == null ? "" : Double.toString(series.error()[i]));
				}
			}
		}
	}

	Chart chart() {
		return chart;
	}

	/** The figure drawn, or {@code null}. */
	ParameterPlot plot() {
		return plot;
	}

	/**
	 * The length of the words every legend label starts with (the metric, which the title names already), so that
	 * the legend says only what tells the series apart: "at the last step — simulation".
	 */
	private static int commonPrefix(List<ParameterPlot.Series> series) {
		if (series.size() < 2) {
			return 0;
		}
		String first = series.get(0).label();
		int length = first.length();
		for (ParameterPlot.Series s : series) {
			int i = 0;
			while (i < length && i < s.label().length() && s.label().charAt(i) == first.charAt(i)) {
				i++;
			}
			length = i;
		}
		int space = first.lastIndexOf(' ', length - 1);
		return length == first.length() || space < 0 ? 0 : space + 1;
	}

	/** Draws a figure, replacing the one shown. */
	void show(ParameterPlot figure) {
		this.plot = figure;
		drawn.clear();
		navigation.clearHover();
		for (ISeries<?> series : chart.getSeriesSet().getSeries()) {
			chart.getSeriesSet().deleteSeries(series.getId());
		}
		IAxis x = chart.getAxisSet().getXAxis(0);
		IAxis y = chart.getAxisSet().getYAxis(0);
		// linear while the series change: a log axis refuses values that are not positive
		x.enableLogScale(false);
		y.enableLogScale(false);
		if (figure == null) {
			chart.getTitle().setText("");
			chart.redraw();
			return;
		}
		// the subtitle (the sweep, and what the error bars are) is the view's header line
		chart.getTitle().setText(figure.title());
		x.getTitle().setText(figure.xLabel());
		y.getTitle().setText(figure.yLabel());
		int n = 0;
		int common = commonPrefix(figure.series());
		boolean logXShown = isLogX();
		boolean logYShown = isLogY();
		for (ParameterPlot.Series series : figure.series()) {
			List<double[]> points = new ArrayList<>();
			for (int i = 0; i < series.x().length; i++) {
				double px = series.x()[i];
				double py = series.y()[i];
				if (Double.isFinite(px) && Double.isFinite(py) && (!logXShown || px > 0) && (!logYShown || py > 0)) {
					double error = series.error() == null || !Double.isFinite(series.error()[i]) ? 0 : series.error()[i];
					points.add(new double[] { px, py, error });
				}
			}
			if (points.isEmpty()) {
				continue;
			}
			ILineSeries<?> line = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, "series-" + n++);
			line.setDescription(series.label().substring(common));
			line.setXSeries(points.stream().mapToDouble(p -> p[0]).toArray());
			line.setYSeries(points.stream().mapToDouble(p -> p[1]).toArray());
			Color colour = new Color(chart.getDisplay(), theme.seriesColour(series.colour()));
			drawn.add(new Drawn(series.label().substring(common), line.getXSeries(), line.getYSeries(),
					series.error() == null ? null : points.stream().mapToDouble(p -> p[2]).toArray(),
					theme.seriesColour(series.colour())));
			line.setLineColor(colour);
			line.setSymbolColor(colour);
			if (series.style() == ParameterPlot.Style.POINTS) {
				line.setLineStyle(LineStyle.NONE);
				line.setSymbolType(PlotSymbolType.CIRCLE);
				line.setSymbolSize(4);
				if (series.error() != null) {
					IErrorBar bar = line.getYErrorBar();
					double[] errors = points.stream().mapToDouble(p -> p[2]).toArray();
					bar.setType(IErrorBar.ErrorBarType.BOTH);
					bar.setPlusErrors(errors);
					bar.setMinusErrors(errors);
					bar.setColor(colour);
					bar.setVisible(true);
				}
			} else {
				line.setSymbolType(PlotSymbolType.NONE);
				line.setLineStyle(series.dash() == 0 ? LineStyle.SOLID : DASHES[(series.dash() - 1) % DASHES.length]);
				line.setLineWidth(2);
			}
		}
		chart.getAxisSet().adjustRange();
		if (logXShown && !drawn.isEmpty()) {
			x.enableLogScale(true);
		}
		if (logYShown && !drawn.isEmpty()) {
			y.enableLogScale(true);
		}
		chart.getAxisSet().adjustRange();
		chart.redraw();
	}
}
