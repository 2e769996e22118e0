package org.plateau.ui.plots;

import static org.plateau.ui.internal.plots.PlotFormat.escape;
import static org.plateau.ui.internal.plots.PlotFormat.format;
import static org.plateau.ui.internal.plots.PlotFormat.num;
import static org.plateau.ui.internal.plots.PlotFormat.svg;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.PaintEvent;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ICustomPaintListener;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;
import org.plateau.core.family.PlotDescriptor;
import org.plateau.core.family.TheoryPrediction;
import org.plateau.core.run.TheoryResult;
import org.plateau.ui.internal.plots.PlotFormat;
import org.plateau.ui.internal.plots.TickLabelFormat;

/**
 * A line chart of {@link Curve}s against training time (SWTChart), for any plot kind: the kind says which curves a
 * list of runs gives, this class draws them. Simulation solid, theory dashed over it in the same colour; title and
 * axis titles from the {@link PlotDescriptor}; a linear or logarithmic value axis (values that are not positive are
 * left out on a log axis). The user zooms by dragging a rectangle or with the mouse wheel, and double-clicks to see
 * everything again; hovering shows the nearest point. Drawn series are thinned to at most {@value #MAX_POINTS}
 * points each; the CSV export writes every point. Used on the UI thread only.
 */
public final class CurvesPlot implements Plot {

	/** The most points drawn per series (the CSV keeps them all). */
	public static final int MAX_POINTS = 2000;

	/** Dash patterns of the theory predictions, in the order they appear; SVG dasharrays of the same. */
	private static final LineStyle[] THEORY_STYLES = { LineStyle.DASH, LineStyle.DASHDOT, LineStyle.DOT,
			LineStyle.DASHDOTDOT };
	private static final String[] SVG_DASHES = { "9,5", "9,4,2,4", "2,4", "9,3,2,3,2,3" };

	private final PlotDescriptor descriptor;
	private final PlotTheme theme;
	private final Function<List<PlottedRun>, List<Curve>> curvesOf;
	private final Chart chart;
	private final Font titleFont;

	private List<Curve> curves = List.of();
	/** What is drawn now, by series id, in drawing order. */
	private final Map<String, Drawn> drawn = new LinkedHashMap<>();
	/** The theory predictions' short names, by id, from the runs shown. */
	private final Map<String, String> predictionNames = new HashMap<>();
	private boolean log;
	private boolean zoomed;

	/** The rubber band being dragged (plot area pixels), or null. */
	private Point dragStart;
	private Point dragEnd;
	/** The point under the mouse, or null. */
	private Hover hover;

	/** Ids of the series that only key a theory's line style in the legend. */
	private static final String LEGEND_PREFIX = "legend | ";
	/** The neutral colour of those legend keys. */
	private static final RGB LEGEND_KEY = new RGB(110, 110, 110);

	/** Whether several runs are drawn (the legend then has one entry per run and source). */
	private boolean comparing;

	/** A series as drawn: its curve, the label in the legend and the (thinned) points. */
	private record Drawn(Curve curve, String label, int style, boolean inLegend, double[] x, double[] y) {
	}

	private record Hover(Drawn series, int index) {
	}

	/**
	 * Creates the chart.
	 *
	 * @param parent the composite of the chart
	 * @param descriptor the plot: title, axis titles, time scale, initial log scale
	 * @param context the view's settings (theme)
	 * @param curves the curves to draw for a list of runs (e.g. {@link TheoryOverlay#curves})
	 */
	public CurvesPlot(Composite parent, PlotDescriptor descriptor, PlotContext context,
			Function<List<PlottedRun>, List<Curve>> curves) {
		this.descriptor = Objects.requireNonNull(descriptor, "descriptor");
		this.theme = context.theme();
		this.curvesOf = Objects.requireNonNull(curves, "curves");
		this.log = descriptor.logY();
		chart = new Chart(parent, SWT.NONE);
		FontData[] data = chart.getTitle().getFont().getFontData();
		for (FontData d : data) {
			d.setStyle(SWT.BOLD);
		}
		titleFont = new Font(chart.getDisplay(), data);
		chart.getTitle().setFont(titleFont);
		chart.getTitle().setText(descriptor.title() == null ? descriptor.id() : descriptor.title());
		chart.getAxisSet().getXAxis(0).getTitle().setText(descriptor.xLabel() == null ? "" : descriptor.xLabel());
		chart.getAxisSet().getYAxis(0).getTitle().setText(descriptor.yLabel() == null ? "" : descriptor.yLabel());
		chart.getLegend().setPosition(SWT.BOTTOM);
		for (IAxis axis : chart.getAxisSet().getAxes()) {
			axis.getTick().setFormat(new TickLabelFormat(axis));
		}
		theme.style(chart);
		if (log) {
			chart.getAxisSet().getYAxis(0).enableLogScale(true);
		}
		installMouse();
		chart.addDisposeListener(e -> titleFont.dispose());
	}

	private Color colour(RGB rgb) {
		return new Color(chart.getDisplay(), rgb);
	}

	@Override
	public Control control() {
		return chart;
	}

	/** The chart, for tests. */
	public Chart chart() {
		return chart;
	}

	/** The curves last computed by {@link #show}, with all their points. */
	public List<Curve> curves() {
		return curves;
	}

	@Override
	public void show(List<PlottedRun> runs) {
		predictionNames.clear();
		for (PlottedRun run : runs) {
			for (TheoryResult theory : run.result().theory() == null ? List.<TheoryResult>of() : run.result().theory()) {
				// the legend needs no citation: "closed form (Saxe et al. 2014, eq. 7)" is "closed form"
				String name = TheoryPrediction.shortLabel(theory.prediction().label());
				predictionNames.putIfAbsent(theory.prediction().id(), name.isEmpty() ? null : name);
			}
		}
		curves = List.copyOf(curvesOf.apply(runs));
		updateSeries();
	}

	/**
	 * The legend label of a curve: {@code "a_1"} for a simulation, {@code "a_1 theory (closed form)"} for theory. When
	 * runs are compared (colour per run) the legend names the runs, not every metric: {@code "η=0.02"} and
	 * {@code "η=0.02 theory (closed form)"}.
	 */
	public String legendLabel(Curve curve) {
		String name = comparing ? curve.run() : curve.series();
		if (curve.isSimulation()) {
			return name;
		}
		if (curve.isStandardErrorBand()) {
			return name + " ± s.e.";
		}
		return name + " theory (" + predictionNames.getOrDefault(curve.source(), curve.source()) + ")";
	}

	/** Puts the curves into the chart, reusing the series that are already there. */
	private void updateSeries() {
		comparing = curves.stream().map(Curve::run).distinct().count() > 1;
		List<String> theorySources = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		Set<String> labels = new HashSet<>();
		Map<String, Drawn> next = new LinkedHashMap<>();
		for (Curve curve : curves) {
			String base = curve.run() + " | " + curve.series() + " | " + curve.source();
			String id = base;
			for (int n = 2; !ids.add(id); n++) {
				id = base + " #" + n;
			}
			int style = -1;
			if (curve.dashed()) {
				if (!theorySources.contains(curve.source())) {
					theorySources.add(curve.source());
				}
				style = theorySources.indexOf(curve.source()) % THEORY_STYLES.length;
			}
			String label = legendLabel(curve);
			// the same label twice (e.g. one metric in two plots of a kind) gets one legend entry; theory curves are
			// keyed in the legend by their line style alone (below), not once per metric
			boolean inLegend = !curve.dashed() && !curve.isStandardErrorBand() && labels.add(label);
			double[][] points = thinned(curve, log);
			next.put(id, new Drawn(curve, label, style, inLegend, points[0], points[1]));
		}
		// one legend entry per theory prediction: its line style in a neutral colour ("dashed: closed form")
		for (String source : theorySources) {
			String name = predictionNames.getOrDefault(source, source);
			Curve key = new Curve("", "theory (" + name + ")", source, new long[0], new double[0], new double[0],
					LEGEND_KEY, true);
			next.put(LEGEND_PREFIX + source, new Drawn(key, "theory (" + name + ")",
					theorySources.indexOf(source) % THEORY_STYLES.length, true, new double[0], new double[0]));
		}
		for (String id : drawn.keySet()) {
			if (!next.containsKey(id)) {
				chart.getSeriesSet().deleteSeries(id);
			}
		}
		boolean added = false;
		for (Map.Entry<String, Drawn> entry : next.entrySet()) {
			Drawn d = entry.getValue();
			ISeries<?> existing = chart.getSeriesSet().getSeries(entry.getKey());
			ILineSeries<?> series;
			if (existing instanceof ILineSeries<?> line) {
				series = line;
			} else {
				series = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, entry.getKey());
				series.setSymbolType(PlotSymbolType.NONE);
				series.setAntialias(SWT.ON);
				added = true;
			}
			series.setDescription(d.label());
			series.setVisibleInLegend(d.inLegend());
			series.setLineColor(colour(d.curve().colour()));
			series.setLineWidth(d.curve().isStandardErrorBand() ? 1 : d.curve().dashed() ? 2 : 3);
			series.setLineStyle(d.style() < 0 ? LineStyle.SOLID : THEORY_STYLES[d.style()]);
			series.setXSeries(d.x());
			series.setYSeries(d.y());
		}
		if (added) {
			// theory over simulation, whatever order the series were created in
			for (Map.Entry<String, Drawn> entry : next.entrySet()) {
				if (entry.getValue().curve().dashed()) {
					chart.getSeriesSet().bringToFront(entry.getKey());
				}
			}
		}
		drawn.clear();
		drawn.putAll(next);
		hover = null;
		// SWTChart ignores a log scale asked for before the chart has series (a plot declared logY starts empty); the
		// points drawn on a log axis are all positive (thinned), so it can be turned on now
		IAxis y = chart.getAxisSet().getYAxis(0);
		if (log && !y.isLogScaleEnabled() && !next.isEmpty()) {
			y.enableLogScale(true);
		}
		if (!zoomed) {
			adjustRange();
		}
		chart.redraw();
	}

	/**
	 * The points of a curve as drawn: at most {@link #MAX_POINTS} evenly spaced ones (first and last kept), without
	 * values that are not finite, nor (on a log axis) those that are not positive.
	 */
	static double[][] thinned(Curve curve, boolean log) {
		int n = curve.size();
		int stride = Math.max(1, (n + MAX_POINTS - 1) / MAX_POINTS);
		double[] x = new double[Math.min(n, MAX_POINTS + 1)];
		double[] y = new double[x.length];
		int count = 0;
		for (int i = 0; i < n; i++) {
			if (i % stride != 0 && i != n - 1) {
				continue;
			}
			double value = curve.values()[i];
			double time = curve.times()[i];
			if (!Double.isFinite(value) || !Double.isFinite(time) || log && value <= 0) {
				continue;
			}
			x[count] = time;
			y[count] = value;
			count++;
		}
		return new double[][] { Arrays.copyOf(x, count), Arrays.copyOf(y, count) };
	}

	/** Ranges that show every drawn point. */
	private void adjustRange() {
		if (drawn.values().stream().allMatch(d -> d.x().length == 0)) {
			return;
		}
		chart.getAxisSet().adjustRange();
	}

	@Override
	public boolean supportsLogScale() {
		return true;
	}

	@Override
	public boolean isLogScale() {
		return log;
	}

	@Override
	public void setLogScale(boolean log) {
		if (this.log == log) {
			return;
		}
		this.log = log;
		IAxis y = chart.getAxisSet().getYAxis(0);
		if (log) {
			// SWTChart refuses a log axis while a series holds a value <= 0: drop them first
			updateSeries();
			y.enableLogScale(true);
		} else {
			y.enableLogScale(false);
			updateSeries();
		}
		resetZoom();
	}

	@Override
	public void resetZoom() {
		zoomed = false;
		adjustRange();
		chart.redraw();
	}

	// --- mouse: rubber band, wheel, double-click, hover

	private void installMouse() {
		Control area = chart.getPlotArea().getControl();
		area.addListener(SWT.MouseDown, e -> {
			if (e.button == 1 && e.count == 1) {
				dragStart = new Point(e.x, e.y);
				dragEnd = null;
			}
		});
		area.addListener(SWT.MouseMove, e -> {
			if (dragStart != null && (e.stateMask & SWT.BUTTON1) != 0) {
				dragEnd = new Point(e.x, e.y);
				hover = null;
			} else {
				hover = nearest(e.x, e.y);
			}
			area.redraw();
		});
		area.addListener(SWT.MouseUp, e -> {
			if (dragStart != null && dragEnd != null && e.button == 1) {
				zoomTo(dragStart, new Point(e.x, e.y));
			}
			dragStart = null;
			dragEnd = null;
			area.redraw();
		});
		area.addListener(SWT.MouseDoubleClick, e -> resetZoom());
		area.addListener(SWT.MouseVerticalWheel, this::wheel);
		area.addListener(SWT.MouseExit, e -> {
			hover = null;
			area.redraw();
		});
		chart.getPlotArea().addCustomPaintListener(new ICustomPaintListener() {
			@Override
			public void paintControl(PaintEvent e) {
				paintOverlay(e.gc);
			}
		});
	}

	/** Zooms both axes to the rectangle between two plot-area pixels (ignored when it is a few pixels small). */
	public void zoomTo(Point from, Point to) {
		if (Math.abs(from.x - to.x) < 5 || Math.abs(from.y - to.y) < 5) {
			return;
		}
		IAxis x = chart.getAxisSet().getXAxis(0);
		IAxis y = chart.getAxisSet().getYAxis(0);
		x.setRange(new Range(x.getDataCoordinate(Math.min(from.x, to.x)), x.getDataCoordinate(Math.max(from.x, to.x))));
		// pixel rows grow downwards
		y.setRange(new Range(y.getDataCoordinate(Math.max(from.y, to.y)), y.getDataCoordinate(Math.min(from.y, to.y))));
		zoomed = true;
		chart.redraw();
	}

	private void wheel(Event e) {
		if (e.count == 0) {
			return;
		}
		double factor = e.count > 0 ? 0.8 : 1.25;
		zoomAround(chart.getAxisSet().getXAxis(0), e.x, factor);
		zoomAround(chart.getAxisSet().getYAxis(0), e.y, factor);
		zoomed = true;
		chart.redraw();
	}

	/** Scales an axis' range by {@code factor} keeping the value under {@code pixel} in place (in log space on a log axis). */
	private static void zoomAround(IAxis axis, int pixel, double factor) {
		Range range = axis.getRange();
		boolean logAxis = axis.isLogScaleEnabled();
		double anchor = axis.getDataCoordinate(pixel);
		double lower = logAxis ? Math.log10(range.lower) : range.lower;
		double upper = logAxis ? Math.log10(range.upper) : range.upper;
		double centre = logAxis ? Math.log10(anchor) : anchor;
		double newLower = centre - (centre - lower) * factor;
		double newUpper = centre + (upper - centre) * factor;
		if (!(newUpper > newLower) || !Double.isFinite(newLower) || !Double.isFinite(newUpper)) {
			return;
		}
		axis.setRange(logAxis ? new Range(Math.pow(10, newLower), Math.pow(10, newUpper)) : new Range(newLower, newUpper));
	}

	/** The drawn point nearest to a plot-area pixel, within 20 pixels. */
	private Hover nearest(int px, int py) {
		IAxis x = chart.getAxisSet().getXAxis(0);
		IAxis y = chart.getAxisSet().getYAxis(0);
		double time = x.getDataCoordinate(px);
		Hover best = null;
		double bestDistance = 20 * 20;
		for (Drawn d : drawn.values()) {
			int at = Arrays.binarySearch(d.x(), time);
			int start = at >= 0 ? at : -at - 1;
			// walk outwards while the horizontal distance alone can still beat the best
			for (int dir = -1; dir <= 1; dir += 2) {
				for (int i = dir < 0 ? start - 1 : start; i >= 0 && i < d.x().length; i += dir) {
					double dx = x.getPixelCoordinate(d.x()[i]) - px;
					if (dx * dx > bestDistance) {
						break;
					}
					double dy = y.getPixelCoordinate(d.y()[i]) - py;
					double distance = dx * dx + dy * dy;
					if (distance < bestDistance) {
						bestDistance = distance;
						best = new Hover(d, i);
					}
				}
			}
		}
		return best;
	}

	/** The text shown for the point under the mouse, or null: series, time and value. */
	public String hoverText() {
		if (hover == null) {
			return null;
		}
		Drawn d = hover.series();
		String run = d.label().startsWith(d.curve().run()) ? "" : d.curve().run() + ": ";
		return run + d.label() + "\n" + descriptor.xLabel() + " = " + format(d.x()[hover.index()]) + ", "
				+ (descriptor.yLabel() == null || descriptor.yLabel().isBlank() ? "value" : descriptor.yLabel())
				+ " = " + format(d.y()[hover.index()]);
	}

	/** Updates the hover as if the mouse were at a plot-area pixel (what moving the mouse does), for tests. */
	public String hoverAt(int px, int py) {
		hover = nearest(px, py);
		chart.getPlotArea().getControl().redraw();
		return hoverText();
	}

	private void paintOverlay(GC gc) {
		if (dragStart != null && dragEnd != null) {
			gc.setForeground(colour(theme.foreground()));
			gc.setLineStyle(SWT.LINE_DOT);
			gc.setLineWidth(1);
			gc.drawRectangle(Math.min(dragStart.x, dragEnd.x), Math.min(dragStart.y, dragEnd.y),
					Math.abs(dragStart.x - dragEnd.x), Math.abs(dragStart.y - dragEnd.y));
			gc.setLineStyle(SWT.LINE_SOLID);
		}
		String text = hoverText();
		if (text != null) {
			Drawn d = hover.series();
			int px = chart.getAxisSet().getXAxis(0).getPixelCoordinate(d.x()[hover.index()]);
			int py = chart.getAxisSet().getYAxis(0).getPixelCoordinate(d.y()[hover.index()]);
			gc.setBackground(colour(d.curve().colour()));
			gc.fillOval(px - 4, py - 4, 9, 9);
			Point extent = gc.textExtent(text);
			Point size = chart.getPlotArea().getSize();
			int bx = px + 10 + extent.x + 8 > size.x ? px - 10 - extent.x - 8 : px + 10;
			int by = Math.max(0, Math.min(py - extent.y - 12, size.y - extent.y - 8));
			gc.setBackground(colour(theme.background()));
			gc.setForeground(colour(theme.foreground()));
			gc.fillRectangle(bx, by, extent.x + 8, extent.y + 6);
			gc.drawRectangle(bx, by, extent.x + 8, extent.y + 6);
			gc.drawText(text, bx + 4, by + 3, true);
		}
	}

	// --- export

	@Override
	public void exportPng(Path file) throws IOException {
		Point size = chart.getSize();
		if (size.x <= 0 || size.y <= 0) {
			throw new IOException("The plot '" + descriptor.id() + "' is not shown, so it has no image to write to " + file);
		}
		Image image = new Image(chart.getDisplay(), size.x, size.y);
		try {
			GC gc = new GC(image);
			try {
				chart.print(gc);
			} finally {
				gc.dispose();
			}
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			try {
				loader.save(file.toString(), SWT.IMAGE_PNG);
			} catch (org.eclipse.swt.SWTException e) {
				throw new IOException("Could not write " + file + ": " + e.getMessage(), e);
			}
		} finally {
			image.dispose();
		}
	}

	@Override
	public void exportCsv(Path file) throws IOException {
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader("run", "series", "source", "step", "time", "value")
				.setRecordSeparator("\n").get();
		try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
				CSVPrinter printer = new CSVPrinter(writer, format)) {
			for (Curve curve : curves) {
				for (int i = 0; i < curve.size(); i++) {
					printer.printRecord(curve.run(), curve.series(), curve.source(), Long.toString(curve.steps()[i]),
							Double.toString(curve.times()[i]), Double.toString(curve.values()[i]));
				}
			}
		}
	}

	/**
	 * Writes the chart as SVG, drawn by hand from the current axis ranges and the drawn series: frame, ticks, axis
	 * titles, title, legend, and one polyline per series (dashed for theory).
	 */
	@Override
	public void exportSvg(Path file) throws IOException {
		Point size = chart.getSize();
		int width = size.x > 200 ? size.x : 1000;
		List<Drawn> legend = drawn.values().stream().filter(Drawn::inLegend).toList();
		int legendColumns = Math.max(1, (width - 80) / 260);
		int legendRows = (legend.size() + legendColumns - 1) / legendColumns;
		int height = Math.max(size.y > 150 ? size.y : 650, 220 + legendRows * 20);
		double left = 80;
		double right = width - 24;
		double top = 44;
		double bottom = height - 56 - legendRows * 20;
		Range xr = chart.getAxisSet().getXAxis(0).getRange();
		Range yr = chart.getAxisSet().getYAxis(0).getRange();
		boolean logY = chart.getAxisSet().getYAxis(0).isLogScaleEnabled() && yr.lower > 0;
		Function<Double, Double> sx = t -> left + (t - xr.lower) / (xr.upper - xr.lower) * (right - left);
		Function<Double, Double> sy = v -> logY
				? bottom - (Math.log10(v) - Math.log10(yr.lower)) / (Math.log10(yr.upper) - Math.log10(yr.lower)) * (bottom - top)
				: bottom - (v - yr.lower) / (yr.upper - yr.lower) * (bottom - top);
		String fg = svg(theme.foreground());
		StringBuilder out = new StringBuilder();
		out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
		out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"")
				.append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
				.append("\" font-family=\"sans-serif\">\n");
		out.append("<rect width=\"100%\" height=\"100%\" fill=\"").append(svg(theme.background())).append("\"/>\n");
		out.append("<defs><clipPath id=\"plot\"><rect x=\"").append(num(left)).append("\" y=\"").append(num(top))
				.append("\" width=\"").append(num(right - left)).append("\" height=\"").append(num(bottom - top))
				.append("\"/></clipPath></defs>\n");
		out.append("<text x=\"").append(num(width / 2.0)).append("\" y=\"26\" text-anchor=\"middle\" font-size=\"16\" font-weight=\"bold\" fill=\"")
				.append(fg).append("\">").append(escape(chart.getTitle().getText())).append("</text>\n");
		// ticks and grid
		boolean grid = theme != PlotTheme.PRINT;
		for (double t : PlotFormat.linearTicks(xr.lower, xr.upper, 8)) {
			double x = sx.apply(t);
			if (grid) {
				line(out, x, top, x, bottom, svg(theme.grid()));
			}
			line(out, x, bottom, x, bottom + 5, fg);
			text(out, x, bottom + 19, "middle", 11, fg, PlotFormat.tick(t));
		}
		List<Double> yTicks = logY ? PlotFormat.logTicks(yr.lower, yr.upper) : PlotFormat.linearTicks(yr.lower, yr.upper, 6);
		for (double v : yTicks) {
			double y = sy.apply(v);
			if (grid) {
				line(out, left, y, right, y, svg(theme.grid()));
			}
			line(out, left - 5, y, left, y, fg);
			text(out, left - 8, y + 4, "end", 11, fg, PlotFormat.tick(v));
		}
		out.append("<rect x=\"").append(num(left)).append("\" y=\"").append(num(top)).append("\" width=\"")
				.append(num(right - left)).append("\" height=\"").append(num(bottom - top))
				.append("\" fill=\"none\" stroke=\"").append(fg).append("\"/>\n");
		text(out, (left + right) / 2, bottom + 38, "middle", 13, fg, chart.getAxisSet().getXAxis(0).getTitle().getText());
		out.append("<text transform=\"translate(18,").append(num((top + bottom) / 2))
				.append(") rotate(-90)\" text-anchor=\"middle\" font-size=\"13\" fill=\"").append(fg).append("\">")
				.append(escape(chart.getAxisSet().getYAxis(0).getTitle().getText())).append("</text>\n");
		// series, simulation first so that theory is drawn over it
		out.append("<g clip-path=\"url(#plot)\" fill=\"none\" stroke-linejoin=\"round\">\n");
		List<Drawn> ordered = new ArrayList<>(drawn.values().stream().filter(d -> !d.curve().dashed()).toList());
		ordered.addAll(drawn.values().stream().filter(d -> d.curve().dashed()).toList());
		for (Drawn d : ordered) {
			if (d.x().length == 0) {
				continue; // a legend key, or a curve with nothing to draw yet
			}
			out.append("<polyline data-series=\"").append(escape(d.label())).append("\" stroke=\"")
					.append(svg(d.curve().colour())).append("\" stroke-width=\"").append(d.curve().isStandardErrorBand() ? "1" : d.curve().dashed() ? "2" : "3")
					.append('"');
			if (d.style() >= 0) {
				out.append(" stroke-dasharray=\"").append(SVG_DASHES[d.style()]).append('"');
			}
			out.append(" points=\"");
			for (int i = 0; i < d.x().length; i++) {
				if (logY && d.y()[i] <= 0) {
					continue;
				}
				out.append(num(sx.apply(d.x()[i]))).append(',').append(num(sy.apply(d.y()[i]))).append(' ');
			}
			out.append("\"/>\n");
		}
		out.append("</g>\n");
		// legend
		for (int k = 0; k < legend.size(); k++) {
			Drawn d = legend.get(k);
			double x = left + (k % legendColumns) * 260;
			double y = height - 18 - (legendRows - 1 - k / legendColumns) * 20;
			out.append("<line x1=\"").append(num(x)).append("\" y1=\"").append(num(y - 4)).append("\" x2=\"")
					.append(num(x + 30)).append("\" y2=\"").append(num(y - 4)).append("\" stroke=\"")
					.append(svg(d.curve().colour())).append("\" stroke-width=\"2\"");
			if (d.style() >= 0) {
				out.append(" stroke-dasharray=\"").append(SVG_DASHES[d.style()]).append('"');
			}
			out.append("/>\n");
			text(out, x + 36, y, "start", 12, fg, d.label());
		}
		out.append("</svg>\n");
		Files.writeString(file, out, StandardCharsets.UTF_8);
	}

	private static void line(StringBuilder out, double x1, double y1, double x2, double y2, String stroke) {
		out.append("<line x1=\"").append(num(x1)).append("\" y1=\"").append(num(y1)).append("\" x2=\"").append(num(x2))
				.append("\" y2=\"").append(num(y2)).append("\" stroke=\"").append(stroke).append("\"/>\n");
	}

	private static void text(StringBuilder out, double x, double y, String anchor, int size, String fill, String text) {
		out.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" text-anchor=\"")
				.append(anchor).append("\" font-size=\"").append(size).append("\" fill=\"").append(fill).append("\">")
				.append(escape(text)).append("</text>\n");
	}

	@Override
	public void dispose() {
		drawn.clear();
	}
}
