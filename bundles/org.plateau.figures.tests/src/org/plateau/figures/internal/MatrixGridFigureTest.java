package org.plateau.figures.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plateau.core.results.MatrixSnapshots;
import org.plateau.core.results.ResultsTable;
import org.plateau.core.run.RunResult;
import org.plateau.core.run.TheoryResult;

class MatrixGridFigureTest {

	@TempDir
	Path folder;

	@Test
	void oneRowForTheSimulationAndOnePerTheoryPredictingTheMatrix() {
		// the early-time linearisation predicts no matrix: no row for it
		MatrixGridFigure figure = new MatrixGridFigure(TestRuns.mapPlot(), TestRuns.run());

		assertEquals(List.of("Simulation", "Theory: closed form"),
				figure.rows().stream().map(MatrixGridFigure.Row::heading).toList());
		assertEquals(LongStream.of(TestRuns.SNAPSHOT_STEPS).boxed().toList(), figure.steps());
	}

	@Test
	void addingATheoryRowMakesTheFigureTaller() {
		RunResult simulationOnly = TestRuns.run(List.of(), TestRuns.completed());

		MatrixGridFigure one = new MatrixGridFigure(TestRuns.mapPlot(), simulationOnly);
		MatrixGridFigure two = new MatrixGridFigure(TestRuns.mapPlot(), TestRuns.run());

		assertEquals(one.cell(), two.cell());
		assertTrue(two.height() >= one.height() + 6 * two.cell(), one.height() + " then " + two.height());
	}

	@Test
	void cellsTakeTheEndColoursOfTheSymmetricScale() throws IOException {
		// +2 and -2 are the extremes: the scale runs over [-2, 2] and those cells are pure red and pure blue
		DMatrixRMaj matrix = new DMatrixRMaj(new double[][] { { 2, 0.5 }, { 0, -2 } });
		BufferedImage image = render(singleSnapshot(matrix));

		int cellArea = cellOf(singleSnapshot(matrix)) * cellOf(singleSnapshot(matrix));
		assertTrue(Pixels.count(image, DivergingPaintScale.POSITIVE, 0) >= cellArea, "no red cell");
		assertTrue(Pixels.count(image, DivergingPaintScale.NEGATIVE, 0) >= cellArea, "no blue cell");
	}

	@Test
	void aPositiveMatrixShowsNoBlueCells() throws IOException {
		// the colour bar still reaches blue at its bottom pixel row, so allow one row of the bar (18 px wide)
		DMatrixRMaj matrix = new DMatrixRMaj(new double[][] { { 2, 0.5 }, { 1, 1.5 } });
		BufferedImage image = render(singleSnapshot(matrix));

		assertTrue(Pixels.count(image, DivergingPaintScale.NEGATIVE, 0) <= 2 * 18,
				Pixels.count(image, DivergingPaintScale.NEGATIVE, 0) + " blue pixels");
		assertTrue(Pixels.count(image, DivergingPaintScale.POSITIVE, 0) >= cellOf(singleSnapshot(matrix)));
	}

	@Test
	void manySnapshotsAreThinnedKeepingFirstAndLast() {
		ResultsTable table = new ResultsTable(List.of("a1"));
		MatrixSnapshots snapshots = new MatrixSnapshots();
		List<Long> steps = new ArrayList<>();
		for (long step = 0; step <= 300; step += 10) {
			snapshots.put(TestRuns.MATRIX, step, new DMatrixRMaj(2, 2));
			steps.add(step);
		}
		RunResult result = TestRuns.runResult(table, snapshots, List.<TheoryResult> of(), TestRuns.completed());

		List<Long> shown = new MatrixGridFigure(TestRuns.mapPlot(), result).steps();

		assertEquals(MatrixGridFigure.MAX_COLUMNS, shown.size());
		assertEquals(0L, shown.get(0));
		assertEquals(300L, shown.get(shown.size() - 1));
		assertTrue(steps.containsAll(shown));
	}

	@Test
	void largeMatricesFitTheWidth() {
		DMatrixRMaj big = new DMatrixRMaj(120, 120);
		MatrixGridFigure figure = new MatrixGridFigure(TestRuns.mapPlot(), singleSnapshot(big));

		assertTrue(figure.cell() >= 1);
		assertTrue(figure.cell() * 120 <= MatrixGridFigure.WIDTH, "cell " + figure.cell());
	}

	private BufferedImage render(RunResult result) throws IOException {
		List<Path> written = new JFreeChartFigureRenderer().render(TestRuns.mapPlot(), result, folder);
		return Pixels.read(written.get(0));
	}

	private static int cellOf(RunResult result) {
		return new MatrixGridFigure(TestRuns.mapPlot(), result).cell();
	}

	private static RunResult singleSnapshot(DMatrixRMaj matrix) {
		MatrixSnapshots snapshots = new MatrixSnapshots();
		snapshots.put(TestRuns.MATRIX, 100, matrix);
		return TestRuns.runResult(new ResultsTable(List.of("a1")), snapshots, List.of(), TestRuns.completed());
	}
}
