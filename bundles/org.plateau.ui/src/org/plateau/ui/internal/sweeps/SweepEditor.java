package org.plateau.ui.internal.sweeps;

import java.nio.file.Path;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.ui.PartInitException;
import org.plateau.core.family.ExperimentException;
import org.plateau.core.sweep.SweepPlan;
import org.plateau.model.Sweep;
import org.plateau.model.util.ExperimentFileException;
import org.plateau.model.util.PlateauResources;
import org.plateau.ui.internal.editor.PlateauFileEditor;

/**
 * The editor of a sweep file ({@code *.sweep}): its base experiment, axes, sampling and repetitions on one page,
 * every edit a command on one EMF stack (undo, redo, dirty state). After every command the sweep is validated (the
 * model's validator names the axis, field and value at fault) and its points are planned, so that the page shows the
 * points the sweep will run, or why it cannot. Run runs it as a background job.
 */
public final class SweepEditor extends PlateauFileEditor<Sweep> {

	public static final String ID = "org.plateau.ui.sweepEditor";

	private Diagnostic diagnostic = Diagnostic.OK_INSTANCE;
	private SweepPlan plan;
	private String planProblem;
	private SweepPage page;

	public SweepEditor() {
		super("sweep", PlateauResources.SWEEP_FILE_EXTENSION);
	}

	@Override
	protected Sweep load(ResourceSet resourceSet, Path from) throws ExperimentFileException {
		return PlateauResources.loadSweep(resourceSet, from);
	}

	@Override
	protected void save(Sweep object, Path to) throws ExperimentFileException {
		// the sweep only: its base stays as it is, referred to relative to the sweep's file
		PlateauResources.saveSweep(object, to);
	}

	@Override
	protected void addEditorPages() throws PartInitException {
		page = new SweepPage(this);
		addPage(page);
	}

	@Override
	protected void commandStackChanged() {
		validate();
		if (page != null) {
			page.refresh();
		}
	}

	@Override
	protected void commitFocusedField() {
		if (page != null) {
			page.commitFocusedField();
		}
	}

	/** Validates the sweep (the model's validator), then plans its points. */
	private void validate() {
		Sweep sweep = root();
		if (sweep == null) {
			return;
		}
		BasicDiagnostic result = Diagnostician.INSTANCE.createDefaultDiagnostic(sweep);
		Diagnostician.INSTANCE.validate(sweep, result, Diagnostician.INSTANCE.createDefaultContext());
		diagnostic = result;
		plan = null;
		planProblem = null;
		try {
			plan = SweepPlan.of(sweep);
		} catch (ExperimentException | RuntimeException e) {
			planProblem = e.getMessage();
		}
	}

	/** The edited sweep, with its base; {@code null} when the file could not be read. */
	public Sweep getSweep() {
		return root();
	}

	/** The latest validation (after the last command). */
	public Diagnostic getDiagnostic() {
		return diagnostic;
	}

	/** The points the sweep runs as it stands, or {@code null} when it cannot run (see {@link #problem()}). */
	public SweepPlan getPlan() {
		return plan;
	}

	/**
	 * Why the sweep cannot run as it stands: the first validation error, else why its points cannot be planned;
	 * {@code null} when it can.
	 */
	public String problem() {
		if (root() == null) {
			return getLoadError().getMessage();
		}
		for (Diagnostic child : diagnostic.getChildren()) {
			if (child.getSeverity() >= Diagnostic.ERROR) {
				return child.getMessage();
			}
		}
		return plan == null ? planProblem : null;
	}

	/** Whether the sweep cannot run as it stands. */
	public boolean hasErrors() {
		return problem() != null;
	}

	/** The page, for tests. */
	public SweepPage page() {
		return page;
	}
}
