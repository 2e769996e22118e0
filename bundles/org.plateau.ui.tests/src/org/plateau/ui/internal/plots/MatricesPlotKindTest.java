package org.plateau.ui.internal.plots;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plateau.core.run.RunResult;
import org.plateau.ui.internal.UiTestSupport;
import org.plateau.ui.plots.Plot;
import org.plateau.ui.plots.PlotTheme;
import org.plateau.ui.plots.PlottedRun;

/** The matrix snapshots grid: rows and columns, the diverging scale, hover, exports, compared runs. */
class MatricesPlotKindTest {

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

	private MatrixGridPlot plot(List<PlottedRun> runs) {
		MatricesPlotKind kind = new MatricesPlotKind();
		assertEquals(List.of(PlotsTestData.WEIGHTS), kind.plotsFor(runs.get(0).result()));
		Plot plot = kind.create(shell, PlotsTestData.WEIGHTS, () -> PlotTheme.LIGHT);
		shell.open();
		plot.show(runs);
		shell.layout();
		UiTestSupport.settle(100);
		return (MatrixGridPlot) plot;
	}

	@Test
	void drawsSimulationAboveTheoryAtEachSnapshot() {
		MatrixGridPlot plot = plot(List.of(new PlottedRun("run", PlotsTestData.run("run"), false)));
		assertEquals(1, plot.grids().size());
		MatrixGridPlot.Grid grid = plot.grids().get(0);
		assertEquals(List.of("simulation", PlotsTestData.CLOSED_FORM), grid.sources());
		assertEquals(PlotsTestData.SNAPSHOTS, grid.steps());
		// the largest |entry| is t² = 100 at t = 10
		assertEquals(100, plot.limit(), 1e-12);
		assertEquals(new RGB(255, 255, 255), plot.colour(0));
		assertEquals(new RGB(178, 24, 43), plot.colour(100));
		assertEquals(new RGB(33, 102, 172), plot.colour(-100));

		// hover over the first entry of the first heatmap
		MatrixGridPlot.Scene scene = plot.layout(shell.getClientArea().width, shell.getClientArea().height);
		MatrixGridPlot.Cell first = scene.cells().get(0);
		String text = plot.entryAt((int) (first.x() + first.entry() / 2), (int) (first.y() + first.entry() / 2));
		assertNotNull(text);
		assertTrue(text.contains("simulation") && text.contains("t = 0") && text.contains("x, p = 0"), text);
		UiTestSupport.screenshot(shell, "plots-matrices.png");
	}

	@Test
	void csvHasEveryEntry() throws Exception {
		RunResult run = PlotsTestData.run("run");
		MatrixGridPlot plot = plot(List.of(new PlottedRun("run", run, false)));
		Path file = folder.resolve("w.csv");
		plot.exportCsv(file);
		int rows = 0;
		try (Reader reader = Files.newBufferedReader(file);
				CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
			assertEquals(List.of("run", "matrix", "source", "step", "row", "column", "value"), parser.getHeaderNames());
			for (CSVRecord record : parser) {
				rows++;
				long step = Long.parseLong(record.get("step"));
				DMatrixRMaj expected = record.get("source").equals("simulation") ? run.snapshots().of("W").get(step)
						: run.theory().get(0).matrices().of("W").get(step);
				int i = PlotsTestData.W.rowLabels().indexOf(record.get("row"));
				int j = PlotsTestData.W.columnLabels().indexOf(record.get("column"));
				assertEquals(expected.get(i, j), Double.parseDouble(record.get("value")), record.toString());
			}
		}
		// 2 sources × 3 snapshots × 2 × 3 entries
		assertEquals(36, rows);
	}

	@Test
	void pngAndSvgAreWritten() throws Exception {
		MatrixGridPlot plot = plot(List.of(new PlottedRun("run", PlotsTestData.run("run"), false)));
		Path png = folder.resolve("w.png");
		plot.exportPng(png);
		assertArrayEquals(new byte[] { (byte) 0x89, 'P', 'N', 'G' }, Arrays.copyOf(Files.readAllBytes(png), 4));
		Path svg = folder.resolve("w.svg");
		plot.exportSvg(svg);
		int rects = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile())
				.getElementsByTagName("rect").getLength();
		// 6 heatmaps of 6 entries, their frames, the colour bar, the background
		assertTrue(rects > 36 + 6, "rects: " + rects);
	}

	@Test
	void comparedRunsAreStackedAndALiveRunsTheoryShowsAhead() {
		MatrixGridPlot plot = plot(List.of(new PlottedRun("A", PlotsTestData.run("A"), false),
				new PlottedRun("B", PlotsTestData.run("B", 1000, 300), true)));
		assertEquals(2, plot.grids().size());
		MatrixGridPlot.Grid live = plot.grids().get(1);
		assertEquals(PlotsTestData.SNAPSHOTS, live.steps(), "theory columns ahead of the simulation");
		assertEquals(1, live.rows().get(0).size(), "the simulation has only the snapshot at step 0");
		assertEquals(3, live.rows().get(1).size());
		UiTestSupport.screenshot(shell, "plots-matrices-compare.png");
	}
}
