package org.plateau.ui.internal.workflow;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.plateau.core.family.ExampleExperiment;
import org.plateau.core.family.ModelFamily;
import org.plateau.core.results.ResultsTable;
import org.plateau.core.run.RunResult;
import org.plateau.core.run.TheoryResult;
import org.plateau.model.Experiment;
import org.plateau.model.util.PlateauResources;
import org.plateau.ui.internal.UiTestSupport;
import org.plateau.ui.internal.editor.ExperimentEditor;
import org.plateau.ui.internal.navigator.ExperimentsView;
import org.plateau.ui.internal.whatif.WhatIfView;
import org.plateau.ui.plots.Curve;

/**
 * The instant loop (issue 19, item 2): a slider on the learning rate of Saxe et al.'s (2014) sigmoids redraws the
 * closed form of the what-if copy beside the experiment's, re-runs its simulation, and Apply makes the change one
 * undoable command in the editor.
 */
class WhatIfTest {

	private static final String NAME = "whatif-sigmoids";

	@AfterAll
	static void closeEditors() {
		Workbench.runs().cancelAll();
		Workbench.page().closeAllEditors(false);
	}

	@Test
	void aSliderRedrawsTheTheoryAtOnceAndApplyIsOneUndoableCommand() throws Exception {
		ExperimentsView navigator = Workbench.experiments();
		ExampleExperiment example = Workbench.runs().registry().families().stream().map(ModelFamily::examples)
				.flatMap(List::stream).filter(e -> e.fileName().equals("saxe-2014-sigmoids.plateau")).findFirst()
				.orElseThrow();
		Experiment experiment = PlateauResources.load(example.location());
		experiment.getTraining().setSteps(4000);
		Path file = navigator.workspace().create(experiment, NAME);
		ExperimentsView.showCreated(Workbench.page(), file);
		ExperimentEditor editor = (ExperimentEditor) Workbench.page().getActiveEditor();
		WhatIfView view = Workbench.view(WhatIfView.ID);
		Workbench.page().activate(editor);
		UiTestSupport.settle(100);
		view.attach(editor);
		assertTrue(view.sliderPaths().containsAll(List.of("training.learningRate", "initialisation.a0")),
				"sliders on the learning rate and the initial strength: " + view.sliderPaths());
		UiTestSupport.waitUntil("the experiment as it is is drawn", 20_000, () -> view.plot() != null);

		// the learning rate doubled: the what-if copy's closed form is drawn, on its own time
		view.set("training.learningRate", 0.002);
		UiTestSupport.waitUntil("the what-if theory is drawn", 10_000, () -> !view.latencies().isEmpty());
		UiTestSupport.waitUntil("the what-if simulation ends", 60_000, () -> !view.preview().run().isLive());
		UiTestSupport.settle(200);
		assertEquals(0.001, editor.getExperiment().getTraining().getLearningRate(), 0, "the editor's experiment is untouched");
		RunResult whatIf = view.preview().run().snapshot();
		assertEquals(0.002, whatIf.experiment().getTraining().getLearningRate(), 0);
		TheoryResult closedForm = whatIf.theory().stream().filter(t -> t.prediction().id().equals("closed-form"))
				.findFirst().orElseThrow();
		// gradient flow: the closed form depends on eta only through t = eta * step, so the what-if curve at step k is
		// the experiment's at step 2k
		List<Curve> curves = view.plot().curves();
		ResultsTable table = closedForm.table();
		assertTrue(view.statusText().startsWith("what-if: η = 0.002"), view.statusText());
		Curve changed = curves.stream().filter(c -> c.run().equals("what-if")
				&& c.source().equals("closed-form")).findFirst().orElseThrow(() -> new AssertionError(
						"no what-if closed form among " + curves.stream().map(c -> c.run() + "/" + c.source()).toList()));
		String label = changed.series().substring(changed.series().indexOf(" · "));
		String metric = whatIf.metrics().stream().filter(m -> label.equals(" · " + m.label())).findFirst().orElseThrow()
				.id();
		Curve asIs = curves.stream().filter(c -> c.run().equals("as in the editor") && c.source().equals("closed-form")
				&& c.series().endsWith(label)).findFirst().orElseThrow();
		assertArrayEquals(table.column(metric), changed.values(), 0, "the drawn curve is the preview's theory");
		int compared = 0;
		for (int i = 0; i < changed.size(); i++) {
			long step = changed.steps()[i];
			int j = java.util.Arrays.binarySearch(asIs.steps(), 2 * step);
			if (j >= 0) {
				assertEquals(asIs.values()[j], changed.values()[i], 1e-9 * Math.max(1, Math.abs(asIs.values()[j])),
						"closed form at step " + step + " (what-if) and " + 2 * step + " (as is)");
				assertEquals(asIs.times()[j], changed.times()[i], 1e-9, "the same time t/tau");
				compared++;
			}
		}
		assertTrue(compared > 20, "compared at " + compared + " steps");
		assertTrue(whatIf.simulation().size() > 0, "the what-if simulation ran");

		// moved again and again: each move cancels the stale preview; the latencies are logged
		for (double rate : new double[] { 0.0015, 0.0025, 0.003, 0.0012, 0.0018, 0.0022, 0.0028, 0.0011, 0.0019 }) {
			int before = view.latencies().size();
			view.set("training.learningRate", rate);
			UiTestSupport.waitUntil("the theory at " + rate + " is drawn", 10_000, () -> view.latencies().size() > before);
		}
		List<Double> latencies = new ArrayList<>(view.latencies());
		assertEquals(10, latencies.size(), "one redraw per change");
		assertTrue(latencies.stream().allMatch(ms -> ms > 0 && Double.isFinite(ms)), latencies.toString());
		Collections.sort(latencies);
		List<Double> preparing = new ArrayList<>(view.latencyParts().get(0));
		List<Double> drawing = new ArrayList<>(view.latencyParts().get(1));
		Collections.sort(preparing);
		Collections.sort(drawing);
		String report = String.format(Locale.ROOT, "what-if theory redraw after a change, 10 changes: median %.1f ms, "
				+ "max %.1f ms; of which preparing the copy median %.1f ms, drawing median %.1f ms%n",
				(latencies.get(4) + latencies.get(5)) / 2, latencies.get(9), median(preparing), median(drawing));
		System.out.print(report);
		Path screenshots = Path.of(System.getProperty("plateau.screenshots", "target/screenshots"));
		Files.createDirectories(screenshots);
		Files.writeString(screenshots.resolve("whatif-latency.txt"), report);

		view.set("training.learningRate", 0.002);
		UiTestSupport.waitUntil("the what-if simulation ends", 60_000,
				() -> !view.latencies().isEmpty() && view.preview() != null && !view.preview().run().isLive());
		UiTestSupport.settle(300);
		UiTestSupport.screenshot(Workbench.window().getShell(), "whatif.png");

		// Apply: one command in the editor, undone at once
		assertTrue(view.applyButton().isEnabled());
		UiTestSupport.press(view.applyButton());
		assertEquals(0.002, editor.getExperiment().getTraining().getLearningRate(), 0);
		assertTrue(editor.isDirty(), "applied, not saved");
		editor.getEditingDomain().getCommandStack().undo();
		assertEquals(0.001, editor.getExperiment().getTraining().getLearningRate(), 0, "one undo takes it back");
		assertFalse(view.applyButton().isEnabled(), "nothing left to apply");
		assertNotNull(view.whatIf());
		assertNotEquals(null, view.plot());
	}

	private static double median(List<Double> sorted) {
		int n = sorted.size();
		return n == 0 ? Double.NaN : n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
	}
}
