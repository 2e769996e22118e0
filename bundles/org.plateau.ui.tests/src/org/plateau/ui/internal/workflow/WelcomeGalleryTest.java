package org.plateau.ui.internal.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.plateau.core.family.ExampleExperiment;
import org.plateau.model.util.PlateauResources;
import org.plateau.ui.internal.UiTestSupport;
import org.plateau.ui.internal.editor.ExperimentEditor;
import org.plateau.ui.internal.plots.PlotsView;
import org.plateau.ui.internal.prefs.PlateauPreferences;
import org.plateau.ui.internal.runs.LiveRun;
import org.plateau.ui.internal.welcome.WelcomeEditor;

/**
 * The welcome page (issue 19, item 5): at the first launch it fills the window with the example gallery, every
 * example of every installed family with a thumbnail of its main figure, and one click copies an example, opens it,
 * runs it and shows its curves, with the layout back.
 */
class WelcomeGalleryTest {

	@AfterAll
	static void closeEditors() {
		Workbench.runs().cancelAll();
		Workbench.page().closeAllEditors(false);
	}

	@Test
	void theFirstLaunchShowsTheGalleryAndOneClickRunsAnExample() throws Exception {
		IWorkbenchPage page = Workbench.page();
		page.closeAllEditors(false);
		PlateauPreferences preferences = new PlateauPreferences(
				new ScopedPreferenceStore(InstanceScope.INSTANCE, PlateauPreferences.NODE));
		preferences.store().setValue(PlateauPreferences.WELCOME_SHOWN, false);

		assertTrue(WelcomeEditor.openAtFirstLaunch(Workbench.window(), preferences), "the first launch opens it");
		UiTestSupport.settle(500);
		WelcomeEditor welcome = (WelcomeEditor) page.getActiveEditor();
		assertNotNull(welcome);
		assertEquals(IWorkbenchPage.STATE_MAXIMIZED, page.getPartState(page.getReference(welcome)), "it fills the window");
		assertTrue(preferences.store().getBoolean(PlateauPreferences.WELCOME_SHOWN));
		assertFalse(WelcomeEditor.openAtFirstLaunch(Workbench.window(), preferences), "and only the first");

		// every example of every family has a card; every example experiment its figure's thumbnail
		List<ExampleExperiment> examples = Workbench.runs().registry().families().stream()
				.flatMap(f -> java.util.stream.Stream.concat(f.examples().stream(), f.exampleSweeps().stream())).toList();
		// the examples are read in the background and their cards added a few at a time
		UiTestSupport.waitUntil("every example has its card", 30_000, () -> welcome.cards().size() == examples.size());
		UiTestSupport.settle(300);
		assertEquals(examples.size(), welcome.cards().size(), "a card per example");
		List<String> withoutThumbnail = welcome.cards().stream()
				.filter(c -> !c.example().fileName().endsWith("." + PlateauResources.SWEEP_FILE_EXTENSION))
				.filter(c -> !c.hasThumbnail()).map(c -> c.example().fileName()).toList();
		assertTrue(withoutThumbnail.isEmpty(), "examples without a thumbnail (releng/gallery/make-thumbnails.sh makes "
				+ "them): " + withoutThumbnail);
		// what a researcher reads names papers and figures, not the ids of the specification's checks
		java.util.regex.Pattern checkId = java.util.regex.Pattern.compile("\\bspec [0-9C]|\\bC\\d+\\.\\d+|check \\d+-[A-Z]");
		List<String> withIds = welcome.cards().stream().map(c -> c.example())
				.filter(e -> checkId.matcher(e.title() + " " + e.description()).find()).map(ExampleExperiment::fileName)
				.toList();
		assertTrue(withIds.isEmpty(), "examples whose notes cite check ids: " + withIds);
		UiTestSupport.screenshot(Workbench.window().getShell(), "welcome-gallery.png");

		// one click: copied, opened, run, plotted, and the layout is back
		WelcomeEditor.Card sigmoids = welcome.cards().stream()
				.filter(c -> c.example().fileName().equals("saxe-2014-sigmoids.plateau")).findFirst().orElseThrow();
		List<LiveRun> started = new CopyOnWriteArrayList<>();
		Consumer<LiveRun> listener = run -> {
			if (!started.contains(run)) {
				started.add(run);
			}
		};
		Workbench.runs().addListener(listener);
		try {
			UiTestSupport.press(sigmoids.openAndRun());
		} finally {
			Workbench.runs().removeListener(listener);
		}
		assertFalse(started.isEmpty(), "the example runs");
		LiveRun run = started.get(0);
		assertTrue(page.getActiveEditor() instanceof ExperimentEditor editor
				&& editor.getExperiment().getName().startsWith("saxe-2014-sigmoids"), "its copy is open in the editor");
		assertEquals(IWorkbenchPage.STATE_RESTORED, page.getPartState(page.getReference(welcome)),
				"the layout is back: the plots show beside the editor");
		Workbench.awaitEnd(run, 60_000);
		PlotsView plots = Workbench.plots();
		UiTestSupport.waitUntil("the Plots view draws the run", 10_000,
				() -> plots.shownRuns().stream().anyMatch(r -> r.folder().equals(run.folder())));
		UiTestSupport.settle(300);
		UiTestSupport.screenshot(Workbench.window().getShell(), "welcome-example-run.png");
	}
}
