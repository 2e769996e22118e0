package org.plateau.ui.internal.navigator;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.plateau.ui.internal.editor.ExperimentEditor;
import org.plateau.ui.internal.editor.ExperimentEditorInput;

/**
 * Renames the selected experiment: its file, its name and its runs' folder. An open editor of it must be saved or
 * closed first, so that no edit is lost.
 */
public final class RenameHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		IWorkbenchPage page = window.getActivePage();
		ExperimentsView view = NavigatorHandlers.view(page);
		if (view == null || NavigatorHandlers.selected(event).size() != 1
				|| !(NavigatorHandlers.selected(event).get(0) instanceof ExperimentEntry entry)) {
			return null;
		}
		IEditorReference open = openEditor(page, entry.file());
		if (open != null && open.isDirty()) {
			MessageDialog.openInformation(window.getShell(), "Rename",
					"'" + entry.name() + "' has unsaved changes in its editor: save or close it first.");
			return null;
		}
		InputDialog dialog = new InputDialog(window.getShell(), "Rename experiment",
				"New name of '" + entry.name() + "' (its file and results folder are renamed too):", entry.name(),
				name -> name.equals(entry.name()) ? null : view.workspace().checkNewName(name));
		if (dialog.open() != Window.OK || dialog.getValue().equals(entry.name())) {
			return null;
		}
		if (open != null) {
			page.closeEditors(new IEditorReference[] { open }, false);
		}
		try {
			Path renamed = view.workspace().rename(entry, dialog.getValue());
			view.refresh();
			view.reveal(renamed);
			if (open != null) {
				page.openEditor(new ExperimentEditorInput(renamed), ExperimentEditor.ID);
			}
		} catch (IOException | PartInitException e) {
			MessageDialog.openError(window.getShell(), "Rename", "Cannot rename " + entry.file() + ": " + e.getMessage());
		}
		return null;
	}

	static IEditorReference openEditor(IWorkbenchPage page, Path file) {
		for (IEditorReference reference : page.getEditorReferences()) {
			try {
				if (reference.getEditorInput() instanceof ExperimentEditorInput input && input.getPath() != null
						&& Path.of(input.getPath().toOSString()).equals(file)) {
					return reference;
				}
			} catch (PartInitException e) {
				// not ours
			}
		}
		return null;
	}
}
