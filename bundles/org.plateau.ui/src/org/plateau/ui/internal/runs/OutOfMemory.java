package org.plateau.ui.internal.runs;

/**
 * What a run or sweep that ran out of memory says. The job catches the {@link OutOfMemoryError} at its boundary: once
 * the stack has unwound to there, what the run allocated is garbage, and the workbench goes on.
 */
final class OutOfMemory {

	private OutOfMemory() {
	}

	/**
	 * E.g. "The run of experiment 'wide' ran out of memory: this workbench may use 4.0 GB. Make the network or the data
	 * smaller, or start Plateau with more memory (PLATEAU_VM_ARGS=-Xmx8g ./plateau); the workbench goes on."
	 *
	 * @param what what ran out of memory, e.g. "The run of experiment 'wide'"
	 */
	static String message(String what) {
		long max = Runtime.getRuntime().maxMemory();
		long doubled = Math.max(2, Math.round(2.0 * max / (1L << 30)));
		return String.format("%s ran out of memory: this workbench may use %.1f GB. Make the network or the data smaller, "
				+ "or start Plateau with more memory (PLATEAU_VM_ARGS=-Xmx%dg ./plateau); the workbench goes on.", what,
				max / (double) (1L << 30), doubled);
	}
}
