package org.plateau.ui.internal.runs;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.handlers.HandlerUtil;

/** Stops the live runs and sweeps selected, or all the runs and sweeps in progress; their partial results are kept. */
public final class StopRunsHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		RunManager runs = HandlerUtil.getActiveWorkbenchWindow(event).getWorkbench().getService(RunManager.class);
		ISelection selection = HandlerUtil.getCurrentSelection(event);
		boolean stopped = false;
		if (selection instanceof IStructuredSelection s) {
			for (Object element : s.toList()) {
				if (element instanceof LiveRun live) {
					runs.cancel(live);
					stopped = true;
				} else if (element instanceof LiveSweep live) {
					runs.cancel(live);
					stopped = true;
				}
			}
		}
		if (!stopped) {
			runs.cancelAll();
		}
		return null;
	}
}
