package org.plateau.figures.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.LogTick;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;
import org.plateau.core.family.PlotDescriptor;
import org.plateau.core.family.SimulationOutcome;
import org.plateau.core.results.MatrixSnapshots;
import org.plateau.core.results.ResultsTable;
import org.plateau.core.run.RunResult;
import org.plateau.core.run.TheoryResult;

class CurvesFigureTest {

	@Test
	void legendPairsEachMetricWithItsTheories() {
		XYPlot plot = chart(TestRuns.modesPlot(), TestRuns.run()).getXYPlot();

		List<String> labels = new ArrayList<>();
		LegendItemCollection items = plot.getLegendItems();
		for (int i = 0; i < items.getItemCount(); i++) {
			labels.add(items.get(i).getLabel());
		}
		assertEquals(List.of("a₁ (s=3) — simulation", "a₁ (s=3) — closed form", "a₁ (s=3) — early-time linearisation",
				"a₂ (s=2) — simulation", "a₂ (s=2) — closed form", "a₃ (s=1) — simulation", "a₃ (s=1) — closed form"),
				labels);
	}

	@Test
	void theoryIsDashedInTheColourOfItsMetricAndDrawnOverTheSimulation() {
		XYPlot plot = chart(TestRuns.modesPlot(), TestRuns.run()).getXYPlot();
		LegendItemCollection items = plot.getLegendItems();

		for (int i = 0; i < items.getItemCount(); i++) {
			LegendItem item = items.get(i);
			BasicStroke stroke = (BasicStroke) item.getLineStroke();
			Color paint = (Color) item.getLinePaint();
			int metric = i < 3 ? 0 : i < 5 ? 1 : 2;
			Color colour = FigureStyle.seriesColour(metric);
			assertEquals(colour.getRGB() & 0xffffff, paint.getRGB() & 0xffffff, item.getLabel() + ": colour");
			if (item.getLabel().endsWith("simulation")) {
				assertNull(stroke.getDashArray(), item.getLabel() + " is a solid line");
				assertTrue(paint.getAlpha() < 255, item.getLabel() + " is translucent");
			} else {
				assertNotNull(stroke.getDashArray(), item.getLabel() + " is dashed");
				assertEquals(255, paint.getAlpha(), item.getLabel() + " is opaque");
			}
		}
		// the closed form and the linearisation of a₁ are told apart by their dashes
		assertFalse(Arrays.equals(((BasicStroke) items.get(1).getLineStroke()).getDashArray(),
				((BasicStroke) items.get(2).getLineStroke()).getDashArray()));
		// the theory dataset is drawn after (over) the simulation
		assertEquals(DatasetRenderingOrder.FORWARD, plot.getDatasetRenderingOrder());
		assertTrue(CurvesFigure.THEORY > CurvesFigure.SIMULATION);
	}

	@Test
	void timeIsStepTimesTimeScale() {
		XYPlot plot = chart(TestRuns.modesPlot(), TestRuns.run()).getXYPlot();
		XYSeriesCollection simulation = (XYSeriesCollection) plot.getDataset(CurvesFigure.SIMULATION);

		int last = simulation.getSeries(0).getItemCount() - 1;
		assertEquals(TestRuns.STEPS * TestRuns.ETA, simulation.getSeries(0).getX(last).doubleValue(), 1e-12);
		assertEquals("t/τ", plot.getDomainAxis().getLabel());
	}

	@Test
	void logAxisLeavesOutValuesItCannotShow() {
		ResultsTable table = new ResultsTable(List.of("loss"));
		double[] losses = { 4, 1, 0, 0.25, -1e-9, Double.NaN, 1e-3, Double.POSITIVE_INFINITY };
		for (int i = 0; i < losses.length; i++) {
			table.add(i, new double[] { losses[i] });
		}
		RunResult result = TestRuns.runResult(table, new MatrixSnapshots(), List.<TheoryResult> of(),
				TestRuns.completed());

		XYPlot logPlot = chart(TestRuns.lossPlot(), result).getXYPlot();
		XYPlot linearPlot = chart(PlotDescriptor.curves("loss", "Loss", "t/τ", TestRuns.ETA, "loss", false,
				List.of("loss")), result).getXYPlot();

		assertInstanceOf(LogAxis.class, logPlot.getRangeAxis());
		// 4, 1, 0.25, 1e-3 are positive and finite
		assertEquals(4, ((XYSeriesCollection) logPlot.getDataset(CurvesFigure.SIMULATION)).getSeries(0).getItemCount());
		// a linear axis shows 0 and the negative value, never NaN or infinity
		assertEquals(6,
				((XYSeriesCollection) linearPlot.getDataset(CurvesFigure.SIMULATION)).getSeries(0).getItemCount());
	}

	@Test
	void logAxisLabelsWholeDecadesOfAWideRange() {
		// the loss falls from ~7 to ~4e-6: six decades
		List<Double> labelled = labelledTicks(chart(TestRuns.lossPlot(), TestRuns.run()));

		assertTrue(labelled.size() >= 3, "labelled ticks " + labelled);
		for (double tick : labelled) {
			assertEquals(Math.rint(Math.log10(tick)), Math.log10(tick), 1e-9, "tick at " + tick + " is not a decade");
		}
	}

	@Test
	void logTimeLeavesOutStepZero() {
		JFreeChart chart = chart(TestRuns.lossPlot().withOption("logX", "true"), TestRuns.run());

		assertInstanceOf(LogAxis.class, chart.getXYPlot().getDomainAxis());
		XYSeriesCollection simulation = (XYSeriesCollection) chart.getXYPlot().getDataset(CurvesFigure.SIMULATION);
		assertTrue(simulation.getSeries(0).getMinX() > 0, "step 0 on a log time axis");
		assertInstanceOf(org.jfree.chart.axis.NumberAxis.class,
				chart(TestRuns.lossPlot(), TestRuns.run()).getXYPlot().getDomainAxis());
	}

	@Test
	void decadesAreLabelledAsPowersOfTenInPlainText() {
		DecadeAxis axis = (DecadeAxis) CurvesFigure.logAxis("loss", 6);
		axis.setTickUnit(new NumberTickUnit(1));

		assertEquals("10⁻¹²", axis.tickLabel(1e-12));
		assertEquals("10⁰", axis.tickLabel(1));
		assertEquals("10³", axis.tickLabel(1000));
		assertEquals("⁻⁴⁵⁶⁷⁸⁹.⁵", DecadeAxis.superscript("-456789.5"));
	}

	@Test
	void logAxisStillHasLabelsWithinOneDecade() {
		ResultsTable table = new ResultsTable(List.of("loss"));
		for (int i = 0; i < 20; i++) {
			table.add(i, new double[] { 0.8 - 0.025 * i });
		}
		RunResult result = TestRuns.runResult(table, new MatrixSnapshots(), List.<TheoryResult> of(),
				TestRuns.completed());

		assertTrue(labelledTicks(chart(TestRuns.lossPlot(), result)).size() >= 2);
	}

	@Test
	void subtitleNamesTheExperimentAndReportsAnIncompleteRun() {
		RunResult completed = TestRuns.run();
		RunResult diverged = TestRuns.run(List.of(new TestRuns.ClosedForm()),
				new SimulationOutcome(SimulationOutcome.Status.DIVERGED, 120, "loss became NaN at step 121"));

		assertEquals(List.of(TestRuns.EXPERIMENT_NAME), subtitles(chart(TestRuns.modesPlot(), completed)));
		assertEquals(List.of(TestRuns.EXPERIMENT_NAME, "Run diverged after 120 steps: loss became NaN at step 121"),
				subtitles(chart(TestRuns.modesPlot(), diverged)));
		assertEquals("Mode strengths", chart(TestRuns.modesPlot(), completed).getTitle().getText());
	}

	@Test
	void aMetricWithoutSimulatedColumnStillShowsItsTheory() {
		PlotDescriptor plot = PlotDescriptor.curves("p", "P", "t/τ", 1, "a", false, List.of("unrecorded", "a1"));
		XYPlot xyPlot = chart(plot, TestRuns.run()).getXYPlot();

		assertEquals(1, xyPlot.getDataset(CurvesFigure.SIMULATION).getSeriesCount());
		// the second metric of the plot keeps the second colour, whatever the first one had
		Color paint = (Color) xyPlot.getLegendItems().get(0).getLinePaint();
		assertEquals(FigureStyle.seriesColour(1).getRGB() & 0xffffff, paint.getRGB() & 0xffffff);
	}

	private static JFreeChart chart(PlotDescriptor plot, RunResult result) {
		return new CurvesFigure(plot, result).chart();
	}

	/** The values of the major ticks of the value axis that carry a label, as drawn at the figure's size. */
	private static List<Double> labelledTicks(JFreeChart chart) {
		Graphics2D g2 = new BufferedImage(CurvesFigure.WIDTH, CurvesFigure.HEIGHT, BufferedImage.TYPE_INT_RGB)
				.createGraphics();
		try {
			ChartRenderingInfo info = new ChartRenderingInfo();
			chart.draw(g2, new Rectangle2D.Double(0, 0, CurvesFigure.WIDTH, CurvesFigure.HEIGHT), info);
			List<Double> values = new ArrayList<>();
			for (Object tick : chart.getXYPlot().getRangeAxis().refreshTicks(g2, new AxisState(),
					info.getPlotInfo().getDataArea(), RectangleEdge.LEFT)) {
				// plain-text ticks (DecadeAxis): no LogTick, whose attributed label would take the HarfBuzz shaper
				assertFalse(tick instanceof LogTick, "attributed tick label at " + tick);
				if (tick instanceof ValueTick valueTick && valueTick.getTickType() == TickType.MAJOR
						&& valueTick.getText() != null && !valueTick.getText().isEmpty()) {
					values.add(valueTick.getValue());
				}
			}
			return values;
		} finally {
			g2.dispose();
		}
	}

	private static List<String> subtitles(JFreeChart chart) {
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < chart.getSubtitleCount(); i++) {
			Title title = chart.getSubtitle(i);
			if (title instanceof TextTitle text) {
				texts.add(text.getText());
			}
		}
		return texts;
	}
}
