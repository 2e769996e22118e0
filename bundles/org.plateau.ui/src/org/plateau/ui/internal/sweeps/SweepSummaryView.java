package org.plateau.ui.internal.sweeps;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swtchart.Chart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.plateau.core.family.SimulationOutcome;
import org.plateau.core.figures.ParameterPlot;
import org.plateau.core.sweep.SweepResults;
import org.plateau.core.sweep.SweepSummary;
import org.plateau.ui.internal.editor.AttributeValues;
import org.plateau.ui.internal.prefs.PlateauPreferences;
import org.plateau.ui.internal.runs.LiveSweep;
import org.plateau.ui.internal.runs.RunManager;

/**
 * The summary of a sweep folder: each metric's statistics against the first axis with the theory's curves (the
 * figures {@code plateau sweep} writes, drawn live in SWTChart), where the theory has gaps and why, and the table of
 * the points that ran with how each ended. While the sweep runs, the view reads the folder again every few seconds,
 * so the points fill in as they complete; the theory's curves are evaluated once.
 */
public final class SweepSummaryView extends ViewPart {

	public static final String ID = "org.plateau.ui.sweepSummaryView";
	/** How often a running sweep's folder is read again. */
	private static final int REFRESH_MILLIS = 2000;

	private RunManager runs;
	private Label header;
	private Combo figures;
	private ParameterChart chart;
	private Label theoryGaps;
	private TableViewer table;
	private Path folder;
	private SweepResults results;
	private String problem;
	private Job reading;
	/** The number of the newest read: the result of an older one, which may end later, is dropped. */
	private long readNumber;
	private boolean rereadQueued;
	private Display display;
	private final Consumer<LiveSweep> sweepListener = sweep -> {
		Display ui = display;
		if (sweep.ended() && ui != null && !ui.isDisposed()) {
			ui.asyncExec(() -> {
				if (!header.isDisposed() && sweep.folder().equals(folder)) {
					read(true);
				}
			});
		}
	};
	private final Runnable tick = this::tick;

	@Override
	public void createPartControl(Composite parent) {
		runs = getSite().getService(RunManager.class);
		display = parent.getDisplay();
		Composite top = new Composite(parent, SWT.NONE);
		top.setLayout(new GridLayout(2, false));
		header = new Label(top, SWT.WRAP);
		header.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		header.setText("Open a sweep folder in the Experiments view (under a sweep) to see its summary.");
		new Label(top, SWT.NONE).setText("Figure:");
		figures = new Combo(top, SWT.READ_ONLY | SWT.DROP_DOWN);
		figures.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		figures.addListener(SWT.Selection, event -> showFigure(figures.getSelectionIndex()));
		SashForm sash = new SashForm(top, SWT.VERTICAL);
		sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
		chart = new ParameterChart(sash, PlateauPreferences.instance().plotTheme());
		Composite bottom = new Composite(sash, SWT.NONE);
		bottom.setLayout(new GridLayout(1, false));
		theoryGaps = new Label(bottom, SWT.WRAP);
		theoryGaps.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		table = new TableViewer(bottom, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		table.setContentProvider(ArrayContentProvider.getInstance());
		table.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		sash.setWeights(80, 20);
		runs.addSweepListener(sweepListener);
	}

	/** Shows a sweep folder in the Sweep Summary view, opening it if needed. */
	public static void show(IWorkbenchPage page, Path folder) {
		try {
			SweepSummaryView view = (SweepSummaryView) page.showView(ID, null, IWorkbenchPage.VIEW_VISIBLE);
			view.show(folder);
		} catch (PartInitException e) {
			ErrorDialog.openError(page.getWorkbenchWindow().getShell(), "Sweep summary", "Cannot open the Sweep Summary view",
					e.getStatus());
		}
	}

	/** Shows a sweep folder: reads it in the background (the theory's curves take a moment), then draws it. */
	public void show(Path sweepFolder) {
		this.folder = sweepFolder.toAbsolutePath().normalize();
		this.results = null;
		this.problem = null;
		header.setText("Reading " + folder + " ...");
		read(false);
	}

	/** The folder shown, or {@code null}. */
	public Path folder() {
		return folder;
	}

	/** What is shown: the folder's results as last read, or {@code null} before the first read ended. */
	public SweepResults results() {
		return results;
	}

	/** Why the folder cannot be shown, or {@code null}. */
	public String problem() {
		return problem;
	}

	/** The chart, for tests. */
	public Chart chart() {
		return chart.chart();
	}

	/** The combo of the figures, for tests. */
	public Combo figuresCombo() {
		return figures;
	}

	/** The figure drawn, for tests. */
	public ParameterPlot shownFigure() {
		return chart.plot();
	}

	/** Whether a read of the folder is going on. */
	public boolean isReading() {
		return reading != null && reading.getState() != Job.NONE || rereadQueued;
	}

	/** The header line, for tests. */
	public String headerText() {
		return header.getText();
	}

	/** Reads the folder in a job: again with the theory kept ({@code reread}) or from the start. */
	private void read(boolean reread) {
		Path target = folder;
		SweepResults earlier = results;
		if (target == null) {
			return;
		}
		if (reading != null) {
			reading.cancel();
		}
		long number = ++readNumber;
		Job job = Job.create("Reading sweep " + target.getFileName(), (IProgressMonitor monitor) -> {
			SweepResults read;
			String failure = null;
			try {
				read = reread && earlier != null ? earlier.reread(runs.registry(), target, monitor)
						: SweepResults.read(runs.registry(), target, monitor);
			} catch (Exception e) {
				read = null;
				failure = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
			}
			SweepResults done = read;
			String why = failure;
			if (!display.isDisposed()) {
				display.asyncExec(() -> shown(number, target, done, why));
			}
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		reading = job;
		job.schedule();
	}

	private void shown(long number, Path target, SweepResults read, String failure) {
		if (header.isDisposed() || number != readNumber || !target.equals(folder)) {
			return;
		}
		rereadQueued = false;
		boolean running = running();
		if (read == null) {
			problem = failure;
			header.setText("Cannot show " + target + ": " + failure);
			if (running) {
				// a point being written can fail a read: try again at the next tick
				display.timerExec(REFRESH_MILLIS, tick);
			}
			return;
		}
		problem = null;
		results = read;
		int total = read.plan().points().size();
		int failed = (int) read.summary().rows().stream().filter(row -> !row.completed()
				&& row.status() != SimulationOutcome.Status.RUNNING).count();
		String subtitle = read.plots().isEmpty() ? "" : read.plots().get(0).subtitle();
		int colon = subtitle.indexOf(": ");
		header.setText(String.format("Sweep '%s' of %s: %d of %d points completed%s%s%s · folder %s/%s",
				read.plan().sweep().getName(), read.plan().sweep().getBase().getName(), read.completed(), total,
				failed == 0 ? "" : ", " + failed + " did not", running ? " (running)" : "",
				colon < 0 ? "" : " · " + subtitle.substring(colon + 2), target.getParent().getFileName(), target.getFileName()));
		header.setToolTipText("Results, summary.csv, settings.csv (mean ± s.e. per setting) and figures in " + target);
		String selected = figures.getSelectionIndex() < 0 ? null : figures.getItem(figures.getSelectionIndex());
		figures.removeAll();
		for (ParameterPlot plot : read.plots()) {
			figures.add(plot.title());
		}
		int index = selected == null ? 0 : Math.max(0, figures.indexOf(selected));
		if (!read.plots().isEmpty()) {
			figures.select(index);
			showFigure(index);
		} else {
			chart.show(null);
		}
		List<String> gaps = read.theoryProblems();
		theoryGaps.setText(gaps.isEmpty() ? "" : "The theory has no value at " + String.join("; at ", gaps.subList(0, Math.min(3, gaps.size())))
				+ (gaps.size() > 3 ? " (and " + (gaps.size() - 3) + " more)" : ""));
		showRows(read);
		header.getParent().layout(true, true);
		if (running) {
			display.timerExec(REFRESH_MILLIS, tick);
		}
	}

	private boolean running() {
		return runs.liveSweeps().stream().anyMatch(live -> live.folder().equals(folder));
	}

	private void tick() {
		if (header.isDisposed() || !running() || rereadQueued) {
			return;
		}
		rereadQueued = true;
		read(true);
	}

	private void showFigure(int index) {
		if (results != null && index >= 0 && index < results.plots().size()) {
			chart.show(results.plots().get(index));
		}
	}

	private void showRows(SweepResults read) {
		List<String> columns = new ArrayList<>(List.of("point"));
		read.plan().attributes().forEach(attribute -> columns.add(AttributeValues.label(attribute)));
		columns.addAll(List.of("seed", "status", "message"));
		TableColumn[] existing = table.getTable().getColumns();
		boolean same = existing.length == columns.size();
		for (int c = 0; same && c < columns.size(); c++) {
			same = existing[c].getText().equals(columns.get(c));
		}
		if (!same) {
			for (TableColumn column : existing) {
				column.dispose();
			}
			int axes = read.plan().axisPaths().size();
			for (int c = 0; c < columns.size(); c++) {
				int index = c;
				TableViewerColumn column = new TableViewerColumn(table, SWT.LEFT);
				column.getColumn().setText(columns.get(c));
				// the axes are named in words ("learning rate η"): wider than the numbers they hold
				column.getColumn().setWidth(c == columns.size() - 1 ? 400 : c >= 1 && c <= axes ? 130 : 90);
				column.setLabelProvider(new ColumnLabelProvider() {
					@Override
					public String getText(Object element) {
						SweepSummary.Row row = (SweepSummary.Row) element;
						if (index == 0) {
							return row.point().id();
						} else if (index <= axes) {
							return results.plan().format(index - 1, row.point().values().get(index - 1));
						} else if (index == axes + 1) {
							return Long.toString(row.point().seed());
						} else if (index == axes + 2) {
							return row.status().name().toLowerCase(Locale.ROOT);
						}
						return row.message();
					}
				});
			}
		}
		table.setInput(read.summary().rows().toArray());
	}

	@Override
	public void setFocus() {
		figures.setFocus();
	}

	@Override
	public void dispose() {
		if (runs != null) {
			runs.removeSweepListener(sweepListener);
		}
		if (reading != null) {
			reading.cancel();
		}
		super.dispose();
	}
}
