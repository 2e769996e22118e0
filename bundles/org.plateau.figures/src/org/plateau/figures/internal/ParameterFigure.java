package org.plateau.figures.internal;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.LogarithmicAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.plateau.core.figures.NumberLabels;
import org.plateau.core.figures.ParameterPlot;
import org.plateau.core.figures.ParameterPlot.Series;

/**
 * A {@link ParameterPlot}: measured points as markers with error bars, theory as lines of the same colours drawn
 * over them, against a parameter.
 */
final class ParameterFigure extends ChartFigure {

	/** Dataset index of the measured points (drawn first) and of the theory lines (drawn over them). */
	static final int POINTS = 0;
	static final int LINES = 1;

	private final JFreeChart chart;

	ParameterFigure(ParameterPlot plot) {
		this.chart = createChart(plot);
	}

	@Override
	JFreeChart chart() {
		return chart;
	}

	private static JFreeChart createChart(ParameterPlot plot) {
		YIntervalSeriesCollection points = new YIntervalSeriesCollection();
		XYSeriesCollection lines = new XYSeriesCollection();
		XYErrorRenderer pointRenderer = new XYErrorRenderer();
		pointRenderer.setDefaultLinesVisible(false);
		pointRenderer.setErrorStroke(new BasicStroke(1.5f));
		pointRenderer.setCapLength(8);
		XYLineAndShapeRenderer lineRenderer = new XYLineAndShapeRenderer(true, false);
		lineRenderer.setDrawSeriesLineAsPath(true);
		lineRenderer.setLegendLine(new Line2D.Double(-18, 0, 18, 0));
		// {dataset, series} in the plot's order; the renderers give legend items once they belong to the plot
		List<int[]> legendOrder = new ArrayList<>();
		double min = Double.POSITIVE_INFINITY;
		double max = 0;
		for (Series series : plot.series()) {
			Color colour = FigureStyle.seriesColour(series.colour());
			if (series.style() == ParameterPlot.Style.POINTS) {
				YIntervalSeries data = new YIntervalSeries(series.label(), false, true);
				for (int i = 0; i < series.x().length; i++) {
					double x = series.x()[i];
					double y = series.y()[i];
					double error = series.error() == null || !Double.isFinite(series.error()[i]) ? 0 : series.error()[i];
					if (drawable(plot, x, y)) {
						double low = plot.logY() && y - error <= 0 ? y : y - error;
						data.add(x, y, low, y + error);
						min = Math.min(min, low);
						max = Math.max(max, y + error);
					}
				}
				int s = points.getSeriesCount();
				points.addSeries(data);
				pointRenderer.setSeriesPaint(s, colour);
				pointRenderer.setSeriesShape(s, new Ellipse2D.Double(-5, -5, 10, 10));
				pointRenderer.setSeriesShapesVisible(s, true);
				legendOrder.add(new int[] { POINTS, s });
			} else {
				XYSeries data = new XYSeries(series.label(), false, true);
				for (int i = 0; i < series.x().length; i++) {
					if (drawable(plot, series.x()[i], series.y()[i])) {
						data.add(series.x()[i], series.y()[i]);
						min = Math.min(min, series.y()[i]);
						max = Math.max(max, series.y()[i]);
					}
				}
				int s = lines.getSeriesCount();
				lines.addSeries(data);
				lineRenderer.setSeriesPaint(s, colour);
				lineRenderer.setSeriesStroke(s, FigureStyle.theoryStroke(series.dash()));
				legendOrder.add(new int[] { LINES, s });
			}
		}
		ValueAxis parameter;
		if (plot.logX()) {
			parameter = CurvesFigure.logAxis(plot.xLabel(), 0);
		} else if (spansDecadesOnBothSides(plot)) {
			// a parameter swept over decades on both sides of zero (lambda from -100 to 100, Dominé et al. 2024): a
			// symmetric log axis, logarithmic in |x| away from zero and linear through it
			LogarithmicAxis axis = new SymmetricLogAxis(plot.xLabel());
			axis.setAllowNegativesFlag(true);
			axis.setStrictValuesFlag(false);
			parameter = axis;
		} else {
			NumberAxis axis = new NumberAxis(plot.xLabel());
			axis.setAutoRangeIncludesZero(false);
			parameter = axis;
		}
		ValueAxis value = plot.logY() ? CurvesFigure.logAxis(plot.yLabel(), max > 0 && min > 0 ? Math.log10(max / min) : 0)
				: new NumberAxis(plot.yLabel());
		if (value instanceof NumberAxis numberAxis) {
			numberAxis.setAutoRangeIncludesZero(false);
		}
		XYPlot xyPlot = FigureStyle.xyPlot(points, parameter, value, pointRenderer);
		xyPlot.setDataset(LINES, lines);
		xyPlot.setRenderer(LINES, lineRenderer);
		LegendItemCollection legend = new LegendItemCollection();
		for (int[] item : legendOrder) {
			legend.add(xyPlot.getRenderer(item[0]).getLegendItem(item[0], item[1]));
		}
		xyPlot.setFixedLegendItems(legend);
		xyPlot.setNoDataMessage("No values");
		xyPlot.setNoDataMessageFont(FigureStyle.LABEL_FONT);
		JFreeChart chart = FigureStyle.chart(plot.title() == null ? plot.id() : plot.title(), xyPlot);
		FigureStyle.addSubtitle(chart, plot.subtitle(), FigureStyle.SUBTITLE_TEXT);
		return chart;
	}

	/**
	 * Whether the parameter's values lie on both sides of zero and their sizes span two decades or more, e.g. -100,
	 * -10, ..., 0, ..., 10, 100: a linear axis would crowd all but the outermost points at zero.
	 */
	static boolean spansDecadesOnBothSides(ParameterPlot plot) {
		double least = Double.POSITIVE_INFINITY;
		double most = 0;
		boolean negative = false;
		boolean positive = false;
		for (ParameterPlot.Series series : plot.series()) {
			for (double x : series.x()) {
				if (!Double.isFinite(x) || x == 0) {
					continue;
				}
				negative |= x < 0;
				positive |= x > 0;
				least = Math.min(least, Math.abs(x));
				most = Math.max(most, Math.abs(x));
			}
		}
		return negative && positive && most >= 100 * least;
	}

	/**
	 * JFreeChart's log axis that allows negative values, labelled at 0 and the decades ±1, ±10, ±100 only: it would
	 * label every 2..9 × 10^k, which run into each other on the negative side.
	 */
	private static final class SymmetricLogAxis extends LogarithmicAxis {

		private static final long serialVersionUID = 1L;

		SymmetricLogAxis(String label) {
			super(label);
		}

		@Override
		@SuppressWarnings({ "rawtypes", "unchecked" })
		protected List refreshTicksHorizontal(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
			List<NumberTick> decades = new ArrayList<>();
			for (Object tick : super.refreshTicksHorizontal(g2, dataArea, edge)) {
				NumberTick number = (NumberTick) tick;
				double value = number.getValue();
				double exponent = Math.log10(Math.abs(value));
				boolean decade = value == 0 || Math.abs(exponent - Math.rint(exponent)) < 1e-9;
				decades.add(new NumberTick(value, decade ? NumberLabels.scientific(value) : "", number.getTextAnchor(),
						number.getRotationAnchor(), number.getAngle()));
			}
			return (List) decades;
		}
	}

	/** Finite, and positive on a log axis. */
	private static boolean drawable(ParameterPlot plot, double x, double y) {
		return Double.isFinite(x) && Double.isFinite(y) && (!plot.logX() || x > 0) && (!plot.logY() || y > 0);
	}

	/** The series of a chart, for tests: points first, then lines. */
	static List<Integer> seriesCounts(JFreeChart chart) {
		XYPlot plot = chart.getXYPlot();
		return List.of(plot.getDataset(POINTS).getSeriesCount(), plot.getDataset(LINES).getSeriesCount());
	}
}
