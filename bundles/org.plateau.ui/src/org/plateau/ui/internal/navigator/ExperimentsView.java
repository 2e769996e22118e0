package org.plateau.ui.internal.navigator;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.plateau.core.family.ExperimentException;
import org.plateau.core.registry.FamilyRegistry;
import org.plateau.core.sweep.SweepPlan;
import org.plateau.model.Experiment;
import org.plateau.model.util.PlateauResources;
import org.plateau.ui.internal.FamilyExamples;
import org.plateau.ui.internal.editor.ExperimentEditor;
import org.plateau.ui.internal.editor.ExperimentEditorInput;
import org.plateau.ui.internal.plots.PlotsView;
import org.plateau.ui.internal.prefs.PlateauPreferences;
import org.plateau.ui.internal.runs.LiveRun;
import org.plateau.ui.internal.runs.LiveSweep;
import org.plateau.ui.internal.sweeps.SweepEditor;
import org.plateau.ui.internal.sweeps.SweepSummaryView;
import org.plateau.ui.internal.runs.RunManager;
import org.plateau.ui.internal.runs.RunSource;

/**
 * The experiments of the workspace and their runs (live ones first, then the stored ones, newest first). Opening an
 * experiment opens its editor; opening a run shows it in the Plots view; selecting several runs compares them there.
 * The workspace's sweeps follow, with their sweep folders: opening a sweep opens its editor, opening a sweep folder
 * shows its summary plot. New, Run, Compare, Duplicate, Rename and Delete are in the context menu and the toolbar.
 */
public final class ExperimentsView extends ViewPart {

	public static final String ID = "org.plateau.ui.experimentsView";
	private static final String MEMENTO_EXPANDED = "expanded";
	/** How often the live runs' progress is shown. */
	private static final int PROGRESS_MILLIS = 1000;

	private TreeViewer viewer;
	private RunManager runs;
	private ExperimentsWorkspace workspace;
	private final Consumer<LiveRun> runListener = run -> refreshLater();
	private final Consumer<LiveSweep> sweepListener = sweep -> refreshLater();
	private IMemento memento;
	private boolean refreshQueued;
	private final Runnable progressTick = this::updateProgress;

	@Override
	public void init(IViewSite site, IMemento restored) throws PartInitException {
		super.init(site, restored);
		this.memento = restored;
	}

	@Override
	public void createPartControl(Composite parent) {
		runs = getSite().getService(RunManager.class);
		workspace = new ExperimentsWorkspace(PlateauPreferences.workspaceFolder(), runs);
		viewer = new TreeViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTree().setHeaderVisible(true);
		TreeViewerColumn name = new TreeViewerColumn(viewer, SWT.LEFT);
		name.getColumn().setText("Experiment / run");
		name.getColumn().setWidth(230);
		name.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				if (element instanceof ExperimentEntry e) {
					return e.name();
				} else if (element instanceof SweepEntry s) {
					return s.name() + " (sweep)";
				} else if (element instanceof LiveRun live) {
					return live.folder().map(f -> f.getFileName().toString()).orElse("run");
				} else if (element instanceof LiveSweep live) {
					return live.folder().getFileName().toString();
				}
				return element.toString();
			}

			@Override
			public String getToolTipText(Object element) {
				if (element instanceof ExperimentEntry e) {
					return e.file().toString();
				} else if (element instanceof SweepEntry s) {
					return s.file().toString();
				} else if (element instanceof RunEntry r) {
					return r.folder().toString();
				} else if (element instanceof SweepRunEntry r) {
					return r.folder().toString();
				} else if (element instanceof LiveSweep live) {
					return live.folder().toString();
				}
				return null;
			}
		});
		TreeViewerColumn description = new TreeViewerColumn(viewer, SWT.LEFT);
		description.getColumn().setText("Description");
		description.getColumn().setWidth(420);
		description.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return describe(element);
			}
		});
		viewer.setContentProvider(new ContentProvider());
		viewer.setUseHashlookup(true);
		viewer.setInput(workspace);
		viewer.addOpenListener(event -> open((IStructuredSelection) event.getSelection()));
		getSite().setSelectionProvider(viewer);

		MenuManager menu = new MenuManager("#PopupMenu", ID);
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
		getSite().registerContextMenu(ID, menu, viewer);

		runs.addListener(runListener);
		runs.addSweepListener(sweepListener);
		restoreExpansion();
		updateDescription();
	}

	private String describe(Object element) {
		if (element instanceof ExperimentEntry e) {
			if (e.problem() != null) {
				return "cannot be read: " + e.problem();
			}
			Experiment experiment = e.experiment();
			FamilyRegistry registry = runs.registry();
			String family = registry.familyFor(experiment).map(f -> FamilyExamples.name(registry, f))
					.orElse("no installed family");
			String title = e.title();
			return title.isEmpty() ? family : family + " · " + title;
		} else if (element instanceof LiveRun live) {
			if (live.failure() != null) {
				return "failed: " + live.failure();
			}
			return live.snapshot() == null ? "queued" : String.format("running · %.0f%%", 100 * live.progress());
		} else if (element instanceof RunEntry r) {
			return r.describe();
		} else if (element instanceof SweepEntry s) {
			return describe(s);
		} else if (element instanceof LiveSweep live) {
			if (live.failure() != null) {
				return "failed: " + live.failure();
			}
			return String.format("running · %d of %d points", live.finishedPoints(), live.plan().points().size());
		} else if (element instanceof SweepRunEntry r) {
			return r.describe();
		}
		return "";
	}

	/** A sweep: its base and its points, or why it cannot run. */
	private static String describe(SweepEntry entry) {
		if (entry.problem() != null) {
			return "cannot be read: " + entry.problem();
		}
		SweepPlan plan = entry.plan();
		if (plan == null) {
			return "invalid: " + entry.planProblem();
		}
		return String.format("sweep of %s · %d points (%d settings × %d repetitions)", plan.sweep().getBase().getName(),
				plan.points().size(), plan.settings(), plan.sweep().getRepetitions());
	}

	private void open(IStructuredSelection selection) {
		List<RunSource> sources = new ArrayList<>();
		for (Object element : selection.toList()) {
			if (element instanceof ExperimentEntry e) {
				try {
					getSite().getPage().openEditor(new ExperimentEditorInput(e.file()), ExperimentEditor.ID);
				} catch (PartInitException ex) {
					ErrorDialog.openError(getSite().getShell(), "Open experiment",
							"Cannot open " + e.file(), ex.getStatus());
				}
			} else if (element instanceof SweepEntry sweep) {
				try {
					getSite().getPage().openEditor(new ExperimentEditorInput(sweep.file()), SweepEditor.ID);
				} catch (PartInitException ex) {
					ErrorDialog.openError(getSite().getShell(), "Open sweep", "Cannot open " + sweep.file(), ex.getStatus());
				}
			} else if (element instanceof SweepRunEntry sweepRun) {
				SweepSummaryView.show(getSite().getPage(), sweepRun.folder());
			} else if (element instanceof LiveSweep live) {
				SweepSummaryView.show(getSite().getPage(), live.folder());
			} else {
				RunSource source = Adapters.adapt(element, RunSource.class);
				if (source != null) {
					sources.add(source);
				}
			}
		}
		if (!sources.isEmpty()) {
			showInPlots(getSite().getPage(), sources);
		}
	}

	/** Shows runs in the Plots view (opening it if needed). */
	public static void showInPlots(IWorkbenchPage page, List<RunSource> sources) {
		try {
			PlotsView plots = (PlotsView) page.showView(PlotsView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
			plots.show(sources);
		} catch (PartInitException e) {
			ErrorDialog.openError(page.getWorkbenchWindow().getShell(), "Plots",
					"Cannot open the Plots view", e.getStatus());
		}
	}

	/** Shows an experiment (or sweep) just created: lists and selects it in the Experiments view, then opens its editor. */
	public static void showCreated(IWorkbenchPage page, Path file) throws PartInitException {
		if (page.findView(ID) instanceof ExperimentsView view) {
			view.refresh();
			view.reveal(file);
		}
		boolean sweep = file.getFileName().toString().endsWith("." + PlateauResources.SWEEP_FILE_EXTENSION);
		page.openEditor(new ExperimentEditorInput(file), sweep ? SweepEditor.ID : ExperimentEditor.ID);
	}

	/** The workspace this view lists. */
	public ExperimentsWorkspace workspace() {
		return workspace;
	}

	/** The tree, for tests. */
	public TreeViewer viewer() {
		return viewer;
	}

	/** Reads the workspace again (keeps expansion and selection). */
	public void refresh() {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		refreshQueued = false;
		Object[] expanded = viewer.getExpandedElements();
		viewer.refresh();
		viewer.setExpandedElements(expanded);
		updateDescription();
		if (!runs.liveRuns().isEmpty() || !runs.liveSweeps().isEmpty()) {
			Display.getCurrent().timerExec(PROGRESS_MILLIS, progressTick);
		}
	}

	/**
	 * The live runs' progress, once a second while any trains: their labels only (runs starting and ending refresh
	 * the whole tree through the run manager's events). One timer: scheduling the same runnable again replaces it.
	 */
	private void updateProgress() {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		List<Object> live = new ArrayList<>(runs.liveRuns());
		live.addAll(runs.liveSweeps());
		if (!live.isEmpty()) {
			viewer.update(live.toArray(), null);
			viewer.getControl().getDisplay().timerExec(PROGRESS_MILLIS, progressTick);
		}
	}

	/** Refreshes on the UI thread, at most once per event-loop turn. */
	public void refreshLater() {
		Display display = viewer == null || viewer.getControl().isDisposed() ? null : viewer.getControl().getDisplay();
		if (display == null || refreshQueued) {
			return;
		}
		refreshQueued = true;
		display.asyncExec(this::refresh);
	}

	/** Selects and reveals an element (an experiment file, a run folder or a live run). */
	public void reveal(Object element) {
		Object target = element;
		if (element instanceof Path path) {
			target = find(path).orElse(null);
		}
		if (target != null) {
			viewer.setSelection(new StructuredSelection(target), true);
		}
	}

	private Optional<Object> find(Path path) {
		for (SweepEntry s : workspace.sweeps()) {
			if (s.file().equals(path)) {
				return Optional.of(s);
			}
			for (SweepRunEntry r : workspace.runs(s)) {
				if (r.folder().equals(path)) {
					viewer.expandToLevel(s, 1);
					return Optional.of(r);
				}
			}
		}
		for (ExperimentEntry e : workspace.experiments()) {
			if (e.file().equals(path)) {
				return Optional.of(e);
			}
			for (RunEntry r : workspace.runs(e)) {
				if (r.folder().equals(path)) {
					viewer.expandToLevel(e, 1);
					return Optional.of(r);
				}
			}
		}
		return Optional.empty();
	}

	private void updateDescription() {
		int count = workspace.experiments().size();
		int sweeps = workspace.sweeps().size();
		setContentDescription(count == 0
				? "No experiments yet: New (toolbar) starts one from a family's example; results go to " + runs.runsFolder("").getParent()
				: count + (count == 1 ? " experiment" : " experiments")
						+ (sweeps == 0 ? "" : " and " + sweeps + (sweeps == 1 ? " sweep" : " sweeps")) + " in " + workspace.folder());
	}

	@Override
	public void saveState(IMemento state) {
		if (viewer == null) {
			return;
		}
		for (Object element : viewer.getExpandedElements()) {
			if (element instanceof ExperimentEntry e) {
				state.createChild(MEMENTO_EXPANDED).putString("file", e.file().toString());
			} else if (element instanceof SweepEntry s) {
				state.createChild(MEMENTO_EXPANDED).putString("file", s.file().toString());
			}
		}
	}

	private void restoreExpansion() {
		if (memento == null) {
			return;
		}
		for (IMemento child : memento.getChildren(MEMENTO_EXPANDED)) {
			String file = child.getString("file");
			if (file != null) {
				workspace.experiments().stream().filter(e -> e.file().toString().equals(file)).findFirst()
						.ifPresent(e -> viewer.setExpandedState(e, true));
				workspace.sweeps().stream().filter(s -> s.file().toString().equals(file)).findFirst()
						.ifPresent(s -> viewer.setExpandedState(s, true));
			}
		}
	}

	@Override
	public void setFocus() {
		refresh();
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		if (runs != null) {
			runs.removeListener(runListener);
			runs.removeSweepListener(sweepListener);
		}
		super.dispose();
	}

	/**
	 * Experiments, then sweeps, at the root; each experiment's live runs, then its stored runs; each sweep's live run,
	 * then its sweep folders.
	 */
	private final class ContentProvider implements ITreeContentProvider {

		@Override
		public Object[] getElements(Object input) {
			List<Object> elements = new ArrayList<>(workspace.experiments());
			elements.addAll(workspace.sweeps());
			return elements.toArray();
		}

		@Override
		public Object[] getChildren(Object parent) {
			if (parent instanceof SweepEntry s) {
				return sweepChildren(s);
			}
			if (!(parent instanceof ExperimentEntry e)) {
				return new Object[0];
			}
			List<Object> children = new ArrayList<>();
			List<Path> liveFolders = new ArrayList<>();
			for (LiveRun live : runs.liveRuns()) {
				if (live.experimentFile().map(e.file()::equals).orElse(false)
						|| live.experiment().getName().equals(e.name())) {
					children.add(live);
					live.folder().ifPresent(liveFolders::add);
				}
			}
			for (RunEntry run : workspace.runs(e)) {
				if (!liveFolders.contains(run.folder())) {
					children.add(run);
				}
			}
			return children.toArray();
		}

		private Object[] sweepChildren(SweepEntry sweep) {
			List<Object> children = new ArrayList<>();
			List<Path> liveFolders = new ArrayList<>();
			for (LiveSweep live : runs.liveSweeps()) {
				if (live.sweepFile().map(sweep.file()::equals).orElse(false)) {
					children.add(live);
					liveFolders.add(live.folder());
				}
			}
			for (SweepRunEntry run : workspace.runs(sweep)) {
				if (!liveFolders.contains(run.folder())) {
					children.add(run);
				}
			}
			return children.toArray();
		}

		@Override
		public Object getParent(Object element) {
			if (element instanceof SweepRunEntry r) {
				return r.sweep();
			}
			return element instanceof RunEntry r ? r.experiment() : null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return (element instanceof ExperimentEntry || element instanceof SweepEntry) && getChildren(element).length > 0;
		}
	}
}
