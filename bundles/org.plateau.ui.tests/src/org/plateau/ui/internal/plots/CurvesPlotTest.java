package org.plateau.ui.internal.plots;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.LineStyle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plateau.core.results.ResultsTable;
import org.plateau.core.run.RunResult;
import org.plateau.ui.internal.UiTestSupport;
import org.plateau.ui.plots.Curve;
import org.plateau.ui.plots.CurvesPlot;
import org.plateau.ui.plots.Plot;
import org.plateau.ui.plots.PlotTheme;
import org.plateau.ui.plots.PlottedRun;
import org.plateau.ui.plots.TheoryOverlay;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The reusable curves chart: series, dashes, colours, live runs, comparison, log scale, zoom, exports. */
class CurvesPlotTest {

	@TempDir
	Path folder;

	private Shell shell;

	@BeforeEach
	void openShell() {
		shell = new Shell(Display.getCurrent());
		shell.setLayout(new FillLayout());
		shell.setSize(1000, 700);
	}

	@AfterEach
	void closeShell() {
		shell.dispose();
	}

	private CurvesPlot plot(List<PlottedRun> runs) {
		CurvesPlot plot = new CurvesPlot(shell, PlotsTestData.MODES, () -> PlotTheme.LIGHT,
				r -> TheoryOverlay.curves(PlotsTestData.MODES, r, PlotTheme.LIGHT));
		shell.open();
		plot.show(runs);
		shell.layout();
		UiTestSupport.settle(100);
		return plot;
	}

	private static ILineSeries<?> series(CurvesPlot plot, Curve curve) {
		for (ISeries<?> s : plot.chart().getSeriesSet().getSeries()) {
			if (s.getId().startsWith(curve.run() + " | " + curve.series() + " | " + curve.source())) {
				return (ILineSeries<?>) s;
			}
		}
		throw new AssertionError("no series for " + curve.series() + " " + curve.source());
	}

	@Test
	void oneSeriesPerCurveTheoryDashedInTheMetricsColour() {
		CurvesPlot plot = plot(List.of(new PlottedRun("run", PlotsTestData.run("run"), false)));
		List<Curve> curves = plot.curves();
		// a1 and a2: simulation and closed form each
		assertEquals(4, curves.size());
		// and one legend key for the closed form's line style
		assertEquals(5, plot.chart().getSeriesSet().getSeries().length);
		assertEquals(List.of("a_1", "a_2", "theory (closed form)"),
				Arrays.stream(plot.chart().getSeriesSet().getSeries()).filter(ISeries::isVisibleInLegend)
						.map(ISeries::getDescription).toList(), "one entry per metric, one per theory");
		for (Curve curve : curves) {
			ILineSeries<?> series = series(plot, curve);
			assertEquals(curve.isSimulation() ? LineStyle.SOLID : LineStyle.DASH, series.getLineStyle(), curve.source());
			assertEquals(curve.colour(), series.getLineColor().getRGB());
		}
		assertEquals(curves.get(0).colour(), curves.get(1).colour(), "theory in its metric's colour");
		assertNotEquals(curves.get(0).colour(), curves.get(2).colour(), "a colour per metric");
		assertEquals("a_1 theory (closed form)", series(plot, curves.get(1)).getDescription());
		assertEquals("a_1", series(plot, curves.get(0)).getDescription());
		assertEquals("Mode strengths", plot.chart().getTitle().getText());
		assertEquals("t/τ", plot.chart().getAxisSet().getXAxis(0).getTitle().getText());

		// a second show with grown data updates the same series in place
		ISeries<?> before = series(plot, curves.get(0));
		plot.show(List.of(new PlottedRun("run", PlotsTestData.run("run", 2000, 2000), false)));
		assertTrue(before == series(plot, plot.curves().get(0)), "series reused, not rebuilt");
		assertEquals(201, series(plot, plot.curves().get(0)).getYSeries().length);
		UiTestSupport.screenshot(shell, "plots-curves.png");
	}

	@Test
	void csvHasEveryPointWithTheTablesExactValues() throws Exception {
		RunResult run = PlotsTestData.run("run");
		CurvesPlot plot = plot(List.of(new PlottedRun("run", run, false)));
		Path file = folder.resolve("curves.csv");
		plot.exportCsv(file);
		ResultsTable simulation = run.simulation();
		ResultsTable theory = run.theory().get(0).table();
		int rows = 0;
		try (Reader reader = Files.newBufferedReader(file);
				CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
			assertEquals(List.of("run", "series", "source", "step", "time", "value"), parser.getHeaderNames());
			int[] index = new int[4];
			for (CSVRecord record : parser) {
				rows++;
				boolean sim = record.get("source").equals("simulation");
				String metric = record.get("series").equals("a_1") ? "a1" : "a2";
				ResultsTable table = sim ? simulation : theory;
				int k = (sim ? 0 : 2) + (metric.equals("a1") ? 0 : 1);
				int i = index[k]++;
				assertEquals(table.step(i), Long.parseLong(record.get("step")));
				assertEquals(table.step(i) * PlotsTestData.TIME_SCALE, Double.parseDouble(record.get("time")));
				// exact: Double.toString round-trips
				assertEquals(table.value(table.indexOf(metric), i), Double.parseDouble(record.get("value")),
						record.toString());
			}
		}
		assertEquals(2 * simulation.size() + 2 * theory.size(), rows);
	}

	@Test
	void pngAndSvgAreWritten() throws Exception {
		CurvesPlot plot = plot(List.of(new PlottedRun("run", PlotsTestData.run("run"), false)));
		Path png = folder.resolve("curves.png");
		plot.exportPng(png);
		byte[] bytes = Files.readAllBytes(png);
		assertTrue(bytes.length > 1000, "a PNG of some size");
		assertArrayEquals(new byte[] { (byte) 0x89, 'P', 'N', 'G' }, Arrays.copyOf(bytes, 4));

		Path svg = folder.resolve("curves.svg");
		plot.exportSvg(svg);
		Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
		NodeList lines = document.getElementsByTagName("polyline");
		assertEquals(plot.curves().size(), lines.getLength(), "a polyline per curve");
		int dashed = 0;
		for (int i = 0; i < lines.getLength(); i++) {
			Element line = (Element) lines.item(i);
			assertTrue(line.getAttribute("points").split(" ").length > 50, "the points are drawn");
			dashed += line.hasAttribute("stroke-dasharray") ? 1 : 0;
		}
		assertEquals(2, dashed, "the two theory curves are dashed");
		assertTrue(Files.readString(svg).contains("Mode strengths"));
	}

	@Test
	void aLiveRunsTheoryRunsAheadOfItsSimulation() {
		// 300 of 1000 steps recorded: the theory is known for all 1000
		RunResult live = PlotsTestData.run("live", 1000, 300);
		CurvesPlot plot = plot(List.of(new PlottedRun("live", live, true)));
		for (Curve curve : plot.curves()) {
			double[] x = series(plot, curve).getXSeries();
			double last = x[x.length - 1];
			assertEquals(curve.isSimulation() ? 3.0 : 10.0, last, 1e-12, curve.source() + " drawn up to");
		}
		assertTrue(plot.chart().getAxisSet().getXAxis(0).getRange().upper >= 10.0 - 1e-9,
				"the time axis shows the planned time");
		// the theory's value at a step is its own, not the simulation's row with the same index
		Curve theory = plot.curves().get(1);
		assertEquals(PlotsTestData.a1(10.0) + 0.01, theory.values()[theory.size() - 1], 1e-12);
	}

	@Test
	void comparedRunsGetAColourEachAndTheirLabels() {
		CurvesPlot plot = plot(List.of(new PlottedRun("run A", PlotsTestData.run("A"), false),
				new PlottedRun("run B", PlotsTestData.run("B", 800, 800), false)));
		assertEquals(8, plot.curves().size());
		for (Curve curve : plot.curves()) {
			assertTrue(curve.series().startsWith(curve.run() + " · "), curve.series());
			Curve first = plot.curves().stream().filter(c -> c.run().equals(curve.run())).findFirst().orElseThrow();
			assertEquals(first.colour(), curve.colour(), "one colour per run");
		}
		assertNotEquals(plot.curves().get(0).colour(), plot.curves().get(4).colour());
		// the legend names the runs, once per run and source, not every metric of every run
		assertEquals("run B theory (closed form)", series(plot, plot.curves().get(7)).getDescription());
		List<String> legend = Arrays.stream(plot.chart().getSeriesSet().getSeries()).filter(ISeries::isVisibleInLegend)
				.map(ISeries::getDescription).toList();
		assertEquals(List.of("run A", "run B", "theory (closed form)"), legend, "a colour per run, a line style per theory");
	}

	@Test
	void logScaleDropsValuesThatAreNotPositive() throws Exception {
		CurvesPlot plot = plot(List.of(new PlottedRun("run", PlotsTestData.run("run"), false)));
		Curve a2 = plot.curves().get(2);
		assertEquals(a2.size(), series(plot, a2).getYSeries().length);
		plot.setLogScale(true);
		assertTrue(plot.isLogScale());
		assertTrue(plot.chart().getAxisSet().getYAxis(0).isLogScaleEnabled());
		double[] y = series(plot, a2).getYSeries();
		// a2 = t - 1 is positive after t = 1 (step 100): 90 of 101 points
		assertEquals(90, y.length);
		assertTrue(Arrays.stream(y).allMatch(v -> v > 0));
		UiTestSupport.settle(50);
		// the CSV keeps every point
		Path csv = folder.resolve("log.csv");
		plot.exportCsv(csv);
		assertEquals(1 + 4 * 101, Files.readAllLines(csv).size());
		plot.setLogScale(false);
		assertEquals(a2.size(), series(plot, a2).getYSeries().length);
	}

	/**
	 * Issue 19 (readable plots): on a logarithmic axis over many decades the tick labels are powers of ten (10⁻⁴), not
	 * SWTChart's 0.0001, and only the decades are labelled; the loss exp(-t) of the synthetic run falls to 4.5e-5 at
	 * t = 10. A plot declared logarithmic starts so (SWTChart ignored the log scale asked for before it had series).
	 */
	@Test
	void logAxisTicksArePowersOfTen() throws Exception {
		CurvesPlot plot = new CurvesPlot(shell, PlotsTestData.LOSS, () -> PlotTheme.LIGHT,
				r -> TheoryOverlay.curves(PlotsTestData.LOSS, r, PlotTheme.LIGHT));
		shell.open();
		plot.show(List.of(new PlottedRun("run", PlotsTestData.run("run"), false)));
		shell.layout();
		assertTrue(plot.isLogScale(), "the loss plot is logarithmic");
		assertTrue(plot.chart().getAxisSet().getYAxis(0).isLogScaleEnabled(), "SWTChart's value axis is logarithmic");
		// SWTChart computes the ticks when it lays the chart out
		plot.chart().updateLayout();
		plot.chart().redraw();
		UiTestSupport.settle(300);
		UiTestSupport.screenshot(shell, "curves-log-ticks.png");
		org.eclipse.swtchart.IAxisTick tick = plot.chart().getAxisSet().getYAxis(0).getTick();
		List<String> labels = Arrays.stream(tick.getTickLabelValues()).mapToObj(v -> tick.getFormat().format(v))
				.filter(label -> !label.startsWith(TickLabelFormat.HIDDEN)).toList();
		// five decades: the decades labelled, the ticks between them left blank (SWTChart elides colliding ones to "...")
		assertEquals(List.of("10⁻⁴", "0.001", "0.01", "0.1", "1"), labels);
		assertTrue(TickLabelFormat.labelledOnLogAxis(0.02, 0.01, 1), "2 x a decade over two decades");
		assertFalse(TickLabelFormat.labelledOnLogAxis(0.02, 1e-5, 1), "not over five");
		assertFalse(TickLabelFormat.labelledOnLogAxis(0.03, 0.01, 1), "never 3 x a decade");
		// SWTChart parses a label back to check it against its tick; a blank one is no number, so it is hidden
		for (double value : new double[] { 1e-4, 2e-4, 5e-10, -1e-7, 0.25, 300, 15000 }) {
			assertEquals(value, (Double) tick.getFormat().parseObject(PlotFormat.tick(value)), Math.abs(value) * 1e-12,
					PlotFormat.tick(value));
		}
		// an unlabelled tick's label is invisible and too tall for any room, so SWTChart hides it (instead of writing
		// "..."), and parses back to its tick
		for (double value : tick.getTickLabelValues()) {
			String label = tick.getFormat().format(value);
			assertEquals(value, (Double) tick.getFormat().parseObject(label), value * 1e-9, label.strip());
		}
		// the SVG export labels its ticks the same way
		Path svg = folder.resolve("log.svg");
		plot.exportSvg(svg);
		assertTrue(Files.readString(svg).contains(">10⁻⁴<"), "the SVG's log ticks are powers of ten");
	}

	@Test
	void zoomAndHover() {
		CurvesPlot plot = plot(List.of(new PlottedRun("run", PlotsTestData.run("run"), false)));
		double upper = plot.chart().getAxisSet().getXAxis(0).getRange().upper;
		Point size = plot.chart().getPlotArea().getSize();
		assertTrue(size.x > 100 && size.y > 100, "the plot area is shown");
		plot.zoomTo(new Point(0, 0), new Point(size.x / 2, size.y / 2));
		assertTrue(plot.chart().getAxisSet().getXAxis(0).getRange().upper < upper * 0.6, "zoomed into the left half");
		plot.resetZoom();
		assertEquals(upper, plot.chart().getAxisSet().getXAxis(0).getRange().upper, 1e-9);

		// hover on the point of a_1 at t = 5
		int px = plot.chart().getAxisSet().getXAxis(0).getPixelCoordinate(5.0);
		int py = plot.chart().getAxisSet().getYAxis(0).getPixelCoordinate(25.0);
		String text = plot.hoverAt(px, py);
		assertNotNull(text);
		assertTrue(text.contains("a_1") && text.contains("t/τ = 5"), text);
		assertFalse(plot.hoverAt(px, py).isBlank());
	}

	@Test
	void residualsAreSimulationMinusTheoryInAPanelBelow() {
		CurvesPlot plot = plot(List.of(new PlottedRun("run", PlotsTestData.run("run"), false)));
		assertEquals(EnumSet.allOf(Plot.Option.class), plot.options());
		assertNull(plot.residualChart(), "made when first asked for");
		plot.set(Plot.Option.RESIDUALS, true);
		shell.layout(true, true);
		UiTestSupport.settle(100);
		List<Curve> residuals = plot.residuals();
		// the test theory: a_1 is 0.01 above the simulation, a_2 exact
		assertEquals(List.of("a_1", "a_2"), residuals.stream().map(Curve::series).toList());
		assertEquals(101, residuals.get(0).size(), "at every recorded step");
		for (double v : residuals.get(0).values()) {
			assertEquals(-0.01, v, 1e-9);
		}
		for (double v : residuals.get(1).values()) {
			assertEquals(0, v, 1e-12);
		}
		assertNotNull(plot.residualChart());
		assertEquals(2, plot.residualChart().getSeriesSet().getSeries().length);
		assertTrue(plot.residualChart().getSize().y > 50, "the panel is shown");
		assertEquals(plot.timeRange().upper, plot.residualChart().getAxisSet().getXAxis(0).getRange().upper, 1e-9,
				"on the plot's time range");
		UiTestSupport.screenshot(shell, "plots-residuals.png");
		plot.set(Plot.Option.RESIDUALS, false);
		assertTrue(plot.residuals().isEmpty());
	}

	@Test
	void symlogDrawsBothSignsOnALogScaleAndItsTicksNameTheValues() {
		CurvesPlot plot = plot(List.of(new PlottedRun("run", PlotsTestData.run("run"), false)));
		plot.set(Plot.Option.SYMLOG, true);
		UiTestSupport.settle(100);
		Curve a2 = plot.curves().stream().filter(c -> c.series().equals("a_2") && c.isSimulation()).findFirst().orElseThrow();
		double[] drawn = series(plot, a2).getYSeries();
		double threshold = CurveTransforms.symlogThreshold(plot.curves());
		for (int i = 0; i < drawn.length; i++) {
			assertEquals(a2.values()[i], CurveTransforms.symexp(drawn[i], threshold), 1e-9, "a_2 = t - 1 from -1 to 9");
		}
		assertTrue(plot.chart().getAxisSet().getYAxis(0).getTitle().getText().endsWith("(symlog)"));
		TickLabelFormat labels = (TickLabelFormat) plot.chart().getAxisSet().getYAxis(0).getTick().getFormat();
		for (double tick : new double[] { -1, 0, 1, 2 }) {
			String label = labels.format(tick);
			assertEquals(CurveTransforms.symexp(tick, threshold), Double.parseDouble(label.replace('\u2212', '-')),
					1e-9 * Math.max(1, Math.abs(CurveTransforms.symexp(tick, threshold))), label);
			assertEquals(tick, (Double) labels.parseObject(label, new java.text.ParsePosition(0)), 1e-9, "a label parses back to its tick");
		}
		UiTestSupport.screenshot(shell, "plots-symlog.png");
		plot.setLogScale(true);
		assertFalse(plot.isOn(Plot.Option.SYMLOG), "log and symlog are one or the other");
	}

	@Test
	void smoothingDrawsTheSimulationSmoothedAndTheRawCurveFaintBehind() {
		CurvesPlot plot = plot(List.of(new PlottedRun("run", PlotsTestData.run("run"), false)));
		int before = plot.chart().getSeriesSet().getSeries().length;
		plot.set(Plot.Option.SMOOTHING, true);
		assertEquals(before + 2, plot.chart().getSeriesSet().getSeries().length, "a faint raw series per simulation");
		Curve a1 = plot.curves().stream().filter(c -> c.series().equals("a_1") && c.isSimulation()).findFirst().orElseThrow();
		assertArrayEquals(CurveTransforms.smoothed(a1).values(), series(plot, a1).getYSeries(), 0);
		ISeries<?> raw = plot.chart().getSeriesSet().getSeries("raw | run | a_1");
		assertNotNull(raw);
		assertFalse(raw.isVisibleInLegend());
		assertArrayEquals(a1.values(), raw.getYSeries(), 0);
		plot.set(Plot.Option.SMOOTHING, false);
		assertEquals(before, plot.chart().getSeriesSet().getSeries().length);
	}

	@Test
	void theTimeAxisEndsAQuarterPastWhereTheCurvesSettle() {
		// a curve that rises to 1 by t = 2 and stays, recorded to t = 10
		long[] steps = new long[1001];
		double[] times = new double[1001];
		double[] values = new double[1001];
		for (int i = 0; i <= 1000; i++) {
			steps[i] = i;
			times[i] = i * 0.01;
			values[i] = Math.min(1, times[i] / 2);
		}
		Curve settling = new Curve("run", "a_1", Curve.SIMULATION, steps, times, values, new RGB(0, 0, 200), false);
		CurvesPlot plot = new CurvesPlot(shell, PlotsTestData.MODES, () -> PlotTheme.LIGHT, runs -> List.of(settling));
		shell.open();
		plot.show(List.of(new PlottedRun("run", PlotsTestData.run("run"), false)));
		UiTestSupport.settle(100);
		assertEquals(2, CurveTransforms.dynamicsEnd(List.of(settling), false), 0.02, "within 1% of its range from t = 1.98");
		assertEquals(2.5, plot.timeRange().upper, 0.05, "a quarter past it");
		// a double-click (Reset zoom) shows everything, until the option is turned on again
		plot.resetZoom();
		assertEquals(10, plot.timeRange().upper, 0.3);
		plot.show(List.of(new PlottedRun("run", PlotsTestData.run("run"), false)));
		assertEquals(10, plot.timeRange().upper, 0.3, "still everything as the data are drawn again");
		plot.set(Plot.Option.FIT_TIME, false);
		plot.set(Plot.Option.FIT_TIME, true);
		assertEquals(2.5, plot.timeRange().upper, 0.05, "fitted again");
		plot.set(Plot.Option.FIT_TIME, false);
		assertEquals(10, plot.timeRange().upper, 0.3, "every record (SWTChart adds a margin)");
		// a live run's axis is not fitted: it would jump as the run grows
		plot.set(Plot.Option.FIT_TIME, true);
		plot.show(List.of(new PlottedRun("run", PlotsTestData.run("run"), true)));
		assertEquals(10, plot.timeRange().upper, 0.3);
	}

	@Test
	void aLossStillFallingByDecadesHasNotSettledOnALogAxis() {
		// 1e-1 .. 1e-9, falling a decade per unit of time: flat on a linear axis after t = 2, not on a log one
		long[] steps = new long[801];
		double[] times = new double[801];
		double[] values = new double[801];
		for (int i = 0; i <= 800; i++) {
			steps[i] = i;
			times[i] = i * 0.01;
			values[i] = Math.pow(10, -1 - times[i]);
		}
		Curve loss = new Curve("run", "loss", Curve.SIMULATION, steps, times, values, new RGB(0, 0, 0), false);
		assertEquals(2, CurveTransforms.dynamicsEnd(List.of(loss), false), 0.02, "linear: within 1% of 0.1 from t = 2");
		assertEquals(7.93, CurveTransforms.dynamicsEnd(List.of(loss), true), 0.02, "log: within 1% of its 8 decades from t = 7.92");
	}

	@Test
	void aMovingAverageDebiasedAtTheStart() {
		double[] values = new double[500];
		java.util.Random noise = new java.util.Random(1);
		for (int i = 0; i < values.length; i++) {
			values[i] = 3 + noise.nextGaussian();
		}
		long[] steps = new long[values.length];
		double[] times = new double[values.length];
		for (int i = 0; i < values.length; i++) {
			steps[i] = i;
			times[i] = i;
		}
		Curve noisy = new Curve("run", "loss", Curve.SIMULATION, steps, times, values, new RGB(0, 0, 0), false);
		double[] smooth = CurveTransforms.smoothed(noisy).values();
		assertEquals(values[0], smooth[0], 0, "debiased: the first value is kept");
		// window 10 records: beta = 0.9
		assertEquals((0.9 * 0.1 * values[0] + 0.1 * values[1]) / (1 - 0.81), smooth[1], 1e-12);
		double spread = 0;
		double rawSpread = 0;
		for (int i = 100; i < values.length; i++) {
			spread += (smooth[i] - 3) * (smooth[i] - 3);
			rawSpread += (values[i] - 3) * (values[i] - 3);
		}
		// an EMA of white noise with beta = 0.9 keeps (1 - beta) / (1 + beta) = 1/19 of its variance
		assertEquals(1 / 19.0, spread / rawSpread, 0.03);
	}
}
