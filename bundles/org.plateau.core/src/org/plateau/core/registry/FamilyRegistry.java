package org.plateau.core.registry;

import java.util.List;
import java.util.Optional;

import org.plateau.core.family.ModelFamily;
import org.plateau.core.internal.registry.FamilyRegistryComponent;
import org.plateau.model.Experiment;

/**
 * The model families present at run time, as contributed through OSGi Declarative Services. Obtain it as a
 * service; do not construct it.
 */
public interface FamilyRegistry {

	/** The families currently registered, sorted by id. */
	List<ModelFamily> families();

	/** The family that handles an experiment, if any. */
	Optional<ModelFamily> familyFor(Experiment experiment);

	/** A fixed registry of the given families, for tests and for embedding Plateau outside OSGi. */
	static FamilyRegistry of(ModelFamily... families) {
		FamilyRegistryComponent registry = new FamilyRegistryComponent();
		for (ModelFamily family : families) {
			registry.addFamily(family);
		}
		return registry;
	}
}
