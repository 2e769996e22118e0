package org.plateau.family.localization.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plateau.core.family.PlotDescriptor;
import org.plateau.core.registry.FamilyRegistry;
import org.plateau.core.run.ExperimentRunner;
import org.plateau.core.run.RunResult;
import org.plateau.core.testkit.Runs;
import org.plateau.family.localization.internal.LocalizationFamily;
import org.plateau.model.Experiment;
import org.plateau.model.util.PlateauResources;
import org.plateau.ui.plots.Plot;
import org.plateau.ui.plots.PlotContext;
import org.plateau.ui.plots.PlotTheme;
import org.plateau.ui.plots.PlottedRun;

/**
 * Both views on a Shell of their own (needs a display: xvfb-run), from real runs of the bundled examples made short:
 * {@code localization-nlgp} (one neuron on a ring, with the effective dynamics) for 150 steps and
 * {@code localization-2d} (neurons on a 30 x 30 torus) for 60 steps. Saves screenshots to {@code target/screenshots}
 * (system property {@code plateau.screenshots}) and checks the exports.
 */
class ReceptiveFieldViewsScreenshotTest {

	private static final PlotContext LIGHT = () -> PlotTheme.LIGHT;

	private Display display;
	private Shell shell;

	@BeforeEach
	void open() {
		display = Display.getDefault();
		shell = new Shell(display);
		shell.setLayout(new FillLayout());
		shell.setSize(1200, 800);
	}

	@AfterEach
	void close() {
		shell.dispose();
	}

	private static RunResult run(String example, int steps, int batch, long... snapshots) throws Exception {
		Experiment experiment = PlateauResources.load(new LocalizationFamily().examples().stream()
				.filter(e -> e.fileName().equals(example)).findFirst().orElseThrow().location());
		experiment.getTraining().setSteps(steps);
		experiment.getTraining().setBatchSize(batch);
		experiment.getTraining().getSnapshotSteps().clear();
		for (long step : snapshots) {
			experiment.getTraining().getSnapshotSteps().add(step);
		}
		return Runs.completed(new ExperimentRunner(FamilyRegistry.of(new LocalizationFamily())), experiment);
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

	/** What the control shows on screen, copied with GC.copyArea and saved as PNG. */
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
		Path dir = Path.of(System.getProperty("plateau.screenshots", "target/screenshots"));
		Files.createDirectories(dir);
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { data };
		loader.save(dir.resolve(name).toString(), SWT.IMAGE_PNG);
		return data;
	}

	/** Distinct colours on screen: a blank or one-colour canvas has one or two. */
	private static int colours(ImageData data) {
		Set<Integer> seen = new HashSet<>();
		for (int y = 0; y < data.height; y += 2) {
			for (int x = 0; x < data.width; x += 2) {
				seen.add(data.getPixel(x, y));
			}
		}
		return seen.size();
	}

	private FigurePlot shown(RunResult run, String kindOf, String label, List<String> offered) {
		List<PlotDescriptor> plots = kindOf.equals(PlotDescriptor.PROFILES) ? new ProfilesPlotKind().plotsFor(run)
				: new ImagesPlotKind().plotsFor(run);
		assertEquals(offered, plots.stream().map(PlotDescriptor::id).toList(), kindOf + " plots offered");
		Plot plot = (kindOf.equals(PlotDescriptor.PROFILES) ? new ProfilesPlotKind() : new ImagesPlotKind())
				.create(shell, plots.get(0), LIGHT);
		plot.show(List.of(new PlottedRun(label, run, false)));
		shell.open();
		shell.layout();
		settle();
		return (FigurePlot) plot;
	}

	@Test
	void theReceptiveFieldAgainstPixelWithTheEffectiveDynamics(@TempDir Path exports) throws Exception {
		RunResult run = run("localization-nlgp.plateau", 150, 2000, 0, 25, 50, 100, 150);
		FigurePlot plot = shown(run, PlotDescriptor.PROFILES, "localization-nlgp", List.of("receptive-field-profiles"));
		ImageData screen = screenshot(plot.control(), "localization-profiles.png");
		assertTrue(colours(screen) > 50, "lines in five colours, anti-aliased, over a white page: " + colours(screen));

		plot.exportPng(exports.resolve("p.png"));
		plot.exportSvg(exports.resolve("p.svg"));
		plot.exportCsv(exports.resolve("p.csv"));
		assertTrue(Files.size(exports.resolve("p.png")) > 10_000);
		assertTrue(Files.readString(exports.resolve("p.svg")).contains("<svg"));
		List<String> csv = Files.readAllLines(exports.resolve("p.csv"));
		// what the plot draws: neuron 1's field at 5 snapshots x 40 pixels, simulated and from the effective dynamics
		// (the plot's theory; the run has three more forms)
		assertEquals(1 + 5 * 40 * 2, csv.size());
		assertTrue(csv.stream().noneMatch(line -> line.contains("code-form")), "only the theory drawn");
		assertTrue(csv.get(1).startsWith("\"localization-nlgp\",\"receptive-field[1,1]\",\"simulation\",0,0.0,"), csv.get(1));
		assertTrue(csv.stream().anyMatch(line -> line.contains("\"effective-dynamics\",150,")));

		// the same run's amplifier and marginal (Fig. 2)
		List<PlotDescriptor> functions = new FunctionsPlotKind().plotsFor(run);
		assertEquals(List.of("amplifier", "marginal"), functions.stream().map(PlotDescriptor::id).toList());
		for (PlotDescriptor descriptor : functions) {
			FigurePlot view = (FigurePlot) new FunctionsPlotKind().create(shell, descriptor, LIGHT);
			plot.control().dispose();
			view.show(List.of(new PlottedRun("localization-nlgp", run, false)));
			shell.layout();
			ImageData drawn = screenshot(view.control(), "localization-" + descriptor.id() + ".png");
			assertTrue(colours(drawn) > 20, descriptor.id() + ": " + colours(drawn));
			view.exportCsv(exports.resolve(descriptor.id() + ".csv"));
			int rows = descriptor.functionArguments().length * descriptor.functionCurves().size();
			assertEquals(1 + rows, Files.readAllLines(exports.resolve(descriptor.id() + ".csv")).size());
			plot = view;
		}
	}

	@Test
	void twoDimensionalFieldsAsImages(@TempDir Path exports) throws Exception {
		RunResult run = run("localization-2d.plateau", 60, 1000, 0, 30, 60);
		// K = 20: the fields over training (the first 16) and the grid of all 20 at the end
		FigurePlot plot = shown(run, PlotDescriptor.IMAGES, "localization-2d",
				List.of("receptive-fields", "receptive-field-grid"));
		ImageData screen = screenshot(plot.control(), "localization-2d-images.png");
		assertTrue(colours(screen) > 50, "30 x 30 images on a diverging scale: " + colours(screen));
		PlotDescriptor gridPlot = new ImagesPlotKind().plotsFor(run).get(1);
		plot.control().dispose();
		FigurePlot grid = (FigurePlot) new ImagesPlotKind().create(shell, gridPlot, LIGHT);
		grid.show(List.of(new PlottedRun("localization-2d", run, false)));
		shell.layout();
		assertTrue(colours(screenshot(grid.control(), "localization-2d-grid.png")) > 50, "the grid of all 20 fields");
		grid.exportCsv(exports.resolve("grid.csv"));
		// the last snapshot only, all 20 neurons x 900 pixels, no theory (K > 1)
		assertEquals(1 + 20 * 900, Files.readAllLines(exports.resolve("grid.csv")).size());
		grid.control().dispose();
		plot = shown(run, PlotDescriptor.IMAGES, "localization-2d", List.of("receptive-fields", "receptive-field-grid"));
		assertEquals("localization-2d", plot.runLabel());

		// two runs: the first is drawn, and the caption says so
		plot.show(List.of(new PlottedRun("a", run, false), new PlottedRun("b", run, false)));
		assertEquals("a (the first of 2 runs)", plot.runLabel());
		screenshot(plot.control(), "localization-images-two-runs.png");
		plot.show(List.of());
		ImageData empty = screenshot(plot.control(), "localization-images-empty.png");
		assertTrue(colours(empty) < colours(screen), "no run: a line of text only");
	}
}
