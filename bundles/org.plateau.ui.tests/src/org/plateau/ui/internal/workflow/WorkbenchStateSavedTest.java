package org.plateau.ui.internal.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import org.eclipse.jface.preference.IPersistentPreferenceStore;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.plateau.core.family.ExampleExperiment;
import org.plateau.core.family.ModelFamily;
import org.plateau.core.family.SimulationOutcome;
import org.plateau.ui.internal.UiTestSupport;
import org.plateau.ui.internal.editor.ExperimentEditor;
import org.plateau.ui.internal.editor.ExperimentEditorInput;
import org.plateau.ui.internal.navigator.ExperimentsView;
import org.plateau.ui.internal.plots.PlotsView;
import org.plateau.ui.internal.prefs.PlateauPreferences;
import org.plateau.ui.internal.runs.LiveRun;

/**
 * First half of the restart check (a launch of its own, see the pom): leaves the workbench with an experiment open,
 * its run in the Plots view on the loss tab and a preference changed, then lets the test harness close the workbench.
 * {@link WorkbenchStateRestoredTest}, in the next launch on the same workspace, expects to find all of it again.
 */
class WorkbenchStateSavedTest {

	static final String NAME = "restart-check";
	static final String EXPECTED = "restart-expected.properties";

	@Test
	void leaveTheWorkbenchInAState() throws Exception {
		ExperimentsView navigator = Workbench.experiments();
		ModelFamily family = Workbench.deepLinear();
		ExampleExperiment example = family.examples().stream()
				.filter(e -> e.fileName().equals("semantic-development.plateau")).findFirst().orElseThrow();
		Path file = navigator.workspace().create(example, NAME);
		navigator.refresh();
		ExperimentEditor editor = (ExperimentEditor) Workbench.page().openEditor(new ExperimentEditorInput(file),
				ExperimentEditor.ID);
		LiveRun run = Workbench.run(editor);
		Workbench.awaitEnd(run, 60_000);
		assertEquals(SimulationOutcome.Status.COMPLETED, run.result().outcome().status());
		PlotsView plots = Workbench.plots();
		plots.show(List.of(run));
		UiTestSupport.settle(300);
		assertTrue(plots.selectTab("loss"));
		navigator.refresh();
		navigator.reveal(file);

		PlateauPreferences preferences = PlateauPreferences.instance();
		preferences.store().setValue(PlateauPreferences.PLOT_THEME, "DARK");
		((IPersistentPreferenceStore) preferences.store()).save();
		UiTestSupport.settle(300);
		assertTrue(!editor.isDirty(), "nothing unsaved: closing must not ask");
		UiTestSupport.screenshot(Workbench.window().getShell(), "workbench-before-restart.png");

		Properties expected = new Properties();
		expected.setProperty("experiment", file.toString());
		expected.setProperty("run", run.folder().orElseThrow().toString());
		try (var out = Files.newOutputStream(navigator.workspace().folder().resolve(EXPECTED))) {
			expected.store(out, "what WorkbenchStateRestoredTest expects after the restart");
		}
		assertTrue(PlatformUI.getWorkbench().getWorkbenchWindowCount() == 1);
	}
}
