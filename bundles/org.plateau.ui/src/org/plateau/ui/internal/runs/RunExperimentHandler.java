package org.plateau.ui.internal.runs;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.plateau.core.family.ExperimentException;
import org.plateau.model.Experiment;
import org.plateau.model.Sweep;
import org.plateau.model.util.ExperimentFileException;
import org.plateau.model.util.PlateauResources;
import org.plateau.ui.internal.editor.ExperimentEditor;
import org.plateau.ui.internal.editor.ProblemsView;
import org.plateau.ui.internal.navigator.ExperimentEntry;
import org.plateau.ui.internal.navigator.ExperimentsView;
import org.plateau.ui.internal.navigator.SweepEntry;
import org.plateau.ui.internal.sweeps.SweepEditor;
import org.plateau.ui.internal.sweeps.SweepSummaryView;

/**
 * Runs the experiment of the active editor as it is now (saved or not), or else the experiment selected in the
 * Experiments view, and shows it training in the Plots view. An experiment with errors is not run: the Problems view
 * lists them. A sweep (its editor active, or selected) runs as a sweep job, shown in the Sweep Summary view.
 */
public final class RunExperimentHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		if (window == null) {
			return null;
		}
		IWorkbenchPage page = window.getActivePage();
		Experiment experiment = null;
		Path file = null;
		IEditorPart editor = HandlerUtil.getActiveEditor(event);
		boolean fromView = HandlerUtil.getActivePart(event) instanceof ExperimentsView;
		ISelection selection = HandlerUtil.getCurrentSelection(event);
		if (fromView && selection instanceof IStructuredSelection s && s.getFirstElement() instanceof SweepEntry entry) {
			if (entry.sweep() == null) {
				MessageDialog.openError(window.getShell(), "Run", entry.problem());
				return null;
			}
			startSweep(window, entry.sweep(), entry.file());
			return null;
		}
		if (!fromView && editor instanceof SweepEditor sweepEditor && sweepEditor.getSweep() != null) {
			if (sweepEditor.hasErrors()) {
				MessageDialog.openError(window.getShell(), "Run",
						"The sweep '" + sweepEditor.getSweep().getName() + "' cannot run: " + sweepEditor.problem());
				return null;
			}
			startSweep(window, sweepEditor.getSweep(), sweepEditor.getFile());
			return null;
		}
		if (fromView && selection instanceof IStructuredSelection s && s.getFirstElement() instanceof ExperimentEntry entry) {
			file = entry.file();
			try {
				experiment = PlateauResources.load(file);
			} catch (ExperimentFileException e) {
				MessageDialog.openError(window.getShell(), "Run", e.getMessage());
				return null;
			}
		} else if (editor instanceof ExperimentEditor experimentEditor && experimentEditor.getExperiment() != null) {
			if (experimentEditor.hasErrors()) {
				showProblems(page);
				MessageDialog.openError(window.getShell(), "Run",
						"'" + experimentEditor.getExperiment().getName() + "' has errors and cannot run; the Problems "
								+ "view lists them (double-click one to go to its field).");
				return null;
			}
			experiment = experimentEditor.getExperiment();
			file = experimentEditor.getFile();
		}
		if (experiment == null) {
			MessageDialog.openInformation(window.getShell(), "Run",
					"Open an experiment in the editor, or select one in the Experiments view, to run it.");
			return null;
		}
		RunManager runs = window.getWorkbench().getService(RunManager.class);
		try {
			LiveRun run = runs.start(experiment, file);
			ExperimentsView.showInPlots(page, List.of(run));
			say(HandlerUtil.getActivePart(event), startedMessage(run, fromView || editor == null || !editor.isDirty()));
			if (page.findView(ExperimentsView.ID) instanceof ExperimentsView view) {
				view.refresh();
			}
		} catch (ExperimentException e) {
			showProblems(page);
			MessageDialog.openError(window.getShell(), "Run", e.getMessage());
		}
		return null;
	}

	/** Starts a sweep, lists it in the Experiments view and shows its summary as the points complete. */
	private static void startSweep(IWorkbenchWindow window, Sweep sweep, Path file) {
		RunManager runs = window.getWorkbench().getService(RunManager.class);
		IWorkbenchPage page = window.getActivePage();
		try {
			LiveSweep live = runs.startSweep(sweep, file);
			if (page.findView(ExperimentsView.ID) instanceof ExperimentsView view) {
				view.refresh();
			}
			SweepSummaryView.show(page, live.folder());
		} catch (ExperimentException e) {
			MessageDialog.openError(window.getShell(), "Run", e.getMessage());
		}
	}

	/**
	 * What the status line says after Ctrl+R: which experiment runs, whether as saved or as edited, and where its run
	 * is written.
	 */
	static String startedMessage(LiveRun run, boolean asSaved) {
		return "Running '" + run.experiment().getName() + "'" + (asSaved ? "" : " as edited (unsaved changes included)")
				+ run.folder().map(folder -> " into " + folder.getFileName()).orElse("")
				+ "; its curves are in the Plots view";
	}

	/** A message on the status line of the part the command came from. */
	private static void say(IWorkbenchPart part, String message) {
		IActionBars bars = part instanceof IViewPart view ? view.getViewSite().getActionBars()
				: part instanceof IEditorPart editor ? editor.getEditorSite().getActionBars() : null;
		if (bars != null) {
			bars.getStatusLineManager().setMessage(message);
		}
	}

	private static void showProblems(IWorkbenchPage page) {
		try {
			page.showView(ProblemsView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
		} catch (PartInitException e) {
			// the dialog says it all
		}
	}
}
