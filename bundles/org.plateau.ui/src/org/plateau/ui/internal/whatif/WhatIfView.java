package org.plateau.ui.internal.whatif;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Scale;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.plateau.core.family.ExperimentException;
import org.plateau.core.family.PlotDescriptor;
import org.plateau.core.figures.NumberLabels;
import org.plateau.core.run.RunResult;
import org.plateau.model.Experiment;
import org.plateau.model.util.FieldNames;
import org.plateau.model.util.SweepAxes;
import org.plateau.ui.internal.editor.ExperimentEditor;
import org.plateau.ui.internal.prefs.PlateauPreferences;
import org.plateau.ui.internal.runs.RunManager;
import org.plateau.ui.internal.runs.RunManager.Preview;
import org.plateau.ui.plots.CurvesPlot;
import org.plateau.ui.plots.PlotTheme;
import org.plateau.ui.plots.PlottedRun;
import org.plateau.ui.plots.TheoryOverlay;

/**
 * The instant loop, as TensorFlow Playground has it (issue 19, item 2): sliders on the real-valued settings of the
 * experiment in the active editor (learning rate, initial scale, λ, noise, ...) act on a what-if copy; every move
 * restarts a preview of the copy ({@link RunManager#startPreview}), whose theory is evaluated at every planned step
 * before training starts, so the closed form is redrawn at once, and whose small simulation then trains in the
 * background, the stale one cancelled. Its curves are drawn beside those of the experiment as it is in the editor.
 * Apply turns the changed settings into one EMF command on the editor's experiment (dirty, undoable).
 */
public final class WhatIfView extends ViewPart {

	public static final String ID = "org.plateau.ui.whatIfView";

	/** A slider's positions: the range is 1000 steps, one decade either side of the value on a log slider. */
	static final int POSITIONS = 1000;

	/** How often the view redraws a preview that is training. */
	private static final int POLL_MILLIS = 40;

	/** A setting the sliders move: its path, name and range. */
	record Setting(String path, String name, double value, boolean logarithmic, double from, double to) {

		/** The value at a slider position. */
		double at(int position) {
			double fraction = position / (double) POSITIONS;
			return logarithmic ? Math.pow(10, from + fraction * (to - from)) : from + fraction * (to - from);
		}

		/** The slider position nearest to a value. */
		int positionOf(double v) {
			double x = logarithmic ? Math.log10(v) : v;
			return (int) Math.round(Math.max(0, Math.min(1, (x - from) / (to - from))) * POSITIONS);
		}
	}

	private RunManager runs;
	private Label header;
	private Composite sliders;
	private Label status;
	private Button apply;
	private Button reset;
	private Composite chartArea;
	private CurvesPlot plot;
	private IPartListener2 partListener;

	private ExperimentEditor editor;
	private Experiment whatIf;
	private final Map<String, Double> changed = new LinkedHashMap<>();
	private final Map<String, Scale> scales = new LinkedHashMap<>();
	private final Map<String, Label> values = new LinkedHashMap<>();
	private final List<Setting> settings = new ArrayList<>();
	private Preview saved;
	private Preview preview;
	private long savedVersion = -1;
	private long previewVersion = -1;
	/** When the last change was made (System.nanoTime), until its theory is drawn; 0 when none is pending. */
	private long changedAt;
	/** Whether a restart of the preview is queued behind the slider's events. */
	private boolean restartQueued;
	/** When the curves were last drawn (System.nanoTime). */
	private long lastDraw;
	private final List<Double> latencies = new ArrayList<>();
	/** Of each latency: the milliseconds copying and preparing the what-if copy, and drawing its curves. */
	private final List<Double> preparing = new ArrayList<>();
	private final List<Double> drawings = new ArrayList<>();
	private String problem;
	private final Runnable poll = this::poll;

	@Override
	public void createPartControl(Composite parent) {
		runs = PlatformUI.getWorkbench().getService(RunManager.class);
		Composite root = new Composite(parent, SWT.NONE);
		root.setLayout(new GridLayout(2, false));
		header = new Label(root, SWT.WRAP);
		header.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		Composite left = new Composite(root, SWT.NONE);
		left.setLayout(new GridLayout(1, false));
		GridData leftData = new GridData(SWT.FILL, SWT.FILL, false, true);
		leftData.widthHint = 320;
		left.setLayoutData(leftData);
		sliders = new Composite(left, SWT.NONE);
		sliders.setLayout(new GridLayout(2, false));
		GridData slidersData = new GridData(SWT.FILL, SWT.TOP, true, false);
		slidersData.widthHint = 300;
		sliders.setLayoutData(slidersData);
		Composite buttons = new Composite(left, SWT.NONE);
		buttons.setLayout(new GridLayout(2, true));
		apply = new Button(buttons, SWT.PUSH);
		apply.setText("Apply to the experiment");
		apply.setToolTipText("Sets the changed values in the editor's experiment as one command (Undo takes it back)");
		apply.addListener(SWT.Selection, e -> apply());
		reset = new Button(buttons, SWT.PUSH);
		reset.setText("Reset");
		reset.setToolTipText("Back to the experiment's values");
		reset.addListener(SWT.Selection, e -> attach(editor));
		status = new Label(left, SWT.WRAP);
		status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		chartArea = new Composite(root, SWT.NONE);
		chartArea.setLayout(new org.eclipse.swt.layout.FillLayout());
		chartArea.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));

		partListener = new IPartListener2() {
			@Override
			public void partActivated(IWorkbenchPartReference reference) {
				if (reference.getPart(false) instanceof ExperimentEditor active && active != editor) {
					attach(active);
				}
			}

			@Override
			public void partClosed(IWorkbenchPartReference reference) {
				if (reference.getPart(false) == editor) {
					attach(null);
				}
			}
		};
		getSite().getPage().addPartListener(partListener);
		IEditorPart active = getSite().getPage().getActiveEditor();
		attach(active instanceof ExperimentEditor e ? e : null);
		root.getDisplay().timerExec(POLL_MILLIS, poll);
	}

	/** Shows the sliders of an editor's experiment, and starts the preview of the experiment as it is there. */
	public void attach(ExperimentEditor next) {
		cancelPreviews();
		editor = next;
		changed.clear();
		settings.clear();
		scales.clear();
		values.clear();
		for (var child : sliders.getChildren()) {
			child.dispose();
		}
		if (plot != null) {
			plot.dispose();
			plot = null;
		}
		for (var child : chartArea.getChildren()) {
			child.dispose();
		}
		problem = null;
		if (editor == null || editor.getExperiment() == null) {
			whatIf = null;
			header.setText("Open an experiment in the editor: its settings get sliders here, and moving one redraws the "
					+ "theory at once and re-runs the simulation in the background.");
			updateButtons();
			header.getParent().layout(true, true);
			return;
		}
		Experiment experiment = editor.getExperiment();
		whatIf = EcoreUtil.copy(experiment);
		header.setText("What if '" + experiment.getName() + "' were set otherwise? Move a slider: the what-if copy's "
				+ "theory is redrawn at once (dashed) and its simulation re-runs in the background; 'as in the editor' is "
				+ "the experiment unchanged. Nothing changes in the experiment until Apply.");
		for (Setting setting : settingsOf(experiment)) {
			settings.add(setting);
			// the setting and its value on one line above its slider: "learning rate η = 0.002"
			Label name = new Label(sliders, SWT.NONE);
			name.setText(setting.name() + " = " + NumberLabels.sixDigits(setting.value()));
			name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
			values.put(setting.path(), name);
			Scale scale = new Scale(sliders, SWT.HORIZONTAL);
			scale.setMinimum(0);
			scale.setMaximum(POSITIONS);
			scale.setPageIncrement(POSITIONS / 20);
			scale.setSelection(setting.positionOf(setting.value()));
			scale.setToolTipText(setting.logarithmic() ? "a decade either side of " + NumberLabels.sixDigits(setting.value())
					: NumberLabels.sixDigits(setting.from()) + " to " + NumberLabels.sixDigits(setting.to()));
			GridData scaleData = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
			// narrow enough that the value beside the name stays in the column
			scaleData.widthHint = 200;
			scale.setLayoutData(scaleData);
			scale.addListener(SWT.Selection, e -> set(setting.path(), setting.at(scale.getSelection())));
			scales.put(setting.path(), scale);
		}
		try {
			saved = runs.startPreview(experiment);
		} catch (ExperimentException e) {
			problem = e.getMessage();
		}
		savedVersion = -1;
		previewVersion = -1;
		updateButtons();
		header.getParent().layout(true, true);
	}

	/**
	 * The settings a slider moves: every real-valued, single setting of the experiment (of its task, architecture,
	 * initialisation, and the training's learning rate) with a finite value; a positive one on a log slider over a
	 * decade either side, others on a linear one.
	 */
	static List<Setting> settingsOf(Experiment experiment) {
		List<Setting> list = new ArrayList<>();
		for (String path : SweepAxes.paths(experiment)) {
			if (path.equals("seed") || path.startsWith("training.") && !path.equals("training.learningRate")) {
				continue;
			}
			EAttribute attribute = SweepAxes.attribute(experiment, path);
			Class<?> type = attribute.getEAttributeType().getInstanceClass();
			if (type != double.class && type != Double.class) {
				continue;
			}
			Object current = SweepAxes.get(experiment, path);
			if (!(current instanceof Double value) || !Double.isFinite(value)) {
				continue;
			}
			String name = FieldNames.of(attribute);
			if (value > 0) {
				list.add(new Setting(path, name, value, true, Math.log10(value) - 1, Math.log10(value) + 1));
			} else {
				double span = Math.max(1, 2 * Math.abs(value));
				list.add(new Setting(path, name, value, false, value - span, value + span));
			}
		}
		return list;
	}

	/** Sets a value of the what-if copy, as a slider does, and restarts its preview. */
	public void set(String path, double value) {
		if (whatIf == null) {
			return;
		}
		SweepAxes.apply(whatIf, path, value);
		changed.put(path, value);
		Label label = values.get(path);
		Setting named = settings.stream().filter(s -> s.path().equals(path)).findFirst().orElse(null);
		if (label != null && named != null) {
			label.setText(named.name() + " = " + NumberLabels.sixDigits(value));
		}
		Scale scale = scales.get(path);
		Setting setting = settings.stream().filter(s -> s.path().equals(path)).findFirst().orElse(null);
		if (scale != null && setting != null && setting.positionOf(value) != scale.getSelection()) {
			scale.setSelection(setting.positionOf(value));
		}
		if (changedAt == 0) {
			changedAt = System.nanoTime();
		}
		// a drag sends many values: the preview restarts for the newest one once the events have been handled
		if (!restartQueued) {
			restartQueued = true;
			sliders.getDisplay().asyncExec(this::restartPreview);
		}
	}

	/** Restarts the preview of the what-if copy as it is now; the stale one stops at its next step. */
	private void restartPreview() {
		restartQueued = false;
		if (whatIf == null || sliders.isDisposed()) {
			return;
		}
		if (preview != null) {
			preview.cancel();
		}
		long started = System.nanoTime();
		try {
			preview = runs.startPreview(whatIf);
			preparing.add((System.nanoTime() - started) / 1e6);
			problem = null;
		} catch (ExperimentException e) {
			// an invalid value (a learning rate the family refuses, say): said, and nothing drawn for it
			preview = null;
			problem = e.getMessage();
			changedAt = 0;
		}
		previewVersion = -1;
		updateButtons();
	}

	/** Sets the changed values in the editor's experiment as one command: dirty, undoable. */
	public void apply() {
		if (editor == null || changed.isEmpty()) {
			return;
		}
		EditingDomain domain = editor.getEditingDomain();
		Experiment experiment = editor.getExperiment();
		CompoundCommand command = new CompoundCommand("What-if " + describeChanges());
		try {
			for (Map.Entry<String, Double> change : changed.entrySet()) {
				EObject owner = SweepAxes.owner(experiment, change.getKey());
				command.append(SetCommand.create(domain, owner, SweepAxes.attribute(experiment, change.getKey()),
						change.getValue()));
			}
		} catch (IllegalArgumentException e) {
			// the experiment was edited so that a setting is gone (another task type, say): keep the sliders
			problem = "Cannot apply: " + e.getMessage();
			updateButtons();
			return;
		}
		if (!command.canExecute()) {
			problem = "Cannot apply " + describeChanges() + " to the experiment as it is now in the editor";
			updateButtons();
			return;
		}
		domain.getCommandStack().execute(command);
		attach(editor);
	}

	private void updateButtons() {
		apply.setEnabled(editor != null && !changed.isEmpty() && problem == null);
		reset.setEnabled(editor != null && !changed.isEmpty());
	}

	/** Redraws the previews that changed, and notes how long a change took to show its theory. */
	private void poll() {
		if (chartArea.isDisposed()) {
			return;
		}
		try {
			RunResult savedResult = saved == null ? null : saved.run().snapshot();
			RunResult previewResult = preview == null ? null : preview.run().snapshot();
			long sv = saved == null ? -1 : saved.run().version();
			long pv = preview == null ? -1 : preview.run().version();
			// a change waits for its theory, not for the empty plan before it; training progress is drawn at most
			// every 100 ms, so that drawing does not delay the next change's theory
			boolean waiting = changedAt != 0 && (restartQueued || (previewResult == null || previewResult.theory().isEmpty())
					&& preview != null && preview.run().isLive() && System.nanoTime() - changedAt < 2_000_000_000L);
			if (changedAt != 0 && !waiting && (previewResult == null || previewResult.theory().isEmpty())) {
				// a copy without theory drawn ahead (none applies, or it is fitted to the run): nothing to time
				changedAt = 0;
			}
			boolean throttled = changedAt == 0 && System.nanoTime() - lastDraw < 100_000_000L
					&& (saved == null || saved.run().isLive()) && (preview == null || preview.run().isLive());
			if (savedResult != null && !waiting && !throttled && (sv != savedVersion || pv != previewVersion)) {
				lastDraw = System.nanoTime();
				savedVersion = sv;
				previewVersion = pv;
				long drawing = System.nanoTime();
				draw(savedResult, previewResult);
				if (changedAt != 0 && previewResult != null && !previewResult.theory().isEmpty()) {
					long now = System.nanoTime();
					latencies.add((now - changedAt) / 1e6);
					drawings.add((now - drawing) / 1e6);
					changedAt = 0;
				}
			}
			status.setText(statusText(previewResult));
			status.getParent().layout(true);
		} finally {
			// while a change waits for its theory, look often: the redraw latency is what the loop is for
			chartArea.getDisplay().timerExec(changedAt != 0 ? 4 : POLL_MILLIS, poll);
		}
	}

	private void draw(RunResult asSaved, RunResult whatIfResult) {
		if (plot == null) {
			PlotDescriptor descriptor = asSaved.plotsOfKind(PlotDescriptor.CURVES).stream().findFirst().orElse(null);
			if (descriptor == null) {
				return;
			}
			PlotTheme theme = PlateauPreferences.instance().plotTheme();
			plot = new CurvesPlot(chartArea, descriptor, () -> theme,
					plotted -> TheoryOverlay.curves(descriptor, plotted, theme));
			chartArea.layout(true);
		}
		List<PlottedRun> shown = new ArrayList<>();
		shown.add(new PlottedRun("as in the editor", asSaved, saved.run().isLive()));
		if (whatIfResult != null) {
			// one label whatever the values, so that the chart keeps its series and only their points change (a new
			// label would make new series: slower to draw); the changes are said under the sliders
			shown.add(new PlottedRun("what-if", whatIfResult, preview.run().isLive()));
		}
		plot.show(shown);
	}

	/** The changes in the paper's symbols: "η = 0.02, σ = 0.003". */
	private String describeChanges() {
		List<String> parts = new ArrayList<>();
		for (Map.Entry<String, Double> change : changed.entrySet()) {
			parts.add(FieldNames.symbol(SweepAxes.attribute(whatIf, change.getKey())) + " = "
					+ NumberLabels.sixDigits(change.getValue()));
		}
		return String.join(", ", parts);
	}

	private String statusText(RunResult previewResult) {
		if (problem != null) {
			return problem;
		}
		StringBuilder text = new StringBuilder();
		if (!changed.isEmpty()) {
			text.append("what-if: ").append(describeChanges()).append("\n");
		}
		if (!latencies.isEmpty()) {
			text.append(String.format(Locale.ROOT, "theory redrawn %.0f ms after the last change", latencies.get(latencies.size() - 1)));
		}
		if (preview != null && previewResult != null && preview.run().isLive()) {
			long steps = whatIf.getTraining() == null ? 0 : whatIf.getTraining().getSteps();
			text.append(text.length() == 0 ? "" : "; ").append("simulation at step ")
					.append(previewResult.outcome().stepsCompleted()).append(" of ").append(steps);
		} else if (preview != null && preview.run().failure() != null) {
			text.append(text.length() == 0 ? "" : "; ").append("the what-if run failed: ").append(preview.run().failure());
		}
		return text.toString();
	}

	private void cancelPreviews() {
		if (saved != null) {
			saved.cancel();
			saved = null;
		}
		if (preview != null) {
			preview.cancel();
			preview = null;
		}
		changedAt = 0;
	}

	// --- for tests

	/** The settings with sliders, by path. */
	public List<String> sliderPaths() {
		return settings.stream().map(Setting::path).toList();
	}

	/** The what-if copy. */
	public Experiment whatIf() {
		return whatIf;
	}

	/** The milliseconds from each change to its theory drawn, in order. */
	public List<Double> latencies() {
		return List.copyOf(latencies);
	}

	/** Of each change, the milliseconds spent preparing the copy (on the UI thread) and drawing its theory. */
	public List<List<Double>> latencyParts() {
		return List.of(List.copyOf(preparing), List.copyOf(drawings));
	}

	/** The preview of the what-if copy, {@code null} before a change. */
	public Preview preview() {
		return preview;
	}

	/** The chart, {@code null} until the experiment's preview has started. */
	public CurvesPlot plot() {
		return plot;
	}

	/** The text under the sliders: the changes, the last latency, the simulation's progress. */
	public String statusText() {
		return status.getText();
	}

	public Button applyButton() {
		return apply;
	}

	@Override
	public void setFocus() {
		sliders.setFocus();
	}

	@Override
	public void dispose() {
		cancelPreviews();
		getSite().getPage().removePartListener(partListener);
		super.dispose();
	}
}
