package org.plateau.ui.internal.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.plateau.core.family.ExampleExperiment;
import org.plateau.core.family.ModelFamily;
import org.plateau.core.family.SimulationOutcome;
import org.plateau.ui.internal.FamiliesView;
import org.plateau.ui.internal.UiTestSupport;
import org.plateau.ui.internal.editor.ExperimentEditor;
import org.plateau.ui.internal.plots.PlotsView;
import org.plateau.ui.internal.runs.LiveRun;
import org.plateau.ui.plots.Curve;
import org.plateau.ui.plots.CurvesPlot;

/**
 * The committee family (issue 18) in the workbench, as a user meets it: its example opens in the editor from the
 * Families view, runs, and the Plots view draws eps_g of SGD solid with the ODE dashed, and the overlaps R; screenshots
 * of each.
 */
class CommitteeFamilyInTheWorkbenchTest {

	@AfterAll
	static void closeEditors() {
		Workbench.runs().cancelAll();
		Workbench.page().closeAllEditors(false);
	}

	@Test
	void anExampleRunsAndShowsTheOdesOverSgd() throws Exception {
		ModelFamily committee = Workbench.family("org.plateau.family.committee");
		ExampleExperiment example = committee.examples().stream()
				.filter(e -> e.fileName().equals("committee-ode-vs-sgd.plateau")).findFirst().orElseThrow();
		FamiliesView families = Workbench.view(FamiliesView.ID);
		Path file = families.openCopy(example);
		ExperimentEditor editor = (ExperimentEditor) Workbench.page().getActiveEditor();
		assertEquals(file.toAbsolutePath().normalize(), editor.getFile());
		UiTestSupport.screenshot(Workbench.window().getShell(), "committee-editor.png");

		LiveRun run = Workbench.run(editor);
		Workbench.awaitEnd(run, 120_000);
		assertEquals(SimulationOutcome.Status.COMPLETED, run.result().outcome().status(), "run: " + run.failure());
		PlotsView plots = Workbench.plots();
		UiTestSupport.waitUntil("the Plots view shows the run", 5000, () -> plots.shownRuns().contains(run));
		assertTrue(plots.selectTab("generalisation-error"), "eps_g has a tab");
		UiTestSupport.settle(400);
		List<Curve> curves = ((CurvesPlot) plots.activePlot()).curves();
		assertTrue(curves.stream().anyMatch(c -> c.source().equals("simulation") && !c.dashed()), "SGD solid");
		assertTrue(curves.stream().anyMatch(c -> c.source().contains("ode") && c.dashed()), "the ODE dashed: " + curves);
		UiTestSupport.screenshot(Workbench.window().getShell(), "committee-error.png");
		assertTrue(plots.selectTab("teacher-overlap-map"), "the R heatmaps have a tab");
		UiTestSupport.settle(400);
		UiTestSupport.screenshot(Workbench.window().getShell(), "committee-overlaps.png");
	}
}
