package org.plateau.core.testkit;

import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;

/** Measures what a piece of numerics allocates, for the tests that check a hot loop allocates nothing. */
public final class Allocations {

	private Allocations() {
	}

	/** Bytes allocated by this thread while running the action (HotSpot's com.sun.management.ThreadMXBean). */
	public static long allocatedBytes(Runnable action) throws ReflectiveOperationException {
		Object bean = ManagementFactory.getThreadMXBean();
		// loaded through the platform loader so the test fragment needs no import of com.sun.management under OSGi
		Method probe = ClassLoader.getPlatformClassLoader().loadClass("com.sun.management.ThreadMXBean")
				.getMethod("getCurrentThreadAllocatedBytes");
		probe.invoke(bean);
		long start = (Long) probe.invoke(bean);
		action.run();
		long end = (Long) probe.invoke(bean);
		return end - start;
	}
}
