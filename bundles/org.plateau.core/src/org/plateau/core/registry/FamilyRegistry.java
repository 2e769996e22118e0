package org.plateau.core.registry;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import org.plateau.core.family.ModelFamily;
import org.plateau.core.internal.registry.FamilyRegistryComponent;
import org.plateau.model.Experiment;

/**
 * The model families present at run time, as contributed through OSGi Declarative Services. Obtain it as a
 * service; do not construct or implement it.
 * <p>
 * Families are contributed code: the registry guards its calls into them. A family that throws (a
 * {@link RuntimeException}, or a {@link LinkageError} such as a class missing from a half-installed bundle) is skipped
 * for that call, and the failure becomes a {@link FamilyProblem}, reported once per family and call to
 * {@link #problems()} and the {@linkplain #addProblemListener listeners}: one broken family does not keep the others
 * from working. Errors of the virtual machine itself ({@link OutOfMemoryError}, {@link StackOverflowError}) are not
 * caught here: they belong to the boundary of the run or program that asked.
 */
public interface FamilyRegistry {

	/** The families currently registered, sorted by id; a family whose id cannot be read is left out (a problem). */
	List<ModelFamily> families();

	/**
	 * The family that handles an experiment, if any: the first, by id, whose {@link ModelFamily#handles} says yes. A
	 * family whose {@code handles()} throws is skipped (a problem), and the next one is asked.
	 */
	default Optional<ModelFamily> familyFor(Experiment experiment) {
		for (ModelFamily family : families()) {
			if (ask(family, "handles()", f -> f.handles(experiment)).orElse(false)) {
				return Optional.of(family);
			}
		}
		return Optional.empty();
	}

	/**
	 * Asks a family something, guarded: e.g. {@code ask(family, "examples()", ModelFamily::examples)}.
	 *
	 * @param family a family of this registry
	 * @param call the call, as a problem names it (e.g. {@code "examples()"})
	 * @param question the call into the family
	 * @return the answer; empty when the family answered {@code null} or threw (then a problem is reported once per
	 *         family and call)
	 */
	<T> Optional<T> ask(ModelFamily family, String call, Function<? super ModelFamily, ? extends T> question);

	/** The calls into families that failed so far, one per family and call, oldest first; a removed family's go. */
	List<FamilyProblem> problems();

	/**
	 * Tells a listener of the problems reported so far, then of each new one as it is reported (on the thread that
	 * made the call). A listener that throws is ignored.
	 */
	void addProblemListener(Consumer<FamilyProblem> listener);

	void removeProblemListener(Consumer<FamilyProblem> listener);

	/** A fixed registry of the given families, for tests and for embedding Plateau outside OSGi. */
	static FamilyRegistry of(ModelFamily... families) {
		FamilyRegistryComponent registry = new FamilyRegistryComponent();
		for (ModelFamily family : families) {
			registry.addFamily(family);
		}
		return registry;
	}
}
