package org.plateau.core.family;

import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.plateau.model.util.ExperimentFileException;
import org.plateau.model.util.PlateauResources;

/**
 * The example experiments and sweeps a family bundle ships in its {@code examples/} folder, titled by the first line
 * of their notes: what {@link ModelFamily#examples()} and {@link ModelFamily#exampleSweeps()} usually return.
 */
public final class BundleExamples {

	/** The folder of a family bundle that holds its examples. */
	public static final String FOLDER = "examples";

	private BundleExamples() {
	}

	/** The {@code *.plateau} files of the bundle of a class; none outside OSGi. */
	public static List<ExampleExperiment> experiments(Class<?> familyClass) {
		return find(familyClass, "*." + PlateauResources.FILE_EXTENSION, url -> PlateauResources.load(url).getNotes());
	}

	/** The {@code *.sweep} files of the bundle of a class; none outside OSGi. */
	public static List<ExampleExperiment> sweeps(Class<?> familyClass) {
		return find(familyClass, "*." + PlateauResources.SWEEP_FILE_EXTENSION, url -> PlateauResources.loadSweep(url).getNotes());
	}

	private static List<ExampleExperiment> find(Class<?> familyClass, String pattern, Notes notes) {
		Bundle bundle = FrameworkUtil.getBundle(familyClass);
		if (bundle == null) {
			return List.of();
		}
		Enumeration<URL> entries = bundle.findEntries(FOLDER, pattern, false);
		List<ExampleExperiment> examples = new ArrayList<>();
		for (URL url : entries == null ? Collections.<URL>emptyList() : Collections.list(entries)) {
			String fileName = url.getPath().substring(url.getPath().lastIndexOf('/') + 1);
			String title = fileName;
			String description = "";
			try {
				String text = notes.of(url);
				text = text == null ? "" : text.strip();
				int newline = text.indexOf('\n');
				title = newline < 0 ? text : text.substring(0, newline);
				description = text;
			} catch (ExperimentFileException e) {
				description = "cannot be read: " + e.getMessage();
			}
			examples.add(new ExampleExperiment(fileName, title, description, url));
		}
		examples.sort((a, b) -> a.fileName().compareTo(b.fileName()));
		return examples;
	}

	/** Reads the notes of an example file. */
	@FunctionalInterface
	private interface Notes {
		String of(URL url) throws ExperimentFileException;
	}
}
