package org.plateau.ui.internal.editor;

import java.io.IOException;
import java.io.StringWriter;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.NotEnabledException;
import org.eclipse.core.commands.NotHandledException;
import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IPersistableElement;
import org.eclipse.ui.IWorkbenchPart2;
import org.eclipse.ui.IWorkbenchPartSite;
import org.eclipse.ui.XMLMemento;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.handlers.IHandlerService;

/**
 * What the experiment and sweep editors share: their memento written at once, the page of a file that cannot be read,
 * and the Run button of their forms.
 */
public final class EditorSupport {

	private EditorSupport() {
	}

	/**
	 * Writes an editor's memento (its input, by the input's element factory) into its part of the workbench model at
	 * once, rather than only when the workbench closes normally, so that the editor comes back after a restart
	 * however the previous session ended (the workbench model is saved periodically too).
	 */
	public static void rememberInput(IEditorPart editor) {
		MPart part = editor.getSite().getService(MPart.class);
		IPersistableElement persistable = editor.getEditorInput().getPersistable();
		if (part == null || persistable == null) {
			return;
		}
		// the memento that the workbench's EditorReference reads back: editor attributes and an input child
		XMLMemento memento = XMLMemento.createWriteRoot("editor");
		memento.putString("id", editor.getSite().getId());
		memento.putString("name", editor.getEditorInput().getName());
		memento.putString("title", editor.getTitle());
		memento.putString("tooltip", editor.getTitleToolTip());
		memento.putString("partName", editor instanceof IWorkbenchPart2 named ? named.getPartName() : editor.getTitle());
		IMemento input = memento.createChild("input");
		input.putString("factoryID", persistable.getFactoryId());
		persistable.saveState(input);
		StringWriter writer = new StringWriter();
		try {
			memento.save(writer);
			part.getPersistedState().put("memento", writer.toString());
		} catch (IOException e) {
			// the workbench still persists the editor when it closes normally
		}
	}

	/** The single page of an editor whose file cannot be read: what to do, and the loader's message. */
	public static Composite loadErrorPage(Composite parent, String what, String message) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(1, false));
		Label title = new Label(page, SWT.WRAP);
		title.setText("This " + what + " file cannot be opened. Correct it in a text editor, then open it again.");
		title.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		Text text = new Text(page, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL);
		text.setText(message);
		text.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		return page;
	}

	/** The command that runs the active editor's experiment or sweep. */
	public static final String RUN_COMMAND = "org.plateau.ui.commands.run";

	/** Puts a Run button in a form's header, which runs the editor's file as the Run command does. */
	public static void addRunAction(ScrolledForm form, IWorkbenchPartSite site, String what, String tooltip) {
		form.getToolBarManager().add(new Action("Run") {
			{
				setToolTipText(tooltip);
			}

			@Override
			public void run() {
				IHandlerService handlers = site.getService(IHandlerService.class);
				try {
					handlers.executeCommand(RUN_COMMAND, null);
				} catch (ExecutionException | NotDefinedException | NotEnabledException | NotHandledException e) {
					MessageDialog.openError(form.getShell(), "Run", "The " + what + " could not be run: " + e.getMessage());
				}
			}
		});
		form.updateToolBar();
	}
}
