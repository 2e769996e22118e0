package org.plateau.figures.internal;

import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.plateau.core.family.PlotDescriptor;
import org.plateau.core.results.ResultsTable;
import org.plateau.core.run.RunResult;
import org.plateau.core.run.TheoryResult;

/**
 * A {@link PlotDescriptor#CURVES} plot: each metric's simulation as a translucent solid band, and every
 * theory prediction of that metric as a dashed line of the same colour drawn over it, so that agreement shows as
 * dashes running inside the band. Time is {@code step · timeScale}.
 */
final class CurvesFigure extends ChartFigure {

	/** Simulated series with at most this many points also get a marker at each point. */
	private static final int MARKER_LIMIT = 60;

	/** Dataset index of the simulation (drawn first) and of the theory (drawn over it). */
	static final int SIMULATION = 0;
	static final int THEORY = 1;

	private final JFreeChart chart;

	CurvesFigure(PlotDescriptor plot, RunResult result) {
		this.chart = createChart(plot, result);
	}

	@Override
	JFreeChart chart() {
		return chart;
	}

	private static JFreeChart createChart(PlotDescriptor plot, RunResult result) {
		XYSeriesCollection simulation = new XYSeriesCollection();
		XYSeriesCollection theory = new XYSeriesCollection();
		XYLineAndShapeRenderer simulationRenderer = renderer();
		XYLineAndShapeRenderer theoryRenderer = renderer();
		// legend grouped by metric: simulation, then its theories; {dataset, series} pairs
		List<int[]> legendOrder = new ArrayList<>();
		Set<String> keys = new HashSet<>();

		List<String> metricIds = plot.metricIds();
		for (int m = 0; m < metricIds.size(); m++) {
			String id = metricIds.get(m);
			Color colour = FigureStyle.seriesColour(m);
			String label = result.metricLabel(id);
			ResultsTable table = result.simulation();
			if (table != null && table.indexOf(id) >= 0) {
				XYSeries series = series(unique(label + " — simulation", keys), table, id, plot);
				int s = simulation.getSeriesCount();
				simulation.addSeries(series);
				simulationRenderer.setSeriesPaint(s, FigureStyle.simulationPaint(colour));
				simulationRenderer.setSeriesStroke(s, FigureStyle.simulationStroke());
				if (series.getItemCount() <= MARKER_LIMIT) {
					simulationRenderer.setSeriesShapesVisible(s, true);
					simulationRenderer.setSeriesShape(s, new Ellipse2D.Double(-4, -4, 8, 8));
				}
				legendOrder.add(new int[] { SIMULATION, s });
			}
			List<TheoryResult> theories = result.theory() == null ? List.of() : result.theory();
			for (int t = 0; t < theories.size(); t++) {
				TheoryResult prediction = theories.get(t);
				if (prediction.table() == null || prediction.table().indexOf(id) < 0) {
					continue;
				}
				XYSeries series = series(unique(label + " — " + prediction.prediction().label(), keys),
						prediction.table(), id, plot);
				int s = theory.getSeriesCount();
				theory.addSeries(series);
				theoryRenderer.setSeriesPaint(s, colour);
				theoryRenderer.setSeriesStroke(s, FigureStyle.theoryStroke(t));
				legendOrder.add(new int[] { THEORY, s });
			}
		}

		ValueAxis time;
		if (logTime(plot)) {
			time = logAxis(plot.xLabel(), decadesOfTime(simulation, theory));
		} else {
			NumberAxis linear = new NumberAxis(plot.xLabel());
			linear.setAutoRangeIncludesZero(false);
			time = linear;
		}
		time.setLowerMargin(0.01);
		time.setUpperMargin(0.01);
		ValueAxis value = plot.logY() ? logAxis(plot.yLabel(), decadesSpanned(simulation, theory))
				: new NumberAxis(plot.yLabel());
		XYPlot xyPlot = FigureStyle.xyPlot(simulation, time, value, simulationRenderer);
		xyPlot.setDataset(THEORY, theory);
		xyPlot.setRenderer(THEORY, theoryRenderer);
		LegendItemCollection legend = new LegendItemCollection();
		for (int[] item : legendOrder) {
			legend.add(xyPlot.getRenderer(item[0]).getLegendItem(item[0], item[1]));
		}
		xyPlot.setFixedLegendItems(legend);
		xyPlot.setNoDataMessage("No values recorded");
		xyPlot.setNoDataMessageFont(FigureStyle.LABEL_FONT);

		JFreeChart chart = FigureStyle.chart(plot.title() == null ? plot.id() : plot.title(), xyPlot);
		FigureStyle.addSubtitle(chart, FigureStyle.experimentName(result), FigureStyle.SUBTITLE_TEXT);
		FigureStyle.addSubtitle(chart, FigureStyle.statusLine(result), FigureStyle.WARNING_TEXT);
		return chart;
	}

	/**
	 * A log axis with ticks at whole decades only (10⁻², 10⁻¹, ...), never at 10^0.5; when the values span less
	 * than two decades, at JFreeChart's finer steps labelled as plain numbers instead, so that the axis is never
	 * left without a label.
	 */
	static LogAxis logAxis(String label, double decades) {
		LogAxis axis = new DecadeAxis(label);
		if (decades >= 2) {
			TickUnits units = new TickUnits();
			for (double unit : new double[] { 1, 2, 3, 5, 10, 20, 50, 100 }) {
				units.add(new NumberTickUnit(unit));
			}
			axis.setStandardTickUnits(units);
		} else {
			axis.setNumberFormatOverride(new ShortNumberFormat());
		}
		return axis;
	}

	/**
	 * Whether time is drawn on a log axis: option {@code logX = true}, e.g. for the plateaus of online learning, whose
	 * escape times spread over decades (Goldt et al. 2019). The records at step 0 are then left out.
	 */
	static boolean logTime(PlotDescriptor plot) {
		return Boolean.parseBoolean(plot.option("logX", "false"));
	}

	/** log10(max / min) over the values of every series; 0 when there are none. */
	private static double decadesSpanned(XYSeriesCollection... datasets) {
		return decades(false, datasets);
	}

	/** log10(max / min) over the times of every series; 0 when there are none. */
	private static double decadesOfTime(XYSeriesCollection... datasets) {
		return decades(true, datasets);
	}

	private static double decades(boolean time, XYSeriesCollection... datasets) {
		double min = Double.POSITIVE_INFINITY;
		double max = 0;
		for (XYSeriesCollection dataset : datasets) {
			for (int s = 0; s < dataset.getSeriesCount(); s++) {
				XYSeries series = dataset.getSeries(s);
				if (series.getItemCount() > 0) {
					min = Math.min(min, time ? series.getMinX() : series.getMinY());
					max = Math.max(max, time ? series.getMaxX() : series.getMaxY());
				}
			}
		}
		return max > 0 && min > 0 ? Math.log10(max / min) : 0;
	}

	private static XYLineAndShapeRenderer renderer() {
		XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
		renderer.setDrawSeriesLineAsPath(true);
		// long enough to show the dash pattern in the legend
		renderer.setLegendLine(new Line2D.Double(-18, 0, 18, 0));
		return renderer;
	}

	/** The most points drawn per series: a figure cannot show more, and SVG size grows with every point. */
	static final int MAX_POINTS = 2000;

	/**
	 * The series of one column against {@code step · timeScale}, thinned to at most {@link #MAX_POINTS} evenly spaced
	 * records (the first and the last always kept; the CSV keeps them all); skips non-finite values and, on a log
	 * axis, non-positive ones.
	 */
	private static XYSeries series(String key, ResultsTable table, String column, PlotDescriptor plot) {
		XYSeries series = new XYSeries(key, false, true);
		int c = table.indexOf(column);
		int stride = Math.max(1, (table.size() + MAX_POINTS - 1) / MAX_POINTS);
		for (int i = 0; i < table.size(); i++) {
			if (i % stride != 0 && i != table.size() - 1) {
				continue;
			}
			double y = table.value(c, i);
			double x = table.step(i) * plot.timeScale();
			if (!Double.isFinite(y) || plot.logY() && y <= 0 || x <= 0 && logTime(plot)) {
				continue;
			}
			series.add(x, y, false);
		}
		return series;
	}

	/** Series keys must be unique within a chart; two metrics may share a label. */
	private static String unique(String key, Set<String> used) {
		String candidate = key;
		for (int n = 2; !used.add(candidate); n++) {
			candidate = key + " (" + n + ")";
		}
		return candidate;
	}

	/** Tick labels as {@link FigureStyle#format} writes numbers: {@code 0.25}, {@code 7.079}, {@code 1.2e-05}. */
	private static final class ShortNumberFormat extends NumberFormat {

		private static final long serialVersionUID = 1L;

		@Override
		public StringBuffer format(double number, StringBuffer to, FieldPosition position) {
			return to.append(FigureStyle.format(number));
		}

		@Override
		public StringBuffer format(long number, StringBuffer to, FieldPosition position) {
			return to.append(FigureStyle.format(number));
		}

		@Override
		public Number parse(String source, ParsePosition position) {
			throw new UnsupportedOperationException("tick labels are not parsed");
		}
	}
}
