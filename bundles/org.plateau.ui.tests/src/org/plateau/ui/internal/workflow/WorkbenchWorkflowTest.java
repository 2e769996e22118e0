package org.plateau.ui.internal.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.plateau.core.family.MetricDescriptor;
import org.plateau.core.family.SimulationOutcome;
import org.plateau.core.results.ResultsTable;
import org.plateau.core.run.RunResult;
import org.plateau.model.PlateauPackage;
import org.plateau.model.Training;
import org.plateau.ui.internal.UiTestSupport;
import org.plateau.ui.internal.diagram.NetworkDiagramCanvas;
import org.plateau.ui.internal.editor.ArchitecturePage;
import org.plateau.ui.internal.editor.ExperimentEditor;
import org.plateau.ui.internal.editor.SettingsPage;
import org.plateau.ui.internal.navigator.ExperimentEntry;
import org.plateau.ui.internal.navigator.ExperimentsView;
import org.plateau.ui.internal.navigator.NewExperimentWizard;
import org.plateau.ui.internal.navigator.RunEntry;
import org.plateau.ui.internal.plots.PlotsView;
import org.plateau.ui.internal.prefs.PlateauPreferences;
import org.plateau.ui.internal.runs.LiveRun;
import org.plateau.ui.internal.runs.RunSource;
import org.plateau.ui.plots.Curve;
import org.plateau.ui.plots.CurvesPlot;

/**
 * The researcher's path through the workbench, in order: a new experiment from a family's example through the
 * wizard; run it and watch theory and simulation; change the learning rate and run again; compare the two runs on one
 * chart; export the figure and the data; a long run stopped half way keeps its partial results.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkbenchWorkflowTest {

	private static final String NAME = "workflow-semantic";
	private static ExperimentEditor editor;
	private static final List<LiveRun> finished = new ArrayList<>();

	@TempDir
	static Path exports;

	@AfterAll
	static void closeEditors() {
		Workbench.runs().cancelAll();
		Workbench.page().closeAllEditors(false);
	}

	private static int modeCount(RunResult result) {
		return result.plots().stream().filter(p -> p.id().equals("mode-strengths")).findFirst().orElseThrow()
				.metricIds().size();
	}

	@Test
	@Order(1)
	void theNewExperimentWizardStartsFromAFamilysExample() throws Exception {
		ExperimentsView navigator = Workbench.experiments();
		NewExperimentWizard wizard = new NewExperimentWizard();
		wizard.init(org.eclipse.ui.PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
		WizardDialog dialog = new WizardDialog(Workbench.window().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		UiTestSupport.settle(200);
		NewExperimentWizard.StartPage page = wizard.startPage();
		TreeViewer tree = page.tree();
		Object semantic = null;
		for (Object family : ((org.eclipse.jface.viewers.ITreeContentProvider) tree.getContentProvider())
				.getElements(tree.getInput())) {
			for (Object example : ((org.eclipse.jface.viewers.ITreeContentProvider) tree.getContentProvider())
					.getChildren(family)) {
				if (example.toString().contains("semantic-development")
						|| ((org.plateau.core.family.ExampleExperiment) example).fileName().equals("semantic-development.plateau")) {
					semantic = example;
				}
			}
		}
		assertNotNull(semantic, "the deep linear family offers semantic-development as a starting point");
		tree.setSelection(new StructuredSelection(semantic), true);
		UiTestSupport.settle(50);
		assertEquals("semantic-development", page.name(), "the name defaults to the example's");
		UiTestSupport.type(page.nameField(), "bad name!");
		assertFalse(page.isPageComplete(), "a name that cannot name a file is refused");
		UiTestSupport.type(page.nameField(), NAME);
		assertTrue(page.isPageComplete(), page.getErrorMessage());
		Shell shell = dialog.getShell();
		UiTestSupport.screenshot(shell, "new-experiment-wizard.png");
		UiTestSupport.press(UiTestSupport.button(shell, "Finish"));
		UiTestSupport.waitUntil("the wizard closes", 5000, () -> shell.isDisposed());

		Path file = navigator.workspace().fileOf(NAME);
		assertTrue(Files.isRegularFile(file), "the experiment is saved in the workspace: " + file);
		IEditorPart active = Workbench.page().getActiveEditor();
		assertTrue(active instanceof ExperimentEditor, "the new experiment opens in the editor");
		editor = (ExperimentEditor) active;
		assertEquals(NAME, editor.getExperiment().getName());
		navigator.refresh();
		assertTrue(navigator.workspace().experiments().stream().anyMatch(e -> e.name().equals(NAME)),
				"the navigator lists it");
	}

	@Test
	@Order(2)
	void aRunShowsTheTheoryOverTheSimulationAndIsSavedBesideTheExperiment() throws Exception {
		LiveRun run = Workbench.run(editor);
		Workbench.awaitEnd(run, 60_000);
		RunResult result = run.result();
		assertNotNull(result, "the run ended with a result: " + run.failure());
		assertEquals(SimulationOutcome.Status.COMPLETED, result.outcome().status());
		finished.add(run);

		PlotsView plots = Workbench.plots();
		UiTestSupport.waitUntil("the Plots view shows the run", 5000,
				() -> plots.shownRuns().size() == 1 && plots.shownRuns().get(0) == run);
		assertTrue(plots.selectTab("mode-strengths"), "the family's mode-strength plot has a tab");
		UiTestSupport.settle(400);
		CurvesPlot chart = (CurvesPlot) plots.activePlot();
		List<Curve> curves = chart.curves();
		assertTrue(curves.stream().anyMatch(c -> c.source().equals("simulation") && !c.dashed()),
				"simulated modes are drawn solid");
		assertTrue(curves.stream().anyMatch(c -> !c.source().equals("simulation") && c.dashed()),
				"theory is drawn dashed");
		int modes = modeCount(result);
		assertTrue(chart.chart().getSeriesSet().getSeries().length >= 2 * modes,
				modes + " modes x (simulation + theory) series");
		UiTestSupport.screenshot(Workbench.window().getShell(), "workbench-run-completed.png");

		// the architecture page draws the run's weights on the network: one norm per weight matrix
		editor.setActivePage(ArchitecturePage.ID);
		NetworkDiagramCanvas canvas = editor.architecturePage().canvas();
		UiTestSupport.waitUntil("the diagram shows the run's weight norms", 5000, () -> canvas.liveState() != null);
		double[] norms = canvas.liveState().weightNorms();
		assertEquals(2, norms.length, "W1 and W2 of the two-layer network");
		assertTrue(norms[0] > 0.1 && norms[1] > 0.1, "the weights grew from their small start: " + Arrays.toString(norms));
		UiTestSupport.settle(300);
		UiTestSupport.screenshot(Workbench.window().getShell(), "workbench-architecture-live.png");
		editor.setActivePage(SettingsPage.ID);

		Path folder = run.folder().orElseThrow();
		for (String file : List.of("metrics.csv", "theory.csv", "manifest.json", "experiment.plateau")) {
			assertTrue(Files.size(folder.resolve(file)) > 0, file + " in " + folder);
		}
		ExperimentsView navigator = Workbench.experiments();
		navigator.refresh();
		ExperimentEntry entry = navigator.workspace().experiments().stream().filter(e -> e.name().equals(NAME))
				.findFirst().orElseThrow();
		List<RunEntry> stored = navigator.workspace().runs(entry);
		assertEquals(1, stored.size(), "the navigator lists the stored run");
		assertTrue(stored.get(0).describe().startsWith("completed"), stored.get(0).describe());
	}

	@Test
	@Order(3)
	void aChangedLearningRateRunsAgainAndTwoRunsCompareOnOneChart() throws Exception {
		Training training = editor.getExperiment().getTraining();
		editor.getEditingDomain().getCommandStack().execute(SetCommand.create(editor.getEditingDomain(), training,
				PlateauPackage.Literals.TRAINING__LEARNING_RATE, 0.02));
		assertTrue(editor.isDirty());
		LiveRun second = Workbench.run(editor);
		assertEquals(0.02, second.experiment().getTraining().getLearningRate(), 0,
				"the run trains the experiment as edited, unsaved");
		// Ctrl+R says on the status line which experiment it ran, and that the unsaved edit is in it
		UiTestSupport.settle(100);
		assertFalse(UiTestSupport.find(Workbench.window().getShell(), org.eclipse.swt.custom.CLabel.class,
				label -> label.getText() != null
						&& label.getText().startsWith("Running '" + NAME + "' as edited (unsaved changes included)"))
				.isEmpty(), "the status line names the experiment that Ctrl+R ran");
		Workbench.awaitEnd(second, 60_000);
		assertEquals(SimulationOutcome.Status.COMPLETED, second.result().outcome().status());
		finished.add(second);
		RunResult first = finished.get(0).result();

		// the new run alone, in the tab the first run's plot made: drawn on its own time (t = eta step), not the first's
		PlotsView plots = Workbench.plots();
		UiTestSupport.waitUntil("the Plots view shows the second run", 5000,
				() -> plots.shownRuns().size() == 1 && plots.shownRuns().get(0) == second);
		plots.selectTab("mode-strengths");
		UiTestSupport.settle(400);
		List<Curve> alone = ((CurvesPlot) plots.activePlot()).curves();
		assertDrawnOnItsOwnTime(alone, alone.get(0).run(), second.result());

		ExperimentsView navigator = Workbench.experiments();
		navigator.refresh();
		ExperimentEntry entry = navigator.workspace().experiments().stream().filter(e -> e.name().equals(NAME))
				.findFirst().orElseThrow();
		List<RunEntry> stored = navigator.workspace().runs(entry);
		assertEquals(2, stored.size());
		navigator.viewer().expandToLevel(entry, 1);
		navigator.viewer().setSelection(new StructuredSelection(stored), true);
		UiTestSupport.settle(100);
		Workbench.execute("org.plateau.ui.commands.compare", navigator);
		UiTestSupport.waitUntil("the Plots view compares two runs", 5000, () -> plots.shownRuns().size() == 2);
		plots.selectTab("mode-strengths");
		UiTestSupport.settle(400);
		CurvesPlot chart = (CurvesPlot) plots.activePlot();
		List<String> runsDrawn = chart.curves().stream().map(Curve::run).distinct().toList();
		assertEquals(2, runsDrawn.size(), "curves of both runs: " + runsDrawn);
		assertTrue(runsDrawn.contains("η = 0.02") && runsDrawn.contains("η = 0.01"),
				"compared runs are named by the setting that differs: " + runsDrawn);
		assertTrue(chart.curves().stream().map(Curve::colour).distinct().count() >= 2, "one colour per run");
		// each run on its own time scale: the same steps at twice the learning rate reach twice the time
		assertDrawnOnItsOwnTime(chart.curves(), "η = 0.01", first);
		assertDrawnOnItsOwnTime(chart.curves(), "η = 0.02", second.result());
		assertEquals(2 * lastTime(chart.curves(), "η = 0.01"), lastTime(chart.curves(), "η = 0.02"),
				1e-9, "the run at eta = 0.02 ends at twice the time of the run at 0.01 (same steps)");
		UiTestSupport.screenshot(Workbench.window().getShell(), "workbench-compare-runs.png");
	}

	/** Every curve of a run has t = step times the run's own time scale (its own plot's, from its learning rate). */
	private static void assertDrawnOnItsOwnTime(List<Curve> curves, String run, RunResult result) {
		double scale = result.plots().stream().filter(p -> p.id().equals("mode-strengths")).findFirst().orElseThrow()
				.timeScale();
		List<Curve> mine = curves.stream().filter(c -> c.run().equals(run)).toList();
		assertFalse(mine.isEmpty(), "curves of " + run);
		for (Curve curve : mine) {
			for (int i = 0; i < curve.steps().length; i++) {
				assertEquals(curve.steps()[i] * scale, curve.times()[i], 1e-12 * Math.max(1, curve.times()[i]),
						run + " " + curve.series() + " (" + curve.source() + ") at step " + curve.steps()[i]);
			}
		}
	}

	private static double lastTime(List<Curve> curves, String run) {
		return curves.stream().filter(c -> c.run().equals(run) && c.source().equals("simulation"))
				.mapToDouble(c -> c.times()[c.times().length - 1]).max().orElseThrow();
	}

	@Test
	@Order(4)
	void theChartExportsToPngSvgAndCsvAndTheCsvIsTheRunsData() throws Exception {
		LiveRun run = finished.get(0);
		PlotsView plots = Workbench.plots();
		plots.show(List.of(run));
		UiTestSupport.settle(300);
		assertTrue(plots.selectTab("mode-strengths"));
		UiTestSupport.settle(300);
		Path png = exports.resolve("modes.png");
		Path svg = exports.resolve("modes.svg");
		Path csv = exports.resolve("modes.csv");
		plots.exportActive(png);
		plots.exportActive(svg);
		plots.exportActive(csv);
		byte[] pngBytes = Files.readAllBytes(png);
		assertTrue(pngBytes.length > 1000 && pngBytes[1] == 'P' && pngBytes[2] == 'N' && pngBytes[3] == 'G', "a PNG image");
		assertTrue(Files.readString(svg).contains("<svg"), "an SVG image");

		// every simulated point of the CSV is the run's recorded value, bit for bit
		RunResult result = run.result();
		ResultsTable table = result.simulation();
		Map<String, String> idOfLabel = new HashMap<>();
		for (MetricDescriptor metric : result.metrics()) {
			idOfLabel.put(metric.label(), metric.id());
		}
		int checked = 0;
		try (Reader in = Files.newBufferedReader(csv);
				CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
			assertEquals(List.of("run", "series", "source", "step", "time", "value"), parser.getHeaderNames());
			Map<Long, Integer> rowOfStep = new HashMap<>();
			for (int i = 0; i < table.size(); i++) {
				rowOfStep.put(table.step(i), i);
			}
			for (CSVRecord record : parser) {
				if (!record.get("source").equals("simulation")) {
					continue;
				}
				String id = idOfLabel.getOrDefault(record.get("series"), record.get("series"));
				int column = table.indexOf(id);
				assertTrue(column >= 0, "series " + record.get("series") + " is a metric of the run");
				long step = Long.parseLong(record.get("step"));
				assertEquals(table.value(column, rowOfStep.get(step)), Double.parseDouble(record.get("value")), 0,
						record.toString());
				checked++;
			}
		}
		assertEquals(modeCount(result) * table.size(), checked, "all the points of every simulated mode");
		// and the run's own metrics.csv holds the same values
		List<String> lines = Files.readAllLines(run.folder().orElseThrow().resolve("metrics.csv"));
		assertEquals(table.size() + 1, lines.size());
	}

	@Test
	@Order(5)
	void aLongRunDrawsLiveAndStopsOnRequestKeepingItsPartialResults() throws Exception {
		Training training = editor.getExperiment().getTraining();
		editor.getEditingDomain().getCommandStack().execute(SetCommand.create(editor.getEditingDomain(), training,
				PlateauPackage.Literals.TRAINING__STEPS, 5_000_000L));
		editor.getEditingDomain().getCommandStack().execute(SetCommand.create(editor.getEditingDomain(), training,
				PlateauPackage.Literals.TRAINING__RECORD_INTERVAL, 1000L));
		LiveRun run = Workbench.run(editor);
		PlotsView plots = Workbench.plots();
		UiTestSupport.waitUntil("some records of the long run", 30_000,
				() -> run.snapshot() != null && run.snapshot().simulation().size() >= 5);
		UiTestSupport.waitUntil("the Plots view follows the live run", 5000,
				() -> plots.shownRuns().contains(run));
		plots.selectTab("mode-strengths");
		UiTestSupport.settle(600);
		CurvesPlot chart = (CurvesPlot) plots.activePlot();
		Curve simulated = chart.curves().stream().filter(c -> c.source().equals("simulation")).findFirst().orElseThrow();
		Curve theory = chart.curves().stream().filter(c -> !c.source().equals("simulation")).findFirst().orElseThrow();
		assertTrue(theory.steps()[theory.steps().length - 1] == 5_000_000L,
				"the theory is drawn ahead, to the last step");
		assertTrue(simulated.steps()[simulated.steps().length - 1] < 5_000_000L, "the simulation so far");
		UiTestSupport.screenshot(Workbench.window().getShell(), "workbench-live-run.png");

		Workbench.execute("org.plateau.ui.commands.stop", editor);
		Workbench.awaitEnd(run, 30_000);
		assertEquals(SimulationOutcome.Status.CANCELLED, run.result().outcome().status());
		Path folder = run.folder().orElseThrow();
		List<String> lines = Files.readAllLines(folder.resolve("metrics.csv"));
		assertTrue(lines.size() > 5, "the records until the stop are saved: " + lines.size() + " lines");
		assertTrue(Files.readString(folder.resolve("manifest.json")).contains("CANCELLED"));
		ExperimentsView navigator = Workbench.experiments();
		navigator.refresh();
		ExperimentEntry entry = navigator.workspace().experiments().stream().filter(e -> e.name().equals(NAME))
				.findFirst().orElseThrow();
		assertTrue(navigator.workspace().runs(entry).get(0).describe().startsWith("cancelled"),
				navigator.workspace().runs(entry).get(0).describe());
		// the partial run reads back for plotting
		RunSource stored = navigator.workspace().runs(entry).get(0).source();
		assertEquals(lines.size() - 1, stored.snapshot().simulation().size());
		editor.getEditingDomain().getCommandStack().undo();
		editor.getEditingDomain().getCommandStack().undo();
		assertEquals(1000L, training.getSteps(), "undo restores the steps");
	}

	@Test
	@Order(6)
	void duplicateRenameAndDeleteKeepFilesAndRunsTogether() throws Exception {
		ExperimentsView navigator = Workbench.experiments();
		ExperimentEntry entry = navigator.workspace().experiments().stream().filter(e -> e.name().equals(NAME))
				.findFirst().orElseThrow();
		Path copy = navigator.workspace().duplicate(entry);
		assertEquals(NAME + "-copy.plateau", copy.getFileName().toString());
		navigator.refresh();
		ExperimentEntry copied = navigator.workspace().experiments().stream()
				.filter(e -> e.file().equals(copy)).findFirst().orElseThrow();
		assertEquals(NAME + "-copy", copied.experiment().getName(), "the copy's name is its file's");
		assertTrue(navigator.workspace().runs(copied).isEmpty(), "runs are not duplicated");
		Path renamed = navigator.workspace().rename(copied, "workflow-renamed");
		assertFalse(Files.exists(copy));
		assertEquals("workflow-renamed", org.plateau.model.util.PlateauResources.load(renamed).getName());
		assertTrue(navigator.workspace().checkNewName(NAME) != null, "an existing name is refused");
		navigator.refresh();
		ExperimentEntry toDelete = navigator.workspace().experiments().stream()
				.filter(e -> e.file().equals(renamed)).findFirst().orElseThrow();
		navigator.workspace().delete(toDelete);
		navigator.refresh();
		assertFalse(Files.exists(renamed));
		assertTrue(navigator.workspace().experiments().stream().noneMatch(e -> e.file().equals(renamed)));
		UiTestSupport.screenshot(Workbench.window().getShell(), "workbench-navigator.png");
	}

	@Test
	@Order(7)
	void aRunOutlivesItsEditorAndSavesItsRecordsAsItGoes() throws Exception {
		Training training = editor.getExperiment().getTraining();
		editor.getEditingDomain().getCommandStack().execute(SetCommand.create(editor.getEditingDomain(), training,
				PlateauPackage.Literals.TRAINING__STEPS, 5_000_000L));
		LiveRun run = Workbench.run(editor);
		Workbench.page().closeEditor(editor, false);
		editor = null;
		Path metrics = run.folder().orElseThrow().resolve("metrics.csv");
		UiTestSupport.waitUntil("records on disk while the run trains", 30_000,
				() -> lineCount(metrics) > 3);
		long early = lineCount(metrics);
		UiTestSupport.waitUntil("more records on disk", 30_000, () -> lineCount(metrics) > early + 3);
		assertTrue(run.isLive(), "closing the editor did not stop the run");
		Workbench.runs().cancel(run);
		Workbench.awaitEnd(run, 30_000);
		assertEquals(SimulationOutcome.Status.CANCELLED, run.result().outcome().status());
	}

	private static long lineCount(Path file) {
		try {
			return Files.exists(file) ? Files.readAllLines(file).size() : 0;
		} catch (java.io.IOException e) {
			return 0;
		}
	}

	@Test
	@Order(8)
	void runsBeyondTheParallelLimitWaitInTheQueue() throws Exception {
		PlateauPreferences preferences = PlateauPreferences.instance();
		int before = preferences.parallelRuns();
		preferences.store().setValue(PlateauPreferences.PARALLEL_RUNS, 1);
		try {
			ExperimentsView navigator = Workbench.experiments();
			ExperimentEntry entry = navigator.workspace().experiments().stream().filter(e -> e.name().equals(NAME))
					.findFirst().orElseThrow();
			org.plateau.model.Experiment long1 = entry.experiment();
			long1.getTraining().setSteps(5_000_000L);
			LiveRun first = Workbench.runs().start(long1, entry.file());
			LiveRun second = Workbench.runs().start(long1, entry.file());
			UiTestSupport.waitUntil("the first run trains", 30_000,
					() -> first.snapshot() != null && first.snapshot().simulation().size() > 2);
			UiTestSupport.settle(500);
			assertTrue(second.isLive() && second.snapshot() == null, "the second run waits for the first");
			navigator.refresh();
			UiTestSupport.screenshot(Workbench.window().getShell(), "workbench-queued-runs.png");
			Workbench.runs().cancel(first);
			UiTestSupport.waitUntil("the second run starts when the first ends", 30_000,
					() -> second.snapshot() != null);
			Workbench.runs().cancelAll();
			Workbench.awaitEnd(second, 30_000);
			Workbench.awaitEnd(first, 30_000);
		} finally {
			preferences.store().setValue(PlateauPreferences.PARALLEL_RUNS, before);
		}
	}

	@Test
	@Order(9)
	void thePreferencesPageShowsTheOutputFolderParallelRunsAndTheme() throws Exception {
		org.eclipse.jface.preference.PreferenceDialog dialog = org.eclipse.ui.dialogs.PreferencesUtil
				.createPreferenceDialogOn(Workbench.window().getShell(), "org.plateau.ui.preferences", null, null);
		dialog.setBlockOnOpen(false);
		dialog.open();
		UiTestSupport.settle(300);
		List<org.eclipse.swt.widgets.Label> labels = UiTestSupport.find(dialog.getShell(),
				org.eclipse.swt.widgets.Label.class, l -> l.getText().contains("Runs training at once"));
		assertEquals(1, labels.size(), "the parallel-runs field is on the page");
		UiTestSupport.screenshot(dialog.getShell(), "preferences.png");
		dialog.close();
	}

	@Test
	@Order(10)
	void anInvalidExperimentIsNotQueuedAndTheMessageNamesTheField() throws Exception {
		ExperimentsView navigator = Workbench.experiments();
		ExperimentEntry entry = navigator.workspace().experiments().stream().filter(e -> e.name().equals(NAME))
				.findFirst().orElseThrow();
		org.plateau.model.Experiment invalid = entry.experiment();
		invalid.getTraining().setLearningRate(-0.5);
		int before = Workbench.runs().liveRuns().size();
		org.plateau.core.family.ExperimentException refused = org.junit.jupiter.api.Assertions.assertThrows(
				org.plateau.core.family.ExperimentException.class, () -> Workbench.runs().start(invalid, entry.file()));
		assertTrue(refused.getMessage().contains("learningRate") && refused.getMessage().contains("-0.5"),
				refused.getMessage());
		assertEquals(before, Workbench.runs().liveRuns().size(), "nothing queued");
	}

	@Test
	@Order(11)
	void doubleClickingAFamilysExampleStartsAnExperimentFromIt() throws Exception {
		org.plateau.ui.internal.FamiliesView families = Workbench.view(org.plateau.ui.internal.FamiliesView.ID);
		org.plateau.core.family.ExampleExperiment example = Workbench.deepLinear().examples()
				.stream().filter(e -> e.fileName().equals("saxe-2014-sigmoids.plateau")).findFirst().orElseThrow();
		Path file = families.openCopy(example);
		assertNotNull(file);
		assertEquals("saxe-2014-sigmoids.plateau", file.getFileName().toString());
		IEditorPart active = Workbench.page().getActiveEditor();
		assertTrue(active instanceof ExperimentEditor opened && opened.getFile().equals(file.toAbsolutePath().normalize()),
				"the copy opens in the editor");
		Path second = families.openCopy(example);
		assertEquals("saxe-2014-sigmoids-2.plateau", second.getFileName().toString(), "a second copy gets a free name");
		Workbench.page().closeAllEditors(false);
	}
}
