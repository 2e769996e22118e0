package org.plateau.ui.internal.sweeps;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IErrorBar;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.plateau.core.figures.ParameterPlot;
import org.plateau.ui.plots.PlotTheme;

/**
 * A {@link ParameterPlot} in SWTChart, as the figure files draw it: the simulation as markers with error bars of one
 * standard error, each theory as a line of the same colour (dashed by its dash index). On a logarithmic axis the
 * values that are not positive are left out; non-finite values are never drawn.
 */
final class ParameterChart {

	private static final LineStyle[] DASHES = { LineStyle.DASH, LineStyle.DASHDOT, LineStyle.DOT, LineStyle.DASHDOTDOT };

	private final Chart chart;
	private final PlotTheme theme;
	private final Font titleFont;
	private ParameterPlot plot;

	ParameterChart(Composite parent, PlotTheme theme) {
		this.theme = theme;
		chart = new Chart(parent, SWT.NONE);
		FontData[] data = chart.getTitle().getFont().getFontData();
		for (FontData d : data) {
			d.setStyle(SWT.BOLD);
		}
		titleFont = new Font(chart.getDisplay(), data);
		chart.getTitle().setFont(titleFont);
		chart.getLegend().setPosition(SWT.BOTTOM);
		theme.style(chart);
		chart.addDisposeListener(e -> titleFont.dispose());
	}

	Chart chart() {
		return chart;
	}

	/** The figure drawn, or {@code null}. */
	ParameterPlot plot() {
		return plot;
	}

	/**
	 * The length of the words every legend label starts with (the metric, which the title names already), so that
	 * the legend says only what tells the series apart: "at the last step — simulation".
	 */
	private static int commonPrefix(List<ParameterPlot.Series> series) {
		if (series.size() < 2) {
			return 0;
		}
		String first = series.get(0).label();
		int length = first.length();
		for (ParameterPlot.Series s : series) {
			int i = 0;
			while (i < length && i < s.label().length() && s.label().charAt(i) == first.charAt(i)) {
				i++;
			}
			length = i;
		}
		int space = first.lastIndexOf(' ', length - 1);
		return length == first.length() || space < 0 ? 0 : space + 1;
	}

	/** Draws a figure, replacing the one shown. */
	void show(ParameterPlot figure) {
		this.plot = figure;
		for (ISeries<?> series : chart.getSeriesSet().getSeries()) {
			chart.getSeriesSet().deleteSeries(series.getId());
		}
		IAxis x = chart.getAxisSet().getXAxis(0);
		IAxis y = chart.getAxisSet().getYAxis(0);
		// linear while the series change: a log axis refuses values that are not positive
		x.enableLogScale(false);
		y.enableLogScale(false);
		if (figure == null) {
			chart.getTitle().setText("");
			chart.redraw();
			return;
		}
		// the subtitle (the sweep, and what the error bars are) is the view's header line
		chart.getTitle().setText(figure.title());
		x.getTitle().setText(figure.xLabel());
		y.getTitle().setText(figure.yLabel());
		int n = 0;
		int common = commonPrefix(figure.series());
		for (ParameterPlot.Series series : figure.series()) {
			List<double[]> points = new ArrayList<>();
			for (int i = 0; i < series.x().length; i++) {
				double px = series.x()[i];
				double py = series.y()[i];
				if (Double.isFinite(px) && Double.isFinite(py) && (!figure.logX() || px > 0) && (!figure.logY() || py > 0)) {
					double error = series.error() == null || !Double.isFinite(series.error()[i]) ? 0 : series.error()[i];
					points.add(new double[] { px, py, error });
				}
			}
			if (points.isEmpty()) {
				continue;
			}
			ILineSeries<?> line = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, "series-" + n++);
			line.setDescription(series.label().substring(common));
			line.setXSeries(points.stream().mapToDouble(p -> p[0]).toArray());
			line.setYSeries(points.stream().mapToDouble(p -> p[1]).toArray());
			Color colour = new Color(chart.getDisplay(), theme.seriesColour(series.colour()));
			line.setLineColor(colour);
			line.setSymbolColor(colour);
			if (series.style() == ParameterPlot.Style.POINTS) {
				line.setLineStyle(LineStyle.NONE);
				line.setSymbolType(PlotSymbolType.CIRCLE);
				line.setSymbolSize(4);
				if (series.error() != null) {
					IErrorBar bar = line.getYErrorBar();
					double[] errors = points.stream().mapToDouble(p -> p[2]).toArray();
					bar.setType(IErrorBar.ErrorBarType.BOTH);
					bar.setPlusErrors(errors);
					bar.setMinusErrors(errors);
					bar.setColor(colour);
					bar.setVisible(true);
				}
			} else {
				line.setSymbolType(PlotSymbolType.NONE);
				line.setLineStyle(series.dash() == 0 ? LineStyle.SOLID : DASHES[(series.dash() - 1) % DASHES.length]);
				line.setLineWidth(2);
			}
		}
		chart.getAxisSet().adjustRange();
		if (figure.logX()) {
			x.enableLogScale(true);
		}
		if (figure.logY()) {
			y.enableLogScale(true);
		}
		chart.getAxisSet().adjustRange();
		chart.redraw();
	}
}
