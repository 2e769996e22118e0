package org.plateau.ui.internal.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.swtchart.ISeries;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.plateau.core.family.ExampleExperiment;
import org.plateau.core.family.ModelFamily;
import org.plateau.core.figures.ParameterPlot;
import org.plateau.core.sweep.SweepResults;
import org.plateau.core.runs.RunsTable;
import org.plateau.core.sweep.SweepRunner;
import org.plateau.core.sweep.SweepSummary;
import org.plateau.model.PlateauPackage;
import org.plateau.model.Sweep;
import org.plateau.model.SweepAxis;
import org.plateau.model.util.PlateauResources;
import org.plateau.ui.internal.UiTestSupport;
import org.plateau.ui.internal.navigator.ExperimentEntry;
import org.plateau.ui.internal.navigator.ExperimentsView;
import org.plateau.ui.internal.navigator.SweepEntry;
import org.plateau.ui.internal.navigator.SweepRunEntry;
import org.plateau.ui.internal.plots.PlotsView;
import org.plateau.ui.internal.runs.LiveSweep;
import org.plateau.ui.internal.runs.RunsView;
import org.plateau.ui.internal.runs.SeedMeanRun;
import org.plateau.ui.plots.Curve;
import org.plateau.ui.plots.CurvesPlot;
import org.plateau.ui.internal.sweeps.SweepEditor;
import org.plateau.ui.internal.sweeps.SweepSummaryView;

/**
 * A sweep in the workbench, in order: made from an experiment in the navigator and edited in the sweep editor (bad
 * values are named, undo restores); run as a background job into a sweep folder listed under the sweep; its summary
 * plot draws the simulation's points with the closed form's curve through them (Saxe et al. 2014, spec C1.1: the
 * mode strengths after 3000 steps at three learning rates); a sweep folder missing a point is
 * resumed by Run, which runs that point alone.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SweepWorkflowTest {

	private static final String NAME = "sweep-sigmoids";
	private static SweepEditor editor;
	private static Path folder;

	@AfterAll
	static void closeEditors() {
		Workbench.runs().cancelAll();
		Workbench.page().closeAllEditors(false);
	}

	/** A screenshot of a part maximized in the window, as a researcher looks at it closely; then restored. */
	private static void screenshotMaximized(IWorkbenchPart part, String name) {
		IWorkbenchPartReference reference = Workbench.page().getReference(part);
		Workbench.page().setPartState(reference, IWorkbenchPage.STATE_MAXIMIZED);
		UiTestSupport.settle(400);
		UiTestSupport.screenshot(Workbench.window().getShell(), name);
		Workbench.page().setPartState(reference, IWorkbenchPage.STATE_RESTORED);
		UiTestSupport.settle(200);
	}

	@Test
	@Order(1)
	void aSweepOfAnExperimentOpensInTheSweepEditorWithItsPoints() throws Exception {
		ExperimentsView navigator = Workbench.experiments();
		ExampleExperiment example = Workbench.runs().registry().families().stream().map(ModelFamily::examples)
				.flatMap(List::stream).filter(e -> e.fileName().equals("saxe-2014-sigmoids.plateau")).findFirst()
				.orElseThrow();
		// 3000 steps: at the smallest rate the slow modes are still learning, so the sweep's points differ
		org.plateau.model.Experiment experiment = PlateauResources.load(example.location());
		experiment.getTraining().setSteps(3000);
		navigator.workspace().create(experiment, NAME);
		navigator.refresh();
		ExperimentEntry entry = navigator.workspace().experiments().stream().filter(e -> e.name().equals(NAME))
				.findFirst().orElseThrow();
		navigator.viewer().setSelection(new StructuredSelection(entry), true);
		Workbench.execute("org.plateau.ui.commands.newSweep", navigator);

		assertTrue(Workbench.page().getActiveEditor() instanceof SweepEditor, "the new sweep opens in the sweep editor");
		editor = (SweepEditor) Workbench.page().getActiveEditor();
		Path file = editor.getFile();
		assertEquals(NAME + "-sweep.sweep", file.getFileName().toString());
		Sweep saved = PlateauResources.loadSweep(file);
		assertEquals(NAME, saved.getBase().getName(), "the sweep file refers to the experiment file");
		assertEquals("training.learningRate", saved.getAxes().get(0).getFeaturePath());
		assertEquals(List.of("5.0E-4", "0.001", "0.002"), saved.getAxes().get(0).getValues());
		assertNotNull(editor.getPlan(), editor.problem());
		assertEquals(9, editor.getPlan().points().size(), "3 learning rates x 3 repetitions");
		assertEquals("9 points: 3 settings × 3 repetitions of " + NAME + " (grid sampling)", editor.page().headerMessage());
		assertEquals(9, editor.page().pointsViewer().getTable().getItemCount(), "the points are listed");

		navigator.refresh();
		SweepEntry sweepEntry = navigator.workspace().sweeps().stream().filter(s -> s.file().equals(file)).findFirst()
				.orElseThrow();
		assertTrue(Arrays.asList(((org.eclipse.jface.viewers.ITreeContentProvider) navigator.viewer().getContentProvider())
				.getElements(navigator.workspace())).contains(sweepEntry), "the navigator lists the sweep");
		screenshotMaximized(editor, "sweep-editor.png");
	}

	@Test
	@Order(2)
	void badValuesAreNamedAndUndoRestoresThem() {
		Text repetitions = (Text) editor.page().field(PlateauPackage.Literals.SWEEP__REPETITIONS);
		UiTestSupport.type(repetitions, "0");
		assertEquals(0, editor.getSweep().getRepetitions(), "the typed value is one command");
		assertTrue(editor.isDirty());
		assertTrue(editor.hasErrors());
		assertTrue(editor.page().headerMessage().contains("repetitions must be positive, was 0"), editor.page().headerMessage());
		editor.getEditingDomain().getCommandStack().undo();
		UiTestSupport.settle(50);
		assertEquals("3", repetitions.getText(), "undo shows the value again");
		assertFalse(editor.hasErrors(), editor.problem());

		SweepAxis axis = editor.getSweep().getAxes().get(0);
		editor.getEditingDomain().getCommandStack().execute(SetCommand.create(editor.getEditingDomain(), axis,
				PlateauPackage.Literals.SWEEP_AXIS__VALUES, List.of("0.001", "-1")));
		UiTestSupport.settle(50);
		String message = editor.page().headerMessage();
		assertTrue(message.contains("training.learningRate") && message.contains("-1"),
				"the error names the axis' field and the value: " + message);
		assertTrue(editor.page().pointsViewer().getTable().getItemCount() == 0, "no points while it cannot run");
		screenshotMaximized(editor, "sweep-editor-error.png");
		editor.getEditingDomain().getCommandStack().undo();

		int axes = editor.getSweep().getAxes().size();
		editor.page().addAxis();
		UiTestSupport.settle(50);
		assertEquals(axes + 1, editor.getSweep().getAxes().size(), "Add axis adds one");
		assertEquals(axes + 1, editor.page().axesViewer().getTable().getItemCount());
		assertEquals(9, editor.getPlan().points().size(), "an axis of one value keeps the points");
		editor.getEditingDomain().getCommandStack().undo();
		UiTestSupport.settle(50);
		assertEquals(axes, editor.page().axesViewer().getTable().getItemCount(), "undo removes it");
		assertFalse(editor.hasErrors(), editor.problem());
	}

	@Test
	@Order(3)
	void runningTheSweepFillsItsSummaryPlotWithTheTheoryThroughThePoints() throws Exception {
		editor.doSave(null);
		assertFalse(editor.isDirty());
		LiveSweep sweep = Workbench.runSweep(editor);
		folder = sweep.folder();
		assertTrue(folder.startsWith(Workbench.runs().sweepsFolder(NAME + "-sweep")), folder.toString());
		UiTestSupport.waitUntil("the sweep ends", 180_000, sweep::ended);
		assertNotNull(sweep.result(), sweep.failure());
		assertEquals(9, sweep.result().ran());
		assertTrue(sweep.result().summary().unfinished().isEmpty(), sweep.result().summary().unfinished().toString());
		assertTrue(Files.isRegularFile(folder.resolve("summary.csv")));
		assertTrue(Files.isDirectory(folder.resolve(SweepRunner.FIGURES_FOLDER)));

		SweepSummaryView summary = Workbench.view(SweepSummaryView.ID);
		UiTestSupport.waitUntil("the summary shows all points", 60_000,
				() -> summary.results() != null && summary.results().completed() == 9 && !summary.isReading());
		UiTestSupport.settle(300);
		SweepResults results = summary.results();
		assertTrue(results.theoryProblems().isEmpty(), results.theoryProblems().toString());
		ParameterPlot figure = summary.shownFigure();
		assertNotNull(figure, "a figure is drawn");
		assertEquals("learning rate η", figure.xLabel(), "the axis says what the field is, not its path");
		ISeries<?>[] drawn = summary.chart().getSeriesSet().getSeries();
		// the legend says what tells the series apart: a mode strength is summarised by its final value alone (the title
		// says so), so its series are "simulation" and "theory closed-form"
		assertTrue(figure.title().contains("at the last step"), figure.title());
		assertTrue(Stream.of(drawn).anyMatch(s -> s.getDescription().endsWith("simulation")), () -> "the simulation's "
				+ "points in '" + figure.title() + "': " + Stream.of(drawn).map(ISeries::getDescription).toList());
		assertTrue(Stream.of(drawn).anyMatch(s -> s.getDescription().startsWith("theory ")), "the theory's curve");
		// spec C1.1 across the sweep: at every swept rate, each mode's simulated strength after 3000 steps is on the
		// closed form's curve u(t) = s e^{2st/tau}/(e^{2st/tau} - 1 + s/u0), tau = 1/eta, to 2% of s
		int compared = 0;
		for (ParameterPlot plot : results.plots()) {
			ParameterPlot.Series simulation = plot.series().stream()
					.filter(s -> s.label().endsWith("at the last step — simulation")).findFirst().orElse(null);
			if (simulation == null) {
				continue;
			}
			ParameterPlot.Series closedForm = plot.series().stream().filter(s -> s.style() == ParameterPlot.Style.LINE
					&& s.colour() == simulation.colour() && s.label().contains("closed")).findFirst().orElse(null);
			if (closedForm == null) {
				continue;
			}
			double scale = Arrays.stream(closedForm.y()).map(Math::abs).max().orElseThrow();
			for (int i = 0; i < simulation.x().length; i++) {
				double rate = simulation.x()[i];
				int at = -1;
				for (int j = 0; j < closedForm.x().length; j++) {
					if (Math.abs(closedForm.x()[j] - rate) < 1e-12) {
						at = j;
					}
				}
				assertTrue(at >= 0, "the theory is evaluated at the swept value " + rate);
				assertEquals(closedForm.y()[at], simulation.y()[i], 0.02 * scale,
						plot.title() + " at learning rate " + rate + ": simulation against " + closedForm.label());
				compared++;
			}
		}
		assertTrue(compared >= 15, "five modes at three rates: " + compared);
		// the slowest mode learned: a3 (s = 1) is half way at t = 3453 steps at eta = 1e-3, so 3000 steps leave it
		// short at eta = 5e-4 and near s at 2e-3: the figure of a researcher's first look
		Combo figures = summary.figuresCombo();
		int a3 = -1;
		for (int i = 0; i < figures.getItemCount(); i++) {
			if (figures.getItem(i).startsWith("a3 ")) {
				a3 = i;
			}
		}
		assertTrue(a3 >= 0, Arrays.toString(figures.getItems()));
		figures.select(a3);
		figures.notifyListeners(SWT.Selection, new Event());
		UiTestSupport.settle(200);
		ParameterPlot.Series slow = summary.shownFigure().series().get(0);
		assertTrue(slow.y()[0] < 0.5 && slow.y()[2] > 0.9, "a3 after 3000 steps at the three rates: " + Arrays.toString(slow.y()));
		screenshotMaximized(summary, "sweep-summary.png");
		UiTestSupport.screenshot(Workbench.window().getShell(), "sweep-workbench.png");

		// the Plots view's tools on the summary: hover, zoom, log axes, export
		org.eclipse.swtchart.IAxis x = summary.chart().getAxisSet().getXAxis(0);
		org.eclipse.swtchart.IAxis y = summary.chart().getAxisSet().getYAxis(0);
		int px = x.getPixelCoordinate(slow.x()[2]);
		int py = y.getPixelCoordinate(slow.y()[2]);
		String hover = summary.hoverAt(px, py);
		assertNotNull(hover, "a point under the mouse");
		assertTrue(hover.contains("learning rate η = ") && hover.lines().count() == 2, hover);
		double upper = x.getRange().upper;
		org.eclipse.swt.graphics.Point area = summary.chart().getPlotArea().getSize();
		summary.zoomTo(new org.eclipse.swt.graphics.Point(0, 0), new org.eclipse.swt.graphics.Point(area.x / 2, area.y / 2));
		assertTrue(x.getRange().upper < upper, "zoomed in");
		boolean[] logs = summary.logAxes();
		summary.setLog(!logs[0], true);
		assertEquals(!logs[0], x.isLogScaleEnabled());
		assertTrue(y.isLogScaleEnabled(), "log values");
		assertTrue(summary.chart().getSeriesSet().getSeries().length > 0);
		screenshotMaximized(summary, "sweep-summary-log.png");
		summary.setLog(logs[0], logs[1]);
		Path exports = Files.createTempDirectory("plateau-sweep-export");
		for (String name : List.of("a3.png", "a3.svg", "a3.csv")) {
			summary.export(exports.resolve(name));
			assertTrue(Files.size(exports.resolve(name)) > 100, name);
		}
		assertTrue(Files.readString(exports.resolve("a3.svg")).contains("<svg"), "the renderer's SVG");
		List<String> rows = Files.readAllLines(exports.resolve("a3.csv"));
		assertEquals("series,parameter,value,error", rows.get(0));
		int points = summary.shownFigure().series().stream().mapToInt(series -> series.x().length).sum();
		assertEquals(points + 1, rows.size(), "every point of every series");
		UiTestSupport.deleteTree(exports);

		ExperimentsView navigator = Workbench.experiments();
		navigator.refresh();
		SweepEntry entry = navigator.workspace().sweeps().stream().filter(s -> s.file().equals(editor.getFile()))
				.findFirst().orElseThrow();
		List<SweepRunEntry> folders = navigator.workspace().runs(entry);
		assertEquals(1, folders.size(), "the sweep folder is listed under the sweep");
		assertEquals("ended · 9 points", folders.get(0).describe());
	}

	@Test
	@Order(4)
	void runAgainResumesAFolderWithPointsMissingOrStoppedAndRunsThoseAlone() throws Exception {
		Path point = folder.resolve(SweepRunner.POINTS_FOLDER).resolve("0004");
		assertTrue(Files.isDirectory(point), point.toString());
		try (Stream<Path> paths = Files.walk(point)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
		// and a point whose run was stopped (its manifest says CANCELLED) has not ended either
		Path manifest = folder.resolve(SweepRunner.POINTS_FOLDER).resolve("0007").resolve("manifest.json");
		String text = Files.readString(manifest);
		String cancelled = text.replaceFirst("\"status\"\\s*:\\s*\"COMPLETED\"", "\"status\": \"CANCELLED\"");
		assertFalse(cancelled.equals(text), "the manifest records the status: " + text);
		Files.writeString(manifest, cancelled);
		ExperimentsView navigator = Workbench.experiments();
		navigator.refresh();
		SweepEntry entry = navigator.workspace().sweeps().stream().filter(s -> s.file().equals(editor.getFile()))
				.findFirst().orElseThrow();
		SweepRunEntry stopped = navigator.workspace().runs(entry).get(0);
		assertEquals("stopped · 7 of 9 points (Run resumes it)", stopped.describe());
		navigator.viewer().setSelection(new StructuredSelection(entry), true);
		LiveSweep sweep = Workbench.runSweep(navigator);
		assertEquals(folder, sweep.folder(), "the unfinished folder is resumed");
		UiTestSupport.waitUntil("the resumed sweep ends", 120_000, sweep::ended);
		assertEquals(2, sweep.result().ran(), "only the missing and the stopped point ran");
		assertEquals(7, sweep.result().resumed());
		assertTrue(sweep.result().summary().unfinished().isEmpty());
		assertEquals(1, navigator.workspace().runs(entry).size());
	}

	@Test
	@Order(5)
	void theRunsTableListsThePointsAndPlotsTheSelectedRowsTogetherAndSeedsAsTheirMean() throws Exception {
		ExperimentsView navigator = Workbench.experiments();
		navigator.refresh();
		SweepEntry entry = navigator.workspace().sweeps().stream().filter(s -> s.file().equals(editor.getFile()))
				.findFirst().orElseThrow();
		SweepRunEntry sweepRun = navigator.workspace().runs(entry).get(0);
		RunsView runsView = Workbench.view(RunsView.ID);
		Workbench.page().activate(navigator);
		navigator.viewer().setSelection(new StructuredSelection(sweepRun), true);
		UiTestSupport.waitUntil("the runs table lists the sweep's points", 30_000, () -> runsView.table() != null
				&& !runsView.isReading() && runsView.table().rows().size() == 9);
		RunsTable table = runsView.table();
		assertEquals(List.of("learning rate η"), table.parameters().stream().map(RunsTable.Parameter::name).toList());
		assertTrue(table.rows().stream().allMatch(RunsTable.Row::completed), "all 9 points ran");
		// a mode strength declares its final value meaningful, not its least value: only "final" columns of them
		List<String> headers = table.columns().stream().map(RunsTable.Column::header).toList();
		assertTrue(headers.stream().anyMatch(h -> h.startsWith("a1") && h.endsWith("final")), headers.toString());
		assertTrue(headers.stream().noneMatch(h -> h.startsWith("a1") && h.endsWith("least")), headers.toString());
		Tree tree = runsView.viewer().getTree();
		assertEquals(9, tree.getItemCount(), "a row per point");

		// sorted by the learning rate, largest first (a second click reverses)
		runsView.sortBy(1);
		runsView.sortBy(1);
		UiTestSupport.settle(50);
		assertEquals("0.002", tree.getItem(0).getText(1));
		assertEquals("0.0005", tree.getItem(8).getText(1), "numbers in plain words, not 5.0E-4");
		// filtered by text
		UiTestSupport.type(runsView.filterText(), "0.001");
		UiTestSupport.settle(50);
		// every row with the text in any cell is kept: the three seeds at 0.001, and any whose statistics show it
		int kept = 0;
		for (TreeItem item : tree.getItems()) {
			boolean shows = false;
			for (int c = 0; c < tree.getColumnCount(); c++) {
				shows |= item.getText(c).contains("0.001");
			}
			assertTrue(shows, "a row without the text is filtered out");
			kept += item.getText(1).equals("0.001") ? 1 : 0;
		}
		assertEquals(3, kept, "the three seeds at 0.001");
		assertTrue(tree.getItemCount() < 9, "rows without it are hidden");
		UiTestSupport.type(runsView.filterText(), "");

		// the seeds of each setting together: mean ± s.e. per statistic, the sweep summary's own estimate
		Combo groupBy = runsView.groupByCombo();
		groupBy.select(Arrays.asList(groupBy.getItems()).indexOf("seeds of each setting"));
		groupBy.notifyListeners(SWT.Selection, new Event());
		UiTestSupport.settle(100);
		assertEquals(3, tree.getItemCount(), "three settings");
		TreeItem first = tree.getItem(0);
		assertEquals(3, first.getItemCount(), "each with its three seeds");
		RunsView.RowGroup group = (RunsView.RowGroup) first.getData();
		String a1 = table.columns().stream().filter(c -> c.header().startsWith("a1")).findFirst().orElseThrow().key();
		SweepSummary summary = SweepResults.read(Workbench.runs().registry(), folder, new NullProgressMonitor()).summary();
		String firstPoint = group.group().rows().get(0).folder().getFileName().toString();
		int setting = sweepRun.plan().points().stream().filter(p -> p.id().equals(firstPoint)).findFirst().orElseThrow()
				.setting();
		assertEquals(summary.estimate(setting, a1).mean(), group.group().estimate(a1).mean(), 1e-12,
				"the table's mean is the sweep's");
		int column = 1 + table.parameters().size() + 3 + table.columns().indexOf(table.columns().stream()
				.filter(c -> c.key().equals(a1)).findFirst().orElseThrow());
		assertTrue(first.getText(column).contains(" ± "), "a group shows mean ± s.e.: " + first.getText(column));

		// two groups selected: the Plots view draws each as its mean with a band of one standard error
		PlotsView plots = Workbench.plots();
		plots.setLinkWithSelection(true);
		Workbench.page().activate(runsView);
		RunsView.RowGroup last = (RunsView.RowGroup) tree.getItem(2).getData();
		runsView.viewer().setSelection(new StructuredSelection(List.of(group, last)), true);
		UiTestSupport.waitUntil("the Plots view draws the two means", 10_000,
				() -> plots.shownRuns().size() == 2 && plots.shownRuns().stream().allMatch(SeedMeanRun.class::isInstance));
		UiTestSupport.settle(300);
		assertEquals(List.of(group.mean(), last.mean()), plots.shownRuns(), "the selected groups are the plotted runs");
		SeedMeanRun mean = group.mean();
		assertEquals(3, mean.seeds());
		double[] seedsFinal = group.group().rows().stream().mapToDouble(r -> r.statistic(a1)).toArray();
		double[] meanCurve = mean.snapshot().simulation().column(a1.substring(0, a1.lastIndexOf('.')));
		assertEquals(Arrays.stream(seedsFinal).average().orElseThrow(), meanCurve[meanCurve.length - 1], 1e-12,
				"the mean curve ends at the mean of the seeds' final values");
		assertTrue(plots.selectTab("mode-strengths"), "the mode strengths' tab");
		UiTestSupport.settle(300);
		CurvesPlot curves = (CurvesPlot) plots.activePlot();
		assertTrue(curves.curves().stream().anyMatch(Curve::isStandardErrorBand), "the bands are drawn");
		assertEquals(2 * curves.curves().stream().filter(Curve::isSimulation).count(),
				curves.curves().stream().filter(Curve::isStandardErrorBand).count(), "two edges per mean curve");
		assertTrue(curves.curves().stream().filter(Curve::isSimulation).allMatch(c -> c.run().contains("mean of 3")),
				"the legend says each is a mean of three seeds");
		UiTestSupport.screenshot(Workbench.window().getShell(), "runs-table-seed-means.png");

		// rows selected without groups: exactly those runs are plotted together
		groupBy.select(0);
		groupBy.notifyListeners(SWT.Selection, new Event());
		UiTestSupport.settle(100);
		List<Object> rows = List.of(tree.getItem(0).getData(), tree.getItem(4).getData(), tree.getItem(8).getData());
		runsView.viewer().setSelection(new StructuredSelection(rows), true);
		UiTestSupport.waitUntil("the Plots view draws the three rows", 10_000, () -> plots.shownRuns().size() == 3
				&& plots.shownRuns().stream().noneMatch(SeedMeanRun.class::isInstance));
		assertEquals(rows.stream().map(r -> ((RunsView.RunRow) r).row().folder()).toList(),
				plots.shownRuns().stream().map(r -> r.folder().orElseThrow()).toList(), "the selected rows are the plotted runs");
		UiTestSupport.settle(300);
		UiTestSupport.screenshot(Workbench.window().getShell(), "runs-table.png");
	}

	@Test
	@Order(6)
	void aFamilysExampleSweepIsCopiedWithItsBaseAndOpensInTheSweepEditor() throws Exception {
		org.plateau.ui.internal.FamiliesView families = Workbench.view(org.plateau.ui.internal.FamiliesView.ID);
		ExampleExperiment example = Workbench.runs().registry().families().stream().map(ModelFamily::exampleSweeps)
				.flatMap(List::stream).filter(e -> e.fileName().equals("generalization-alpha.sweep")).findFirst()
				.orElseThrow();
		Path file = families.openCopy(example);
		assertNotNull(file, "the example sweep is copied");
		assertEquals("generalization-alpha.sweep", file.getFileName().toString());
		assertTrue(Workbench.page().getActiveEditor() instanceof SweepEditor opened && opened.getFile().equals(file),
				"it opens in the sweep editor");
		SweepEditor opened = (SweepEditor) Workbench.page().getActiveEditor();
		assertEquals(33, opened.getPlan().points().size(), "eleven sample sizes x three seeds, as the example");
		Path base = Workbench.experiments().workspace().fileOf("generalization-alpha-1");
		assertTrue(Files.isRegularFile(base), "its base is copied beside it: " + base);
		assertEquals("generalization-alpha-1", PlateauResources.loadSweep(file).getBase().getName(),
				"the copy refers to the copied base");
		Workbench.page().closeAllEditors(false);
	}
}
