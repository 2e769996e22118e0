package org.plateau.figures.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Line2D;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.plateau.core.family.PlotDescriptor;
import org.plateau.core.family.PlotDescriptor.FunctionCurve;
import org.plateau.core.run.RunResult;

/**
 * A {@link PlotDescriptor#FUNCTIONS} plot: functions of the setting against their argument, each in its own colour,
 * solid or (a theory's approximation, a reference) dashed; e.g. the localization amplifier phi(a) of the pixels'
 * marginal against the Gaussian's sqrt(2/pi) a and its cubic expansion (Lufkin, Saxe &amp; Grant 2024, Fig. 2).
 */
final class FunctionsFigure extends ChartFigure {

	private final JFreeChart chart;
	private final int curves;

	FunctionsFigure(PlotDescriptor plot, RunResult result) {
		double[] x = plot.functionArguments();
		List<FunctionCurve> functions = plot.functionCurves();
		XYSeriesCollection data = new XYSeriesCollection();
		XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
		renderer.setLegendLine(new Line2D.Double(-18, 0, 18, 0));
		int dashes = 0;
		for (int i = 0; i < functions.size(); i++) {
			FunctionCurve curve = functions.get(i);
			String key = curve.label();
			for (int n = 2; data.indexOf(key) >= 0; n++) {
				key = curve.label() + " (" + n + ")"; // series keys are unique within a chart
			}
			XYSeries series = new XYSeries(key, false, true);
			for (int k = 0; k < x.length; k++) {
				if (Double.isFinite(curve.y()[k])) {
					series.add(x[k], curve.y()[k], false);
				}
			}
			data.addSeries(series);
			Color colour = FigureStyle.seriesColour(i);
			renderer.setSeriesPaint(i, colour);
			renderer.setSeriesStroke(i, curve.dashed() ? FigureStyle.theoryStroke(dashes++)
					: new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
		}
		this.curves = data.getSeriesCount();
		NumberAxis argument = new NumberAxis(plot.xLabel());
		argument.setAutoRangeIncludesZero(false);
		NumberAxis value = new NumberAxis(plot.yLabel());
		XYPlot xyPlot = FigureStyle.xyPlot(data, argument, value, renderer);
		xyPlot.setNoDataMessage("No values");
		xyPlot.setNoDataMessageFont(FigureStyle.LABEL_FONT);
		this.chart = FigureStyle.chart(plot.title() == null ? plot.id() : plot.title(), xyPlot);
		FigureStyle.addSubtitle(chart, FigureStyle.experimentName(result), FigureStyle.SUBTITLE_TEXT);
	}

	/** For tests: the curves drawn. */
	int curves() {
		return curves;
	}

	@Override
	JFreeChart chart() {
		return chart;
	}
}
