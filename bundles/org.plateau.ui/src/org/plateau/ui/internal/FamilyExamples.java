package org.plateau.ui.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.ISafeRunnable;
import org.eclipse.core.runtime.SafeRunner;
import org.plateau.core.family.ExampleExperiment;
import org.plateau.core.family.ModelFamily;

/** The example experiments of installed families, read once (reading parses every example file). */
public final class FamilyExamples {

	private FamilyExamples() {
	}

	/**
	 * Each family's examples, in the families' order. Contributed code: a family whose examples cannot be listed is
	 * listed with none (the error goes to the log) rather than breaking the view that asked.
	 */
	public static Map<ModelFamily, List<ExampleExperiment>> of(List<ModelFamily> families) {
		return of(families, false);
	}

	/**
	 * Each family's examples, and with {@code sweeps} its example sweeps after them, in the families' order; a family
	 * whose examples cannot be listed is listed with none.
	 */
	public static Map<ModelFamily, List<ExampleExperiment>> of(List<ModelFamily> families, boolean sweeps) {
		Map<ModelFamily, List<ExampleExperiment>> examples = new LinkedHashMap<>();
		for (ModelFamily family : families) {
			SafeRunner.run(new ISafeRunnable() {
				@Override
				public void run() {
					List<ExampleExperiment> all = new ArrayList<>(family.examples());
					if (sweeps) {
						all.addAll(family.exampleSweeps());
					}
					examples.put(family, all);
				}

				@Override
				public void handleException(Throwable exception) {
					examples.put(family, List.of());
				}
			});
		}
		return examples;
	}
}
