package org.plateau.ui.internal;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.ISafeRunnable;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.SafeRunner;
import org.eclipse.core.runtime.Status;
import org.osgi.framework.FrameworkUtil;
import org.plateau.core.registry.Contributors;
import org.plateau.core.registry.FamilyProblem;

/**
 * Calls into code that other bundles contribute to the workbench (plot kinds, figure renderers, the networks families
 * draw, listeners of runs) through {@link SafeRunner}: a contribution that throws is logged with the name of its
 * bundle, and the caller goes on with a fallback, so one broken contribution loses its own part, not the view. Model
 * families themselves are asked through their registry's guard ({@code FamilyRegistry.ask}), whose problems
 * {@link #log(FamilyProblem)} writes to the same log.
 */
public final class Contributions {

	private Contributions() {
	}

	/**
	 * Runs a call into a contribution.
	 *
	 * @param contribution the contributed object called (its bundle is named when it fails)
	 * @param what the call, as the log says it, e.g. "plot kind org.x.speed drawing plot 'loss'"
	 * @param call the call
	 */
	public static void run(Object contribution, String what, Runnable call) {
		SafeRunner.run(new ISafeRunnable() {
			@Override
			public void run() {
				call.run();
			}

			@Override
			public void handleException(Throwable failure) {
				log(contribution, what, failure);
			}
		});
	}

	/**
	 * Asks a contribution for something.
	 *
	 * @param contribution the contributed object called (its bundle is named when it fails)
	 * @param what the call, as the log says it
	 * @param call the call
	 * @param fallback the answer when the call throws or answers {@code null}
	 */
	public static <T> T call(Object contribution, String what, Supplier<? extends T> call, T fallback) {
		AtomicReference<T> answer = new AtomicReference<>();
		run(contribution, what, () -> answer.set(call.get()));
		return answer.get() == null ? fallback : answer.get();
	}

	/**
	 * What a failed call says: e.g. "plot kind org.x.speed drawing plot 'loss' (bundle org.x 1.0.0) failed: an index
	 * out of range: Index 3 out of bounds for length 3".
	 */
	public static String message(Object contribution, String what, Throwable failure) {
		return what + " (bundle " + Contributors.bundleOf(contribution) + ") failed: " + Contributors.reason(failure);
	}

	/** Logs a failed call into a contribution as an error of the contribution's bundle. */
	public static void log(Object contribution, String what, Throwable failure) {
		log(Contributors.symbolicNameOf(contribution), message(contribution, what, failure), failure);
	}

	/** Logs a model family's problem (reported by the family registry); its message names the family's bundle. */
	public static void log(FamilyProblem problem) {
		log(null, "The " + problem.message(), problem.failure());
	}

	/** Logs an error under a bundle's name (the workbench's when {@code null}). */
	private static void log(String bundle, String message, Throwable failure) {
		ILog log = Platform.getLog(Contributions.class);
		log.log(new Status(IStatus.ERROR, bundle == null ? FrameworkUtil.getBundle(Contributions.class).getSymbolicName()
				: bundle, message, failure));
	}
}
