package org.plateau.ui.internal.workflow;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.plateau.core.family.ExampleExperiment;
import org.plateau.core.family.ModelFamily;
import org.plateau.core.family.PlotDescriptor;
import org.plateau.core.results.ResultsTable;
import org.plateau.core.run.RunResult;
import org.plateau.core.run.TheoryResult;
import org.plateau.model.Experiment;
import org.plateau.model.util.PlateauResources;
import org.plateau.ui.internal.UiTestSupport;
import org.plateau.ui.internal.diagram.NetworkDiagramCanvas;
import org.plateau.ui.internal.editor.ArchitecturePage;
import org.plateau.ui.internal.editor.ExperimentEditor;
import org.plateau.ui.internal.navigator.ExperimentsView;
import org.plateau.ui.internal.plots.MatrixGridPlot;
import org.plateau.ui.internal.plots.PlotsView;
import org.plateau.ui.internal.plots.TimeScrubber;
import org.plateau.ui.internal.runs.LiveRun;
import org.plateau.ui.plots.CurvesPlot;
import org.plateau.ui.plots.CurvesPlot.CursorPoint;

/**
 * The time scrubber (issue 19, item 2): on a run of Saxe et al.'s semantic development, the cursor marks every curve
 * at its step (the simulation's recorded value and the theory's at the same step), frames the RSA snapshot of that
 * step, steps from snapshot to snapshot, draws the network's weights as they were then, and plays to the end.
 */
class TimeScrubberTest {

	private static final String NAME = "scrubber-semantic-development";

	@AfterAll
	static void closeEditors() {
		Workbench.runs().cancelAll();
		Workbench.page().closeAllEditors(false);
	}

	@Test
	void theCursorMarksEveryCurveTheSnapshotOfItsStepAndTheNetworkAsItWasThen() throws Exception {
		ExperimentsView navigator = Workbench.experiments();
		ExampleExperiment example = Workbench.runs().registry().families().stream().map(ModelFamily::examples)
				.flatMap(List::stream).filter(e -> e.fileName().equals("semantic-development.plateau")).findFirst()
				.orElseThrow();
		Experiment experiment = PlateauResources.load(example.location());
		Path file = navigator.workspace().create(experiment, NAME);
		ExperimentsView.showCreated(Workbench.page(), file);
		ExperimentEditor editor = (ExperimentEditor) Workbench.page().getActiveEditor();
		LiveRun run = Workbench.run(editor);
		Workbench.awaitEnd(run, 60_000);
		RunResult result = run.result();
		assertNotNull(result, () -> "the run ended with a result: " + run.failure());

		PlotsView plots = Workbench.plots();
		UiTestSupport.waitUntil("the Plots view shows the run", 5000,
				() -> plots.shownRuns().size() == 1 && plots.shownRuns().get(0) == run);
		TimeScrubber scrubber = plots.scrubber();
		assertEquals(-1, scrubber.step(), "no cursor until the scrubber is moved");
		TreeSet<Long> snapshotSteps = new TreeSet<>();
		result.snapshots().names().forEach(name -> snapshotSteps.addAll(result.snapshots().of(name).keySet()));
		assertTrue(snapshotSteps.size() >= 3, "the example takes snapshots: " + snapshotSteps);
		List<Long> snapshots = new ArrayList<>(snapshotSteps);
		long second = snapshots.get(1);

		// every curve is marked at the cursor's step: the simulation's recorded value, the theory's at that step
		assertTrue(plots.selectTab("mode-strengths"));
		UiTestSupport.settle(200);
		scrubber.moveTo(second);
		assertEquals(second, scrubber.step());
		assertTrue(scrubber.labelText().startsWith("step " + second), scrubber.labelText());
		CurvesPlot chart = (CurvesPlot) plots.activePlot();
		List<CursorPoint> points = chart.cursorPoints();
		assertEquals(chart.curves().size(), points.size(), "one point on every curve");
		ResultsTable simulation = result.simulation();
		int row = Arrays.binarySearch(simulation.steps(), second);
		assertTrue(row >= 0, "a snapshot step is a recorded step");
		TheoryResult theory = result.theory().get(0);
		int theoryRow = Arrays.binarySearch(theory.table().steps(), second);
		int checked = 0;
		for (CursorPoint point : points) {
			assertEquals(second * result.experiment().getTraining().getLearningRate(), point.time(), 1e-9,
					"t/τ = η · step for " + point.curve().series());
			double[] expected = point.curve().isSimulation() ? simulation.column(metricOf(result, point)) : null;
			if (expected != null) {
				assertEquals(expected[row], point.value(), 0, point.curve().series());
				checked++;
			} else if (point.curve().source().equals(theory.prediction().id()) && theoryRow >= 0) {
				assertEquals(theory.table().column(metricOf(result, point))[theoryRow], point.value(), 0,
						point.curve().series());
				checked++;
			}
		}
		assertTrue(checked >= 2, "simulation and theory checked: " + checked);
		Workbench.page().activate(plots);
		UiTestSupport.settle(200);
		UiTestSupport.screenshot(Workbench.window().getShell(), "plots-time-cursor.png");

		// the snapshot of the cursor's step is framed; a step goes to the next snapshot
		PlotDescriptor rsa = result.plotsOfKind(PlotDescriptor.MATRICES).get(0);
		assertTrue(plots.selectTab(rsa.id()));
		UiTestSupport.settle(200);
		MatrixGridPlot grid = (MatrixGridPlot) plots.activePlot();
		assertEquals(List.of(1), grid.cursorColumns(), "the second snapshot");
		scrubber.stepBy(1);
		assertEquals(snapshots.get(2), scrubber.step());
		assertEquals(List.of(2), grid.cursorColumns(), "the third snapshot");
		UiTestSupport.settle(200);
		UiTestSupport.screenshot(Workbench.window().getShell(), "plots-time-cursor-snapshots.png");

		// the network as it was at the cursor's step
		editor.setActivePage(ArchitecturePage.ID);
		NetworkDiagramCanvas canvas = editor.architecturePage().canvas();
		long third = snapshots.get(2);
		double[] then = run.networkState(third).orElseThrow().state().weightNorms();
		UiTestSupport.waitUntil("the diagram shows the network at the cursor", 5000,
				() -> canvas.liveState() != null && Arrays.equals(then, canvas.liveState().weightNorms()));
		double[] end = run.networkState().orElseThrow().state().weightNorms();
		assertFalse(Arrays.equals(then, end), "the weights grew after step " + third);
		UiTestSupport.settle(200);
		UiTestSupport.screenshot(Workbench.window().getShell(), "architecture-time-cursor.png");

		// play: to the last record, the diagram with it
		scrubber.togglePlay();
		assertTrue(scrubber.isPlaying());
		UiTestSupport.waitUntil("play reaches the end", 20_000, () -> !scrubber.isPlaying());
		assertEquals(simulation.step(simulation.size() - 1), scrubber.step());
		UiTestSupport.waitUntil("the diagram follows to the end", 5000,
				() -> Arrays.equals(end, canvas.liveState().weightNorms()));
		assertArrayEquals(end, canvas.liveState().weightNorms(), 0);
		editor.setActivePage(org.plateau.ui.internal.editor.SettingsPage.ID);
	}

	/** The metric a curve draws: the one whose label its series names. */
	private static String metricOf(RunResult result, CursorPoint point) {
		String series = point.curve().series();
		return result.metrics().stream().filter(m -> series.equals(m.label()) || series.endsWith(m.label()))
				.map(m -> m.id()).findFirst()
				.orElseThrow(() -> new AssertionError("no metric for " + series + " among " + result.metrics()));
	}
}
