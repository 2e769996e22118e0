package org.plateau.ui.internal.prefs;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.plateau.ui.plots.PlotTheme;

/** Defaults: results in the workspace's {@code runs} folder, one run per core, the light plot theme. */
public final class PlateauPreferenceInitializer extends AbstractPreferenceInitializer {

	@Override
	public void initializeDefaultPreferences() {
		IEclipsePreferences defaults = DefaultScope.INSTANCE.getNode(PlateauPreferences.NODE);
		defaults.put(PlateauPreferences.OUTPUT_FOLDER, "");
		defaults.putInt(PlateauPreferences.PARALLEL_RUNS, Math.max(1, Runtime.getRuntime().availableProcessors()));
		defaults.put(PlateauPreferences.PLOT_THEME, PlotTheme.LIGHT.name());
	}
}
