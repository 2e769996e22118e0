package org.plateau.ui.internal.navigator;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

/** Opens the New Experiment wizard. */
public final class NewExperimentHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		NewExperimentWizard wizard = new NewExperimentWizard();
		wizard.init(window.getWorkbench(), null);
		new WizardDialog(window.getShell(), wizard).open();
		return null;
	}
}
