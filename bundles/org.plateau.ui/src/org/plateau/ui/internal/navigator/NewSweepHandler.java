package org.plateau.ui.internal.navigator;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.plateau.ui.internal.editor.ExperimentEditorInput;
import org.plateau.ui.internal.sweeps.SweepEditor;

/**
 * Makes a sweep of the experiment selected in the Experiments view (over its learning rate, three seeds, to start
 * from), lists it and opens it in the sweep editor.
 */
public final class NewSweepHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		ExperimentsView view = NavigatorHandlers.view(window.getActivePage());
		if (view == null) {
			return null;
		}
		ExperimentEntry experiment = null;
		for (Object element : NavigatorHandlers.selected(event)) {
			if (element instanceof ExperimentEntry entry) {
				experiment = entry;
				break;
			}
		}
		if (experiment == null) {
			MessageDialog.openInformation(window.getShell(), "New Sweep",
					"Select the experiment to sweep in the Experiments view: the sweep starts every point from it.");
			return null;
		}
		try {
			Path file = view.workspace().createSweep(experiment);
			view.refresh();
			view.reveal(file);
			window.getActivePage().openEditor(new ExperimentEditorInput(file), SweepEditor.ID);
		} catch (IOException e) {
			MessageDialog.openError(window.getShell(), "New Sweep", e.getMessage());
		} catch (PartInitException e) {
			MessageDialog.openError(window.getShell(), "New Sweep", "Cannot open the sweep: " + e.getMessage());
		}
		return null;
	}
}
