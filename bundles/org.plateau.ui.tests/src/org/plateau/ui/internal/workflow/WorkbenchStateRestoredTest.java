package org.plateau.ui.internal.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.eclipse.ui.IEditorReference;
import org.junit.jupiter.api.Test;
import org.plateau.ui.internal.UiTestSupport;
import org.plateau.ui.internal.editor.ExperimentEditorInput;
import org.plateau.ui.internal.navigator.ExperimentsView;
import org.plateau.ui.internal.plots.PlotsView;
import org.plateau.ui.internal.prefs.PlateauPreferences;
import org.plateau.ui.internal.runs.RunSource;

/**
 * Second half of the restart check: a new workbench on the workspace that {@link WorkbenchStateSavedTest} left
 * finds the experiment's editor open, the Plots view on the same run and tab, the experiment and its run in the
 * navigator, and the preference kept.
 */
class WorkbenchStateRestoredTest {

	@Test
	void theWorkbenchComesBackAsItWasLeft() throws Exception {
		UiTestSupport.settle(500);
		ExperimentsView navigator = (ExperimentsView) Workbench.page().findView(ExperimentsView.ID);
		assertNotNull(navigator, "the Experiments view is open again");
		Path marker = navigator.workspace().folder().resolve(WorkbenchStateSavedTest.EXPECTED);
		assertTrue(Files.isRegularFile(marker), "the first launch left its expectations in " + marker);
		Properties expected = new Properties();
		try (var in = Files.newInputStream(marker)) {
			expected.load(in);
		}
		Path experiment = Path.of(expected.getProperty("experiment"));
		Path run = Path.of(expected.getProperty("run"));

		boolean editorOpen = false;
		for (IEditorReference reference : Workbench.page().getEditorReferences()) {
			if (reference.getEditorInput() instanceof ExperimentEditorInput input
					&& Path.of(input.getPath().toOSString()).equals(experiment)) {
				editorOpen = true;
			}
		}
		assertTrue(editorOpen, "the editor of " + experiment + " is open again");

		PlotsView plots = (PlotsView) Workbench.page().findView(PlotsView.ID);
		assertNotNull(plots, "the Plots view is open again");
		UiTestSupport.waitUntil("the Plots view shows the run again", 5000, () -> plots.shownRuns().size() == 1);
		RunSource shown = plots.shownRuns().get(0);
		assertEquals(run, shown.folder().orElseThrow(), "the same run");
		assertEquals("loss", plots.tabs().getSelection().getData("descriptorId"), "on the same tab");

		assertTrue(navigator.workspace().experiments().stream().anyMatch(e -> e.file().equals(experiment)));
		assertEquals("DARK", PlateauPreferences.instance().store().getString(PlateauPreferences.PLOT_THEME));
		UiTestSupport.screenshot(Workbench.window().getShell(), "workbench-after-restart.png");
	}
}
