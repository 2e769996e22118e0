package org.plateau.cli.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;

/** The Ctrl-C hook: cancels the run, then holds the JVM's exit until the results are written. */
class CancelOnInterruptTest {

	@Test
	void theHookCancelsAndWaitsUntilTheResultsAreWritten() throws Exception {
		NullProgressMonitor monitor = new NullProgressMonitor();
		CancelOnInterrupt cancel = CancelOnInterrupt.onShutdown(monitor);
		Thread hook = cancel.hook();
		hook.start(); // what the JVM does on SIGINT
		for (int i = 0; i < 100 && !monitor.isCanceled(); i++) {
			Thread.sleep(10);
		}
		assertTrue(monitor.isCanceled(), "the interrupt cancels the run");
		Thread.sleep(200);
		assertTrue(hook.isAlive(), "the JVM's exit waits while the results are being written");
		cancel.close(); // the results are written
		hook.join(5000);
		assertFalse(hook.isAlive(), "the exit proceeds once the results are written");
	}
}
