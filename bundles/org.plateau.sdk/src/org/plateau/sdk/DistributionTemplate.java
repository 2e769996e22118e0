package org.plateau.sdk;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A lab's Plateau distribution, described by a small properties file and written as a standalone Tycho project that
 * builds it from the Plateau SDK repository (docs/labs.md): the lab's name and About text, the chosen families of
 * Plateau and the lab's own (from their p2 repositories), example experiments of its own (one fragment per family
 * whose examples/ folder it extends), defaults (plateau-defaults.properties: the Slurm partition and time limit, ...),
 * its own workspace folder, archives for Linux, Windows and macOS, and the p2 repository to update them from.
 * <p>
 * The descriptor's keys: {@code id}, {@code name}, {@code about}, {@code version}, {@code vendor}, {@code families}
 * (Plateau's family bundles, comma-separated), {@code repositories} and {@code features} (the lab's own families'
 * p2 repositories and features), {@code examples} (a folder of experiments, relative to the descriptor),
 * {@code update.site} (the URL the built p2 repository will be published at), and the defaults {@code slurm.*} and
 * {@code workbench.*}.
 */
public final class DistributionTemplate {

	private static final List<String> ROOTS = List.of("template/common/", "template/distribution/");
	private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]{0,29}");
	private static final Pattern VERSION = Pattern.compile("\\d+\\.\\d+\\.\\d+");
	private static final Pattern SYMBOLIC_NAME = Pattern.compile("[A-Za-z0-9_\\-]+(\\.[A-Za-z0-9_\\-]+)*");
	private static final Set<String> KEYS = Set.of("id", "name", "about", "version", "vendor", "families",
			"repositories", "features", "examples", "update.site");
	/** The workbench's plot themes (org.plateau.ui.plots.PlotTheme). */
	private static final List<String> PLOT_THEMES = List.of("LIGHT", "DARK", "PRINT");
	private static final Set<String> DEFAULTS = Set.of("slurm.partition", "slurm.time", "slurm.cpus", "slurm.memory",
			"workbench.parallelRuns", "workbench.plotTheme", "workbench.outputFolder");

	/**
	 * A descriptor, read and checked.
	 *
	 * @param file         the descriptor
	 * @param id           lower-case letters and digits: the folder, archive and workspace name
	 * @param families     Plateau's family bundles the distribution carries
	 * @param repositories the p2 repositories of the lab's own families
	 * @param features     the lab's own families' features
	 * @param examples     the folder of the lab's example experiments, if any
	 * @param defaults     the distribution's defaults (plateau-defaults.properties)
	 */
	public record Descriptor(Path file, String id, String name, String about, String version, String vendor,
			List<String> families, List<URI> repositories, List<String> features, Path examples, String updateSite,
			Map<String, String> defaults) {
	}

	private DistributionTemplate() {
	}

	/**
	 * Reads a descriptor.
	 *
	 * @throws IllegalArgumentException naming the file, the key and the value at fault
	 */
	public static Descriptor read(Path file) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		String where = file + ": ";
		for (String key : properties.stringPropertyNames()) {
			if (!KEYS.contains(key) && !DEFAULTS.contains(key)) {
				throw new IllegalArgumentException(where + "unknown key '" + key + "'; the keys are " + new TreeMap<>(
						Map.of("descriptor", KEYS, "defaults", DEFAULTS)));
			}
		}
		String id = required(properties, "id", where);
		if (!ID.matcher(id).matches()) {
			throw new IllegalArgumentException(where + "id '" + id + "' must be 1-30 lower-case letters and digits,"
					+ " starting with a letter (it names the folder, the archives and the workspace ~/.plateau-ID)");
		}
		String version = properties.getProperty("version", "1.0.0").strip();
		if (!VERSION.matcher(version).matches()) {
			throw new IllegalArgumentException(where + "version '" + version + "' must be MAJOR.MINOR.MICRO, e.g. 1.0.0");
		}
		List<String> families = list(properties, "families");
		List<String> features = list(properties, "features");
		if (families.isEmpty() && features.isEmpty()) {
			throw new IllegalArgumentException(where + "families and features are both empty: a distribution needs a"
					+ " model family (e.g. families=org.plateau.family.deeplinear)");
		}
		for (String name : Stream.concat(families.stream(), features.stream()).toList()) {
			if (!SYMBOLIC_NAME.matcher(name).matches()) {
				throw new IllegalArgumentException(where + "'" + name + "' in families or features is not a bundle or"
						+ " feature id");
			}
		}
		List<URI> repositories = new ArrayList<>();
		for (String repository : list(properties, "repositories")) {
			try {
				repositories.add(P2Repositories.location("repositories", repository.startsWith("/")
						|| repository.contains(":") ? repository : file.toAbsolutePath().getParent().resolve(repository).toString()));
			} catch (IllegalArgumentException e) {
				throw new IllegalArgumentException(where + "repositories: " + e.getMessage(), e);
			}
		}
		if (!features.isEmpty() && repositories.isEmpty()) {
			throw new IllegalArgumentException(where + "features " + features + " need the repositories they come from");
		}
		Path examples = null;
		String examplesValue = properties.getProperty("examples", "").strip();
		if (!examplesValue.isEmpty()) {
			examples = file.toAbsolutePath().getParent().resolve(examplesValue).normalize();
			if (!Files.isDirectory(examples)) {
				throw new IllegalArgumentException(where + "examples '" + examplesValue + "' is not a folder (" + examples
						+ ")");
			}
		}
		Map<String, String> defaults = new TreeMap<>();
		for (String key : DEFAULTS) {
			String value = properties.getProperty(key);
			if (value != null && !value.isBlank()) {
				defaults.put(key, value.strip());
			}
		}
		for (String key : List.of("slurm.cpus", "workbench.parallelRuns")) {
			if (defaults.containsKey(key) && !defaults.get(key).matches("[1-9]\\d{0,4}")) {
				throw new IllegalArgumentException(where + key + " '" + defaults.get(key) + "' must be a whole number >= 1");
			}
		}
		if (defaults.containsKey("workbench.plotTheme") && !PLOT_THEMES.contains(defaults.get("workbench.plotTheme"))) {
			throw new IllegalArgumentException(where + "workbench.plotTheme '" + defaults.get("workbench.plotTheme")
					+ "' must be one of " + PLOT_THEMES);
		}
		String name = properties.getProperty("name", "Plateau (" + id + ")").strip();
		String vendor = properties.getProperty("vendor", id).strip();
		for (Map.Entry<String, String> text : Map.of("name", name, "vendor", vendor).entrySet()) {
			if (!FamilyTemplate.isPlainLine(text.getValue())) {
				throw new IllegalArgumentException(where + text.getKey() + " '" + text.getValue() + "' must be "
						+ FamilyTemplate.PLAIN_LINE + " (it goes into manifests and XML)");
			}
		}
		String about = properties.getProperty("about", name + ", a distribution of Plateau.").strip();
		return new Descriptor(file, id, name, about, version, vendor, families, repositories, features, examples,
				properties.getProperty("update.site", "").strip(), defaults);
	}

	/**
	 * Writes the distribution's project into {@code folder} (which must not exist or be empty).
	 *
	 * @param sdk              the Plateau SDK repository
	 * @param examplesByFamily the lab's example files by the family bundle whose examples they join
	 * @throws IllegalArgumentException when a family is not in the SDK repository
	 * @throws FileAlreadyExistsException when the folder has files
	 */
	public static List<Path> write(Descriptor descriptor, URI sdk, Map<String, List<Path>> examplesByFamily,
			Path folder) throws IOException {
		// the families are checked, and their views found, in the repository's files
		Path sdkFolder = P2Repositories.folder("--sdk", sdk);
		StringBuilder plugins = new StringBuilder();
		for (String family : descriptor.families()) {
			if (!hasBundle(sdkFolder, family)) {
				throw new IllegalArgumentException(descriptor.file() + ": families: the SDK repository " + sdk
						+ " has no bundle " + family);
			}
			plugins.append("   <plugin id=\"").append(family).append("\" version=\"0.0.0\"/>\n");
			// the family's views, when it has a bundle of them
			if (hasBundle(sdkFolder, family + ".ui")) {
				plugins.append("   <plugin id=\"").append(family).append(".ui\" version=\"0.0.0\"/>\n");
			}
		}
		Map<Path, String> extra = new LinkedHashMap<>();
		StringBuilder modules = new StringBuilder();
		for (Map.Entry<String, List<Path>> entry : new TreeMap<>(examplesByFamily).entrySet()) {
			String fragment = descriptor.id() + ".examples." + entry.getKey().substring(entry.getKey().lastIndexOf('.') + 1);
			modules.append("    <module>").append(fragment).append("</module>\n");
			plugins.append("   <plugin id=\"").append(fragment).append("\" version=\"0.0.0\" fragment=\"true\"/>\n");
			extra.putAll(examplesFragment(descriptor, fragment, entry.getKey(), entry.getValue()));
		}
		StringBuilder includes = new StringBuilder();
		for (String feature : descriptor.features()) {
			includes.append("   <includes id=\"").append(feature).append("\" version=\"0.0.0\"/>\n");
		}
		StringBuilder locations = new StringBuilder();
		for (URI repository : descriptor.repositories()) {
			locations.append("    <location includeAllPlatforms=\"true\" includeConfigurePhase=\"false\"")
					.append(" includeMode=\"planner\" includeSource=\"false\" type=\"InstallableUnit\">\n")
					.append("      <repository location=\"").append(xml(repository.toString())).append("\"/>\n");
			for (String feature : descriptor.features()) {
				locations.append("      <unit id=\"").append(feature).append(".feature.group\" version=\"0.0.0\"/>\n");
			}
			locations.append("    </location>\n");
		}
		if (!descriptor.updateSite().isEmpty()) {
			// installed copies look for updates there (Help > Check for Updates)
			String site = descriptor.updateSite();
			extra.put(Path.of(descriptor.id() + ".product", descriptor.id() + ".p2.inf"),
					"instructions.configure=\\\n  addRepository(type:0,location:" + p2Escape(site) + ",name:"
							+ p2Escape(descriptor.name()) + ");\\\n  addRepository(type:1,location:" + p2Escape(site)
							+ ",name:" + p2Escape(descriptor.name()) + ");\n");
		}
		StringBuilder defaults = new StringBuilder();
		descriptor.defaults().forEach((key, value) -> defaults.append(key).append('=').append(properties(value)).append('\n'));

		Map<String, String> replacements = new LinkedHashMap<>();
		replacements.put("__MODULES__", modules.toString());
		replacements.put("__PLUGINS__", plugins.toString());
		replacements.put("__INCLUDES__", includes.toString());
		replacements.put("__LOCATIONS__", locations.toString());
		replacements.put("__DEFAULTS__", defaults.toString());
		replacements.put("__DESCRIPTOR__", descriptor.file().getFileName().toString());
		replacements.put("__LABNAME__", xml(descriptor.name()));
		replacements.put("__ABOUT__", xml(descriptor.about()).replace("\n", "&#10;"));
		replacements.put("__VENDOR__", xml(descriptor.vendor()));
		replacements.put("__VERSION__", descriptor.version());
		replacements.put("__SDK__", sdk.toString());
		replacements.put("__LAB__", descriptor.id());
		return TemplateFiles.write(DistributionTemplate.class, ROOTS, replacements, extra, folder);
	}

	/** A fragment of the family's bundle whose examples/ folder holds the lab's examples of that family. */
	private static Map<Path, String> examplesFragment(Descriptor descriptor, String fragment, String host,
			List<Path> examples) throws IOException {
		Map<Path, String> files = new LinkedHashMap<>();
		files.put(Path.of(fragment, "META-INF", "MANIFEST.MF"), "Manifest-Version: 1.0\n"
				+ "Bundle-ManifestVersion: 2\n"
				+ "Bundle-Name: " + descriptor.name().replace('\n', ' ') + ": examples of " + host + "\n"
				+ "Bundle-SymbolicName: " + fragment + "\n"
				+ "Bundle-Version: " + descriptor.version() + ".qualifier\n"
				+ "Bundle-Vendor: " + descriptor.vendor().replace('\n', ' ') + "\n"
				+ "Fragment-Host: " + host + "\n"
				+ "Bundle-RequiredExecutionEnvironment: JavaSE-21\n");
		files.put(Path.of(fragment, "build.properties"), "bin.includes = META-INF/,\\\n               examples/\n");
		files.put(Path.of(fragment, "pom.xml"), """
				<?xml version="1.0" encoding="UTF-8"?>
				<project xmlns="http://maven.apache.org/POM/4.0.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
				         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
				  <modelVersion>4.0.0</modelVersion>
				  <!-- the lab's examples of %s: a fragment, so that they join the family's examples/ folder -->
				  <parent>
				    <groupId>%s</groupId>
				    <artifactId>%s.parent</artifactId>
				    <version>%s-SNAPSHOT</version>
				  </parent>
				  <artifactId>%s</artifactId>
				  <packaging>eclipse-plugin</packaging>
				</project>
				""".formatted(host, descriptor.id(), descriptor.id(), descriptor.version(), fragment));
		for (Path example : examples) {
			files.put(Path.of(fragment, "examples", example.getFileName().toString()),
					Files.readString(example, StandardCharsets.UTF_8));
		}
		return files;
	}

	private static boolean hasBundle(Path repository, String symbolicName) throws IOException {
		try (DirectoryStream<Path> jars = Files.newDirectoryStream(repository.resolve("plugins"), symbolicName + "_*")) {
			return jars.iterator().hasNext();
		}
	}

	private static String required(Properties properties, String key, String where) {
		String value = properties.getProperty(key);
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(where + "'" + key + "' is missing");
		}
		return value.strip();
	}

	private static List<String> list(Properties properties, String key) {
		List<String> values = new ArrayList<>();
		for (String value : properties.getProperty(key, "").split(",")) {
			if (!value.isBlank()) {
				values.add(value.strip());
			}
		}
		return values;
	}

	private static String xml(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

	private static String p2Escape(String text) {
		return text.replace("$", "${#36}").replace(",", "${#44}").replace(":", "${#58}").replace(";", "${#59}")
				.replace("(", "${#40}").replace(")", "${#41}");
	}

	private static String properties(String value) {
		return value.replace("\\", "\\\\").replace("\n", "\\n");
	}
}
