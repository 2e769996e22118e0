package org.plateau.core.family;

import java.net.URL;
import java.util.Objects;

/**
 * An example experiment shipped by a family, e.g. the semantic development of the PNAS 2019 paper, or an example
 * sweep over such experiments.
 *
 * @param fileName the file name, e.g. {@code semantic-development.plateau} or {@code generalization-alpha.sweep}
 * @param title one-line title
 * @param description what it reproduces (paper and figure)
 * @param location where to read it
 */
public record ExampleExperiment(String fileName, String title, String description, URL location) {

	public ExampleExperiment {
		Objects.requireNonNull(fileName, "fileName");
		Objects.requireNonNull(location, "location");
	}

	/** The file name without its extension: the name an experiment started from this example gets by default. */
	public String name() {
		int dot = fileName.lastIndexOf('.');
		return dot > 0 ? fileName.substring(0, dot) : fileName;
	}
}
