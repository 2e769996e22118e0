package org.plateau.figures.internal;

import java.awt.Graphics2D;

/**
 * A figure that paints itself onto any {@link Graphics2D}: the same call draws the PNG (onto a
 * {@link java.awt.image.BufferedImage}) and the SVG (onto an {@link org.jfree.svg.SVGGraphics2D}), so both files
 * show the same thing.
 */
interface Figure {

	/** Width in pixels (PNG) or user units (SVG). */
	int width();

	/** Height in pixels (PNG) or user units (SVG). */
	int height();

	/** Paints the whole figure into {@code (0, 0, width(), height())}, background included. */
	void paint(Graphics2D g2);
}
