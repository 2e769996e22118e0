package org.plateau.family.rnn.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plateau.core.family.PlotDescriptor;
import org.plateau.ui.plots.Plot;
import org.plateau.ui.plots.PlotContext;
import org.plateau.ui.plots.PlotTheme;
import org.plateau.ui.plots.PlottedRun;

/**
 * Both views on a Shell of their own (needs a display: xvfb-run), from a synthetic parity run: the 2047-state tree at
 * epoch 5, a merged 15-state automaton at 50, the 2-state parity automaton at 200. Moves the slider as a user does and
 * saves screenshots to {@code target/screenshots} (system property {@code plateau.screenshots}).
 */
class RnnViewsScreenshotTest {

	private static final PlotContext LIGHT = () -> PlotTheme.LIGHT;

	private Display display;
	private Shell shell;

	@BeforeEach
	void open() {
		display = Display.getDefault();
		shell = new Shell(display);
		shell.setLayout(new FillLayout());
		shell.setSize(1200, 720);
	}

	@AfterEach
	void close() {
		shell.dispose();
	}

	private static Path screenshots() throws IOException {
		Path dir = Path.of(System.getProperty("plateau.screenshots", "target/screenshots"));
		Files.createDirectories(dir);
		return dir;
	}

	private void settle() {
		for (int i = 0; i < 20; i++) {
			while (display.readAndDispatch()) {
				// drain
			}
			try {
				Thread.sleep(20);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}

	/** What the control shows on screen, copied with GC.copyArea and saved as PNG; returns the pixels. */
	private ImageData screenshot(Control control, String name) throws IOException {
		control.redraw();
		control.update();
		settle();
		Point size = control.getSize();
		Image image = new Image(display, size.x, size.y);
		GC gc = new GC(control);
		try {
			gc.copyArea(image, 0, 0);
		} finally {
			gc.dispose();
		}
		ImageData data = image.getImageData();
		image.dispose();
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { data };
		loader.save(screenshots().resolve(name).toString(), SWT.IMAGE_PNG);
		return data;
	}

	/** How many pixels have exactly this colour. */
	private static int count(ImageData data, int rgb) {
		RGB want = DrawingCanvas.rgb(rgb);
		int n = 0;
		for (int y = 0; y < data.height; y++) {
			for (int x = 0; x < data.width; x++) {
				if (data.palette.getRGB(data.getPixel(x, y)).equals(want)) {
					n++;
				}
			}
		}
		return n;
	}

	/** Moves the slider as the user does: sets it and sends the selection event. */
	private static void drag(EpochPlot plot, int position) {
		plot.slider().setSelection(position);
		plot.slider().notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
	}

	@Test
	void automatonViewOverEpochs(@TempDir Path exports) throws IOException {
		AutomatonPlotKind kind = new AutomatonPlotKind();
		PlotDescriptor descriptor = kind.plotsFor(RnnRuns.parityRun()).get(0);
		Plot created = kind.create(shell, descriptor, LIGHT);
		EpochPlot plot = (EpochPlot) created;
		plot.show(List.of(new PlottedRun("parity", RnnRuns.parityRun(), false)));
		shell.open();
		settle();
		Control canvas = plot.control();
		assertEquals(2, plot.slider().getMaximum(), "three epochs");
		assertEquals(2, plot.position(), "opens on the last epoch");
		assertEquals("epoch 200: 2 states (finite), minimal 2 states", plot.caption());
		Palette palette = Palette.LIGHT;
		ImageData late = screenshot(canvas, "automaton-epoch200.png");
		// both automata are two filled states of each output: their fills are on screen
		assertTrue(count(late, GraphLayout.stateFill(palette, 0)) > 500, "states of output 0 drawn");
		assertTrue(count(late, GraphLayout.stateFill(palette, 1)) > 500, "states of output 1 drawn");

		drag(plot, 0);
		assertEquals(0, plot.position());
		assertEquals("epoch 5: 2047 states (not finite), minimal 21 states", plot.caption());
		ImageData early = screenshot(canvas, "automaton-epoch5.png");
		// the tree's states are dots in their output's colour
		assertTrue(count(early, palette.output(1)) > 200, "the tree's odd states drawn");
		screenshot(shell, "automaton-epoch5-shell.png");

		drag(plot, 1);
		assertEquals("epoch 50: 15 states (finite), minimal 2 states", plot.caption());
		screenshot(canvas, "automaton-epoch50.png");

		// the Plots view's time cursor: the last epoch at or before its step
		plot.setTimeCursor(200);
		assertEquals(2, plot.position(), "epoch 200 at step 200");
		plot.setTimeCursor(199);
		assertEquals(1, plot.position(), "epoch 50 is the last at or before step 199");
		plot.setTimeCursor(-1);
		assertEquals(1, plot.position(), "no cursor: the slider stays");

		// a live run that grows: the slider stays on epoch 50
		plot.show(List.of(new PlottedRun("parity", RnnRuns.parityRun(), true)));
		assertEquals("epoch 50: 15 states (finite), minimal 2 states", plot.caption());

		plot.exportPng(exports.resolve("a.png"));
		plot.exportSvg(exports.resolve("a.svg"));
		plot.exportCsv(exports.resolve("a.csv"));
		assertTrue(Files.size(exports.resolve("a.png")) > 1000);
		String svg = Files.readString(exports.resolve("a.svg"));
		assertTrue(svg.contains("epoch 50: 15 states (finite), minimal 2 states"), "the caption in the SVG");
		List<String> rows = Files.readAllLines(exports.resolve("a.csv"));
		assertEquals("run,automaton,step,state,symbol,target", rows.get(0));
		// one row per (state, symbol) of every snapshot of both automata
		int expected = 2 * (2047 + 15 + 2) + 2 * (21 + 2 + 2);
		assertEquals(expected + 1, rows.size());
		assertTrue(rows.contains(",automaton,5,1023,1,"), "a leaf of the tree has no transition");
		assertTrue(rows.contains(",automaton,200,1,1,0"), "odd parity, a 1: back to even");
	}

	@Test
	void hiddenPcaViewOverEpochs(@TempDir Path exports) throws IOException {
		HiddenPcaPlotKind kind = new HiddenPcaPlotKind();
		PlotDescriptor descriptor = kind.plotsFor(RnnRuns.parityRun()).get(0);
		EpochPlot plot = (EpochPlot) kind.create(shell, descriptor, LIGHT);
		plot.show(List.of(new PlottedRun("parity", RnnRuns.parityRun(), false)));
		shell.open();
		settle();
		assertEquals("epoch 200: 2047 analysis strings (length <= 10), 2 distinct points at 1% of the spread",
				plot.caption());
		ImageData late = screenshot(plot.control(), "pca-epoch200.png");
		assertTrue(count(late, Palette.LIGHT.output(0)) > 20 && count(late, Palette.LIGHT.output(1)) > 20,
				"both outputs' points drawn");
		drag(plot, 0);
		assertTrue(plot.caption().startsWith("epoch 5: 2047 analysis strings (length <= 10), "), plot.caption());
		ImageData early = screenshot(plot.control(), "pca-epoch5.png");
		// the tree spreads the points: many more pixels of each output than the two collapsed clusters
		assertTrue(count(early, Palette.LIGHT.output(1)) > 3 * count(late, Palette.LIGHT.output(1)),
				"the tree of representations covers more of the plot than the collapsed states");
		drag(plot, 1);
		screenshot(plot.control(), "pca-epoch50.png");
		plot.exportCsv(exports.resolve("p.csv"));
		List<String> rows = Files.readAllLines(exports.resolve("p.csv"));
		assertEquals("run,step,string,pc1,pc2,length,output", rows.get(0));
		assertEquals(3 * 2047 + 1, rows.size());
	}

	@Test
	void kindsOfferNothingForOtherRuns() {
		assertTrue(new AutomatonPlotKind().plotsFor(RnnRuns.otherRun()).isEmpty());
		assertTrue(new HiddenPcaPlotKind().plotsFor(RnnRuns.otherRun()).isEmpty());
		List<PlotDescriptor> offered = new AutomatonPlotKind().plotsFor(RnnRuns.parityRun());
		assertEquals(1, offered.size());
		assertEquals("automaton", offered.get(0).matrixName());
		assertEquals("0,1", offered.get(0).option("symbols", ""));
		assertFalse(new HiddenPcaPlotKind().plotsFor(RnnRuns.parityRun()).isEmpty());
	}
}
