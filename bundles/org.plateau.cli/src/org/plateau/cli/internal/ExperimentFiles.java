package org.plateau.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.function.Function;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.plateau.core.family.BundleExamples;
import org.plateau.core.family.ExampleExperiment;
import org.plateau.core.family.ModelFamily;
import org.plateau.core.registry.FamilyRegistry;
import org.plateau.model.Experiment;
import org.plateau.model.Sweep;
import org.plateau.model.util.PlateauResources;

/** Finds and loads the experiment a command names: a file, or {@code examples/NAME} for a bundled example. */
final class ExperimentFiles {

	private static final String EXAMPLES_PREFIX = "examples/";

	private ExperimentFiles() {
	}

	/**
	 * Loads an experiment.
	 *
	 * @param name a path, or {@code examples/<file name>} of an example some family ships
	 * @throws IOException whose message names the file and what is wrong with it
	 */
	static Experiment load(String name, FamilyRegistry registry, PrintStream out) throws IOException {
		Path path = Path.of(name);
		if (Files.exists(path) || !name.startsWith(EXAMPLES_PREFIX)) {
			return PlateauResources.load(path);
		}
		return PlateauResources.load(
				example(name, PlateauResources.FILE_EXTENSION, registry, "examples()", ModelFamily::examples, "an example", out));
	}

	/**
	 * Loads a sweep and its base experiment, a file relative to the sweep (never a URL).
	 *
	 * @param name a path, or {@code examples/<file name>} of an example sweep some family ships
	 * @param allowAbsoluteBase whether the base may be an absolute path
	 * @throws IOException whose message names the file and what is wrong with it
	 */
	static Sweep loadSweep(String name, FamilyRegistry registry, boolean allowAbsoluteBase, PrintStream out)
			throws IOException {
		Path path = Path.of(name);
		if (Files.exists(path) || !name.startsWith(EXAMPLES_PREFIX)) {
			return PlateauResources.loadSweep(path, allowAbsoluteBase);
		}
		return PlateauResources.loadSweep(example(name, PlateauResources.SWEEP_FILE_EXTENSION, registry, "exampleSweeps()",
				ModelFamily::exampleSweeps, "an example sweep", out));
	}

	/**
	 * The example {@code examples/<file name>} among those some family ships, and a line on {@code out} saying so:
	 * {@code examples/} is not a folder of the checkout or of the installation.
	 */
	private static URL example(String name, String extension, FamilyRegistry registry, String call,
			Function<ModelFamily, List<ExampleExperiment>> examples, String kind, PrintStream out) throws IOException {
		String fileName = name.substring(EXAMPLES_PREFIX.length());
		// the file in a family bundle's (or its fragments') examples/ folder, which is where ModelFamily's default
		// examples() looks: asking each family for its examples instead would read every example of every family.
		// Only for families that keep that default, and only an entry whose own name is the one asked for
		// (findEntries reads '*' and a backslash in a pattern, and a name with '/' would reach into other folders).
		String method = call.substring(0, call.indexOf('('));
		if (fileName.endsWith("." + extension) && fileName.indexOf('/') < 0) {
			for (ModelFamily family : registry.families()) {
				URL entry = bundledExample(family, method, fileName);
				if (entry != null) {
					announce(name, kind, registry, family, out);
					return entry;
				}
			}
		}
		// families that ship their examples some other way
		for (ModelFamily family : registry.families()) {
			for (ExampleExperiment example : registry.ask(family, call, examples).orElse(List.of())) {
				if (example.fileName().equals(fileName)) {
					announce(name, kind, registry, family, out);
					return example.location();
				}
			}
		}
		throw new IOException(name + ": no such file, and no installed model family ships " + kind + " named '"
				+ fileName + "' (see 'plateau examples')");
	}

	/**
	 * The entry {@code examples/<fileName>} of the family's bundle or its fragments, when the family lists its examples
	 * with the interface's default method {@code method}; otherwise {@code null}.
	 */
	private static URL bundledExample(ModelFamily family, String method, String fileName) {
		Bundle bundle = FrameworkUtil.getBundle(family.getClass());
		try {
			if (bundle == null || family.getClass().getMethod(method).getDeclaringClass() != ModelFamily.class) {
				return null;
			}
		} catch (NoSuchMethodException e) {
			return null;
		}
		Enumeration<URL> entries = bundle.findEntries(BundleExamples.FOLDER, fileName, false);
		while (entries != null && entries.hasMoreElements()) {
			URL entry = entries.nextElement();
			if (entry.getPath().endsWith("/" + BundleExamples.FOLDER + "/" + fileName)) {
				return entry;
			}
		}
		return null;
	}

	private static void announce(String name, String kind, FamilyRegistry registry, ModelFamily family, PrintStream out) {
		Bundle bundle = FrameworkUtil.getBundle(family.getClass());
		out.println(name + ": " + kind + " of " + registry.ask(family, "name()", ModelFamily::name).orElse("a family")
				+ ", shipped inside " + (bundle == null ? "its bundle" : "the bundle " + bundle.getSymbolicName())
				+ " (not a file here; 'plateau examples' lists them all)");
	}
}
