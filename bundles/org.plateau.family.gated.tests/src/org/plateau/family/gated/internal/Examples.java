package org.plateau.family.gated.internal;

import java.io.IOException;

import org.plateau.model.Experiment;
import org.plateau.model.util.PlateauResources;

/** The gated family's example experiments, as the tests load them (a fresh copy each time). */
final class Examples {

	private Examples() {
	}

	/** Loads the example with this file name, e.g. {@code routing-decoupled.plateau}. */
	static Experiment load(String fileName) throws IOException {
		return PlateauResources.load(new GatedFamily().examples().stream().filter(e -> e.fileName().equals(fileName))
				.findFirst().orElseThrow(() -> new AssertionError("no example " + fileName)).location());
	}
}
