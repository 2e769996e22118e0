package org.plateau.ui.internal.sweeps;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swtchart.Chart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.plateau.core.family.SimulationOutcome;
import org.plateau.core.figures.NumberLabels;
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
	private Action logX;
	private Action logY;
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
		figures.addListener(SWT.Selection, event -> {
			chart.resetLog(); // another figure: its own scales
			showFigure(figures.getSelectionIndex());
		});
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
		createActions();
	}

	/** The toolbar: log axes, reset zoom and the exports, as in the Plots view. */
	private void createActions() {
		logX = new Action("Log x", IAction.AS_CHECK_BOX) {
			@Override
			public void run() {
				setLog(isChecked(), chart.isLogY());
			}
		};
		logX.setToolTipText("Logarithmic parameter axis");
		logY = new Action("Log y", IAction.AS_CHECK_BOX) {
			@Override
			public void run() {
				setLog(chart.isLogX(), isChecked());
			}
		};
		logY.setToolTipText("Logarithmic value axis");
		Action reset = new Action("Reset zoom") {
			@Override
			public void run() {
				chart.resetZoom();
			}
		};
		reset.setToolTipText("Show all the points again (or double-click the figure)");
		IToolBarManager toolBar = getViewSite().getActionBars().getToolBarManager();
		toolBar.add(logX);
		toolBar.add(logY);
		toolBar.add(reset);
		toolBar.add(new Separator());
		for (String extension : List.of("png", "svg", "csv")) {
			Action export = new Action("Export " + extension.toUpperCase(Locale.ROOT) + "…") {
				@Override
				public void run() {
					exportWithDialog(extension);
				}
			};
			export.setToolTipText("Writes the figure shown as " + extension.toUpperCase(Locale.ROOT)
					+ (extension.equals("svg") ? " (as the sweep's figure files draw it)"
							: extension.equals("csv") ? " (series, parameter, value, error: every point)" : ""));
			toolBar.add(export);
		}
		getViewSite().getActionBars().updateActionBars();
		updateLogActions();
	}

	private void updateLogActions() {
		if (logX != null) {
			logX.setChecked(chart.isLogX());
			logY.setChecked(chart.isLogY());
		}
	}

	/** Sets the axes' scales of the figures, as the Log x and Log y toggles do. */
	public void setLog(boolean x, boolean y) {
		chart.setLog(x, y);
		updateLogActions();
	}

	/** Whether the parameter and value axes are logarithmic now. */
	public boolean[] logAxes() {
		return new boolean[] { chart.isLogX(), chart.isLogY() };
	}

	/** The hover's text as if the mouse were at a plot-area pixel (for tests). */
	public String hoverAt(int px, int py) {
		return chart.hoverAt(px, py);
	}

	/** Zooms to the rectangle between two plot-area pixels (for tests; the mouse does it by dragging). */
	public void zoomTo(Point from, Point to) {
		chart.zoomTo(from, to);
	}

	/** Writes the figure shown, as PNG, SVG or CSV by the file's extension. */
	public void export(Path file) throws IOException {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		if (name.endsWith(".png")) {
			chart.exportPng(file);
		} else if (name.endsWith(".svg")) {
			chart.exportSvg(file, runs.figureRenderers());
		} else if (name.endsWith(".csv")) {
			chart.exportCsv(file);
		} else {
			throw new IOException("Cannot export the sweep figure to " + file + ": its extension is not .png, .svg or .csv");
		}
	}

	private void exportWithDialog(String extension) {
		if (chart.plot() == null) {
			MessageDialog.openInformation(getSite().getShell(), "Export", "No sweep figure is shown.");
			return;
		}
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
		dialog.setFilterExtensions(new String[] { "*." + extension });
		dialog.setFileName(chart.plot().id() + "." + extension);
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen == null) {
			return;
		}
		Path file = Path.of(chosen.endsWith("." + extension) ? chosen : chosen + "." + extension);
		try {
			export(file);
		} catch (IOException e) {
			MessageDialog.openError(getSite().getShell(), "Export", e.getMessage());
		}
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
			updateLogActions();
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
							Object value = row.point().values().get(index - 1);
							// numbers as people write them (0.0005, not 5.0E-4)
							return value instanceof Double number ? NumberLabels.sixDigits(number)
									: results.plan().format(index - 1, value);
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
