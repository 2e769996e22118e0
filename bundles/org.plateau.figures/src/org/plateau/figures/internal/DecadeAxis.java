package org.plateau.figures.internal;

import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.text.AttributedString;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.LogTick;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.TickUnit;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.Range;
import org.plateau.core.figures.NumberLabels;

/**
 * A logarithmic axis whose tick labels are plain text: {@code 10⁻²} written with the font's superscript digits instead
 * of JFreeChart's attributed "10" and raised exponent. Plain text goes through Java2D's glyph pipeline; attributed text
 * goes through {@link java.awt.font.TextLayout} and the JDK's HarfBuzz shaper, whose first use in a process costs about
 * 0.2 s of a {@code plateau run} (issue 15, "End to end"). Both look the same.
 */
final class DecadeAxis extends LogAxis {

	private static final long serialVersionUID = 1L;

	DecadeAxis(String label) {
		super(label);
	}

	/** The label at a value: the number format's, when one is set, else the power of ten. */
	String tickLabel(double value) {
		NumberFormat format = getNumberFormatOverride();
		return format != null ? format.format(value) : "10" + superscript(getTickUnit().valueToString(calculateLog(value)));
	}

	/** The exponent in superscript characters; characters without one (a decimal point) stay as they are. */
	static String superscript(String exponent) {
		return NumberLabels.superscript(exponent);
	}

	@Override
	protected AttributedString createTickLabel(double value) {
		return new AttributedString(tickLabel(value));
	}

	@Override
	@SuppressWarnings("rawtypes")
	protected List refreshTicksHorizontal(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
		return plain(super.refreshTicksHorizontal(g2, dataArea, edge));
	}

	@Override
	@SuppressWarnings("rawtypes")
	protected List refreshTicksVertical(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
		return plain(super.refreshTicksVertical(g2, dataArea, edge));
	}

	/** LogAxis's estimate, measured as plain text. */
	@Override
	protected double estimateMaximumTickLabelWidth(Graphics2D g2, TickUnit unit) {
		RectangleInsets insets = getTickLabelInsets();
		double width = insets.getLeft() + insets.getRight();
		if (isVerticalTickLabels()) {
			return width + getTickLabelFont().getLineMetrics("0", g2.getFontRenderContext()).getHeight();
		}
		FontMetrics metrics = g2.getFontMetrics(getTickLabelFont());
		Range range = getRange();
		return width + Math.max(metrics.stringWidth(tickLabel(range.getLowerBound())),
				metrics.stringWidth(tickLabel(range.getUpperBound())));
	}

	/** The same ticks as plain {@link NumberTick}s, which the axis draws and measures as plain text. */
	private List<ValueTick> plain(List<?> ticks) {
		List<ValueTick> plain = new ArrayList<>(ticks.size());
		for (Object t : ticks) {
			if (t instanceof LogTick tick) {
				String text = tick.getAttributedLabel() == null ? null : tickLabel(tick.getValue());
				plain.add(new NumberTick(tick.getTickType(), tick.getValue(), text, tick.getTextAnchor(),
						tick.getRotationAnchor(), tick.getAngle()));
			} else {
				plain.add((ValueTick) t);
			}
		}
		return plain;
	}
}
