package org.plateau.ui.internal.plots;

import java.text.FieldPosition;
import java.text.Format;
import java.text.ParsePosition;

import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.Range;

/**
 * SWTChart's tick labels of one axis as the headless figures write numbers: {@code 0.25}, {@code 300}, and outside
 * 1e-3..1e4 powers of ten ({@code 10⁻⁹}, {@code 5×10⁻¹⁰}) where SWTChart's own format writes {@code 0.0000000005}.
 * <p>
 * On a logarithmic axis SWTChart puts a tick at every 1..9 × 10^k and draws a label where it has room, first come first
 * served from the bottom, so the decades lose their labels to the ticks between them; it writes "..." for a label that
 * has room but does not parse back to its tick, and hides a label without room. Here only the decades are labelled
 * (and 2 and 5 times them over three decades or fewer); every other tick gets a label of invisible lines, too tall
 * for any room, so SWTChart hides it.
 */
public final class TickLabelFormat extends Format {

	private static final long serialVersionUID = 1L;

	/** The superscript digits 0-9 and the superscript minus, last. */
	private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹\u207B";

	/**
	 * The start of the label of an unlabelled tick on a log axis: 64 lines of a zero-width space, taller than the room
	 * between any two ticks (SWTChart measures a label of white space alone as taking no room). A run of zero-width
	 * spaces follows whose length says which tick it is, so that the label parses back to its tick: SWTChart gives the
	 * lowest tick room whatever its height.
	 */
	static final String HIDDEN = "\u200B\n".repeat(64);

	private static final char ZERO_WIDTH_SPACE = '\u200B';

	private final transient IAxis axis;
	/** The linear threshold of a symlog axis (ticks are labelled with the values they stand for), NaN for none. */
	private double symlog = Double.NaN;

	/** @param axis the axis labelled, asked at each label whether it is logarithmic and what range it shows */
	public TickLabelFormat(IAxis axis) {
		this.axis = axis;
	}

	/**
	 * Labels the axis as a symmetric log axis ({@link CurveTransforms#symlog}) with a linear threshold, or as an
	 * ordinary one for NaN.
	 */
	public void setSymlog(double threshold) {
		symlog = threshold;
	}

	@Override
	public StringBuffer format(Object number, StringBuffer to, FieldPosition position) {
		double value = ((Number) number).doubleValue();
		if (!Double.isNaN(symlog)) {
			return to.append(PlotFormat.tick(CurveTransforms.symexp(value, symlog)));
		}
		if (axis.isLogScaleEnabled() && value > 0) {
			Range range = axis.getRange();
			if (!labelledOnLogAxis(value, range.lower, range.upper)) {
				return to.append(HIDDEN).append(String.valueOf(ZERO_WIDTH_SPACE).repeat(1 + tickIndex(value, range.lower)));
			}
		}
		return to.append(PlotFormat.tick(value));
	}

	/** Whether a tick of a logarithmic axis over [lower, upper] gets a label: decades, and 2, 5 times them when few. */
	static boolean labelledOnLogAxis(double value, double lower, double upper) {
		if (!(value > 0)) {
			return false;
		}
		double mantissa = mantissa(value);
		if (Math.abs(mantissa - 1) < 1e-6) {
			return true;
		}
		boolean fewDecades = lower > 0 && upper / lower <= 1e3;
		return fewDecades && (Math.abs(mantissa - 2) < 1e-6 || Math.abs(mantissa - 5) < 1e-6);
	}

	/** m × 10^e, m = 1..9 → 9 (e - e_lower) + m - 1, counted from the decade below the axis's lower end. */
	private static int tickIndex(double value, double lower) {
		return Math.max(0, 9 * (exponent(value) - exponent(lower)) + (int) Math.round(mantissa(value)) - 1);
	}

	private static int exponent(double value) {
		return (int) Math.floor(Math.log10(value) + 1e-9);
	}

	private static double mantissa(double value) {
		return value / Math.pow(10, exponent(value));
	}

	/**
	 * The number a label of this format stands for ({@code 10⁻⁴}, {@code 2×10⁻⁴}, {@code 0.25}, a hidden label's
	 * tick), as SWTChart asks to check a label against its tick.
	 */
	@Override
	public Object parseObject(String source, ParsePosition position) {
		String text = source.substring(position.getIndex());
		position.setIndex(source.length());
		if (text.startsWith(HIDDEN) && axis.isLogScaleEnabled()) {
			int index = text.length() - HIDDEN.length() - 1;
			return (index % 9 + 1) * Math.pow(10, exponent(axis.getRange().lower) + index / 9);
		}
		if (!Double.isNaN(symlog)) {
			Object value = parseNumber(text.strip().replace('\u2212', '-'), position);
			return value == null ? null : CurveTransforms.symlog((Double) value, symlog);
		}
		return parseNumber(text.strip().replace('\u2212', '-'), position);
	}

	/** A number as {@link PlotFormat#tick} writes it ({@code 10⁻⁴}, {@code 2×10⁻⁴}, {@code 0.25}). */
	private static Object parseNumber(String text, ParsePosition position) {
		int power = text.indexOf("10", text.indexOf('\u00D7') + 1);
		try {
			if (power >= 0 && power + 2 < text.length() && SUPERSCRIPTS.indexOf(text.charAt(power + 2)) >= 0) {
				String mantissa = text.substring(0, power).replace("\u00D7", "");
				double factor = mantissa.isEmpty() ? 1 : mantissa.equals("-") ? -1 : Double.parseDouble(mantissa);
				StringBuilder exponent = new StringBuilder();
				for (char c : text.substring(power + 2).toCharArray()) {
					exponent.append(c == '\u207B' ? '-' : (char) ('0' + SUPERSCRIPTS.indexOf(c)));
				}
				return factor * Math.pow(10, Integer.parseInt(exponent.toString()));
			}
			return Double.parseDouble(text);
		} catch (NumberFormatException e) {
			position.setIndex(0);
			position.setErrorIndex(0);
			return null;
		}
	}
}
