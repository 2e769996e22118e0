package org.plateau.ui.internal.prefs;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.plateau.core.installation.InstallationDefaults;
import org.plateau.ui.plots.PlotTheme;

/**
 * Defaults: results in the workspace's {@code runs} folder, one run per core, the light plot theme; a distribution's
 * plateau-defaults.properties (a lab's, {@link InstallationDefaults}) may set others.
 */
public final class PlateauPreferenceInitializer extends AbstractPreferenceInitializer {

	@Override
	public void initializeDefaultPreferences() {
		IEclipsePreferences defaults = DefaultScope.INSTANCE.getNode(PlateauPreferences.NODE);
		defaults.put(PlateauPreferences.OUTPUT_FOLDER,
				InstallationDefaults.get(InstallationDefaults.OUTPUT_FOLDER).orElse(""));
		int parallel = Math.max(1, Runtime.getRuntime().availableProcessors());
		try {
			parallel = Math.max(1, Integer.parseInt(InstallationDefaults.get(InstallationDefaults.PARALLEL_RUNS)
					.orElse(Integer.toString(parallel))));
		} catch (NumberFormatException e) {
			// a distribution's value that is not a number: one run per core
		}
		defaults.putInt(PlateauPreferences.PARALLEL_RUNS, parallel);
		String theme = InstallationDefaults.get(InstallationDefaults.PLOT_THEME).orElse(PlotTheme.LIGHT.name());
		try {
			defaults.put(PlateauPreferences.PLOT_THEME, PlotTheme.valueOf(theme.toUpperCase(java.util.Locale.ROOT)).name());
		} catch (IllegalArgumentException e) {
			defaults.put(PlateauPreferences.PLOT_THEME, PlotTheme.LIGHT.name());
		}
	}
}
