package org.plateau.ui.internal.plots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.custom.CTabItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plateau.core.run.RunResult;
import org.plateau.ui.internal.UiTestSupport;
import org.plateau.ui.internal.runs.RunSource;
import org.plateau.ui.plots.CurvesPlot;
import org.plateau.ui.plots.Plot;
import org.plateau.ui.plots.PlottedRun;

/** The Plots view in the workbench: tabs of the contributed kinds, live updates, exports, the empty state. */
class PlotsViewTest {

	@TempDir
	Path folder;

	private IWorkbenchPage page;
	private PlotsView view;

	@BeforeEach
	void openView() throws Exception {
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		view = (PlotsView) page.showView(PlotsView.ID);
		view.setLinkWithSelection(false);
		UiTestSupport.settle(100);
	}

	@AfterEach
	void closeView() {
		page.hideView(view);
	}

	/** Issue 19 (form polish): a live run's status says how long it still needs at its pace so far. */
	@Test
	void aLiveRunSaysHowLongItStillNeeds() {
		RunResult r = PlotsTestData.run("eta", 1000, 250);
		Instant now = Instant.now();
		RunResult tenSecondsIn = new RunResult(r.experiment(), r.family(), now.minusSeconds(10), r.wallTimeSeconds(),
				r.outcome(), r.metrics(), r.matrices(), r.simulation(), r.snapshots(), r.theory(), r.plots(), r.warnings());
		assertEquals("30 s", PlotsView.timeLeft(tenSecondsIn, 250, 1000, now));
		assertEquals("8 min", PlotsView.timeLeft(tenSecondsIn, 20, 1000, now));
		assertEquals("", PlotsView.timeLeft(tenSecondsIn, 0, 1000, now), "no step yet: no estimate");
		assertEquals("", PlotsView.timeLeft(r, 250, 1000, r.started()), "under a second in: no estimate");
		String status = PlotsView.describe(new PlottedRun("eta", tenSecondsIn, true));
		assertTrue(status.contains("running · step 250 of 1000 · about "), status);
	}

	@Test
	void showsATabPerOfferedPlotAndFollowsALiveRun() throws Exception {
		view.show(List.of());
		assertTrue(view.plots().isEmpty());
		PlotsTestData.FakeSource source = new PlotsTestData.FakeSource("semantic-development",
				PlotsTestData.run("semantic-development", 1000, 300), true);
		view.show(List.of(source));
		UiTestSupport.settle(100);
		List<String> titles = Arrays.stream(view.tabs().getItems()).map(CTabItem::getText).toList();
		// curves (order 10), matrices (20), the example's learning speed (50)
		assertEquals(List.of("Mode strengths", "Loss", "Weights W", "Learning speed d/dt of: Mode strengths"), titles);
		assertTrue(view.statusText().contains("semantic-development · running · step 300 of 1000"), view.statusText());

		assertTrue(view.selectTab("weights"));
		Plot matrices = view.activePlot();
		assertInstanceOf(MatrixGridPlot.class, matrices);
		// the run grows: the view polls, redraws in place and keeps the tab
		source.update(PlotsTestData.run("semantic-development", 1000, 600), true);
		UiTestSupport.waitUntil("the live run redrawn", 3000,
				() -> view.statusText().contains("step 600 of 1000"));
		assertSame(matrices, view.activePlot(), "same plots, same tab");
		source.update(PlotsTestData.run("semantic-development", 1000, 1000), false);
		UiTestSupport.waitUntil("the finished run redrawn", 3000,
				() -> !view.statusText().contains("running"));
		CurvesPlot modes = (CurvesPlot) view.plots().get(0);
		assertEquals(101, modes.curves().get(0).size());

		assertTrue(view.selectTab("modes"));
		Path csv = folder.resolve("modes.csv");
		view.exportActive(csv);
		assertEquals(1 + 4 * 101, Files.readAllLines(csv).size());
		Path png = folder.resolve("modes.png");
		view.exportActive(png);
		assertTrue(Files.size(png) > 1000);
		assertEquals("semantic-development-modes.svg", view.defaultFileName("svg"));
		UiTestSupport.screenshot(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), "plots-view.png");
	}

	@Test
	void comparesRunsAndKeepsTheSelectedPlot() {
		RunSource a = new PlotsTestData.FakeSource("A", PlotsTestData.run("A"), false);
		RunSource b = new PlotsTestData.FakeSource("B", PlotsTestData.run("B", 800, 800), false);
		view.show(List.of(a));
		assertTrue(view.selectTab("loss"));
		Plot before = view.activePlot();
		view.show(List.of(a, b));
		assertEquals(List.of(a, b), view.shownRuns());
		assertSame(before, view.activePlot(), "same offered plots: tabs not rebuilt");
		assertEquals(2, ((CurvesPlot) view.activePlot()).curves().stream().map(c -> c.run()).distinct().count());
		assertTrue(view.statusText().startsWith("Comparing 2 runs"), view.statusText());
		assertFalse(view.plots().isEmpty());
	}
}
