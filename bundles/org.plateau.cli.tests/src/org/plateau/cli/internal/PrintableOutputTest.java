package org.plateau.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** What reaches the terminal: control characters from files escaped, the progress bar's own sequence kept. */
class PrintableOutputTest {

	private static String through(String text) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		PrintStream printable = PrintableOutput.of(new PrintStream(bytes, true, StandardCharsets.UTF_8));
		printable.print(text);
		printable.flush();
		return bytes.toString(StandardCharsets.UTF_8);
	}

	@Test
	void controlCharactersAreEscapedAndTextPasses() {
		assertEquals("run\\u001b[2J \\u0007 \\u009b é λ\n", through("run\u001b[2J \u0007 \u009b é λ\n"));
		assertEquals("\r[#####     ]  50%\t", through("\r[#####     ]  50%\t"));
	}

	@Test
	void theProgressBarsEraseToEndOfLinePassesAndNothingElseOfAnEscape() {
		assertEquals("\r[##] 10%\u001b[K", through("\r[##] 10%\u001b[K"));
		assertEquals("\\u001b[J", through("\u001b[J"));
		assertEquals("\\u001b\\u001b[K", through("\u001b\u001b[K"), "an escape before the sequence is shown as text");
	}
}
