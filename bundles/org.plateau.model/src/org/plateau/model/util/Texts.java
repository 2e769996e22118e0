package org.plateau.model.util;

/**
 * Text that users type (names, notes, values) as a terminal or an XML file can hold it. A name with a control
 * character would reach the terminal raw (where it can move the cursor, clear the screen or change colours) and could
 * not be saved in an experiment file, since XML 1.0 stores no control character other than tab, line feed and carriage
 * return, no unpaired surrogate and neither U+FFFE nor U+FFFF.
 */
public final class Texts {

	private Texts() {
	}

	/**
	 * The text with every character a terminal would act on, rather than show, written as <code>&#92;uXXXX</code>: control
	 * characters (line breaks and tabs included), invisible format characters such as the bidirectional overrides
	 * U+202E, unpaired surrogates and non-characters; a backslash is doubled, so that the escaped form is unambiguous.
	 * For example "bell" followed by U+0007 prints as <code>bell&#92;u0007</code>.
	 *
	 * @param text any text, or <code>null</code> (printed as <code>null</code>)
	 * @return the text, safe to print on a terminal
	 */
	public static String printable(String text) {
		if (text == null) {
			return "null";
		}
		StringBuilder printable = null;
		for (int i = 0; i < text.length(); i++) {
			int codePoint = text.codePointAt(i);
			int length = Character.charCount(codePoint);
			boolean escape = codePoint == '\\' || Character.isISOControl(codePoint) || Character.getType(codePoint) == Character.FORMAT
				|| Character.getType(codePoint) == Character.SURROGATE || isNonCharacter(codePoint);
			if (escape && printable == null) {
				printable = new StringBuilder(text.length() + 16).append(text, 0, i);
			}
			if (printable != null) {
				if (codePoint == '\\') {
					printable.append("\\\\");
				}
				else if (escape) {
					printable.append(escape(codePoint));
				}
				else {
					printable.appendCodePoint(codePoint);
				}
			}
			i += length - 1;
		}
		return printable == null ? text : printable.toString();
	}

	/**
	 * The position of the first character of the text that a name or a one-line setting may not hold: a control
	 * character (see {@link Character#isISOControl(int)}) or a character XML 1.0 cannot store. Multi-line text (notes)
	 * may hold line feeds and tabs.
	 *
	 * @param text the text, or <code>null</code>
	 * @param multiLine whether line feeds and tabs are allowed
	 * @return the index of the first offending <code>char</code>, or -1 when there is none
	 */
	public static int firstUnstorable(String text, boolean multiLine) {
		if (text == null) {
			return -1;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				i++;
				continue;
			}
			if (multiLine && (c == '\n' || c == '\t')) {
				continue;
			}
			if (Character.isISOControl(c) || Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
				return i;
			}
		}
		return -1;
	}

	/** A character as Java writes it in a string literal: <code>&#92;u0007</code>, <code>&#92;uD83D</code>; beyond the BMP as its two halves. */
	public static String escape(int codePoint) {
		StringBuilder escaped = new StringBuilder();
		for (char c : Character.toChars(codePoint)) {
			escaped.append(String.format("\\u%04X", (int)c));
		}
		return escaped.toString();
	}

	private static boolean isNonCharacter(int codePoint) {
		return (codePoint & 0xFFFE) == 0xFFFE || (codePoint >= 0xFDD0 && codePoint <= 0xFDEF);
	}
}
