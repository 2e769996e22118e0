package org.plateau.core.registry;

import java.util.Objects;

/**
 * A call into contributed code that failed, e.g. a model family whose {@code handles()} threw: the registry skipped
 * the family for that call and went on. Its {@link #message()} is for users and logs: it names the family, the bundle
 * that contributed it and the call, in words.
 *
 * @param family the family's id, or "without an id" when even that cannot be read
 * @param bundle the symbolic name and version of the bundle that contributed the family
 *            ({@link Contributors#bundleOf(Object)})
 * @param call the call that failed, e.g. {@code handles()}
 * @param reason what went wrong, in words ({@link Contributors#reason(Throwable)})
 * @param failure what was thrown, for a log's stack trace; not shown to users
 */
public record FamilyProblem(String family, String bundle, String call, String reason, Throwable failure) {

	public FamilyProblem {
		Objects.requireNonNull(family, "family");
		Objects.requireNonNull(bundle, "bundle");
		Objects.requireNonNull(call, "call");
		Objects.requireNonNull(reason, "reason");
	}

	/**
	 * E.g. "model family org.plateau.family.x (bundle org.plateau.family.x 0.1.0) failed in handles(): the task has no
	 * input".
	 */
	public String message() {
		return "model family " + family + " (bundle " + bundle + ") failed in " + call + ": " + reason;
	}

	@Override
	public String toString() {
		return message();
	}
}
