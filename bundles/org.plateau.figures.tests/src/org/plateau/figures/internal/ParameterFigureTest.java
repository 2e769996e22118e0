package org.plateau.figures.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.LogarithmicAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plateau.core.figures.ParameterPlot;
import org.plateau.core.figures.ParameterPlot.Series;
import org.plateau.core.figures.ParameterPlot.Style;

/** Figures of values against a parameter: measured points with error bars under theory lines. */
class ParameterFigureTest {

	@TempDir
	Path folder;

	private static ParameterPlot plot(boolean logX, boolean logY) {
		double[] x = { 0.5, 1, 2 };
		return new ParameterPlot("sweep-E_g", "E_g against alpha", "three seeds", "alpha", "E_g", logX, logY, List.of(
				new Series("E_g at the last step — simulation", Style.POINTS, 0, 0, x, new double[] { 1.0, 5.4, 0.5 },
						new double[] { 0.02, 0.3, 0.01 }),
				new Series("E_g limit — theory", Style.LINE, 2, 0, x,
						new double[] { 1.0, Double.POSITIVE_INFINITY, 0.5 }, null)));
	}

	@Test
	void pointsCarryTheirErrorBarsAndNonFiniteTheoryValuesAreLeftOut() {
		ParameterFigure figure = new ParameterFigure(plot(false, false));
		XYPlot xy = figure.chart().getXYPlot();
		assertEquals(List.of(1, 1), ParameterFigure.seriesCounts(figure.chart()));
		YIntervalSeriesCollection points = (YIntervalSeriesCollection) xy.getDataset(ParameterFigure.POINTS);
		assertEquals(3, points.getItemCount(0));
		assertEquals(5.1, points.getStartYValue(0, 1), 1e-12);
		assertEquals(5.7, points.getEndYValue(0, 1), 1e-12);
		// E_g(inf) diverges at alpha = 1: that point of the theory is not drawn
		assertEquals(2, xy.getDataset(ParameterFigure.LINES).getItemCount(0));
		assertEquals(2, xy.getFixedLegendItems().getItemCount());
		assertEquals("three seeds", ((org.jfree.chart.title.TextTitle) figure.chart().getSubtitle(1)).getText());
	}

	@Test
	void logAxesAreUsedWhenAsked() {
		XYPlot xy = new ParameterFigure(plot(true, true)).chart().getXYPlot();
		assertTrue(xy.getDomainAxis() instanceof LogAxis);
		assertTrue(xy.getRangeAxis() instanceof LogAxis);
	}

	@Test
	void aParameterOverDecadesOnBothSidesOfZeroGetsASymmetricLogAxis() throws Exception {
		// lambda of Dominé et al. (2024) from -100 to 100: on a linear axis, nine of the eleven points crowd at zero
		double[] lambda = { -100, -10, -3, -1, -0.1, 0, 0.1, 1, 3, 10, 100 };
		double[] distance = new double[lambda.length];
		for (int i = 0; i < lambda.length; i++) {
			distance[i] = 1 / (1 + Math.abs(lambda[i]));
		}
		ParameterPlot symmetric = new ParameterPlot("sweep-ntk", "NTK distance against lambda", "", "lambda",
				"NTK distance", false, false, List.of(new Series("simulation", Style.POINTS, 0, 0, lambda, distance, null),
						new Series("theory Riccati solution", Style.LINE, 0, 1, lambda, distance, null)));
		XYPlot xy = new ParameterFigure(symmetric).chart().getXYPlot();
		assertTrue(xy.getDomainAxis() instanceof LogarithmicAxis log && log.getAllowNegativesFlag(),
				"a symmetric log axis: " + xy.getDomainAxis());
		assertTrue(xy.getDomainAxis().valueToJava2D(-0.1, new java.awt.geom.Rectangle2D.Double(0, 0, 1000, 10),
				org.jfree.chart.ui.RectangleEdge.BOTTOM) > 300, "-0.1 is not crowded at the left end");
		assertTrue(!(new ParameterFigure(plot(false, false)).chart().getXYPlot().getDomainAxis() instanceof LogarithmicAxis),
				"alpha from 0.5 to 2 stays linear");
		Path target = Path.of("target", "figures");
		Files.createDirectories(target);
		new JFreeChartFigureRenderer().render(symmetric, target);
	}

	@Test
	void theRendererWritesPngAndSvgNamedAfterThePlot() throws Exception {
		List<Path> written = new JFreeChartFigureRenderer().render(plot(false, true), folder);
		assertEquals(List.of(folder.resolve("sweep-E_g.png"), folder.resolve("sweep-E_g.svg")), written);
		BufferedImage png = Pixels.read(written.get(0));
		assertEquals(CurvesFigure.WIDTH, png.getWidth());
		// the points' colour is on the image: markers and error bars were drawn
		assertTrue(Pixels.count(png, FigureStyle.seriesColour(0), 3) > 200);
		assertTrue(Files.readString(written.get(1)).contains("<svg"));
	}
}
