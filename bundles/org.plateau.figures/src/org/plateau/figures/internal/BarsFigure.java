package org.plateau.figures.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.List;

import org.plateau.core.family.PlotDescriptor;
import org.plateau.core.results.ResultsTable;
import org.plateau.core.run.RunResult;
import org.plateau.core.run.TheoryResult;
import org.plateau.figures.Figure;

/**
 * A {@link PlotDescriptor#BARS} plot: each metric's value at the last recorded step as a bar, the simulation filled
 * and each theory predicting the metric as an outlined bar beside it, e.g. how many hidden units serve 1, 2, ... of
 * the contexts at the end of training.
 */
final class BarsFigure implements Figure {

	private static final int WIDTH = 1000;
	private static final int HEIGHT = 640;
	private static final int MARGIN = 24;
	private static final int LEFT = 110;
	private static final int TOP = 100;
	private static final int BOTTOM = 90;

	/** One group of bars: a metric, simulated and predicted. */
	private record Group(String label, double[] values) {
	}

	private final String title;
	private final String subtitle;
	private final String yLabel;
	private final List<String> series = new ArrayList<>();
	private final List<Group> groups = new ArrayList<>();
	private final double low;
	private final double high;

	BarsFigure(PlotDescriptor plot, RunResult result) {
		this.title = plot.title();
		this.yLabel = plot.yLabel();
		ResultsTable simulation = result.simulation();
		long last = simulation.size() == 0 ? -1 : simulation.step(simulation.size() - 1);
		series.add("simulation");
		List<TheoryResult> theories = new ArrayList<>();
		for (TheoryResult theory : result.theory()) {
			if (plot.metricIds().stream().anyMatch(id -> theory.table().indexOf(id) >= 0)) {
				theories.add(theory);
				series.add(theory.prediction().label());
			}
		}
		double min = 0;
		double max = 0;
		for (String id : plot.metricIds()) {
			double[] values = new double[series.size()];
			values[0] = lastValue(simulation, id);
			for (int t = 0; t < theories.size(); t++) {
				values[t + 1] = lastValue(theories.get(t).table(), id);
			}
			for (double v : values) {
				if (Double.isFinite(v)) {
					min = Math.min(min, v);
					max = Math.max(max, v);
				}
			}
			groups.add(new Group(result.metricLabel(id), values));
		}
		this.low = min;
		this.high = max > min ? max : min + 1;
		String experiment = FigureStyle.experimentName(result);
		this.subtitle = (experiment.isEmpty() ? "" : experiment + " · ") + "at the last recorded step"
				+ (last >= 0 ? " (step " + last + ")" : "");
	}

	private static double lastValue(ResultsTable table, String id) {
		int column = table.indexOf(id);
		return column < 0 || table.size() == 0 ? Double.NaN : table.value(column, table.size() - 1);
	}

	@Override
	public int width() {
		return WIDTH;
	}

	@Override
	public int height() {
		return HEIGHT;
	}

	@Override
	public void paint(Graphics2D g2) {
		FigureStyle.paintHeading(g2, WIDTH, HEIGHT, title, subtitle);
		int plotWidth = WIDTH - LEFT - MARGIN;
		int plotHeight = HEIGHT - TOP - BOTTOM;
		// value axis with five ticks
		g2.setFont(FigureStyle.TICK_FONT);
		for (int i = 0; i <= 4; i++) {
			double v = low + (high - low) * i / 4;
			int y = y(v, plotHeight);
			g2.setColor(FigureStyle.GRID);
			g2.drawLine(LEFT, y, LEFT + plotWidth, y);
			g2.setColor(FigureStyle.TEXT);
			String tick = FigureStyle.format(v);
			g2.drawString(tick, LEFT - 10 - g2.getFontMetrics().stringWidth(tick), y + 5);
		}
		g2.setFont(FigureStyle.LABEL_FONT);
		Graphics2D rotated = (Graphics2D) g2.create();
		rotated.rotate(-Math.PI / 2);
		rotated.drawString(yLabel, -(TOP + plotHeight / 2) - rotated.getFontMetrics().stringWidth(yLabel) / 2, MARGIN + 14);
		rotated.dispose();
		int groupWidth = plotWidth / Math.max(1, groups.size());
		int barWidth = Math.max(4, (int) (groupWidth * 0.7 / series.size()));
		int zero = y(0, plotHeight);
		FontMetrics metrics = g2.getFontMetrics(FigureStyle.TICK_FONT);
		for (int k = 0; k < groups.size(); k++) {
			Group group = groups.get(k);
			int left = LEFT + k * groupWidth + (groupWidth - barWidth * series.size()) / 2;
			for (int s = 0; s < series.size(); s++) {
				double v = group.values()[s];
				if (!Double.isFinite(v)) {
					continue;
				}
				int top = Math.min(zero, y(v, plotHeight));
				int height = Math.abs(y(v, plotHeight) - zero);
				Color colour = FigureStyle.seriesColour(s);
				if (s == 0) {
					g2.setColor(FigureStyle.simulationPaint(colour));
					g2.fillRect(left + s * barWidth, top, barWidth, height);
				} else {
					g2.setColor(colour);
					g2.setStroke(new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
							new float[] { 6f, 4f }, 0f));
					g2.drawRect(left + s * barWidth, top, barWidth, height);
					g2.setStroke(new BasicStroke(1f));
				}
			}
			g2.setFont(FigureStyle.TICK_FONT);
			g2.setColor(FigureStyle.TEXT);
			String label = group.label();
			g2.drawString(label, LEFT + k * groupWidth + (groupWidth - metrics.stringWidth(label)) / 2, TOP + plotHeight + 22);
		}
		g2.setColor(FigureStyle.FRAME);
		g2.drawLine(LEFT, zero, LEFT + plotWidth, zero);
		g2.drawRect(LEFT, TOP, plotWidth, plotHeight);
		// legend
		g2.setFont(FigureStyle.LEGEND_FONT);
		int lx = LEFT;
		for (int s = 0; s < series.size(); s++) {
			Color colour = FigureStyle.seriesColour(s);
			g2.setColor(s == 0 ? FigureStyle.simulationPaint(colour) : colour);
			if (s == 0) {
				g2.fillRect(lx, HEIGHT - 40, 22, 14);
			} else {
				g2.drawRect(lx, HEIGHT - 40, 22, 14);
			}
			g2.setColor(FigureStyle.TEXT);
			g2.drawString(series.get(s), lx + 30, HEIGHT - 28);
			lx += 60 + g2.getFontMetrics().stringWidth(series.get(s));
		}
	}

	private int y(double value, int plotHeight) {
		return TOP + (int) Math.round(plotHeight * (high - value) / (high - low));
	}

	/** For tests: the bars of a metric, simulation first. */
	double[] values(int group) {
		return groups.get(group).values().clone();
	}
}
