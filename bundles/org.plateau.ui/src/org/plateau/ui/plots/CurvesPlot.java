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
import java.util.EnumSet;
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
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.events.PaintEvent;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
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
import org.plateau.ui.internal.plots.ChartNavigation;
import org.plateau.ui.internal.plots.CurveTransforms;
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
	private final SashForm control;
	private final Chart chart;
	private final Font titleFont;
	private final TickLabelFormat valueLabels;
	/** The residual panel (simulation − theory), made when first asked for. */
	private Chart residualChart;
	private final Set<Option> on = EnumSet.of(Option.FIT_TIME);
	/** The linear threshold of the symlog axis for the curves shown. */
	private double symlogThreshold = 1;
	/** Whether a run shown is still training (the time range is then not fitted: it would jump). */
	private boolean anyLive;
	/** Whether the user asked to see everything (Reset zoom, a double-click): the time range is then not fitted. */
	private boolean showAll;

	private List<Curve> curves = List.of();
	/** What is drawn now, by series id, in drawing order. */
	private final Map<String, Drawn> drawn = new LinkedHashMap<>();
	/** The theory predictions' short names, by id, from the runs shown. */
	private final Map<String, String> predictionNames = new HashMap<>();
	private boolean log;
	private boolean zoomed;

	private ChartNavigation navigation;
	/** The time cursor's step, or -1. */
	private long cursor = -1;

	/** Ids of the series that only key a theory's line style in the legend. */
	private static final String LEGEND_PREFIX = "legend | ";
	/** The neutral colour of those legend keys. */
	private static final RGB LEGEND_KEY = new RGB(110, 110, 110);

	/** Whether several runs are drawn (the legend then has one entry per run and source). */
	private boolean comparing;

	/**
	 * A series as drawn: its curve, the label in the legend and the (thinned, on a symlog axis transformed) points;
	 * a faint series is a raw simulated curve behind its smoothed one.
	 */
	private record Drawn(Curve curve, String label, int style, boolean inLegend, double[] x, double[] y, boolean faint) {
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
		control = new SashForm(parent, SWT.VERTICAL);
		chart = new Chart(control, SWT.NONE);
		control.setMaximizedControl(chart);
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
		valueLabels = (TickLabelFormat) chart.getAxisSet().getYAxis(0).getTick().getFormat();
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
		return control;
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
		anyLive = runs.stream().anyMatch(PlottedRun::live);
		updateSeries();
	}

	// --- options: symlog, residuals, smoothing, fitted time

	@Override
	public Set<Option> options() {
		return EnumSet.allOf(Option.class);
	}

	@Override
	public boolean isOn(Option option) {
		return on.contains(option);
	}

	@Override
	public void set(Option option, boolean enabled) {
		if (on.contains(option) == enabled) {
			return;
		}
		if (enabled) {
			on.add(option);
		} else {
			on.remove(option);
		}
		if (option == Option.SYMLOG && enabled && log) {
			setLogScale(false); // one or the other
		}
		if (option == Option.RESIDUALS) {
			showResiduals(enabled);
		}
		if (option == Option.FIT_TIME) {
			showAll = false;
		}
		updateSeries();
		if (option != Option.SMOOTHING) {
			rerange();
		}
	}

	/** The residual panel, for tests; {@code null} until first shown. */
	public Chart residualChart() {
		return residualChart;
	}

	private void showResiduals(boolean shown) {
		if (shown && residualChart == null) {
			residualChart = new Chart(control, SWT.NONE);
			residualChart.getTitle().setVisible(false);
			residualChart.getLegend().setVisible(false);
			residualChart.getAxisSet().getXAxis(0).getTitle().setText(descriptor.xLabel() == null ? "" : descriptor.xLabel());
			residualChart.getAxisSet().getYAxis(0).getTitle().setText("sim − theory");
			for (IAxis axis : residualChart.getAxisSet().getAxes()) {
				axis.getTick().setFormat(new TickLabelFormat(axis));
			}
			theme.style(residualChart);
			control.setWeights(3, 1);
		}
		control.setMaximizedControl(shown ? null : chart);
	}

	/** Draws simulation − theory for every simulated curve that has a theory, on the main chart's time range. */
	private void updateResiduals() {
		if (residualChart == null || !on.contains(Option.RESIDUALS)) {
			return;
		}
		Set<String> ids = new HashSet<>();
		int n = 0;
		for (Curve residual : CurveTransforms.residuals(curves)) {
			String id = "residual " + n++;
			ids.add(id);
			ILineSeries<?> series = (ILineSeries<?>) residualChart.getSeriesSet().getSeries(id);
			if (series == null) {
				series = (ILineSeries<?>) residualChart.getSeriesSet().createSeries(SeriesType.LINE, id);
				series.setSymbolType(PlotSymbolType.NONE);
				series.setAntialias(SWT.ON);
			}
			double[][] points = thinned(residual, false);
			series.setDescription(residual.series() + " − theory (" + predictionNames.getOrDefault(residual.source(),
					residual.source()) + ")");
			series.setLineColor(colour(residual.colour()));
			series.setLineWidth(2);
			// each theory's residual in that theory's dash, as its curve above
			List<String> sources = curves.stream().filter(Curve::dashed).map(Curve::source).distinct().toList();
			series.setLineStyle(THEORY_STYLES[Math.max(0, sources.indexOf(residual.source())) % THEORY_STYLES.length]);
			series.setXSeries(points[0]);
			series.setYSeries(points[1]);
		}
		for (ISeries<?> series : residualChart.getSeriesSet().getSeries()) {
			if (!ids.contains(series.getId())) {
				residualChart.getSeriesSet().deleteSeries(series.getId());
			}
		}
		syncResidualRange();
	}

	/** The residual panel shows the time range of the plot above it. */
	private void syncResidualRange() {
		if (residualChart == null || !on.contains(Option.RESIDUALS)) {
			return;
		}
		residualChart.getAxisSet().getYAxis(0).adjustRange();
		residualChart.getAxisSet().getXAxis(0).setRange(chart.getAxisSet().getXAxis(0).getRange());
		residualChart.redraw();
	}

	/** The curves residual panel draws: simulation − theory (for tests). */
	public List<Curve> residuals() {
		return on.contains(Option.RESIDUALS) ? CurveTransforms.residuals(curves) : List.of();
	}

	/** The value drawn for a value of a curve: itself, or its symlog. */
	private double drawnValue(double value) {
		return on.contains(Option.SYMLOG) ? CurveTransforms.symlog(value, symlogThreshold) : value;
	}

	/** The value of a curve for a drawn value. */
	private double dataValue(double drawn) {
		return on.contains(Option.SYMLOG) ? CurveTransforms.symexp(drawn, symlogThreshold) : drawn;
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
		boolean symlog = on.contains(Option.SYMLOG);
		symlogThreshold = CurveTransforms.symlogThreshold(curves);
		valueLabels.setSymlog(symlog ? symlogThreshold : Double.NaN);
		String yTitle = descriptor.yLabel() == null ? "" : descriptor.yLabel();
		chart.getAxisSet().getYAxis(0).getTitle().setText(symlog ? yTitle + " (symlog)" : yTitle);
		boolean smoothing = on.contains(Option.SMOOTHING);
		List<Curve> shown = new ArrayList<>();
		List<Curve> faint = new ArrayList<>();
		for (Curve curve : curves) {
			if (smoothing && curve.isSimulation()) {
				shown.add(CurveTransforms.smoothed(curve));
				// the raw curve, faint behind its smoothed one
				faint.add(new Curve(curve.run(), curve.series(), curve.source(), curve.steps(), curve.times(), curve.values(),
						CurveTransforms.mix(curve.colour(), theme.background(), 0.65), false));
			} else {
				shown.add(curve);
			}
		}
		for (Curve raw : faint) {
			String id = "raw | " + raw.run() + " | " + raw.series();
			for (int n = 2; !ids.add(id); n++) {
				id = "raw | " + raw.run() + " | " + raw.series() + " #" + n;
			}
			double[][] points = drawnPoints(raw, symlog);
			next.put(id, new Drawn(raw, legendLabel(raw), -1, false, points[0], points[1], true));
		}
		for (Curve curve : shown) {
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
			double[][] points = drawnPoints(curve, symlog);
			next.put(id, new Drawn(curve, label, style, inLegend, points[0], points[1], false));
		}
		// one legend entry per theory prediction: its line style in a neutral colour ("dashed: closed form")
		for (String source : theorySources) {
			String name = predictionNames.getOrDefault(source, source);
			Curve key = new Curve("", "theory (" + name + ")", source, new long[0], new double[0], new double[0],
					LEGEND_KEY, true);
			next.put(LEGEND_PREFIX + source, new Drawn(key, "theory (" + name + ")",
					theorySources.indexOf(source) % THEORY_STYLES.length, true, new double[0], new double[0], false));
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
			series.setLineWidth(d.faint() || d.curve().isStandardErrorBand() ? 1 : d.curve().dashed() ? 2 : 3);
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
		navigation.clearHover();
		// SWTChart ignores a log scale asked for before the chart has series (a plot declared logY starts empty); the
		// points drawn on a log axis are all positive (thinned), so it can be turned on now
		IAxis y = chart.getAxisSet().getYAxis(0);
		if (log && !y.isLogScaleEnabled() && !next.isEmpty()) {
			y.enableLogScale(true);
		}
		if (!zoomed) {
			adjustRange();
		}
		updateResiduals();
		chart.redraw();
	}

	/** The points of a curve as drawn: thinned, and on a symlog axis transformed. */
	private double[][] drawnPoints(Curve curve, boolean symlog) {
		double[][] points = thinned(curve, log);
		if (symlog) {
			for (int i = 0; i < points[1].length; i++) {
				points[1][i] = CurveTransforms.symlog(points[1][i], symlogThreshold);
			}
		}
		return points;
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

	/**
	 * Ranges that show every drawn point; with {@link Option#FIT_TIME}, a finished run's time axis ends a quarter past
	 * where its curves settle, when that is before half of it.
	 */
	private void adjustRange() {
		if (drawn.values().stream().allMatch(d -> d.x().length == 0)) {
			return;
		}
		chart.getAxisSet().adjustRange();
		IAxis x = chart.getAxisSet().getXAxis(0);
		Range range = x.getRange();
		if (on.contains(Option.FIT_TIME) && !anyLive && !showAll) {
			double end = CurveTransforms.dynamicsEnd(curves, log);
			double fitted = range.lower + 1.25 * (end - range.lower);
			if (end > range.lower && fitted < range.lower + 0.5 * (range.upper - range.lower)) {
				x.setRange(new Range(range.lower, fitted));
				chart.getAxisSet().getYAxis(0).adjustRange();
			}
		}
		syncResidualRange();
	}

	/** The time range drawn (for tests). */
	public Range timeRange() {
		return chart.getAxisSet().getXAxis(0).getRange();
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
		if (log) {
			on.remove(Option.SYMLOG); // one or the other
		}
		IAxis y = chart.getAxisSet().getYAxis(0);
		if (log) {
			// SWTChart refuses a log axis while a series holds a value <= 0: drop them first
			updateSeries();
			y.enableLogScale(true);
		} else {
			y.enableLogScale(false);
			updateSeries();
		}
		rerange();
	}

	@Override
	public void resetZoom() {
		// everything: the time range is no longer fitted until the option is turned on again
		zoomed = false;
		showAll = true;
		adjustRange();
		chart.redraw();
	}

	/** Ranges the axes anew after an option changed (fitted again when that is on). */
	private void rerange() {
		zoomed = false;
		adjustRange();
		chart.redraw();
	}

	// --- mouse: rubber band, wheel, double-click, hover (ChartNavigation); the time cursor

	private void installMouse() {
		// the cursor first, so that the hover's box is drawn over it
		chart.getPlotArea().addCustomPaintListener(new ICustomPaintListener() {
			@Override
			public void paintControl(PaintEvent e) {
				paintCursor(e.gc);
			}
		});
		navigation = new ChartNavigation(chart, theme, this::hoverNear, () -> {
			zoomed = true;
			syncResidualRange();
		}, this::resetZoom);
	}

	/** Zooms both axes to the rectangle between two plot-area pixels (ignored when it is a few pixels small). */
	public void zoomTo(Point from, Point to) {
		navigation.zoomTo(from, to);
	}

	private ChartNavigation.Hover hoverNear(int px, int py) {
		Hover near = nearest(px, py);
		if (near == null) {
			return null;
		}
		Drawn d = near.series();
		return new ChartNavigation.Hover(chart.getAxisSet().getXAxis(0).getPixelCoordinate(d.x()[near.index()]),
				chart.getAxisSet().getYAxis(0).getPixelCoordinate(d.y()[near.index()]), text(near), d.curve().colour());
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
		ChartNavigation.Hover hover = navigation.hover();
		return hover == null ? null : hover.text();
	}

	private String text(Hover near) {
		Drawn d = near.series();
		String run = d.label().startsWith(d.curve().run()) ? "" : d.curve().run() + ": ";
		return run + d.label() + "\n" + descriptor.xLabel() + " = " + format(d.x()[near.index()]) + ", "
				+ (descriptor.yLabel() == null || descriptor.yLabel().isBlank() ? "value" : descriptor.yLabel())
				+ " = " + format(dataValue(d.y()[near.index()]));
	}

	/**
	 * A curve's point at the time cursor: its time and value at the cursor's step, interpolated linearly between the
	 * recorded steps around it.
	 */
	public record CursorPoint(Curve curve, double time, double value) {
	}

	@Override
	public void setTimeCursor(long step) {
		if (cursor != step) {
			cursor = step;
			chart.getPlotArea().getControl().redraw();
		}
	}

	/** The point of every curve drawn at the time cursor's step (none past a curve's last step or without a cursor). */
	public List<CursorPoint> cursorPoints() {
		List<CursorPoint> points = new ArrayList<>();
		if (cursor < 0) {
			return points;
		}
		for (Drawn d : drawn.values()) {
			Curve curve = d.curve();
			long[] steps = curve.steps();
			if (d.faint() || curve.isStandardErrorBand() || steps.length == 0 || cursor < steps[0] || cursor > steps[steps.length - 1]) {
				continue;
			}
			int at = Arrays.binarySearch(steps, cursor);
			if (at >= 0) {
				points.add(new CursorPoint(curve, curve.times()[at], curve.values()[at]));
			} else {
				int after = -at - 1;
				double f = (double) (cursor - steps[after - 1]) / (steps[after] - steps[after - 1]);
				points.add(new CursorPoint(curve, curve.times()[after - 1] + f * (curve.times()[after] - curve.times()[after - 1]),
						curve.values()[after - 1] + f * (curve.values()[after] - curve.values()[after - 1])));
			}
		}
		return points;
	}

	/** Updates the hover as if the mouse were at a plot-area pixel (what moving the mouse does), for tests. */
	public String hoverAt(int px, int py) {
		ChartNavigation.Hover hover = navigation.hoverAt(px, py);
		return hover == null ? null : hover.text();
	}

	/** The time cursor: a line at its time (each run's own) and a dot where it crosses every curve. */
	private void paintCursor(GC gc) {
		List<CursorPoint> points = cursorPoints();
		if (points.isEmpty()) {
			return;
		}
		IAxis x = chart.getAxisSet().getXAxis(0);
		IAxis y = chart.getAxisSet().getYAxis(0);
		int height = chart.getPlotArea().getSize().y;
		gc.setForeground(colour(theme.foreground()));
		gc.setLineStyle(SWT.LINE_DOT);
		gc.setLineWidth(1);
		Set<Integer> lines = new HashSet<>();
		for (CursorPoint point : points) {
			int px = x.getPixelCoordinate(point.time());
			if (lines.add(px)) {
				gc.drawLine(px, 0, px, height);
			}
		}
		gc.setLineStyle(SWT.LINE_SOLID);
		for (CursorPoint point : points) {
			if (!Double.isFinite(point.value()) || log && point.value() <= 0) {
				continue;
			}
			int px = x.getPixelCoordinate(point.time());
			int py = y.getPixelCoordinate(drawnValue(point.value()));
			gc.setBackground(colour(point.curve().colour()));
			gc.fillOval(px - 4, py - 4, 9, 9);
			gc.setForeground(colour(theme.background()));
			gc.drawOval(px - 4, py - 4, 9, 9);
		}
		gc.setForeground(colour(theme.foreground()));
		int first = x.getPixelCoordinate(points.get(0).time());
		String label = "step " + cursor;
		gc.drawText(label, first + 4, 2, true);
	}

	// --- export

	@Override
	public void exportPng(Path file) throws IOException {
		ChartNavigation.writePng(chart, "The plot '" + descriptor.id() + "'", file);
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
			text(out, left - 8, y + 4, "end", 11, fg, PlotFormat.tick(dataValue(v)));
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
