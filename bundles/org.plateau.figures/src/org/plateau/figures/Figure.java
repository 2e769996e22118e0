package org.plateau.figures;

import java.awt.Graphics2D;

/**
 * A figure that paints itself onto any {@link Graphics2D}: the same call draws the PNG (onto a
 * {@link java.awt.image.BufferedImage}) and the SVG (onto an {@code org.jfree.svg.SVGGraphics2D}), so both files show
 * the same thing. No display is needed.
 */
public interface Figure {

	/** Width in pixels (PNG) or user units (SVG). */
	int width();

	/** Height in pixels (PNG) or user units (SVG). */
	int height();

	/** Paints the whole figure into {@code (0, 0, width(), height())}, background included. */
	void paint(Graphics2D g2);
}
