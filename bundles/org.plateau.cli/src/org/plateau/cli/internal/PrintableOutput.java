package org.plateau.cli.internal;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Standard output and error as a terminal can show them: a control character that reaches them from a file (in an
 * experiment's name, a value, a message quoting either) is written as {@code \\u00XX} instead of acting on the
 * terminal (moving the cursor, clearing the screen, changing colours). Line feed, carriage return and tab pass, and
 * so does the one sequence the progress bar draws with, "erase to the end of the line" (ESC [ K), which can do no
 * harm. Works on UTF-8 bytes: C0 controls and DEL are single bytes, C1 controls the pairs C2 80..C2 9F.
 */
final class PrintableOutput extends FilterOutputStream {

	private static final byte[] ERASE_LINE = { 0x1b, '[', 'K' };

	private boolean pendingC2;
	/** How many bytes of {@link #ERASE_LINE} were seen and held back. */
	private int pendingErase;

	private PrintableOutput(OutputStream out) {
		super(out);
	}

	/** A UTF-8 print stream over {@code out} that escapes control characters. */
	static PrintStream of(PrintStream out) {
		return new PrintStream(new PrintableOutput(out), true, StandardCharsets.UTF_8);
	}

	@Override
	public void write(int b) throws IOException {
		int unsigned = b & 0xff;
		if (pendingErase > 0) {
			if (unsigned == ERASE_LINE[pendingErase]) {
				if (++pendingErase == ERASE_LINE.length) {
					out.write(ERASE_LINE);
					pendingErase = 0;
				}
				return;
			}
			// not the erase sequence: the escape is shown as text, what followed it as itself
			int held = pendingErase;
			pendingErase = 0;
			escape(0x1b);
			for (int i = 1; i < held; i++) {
				write(ERASE_LINE[i]);
			}
		} else if (unsigned == 0x1b && !pendingC2) {
			pendingErase = 1;
			return;
		}
		if (pendingC2) {
			pendingC2 = false;
			if (unsigned >= 0x80 && unsigned <= 0x9f) {
				escape(unsigned);
				return;
			}
			out.write(0xc2);
		}
		if (unsigned == 0xc2) {
			pendingC2 = true;
		} else if ((unsigned < 0x20 && unsigned != '\n' && unsigned != '\r' && unsigned != '\t') || unsigned == 0x7f) {
			escape(unsigned);
		} else {
			out.write(unsigned);
		}
	}

	@Override
	public void write(byte[] b, int off, int len) throws IOException {
		for (int i = off; i < off + len; i++) {
			write(b[i]);
		}
	}

	private void escape(int codePoint) throws IOException {
		out.write(String.format("\\u%04x", codePoint).getBytes(StandardCharsets.US_ASCII));
	}
}
