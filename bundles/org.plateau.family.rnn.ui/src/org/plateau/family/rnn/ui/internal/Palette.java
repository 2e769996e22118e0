package org.plateau.family.rnn.ui.internal;

/**
 * The colours of a scene as {@code 0xRRGGBB}, taken from the Plots view's theme by the SWT side.
 *
 * @param background the background
 * @param foreground text, axes and state outlines
 * @param grid grid lines and the faint edges of large graphs
 * @param node the fill of a state without output
 * @param series the colour of output 0, 1, ... (the theme's series palette, repeated when there are more outputs)
 */
public record Palette(int background, int foreground, int grid, int node, int[] series) {

	/** The colours of the light theme (Okabe-Ito series), for tests and headless use. */
	public static final Palette LIGHT = new Palette(0xFFFFFF, 0x282828, 0xE1E1E1, 0xF5F5F5,
			new int[] { 0x0072B2, 0xD55E00, 0x009E73, 0xCC79A7, 0xE69F00, 0x56B4E9, 0x787878, 0xF0E442 });

	/** The colour of output {@code output}. */
	public int output(int output) {
		return series[Math.floorMod(output, series.length)];
	}

	/** A colour mixed towards white by {@code f} in [0, 1], e.g. the fill of a state of some output. */
	public static int lighter(int rgb, double f) {
		int r = (rgb >> 16) & 0xFF;
		int g = (rgb >> 8) & 0xFF;
		int b = rgb & 0xFF;
		r = (int) Math.round(r + (255 - r) * f);
		g = (int) Math.round(g + (255 - g) * f);
		b = (int) Math.round(b + (255 - b) * f);
		return (r << 16) | (g << 8) | b;
	}
}
