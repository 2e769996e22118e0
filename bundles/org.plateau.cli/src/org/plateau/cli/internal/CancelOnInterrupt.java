package org.plateau.cli.internal;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * While open, Ctrl-C (SIGINT, which runs the JVM's shutdown hooks) cancels the running experiment and holds the
 * JVM's exit until the partial results are written, so that an interrupted run keeps what it computed.
 */
class CancelOnInterrupt implements AutoCloseable {

	private static final long WRITE_GRACE_SECONDS = 60;

	private final CountDownLatch finished = new CountDownLatch(1);
	private final Thread hook;

	private CancelOnInterrupt(IProgressMonitor monitor) {
		hook = new Thread(() -> {
			monitor.setCanceled(true);
			try {
				finished.await(WRITE_GRACE_SECONDS, TimeUnit.SECONDS);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}, "plateau-cancel-on-interrupt");
	}

	/** Installs a JVM shutdown hook. */
	static CancelOnInterrupt onShutdown(IProgressMonitor monitor) {
		CancelOnInterrupt cancel = new CancelOnInterrupt(monitor);
		Runtime.getRuntime().addShutdownHook(cancel.hook);
		return cancel;
	}

	/** For tests and embedding: nothing is installed. */
	static CancelOnInterrupt none() {
		return new CancelOnInterrupt(null) {
			@Override
			public void close() {
			}
		};
	}

	/** The shutdown-hook thread, for tests. */
	Thread hook() {
		return hook;
	}

	@Override
	public void close() {
		finished.countDown();
		try {
			Runtime.getRuntime().removeShutdownHook(hook);
		} catch (IllegalStateException shuttingDown) {
			// the hook is running: it is waiting for the countDown above
		}
	}
}
