package org.plateau.ui.internal.runs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.plateau.core.results.ResultsReader;
import org.plateau.core.runs.RunsTable;
import org.plateau.core.runs.RunsTable.Column;
import org.plateau.core.runs.RunsTable.Group;
import org.plateau.core.runs.RunsTable.Parameter;
import org.plateau.core.runs.RunsTable.Row;
import org.plateau.core.sweep.SweepPlan;
import org.plateau.core.sweep.SweepSummary.Estimate;
import org.plateau.ui.internal.navigator.ExperimentEntry;
import org.plateau.ui.internal.navigator.ExperimentsView;
import org.plateau.ui.internal.navigator.RunEntry;
import org.plateau.ui.internal.navigator.SweepEntry;
import org.plateau.ui.internal.navigator.SweepRunEntry;

/**
 * The runs table, as MATLAB's Experiment Manager lists trials: every run of the experiment selected in the Experiments
 * view, or every point of the sweep, as a row with the parameters that tell them apart, its seed, status, duration and
 * summary statistics ({@link RunsTable}); sorted by clicking a column, filtered by text, grouped by a parameter or
 * with the seeds of each setting together, a group showing each statistic as mean ± standard error. The selected rows
 * are the workbench's selection, so the Plots view draws them together; a group of seeds is drawn as its mean curve
 * with a band of one standard error ({@link SeedMeanRun}).
 */
public final class RunsView extends ViewPart {

	public static final String ID = "org.plateau.ui.runsView";

	/** The "Group by" choices before the parameters. */
	static final String NO_GROUPS = "nothing", SEEDS = "seeds of each setting";

	private static final String EMPTY_TEXT = "Select an experiment or a sweep in the Experiments view to list its runs.";

	private RunManager runs;
	private Label header;
	private Text filter;
	private Combo groupBy;
	private TreeViewer viewer;
	private final List<TreeViewerColumn> columns = new ArrayList<>();
	private ISelectionListener selectionListener;
	private Consumer<LiveRun> runListener;
	private Consumer<LiveSweep> sweepListener;

	/** What is shown: the runs folders of an experiment or a sweep folder; {@code null} before any. */
	private Source source;
	private RunsTable table;
	private Job reading;
	private int sortColumn = -1;
	private int sortDirection = SWT.UP;
	private final Map<Path, StoredRun> stored = new HashMap<>();

	/** What the table lists. */
	private record Source(String title, List<Path> runFolders, SweepPlan plan, Path sweepFolder, Path runsParent) {

		boolean isSweep() {
			return plan != null;
		}
	}

	/** A row of the table, adapting to the stored run the Plots view draws. */
	public final class RunRow implements IAdaptable {

		private final Row row;

		RunRow(Row row) {
			this.row = row;
		}

		public Row row() {
			return row;
		}

		@Override
		public <T> T getAdapter(Class<T> adapter) {
			if (adapter == RunSource.class) {
				StoredRun run = storedRun(row);
				return run == null ? null : adapter.cast(run);
			}
			return adapter == Path.class ? adapter.cast(row.folder()) : null;
		}

		@Override
		public boolean equals(Object o) {
			return o instanceof RunRow other && other.row.folder().equals(row.folder());
		}

		@Override
		public int hashCode() {
			return row.folder().hashCode();
		}
	}

	/** A group of rows; a group of the seeds of one setting adapts to their mean run. */
	public final class RowGroup implements IAdaptable {

		private final Group group;
		private final boolean seeds;
		private final List<RunRow> children;
		private SeedMeanRun mean;

		RowGroup(Group group, boolean seeds) {
			this.group = group;
			this.seeds = seeds;
			this.children = group.rows().stream().map(RunRow::new).toList();
		}

		public Group group() {
			return group;
		}

		public List<RunRow> children() {
			return children;
		}

		/** The group's mean over its completed seeds, {@code null} when the group is not of seeds or none can be read. */
		public SeedMeanRun mean() {
			if (mean == null && seeds) {
				List<RunSource> sources = new ArrayList<>();
				for (Row row : group.rows()) {
					StoredRun run = row.completed() ? storedRun(row) : null;
					if (run != null) {
						sources.add(run);
					}
				}
				try {
					mean = sources.isEmpty() ? null : new SeedMeanRun(group.label(), sources);
				} catch (IOException e) {
					mean = null;
				}
			}
			return mean;
		}

		@Override
		public <T> T getAdapter(Class<T> adapter) {
			return adapter == RunSource.class ? adapter.cast(mean()) : null;
		}

		@Override
		public boolean equals(Object o) {
			return o instanceof RowGroup other && other.group.label().equals(group.label());
		}

		@Override
		public int hashCode() {
			return group.label().hashCode();
		}
	}

	@Override
	public void createPartControl(Composite parent) {
		runs = PlatformUI.getWorkbench().getService(RunManager.class);
		Composite root = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(4, false);
		layout.marginWidth = 2;
		layout.marginHeight = 2;
		root.setLayout(layout);
		header = new Label(root, SWT.WRAP);
		header.setText(EMPTY_TEXT);
		header.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 4, 1));

		filter = new Text(root, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL | SWT.BORDER);
		filter.setMessage("Filter rows (any column)");
		filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		filter.addModifyListener(e -> {
			viewer.refresh();
			if (!filter.getText().isBlank()) {
				viewer.expandAll();
			}
		});
		new Label(root, SWT.NONE).setText("  Group by");
		groupBy = new Combo(root, SWT.READ_ONLY);
		groupBy.setItems(NO_GROUPS, SEEDS);
		groupBy.select(0);
		groupBy.setToolTipText("Group the rows by a parameter, or put the seeds of each setting together: a group shows "
				+ "each statistic as mean ± standard error, and a group of seeds is plotted as its mean curve");
		groupBy.addListener(SWT.Selection, e -> setInput());
		new Label(root, SWT.NONE);

		viewer = new TreeViewer(root, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTree().setHeaderVisible(true);
		viewer.getTree().setLinesVisible(true);
		viewer.getTree().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1));
		viewer.setContentProvider(new ITreeContentProvider() {
			@Override
			public Object[] getElements(Object input) {
				return input instanceof List<?> list ? list.toArray() : new Object[0];
			}

			@Override
			public Object[] getChildren(Object element) {
				return element instanceof RowGroup group ? group.children().toArray() : new Object[0];
			}

			@Override
			public Object getParent(Object element) {
				return null;
			}

			@Override
			public boolean hasChildren(Object element) {
				return element instanceof RowGroup;
			}
		});
		viewer.addFilter(new ViewerFilter() {
			@Override
			public boolean select(Viewer v, Object parentElement, Object element) {
				return matches(element);
			}
		});
		viewer.setComparator(new ViewerComparator() {
			@Override
			public int compare(Viewer v, Object a, Object b) {
				return RunsView.this.compare(a, b);
			}
		});
		ColumnViewerToolTipSupport.enableFor(viewer);
		// a group of several settings stands for its rows: selecting it selects them, so that they are plotted together
		viewer.addSelectionChangedListener(event -> {
			List<Object> expanded = new ArrayList<>();
			boolean replaced = false;
			for (Object element : event.getStructuredSelection().toList()) {
				if (element instanceof RowGroup group && group.mean() == null) {
					expanded.addAll(group.children());
					replaced = true;
				} else {
					expanded.add(element);
				}
			}
			if (replaced) {
				viewer.setSelection(new StructuredSelection(expanded), true);
			}
		});
		getSite().setSelectionProvider(viewer);

		Action refresh = new Action("Refresh") {
			@Override
			public void run() {
				reload();
			}
		};
		refresh.setToolTipText("Read the runs again");
		getViewSite().getActionBars().getToolBarManager().add(refresh);

		selectionListener = this::selectionChanged;
		getSite().getPage().addPostSelectionListener(selectionListener);
		// a run or sweep that ends adds its row: read the table again when it is one of those shown
		runListener = run -> asyncReload(run.folder().map(Path::getParent).orElse(null));
		sweepListener = sweep -> asyncReload(sweep.folder());
		runs.addListener(runListener);
		runs.addSweepListener(sweepListener);
		selectionChanged(null, getSite().getPage().getSelection());
	}

	// --- what is shown

	private void selectionChanged(IWorkbenchPart part, ISelection selection) {
		if (part == this || !(selection instanceof IStructuredSelection structured) || structured.size() != 1) {
			return;
		}
		Source next = sourceOf(structured.getFirstElement());
		if (next != null && !next.equals(source)) {
			show(next);
		}
	}

	/** The runs of an element of the Experiments view, or {@code null} when it has none to list. */
	private Source sourceOf(Object element) {
		ExperimentsView navigator = getSite().getPage().findView(ExperimentsView.ID) instanceof ExperimentsView v ? v : null;
		if (navigator == null) {
			return null;
		}
		if (element instanceof RunEntry run) {
			element = run.experiment();
		}
		if (element instanceof ExperimentEntry experiment) {
			List<Path> folders = navigator.workspace().runs(experiment).stream().map(RunEntry::folder).toList();
			return new Source("Runs of '" + experiment.name() + "'", folders, null, null, runs.runsFolder(experiment.name()));
		}
		if (element instanceof SweepEntry sweep) {
			List<SweepRunEntry> folders = navigator.workspace().runs(sweep);
			element = folders.isEmpty() ? null : folders.get(0);
		}
		if (element instanceof SweepRunEntry sweepRun && sweepRun.plan() != null) {
			return new Source("Points of the sweep '" + sweepRun.sweep().sweepName() + "' (" + sweepRun.folder().getFileName()
					+ ")", List.of(), sweepRun.plan(), sweepRun.folder(), null);
		}
		return null;
	}

	/** Lists the runs of an experiment, the newest first. */
	public void showRuns(String title, List<Path> runFolders) {
		show(new Source(title, List.copyOf(runFolders), null, null,
				runFolders.isEmpty() ? null : runFolders.get(0).getParent()));
	}

	/** Lists the points of a sweep folder. */
	public void showSweep(String title, SweepPlan plan, Path sweepFolder) {
		show(new Source(title, List.of(), plan, sweepFolder, null));
	}

	private void show(Source next) {
		source = next;
		stored.clear();
		reload();
	}

	/** Reads the shown runs again in a background job, cancelling a read in progress. */
	public void reload() {
		if (source == null) {
			return;
		}
		if (reading != null) {
			reading.cancel();
		}
		Source reading = source;
		// runs read before may have grown (a sweep still running): read again when plotted
		stored.clear();
		header.setText(reading.title() + ": reading…");
		Display display = viewer.getControl().getDisplay();
		Job[] self = new Job[1];
		Job job = Job.create("Reading the runs table: " + reading.title(),
				(org.eclipse.core.runtime.jobs.IJobFunction) monitor -> read(reading, display, self[0], monitor));
		self[0] = job;
		job.setUser(false);
		this.reading = job;
		job.schedule();
	}

	private IStatus read(Source from, Display display, Job job, IProgressMonitor monitor) {
		RunsTable read;
		try {
			read = from.isSweep() ? RunsTable.ofSweep(from.plan(), from.sweepFolder(), runs.registry(), monitor)
					: RunsTable.ofRuns(from.runFolders(), runs.registry(), monitor);
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		}
		if (display.isDisposed()) {
			return Status.CANCEL_STATUS;
		}
		display.asyncExec(() -> {
			// only the newest read shows, into a view that is still open
			if (!viewer.getControl().isDisposed() && from.equals(source) && job == reading) {
				table = read;
				rebuild();
			}
		});
		return Status.OK_STATUS;
	}

	/** Reads the table again when a run in the shown experiment's runs folder, or the shown sweep folder, started or ended. */
	private void asyncReload(Path folder) {
		if (folder == null || viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		viewer.getControl().getDisplay().asyncExec(() -> {
			Source shown = source;
			if (shown == null || viewer.getControl().isDisposed()) {
				return;
			}
			if (folder.equals(shown.sweepFolder())) {
				reload();
			} else if (folder.equals(shown.runsParent())) {
				show(new Source(shown.title(), runFolders(folder), null, null, folder));
			}
		});
	}

	/** The run folders in an experiment's runs folder, newest first, as the Experiments view lists them. */
	private static List<Path> runFolders(Path parent) {
		try (java.util.stream.Stream<Path> folders = java.nio.file.Files.list(parent)) {
			return folders.filter(ResultsReader::isRunFolder)
					.sorted(java.util.Comparator.comparing((Path f) -> f.getFileName().toString()).reversed()).toList();
		} catch (IOException e) {
			return List.of();
		}
	}

	/** Makes the columns of the table read, keeping the grouping (when its parameter is still there) and the sort. */
	private void rebuild() {
		String grouping = groupBy.getText();
		List<String> choices = new ArrayList<>(List.of(NO_GROUPS, SEEDS));
		table.parameters().forEach(p -> choices.add(p.name()));
		groupBy.setItems(choices.toArray(String[]::new));
		groupBy.select(Math.max(0, choices.indexOf(grouping)));
		for (TreeViewerColumn column : columns) {
			column.getColumn().dispose();
		}
		columns.clear();
		addColumn(source.isSweep() ? "Point" : "Run", 150, element -> element instanceof RowGroup g
				? g.group().label() + " (" + g.group().rows().size() + ")"
				: ((RunRow) element).row().folder().getFileName().toString());
		for (int p = 0; p < table.parameters().size(); p++) {
			int index = p;
			Parameter parameter = table.parameters().get(p);
			addColumn(parameter.name(), 110, element -> element instanceof RunRow r
					? parameter.format(r.row().values().size() > index ? r.row().values().get(index) : null)
					: shared((RowGroup) element, index));
		}
		addColumn("seed", 60, element -> element instanceof RunRow r ? Long.toString(r.row().seed())
				: ((RowGroup) element).group().rows().size() + " runs");
		addColumn("status", 90, element -> element instanceof RunRow r ? r.row().status() : statusOf((RowGroup) element));
		addColumn("time (s)", 70, element -> element instanceof RunRow r ? seconds(r.row().seconds())
				: seconds(Estimate.of(((RowGroup) element).group().rows().stream().map(Row::seconds).toList()).mean()));
		for (Column statistic : table.columns()) {
			addColumn(statistic.header(), 130, element -> element instanceof RunRow r ? number(r.row().statistic(statistic.key()))
					: estimate(((RowGroup) element).group().estimate(statistic.key())));
		}
		for (TreeViewerColumn column : columns) {
			if (column.getColumn().getText().length() * 8 + 24 > column.getColumn().getWidth()) {
				column.getColumn().setWidth(column.getColumn().getText().length() * 8 + 24);
			}
		}
		if (sortColumn >= columns.size()) {
			sortColumn = -1;
		}
		setInput();
	}

	private void addColumn(String title, int width, java.util.function.Function<Object, String> text) {
		TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.getColumn().setMoveable(true);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply(element);
			}

			@Override
			public String getToolTipText(Object element) {
				return element instanceof RunRow r && !r.row().message().isEmpty() ? r.row().message() : null;
			}
		});
		int index = columns.size();
		column.getColumn().addListener(SWT.Selection, e -> sortBy(index));
		columns.add(column);
	}

	/** Sorts by a column; a second click on it reverses the order. */
	public void sortBy(int column) {
		sortDirection = column == sortColumn && sortDirection == SWT.UP ? SWT.DOWN : SWT.UP;
		sortColumn = column;
		viewer.getTree().setSortColumn(columns.get(column).getColumn());
		viewer.getTree().setSortDirection(sortDirection);
		viewer.refresh();
	}

	private void setInput() {
		if (table == null) {
			return;
		}
		String grouping = groupBy.getText();
		List<Object> input = new ArrayList<>();
		if (grouping.equals(NO_GROUPS) || grouping.isEmpty()) {
			table.rows().forEach(row -> input.add(new RunRow(row)));
		} else if (grouping.equals(SEEDS)) {
			table.groupBy(null).forEach(group -> input.add(new RowGroup(group, true)));
		} else {
			Parameter parameter = table.parameters().stream().filter(p -> p.name().equals(grouping)).findFirst()
					.orElseThrow();
			// a group of one parameter's value holds several settings (unless it is the only parameter): its rows are
			// plotted, not their mean
			table.groupBy(parameter).forEach(group -> input.add(new RowGroup(group, table.parameters().size() == 1)));
		}
		viewer.setInput(input);
		viewer.expandAll();
		long completed = table.rows().stream().filter(Row::completed).count();
		header.setText(source.title() + ": " + table.rows().size() + (source.isSweep() ? " points, " : " runs, ")
				+ completed + " completed. Select rows to plot them together; "
				+ "group the seeds of each setting to plot their mean ± standard error.");
		header.getParent().layout(true);
	}

	// --- cells, filtering and sorting

	private String shared(RowGroup group, int parameter) {
		Object first = group.group().rows().get(0).values().size() > parameter ? group.group().rows().get(0).values().get(parameter) : null;
		for (Row row : group.group().rows()) {
			Object value = row.values().size() > parameter ? row.values().get(parameter) : null;
			if (!Objects.equals(first, value)) {
				return "";
			}
		}
		return table.parameters().get(parameter).format(first);
	}

	private static String statusOf(RowGroup group) {
		long completed = group.group().rows().stream().filter(Row::completed).count();
		return completed + " of " + group.group().rows().size() + " completed";
	}

	private static String seconds(double seconds) {
		return Double.isFinite(seconds) ? String.format(Locale.ROOT, "%.2f", seconds) : "";
	}

	private static String number(double value) {
		return Double.isFinite(value) ? String.format(Locale.ROOT, "%.4g", value) : "";
	}

	private static String estimate(Estimate estimate) {
		if (estimate.count() == 0) {
			return "";
		}
		return estimate.count() == 1 ? number(estimate.mean())
				: number(estimate.mean()) + " ± " + String.format(Locale.ROOT, "%.2g", estimate.standardError());
	}

	private String cell(Object element, int column) {
		return ((ColumnLabelProvider) viewer.getLabelProvider(column)).getText(element);
	}

	private boolean matches(Object element) {
		String text = filter == null ? "" : filter.getText().trim().toLowerCase(Locale.ROOT);
		if (text.isEmpty()) {
			return true;
		}
		if (element instanceof RowGroup group && group.children().stream().anyMatch(this::matches)) {
			return true;
		}
		for (int c = 0; c < columns.size(); c++) {
			if (cell(element, c).toLowerCase(Locale.ROOT).contains(text)) {
				return true;
			}
		}
		return false;
	}

	private int compare(Object a, Object b) {
		if (sortColumn < 0 || sortColumn >= columns.size()) {
			return 0;
		}
		String x = cell(a, sortColumn);
		String y = cell(b, sortColumn);
		Double u = leadingNumber(x);
		Double v = leadingNumber(y);
		int order;
		if (u != null && v != null) {
			order = Double.compare(u, v);
		} else if (u != null || v != null) {
			// numbers before empty cells
			order = u != null ? -1 : 1;
		} else {
			order = x.compareToIgnoreCase(y);
		}
		return sortDirection == SWT.UP ? order : -order;
	}

	/** The number a cell starts with ("0.0123 ± 0.0004" → 0.0123), {@code null} when it holds none. */
	private static Double leadingNumber(String cell) {
		String first = cell.split(" ", 2)[0];
		try {
			return Double.valueOf(first);
		} catch (NumberFormatException e) {
			return null;
		}
	}

	/** A row's run: as the table read it, so that plotting it reads nothing again on the UI thread. */
	private StoredRun storedRun(Row row) {
		return stored.computeIfAbsent(row.folder(), folder -> table == null ? null
				: table.result(row).map(result -> StoredRun.of(folder, result)).orElse(null));
	}

	// --- for tests

	/** The table shown, {@code null} until read. */
	public RunsTable table() {
		return table;
	}

	/** Whether the table is being read. */
	public boolean isReading() {
		return reading != null && reading.getState() != Job.NONE;
	}

	public TreeViewer viewer() {
		return viewer;
	}

	public Combo groupByCombo() {
		return groupBy;
	}

	public Text filterText() {
		return filter;
	}

	public String headerText() {
		return header.getText();
	}

	/** The text of a cell of a row or group. */
	public String cellText(Object element, int column) {
		return cell(element, column);
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removePostSelectionListener(selectionListener);
		if (runs != null) {
			runs.removeListener(runListener);
			runs.removeSweepListener(sweepListener);
		}
		if (reading != null) {
			reading.cancel();
		}
		super.dispose();
	}
}
