package org.plateau.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The headless runner starts from its own OSGi configuration, {@code configuration-cli/config.ini} among the
 * distribution's root files, which names its bundles one by one (issue 15: no workbench bundles in a headless run).
 * A bundle missing there is missing only in the product, where Equinox logs it and the CLI then lacks a family or
 * fails to resolve: these checks keep the list up with the features and with what its bundles need. They read the
 * checkout (the tests run in {@code bundles/org.plateau.cli.tests}) and the bundles of this test runtime.
 */
class CliConfigurationTest {

	private static final String CONFIG = "features/org.plateau.feature/rootfiles/configuration-cli/config.ini";
	private static final String WINDOWS_CONFIG = "features/org.plateau.feature/rootfiles-win/configuration-cli/config.ini";
	private static final Pattern PLUGIN = Pattern.compile("<plugin\\s[^>]*?\\bid=\"([^\"]+)\"");
	/** Bundles that make a plug-in a workbench one: a headless run must not need them. */
	private static final Pattern UI = Pattern.compile(
			"^(org\\.eclipse\\.(swt|jface|ui|e4\\.ui|swtchart|help)|org\\.plateau\\.ui)(\\..*)?$");

	@Test
	void everyFamilyPluginIsListed() throws IOException {
		Set<String> missing = new TreeSet<>();
		for (String plugin : plugins("features/org.plateau.families.feature/feature.xml")) {
			Path manifest = repo().resolve("bundles").resolve(plugin).resolve("META-INF/MANIFEST.MF");
			assertTrue(Files.isRegularFile(manifest), "no " + manifest + " for the plug-in " + plugin
					+ " of org.plateau.families.feature: cannot tell whether the headless runner needs it");
			// a family's companion UI bundle (its workbench views) is not for the headless runner
			if (!isUi(manifest) && !listed().contains(plugin)) {
				missing.add(plugin);
			}
		}
		assertTrue(missing.isEmpty(), "headless plug-ins of org.plateau.families.feature missing in " + CONFIG
				+ " (the headless runner would not see them): " + missing);
	}

	@Test
	void everyHeadlessPluginOfTheCoreFeatureIsListed() throws IOException {
		Set<String> missing = new TreeSet<>();
		for (String plugin : plugins("features/org.plateau.feature/feature.xml")) {
			Path manifest = repo().resolve("bundles").resolve(plugin).resolve("META-INF/MANIFEST.MF");
			assertTrue(Files.isRegularFile(manifest), "no " + manifest + " for the plug-in " + plugin
					+ " of org.plateau.feature: cannot tell whether the headless runner needs it");
			if (!isUi(manifest) && !listed().contains(plugin)) {
				missing.add(plugin);
			}
		}
		assertTrue(missing.isEmpty(), "headless plug-ins of org.plateau.feature missing in " + CONFIG + ": " + missing);
	}

	@Test
	void noWorkbenchBundleIsListed() throws IOException {
		Set<String> ui = new TreeSet<>();
		for (String bundle : listed()) {
			if (UI.matcher(bundle).matches()) {
				ui.add(bundle);
			}
		}
		assertTrue(ui.isEmpty(), CONFIG + " lists workbench bundles, which a headless run does not need: " + ui);
	}

	/**
	 * Every bundle a listed bundle requires, and a bundle exporting every package it imports, is listed too (optional
	 * ones aside; a package no bundle of this runtime exports comes from the JRE).
	 */
	@Test
	void whatTheListedBundlesNeedIsListed() throws IOException {
		Bundle[] installed = FrameworkUtil.getBundle(PlateauCommand.class).getBundleContext().getBundles();
		// the framework is started by the launcher, not listed
		Set<String> listed = new TreeSet<>(listed());
		listed.add(installed[0].getSymbolicName());
		listed.add("system.bundle");
		Map<String, Set<String>> exporters = new HashMap<>();
		for (Bundle bundle : installed) {
			if (bundle.getBundleId() == 0 || bundle.getSymbolicName() == null) {
				continue;
			}
			for (String clause : clauses(bundle.getHeaders("").get("Export-Package"))) {
				for (String name : names(clause)) {
					exporters.computeIfAbsent(name, any -> new TreeSet<>()).add(bundle.getSymbolicName());
				}
			}
		}
		List<String> problems = new ArrayList<>();
		Set<String> checked = new TreeSet<>();
		for (Bundle bundle : installed) {
			String name = bundle.getSymbolicName();
			if (name == null || !listed.contains(name) || !checked.add(name)) {
				continue;
			}
			Dictionary<String, String> headers = bundle.getHeaders("");
			for (String clause : clauses(headers.get("Require-Bundle"))) {
				String required = names(clause).get(0);
				if (!optional(clause) && !listed.contains(required)) {
					problems.add(name + " requires the bundle " + required);
				}
			}
			for (String clause : clauses(headers.get("Import-Package"))) {
				for (String imported : names(clause)) {
					Set<String> from = exporters.getOrDefault(imported, Set.of());
					if (!optional(clause) && !from.isEmpty() && from.stream().noneMatch(listed::contains)) {
						problems.add(name + " imports " + imported + ", exported by " + from);
					}
				}
			}
		}
		assertFalse(checked.isEmpty(), "none of the bundles of " + CONFIG + " is in this test runtime");
		assertTrue(problems.isEmpty(), "bundles missing in " + CONFIG + ":\n  " + String.join("\n  ", problems));
	}

	@Test
	void windowsUsesTheSameList() throws IOException {
		assertEquals(Files.readString(repo().resolve(CONFIG)), Files.readString(repo().resolve(WINDOWS_CONFIG)),
				WINDOWS_CONFIG + " must be a copy of " + CONFIG);
	}

	/** The symbolic names in {@code osgi.bundles}, without their start levels. */
	private static Set<String> listed() throws IOException {
		Properties config = new Properties();
		try (Reader in = Files.newBufferedReader(repo().resolve(CONFIG))) {
			config.load(in);
		}
		String bundles = config.getProperty("osgi.bundles");
		assertTrue(bundles != null && !bundles.isBlank(), CONFIG + " has no osgi.bundles");
		Set<String> names = new LinkedHashSet<>();
		for (String entry : bundles.split(",")) {
			names.add(entry.strip().replaceFirst("@.*$", ""));
		}
		return names;
	}

	private static Set<String> plugins(String feature) throws IOException {
		Set<String> ids = new LinkedHashSet<>();
		Matcher plugin = PLUGIN.matcher(Files.readString(repo().resolve(feature)));
		while (plugin.find()) {
			ids.add(plugin.group(1));
		}
		assertFalse(ids.isEmpty(), "no plug-in in " + feature);
		return ids;
	}

	private static boolean isUi(Path manifestFile) throws IOException {
		Manifest manifest;
		try (var in = Files.newInputStream(manifestFile)) {
			manifest = new Manifest(in);
		}
		for (String clause : clauses(manifest.getMainAttributes().getValue("Require-Bundle"))) {
			if (UI.matcher(names(clause).get(0)).matches()) {
				return true;
			}
		}
		for (String clause : clauses(manifest.getMainAttributes().getValue("Import-Package"))) {
			for (String name : names(clause)) {
				if (UI.matcher(name).matches()) {
					return true;
				}
			}
		}
		return false;
	}

	/** The checkout: the first folder above the working directory that has the features. */
	private static Path repo() {
		for (Path folder = Path.of("").toAbsolutePath(); folder != null; folder = folder.getParent()) {
			if (Files.isRegularFile(folder.resolve(CONFIG))) {
				return folder;
			}
		}
		return fail("no " + CONFIG + " above " + Path.of("").toAbsolutePath()
				+ ": these tests run in a checkout's bundles/org.plateau.cli.tests");
	}

	/** The clauses of a manifest header, split at commas outside quotes. */
	private static List<String> clauses(String header) {
		List<String> clauses = new ArrayList<>();
		if (header == null) {
			return clauses;
		}
		StringBuilder clause = new StringBuilder();
		boolean quoted = false;
		for (char c : header.toCharArray()) {
			if (c == '"') {
				quoted = !quoted;
			}
			if (c == ',' && !quoted) {
				clauses.add(clause.toString().strip());
				clause.setLength(0);
			} else {
				clause.append(c);
			}
		}
		clauses.add(clause.toString().strip());
		clauses.removeIf(String::isEmpty);
		return clauses;
	}

	/** The package or bundle names of a clause ({@code a;b;version=1} names a and b). */
	private static List<String> names(String clause) {
		List<String> names = new ArrayList<>();
		for (String part : clause.split(";")) {
			if (part.contains("=")) {
				break;
			}
			names.add(part.strip());
		}
		return names;
	}

	private static boolean optional(String clause) {
		return clause.replace(" ", "").contains("resolution:=optional");
	}
}
