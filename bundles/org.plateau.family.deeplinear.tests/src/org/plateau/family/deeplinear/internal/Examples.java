package org.plateau.family.deeplinear.internal;

import java.io.IOException;

import org.plateau.model.Experiment;
import org.plateau.model.Sweep;
import org.plateau.model.util.PlateauResources;

/** The deep linear family's example experiments, as the tests load them (a fresh copy each time). */
final class Examples {

	private Examples() {
	}

	/** Loads the example with this file name, e.g. {@code semantic-development.plateau}. */
	static Experiment load(String fileName) throws IOException {
		return PlateauResources.load(new DeepLinearFamily().examples().stream()
				.filter(e -> e.fileName().equals(fileName)).findFirst()
				.orElseThrow(() -> new AssertionError("no example " + fileName)).location());
	}

	/** Loads the example sweep with this file name, e.g. {@code generalization-alpha.sweep}, with its base. */
	static Sweep loadSweep(String fileName) throws IOException {
		return PlateauResources.loadSweep(new DeepLinearFamily().exampleSweeps().stream()
				.filter(e -> e.fileName().equals(fileName)).findFirst()
				.orElseThrow(() -> new AssertionError("no example sweep " + fileName)).location());
	}
}
