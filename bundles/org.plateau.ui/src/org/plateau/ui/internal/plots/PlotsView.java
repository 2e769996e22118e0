package org.plateau.ui.internal.plots;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.util.IPropertyChangeListener;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.plateau.core.family.PlotDescriptor;
import org.plateau.core.figures.NumberLabels;
import org.plateau.core.family.SimulationOutcome;
import org.plateau.core.registry.Contributors;
import org.plateau.core.registry.FamilyRegistry;
import org.plateau.core.results.ResultsTable;
import org.plateau.core.run.RunResult;
import org.plateau.core.run.TheoryResult;
import org.plateau.ui.internal.Contributions;
import org.plateau.ui.internal.prefs.PlateauPreferences;
import org.plateau.ui.internal.runs.RunManager;
import org.plateau.ui.internal.runs.RunSource;
import org.plateau.ui.internal.runs.SeedMeanRun;
import org.plateau.ui.internal.runs.StoredRun;
import org.plateau.ui.internal.runs.TimeCursor;
import org.plateau.ui.plots.Plot;
import org.plateau.ui.plots.PlotContext;
import org.plateau.ui.plots.PlotTheme;
import org.plateau.ui.plots.PlottedRun;

/**
 * Shows runs as plots: a tab per plot that the contributed plot kinds offer for them, one run alone or several
 * overlaid. Follows the workbench selection (runs, or what adapts to {@link RunSource}) unless unlinked; redraws a
 * live run a few times a second while it trains.
 */
public final class PlotsView extends ViewPart {

	public static final String ID = "org.plateau.ui.plotsView";

	/** How often live runs are polled, ms. */
	static final int POLL_MILLIS = 250;

	static final String EMPTY_TEXT = "Select a run in the Experiments view, or run an experiment (Ctrl+R): its curves "
			+ "appear here, theory dashed over simulation.";

	private static final String MEMENTO_RUN = "run";
	private static final String MEMENTO_FOLDER = "folder";
	private static final String MEMENTO_TAB = "selectedPlot";
	private static final String MEMENTO_LINK = "linkWithSelection";

	/** One tab: a plot of a kind. */
	private record Tab(PlotKindRegistry.Entry kind, PlotDescriptor descriptor, CTabItem item, Plot plot) {
		String key() {
			return kind.id() + "/" + descriptor.id();
		}
	}

	private ServiceTracker<FamilyRegistry, FamilyRegistry> registryTracker;
	private PlotKindRegistry kinds;
	private final PlateauPreferences preferences = PlateauPreferences.instance();
	private IPropertyChangeListener themeListener;
	private ISelectionListener selectionListener;
	private IMemento memento;

	private Composite stack;
	private StackLayout stackLayout;
	private Label status;
	private Label empty;
	private CTabFolder folder;

	private List<RunSource> runs = List.of();
	private final Map<RunSource, Long> versions = new LinkedHashMap<>();
	private final Map<RunSource, Boolean> live = new LinkedHashMap<>();
	private List<PlottedRun> plotted = List.of();
	/** The sources of {@link #plotted}, same order. */
	private List<RunSource> plottedSources = List.of();
	private final List<Tab> tabs = new ArrayList<>();
	private boolean linkWithSelection = true;
	private boolean polling;
	/** The tab to select once the restored runs' plots exist. */
	private String pendingTab;
	private final Runnable poll = this::poll;

	private Action logScale;
	private Action resetZoom;
	private Action exportPng;
	private Action exportSvg;
	private Action exportCsv;
	private Action link;
	private TimeScrubber scrubber;
	/** How many times runs were given to {@link #show}: a restore in the background yields to a newer show. */
	private long shown;
	private final Map<Plot.Option, Action> options = new java.util.EnumMap<>(Plot.Option.class);

	@Override
	public void init(IViewSite site, IMemento memento) throws PartInitException {
		super.init(site, memento);
		this.memento = memento;
	}

	@Override
	public void createPartControl(Composite parent) {
		BundleContext context = FrameworkUtil.getBundle(PlotsView.class).getBundleContext();
		registryTracker = new ServiceTracker<>(context, FamilyRegistry.class, null);
		registryTracker.open();
		kinds = PlotKindRegistry.fromPlatform();

		Composite root = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		layout.verticalSpacing = 2;
		root.setLayout(layout);
		status = new Label(root, SWT.WRAP);
		status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		stack = new Composite(root, SWT.NONE);
		stack.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		stackLayout = new StackLayout();
		stack.setLayout(stackLayout);
		empty = new Label(stack, SWT.WRAP | SWT.CENTER);
		empty.setText(EMPTY_TEXT);
		folder = new CTabFolder(stack, SWT.BOTTOM | SWT.FLAT);
		folder.addListener(SWT.Selection, e -> {
			updateActions();
			updateScrubber();
		});
		stackLayout.topControl = empty;
		scrubber = new TimeScrubber(root, this::cursorMoved);
		scrubber.control().setLayoutData(new GridData(SWT.FILL, SWT.BOTTOM, true, false));

		createActions();
		themeListener = event -> {
			if (PlateauPreferences.PLOT_THEME.equals(event.getProperty()) && !folder.isDisposed()) {
				folder.getDisplay().asyncExec(() -> {
					if (!folder.isDisposed()) {
						refresh(true);
					}
				});
			}
		};
		preferences.store().addPropertyChangeListener(themeListener);
		selectionListener = this::selectionChanged;
		getSite().getPage().addPostSelectionListener(selectionListener);

		boolean restoring = restore();
		if (runs.isEmpty() && !restoring) {
			selectionChanged(null, getSite().getPage().getSelection());
		}
		refresh(true);
	}

	// --- what is shown

	/** Shows runs: one alone, several overlaid to compare them, none for the empty state. */
	public void show(List<RunSource> sources) {
		runs = List.copyOf(sources);
		shown++;
		refresh(false);
	}

	/** The runs shown. */
	public List<RunSource> shownRuns() {
		return runs;
	}

	/** The plots of the tabs, in tab order. */
	public List<Plot> plots() {
		return tabs.stream().map(Tab::plot).toList();
	}

	/** The plot of the selected tab, or null. */
	public Plot activePlot() {
		Tab tab = activeTab();
		return tab == null ? null : tab.plot();
	}

	/** The tabs. */
	public CTabFolder tabs() {
		return folder;
	}

	/** The status line's text. */
	public String statusText() {
		return status.getText();
	}

	/** Selects the tab of a plot descriptor; false when no tab shows it. */
	public boolean selectTab(String descriptorId) {
		for (Tab tab : tabs) {
			if (tab.descriptor().id().equals(descriptorId)) {
				folder.setSelection(tab.item());
				updateActions();
				return true;
			}
		}
		return false;
	}

	/** Follows the workbench selection or not. */
	public void setLinkWithSelection(boolean on) {
		linkWithSelection = on;
		if (link != null) {
			link.setChecked(on);
		}
		if (on) {
			selectionChanged(null, getSite().getPage().getSelection());
		}
	}

	/** Whether the view follows the workbench selection. */
	public boolean isLinkWithSelection() {
		return linkWithSelection;
	}

	private void selectionChanged(IWorkbenchPart part, ISelection selection) {
		if (!linkWithSelection || part == this || !(selection instanceof IStructuredSelection structured)) {
			return;
		}
		List<RunSource> selected = new ArrayList<>();
		for (Object element : structured.toList()) {
			RunSource source = element instanceof RunSource s ? s : Adapters.adapt(element, RunSource.class);
			if (source != null && !selected.contains(source)) {
				selected.add(source);
			}
		}
		// other selections (an experiment, a family) leave the plots as they are
		if (!selected.isEmpty() && !selected.equals(runs)) {
			show(selected);
		}
	}

	private Tab activeTab() {
		CTabItem selected = folder == null || folder.isDisposed() ? null : folder.getSelection();
		for (Tab tab : tabs) {
			if (tab.item() == selected) {
				return tab;
			}
		}
		return null;
	}

	/**
	 * Takes new snapshots of the runs and redraws; rebuilds the tabs when the plots offered changed (or always when
	 * {@code rebuild}, e.g. for a new theme).
	 */
	private void refresh(boolean rebuild) {
		if (folder == null || folder.isDisposed()) {
			return;
		}
		versions.clear();
		live.clear();
		List<RunSource> drawn = new ArrayList<>();
		List<RunResult> snapshots = new ArrayList<>();
		for (RunSource source : runs) {
			versions.put(source, source.version());
			live.put(source, source.isLive());
			RunResult snapshot = source.snapshot();
			if (snapshot != null) {
				drawn.add(source);
				snapshots.add(snapshot);
			}
		}
		// compared runs are named by the settings that differ between them
		// a mean over seeds has no seed of its own: it is told apart by how many it is of
		List<String> labels = ComparisonLabels.of(snapshots.stream().map(RunResult::experiment).toList(),
				drawn.stream().map(RunSource::label).toList(), drawn.stream()
						.map(source -> source instanceof SeedMeanRun mean ? "mean of " + mean.seeds() : null).toList());
		List<PlottedRun> next = new ArrayList<>();
		for (int r = 0; r < drawn.size(); r++) {
			String label = labels.get(r);
			if (drawn.get(r) instanceof SeedMeanRun mean && !label.contains("mean of")) {
				label += " · mean of " + mean.seeds() + " seeds";
			}
			next.add(new PlottedRun(label, snapshots.get(r), drawn.get(r).isLive()));
		}
		plotted = List.copyOf(next);
		plottedSources = List.copyOf(drawn);

		// the plots offered for the runs: union, by kind order then descriptor order
		Map<String, Offer> offered = new LinkedHashMap<>();
		for (PlotKindRegistry.Entry kind : kinds.kinds()) {
			for (PlottedRun run : plotted) {
				for (PlotDescriptor descriptor : PlotKindRegistry.plotsFor(kind, run.result())) {
					offered.putIfAbsent(kind.id() + "/" + descriptor.id(), new Offer(kind, descriptor));
				}
			}
		}
		List<String> current = tabs.stream().map(Tab::key).toList();
		if (rebuild || !current.equals(new ArrayList<>(offered.keySet()))) {
			rebuildTabs(offered);
		}
		for (Tab tab : tabs) {
			Contributions.run(tab.plot(), "Plot '" + tab.descriptor().id() + "' of kind '" + tab.kind().id()
					+ "', drawing the runs", () -> tab.plot().show(plotted));
		}
		updateScrubber();
		stackLayout.topControl = tabs.isEmpty() ? empty : folder;
		empty.setText(runs.isEmpty() ? EMPTY_TEXT : "Nothing to plot for " + labels() + " (no plot kind offers a plot).");
		stack.layout();
		updateStatus();
		updateActions();
		if (!polling && live.containsValue(Boolean.TRUE)) {
			polling = true;
			folder.getDisplay().timerExec(POLL_MILLIS, poll);
		}
	}

	private record Offer(PlotKindRegistry.Entry kind, PlotDescriptor descriptor) {
	}

	// --- the time scrubber

	/** Gives the scrubber the first run's records and snapshots, and every plot the cursor. */
	private void updateScrubber() {
		if (scrubber == null || scrubber.control().isDisposed()) {
			return;
		}
		boolean shown = !plotted.isEmpty() && !tabs.isEmpty();
		GridData data = (GridData) scrubber.control().getLayoutData();
		if (data.exclude == shown) {
			data.exclude = !shown;
			scrubber.control().setVisible(shown);
			scrubber.control().getParent().layout();
		}
		if (!shown) {
			scrubber.setRun(new long[0], new long[0], step -> "");
			cursorMoved(-1);
			return;
		}
		PlottedRun first = plotted.get(0);
		RunResult result = first.result();
		long[] recorded = result.simulation() == null ? new long[0] : result.simulation().steps();
		TreeSet<Long> snapshotSteps = new TreeSet<>();
		if (result.snapshots() != null) {
			for (String name : result.snapshots().names()) {
				snapshotSteps.addAll(result.snapshots().of(name).keySet());
			}
		}
		Tab active = activeTab();
		PlotDescriptor descriptor = active == null ? null : active.descriptor();
		String time = descriptor == null || descriptor.xLabel() == null || descriptor.xLabel().isBlank() ? "t" : descriptor.xLabel();
		double scale = descriptor == null ? 0 : first.timeScale(descriptor);
		scrubber.setRun(recorded, snapshotSteps.stream().mapToLong(Long::longValue).toArray(),
				step -> "step " + step + (scale > 0 ? " · " + time + " = " + NumberLabels.sixDigits(step * scale) : "")
						+ (plotted.size() > 1 ? " (" + first.label() + ")" : ""));
		long step = scrubber.step();
		for (Tab tab : tabs) {
			Contributions.run(tab.plot(), "Plot '" + tab.descriptor().id() + "', marking the time cursor",
					() -> tab.plot().setTimeCursor(step));
		}
	}

	/** The scrubber moved: every plot marks the step, and the other views follow the cursor. */
	private void cursorMoved(long step) {
		for (Tab tab : tabs) {
			Contributions.run(tab.plot(), "Plot '" + tab.descriptor().id() + "', marking the time cursor",
					() -> tab.plot().setTimeCursor(step));
		}
		RunManager manager = PlatformUI.getWorkbench().getService(RunManager.class);
		if (manager != null) {
			manager.timeCursor().set(step < 0 || plottedSources.isEmpty() ? null
					: new TimeCursor.Position(plottedSources.get(0), step));
		}
	}

	/** The time scrubber, for tests. */
	public TimeScrubber scrubber() {
		return scrubber;
	}

	private void rebuildTabs(Map<String, Offer> offered) {
		Tab active = activeTab();
		String selectedId = active == null ? pendingTab : active.descriptor().id();
		for (Tab tab : tabs) {
			Contributions.run(tab.plot(), "Plot '" + tab.descriptor().id() + "', closing", tab.plot()::dispose);
			if (tab.item().getControl() != null) {
				tab.item().getControl().dispose();
			}
			tab.item().dispose();
		}
		tabs.clear();
		PlotTheme theme = preferences.plotTheme();
		PlotContext context = () -> theme;
		for (Offer offer : offered.values()) {
			CTabItem item = new CTabItem(folder, SWT.NONE);
			PlotDescriptor descriptor = offer.descriptor();
			item.setText(descriptor.title() == null ? descriptor.id() : descriptor.title());
			item.setToolTipText(offer.kind().name());
			item.setData("descriptorId", descriptor.id());
			item.setData("kindId", offer.kind().id());
			Composite holder = new Composite(folder, SWT.NONE);
			holder.setLayout(new org.eclipse.swt.layout.FillLayout());
			Optional<Plot> plot = PlotKindRegistry.create(offer.kind(), holder, descriptor, context);
			if (plot.isEmpty()) {
				holder.dispose();
				item.dispose();
				continue;
			}
			item.setControl(holder);
			tabs.add(new Tab(offer.kind(), descriptor, item, plot.get()));
		}
		if (!tabs.isEmpty()) {
			folder.setSelection(tabs.get(0).item());
			if (selectedId != null) {
				for (Tab tab : tabs) {
					if (tab.descriptor().id().equals(selectedId)) {
						folder.setSelection(tab.item());
						break;
					}
				}
			}
			// the remembered tab is chosen once there are tabs (the restored runs are read in the background)
			pendingTab = null;
		}
	}

	private void poll() {
		if (folder == null || folder.isDisposed()) {
			polling = false;
			return;
		}
		boolean changed = false;
		boolean anyLive = false;
		for (RunSource source : runs) {
			boolean isLive = source.isLive();
			anyLive |= isLive;
			Long version = versions.get(source);
			changed |= version == null || version != source.version() || !Boolean.valueOf(isLive).equals(live.get(source));
		}
		polling = false;
		if (changed) {
			refresh(false);
		}
		if (anyLive && !polling) {
			polling = true;
			folder.getDisplay().timerExec(POLL_MILLIS, poll);
		}
	}

	private String labels() {
		return String.join(", ", runs.stream().map(RunSource::label).toList());
	}

	private void updateStatus() {
		if (plotted.isEmpty()) {
			status.setText("");
		} else {
			StringBuilder text = new StringBuilder();
			if (plotted.size() > 1) {
				text.append("Comparing ").append(plotted.size()).append(" runs (solid: simulation, dashed: theory): ");
				for (int r = 0; r < plotted.size(); r++) {
					text.append(r == 0 ? "" : "; ").append(plotted.get(r).label()).append(" = ")
							.append(plottedSources.get(r).label());
				}
				text.append('\n');
				for (PlottedRun run : plotted) {
					String detail = describe(run);
					if (detail.contains("·") || detail.contains("\n")) {
						text.append(detail).append('\n');
					}
				}
			} else {
				text.append(describe(plotted.get(0))).append('\n');
			}
			status.setText(text.toString().strip());
		}
		status.getParent().layout();
	}

	/** "semantic-development · running · step 450 of 1000", then the run's warnings and how it ended. */
	static String describe(PlottedRun run) {
		RunResult result = run.result();
		StringBuilder text = new StringBuilder(run.label());
		SimulationOutcome outcome = result.outcome();
		ResultsTable simulation = result.simulation();
		long step = simulation == null || simulation.size() == 0 ? 0 : simulation.step(simulation.size() - 1);
		if (run.live() || outcome != null && outcome.status() == SimulationOutcome.Status.RUNNING) {
			text.append(" · running · step ").append(step);
			long planned = plannedSteps(result);
			if (planned > 0) {
				text.append(" of ").append(planned);
				String left = timeLeft(result, step, planned, Instant.now());
				if (!left.isEmpty()) {
					text.append(" · about ").append(left).append(" left");
				}
			}
		} else if (outcome != null && outcome.status() != SimulationOutcome.Status.COMPLETED) {
			// the status, then the family's message unless it says the status itself ("cancelled at step 5760 of ...")
			String status = outcome.status().name().toLowerCase(Locale.ROOT);
			String message = outcome.message();
			text.append(" · ").append(message.isBlank() ? status + " after step " + outcome.stepsCompleted()
					: message.toLowerCase(Locale.ROOT).startsWith(status) ? message : status + ": " + message);
		}
		if (result.warnings() != null) {
			for (String warning : result.warnings()) {
				text.append("\n  ⚠ ").append(warning);
			}
		}
		return text.toString();
	}

	/** The steps the run will take: the experiment's, else the last step its theory was evaluated at. */
	/**
	 * The time a live run still needs at its pace so far ("12 s", "3 min"), or "" while it is too young to say (under a
	 * second, or no step yet).
	 */
	static String timeLeft(RunResult result, long step, long planned, Instant now) {
		if (result.started() == null || step <= 0 || step >= planned) {
			return "";
		}
		double elapsed = Duration.between(result.started(), now).toMillis() / 1000.0;
		if (elapsed < 1) {
			return "";
		}
		double seconds = elapsed * (planned - step) / step;
		return seconds < 90 ? Math.round(Math.max(1, seconds)) + " s"
				: seconds < 5400 ? Math.round(seconds / 60) + " min" : String.format(Locale.ROOT, "%.1f h", seconds / 3600);
	}

	private static long plannedSteps(RunResult result) {
		if (result.experiment() != null && result.experiment().getTraining() != null) {
			return result.experiment().getTraining().getSteps();
		}
		long last = 0;
		for (TheoryResult theory : result.theory() == null ? List.<TheoryResult>of() : result.theory()) {
			if (theory.table() != null && theory.table().size() > 0) {
				last = Math.max(last, theory.table().step(theory.table().size() - 1));
			}
		}
		return last;
	}

	// --- actions

	private void createActions() {
		logScale = new Action("Log scale", IAction.AS_CHECK_BOX) {
			@Override
			public void run() {
				Plot plot = activePlot();
				if (plot != null && supportsLogScale(plot)) {
					Contributions.run(plot, "A plot, switching its log scale", () -> plot.setLogScale(isChecked()));
				}
				updateActions();
			}
		};
		logScale.setToolTipText("Logarithmic value axis");
		for (Plot.Option option : Plot.Option.values()) {
			Action action = new Action(option.label(), IAction.AS_CHECK_BOX) {
				@Override
				public void run() {
					setOption(option, isChecked());
				}
			};
			action.setToolTipText(option.description());
			options.put(option, action);
		}
		resetZoom = new Action("Reset zoom") {
			@Override
			public void run() {
				Plot plot = activePlot();
				if (plot != null) {
					Contributions.run(plot, "A plot, resetting its zoom", plot::resetZoom);
				}
			}
		};
		resetZoom.setToolTipText("Show all the data again (or double-click the plot)");
		exportPng = exportAction("Export PNG…", "png");
		exportSvg = exportAction("Export SVG…", "svg");
		exportCsv = exportAction("Export CSV…", "csv");
		link = new Action("Link with selection", IAction.AS_CHECK_BOX) {
			@Override
			public void run() {
				setLinkWithSelection(isChecked());
			}
		};
		link.setToolTipText("Show the runs selected in the workbench");
		link.setChecked(linkWithSelection);
		IToolBarManager toolBar = getViewSite().getActionBars().getToolBarManager();
		toolBar.add(logScale);
		options.values().forEach(toolBar::add);
		toolBar.add(resetZoom);
		toolBar.add(new Separator());
		toolBar.add(exportPng);
		toolBar.add(exportSvg);
		toolBar.add(exportCsv);
		toolBar.add(new Separator());
		toolBar.add(link);
		getViewSite().getActionBars().updateActionBars();
	}

	/** Turns a drawing option of the active plot on or off (the toolbar's toggles; for tests). */
	public void setOption(Plot.Option option, boolean on) {
		Plot plot = activePlot();
		if (plot != null) {
			Contributions.run(plot, "A plot, turning " + option.label() + (on ? " on" : " off"), () -> plot.set(option, on));
		}
		updateActions();
	}

	private Action exportAction(String text, String extension) {
		Action action = new Action(text) {
			@Override
			public void run() {
				exportWithDialog(extension);
			}
		};
		action.setToolTipText("Writes the selected plot as " + extension.toUpperCase(Locale.ROOT));
		return action;
	}

	private void updateActions() {
		if (logScale == null) {
			return;
		}
		Plot plot = activePlot();
		logScale.setEnabled(plot != null && supportsLogScale(plot));
		logScale.setChecked(plot != null && Contributions.call(plot, "A plot, telling its scale", plot::isLogScale, false));
		Set<Plot.Option> offered = plot == null ? Set.of()
				: Contributions.call(plot, "A plot, telling its options", plot::options, Set.<Plot.Option>of());
		options.forEach((option, action) -> {
			action.setEnabled(offered.contains(option));
			action.setChecked(offered.contains(option)
					&& Contributions.call(plot, "A plot, telling its options", () -> plot.isOn(option), false));
		});
		resetZoom.setEnabled(plot != null);
		exportPng.setEnabled(plot != null);
		exportSvg.setEnabled(plot != null);
		exportCsv.setEnabled(plot != null);
	}

	private static boolean supportsLogScale(Plot plot) {
		return Contributions.call(plot, "A plot, telling whether it has a log scale", plot::supportsLogScale, false);
	}

	/** "&lt;run&gt;-&lt;plot id&gt;.png", the default name of an export. */
	String defaultFileName(String extension) {
		Tab tab = activeTab();
		String run = runs.isEmpty() ? "plot" : runs.get(0).label();
		return PlotFormat.fileName(run + "-" + (tab == null ? "plot" : tab.descriptor().id())) + "." + extension;
	}

	private void exportWithDialog(String extension) {
		if (activePlot() == null) {
			return;
		}
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
		dialog.setText("Export " + extension.toUpperCase(Locale.ROOT));
		dialog.setFilterExtensions(new String[] { "*." + extension, "*.*" });
		dialog.setFileName(defaultFileName(extension));
		dialog.setOverwrite(true);
		runs.stream().map(RunSource::folder).flatMap(Optional::stream).findFirst()
				.ifPresent(f -> dialog.setFilterPath(f.toString()));
		String chosen = dialog.open();
		if (chosen == null) {
			return;
		}
		Path file = Path.of(chosen);
		try {
			exportActive(file);
		} catch (IOException e) {
			MessageDialog.openError(getSite().getShell(), "Export failed", "Could not write " + file + ":\n"
					+ Contributors.reason(e));
		} catch (RuntimeException | LinkageError e) {
			// the plot is contributed code: its bundle is named, in the dialog and the log
			String what = "The plot, writing " + file;
			Contributions.log(activePlot(), what, e);
			MessageDialog.openError(getSite().getShell(), "Export failed", Contributions.message(activePlot(), what, e));
		}
	}

	/** Writes the selected plot to a file, as PNG, SVG or CSV by the file's extension. */
	public void exportActive(Path file) throws IOException {
		Plot plot = activePlot();
		if (plot == null) {
			throw new IOException("No plot is shown, nothing to write to " + file);
		}
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		if (name.endsWith(".png")) {
			plot.exportPng(file);
		} else if (name.endsWith(".svg")) {
			plot.exportSvg(file);
		} else if (name.endsWith(".csv")) {
			plot.exportCsv(file);
		} else {
			throw new IOException("Unknown export format of " + file + ": use .png, .svg or .csv");
		}
	}

	// --- state

	@Override
	public void saveState(IMemento state) {
		super.saveState(state);
		for (RunSource source : runs) {
			source.folder().ifPresent(f -> state.createChild(MEMENTO_RUN).putString(MEMENTO_FOLDER, f.toString()));
		}
		Tab tab = activeTab();
		if (tab != null) {
			state.putString(MEMENTO_TAB, tab.descriptor().id());
		}
		state.putBoolean(MEMENTO_LINK, linkWithSelection);
	}

	/** Opens the runs remembered by {@link #saveState}; folders that no longer exist are skipped. */
	/**
	 * Restores the view as it was left: link with selection, the tab, and the runs shown, which are read in the
	 * background (not on the UI thread at start-up) and shown unless other runs were shown meanwhile.
	 *
	 * @return whether runs are being read to be shown
	 */
	private boolean restore() {
		if (memento == null) {
			return false;
		}
		Boolean linked = memento.getBoolean(MEMENTO_LINK);
		if (linked != null) {
			linkWithSelection = linked;
			link.setChecked(linked);
		}
		pendingTab = memento.getString(MEMENTO_TAB);
		List<Path> folders = new ArrayList<>();
		for (IMemento child : memento.getChildren(MEMENTO_RUN)) {
			String value = child.getString(MEMENTO_FOLDER);
			if (value != null) {
				folders.add(Path.of(value));
			}
		}
		memento = null;
		if (folders.isEmpty()) {
			return false;
		}
		long shownBefore = shown;
		Display display = folder.getDisplay();
		Job reading = Job.create("Reading the runs the Plots view showed", monitor -> {
			FamilyRegistry registry = registryTracker.getService();
			if (registry == null) {
				registry = FamilyRegistry.of();
			}
			List<RunSource> restored = new ArrayList<>();
			for (Path path : folders) {
				if (!Files.isDirectory(path)) {
					continue;
				}
				try {
					restored.add(StoredRun.open(path, registry));
				} catch (IOException | RuntimeException e) {
					Platform.getLog(PlotsView.class).warn("The Plots view could not reopen the run in " + path + ": "
							+ e.getMessage());
				}
			}
			display.asyncExec(() -> {
				// runs given to show() meanwhile win over the remembered ones
				if (!folder.isDisposed() && shown == shownBefore && runs.isEmpty() && !restored.isEmpty()) {
					runs = List.copyOf(restored);
					refresh(true);
				}
			});
			return Status.OK_STATUS;
		});
		reading.setSystem(true);
		reading.schedule();
		return true;
	}

	@Override
	public void setFocus() {
		folder.setFocus();
	}

	@Override
	public void dispose() {
		if (selectionListener != null) {
			getSite().getPage().removePostSelectionListener(selectionListener);
		}
		if (themeListener != null) {
			preferences.store().removePropertyChangeListener(themeListener);
		}
		for (Tab tab : tabs) {
			Contributions.run(tab.plot(), "Plot '" + tab.descriptor().id() + "', closing", tab.plot()::dispose);
		}
		tabs.clear();
		if (scrubber != null) {
			scrubber.stop();
			RunManager manager = PlatformUI.getWorkbench().getService(RunManager.class);
			if (manager != null) {
				manager.timeCursor().set(null);
			}
		}
		if (registryTracker != null) {
			registryTracker.close();
		}
		super.dispose();
	}
}
