package org.plateau.ui.plots;

/** The Plots view's settings that plots follow. */
public interface PlotContext {

	/** The colour theme chosen in the preferences. */
	PlotTheme theme();
}
