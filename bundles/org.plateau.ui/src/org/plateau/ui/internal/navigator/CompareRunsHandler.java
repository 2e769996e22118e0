package org.plateau.ui.internal.navigator;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.plateau.ui.internal.runs.RunSource;

/** Overlays the selected runs (two or more, of any experiments) on the Plots view's charts. */
public final class CompareRunsHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		List<RunSource> runs = NavigatorHandlers.selectedRuns(event);
		if (runs.size() < 2) {
			MessageDialog.openInformation(window.getShell(), "Compare runs",
					"Select two or more runs in the Experiments view (Ctrl+click) to overlay them.");
			return null;
		}
		ExperimentsView.showInPlots(window.getActivePage(), runs);
		return null;
	}
}
