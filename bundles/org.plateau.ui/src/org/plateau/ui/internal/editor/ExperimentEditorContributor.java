package org.plateau.ui.internal.editor;

import java.util.EventObject;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.MultiPageEditorActionBarContributor;

/**
 * The global Undo and Redo of the active {@link ExperimentEditor} (or sweep editor), bound to its command stack and labelled with the
 * command they undo or redo. Save and Save As are the workbench's own actions, which work on any editor.
 */
public final class ExperimentEditorContributor extends MultiPageEditorActionBarContributor {

	private final StackAction undo = new StackAction(true);
	private final StackAction redo = new StackAction(false);
	private CommandStack stack;
	private final CommandStackListener stackListener = this::stackChanged;

	/** Undoes or redoes the most recent command of the stack. */
	private final class StackAction extends Action {
		private final boolean undoes;

		StackAction(boolean undoes) {
			this.undoes = undoes;
			setActionDefinitionId(undoes ? "org.eclipse.ui.edit.undo" : "org.eclipse.ui.edit.redo");
			update();
		}

		@Override
		public void run() {
			if (stack != null && (undoes ? stack.canUndo() : stack.canRedo())) {
				if (undoes) {
					stack.undo();
				} else {
					stack.redo();
				}
			}
		}

		void update() {
			String verb = undoes ? "Undo" : "Redo";
			Command command = stack == null ? null : undoes ? stack.getUndoCommand() : stack.getRedoCommand();
			setEnabled(stack != null && (undoes ? stack.canUndo() : stack.canRedo()));
			String label = command == null ? null : command.getLabel();
			setText(label == null || label.isBlank() ? "&" + verb : "&" + verb + " " + label);
			setToolTipText(getText().replace("&", ""));
		}
	}

	@Override
	public void init(IActionBars bars) {
		super.init(bars);
		bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
		bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
	}

	@Override
	public void setActiveEditor(IEditorPart part) {
		super.setActiveEditor(part);
		CommandStack next = part instanceof IEditingDomainProvider editor && editor.getEditingDomain() != null
				? editor.getEditingDomain().getCommandStack()
				: null;
		if (next != stack) {
			if (stack != null) {
				stack.removeCommandStackListener(stackListener);
			}
			stack = next;
			if (stack != null) {
				stack.addCommandStackListener(stackListener);
			}
		}
		stackChanged(null);
	}

	@Override
	public void setActivePage(IEditorPart activeEditor) {
		// the pages are forms, not nested editors: they contribute no actions of their own
	}

	private void stackChanged(EventObject event) {
		undo.update();
		redo.update();
		if (getActionBars() != null) {
			getActionBars().updateActionBars();
		}
	}

	/** The Undo action handler (for tests). */
	IAction undoAction() {
		return undo;
	}

	/** The Redo action handler (for tests). */
	IAction redoAction() {
		return redo;
	}

	@Override
	public void dispose() {
		if (stack != null) {
			stack.removeCommandStackListener(stackListener);
			stack = null;
		}
		super.dispose();
	}
}
