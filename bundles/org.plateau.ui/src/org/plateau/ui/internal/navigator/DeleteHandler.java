package org.plateau.ui.internal.navigator;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

/** Deletes the selected experiments (with their runs), runs, sweeps (with their folders) or sweep folders, after asking. */
public final class DeleteHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		IWorkbenchPage page = window.getActivePage();
		ExperimentsView view = NavigatorHandlers.view(page);
		if (view == null) {
			return null;
		}
		List<ExperimentEntry> experiments = new ArrayList<>();
		List<RunEntry> runs = new ArrayList<>();
		List<SweepEntry> sweeps = new ArrayList<>();
		List<SweepRunEntry> sweepRuns = new ArrayList<>();
		for (Object element : NavigatorHandlers.selected(event)) {
			if (element instanceof ExperimentEntry e) {
				experiments.add(e);
			} else if (element instanceof RunEntry r) {
				runs.add(r);
			} else if (element instanceof SweepEntry s) {
				sweeps.add(s);
			} else if (element instanceof SweepRunEntry r) {
				sweepRuns.add(r);
			}
		}
		if (experiments.isEmpty() && runs.isEmpty() && sweeps.isEmpty() && sweepRuns.isEmpty()) {
			return null;
		}
		String question = experiments.isEmpty() && runs.isEmpty() ? "Delete " : question(view.workspace(), experiments, runs);
		if (!sweeps.isEmpty() || !sweepRuns.isEmpty()) {
			question = question.replace("? This cannot be undone.", experiments.isEmpty() && runs.isEmpty() ? "" : ", and ")
					+ (sweeps.isEmpty() ? "" : sweeps.size() + (sweeps.size() == 1 ? " sweep" : " sweeps") + " with their results")
					+ (sweeps.isEmpty() || sweepRuns.isEmpty() ? "" : " and ")
					+ (sweepRuns.isEmpty() ? "" : sweepRuns.size() + (sweepRuns.size() == 1 ? " sweep folder" : " sweep folders"))
					+ " (base experiments are kept)? This cannot be undone.";
		}
		if (!MessageDialog.openConfirm(window.getShell(), "Delete", question)) {
			return null;
		}
		for (SweepEntry s : sweeps) {
			IEditorReference open = RenameHandler.openEditor(page, s.file());
			if (open != null) {
				page.closeEditors(new IEditorReference[] { open }, false);
			}
			try {
				view.workspace().delete(s);
			} catch (IOException ex) {
				MessageDialog.openError(window.getShell(), "Delete", "Cannot delete " + s.file() + ": " + ex.getMessage());
			}
		}
		for (SweepRunEntry r : sweepRuns) {
			try {
				view.workspace().delete(r);
			} catch (IOException ex) {
				MessageDialog.openError(window.getShell(), "Delete", "Cannot delete " + r.folder() + ": " + ex.getMessage());
			}
		}
		for (ExperimentEntry e : experiments) {
			IEditorReference open = RenameHandler.openEditor(page, e.file());
			if (open != null) {
				page.closeEditors(new IEditorReference[] { open }, false);
			}
			try {
				view.workspace().delete(e);
			} catch (IOException ex) {
				MessageDialog.openError(window.getShell(), "Delete", "Cannot delete " + e.file() + ": " + ex.getMessage());
			}
		}
		for (RunEntry r : runs) {
			try {
				view.workspace().delete(r);
			} catch (IOException ex) {
				MessageDialog.openError(window.getShell(), "Delete", "Cannot delete " + r.folder() + ": " + ex.getMessage());
			}
		}
		view.refresh();
		return null;
	}

	private static String question(ExperimentsWorkspace workspace, List<ExperimentEntry> experiments, List<RunEntry> runs) {
		StringBuilder text = new StringBuilder("Delete ");
		if (experiments.size() == 1) {
			int count = workspace.runs(experiments.get(0)).size();
			text.append("the experiment '").append(experiments.get(0).name()).append("'")
					.append(count == 0 ? "" : " and its " + count + (count == 1 ? " run" : " runs"));
		} else if (!experiments.isEmpty()) {
			text.append(experiments.size()).append(" experiments and their runs");
		}
		if (!runs.isEmpty()) {
			text.append(experiments.isEmpty() ? "" : ", and ").append(runs.size() == 1 ? "the run " + runs.get(0)
					+ " of '" + runs.get(0).experiment().name() + "'" : runs.size() + " runs");
		}
		return text.append("? This cannot be undone.").toString();
	}
}
