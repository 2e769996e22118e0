package org.plateau.figures.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plateau.core.family.PlotDescriptor;
import org.plateau.core.family.TheoryPrediction;
import org.plateau.core.figures.ParameterMap;
import org.plateau.core.results.MatrixSnapshots;
import org.plateau.core.results.ResultsTable;
import org.plateau.core.run.RunResult;
import org.plateau.core.run.TheoryResult;
import org.plateau.figures.Figure;
import org.plateau.figures.FigureKind;

/**
 * The plot kinds the next families need (images of matrix rows over time, automata, bars) and a kind contributed
 * from outside the figures bundle, written as PNG and SVG headless.
 */
class NewPlotKindsTest {

	@TempDir
	Path folder;

	/** Three 3x3 "receptive fields" (rows of a 3 x 9 matrix) that sharpen over two snapshots. */
	private static RunResult fieldsRun() {
		MatrixSnapshots snapshots = new MatrixSnapshots();
		for (long step : new long[] { 0, 100 }) {
			DMatrixRMaj fields = new DMatrixRMaj(3, 9);
			for (int k = 0; k < 3; k++) {
				for (int p = 0; p < 9; p++) {
					fields.set(k, p, step == 0 ? 0.1 * Math.sin(k + p) : p == 4 + k - 1 ? 1 : 0);
				}
			}
			snapshots.put("fields", step, fields);
		}
		// the parity automaton: state s on symbol a goes to s XOR a
		snapshots.put("automaton", 100, new DMatrixRMaj(new double[][] { { 0, 1 }, { 1, 0 } }));
		return TestRuns.runResult(TestRuns.run().simulation(), snapshots, TestRuns.run().theory(), TestRuns.completed());
	}

	@Test
	void imagesReshapeEveryRowOfTheMatrixIntoASquareAtEachSnapshot() throws IOException {
		PlotDescriptor plot = PlotDescriptor.images("fields", "Receptive fields", "t/τ", 0.01, "fields", 0);
		ImagesFigure figure = new ImagesFigure(plot, fieldsRun());
		assertEquals(Map.of("images", 3, "rows", 3, "columns", 3, "lines", 2, "strips", 1), figure.shape());
		// a grid: the last snapshot only, two images to a line
		PlotDescriptor grid = PlotDescriptor.images("grid", "Fields at the end", "t/τ", 0.01, "fields", 1)
				.withOption("lastOnly", "true").withOption("perLine", "2");
		assertEquals(Map.of("images", 3, "rows", 1, "columns", 9, "lines", 1, "strips", 2),
				new ImagesFigure(grid, fieldsRun()).shape());
		assertWritten(grid, fieldsRun());
		PlotDescriptor strip = PlotDescriptor.images("fields", "Receptive fields", "t/τ", 0.01, "fields", 1);
		assertEquals(9, new ImagesFigure(strip, fieldsRun()).shape().get("columns"), "imageRows = 1: one line of 9");
		assertWritten(plot, fieldsRun());
	}

	@Test
	void profilesDrawARowAtEverySnapshotWithTheNamedTheoryDashedOverIt() throws IOException {
		RunResult fields = fieldsRun();
		// a theory that predicts the fields at both snapshots, and one that the plot does not name
		List<TheoryResult> theory = new ArrayList<>(fields.theory());
		for (String id : List.of("bump", "other")) {
			MatrixSnapshots predicted = new MatrixSnapshots();
			for (long step : new long[] { 0, 100 }) {
				predicted.put("fields", step, fields.snapshots().of("fields").get(step).copy());
			}
			theory.add(new TheoryResult(matrixTheory(id), new ResultsTable(List.of()), predicted));
		}
		RunResult run = TestRuns.runResult(fields.simulation(), fields.snapshots(), theory, TestRuns.completed());
		PlotDescriptor plot = PlotDescriptor.profiles("field-profiles", "Receptive field over training", "step", 1, "w",
				"fields", "pixel", 1, "bump");
		assertEquals(PlotDescriptor.PROFILES, plot.kind());
		assertArrayEquals(new int[] { 2, 2 }, new ProfilesFigure(plot, run).drawn(), "two steps, 'bump' at each");
		PlotDescriptor every = PlotDescriptor.profiles("field-profiles", "Receptive field over training", "step", 1, "w",
				"fields", "pixel", 1, null);
		assertArrayEquals(new int[] { 2, 4 }, new ProfilesFigure(every, run).drawn(), "no theory named: both");
		PlotDescriptor beyond = PlotDescriptor.profiles("field-profiles", "Receptive field", "step", 1, "w", "fields",
				"pixel", 7, null);
		assertArrayEquals(new int[] { 0, 0 }, new ProfilesFigure(beyond, run).drawn(), "row 8 of 3: nothing drawn");
		assertWritten(plot, run);
		// the ramp runs from light (early) to dark (late)
		assertTrue(brightness(ProfilesFigure.colour(0)) > brightness(ProfilesFigure.colour(0.5))
				&& brightness(ProfilesFigure.colour(0.5)) > brightness(ProfilesFigure.colour(1)));
	}

	@Test
	void functionsOfTheSettingTravelInThePlotAndAreDrawnSolidAndDashed() throws IOException {
		double[] x = { 0, 0.25, 0.5, 0.75 };
		PlotDescriptor plot = PlotDescriptor.functions("amplifier", "phi(a)", "a", "phi", x, List.of(
				new PlotDescriptor.FunctionCurve("phi", new double[] { 0, 0.3, 0.55, Double.NaN }, false),
				new PlotDescriptor.FunctionCurve("line", new double[] { 0, 0.2, 0.4, 0.6 }, true)));
		assertArrayEquals(x, plot.functionArguments());
		assertEquals(2, plot.functionCurves().size());
		assertTrue(Double.isNaN(plot.functionCurves().get(0).y()[3]));
		assertTrue(plot.functionCurves().get(1).dashed());
		assertEquals(2, new FunctionsFigure(plot, TestRuns.run()).curves());
		assertWritten(plot, TestRuns.run());
		assertThrows(IllegalArgumentException.class, () -> PlotDescriptor.functions("bad", "", "a", "y", x,
				List.of(new PlotDescriptor.FunctionCurve("short", new double[2], false))));
	}

	private static int brightness(java.awt.Color colour) {
		return colour.getRed() + colour.getGreen() + colour.getBlue();
	}

	private static TheoryPrediction matrixTheory(String id) {
		return new TheoryPrediction() {
			@Override
			public String id() {
				return id;
			}

			@Override
			public String label() {
				return "theory " + id;
			}

			@Override
			public List<String> metricIds() {
				return List.of();
			}

			@Override
			public double[][] predict(long[] steps) {
				return new double[0][];
			}

			@Override
			public List<String> matrixNames() {
				return List.of("fields");
			}
		};
	}

	@Test
	void theStateGraphHasOneArrowPerPairOfStatesWithItsSymbols() throws IOException {
		PlotDescriptor plot = PlotDescriptor.stateGraph("automaton", "Parity automaton", "automaton", List.of("0", "1"));
		StateGraphFigure figure = new StateGraphFigure(plot, fieldsRun());
		assertEquals(List.of(new StateGraphFigure.Edge(0, 0, "0"), new StateGraphFigure.Edge(0, 1, "1"),
				new StateGraphFigure.Edge(1, 1, "0"), new StateGraphFigure.Edge(1, 0, "1")), figure.edges());
		assertWritten(plot, fieldsRun());
	}

	@Test
	void barsShowTheLastRecordOfEachMetricBesideEachTheory() throws IOException {
		RunResult run = TestRuns.run();
		PlotDescriptor plot = PlotDescriptor.bars("final-modes", "Final mode strengths", "a", List.of("a1", "a2", "a3"));
		BarsFigure figure = new BarsFigure(plot, run);
		ResultsTable simulation = run.simulation();
		double last = simulation.value(simulation.indexOf("a2"), simulation.size() - 1);
		double[] bars = figure.values(1);
		assertEquals(last, bars[0], 0, "the simulated bar is the last record");
		assertEquals(2.0, bars[1], 0.01, "the closed form's bar: a2 -> s = 2");
		assertWritten(plot, run);
	}

	@Test
	void aMapOverTwoParametersColoursEachCellByItsValue() throws IOException {
		double[][] loss = { { 0.5, 0.2, Double.NaN }, { 0.3, 0.05, 0.01 } };
		ParameterMap map = new ParameterMap("sweep-loss-map", "loss at the last step over eta and steps", "a grid",
				"training.learningRate", "training.steps", "loss", new double[] { 0.01, 0.02, 0.05 },
				new double[] { 10, 100 }, loss, true, true);
		ParameterMapFigure figure = new ParameterMapFigure(map);
		assertEquals(DivergingPaintScale.NOT_FINITE, figure.colour(Double.NaN), "a missing cell is grey");
		assertTrue(figure.colour(0.5).getRed() < figure.colour(0.01).getRed(), "the largest value is the darkest");
		String look = System.getProperty("plateau.figures");
		if (look != null) {
			new JFreeChartFigureRenderer().render(map, Path.of(look));
		}
		List<Path> files = new JFreeChartFigureRenderer().render(map, folder);
		assertEquals(List.of(folder.resolve("sweep-loss-map.png"), folder.resolve("sweep-loss-map.svg")), files);
	}

	@Test
	void aKindContributedByAnotherBundleDrawsItsPlots() throws IOException {
		JFreeChartFigureRenderer renderer = new JFreeChartFigureRenderer();
		PlotDescriptor plot = new PlotDescriptor("custom", "A kind of its own", "custom-kind", "t", 1, "", false,
				List.of(), null, Map.of());
		assertTrue(renderer.render(plot, TestRuns.run(), folder).isEmpty(), "no kind draws it yet: no file");
		renderer.addKind(new FigureKind() {
			@Override
			public String id() {
				return "custom-kind";
			}

			@Override
			public Figure figure(PlotDescriptor p, RunResult result) {
				return new Figure() {
					@Override
					public int width() {
						return 200;
					}

					@Override
					public int height() {
						return 100;
					}

					@Override
					public void paint(java.awt.Graphics2D g2) {
						g2.setColor(java.awt.Color.WHITE);
						g2.fillRect(0, 0, 200, 100);
						g2.setColor(java.awt.Color.BLACK);
						g2.drawString(result.experiment().getName(), 10, 50);
					}
				};
			}
		});
		List<Path> files = renderer.render(plot, TestRuns.run(), folder);
		assertEquals(List.of(folder.resolve("custom.png"), folder.resolve("custom.svg")), files);
		assertTrue(Files.readString(folder.resolve("custom.svg")).contains(TestRuns.EXPERIMENT_NAME));
	}

	private void assertWritten(PlotDescriptor plot, RunResult run) throws IOException {
		String look = System.getProperty("plateau.figures");
		if (look != null) {
			// for people to look at: -Dplateau.figures=FOLDER
			Files.createDirectories(Path.of(look));
			new JFreeChartFigureRenderer().render(plot, run, Path.of(look));
		}
		List<Path> files = new JFreeChartFigureRenderer().render(plot, run, folder);
		assertEquals(2, files.size(), plot.kind() + ": a PNG and an SVG");
		assertTrue(ImageIO.read(files.get(0).toFile()).getWidth() > 100, plot.kind() + ": the PNG reads back");
		assertTrue(Files.readString(files.get(1)).contains("<svg"), plot.kind() + ": the SVG");
	}
}
