package org.plateau.core.internal.registry;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.plateau.core.family.ModelFamily;
import org.plateau.core.registry.FamilyRegistry;

/**
 * Declarative Services implementation of {@link FamilyRegistry}: families arrive and leave through a dynamic,
 * multiple reference (see {@code OSGI-INF/org.plateau.core.familyRegistry.xml}).
 */
public class FamilyRegistryComponent implements FamilyRegistry {

	private final List<ModelFamily> families = new CopyOnWriteArrayList<>();

	/** DS bind method. */
	public void addFamily(ModelFamily family) {
		families.add(family);
	}

	/** DS unbind method. */
	public void removeFamily(ModelFamily family) {
		families.remove(family);
	}

	@Override
	public List<ModelFamily> families() {
		return families.stream().sorted(Comparator.comparing(ModelFamily::id)).toList();
	}
}
