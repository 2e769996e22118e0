package org.plateau.cli.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.osgi.util.ManifestElement;
import org.osgi.framework.BundleException;
import org.plateau.core.results.AtomicFiles;

/**
 * A Plateau installation that gains and loses features (model families) through p2's director, as
 * {@code plateau install} and {@code plateau uninstall} ask (docs/labs.md).
 * <p>
 * The director runs in a JVM of its own, from a throw-away configuration with the workbench's bundles, against the
 * installation as its destination and p2 profile: it installs the feature's bundles into {@code plugins/} and adds
 * them to the workbench's {@code configuration/config.ini}. The headless runner has its own short list of bundles
 * ({@code configuration-cli/config.ini}, for its start-up time): the bundles the director added that need no
 * display (no SWT, JFace or workbench) are added to it, and those it removed are removed.
 */
final class Installation {

	/** What a bundle that needs a display requires. */
	private static final Pattern NEEDS_DISPLAY = Pattern
			.compile("(^|[,\\s])(org\\.eclipse\\.swt|org\\.eclipse\\.jface|org\\.eclipse\\.ui|org\\.eclipse\\.e4\\.ui)[.;,\\s\"]");
	/** A bundle of config.ini's osgi.bundles: {@code reference:file:NAME_VERSION.jar@4}. */
	private static final Pattern BUNDLE_REFERENCE = Pattern.compile("(?:reference:)?(?:file:)?([^@,]+?)(?:@[^,]*)?$");
	/** A component's provided interface of Plateau's: {@code interface="org.plateau...."} in either quotes. */
	private static final Pattern PLATEAU_SERVICE = Pattern.compile("interface\\s*=\\s*[\"']org\\.plateau\\.");
	/** Plateau's own features, which no command uninstalls. */
	static final Set<String> PLATEAU_FEATURES = Set.of("org.plateau.feature", "org.plateau.platform.feature",
			"org.plateau.families.feature");

	private final Path home;

	Installation(Path home) {
		this.home = home.toAbsolutePath().normalize();
	}

	/** The installation this command runs from ({@code -Dplateau.home}, set by the start script), if any. */
	static Optional<Installation> current() {
		String home = System.getProperty("plateau.home");
		return home == null || home.isBlank() ? Optional.empty() : Optional.of(new Installation(Path.of(home)));
	}

	Path home() {
		return home;
	}

	private Path workbenchConfiguration() {
		return home.resolve("configuration/config.ini");
	}

	Path runnerConfiguration() {
		return home.resolve("configuration-cli/config.ini");
	}

	/**
	 * Why this installation cannot be changed by this user, if it cannot: a shared installation that is read-only.
	 */
	Optional<String> whyReadOnly() {
		for (Path part : List.of(home, home.resolve("plugins"), home.resolve("features"), home.resolve("p2"),
				home.resolve("configuration"), workbenchConfiguration(), runnerConfiguration())) {
			if (!Files.exists(part)) {
				return Optional.of(part + " is missing: this is not a complete Plateau installation");
			}
			if (!Files.isWritable(part)) {
				return Optional.of(part + " is not writable by this user (a shared installation): ask whoever installed"
						+ " Plateau in " + home + " to run the command, or unpack a copy of Plateau of your own");
			}
		}
		return Optional.empty();
	}

	/**
	 * Whether the feature carries this distribution's own branding (a lab distribution's feature): the product named
	 * by the workbench's config.ini ({@code eclipse.product=<bundle>.product}) is in one of its bundles.
	 */
	boolean isTheDistributionsOwn(String feature) throws IOException {
		String product = load(workbenchConfiguration()).getProperty("eclipse.product", "");
		int dot = product.lastIndexOf('.');
		if (dot <= 0) {
			return false;
		}
		String branding = "id=\"" + product.substring(0, dot) + "\"";
		try (DirectoryStream<Path> folders = Files.newDirectoryStream(home.resolve("features"), feature + "_*")) {
			for (Path folder : folders) {
				Path xml = folder.resolve("feature.xml");
				if (Files.isRegularFile(xml) && Files.readString(xml, StandardCharsets.UTF_8).contains(branding)) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * The root installable units of the installation's p2 profile (the product, its features, families installed
	 * since) with their versions, from the newest profile file.
	 */
	Map<String, String> rootUnits() throws IOException {
		String profile = load(workbenchConfiguration()).getProperty("eclipse.p2.profile", "DefaultProfile");
		Path folder = home.resolve("p2/org.eclipse.equinox.p2.engine/profileRegistry").resolve(profile + ".profile");
		Path newest;
		try (Stream<Path> files = Files.list(folder)) {
			newest = files.filter(f -> f.toString().endsWith(".profile.gz")).max(Comparator.naturalOrder())
					.orElseThrow(() -> new IOException("no p2 profile in " + folder));
		}
		String xml;
		try (InputStream in = new java.util.zip.GZIPInputStream(Files.newInputStream(newest))) {
			xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		Map<String, String> roots = new LinkedHashMap<>();
		Matcher unit = Pattern.compile("<iuProperties id='([^']+)' version='([^']*)'>(.*?)</iuProperties>",
				Pattern.DOTALL).matcher(xml);
		while (unit.find()) {
			if (unit.group(3).contains("name='org.eclipse.equinox.p2.type.root' value='true'")) {
				roots.put(unit.group(1), unit.group(2));
			}
		}
		return roots;
	}

	/** The p2 installable unit of a feature: {@code ID.feature.group}. */
	static String featureUnit(String feature) {
		return feature.endsWith(".feature.group") ? feature : feature + ".feature.group";
	}

	/** A feature's id without the {@code .feature.group} of its installable unit. */
	static String featureId(String featureOrUnit) {
		return featureOrUnit.endsWith(".feature.group")
				? featureOrUnit.substring(0, featureOrUnit.length() - ".feature.group".length())
				: featureOrUnit;
	}

	/** The result of a director run: its exit code and the bundles it added to and removed from the workbench. */
	record Change(int exitCode, Set<String> added, Set<String> removed) {
	}

	/**
	 * Runs p2's director with these arguments (besides destination, profile and the like) and brings the headless
	 * runner's bundle list in line with what it changed. The director's output goes to {@code out}.
	 */
	Change direct(List<String> arguments, PrintStream out) throws IOException, InterruptedException {
		Set<String> before = workbenchBundles();
		Path configuration = Files.createTempDirectory("plateau-p2-director");
		try {
			Properties workbench = load(workbenchConfiguration());
			Properties director = new Properties();
			director.putAll(workbench);
			// the director's own agent works in its throw-away area; the destination's p2 data is its own
			director.remove("eclipse.p2.data.area");
			director.remove("eclipse.application");
			try (var writer = Files.newBufferedWriter(configuration.resolve("config.ini"), StandardCharsets.ISO_8859_1)) {
				director.store(writer, "p2 director for plateau install/uninstall");
			}
			List<String> command = new ArrayList<>(List.of(java(), "-Xmx1g", "-jar", launcher().toString(), "-install",
					home.toString(), "-configuration", configuration.toString(), "-nosplash", "-application",
					"org.eclipse.equinox.p2.director", "-destination", home.toString(), "-profile",
					workbench.getProperty("eclipse.p2.profile", "DefaultProfile"), "-profileProperties",
					"org.eclipse.update.install.features=true"));
			command.addAll(arguments);
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			try (BufferedReader lines = new BufferedReader(
					new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
				lines.lines().forEach(line -> out.println("  p2: " + line));
			}
			int code = process.waitFor();
			if (code != 0) {
				for (String message : loggedMessages(configuration)) {
					out.println("  p2: " + message);
				}
			}
			Set<String> after = workbenchBundles();
			Set<String> added = new LinkedHashSet<>(after);
			added.removeAll(before);
			Set<String> removed = new LinkedHashSet<>(before);
			removed.removeAll(after);
			// the runner's list follows the workbench's at once; the mark is dropped, so that the next command's
			// start script records the workbench's new list as the one the runner is in line with
			syncRunner(runnerConfiguration());
			Files.deleteIfExists(inLineMark(runnerConfiguration()));
			return new Change(code, added, removed);
		} finally {
			try (Stream<Path> paths = Files.walk(configuration)) {
				for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
					Files.deleteIfExists(path);
				}
			}
		}
	}

	/**
	 * Brings the headless runner's bundle list in line with the workbench's, on the first command of a distribution
	 * (a lab's carries other families than the list shipped) and after p2 changed the workbench's by another way than
	 * {@link #direct} (its Install New Software dialog): every family bundle of the workbench (a Declarative Services
	 * component providing ModelFamily) that needs no display joins the runner, with the bundles it requires and the
	 * fragments of the runner's bundles (a lab's examples); every bundle of the runner that the workbench no longer
	 * has leaves it.
	 *
	 * @return whether the runner's list changed
	 */
	boolean syncRunner(Path runner) throws IOException {
		// the workbench's bundles by symbolic name, and the headless ones among them
		Map<String, Manifest> workbench = new LinkedHashMap<>();
		Map<String, Path> files = new LinkedHashMap<>();
		for (String jar : workbenchBundles()) {
			Path file = home.resolve("plugins").resolve(jar);
			Optional<Manifest> manifest = manifest(file);
			Optional<String> name = symbolicName(file);
			if (manifest.isPresent() && name.isPresent()) {
				workbench.put(name.get(), manifest.get());
				files.put(name.get(), file);
			}
		}
		// a user's own list (a shared installation) starts from the installation's
		String text = Files.readString(Files.exists(runner) ? runner : runnerConfiguration(), StandardCharsets.ISO_8859_1);
		Set<String> listed = new LinkedHashSet<>();
		RunnerBundles.entries(text).forEach(entry -> listed.add(entry.replaceFirst("@.*$", "")));
		List<String> gone = listed.stream().filter(name -> !workbench.containsKey(name)).toList();
		listed.removeAll(gone);

		// the workbench's families and other Plateau services (a figure kind), what they need that the runner lacks,
		// and the fragments of the runner's bundles (a lab's examples)
		Set<String> wanted = new LinkedHashSet<>(listed);
		files.forEach((name, file) -> {
			if (providesPlateauService(file) && !needsDisplay(file)) {
				wanted.add(name);
			}
		});
		Map<String, List<String>> exporters = new LinkedHashMap<>();
		workbench.forEach((name, manifest) -> headerValues(manifest, "Export-Package")
				.forEach(pkg -> exporters.computeIfAbsent(pkg, p -> new ArrayList<>()).add(name)));
		boolean grew = true;
		while (grew) {
			grew = false;
			for (String name : List.copyOf(wanted)) {
				Manifest manifest = workbench.get(name);
				if (manifest == null || listed.contains(name)) {
					continue;
				}
				List<String> needed = new ArrayList<>(requiredValues(manifest, "Require-Bundle"));
				for (String pkg : requiredValues(manifest, "Import-Package")) {
					List<String> from = exporters.getOrDefault(pkg, List.of());
					// a package that a bundle the runner has exports needs nothing more
					if (!from.isEmpty() && from.stream().noneMatch(wanted::contains)) {
						needed.add(from.get(0));
					}
				}
				for (String other : needed) {
					if (workbench.containsKey(other) && !needsDisplay(files.get(other)) && wanted.add(other)) {
						grew = true;
					}
				}
			}
			for (Map.Entry<String, Manifest> bundle : workbench.entrySet()) {
				List<String> host = headerValues(bundle.getValue(), "Fragment-Host");
				if (!host.isEmpty() && wanted.contains(host.get(0)) && !needsDisplay(files.get(bundle.getKey()))
						&& wanted.add(bundle.getKey())) {
					grew = true;
				}
			}
		}
		wanted.removeAll(listed);
		if (wanted.isEmpty() && gone.isEmpty() && Files.exists(runner)) {
			return false;
		}
		Files.createDirectories(runner.getParent());
		AtomicFiles.writeString(runner, RunnerBundles.edit(text, List.copyOf(wanted), gone));
		return !wanted.isEmpty() || !gone.isEmpty();
	}

	/** The values of a manifest header (bundle or package names), without their attributes and directives. */
	private static List<String> headerValues(Manifest manifest, String header) {
		return elements(manifest, header).stream().map(ManifestElement::getValue).toList();
	}

	/** The values of a manifest header that are not optional (resolution:=optional). */
	private static List<String> requiredValues(Manifest manifest, String header) {
		return elements(manifest, header).stream()
				.filter(element -> !"optional".equals(element.getDirective("resolution")))
				.map(ManifestElement::getValue).toList();
	}

	private static List<ManifestElement> elements(Manifest manifest, String header) {
		String value = manifest.getMainAttributes().getValue(header);
		if (value == null) {
			return List.of();
		}
		try {
			ManifestElement[] elements = ManifestElement.parseHeader(header, value);
			return elements == null ? List.of() : List.of(elements);
		} catch (BundleException e) {
			// a header the framework would refuse as well: the bundle does not resolve, and adds nothing
			return List.of();
		}
	}

	/**
	 * Marks a runner's bundle list as in line with the workbench's list whose checksum the start script computed
	 * ({@code cksum} of configuration/config.ini): the script syncs again when the two differ.
	 */
	static void markInLine(Path runner, String checksum) throws IOException {
		Files.writeString(inLineMark(runner), checksum + "\n", StandardCharsets.US_ASCII);
	}

	static Path inLineMark(Path runner) {
		return runner.resolveSibling(".in-line");
	}

	/**
	 * Whether the bundle declares a Declarative Services component that provides a Plateau service: a
	 * {@code org.plateau.core.family.ModelFamily}, a figure kind, ...
	 */
	static boolean providesPlateauService(Path bundle) {
		Optional<String> components = manifest(bundle)
				.map(m -> m.getMainAttributes().getValue("Service-Component"));
		if (components.isEmpty() || Files.isDirectory(bundle)) {
			return false;
		}
		try (JarFile jar = new JarFile(bundle.toFile())) {
			for (String component : components.get().split(",")) {
				var entry = jar.getEntry(component.strip());
				if (entry != null) {
					try (InputStream in = jar.getInputStream(entry)) {
						if (PLATEAU_SERVICE.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8)).find()) {
							return true;
						}
					}
				}
			}
		} catch (IOException e) {
			// an unreadable jar: the runner leaves it out, as the workbench cannot load it either
			return false;
		}
		return false;
	}

	/** The jar (or folder) names of the bundles in the workbench's config.ini. */
	Set<String> workbenchBundles() throws IOException {
		String bundles = load(workbenchConfiguration()).getProperty("osgi.bundles", "");
		Set<String> names = new LinkedHashSet<>();
		for (String entry : bundles.split(",")) {
			Matcher matcher = BUNDLE_REFERENCE.matcher(entry.strip());
			if (matcher.matches()) {
				String path = matcher.group(1);
				names.add(path.substring(path.lastIndexOf('/', path.length() - 2) + 1).replaceFirst("/$", ""));
			}
		}
		return names;
	}

	private static Properties load(Path file) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
			properties.load(reader);
		}
		return properties;
	}

	private static Optional<Manifest> manifest(Path bundle) {
		try {
			if (Files.isDirectory(bundle)) {
				try (InputStream in = Files.newInputStream(bundle.resolve("META-INF/MANIFEST.MF"))) {
					return Optional.of(new Manifest(in));
				}
			}
			try (JarFile jar = new JarFile(bundle.toFile())) {
				return Optional.ofNullable(jar.getManifest());
			}
		} catch (IOException e) {
			return Optional.empty();
		}
	}

	static Optional<String> symbolicName(Path bundle) {
		return manifest(bundle).map(m -> m.getMainAttributes().getValue("Bundle-SymbolicName"))
				.map(name -> name.split(";")[0].strip());
	}

	/** Whether the bundle requires SWT, JFace or the workbench, which the headless runner does not have. */
	static boolean needsDisplay(Path bundle) {
		return manifest(bundle).map(m -> {
			String requires = String.valueOf(m.getMainAttributes().getValue("Require-Bundle")) + ","
					+ m.getMainAttributes().getValue("Import-Package") + ","
					+ m.getMainAttributes().getValue("Fragment-Host");
			return NEEDS_DISPLAY.matcher(" " + requires + " ").find();
		}).orElse(true);
	}

	private Path launcher() throws IOException {
		try (DirectoryStream<Path> jars = Files.newDirectoryStream(home.resolve("plugins"),
				"org.eclipse.equinox.launcher_*.jar")) {
			List<Path> found = new ArrayList<>();
			jars.forEach(found::add);
			return found.stream().max(Comparator.comparing(Path::toString)).orElseThrow(
					() -> new IOException("no plugins/org.eclipse.equinox.launcher_*.jar in " + home));
		}
	}

	private static String java() {
		return ProcessHandle.current().info().command()
				.orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
	}

	/** The messages of the director's log, when it failed: the cause is there, not on its output. */
	private static List<String> loggedMessages(Path configuration) throws IOException {
		List<String> messages = new ArrayList<>();
		try (Stream<Path> logs = Files.list(configuration)) {
			for (Path log : logs.filter(p -> p.toString().endsWith(".log")).toList()) {
				for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
					if (line.startsWith("!MESSAGE ")) {
						messages.add(line.substring("!MESSAGE ".length()));
					}
				}
			}
		}
		return messages;
	}
}
