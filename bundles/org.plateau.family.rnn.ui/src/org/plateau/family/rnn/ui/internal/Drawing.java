package org.plateau.family.rnn.ui.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A picture as a list of shapes in pixels, without SWT: the scenes of this bundle lay their graphs and scatter plots
 * out into one, {@link DrawingCanvas} paints it on a canvas or an image and writes it as SVG, so that the screen, the
 * PNG and the SVG show the same and tests read the shapes without a display. Colours are {@code 0xRRGGBB}.
 */
public final class Drawing {

	/** Horizontal alignment of a {@link Text} at its x. */
	public enum Anchor {
		START, MIDDLE, END
	}

	/** A shape of the drawing. */
	public sealed interface Shape permits Circle, Line, Quad, Polygon, Text {
	}

	/** A circle; {@code fill} or {@code stroke} is {@link #NONE} when not painted. */
	public record Circle(double x, double y, double r, int fill, int stroke) implements Shape {
	}

	/** A straight line. */
	public record Line(double x1, double y1, double x2, double y2, int colour, double width) implements Shape {
	}

	/** A quadratic Bézier curve from (x1, y1) to (x2, y2) with control point (cx, cy). */
	public record Quad(double x1, double y1, double cx, double cy, double x2, double y2, int colour, double width)
			implements Shape {
	}

	/** A filled polygon, {@code points} = x0, y0, x1, y1, ... */
	public record Polygon(double[] points, int colour) implements Shape {
	}

	/**
	 * A line of text whose vertical centre is at y, aligned at x by {@code anchor}; {@code box} is a colour painted
	 * behind it (or {@link #NONE}) so that a label stays readable over the lines it crosses.
	 */
	public record Text(double x, double y, String text, Anchor anchor, boolean bold, int colour, int box)
			implements Shape {
	}

	/** The colour of a part that is not painted. */
	public static final int NONE = -1;

	private final int width;
	private final int height;
	private final int background;
	private final List<Shape> shapes = new ArrayList<>();

	/** An empty drawing of the given size and background. */
	public Drawing(int width, int height, int background) {
		this.width = width;
		this.height = height;
		this.background = background;
	}

	/** Adds a shape on top of those before it. */
	public void add(Shape shape) {
		shapes.add(shape);
	}

	/** The shapes, bottom first. */
	public List<Shape> shapes() {
		return shapes;
	}

	/** The shapes of one type, bottom first. */
	public <T extends Shape> List<T> shapes(Class<T> type) {
		List<T> of = new ArrayList<>();
		for (Shape shape : shapes) {
			if (type.isInstance(shape)) {
				of.add(type.cast(shape));
			}
		}
		return of;
	}

	/** The width in pixels. */
	public int width() {
		return width;
	}

	/** The height in pixels. */
	public int height() {
		return height;
	}

	/** The background colour. */
	public int background() {
		return background;
	}

	/** An arrow head with its tip at (x, y), pointing away from (fromX, fromY). */
	public void arrowHead(double fromX, double fromY, double x, double y, double size, int colour) {
		double angle = Math.atan2(y - fromY, x - fromX);
		add(new Polygon(new double[] { x, y, x - size * Math.cos(angle - 0.4), y - size * Math.sin(angle - 0.4),
				x - size * Math.cos(angle + 0.4), y - size * Math.sin(angle + 0.4) }, colour));
	}
}
