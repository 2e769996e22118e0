package org.plateau.ui.internal.prefs;

import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.plateau.ui.plots.PlotTheme;

/** The workbench's preferences (instance scope: they live in the workspace's metadata). */
public final class PlateauPreferences {

	/** The workbench bundle's id, the preference node. */
	public static final String NODE = "org.plateau.ui";
	/** Folder where runs write their results; empty for {@code <workspace>/runs}. */
	public static final String OUTPUT_FOLDER = "outputFolder";
	/** How many runs train at the same time; the others wait in the queue. */
	public static final String PARALLEL_RUNS = "parallelRuns";
	/** The {@link PlotTheme} of plots. */
	public static final String PLOT_THEME = "plotTheme";

	/** Whether the welcome page has been shown (it opens at the first launch only). */
	public static final String WELCOME_SHOWN = "welcomeShown";

	private final IPreferenceStore store;

	public PlateauPreferences(IPreferenceStore store) {
		this.store = store;
	}

	/** The preferences of this workspace. */
	public static PlateauPreferences instance() {
		return new PlateauPreferences(new ScopedPreferenceStore(InstanceScope.INSTANCE, NODE));
	}

	public IPreferenceStore store() {
		return store;
	}

	/** The folder of the workspace (the instance location), where experiments live. */
	public static Path workspaceFolder() {
		if (Platform.getInstanceLocation() != null && Platform.getInstanceLocation().getURL() != null) {
			// the instance location's URL is a file: URL whose path is not encoded
			return new java.io.File(Platform.getInstanceLocation().getURL().getPath()).toPath();
		}
		return Path.of(System.getProperty("user.home"), ".plateau", "workspace");
	}

	/** Where runs write their results. */
	public Path outputFolder() {
		String value = store.getString(OUTPUT_FOLDER);
		return value == null || value.isBlank() ? workspaceFolder().resolve("runs") : Path.of(value);
	}

	/** How many runs may train at once (at least 1). */
	public int parallelRuns() {
		return Math.max(1, store.getInt(PARALLEL_RUNS));
	}

	/** The plot theme. */
	public PlotTheme plotTheme() {
		try {
			return PlotTheme.valueOf(store.getString(PLOT_THEME));
		} catch (IllegalArgumentException e) {
			return PlotTheme.LIGHT;
		}
	}
}
