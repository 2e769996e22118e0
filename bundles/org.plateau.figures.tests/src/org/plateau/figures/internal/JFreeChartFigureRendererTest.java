package org.plateau.figures.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plateau.core.family.PlotDescriptor;
import org.plateau.core.family.SimulationOutcome;
import org.plateau.core.figures.FigureRenderer;
import org.plateau.core.results.MatrixSnapshots;
import org.plateau.core.results.ResultsTable;
import org.plateau.core.run.RunResult;

class JFreeChartFigureRendererTest {

	private static final String COMPONENT = "/OSGI-INF/org.plateau.figures.renderer.xml";

	private final FigureRenderer renderer = new JFreeChartFigureRenderer();

	@TempDir
	Path folder;

	@Test
	void writesPngAndSvgNamedAfterThePlot() throws IOException {
		List<Path> written = renderer.render(TestRuns.modesPlot(), TestRuns.run(), folder);

		assertEquals(List.of(folder.resolve("modes.png"), folder.resolve("modes.svg")), written);
		BufferedImage png = Pixels.read(written.get(0));
		assertEquals(CurvesFigure.WIDTH, png.getWidth());
		assertEquals(CurvesFigure.HEIGHT, png.getHeight());
		String svg = Files.readString(written.get(1), StandardCharsets.UTF_8);
		assertTrue(svg.contains("<svg"), "not an SVG document");
		assertEquals(List.of(CurvesFigure.WIDTH, CurvesFigure.HEIGHT), svgSize(svg));
	}

	@Test
	void theoryCurveIsDrawnOpaqueInItsMetricsColour() throws IOException {
		// The simulation is drawn translucent, so the metric's full colour appears only where a theory curve (or
		// its legend line) is drawn. 3 px tolerance: anti-aliased edges blend with the white background.
		Color theoryColour = FigureStyle.seriesColour(0);
		PlotDescriptor plot = PlotDescriptor.curves("a1", "Mode 1", "t/τ", TestRuns.ETA, "a", false, List.of("a1"));

		RunResult withTheory = TestRuns.run(List.of(new TestRuns.ClosedForm()), TestRuns.completed());
		int theoryPixels = Pixels.count(Pixels.read(renderer.render(plot, withTheory, folder).get(0)), theoryColour, 3);
		RunResult withoutTheory = TestRuns.run(List.of(), TestRuns.completed());
		int simulationOnlyPixels = Pixels
				.count(Pixels.read(renderer.render(plot, withoutTheory, folder).get(0)), theoryColour, 3);

		// the dashed sigmoid covers ~1400 such pixels; its legend line alone fewer than 100
		assertTrue(theoryPixels > 500, "only " + theoryPixels + " pixels of the theory colour");
		assertEquals(0, simulationOnlyPixels, "the simulation must not be drawn in the opaque theory colour");
	}

	@Test
	void svgHasVectorPathsAndTheLabels() throws IOException {
		Path svg = renderer.render(TestRuns.modesPlot(), TestRuns.run(), folder).get(1);
		String text = Files.readString(svg, StandardCharsets.UTF_8);

		assertTrue(text.contains("<path"), "no <path in the SVG");
		assertTrue(text.contains("a₁ (s=3) — closed form"), "theory legend entry missing");
		assertTrue(text.contains("a₂ (s=2) — simulation"), "simulation legend entry missing");
		assertTrue(text.contains(TestRuns.EXPERIMENT_NAME), "experiment name missing");
		assertTrue(text.contains("stroke-dasharray"), "theory curves are not dashed");
	}

	@Test
	void matrixFigureHasTheSameSizeInPngAndSvg() throws IOException {
		List<Path> written = renderer.render(TestRuns.mapPlot(), TestRuns.run(), folder);

		assertEquals(List.of(folder.resolve("input-output-map.png"), folder.resolve("input-output-map.svg")), written);
		BufferedImage png = Pixels.read(written.get(0));
		assertEquals(MatrixGridFigure.WIDTH, png.getWidth());
		assertEquals(List.of(png.getWidth(), png.getHeight()),
				svgSize(Files.readString(written.get(1), StandardCharsets.UTF_8)));
		String svg = Files.readString(written.get(1), StandardCharsets.UTF_8);
		assertTrue(svg.contains("Theory: closed form"));
		assertTrue(svg.contains("canary") && svg.contains("petals"), "row and column labels missing");
	}

	@Test
	void runWithoutRecordsStillGivesFigures() throws IOException {
		// cancelled before the first record: nothing to draw, but the figures say so instead of failing
		RunResult empty = TestRuns.runResult(new ResultsTable(List.of("a1", "a2", "a3", "loss")),
				new MatrixSnapshots(), List.of(),
				new SimulationOutcome(SimulationOutcome.Status.CANCELLED, 0, "cancelled by the user"));

		for (PlotDescriptor plot : List.of(TestRuns.modesPlot(), TestRuns.lossPlot(), TestRuns.mapPlot())) {
			List<Path> written = renderer.render(plot, empty, folder);
			assertEquals(2, written.size());
			assertTrue(Files.size(written.get(0)) > 0 && Files.size(written.get(1)) > 0);
		}
		String svg = Files.readString(folder.resolve("input-output-map.svg"), StandardCharsets.UTF_8);
		assertTrue(svg.contains("No snapshots of matrix W were recorded"));
		assertTrue(svg.contains("Run cancelled after 0 steps: cancelled by the user"));
	}

	@Test
	void rejectsPlotIdsThatAreNotPlainFileNames() {
		PlotDescriptor escaping = PlotDescriptor.curves("../modes", "Modes", "t/τ", 1, "a", false, List.of("a1"));

		assertThrows(IllegalArgumentException.class, () -> renderer.render(escaping, TestRuns.run(), folder));
		assertFalse(Files.exists(folder.resolveSibling("modes.png")));
	}

	@Test
	void componentDescriptionProvidesTheRendererFromThisClass() throws Exception {
		// a typo here would leave the runner without figures and nobody would notice
		String xml;
		try (InputStream in = JFreeChartFigureRenderer.class.getResourceAsStream(COMPONENT)) {
			assertNotNull(in, COMPONENT + " is not in the bundle");
			xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		assertEquals(JFreeChartFigureRenderer.class.getName(), attribute(xml, "implementation", "class"));
		assertEquals(FigureRenderer.class.getName(), attribute(xml, "provide", "interface"));
		// Declarative Services instantiates it through its public no-argument constructor
		assertInstanceOf(FigureRenderer.class, JFreeChartFigureRenderer.class.getConstructor().newInstance());
	}

	private static String attribute(String xml, String element, String name) {
		Matcher matcher = Pattern.compile("<" + element + "\\s[^>]*" + name + "=\"([^\"]+)\"").matcher(xml);
		assertTrue(matcher.find(), "no <" + element + " " + name + "=...> in " + COMPONENT);
		return matcher.group(1);
	}

	private static List<Integer> svgSize(String svg) {
		Matcher matcher = Pattern.compile("<svg[^>]*width='([0-9.]+)'[^>]*height='([0-9.]+)'").matcher(svg);
		assertTrue(matcher.find(), "no width and height on the <svg> element");
		return List.of((int) Double.parseDouble(matcher.group(1)), (int) Double.parseDouble(matcher.group(2)));
	}
}
