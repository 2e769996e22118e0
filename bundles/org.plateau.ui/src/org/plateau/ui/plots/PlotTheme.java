package org.plateau.ui.plots;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.LineStyle;

/**
 * Colour themes of plots, chosen in the Plateau preferences (a lab distribution's descriptor names them too:
 * {@code workbench.plotTheme}, checked by org.plateau.sdk's DistributionTemplate against these names).
 */
public enum PlotTheme {
	/** Dark lines on white, the default. */
	LIGHT(new RGB(255, 255, 255), new RGB(40, 40, 40), new RGB(225, 225, 225)),
	/** Light lines on a dark background. */
	DARK(new RGB(32, 34, 38), new RGB(220, 220, 220), new RGB(70, 72, 78)),
	/** Black on white without grid, for figures in a paper. */
	PRINT(new RGB(255, 255, 255), new RGB(0, 0, 0), new RGB(255, 255, 255));

	private final RGB background;
	private final RGB foreground;
	private final RGB grid;

	PlotTheme(RGB background, RGB foreground, RGB grid) {
		this.background = background;
		this.foreground = foreground;
		this.grid = grid;
	}

	public RGB background() {
		return background;
	}

	public RGB foreground() {
		return foreground;
	}

	public RGB grid() {
		return grid;
	}

	/** Colours a chart's background, title, legend, axes and grid in this theme. */
	public void style(Chart chart) {
		Color back = new Color(chart.getDisplay(), background);
		Color fore = new Color(chart.getDisplay(), foreground);
		chart.setBackground(back);
		chart.setBackgroundInPlotArea(back);
		chart.getTitle().setForeground(fore);
		chart.getLegend().setBackground(back);
		chart.getLegend().setForeground(fore);
		for (IAxis axis : chart.getAxisSet().getAxes()) {
			axis.getTitle().setForeground(fore);
			axis.getTick().setForeground(fore);
			axis.getGrid().setForeground(new Color(chart.getDisplay(), grid));
			axis.getGrid().setStyle(this == PRINT ? LineStyle.NONE : LineStyle.SOLID);
		}
	}

	/**
	 * The colour of series number {@code index} (modes, or runs when compared): a palette that stays apart when
	 * printed (Okabe-Ito, colour-blind safe), brightened on the dark theme.
	 */
	public RGB seriesColour(int index) {
		RGB[] palette = { new RGB(0, 114, 178), new RGB(213, 94, 0), new RGB(0, 158, 115), new RGB(204, 121, 167),
				new RGB(230, 159, 0), new RGB(86, 180, 233), new RGB(120, 120, 120), new RGB(240, 228, 66) };
		RGB rgb = palette[Math.floorMod(index, palette.length)];
		if (this == DARK) {
			return new RGB(Math.min(255, rgb.red + 40), Math.min(255, rgb.green + 40), Math.min(255, rgb.blue + 40));
		}
		return rgb;
	}
}
