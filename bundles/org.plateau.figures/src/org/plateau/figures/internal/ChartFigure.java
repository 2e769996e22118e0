package org.plateau.figures.internal;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

import org.jfree.chart.JFreeChart;
import org.plateau.figures.Figure;

/** A figure that is one JFreeChart chart in the house size, {@value #WIDTH} x {@value #HEIGHT}. */
abstract class ChartFigure implements Figure {

	static final int WIDTH = 1200;
	static final int HEIGHT = 800;

	/** The chart drawn (also for tests). */
	abstract JFreeChart chart();

	@Override
	public final int width() {
		return WIDTH;
	}

	@Override
	public final int height() {
		return HEIGHT;
	}

	@Override
	public final void paint(Graphics2D g2) {
		chart().draw(g2, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
	}
}
