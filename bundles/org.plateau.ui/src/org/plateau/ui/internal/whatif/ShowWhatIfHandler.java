package org.plateau.ui.internal.whatif;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** Run › What-if: shows the What-if view for the experiment in the active editor. */
public final class ShowWhatIfHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		try {
			HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage().showView(WhatIfView.ID);
		} catch (PartInitException e) {
			throw new ExecutionException("Cannot open the What-if view: " + e.getMessage(), e);
		}
		return null;
	}
}
