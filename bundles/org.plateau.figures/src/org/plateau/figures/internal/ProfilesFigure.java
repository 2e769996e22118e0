package org.plateau.figures.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Line2D;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;

import org.ejml.data.DMatrixRMaj;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.plateau.core.family.PlotDescriptor;
import org.plateau.core.run.RunResult;
import org.plateau.core.run.TheoryResult;

/**
 * A {@link PlotDescriptor#PROFILES} plot: one row of a matrix against its column index at every snapshot step (at most
 * {@link ImagesFigure#MAX_STEPS}, evenly spaced), coloured from early (light) to late (dark) on a viridis-like ramp; the
 * simulation solid, the theory's matrix at the same step dashed in the same colour. For the localization family this
 * is the receptive field w against pixel over training, SGD against the effective dynamics (Lufkin, Saxe &amp; Grant
 * 2024, Fig. 3).
 */
final class ProfilesFigure extends ChartFigure {

	/** Viridis at 0, 1/4, 1/2, 3/4 and 1 (reversed: early light, late dark). */
	private static final Color[] RAMP = { new Color(253, 231, 37), new Color(94, 201, 98), new Color(33, 145, 140),
			new Color(59, 82, 139), new Color(68, 1, 84) };

	private final JFreeChart chart;
	private final int steps;
	private final int theoryLines;

	ProfilesFigure(PlotDescriptor plot, RunResult result) {
		int row = Integer.parseInt(plot.option("row", "0"));
		String theoryId = plot.option("theory", null);
		NavigableMap<Long, DMatrixRMaj> simulated = result.snapshots().of(plot.matrixName());
		List<Long> kept = ImagesFigure.thinned(new ArrayList<>(simulated.keySet()));
		XYSeriesCollection simulation = new XYSeriesCollection();
		XYSeriesCollection theory = new XYSeriesCollection();
		XYLineAndShapeRenderer simulationRenderer = new XYLineAndShapeRenderer(true, false);
		XYLineAndShapeRenderer theoryRenderer = new XYLineAndShapeRenderer(true, false);
		LegendItemCollection legend = new LegendItemCollection();
		List<String> theoryLabels = new ArrayList<>();
		List<LegendItem> theoryLegend = new ArrayList<>();
		int drawnTheory = 0;
		for (int i = 0; i < kept.size(); i++) {
			long step = kept.get(i);
			Color colour = colour(kept.size() == 1 ? 1 : i / (double) (kept.size() - 1));
			String when = plot.xLabel() + " = " + FigureStyle.format(step * plot.timeScale());
			DMatrixRMaj matrix = simulated.get(step);
			if (row >= matrix.numRows) {
				continue;
			}
			int s = simulation.getSeriesCount();
			simulation.addSeries(series(when, matrix, row));
			simulationRenderer.setSeriesPaint(s, colour);
			simulationRenderer.setSeriesStroke(s, new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
			legend.add(new LegendItem(when, null, null, null, new Line2D.Double(-14, 0, 14, 0),
					new BasicStroke(3f), colour));
			List<TheoryResult> theories = result.theory() == null ? List.of() : result.theory();
			for (int dash = 0; dash < theories.size(); dash++) {
				// each prediction keeps its dash pattern (its place in the run's theories) at every step and in the legend
				TheoryResult prediction = theories.get(dash);
				if (theoryId != null && !theoryId.equals(prediction.prediction().id())) {
					continue;
				}
				DMatrixRMaj predicted = prediction.matrices().of(plot.matrixName()).get(step);
				if (predicted == null || row >= predicted.numRows) {
					continue;
				}
				int t = theory.getSeriesCount();
				theory.addSeries(series(when + " — " + prediction.prediction().id(), predicted, row));
				theoryRenderer.setSeriesPaint(t, colour.darker());
				theoryRenderer.setSeriesStroke(t, FigureStyle.theoryStroke(dash));
				if (!theoryLabels.contains(prediction.prediction().label())) {
					theoryLabels.add(prediction.prediction().label());
					theoryLegend.add(new LegendItem(prediction.prediction().label() + " (dashed)", null, null, null,
							new Line2D.Double(-18, 0, 18, 0), FigureStyle.theoryStroke(dash), FigureStyle.TEXT));
				}
				drawnTheory++;
			}
		}
		// the steps' colours first, then what the dashes are
		theoryLegend.forEach(legend::add);
		this.steps = simulation.getSeriesCount();
		this.theoryLines = drawnTheory;
		NumberAxis index = new NumberAxis(plot.option("indexLabel", "index"));
		index.setAutoRangeIncludesZero(false);
		NumberAxis value = new NumberAxis(plot.yLabel());
		value.setAutoRangeIncludesZero(false);
		XYPlot xyPlot = FigureStyle.xyPlot(simulation, index, value, simulationRenderer);
		xyPlot.setDataset(CurvesFigure.THEORY, theory);
		xyPlot.setRenderer(CurvesFigure.THEORY, theoryRenderer);
		xyPlot.setFixedLegendItems(legend);
		xyPlot.setNoDataMessage("No snapshot recorded: set the experiment's snapshot steps");
		xyPlot.setNoDataMessageFont(FigureStyle.LABEL_FONT);
		this.chart = FigureStyle.chart(plot.title() == null ? plot.id() : plot.title(), xyPlot);
		FigureStyle.addSubtitle(chart, subtitle(result, plot, row), FigureStyle.SUBTITLE_TEXT);
		FigureStyle.addSubtitle(chart, FigureStyle.statusLine(result), FigureStyle.WARNING_TEXT);
	}

	private static String subtitle(RunResult result, PlotDescriptor plot, int row) {
		String experiment = FigureStyle.experimentName(result);
		return (experiment.isEmpty() ? "" : experiment + " · ") + "row " + (row + 1) + " of " + plot.matrixName()
				+ " · early light, late dark";
	}

	private static XYSeries series(String key, DMatrixRMaj matrix, int row) {
		XYSeries series = new XYSeries(key, false, true);
		for (int c = 0; c < matrix.numCols; c++) {
			double v = matrix.get(row, c);
			if (Double.isFinite(v)) {
				series.add(c, v, false);
			}
		}
		return series;
	}

	/** The ramp at {@code f} in [0, 1], interpolated between its anchors. */
	static Color colour(double f) {
		double x = Math.max(0, Math.min(1, f)) * (RAMP.length - 1);
		int i = Math.min(RAMP.length - 2, (int) x);
		double u = x - i;
		Color a = RAMP[i];
		Color b = RAMP[i + 1];
		return new Color((int) Math.round(a.getRed() + u * (b.getRed() - a.getRed())),
				(int) Math.round(a.getGreen() + u * (b.getGreen() - a.getGreen())),
				(int) Math.round(a.getBlue() + u * (b.getBlue() - a.getBlue())));
	}

	/** For tests: the snapshot steps drawn and the theory lines drawn over them. */
	int[] drawn() {
		return new int[] { steps, theoryLines };
	}

	@Override
	JFreeChart chart() {
		return chart;
	}
}
