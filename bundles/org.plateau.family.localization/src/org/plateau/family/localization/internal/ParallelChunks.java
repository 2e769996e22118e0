package org.plateau.family.localization.internal;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;

/**
 * Runs the chunks of one training step on the calling thread and on helper threads, allocating nothing per step: the
 * chunks are taken from a shared counter and the caller waits for the last one by spinning (a chunk takes well under a
 * millisecond). Which chunk does what is fixed (each has its own seeded stream and its own partial sums, added in chunk
 * order), so results do not depend on the number of threads. Helpers are daemons that end after a second idle, so a
 * trainer that is dropped leaves no thread behind.
 */
final class ParallelChunks {

	private static final long IDLE_NANOS = 1_000_000_000L;

	private final int chunks;
	private final IntConsumer work;
	private final Thread[] helpers;
	private final AtomicInteger next = new AtomicInteger();
	private final AtomicInteger done = new AtomicInteger();
	private volatile long generation;
	private volatile RuntimeException failure;

	/**
	 * @param chunks the chunks of a step
	 * @param threads threads in all, the caller's included
	 * @param work the work of chunk i
	 */
	ParallelChunks(int chunks, int threads, IntConsumer work) {
		this.chunks = chunks;
		this.work = work;
		this.helpers = new Thread[Math.max(0, Math.min(threads, chunks) - 1)];
	}

	/** Threads used, the caller's included. */
	int threads() {
		return helpers.length + 1;
	}

	/** Runs every chunk once and returns when all are done. */
	void run() {
		done.set(0);
		next.set(0);
		if (helpers.length > 0) {
			generation++;
			for (int h = 0; h < helpers.length; h++) {
				Thread helper = helpers[h];
				if (helper == null || !helper.isAlive()) {
					helpers[h] = startHelper(h);
				} else {
					LockSupport.unpark(helper);
				}
			}
		}
		drain();
		while (done.get() < chunks) {
			Thread.onSpinWait();
		}
		RuntimeException failed = failure;
		if (failed != null) {
			failure = null;
			throw failed;
		}
	}

	private void drain() {
		int chunk;
		while ((chunk = next.getAndIncrement()) < chunks) {
			try {
				work.accept(chunk);
			} catch (RuntimeException e) {
				failure = e;
			} finally {
				done.incrementAndGet();
			}
		}
	}

	private Thread startHelper(int index) {
		Thread thread = new Thread(() -> {
			long seen = generation - 1;
			long idleSince = System.nanoTime();
			while (true) {
				long current = generation;
				if (current != seen) {
					seen = current;
					drain();
					idleSince = System.nanoTime();
				} else if (System.nanoTime() - idleSince > IDLE_NANOS) {
					return;
				} else {
					LockSupport.parkNanos(this, 200_000);
				}
			}
		}, "plateau-localization-sampler-" + index);
		thread.setDaemon(true);
		thread.start();
		return thread;
	}
}
