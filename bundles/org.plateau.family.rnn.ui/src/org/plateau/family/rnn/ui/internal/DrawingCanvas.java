package org.plateau.family.rnn.ui.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Device;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Path;
import org.plateau.family.rnn.ui.internal.Drawing.Circle;
import org.plateau.family.rnn.ui.internal.Drawing.Line;
import org.plateau.family.rnn.ui.internal.Drawing.Polygon;
import org.plateau.family.rnn.ui.internal.Drawing.Quad;
import org.plateau.family.rnn.ui.internal.Drawing.Shape;
import org.plateau.family.rnn.ui.internal.Drawing.Text;

/** Paints a {@link Drawing} with SWT, into a PNG, or writes it as SVG: the same shapes on screen and in files. */
public final class DrawingCanvas {

	private DrawingCanvas() {
	}

	/** The SWT colour of {@code 0xRRGGBB}. */
	public static RGB rgb(int colour) {
		return new RGB((colour >> 16) & 0xFF, (colour >> 8) & 0xFF, colour & 0xFF);
	}

	/** {@code 0xRRGGBB} of an SWT colour. */
	public static int colour(RGB rgb) {
		return (rgb.red << 16) | (rgb.green << 8) | rgb.blue;
	}

	/** Paints a drawing on a GC (antialiased), background first; {@code bold} is the font of bold texts. */
	public static void paint(GC gc, Drawing drawing, Font bold) {
		Device device = gc.getDevice();
		gc.setAntialias(SWT.ON);
		gc.setTextAntialias(SWT.ON);
		Font normal = gc.getFont();
		Color background = new Color(device, rgb(drawing.background()));
		gc.setBackground(background);
		gc.fillRectangle(0, 0, drawing.width(), drawing.height());
		for (Shape shape : drawing.shapes()) {
			switch (shape) {
			case Circle c -> {
				int d = (int) Math.max(1, Math.round(2 * c.r()));
				int x = (int) Math.round(c.x() - d / 2.0);
				int y = (int) Math.round(c.y() - d / 2.0);
				if (c.fill() != Drawing.NONE) {
					gc.setBackground(new Color(device, rgb(c.fill())));
					gc.fillOval(x, y, d, d);
				}
				if (c.stroke() != Drawing.NONE) {
					gc.setForeground(new Color(device, rgb(c.stroke())));
					gc.setLineWidth(1);
					gc.drawOval(x, y, d, d);
				}
			}
			case Line l -> {
				gc.setForeground(new Color(device, rgb(l.colour())));
				gc.setLineWidth((int) Math.max(1, Math.round(l.width())));
				gc.drawLine((int) Math.round(l.x1()), (int) Math.round(l.y1()), (int) Math.round(l.x2()),
						(int) Math.round(l.y2()));
			}
			case Quad q -> {
				gc.setForeground(new Color(device, rgb(q.colour())));
				gc.setLineWidth((int) Math.max(1, Math.round(q.width())));
				if (Math.abs(q.cx() - (q.x1() + q.x2()) / 2) < 1e-9 && Math.abs(q.cy() - (q.y1() + q.y2()) / 2) < 1e-9) {
					// a straight edge (most of a large tree's): a line is much cheaper than a path
					gc.drawLine((int) Math.round(q.x1()), (int) Math.round(q.y1()), (int) Math.round(q.x2()),
							(int) Math.round(q.y2()));
					continue;
				}
				Path path = new Path(device);
				try {
					path.moveTo((float) q.x1(), (float) q.y1());
					path.quadTo((float) q.cx(), (float) q.cy(), (float) q.x2(), (float) q.y2());
					gc.drawPath(path);
				} finally {
					path.dispose();
				}
			}
			case Polygon p -> {
				gc.setBackground(new Color(device, rgb(p.colour())));
				int[] points = new int[p.points().length];
				for (int i = 0; i < points.length; i++) {
					points[i] = (int) Math.round(p.points()[i]);
				}
				gc.fillPolygon(points);
			}
			case Text t -> {
				gc.setFont(t.bold() && bold != null ? bold : normal);
				Point extent = gc.textExtent(t.text());
				double x = switch (t.anchor()) {
				case START -> t.x();
				case MIDDLE -> t.x() - extent.x / 2.0;
				case END -> t.x() - extent.x;
				};
				int left = (int) Math.round(x);
				int top = (int) Math.round(t.y() - extent.y / 2.0);
				if (t.box() != Drawing.NONE) {
					gc.setBackground(new Color(device, rgb(t.box())));
					gc.fillRectangle(left - 2, top, extent.x + 4, extent.y);
				}
				gc.setForeground(new Color(device, rgb(t.colour())));
				gc.drawText(t.text(), left, top, true);
				gc.setFont(normal);
			}
			}
		}
	}

	/** Writes a drawing as a PNG image. */
	public static void writePng(Device device, Drawing drawing, Font bold, java.nio.file.Path file) throws IOException {
		Image image = new Image(device, Math.max(1, drawing.width()), Math.max(1, drawing.height()));
		try {
			GC gc = new GC(image);
			try {
				paint(gc, drawing, bold);
			} finally {
				gc.dispose();
			}
			ImageLoader loader = new ImageLoader();
			loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
			Files.createDirectories(file.toAbsolutePath().getParent());
			loader.save(file.toString(), SWT.IMAGE_PNG);
		} finally {
			image.dispose();
		}
	}

	/** The drawing as an SVG document. */
	public static String svg(Drawing drawing) {
		StringBuilder out = new StringBuilder();
		out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(drawing.width()).append("\" height=\"")
				.append(drawing.height()).append("\" font-family=\"sans-serif\" font-size=\"12\">\n");
		out.append("<rect width=\"100%\" height=\"100%\" fill=\"").append(hex(drawing.background())).append("\"/>\n");
		for (Shape shape : drawing.shapes()) {
			switch (shape) {
			case Circle c -> out.append("<circle cx=\"").append(num(c.x())).append("\" cy=\"").append(num(c.y()))
					.append("\" r=\"").append(num(c.r())).append("\" fill=\"")
					.append(c.fill() == Drawing.NONE ? "none" : hex(c.fill())).append("\" stroke=\"")
					.append(c.stroke() == Drawing.NONE ? "none" : hex(c.stroke())).append("\"/>\n");
			case Line l -> out.append("<line x1=\"").append(num(l.x1())).append("\" y1=\"").append(num(l.y1()))
					.append("\" x2=\"").append(num(l.x2())).append("\" y2=\"").append(num(l.y2())).append("\" stroke=\"")
					.append(hex(l.colour())).append("\" stroke-width=\"").append(num(l.width())).append("\"/>\n");
			case Quad q -> out.append("<path d=\"M").append(num(q.x1())).append(',').append(num(q.y1())).append(" Q")
					.append(num(q.cx())).append(',').append(num(q.cy())).append(' ').append(num(q.x2())).append(',')
					.append(num(q.y2())).append("\" fill=\"none\" stroke=\"").append(hex(q.colour()))
					.append("\" stroke-width=\"").append(num(q.width())).append("\"/>\n");
			case Polygon p -> {
				out.append("<polygon points=\"");
				for (int i = 0; i + 1 < p.points().length; i += 2) {
					out.append(num(p.points()[i])).append(',').append(num(p.points()[i + 1])).append(' ');
				}
				out.append("\" fill=\"").append(hex(p.colour())).append("\"/>\n");
			}
			case Text t -> {
				String anchor = switch (t.anchor()) {
				case START -> "start";
				case MIDDLE -> "middle";
				case END -> "end";
				};
				out.append("<text x=\"").append(num(t.x())).append("\" y=\"").append(num(t.y()))
						.append("\" dominant-baseline=\"central\" text-anchor=\"").append(anchor).append("\" fill=\"")
						.append(hex(t.colour())).append('"');
				if (t.bold()) {
					out.append(" font-weight=\"bold\"");
				}
				if (t.box() != Drawing.NONE) {
					// a halo in the box colour keeps the label readable over lines
					out.append(" stroke=\"").append(hex(t.box())).append("\" stroke-width=\"3\" paint-order=\"stroke\"");
				}
				out.append('>').append(escape(t.text())).append("</text>\n");
			}
			}
		}
		out.append("</svg>\n");
		return out.toString();
	}

	/** Writes {@link #svg} to a file. */
	public static void writeSvg(Drawing drawing, java.nio.file.Path file) throws IOException {
		Files.writeString(file, svg(drawing), StandardCharsets.UTF_8);
	}

	/** A bold copy of a font; the caller disposes it. */
	public static Font bold(Device device, Font font) {
		FontData[] data = font.getFontData();
		for (FontData d : data) {
			d.setStyle(SWT.BOLD);
		}
		return new Font(device, data);
	}

	private static String hex(int colour) {
		return String.format(Locale.ROOT, "#%06x", colour & 0xFFFFFF);
	}

	private static String num(double v) {
		return String.format(Locale.ROOT, "%.1f", v);
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}
}
