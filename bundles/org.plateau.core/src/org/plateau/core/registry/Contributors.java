package org.plateau.core.registry;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * How a failure of contributed code (a model family, a figure renderer, a plot kind) is reported: by the bundle that
 * contributed it, and in words rather than Java class names. One place for the registry, the run engine, the CLI and
 * the workbench.
 */
public final class Contributors {

	private Contributors() {
	}

	/**
	 * The bundle that contributed an object, as "symbolic-name version" (e.g. {@code org.plateau.family.x 0.1.0}), or
	 * "unknown bundle" when its class was not loaded by a bundle.
	 */
	public static String bundleOf(Object contribution) {
		Bundle bundle = FrameworkUtil.getBundle(contribution.getClass());
		if (bundle == null) {
			return "unknown bundle";
		}
		return bundle.getSymbolicName() + " " + bundle.getVersion().getMajor() + "." + bundle.getVersion().getMinor()
				+ "." + bundle.getVersion().getMicro();
	}

	/** The symbolic name alone of the bundle that contributed an object, or {@code null} outside OSGi. */
	public static String symbolicNameOf(Object contribution) {
		Bundle bundle = FrameworkUtil.getBundle(contribution.getClass());
		return bundle == null ? null : bundle.getSymbolicName();
	}

	/**
	 * What a throwable says, in words: its message, after the kind of failure when the kind matters to a user (a
	 * class that cannot be loaded: an incompletely installed bundle; memory; a missing value).
	 */
	public static String reason(Throwable failure) {
		String message = failure.getMessage() == null || failure.getMessage().isBlank() ? null : failure.getMessage();
		String kind;
		if (failure instanceof NoClassDefFoundError || failure instanceof ClassNotFoundException) {
			// the message is the missing class: the one name a user can act on (which bundle to install)
			return "a class it needs cannot be loaded (" + (message == null ? "no name given" : message.replace('/', '.'))
					+ "): is a bundle it depends on missing?";
		} else if (failure instanceof ExceptionInInitializerError && failure.getCause() != null) {
			return "it could not initialise: " + reason(failure.getCause());
		} else if (failure instanceof LinkageError) {
			kind = "it was built against other versions of the bundles it uses";
		} else if (failure instanceof OutOfMemoryError) {
			kind = "out of memory";
		} else if (failure instanceof StackOverflowError) {
			kind = "endless recursion (stack overflow)";
		} else if (failure instanceof NullPointerException) {
			kind = "a missing value";
		} else if (failure instanceof ClassCastException) {
			kind = "a value of an unexpected type";
		} else if (failure instanceof IndexOutOfBoundsException) {
			kind = "an index out of range";
		} else if (failure instanceof ArithmeticException) {
			kind = "an arithmetic error";
		} else if (failure instanceof UnsupportedOperationException) {
			kind = "an operation it does not support";
		} else {
			kind = null;
		}
		if (kind == null) {
			return message == null ? "an unexpected error with no message" : message;
		}
		return message == null ? kind : kind + ": " + message;
	}

	/**
	 * The warning for a figure a contributed renderer failed to draw, which is left out: "the figure renderer of
	 * bundle B failed on figure 'F', which is left out: why".
	 */
	public static String rendererFailed(Object renderer, String figure, Throwable failure) {
		return "the figure renderer of bundle " + bundleOf(renderer) + " failed on figure '" + figure
				+ "', which is left out: " + reason(failure);
	}
}
