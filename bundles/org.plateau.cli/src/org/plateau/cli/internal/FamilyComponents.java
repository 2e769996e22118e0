package org.plateau.cli.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.UnsatisfiedReferenceDTO;

/**
 * The families that did not start, by name, from Declarative Services' own account
 * ({@link ServiceComponentRuntime}): a family component whose activation threw (its constructor or activate method),
 * or that waits for a service nothing provides. The registry never sees such a family, so {@code plateau families}
 * asks the runtime.
 */
final class FamilyComponents {

	private static final String FAMILY = "org.plateau.core.family.ModelFamily";

	private FamilyComponents() {
	}

	/** What the runtime of this framework says of the family components that did not start; empty without one. */
	static List<String> failures(BundleContext context) {
		ServiceReference<ServiceComponentRuntime> reference = context.getServiceReference(ServiceComponentRuntime.class);
		if (reference == null) {
			return List.of();
		}
		ServiceComponentRuntime runtime = context.getService(reference);
		try {
			return runtime == null ? List.of() : failures(runtime);
		} finally {
			context.ungetService(reference);
		}
	}

	/** One line per family component that failed to activate or cannot be satisfied, naming it and its bundle. */
	static List<String> failures(ServiceComponentRuntime runtime) {
		List<String> failures = new ArrayList<>();
		for (ComponentDescriptionDTO description : runtime.getComponentDescriptionDTOs()) {
			if (description.serviceInterfaces == null || !Arrays.asList(description.serviceInterfaces).contains(FAMILY)) {
				continue;
			}
			String name = "the family " + description.name + " (bundle " + description.bundle.symbolicName + " "
					+ description.bundle.version + ")";
			for (ComponentConfigurationDTO configuration : runtime.getComponentConfigurationDTOs(description)) {
				if (configuration.state == ComponentConfigurationDTO.FAILED_ACTIVATION) {
					String failure = configuration.failure == null ? "no reason given"
							: configuration.failure.strip().lines().findFirst().orElse("");
					failures.add(name + " failed to start: " + failure);
				} else if (configuration.state == ComponentConfigurationDTO.UNSATISFIED_REFERENCE) {
					List<String> missing = new ArrayList<>();
					for (UnsatisfiedReferenceDTO reference : configuration.unsatisfiedReferences) {
						missing.add(reference.name);
					}
					failures.add(name + " waits for services that nothing provides: " + String.join(", ", missing));
				}
			}
		}
		return failures;
	}
}
