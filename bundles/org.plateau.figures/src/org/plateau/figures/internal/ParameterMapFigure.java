package org.plateau.figures.internal;

import java.awt.Color;
import java.awt.Graphics2D;

import org.plateau.core.figures.ParameterMap;
import org.plateau.figures.Figure;

/**
 * A {@link ParameterMap}: one cell per pair of parameter values, coloured on a sequential scale from the least value
 * (light) to the largest (dark blue), the value written in each cell; grey where no point completed.
 */
final class ParameterMapFigure implements Figure {

	private static final int WIDTH = 1000;
	private static final int HEIGHT = 760;
	private static final int MARGIN = 24;
	private static final int LEFT = 150;
	private static final int TOP = 100;
	private static final int BOTTOM = 90;
	private static final int RIGHT = 130;
	private static final Color LOW = new Color(247, 251, 255);
	private static final Color HIGH = new Color(8, 48, 107);

	private final ParameterMap map;
	private final double min;
	private final double max;

	ParameterMapFigure(ParameterMap map) {
		this.map = map;
		double lo = Double.POSITIVE_INFINITY;
		double hi = Double.NEGATIVE_INFINITY;
		for (double[] row : map.values()) {
			for (double v : row) {
				if (Double.isFinite(v)) {
					lo = Math.min(lo, v);
					hi = Math.max(hi, v);
				}
			}
		}
		this.min = Double.isFinite(lo) ? lo : 0;
		this.max = Double.isFinite(hi) && hi > lo ? hi : this.min + 1;
	}

	@Override
	public int width() {
		return WIDTH;
	}

	@Override
	public int height() {
		return HEIGHT;
	}

	/** The colour of a value: light for the least, dark for the largest. */
	Color colour(double value) {
		if (!Double.isFinite(value)) {
			return DivergingPaintScale.NOT_FINITE;
		}
		double t = Math.max(0, Math.min(1, (value - min) / (max - min)));
		return new Color((int) Math.round(LOW.getRed() + (HIGH.getRed() - LOW.getRed()) * t),
				(int) Math.round(LOW.getGreen() + (HIGH.getGreen() - LOW.getGreen()) * t),
				(int) Math.round(LOW.getBlue() + (HIGH.getBlue() - LOW.getBlue()) * t));
	}

	@Override
	public void paint(Graphics2D g2) {
		FigureStyle.paintHeading(g2, WIDTH, HEIGHT, map.title(), map.subtitle());
		int columns = Math.max(1, map.x().length);
		int rows = Math.max(1, map.y().length);
		int cellWidth = (WIDTH - LEFT - RIGHT) / columns;
		int cellHeight = (HEIGHT - TOP - BOTTOM) / rows;
		g2.setFont(FigureStyle.TICK_FONT);
		for (int j = 0; j < map.y().length; j++) {
			// the second parameter grows upwards
			int top = TOP + (rows - 1 - j) * cellHeight;
			for (int i = 0; i < map.x().length; i++) {
				double v = map.values()[j][i];
				Color fill = colour(v);
				g2.setColor(fill);
				g2.fillRect(LEFT + i * cellWidth, top, cellWidth, cellHeight);
				String text = Double.isFinite(v) ? FigureStyle.format(v) : "–";
				double luminance = 0.299 * fill.getRed() + 0.587 * fill.getGreen() + 0.114 * fill.getBlue();
				g2.setColor(luminance < 128 ? Color.WHITE : FigureStyle.TEXT);
				g2.drawString(text, LEFT + i * cellWidth + (cellWidth - g2.getFontMetrics().stringWidth(text)) / 2,
						top + cellHeight / 2 + 5);
			}
			g2.setColor(FigureStyle.TEXT);
			String tick = FigureStyle.format(map.y()[j]);
			g2.drawString(tick, LEFT - 10 - g2.getFontMetrics().stringWidth(tick), top + cellHeight / 2 + 5);
		}
		for (int i = 0; i < map.x().length; i++) {
			String tick = FigureStyle.format(map.x()[i]);
			g2.drawString(tick, LEFT + i * cellWidth + (cellWidth - g2.getFontMetrics().stringWidth(tick)) / 2,
					TOP + rows * cellHeight + 20);
		}
		g2.setColor(FigureStyle.FRAME);
		g2.drawRect(LEFT, TOP, columns * cellWidth, rows * cellHeight);
		g2.setFont(FigureStyle.LABEL_FONT);
		g2.setColor(FigureStyle.TEXT);
		g2.drawString(map.xLabel(), LEFT + (columns * cellWidth - g2.getFontMetrics().stringWidth(map.xLabel())) / 2,
				TOP + rows * cellHeight + 50);
		Graphics2D rotated = (Graphics2D) g2.create();
		rotated.rotate(-Math.PI / 2);
		rotated.drawString(map.yLabel(), -(TOP + rows * cellHeight / 2) - rotated.getFontMetrics().stringWidth(map.yLabel()) / 2,
				MARGIN + 20);
		rotated.dispose();
		// the colour scale
		int barLeft = WIDTH - RIGHT + 30;
		int barHeight = rows * cellHeight;
		for (int p = 0; p < barHeight; p++) {
			g2.setColor(colour(max - (max - min) * p / Math.max(1, barHeight - 1)));
			g2.fillRect(barLeft, TOP + p, 20, 1);
		}
		g2.setColor(FigureStyle.FRAME);
		g2.drawRect(barLeft, TOP, 20, barHeight);
		g2.setFont(FigureStyle.TICK_FONT);
		g2.setColor(FigureStyle.TEXT);
		g2.drawString(FigureStyle.format(max), barLeft + 26, TOP + 10);
		g2.drawString(FigureStyle.format(min), barLeft + 26, TOP + barHeight);
		g2.drawString(map.valueLabel(), barLeft - 10, TOP + barHeight + 24);
	}
}
