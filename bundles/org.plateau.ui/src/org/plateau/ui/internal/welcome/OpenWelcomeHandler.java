package org.plateau.ui.internal.welcome;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** Help › Welcome: opens the welcome page with the example gallery. */
public final class OpenWelcomeHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		try {
			WelcomeEditor.open(HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage());
		} catch (PartInitException e) {
			throw new ExecutionException("Cannot open the welcome page: " + e.getMessage(), e);
		}
		return null;
	}
}
