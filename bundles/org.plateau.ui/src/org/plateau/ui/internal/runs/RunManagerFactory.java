package org.plateau.ui.internal.runs;

import org.eclipse.ui.services.AbstractServiceFactory;
import org.eclipse.ui.services.IServiceLocator;
import org.plateau.ui.internal.prefs.PlateauPreferences;

/**
 * Creates the workbench's one {@link RunManager} (extension {@code org.eclipse.ui.services}); windows and parts
 * reach it through their parent locators.
 */
public final class RunManagerFactory extends AbstractServiceFactory {

	private RunManager manager;

	@Override
	public synchronized Object create(@SuppressWarnings("rawtypes") Class serviceInterface, IServiceLocator parentLocator,
			IServiceLocator locator) {
		if (serviceInterface != RunManager.class) {
			return null;
		}
		if (manager == null) {
			manager = new RunManager(PlateauPreferences.instance());
		}
		return manager;
	}
}
