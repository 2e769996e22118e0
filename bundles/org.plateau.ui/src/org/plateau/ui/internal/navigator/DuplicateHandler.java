package org.plateau.ui.internal.navigator;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

/** Copies the selected experiments (not their runs) under new names. */
public final class DuplicateHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		ExperimentsView view = NavigatorHandlers.view(window.getActivePage());
		if (view == null) {
			return null;
		}
		Path last = null;
		for (Object element : NavigatorHandlers.selected(event)) {
			if (element instanceof ExperimentEntry entry) {
				try {
					last = view.workspace().duplicate(entry);
				} catch (IOException e) {
					MessageDialog.openError(window.getShell(), "Duplicate", "Cannot duplicate " + entry.file() + ": "
							+ e.getMessage());
				}
			}
		}
		view.refresh();
		if (last != null) {
			view.reveal(last);
		}
		return null;
	}
}
