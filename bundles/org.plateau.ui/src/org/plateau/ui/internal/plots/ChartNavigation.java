package org.plateau.ui.internal.plots;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.BiFunction;

import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.events.PaintEvent;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ICustomPaintListener;
import org.eclipse.swtchart.Range;
import org.plateau.ui.plots.PlotTheme;

/**
 * Zoom and hover on an SWTChart chart, the same on every chart of the workbench (the Plots view's curves, the Sweep
 * Summary): drag a rectangle to zoom into it, the wheel zooms around the mouse (in decades on a log axis), a
 * double-click shows everything again, and the point nearest the mouse is marked with its values in a box.
 */
public final class ChartNavigation {

	/**
	 * A point under the mouse.
	 *
	 * @param x its plot-area pixel column
	 * @param y its plot-area pixel row
	 * @param text what the box says, e.g. "a_1\nt/τ = 5, a = 25"
	 * @param colour the mark's colour (the series')
	 */
	public record Hover(int x, int y, String text, RGB colour) {
	}

	private final Chart chart;
	private final PlotTheme theme;
	private final BiFunction<Integer, Integer, Hover> nearest;
	private final Runnable zoomed;
	private final Runnable reset;
	/** The rubber band being dragged (plot-area pixels), or null. */
	private Point dragStart;
	private Point dragEnd;
	private Hover hover;

	/**
	 * Installs the mouse handling on a chart's plot area.
	 *
	 * @param nearest the point nearest a plot-area pixel within reach, or null
	 * @param zoomed told after each zoom (the axes' ranges are set)
	 * @param reset asked to show everything again (a double-click)
	 */
	public ChartNavigation(Chart chart, PlotTheme theme, BiFunction<Integer, Integer, Hover> nearest, Runnable zoomed,
			Runnable reset) {
		this.chart = chart;
		this.theme = theme;
		this.nearest = nearest;
		this.zoomed = zoomed;
		this.reset = reset;
		Control area = chart.getPlotArea().getControl();
		area.addListener(SWT.MouseDown, e -> {
			if (e.button == 1 && e.count == 1) {
				dragStart = new Point(e.x, e.y);
				dragEnd = null;
			}
		});
		area.addListener(SWT.MouseMove, e -> {
			if (dragStart != null && (e.stateMask & SWT.BUTTON1) != 0) {
				dragEnd = new Point(e.x, e.y);
				hover = null;
			} else {
				hover = nearest.apply(e.x, e.y);
			}
			area.redraw();
		});
		area.addListener(SWT.MouseUp, e -> {
			if (dragStart != null && dragEnd != null && e.button == 1) {
				zoomTo(dragStart, new Point(e.x, e.y));
			}
			dragStart = null;
			dragEnd = null;
			area.redraw();
		});
		area.addListener(SWT.MouseDoubleClick, e -> reset.run());
		area.addListener(SWT.MouseVerticalWheel, this::wheel);
		area.addListener(SWT.MouseExit, e -> {
			hover = null;
			area.redraw();
		});
		chart.getPlotArea().addCustomPaintListener(new ICustomPaintListener() {
			@Override
			public void paintControl(PaintEvent e) {
				paint(e.gc);
			}
		});
	}

	/** Zooms both axes to the rectangle between two plot-area pixels (ignored when it is a few pixels small). */
	public void zoomTo(Point from, Point to) {
		if (Math.abs(from.x - to.x) < 5 || Math.abs(from.y - to.y) < 5) {
			return;
		}
		IAxis x = chart.getAxisSet().getXAxis(0);
		IAxis y = chart.getAxisSet().getYAxis(0);
		x.setRange(new Range(x.getDataCoordinate(Math.min(from.x, to.x)), x.getDataCoordinate(Math.max(from.x, to.x))));
		// pixel rows grow downwards
		y.setRange(new Range(y.getDataCoordinate(Math.max(from.y, to.y)), y.getDataCoordinate(Math.min(from.y, to.y))));
		zoomed.run();
		chart.redraw();
	}

	private void wheel(Event e) {
		if (e.count == 0) {
			return;
		}
		double factor = e.count > 0 ? 0.8 : 1.25;
		zoomAround(chart.getAxisSet().getXAxis(0), e.x, factor);
		zoomAround(chart.getAxisSet().getYAxis(0), e.y, factor);
		zoomed.run();
		chart.redraw();
	}

	/** Scales an axis' range by {@code factor} keeping the value under {@code pixel} in place (in log space on a log axis). */
	private static void zoomAround(IAxis axis, int pixel, double factor) {
		Range range = axis.getRange();
		boolean logAxis = axis.isLogScaleEnabled();
		double anchor = axis.getDataCoordinate(pixel);
		double lower = logAxis ? Math.log10(range.lower) : range.lower;
		double upper = logAxis ? Math.log10(range.upper) : range.upper;
		double centre = logAxis ? Math.log10(anchor) : anchor;
		double newLower = centre - (centre - lower) * factor;
		double newUpper = centre + (upper - centre) * factor;
		if (!(newUpper > newLower) || !Double.isFinite(newLower) || !Double.isFinite(newUpper)) {
			return;
		}
		axis.setRange(logAxis ? new Range(Math.pow(10, newLower), Math.pow(10, newUpper)) : new Range(newLower, newUpper));
	}

	/** Updates the hover as if the mouse were at a plot-area pixel (what moving the mouse does). */
	public Hover hoverAt(int px, int py) {
		hover = nearest.apply(px, py);
		chart.getPlotArea().getControl().redraw();
		return hover;
	}

	/** The point under the mouse, or null. */
	public Hover hover() {
		return hover;
	}

	/** Forgets the point under the mouse (the data changed under it). */
	public void clearHover() {
		hover = null;
	}

	/** Writes what a chart shows as a PNG image of its size on the screen. */
	public static void writePng(Chart chart, String what, Path file) throws IOException {
		Point size = chart.getSize();
		if (size.x <= 0 || size.y <= 0) {
			throw new IOException(what + " is not shown, so it has no image to write to " + file);
		}
		Image image = new Image(chart.getDisplay(), size.x, size.y);
		try {
			GC gc = new GC(image);
			try {
				chart.print(gc);
			} finally {
				gc.dispose();
			}
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			try {
				loader.save(file.toString(), SWT.IMAGE_PNG);
			} catch (SWTException e) {
				throw new IOException("Could not write " + file + ": " + e.getMessage(), e);
			}
		} finally {
			image.dispose();
		}
	}

	private void paint(GC gc) {
		if (dragStart != null && dragEnd != null) {
			gc.setForeground(new Color(gc.getDevice(), theme.foreground()));
			gc.setLineStyle(SWT.LINE_DOT);
			gc.setLineWidth(1);
			gc.drawRectangle(Math.min(dragStart.x, dragEnd.x), Math.min(dragStart.y, dragEnd.y),
					Math.abs(dragStart.x - dragEnd.x), Math.abs(dragStart.y - dragEnd.y));
			gc.setLineStyle(SWT.LINE_SOLID);
		}
		if (hover != null && hover.text() != null) {
			int px = hover.x();
			int py = hover.y();
			gc.setBackground(new Color(gc.getDevice(), hover.colour()));
			gc.fillOval(px - 4, py - 4, 9, 9);
			Point extent = gc.textExtent(hover.text());
			Point size = chart.getPlotArea().getSize();
			int bx = px + 10 + extent.x + 8 > size.x ? px - 10 - extent.x - 8 : px + 10;
			int by = Math.max(0, Math.min(py - extent.y - 12, size.y - extent.y - 8));
			gc.setBackground(new Color(gc.getDevice(), theme.background()));
			gc.setForeground(new Color(gc.getDevice(), theme.foreground()));
			gc.fillRectangle(bx, by, extent.x + 8, extent.y + 6);
			gc.drawRectangle(bx, by, extent.x + 8, extent.y + 6);
			gc.drawText(hover.text(), bx + 4, by + 3, true);
		}
	}
}
