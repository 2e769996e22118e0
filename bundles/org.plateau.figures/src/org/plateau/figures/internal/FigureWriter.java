package org.plateau.figures.internal;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUtils;
import org.plateau.figures.Figure;

/** Writes a {@link Figure} as {@code <name>.png} and {@code <name>.svg} through the same paint call. */
public final class FigureWriter {

	private FigureWriter() {
	}

	/**
	 * Writes both files.
	 *
	 * @param figure what to draw
	 * @param directory existing folder
	 * @param name file name without extension; letters, digits, {@code _ . -} only
	 * @return the PNG and the SVG
	 * @throws IOException naming the file that could not be written
	 */
	static List<Path> write(Figure figure, Path directory, String name) throws IOException {
		if (!name.matches("[A-Za-z0-9_.\\-]+") || name.startsWith(".")) {
			throw new IllegalArgumentException("Plot id '" + name
					+ "' cannot be used as a figure file name (letters, digits, '_', '.', '-' only, not starting with '.')");
		}
		Path png = directory.resolve(name + ".png");
		Path svg = directory.resolve(name + ".svg");
		writePng(figure, png);
		writeSvg(figure, svg);
		return List.of(png, svg);
	}

	/** Writes the figure as a PNG of its own size. */
	public static void writePng(Figure figure, Path file) throws IOException {
		BufferedImage image = new BufferedImage(figure.width(), figure.height(), BufferedImage.TYPE_INT_RGB);
		Graphics2D g2 = image.createGraphics();
		try {
			paint(figure, g2);
		} finally {
			g2.dispose();
		}
		PngEncoder.write(image, file);
	}

	/** Writes the figure as an SVG. */
	public static void writeSvg(Figure figure, Path file) throws IOException {
		SVGGraphics2D g2 = new SVGGraphics2D(figure.width(), figure.height());
		paint(figure, g2);
		SVGUtils.writeToSVG(file.toFile(), g2.getSVGElement());
	}

	/**
	 * The figure painted into an image of the given size, scaled uniformly to fit it, at the top and centred across, on white: for a view
	 * that shows it on screen at whatever size it has.
	 */
	public static BufferedImage image(Figure figure, int width, int height) {
		BufferedImage image = new BufferedImage(Math.max(1, width), Math.max(1, height), BufferedImage.TYPE_INT_RGB);
		Graphics2D g2 = image.createGraphics();
		try {
			g2.setColor(java.awt.Color.WHITE);
			g2.fillRect(0, 0, image.getWidth(), image.getHeight());
			double scale = Math.min(image.getWidth() / (double) figure.width(), image.getHeight() / (double) figure.height());
			g2.translate((image.getWidth() - scale * figure.width()) / 2, 0);
			g2.scale(scale, scale);
			paint(figure, g2);
		} finally {
			g2.dispose();
		}
		return image;
	}

	private static void paint(Figure figure, Graphics2D g2) {
		g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g2.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
		g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
		g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
		figure.paint(g2);
	}
}
