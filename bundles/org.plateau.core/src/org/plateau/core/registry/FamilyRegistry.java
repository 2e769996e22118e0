package org.plateau.core.registry;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.plateau.core.family.ModelFamily;
import org.plateau.model.Experiment;

/**
 * The model families present at run time, as contributed through OSGi Declarative Services. Obtain it as a
 * service; do not construct it.
 */
public interface FamilyRegistry {

	/** The families currently registered, sorted by id. */
	List<ModelFamily> families();

	/** The family that handles an experiment, if any: the first, by id, that {@link ModelFamily#handles} it. */
	default Optional<ModelFamily> familyFor(Experiment experiment) {
		for (ModelFamily family : families()) {
			if (family.handles(experiment)) {
				return Optional.of(family);
			}
		}
		return Optional.empty();
	}

	/** A fixed registry of the given families, for tests and for embedding Plateau outside OSGi. */
	static FamilyRegistry of(ModelFamily... families) {
		List<ModelFamily> sorted = Arrays.stream(families).sorted(Comparator.comparing(ModelFamily::id)).toList();
		return () -> sorted;
	}
}
