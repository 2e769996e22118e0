package org.plateau.cli.internal;

import java.io.IOException;
import java.net.URI;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;
import org.plateau.core.family.ModelFamily;
import org.plateau.core.registry.FamilyRegistry;
import org.plateau.sdk.P2Repositories;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code plateau install}, {@code plateau uninstall} and {@code plateau families}: model families (features) added
 * to and removed from this installation from p2 repositories, without rebuilding it ({@link Installation},
 * docs/labs.md).
 */
final class InstallCommands {

	private static final Pattern FEATURE_ID = Pattern.compile("[A-Za-z0-9_\\-]+(\\.[A-Za-z0-9_\\-]+)*");

	private InstallCommands() {
	}

	/** The installation to change, or the message that says why there is none to change. */
	private static Installation installation(CliContext context, String command) {
		Optional<Installation> installation = Installation.current();
		if (installation.isEmpty()) {
			context.err().println("plateau " + command + ": no installation to change: run it with an installation's"
					+ " plateau script (-Dplateau.home is not set)");
			return null;
		}
		Optional<String> readOnly = installation.get().whyReadOnly();
		if (readOnly.isPresent()) {
			context.err().println("plateau " + command + ": cannot change the installation: " + readOnly.get()
					+ "; nothing was changed");
			return null;
		}
		return installation.get();
	}

	private static boolean checkFeatures(CliContext context, String command, List<String> features) {
		for (String feature : features) {
			String id = Installation.featureId(feature);
			if (!FEATURE_ID.matcher(id).matches()) {
				context.err().println("plateau " + command + ": FEATURE '" + feature + "' is not a feature id (e.g."
						+ " org.mylab.family.decay.feature)");
				return false;
			}
			if (Installation.PLATEAU_FEATURES.contains(id)) {
				context.err().println("plateau " + command + ": FEATURE '" + feature + "' is part of Plateau itself, which"
						+ " this command does not change; nothing was changed");
				return false;
			}
		}
		return true;
	}

	/** The repository REPO names, or null after saying why it is none. */
	private static URI repository(CliContext context, String command, String text) {
		try {
			return P2Repositories.location("REPO", text);
		} catch (IllegalArgumentException e) {
			context.err().println("plateau " + command + ": " + e.getMessage());
			return null;
		}
	}

	/** Runs p2's director on the installation and reports what changed; the command's exit code. */
	private static int direct(CliContext context, Installation installation, String command, String what,
			List<String> arguments, String done) throws IOException, InterruptedException {
		Installation.Change change = installation.direct(arguments, context.out());
		if (change.exitCode() != 0) {
			context.err().println("plateau " + command + ": p2 could not " + command + " " + what
					+ " (its messages are above); the installation is as it was");
			return PlateauCommand.EXIT_INVALID;
		}
		if (!change.added().isEmpty()) {
			context.out().println("Bundles added: " + String.join(", ", change.added()));
		}
		if (!change.removed().isEmpty()) {
			context.out().println("Bundles removed: " + String.join(", ", change.removed()));
		}
		context.out().println(done);
		return 0;
	}

	@Command(name = "install", mixinStandardHelpOptions = true, description = "Installs features (model families) from a"
			+ " p2 repository into this installation with p2's director, for the workbench and the headless runner;"
			+ " restart the workbench to use them. The installation must be writable by you.")
	static final class Install implements Callable<Integer> {

		private final CliContext context;

		@Parameters(index = "0", paramLabel = "REPO", description = "The p2 repository: a folder, a .zip of one, or a file:/http(s): URL.")
		String repository;

		@Parameters(index = "1..*", arity = "1..*", paramLabel = "FEATURE", description = "Feature ids, e.g. org.mylab.family.decay.feature.")
		List<String> features;

		Install(CliContext context) {
			this.context = context;
		}

		@Override
		public Integer call() throws IOException, InterruptedException {
			URI location = repository(context, "install", repository);
			if (location == null) {
				return PlateauCommand.EXIT_USAGE;
			}
			if (!checkFeatures(context, "install", features)) {
				return PlateauCommand.EXIT_USAGE;
			}
			Installation installation = installation(context, "install");
			if (installation == null) {
				return PlateauCommand.EXIT_INVALID;
			}
			context.out().println("Installing " + String.join(", ", features) + " from " + location + " into "
					+ installation.home() + " ...");
			List<String> units = features.stream().map(Installation::featureUnit).toList();
			return direct(context, installation, "install", String.join(", ", features),
					List.of("-repository", location.toString(), "-installIU", String.join(",", units)),
					"Installed. `plateau families` lists the families; restart the workbench to use them.");
		}
	}

	@Command(name = "update", mixinStandardHelpOptions = true, description = "Updates this installation from a p2"
			+ " repository with p2's director: its product and every feature installed at its root of which the"
			+ " repository has a newer version (a lab distribution's newer build). Experiments and runs, which live in"
			+ " the workspace folder, are not touched.")
	static final class Update implements Callable<Integer> {

		private final CliContext context;

		@Parameters(index = "0", paramLabel = "REPO", description = "The p2 repository of the newer build: a local folder.")
		String repository;

		Update(CliContext context) {
			this.context = context;
		}

		@Override
		public Integer call() throws IOException, InterruptedException {
			URI location = repository(context, "update", repository);
			if (location == null) {
				return PlateauCommand.EXIT_USAGE;
			}
			Installation installation = installation(context, "update");
			if (installation == null) {
				return PlateauCommand.EXIT_INVALID;
			}
			// the roots the repository has in a newer version: a unit installed again at the same version would
			// lose its files
			Map<String, String> installed = installation.rootUnits();
			Map<String, Version> offered;
			try {
				offered = P2Repositories.newestVersions(P2Repositories.folder("REPO", location), installed.keySet());
			} catch (IllegalArgumentException e) {
				context.err().println("plateau update: " + e.getMessage());
				return PlateauCommand.EXIT_USAGE;
			}
			List<String> newer = offered.entrySet().stream()
					.filter(unit -> unit.getValue().compareTo(Version.parseVersion(installed.get(unit.getKey()))) > 0)
					.map(Map.Entry::getKey).toList();
			if (newer.isEmpty()) {
				context.out().println("Nothing to update: " + location + " has no newer version of " + installed.keySet());
				return 0;
			}
			String roots = String.join(",", newer);
			context.out().println("Updating " + roots + " in " + installation.home() + " from " + location + " ...");
			// p2 replaces a root by uninstalling it and installing the repository's newest in one plan (a family
			// installed from another repository is not in it: uninstall it first)
			return direct(context, installation, "update", "from " + location,
					List.of("-repository", location.toString(), "-uninstallIU", roots, "-installIU", roots),
					"Updated. Restart the workbench if it is open.");
		}
	}

	@Command(name = "uninstall", mixinStandardHelpOptions = true, description = "Removes features (model families) that"
			+ " plateau install added, with p2's director. Experiments and runs of the family stay on disk.")
	static final class Uninstall implements Callable<Integer> {

		private final CliContext context;

		@Parameters(arity = "1..*", paramLabel = "FEATURE", description = "Feature ids, e.g. org.mylab.family.decay.feature.")
		List<String> features;

		Uninstall(CliContext context) {
			this.context = context;
		}

		@Override
		public Integer call() throws IOException, InterruptedException {
			if (!checkFeatures(context, "uninstall", features)) {
				return PlateauCommand.EXIT_USAGE;
			}
			Installation installation = installation(context, "uninstall");
			if (installation == null) {
				return PlateauCommand.EXIT_INVALID;
			}
			for (String feature : features) {
				if (installation.isTheDistributionsOwn(Installation.featureId(feature))) {
					context.err().println("plateau uninstall: FEATURE '" + feature + "' is this distribution's own (its"
							+ " name, families and defaults), which this command does not remove; nothing was changed");
					return PlateauCommand.EXIT_INVALID;
				}
				if (!installed(installation.home(), Installation.featureId(feature))) {
					context.err().println("plateau uninstall: FEATURE '" + feature + "' is not installed in "
							+ installation.home() + "; nothing was changed");
					return PlateauCommand.EXIT_INVALID;
				}
			}
			List<String> units = features.stream().map(Installation::featureUnit).toList();
			return direct(context, installation, "uninstall", String.join(", ", features),
					List.of("-uninstallIU", String.join(",", units)), "Uninstalled. Restart the workbench if it is open.");
		}

		private static boolean installed(Path home, String feature) throws IOException {
			try (DirectoryStream<Path> folders = Files.newDirectoryStream(home.resolve("features"), feature + "_*")) {
				return folders.iterator().hasNext();
			}
		}
	}

	@Command(name = "families", mixinStandardHelpOptions = true, description = "Lists the model families of this"
			+ " installation with their bundles' versions, and names every family bundle that could not start.")
	static final class Families implements Callable<Integer> {

		private final CliContext context;

		Families(CliContext context) {
			this.context = context;
		}

		@Override
		public Integer call() {
			FamilyRegistry registry = context.registry();
			for (ModelFamily family : registry.families()) {
				Bundle bundle = FrameworkUtil.getBundle(family.getClass());
				String version = bundle == null ? "" : bundle.getVersion().toString();
				context.out().printf("%-40s %-24s %s%n", registry.ask(family, "id()", ModelFamily::id).orElse("?"),
						version, registry.ask(family, "name()", ModelFamily::name).orElse(family.getClass().getName()));
			}
			List<String> failed = new ArrayList<>(unresolvedComponentBundles());
			Bundle self = FrameworkUtil.getBundle(Families.class);
			if (self != null && self.getBundleContext() != null) {
				failed.addAll(FamilyComponents.failures(self.getBundleContext()));
			}
			failed.forEach(problem -> context.err().println("plateau: warning: " + problem));
			return failed.isEmpty() ? 0 : PlateauCommand.EXIT_INVALID;
		}

		/**
		 * Bundles with Declarative Services components (every family's) that the framework could not resolve, each
		 * with the reason: a family that fails to start is named, and the others are listed.
		 */
		private static List<String> unresolvedComponentBundles() {
			List<String> problems = new ArrayList<>();
			Bundle self = FrameworkUtil.getBundle(Families.class);
			if (self == null) {
				return problems;
			}
			for (Bundle bundle : self.getBundleContext().getBundles()) {
				if (bundle.getState() == Bundle.INSTALLED && bundle.getHeaders().get("Service-Component") != null) {
					try {
						bundle.start(Bundle.START_TRANSIENT | Bundle.START_ACTIVATION_POLICY);
					} catch (BundleException e) {
						problems.add(bundle.getSymbolicName() + " " + bundle.getVersion() + " did not start: "
								+ e.getMessage().replace('\n', ' '));
					}
				}
			}
			return problems;
		}
	}

	/**
	 * Run by the start script on the first command of a distribution and whenever the workbench's config.ini is not
	 * the one the runner's list was brought in line with (a lab's distribution, the Install New Software dialog, an
	 * archive unpacked over the folder): {@link Installation#syncRunner}. Hidden from --help.
	 */
	@Command(name = "sync-runner", hidden = true, description = "Brings the headless runner's bundles in line with the workbench's.")
	static final class SyncRunner implements Callable<Integer> {

		private final CliContext context;

		@Parameters(index = "0", paramLabel = "CHECKSUM", description = "cksum of the workbench's config.ini.")
		String checksum;

		@Parameters(index = "1", arity = "0..1", paramLabel = "RUNNER_CONFIG", description = "The runner's config.ini to write (a user's own in a shared installation).")
		Path runner;

		SyncRunner(CliContext context) {
			this.context = context;
		}

		@Override
		public Integer call() throws IOException {
			Optional<Installation> installation = Installation.current();
			if (installation.isEmpty()) {
				return 0;
			}
			Path target = runner != null ? runner : installation.get().runnerConfiguration();
			if (installation.get().syncRunner(target)) {
				context.err().println("plateau: the headless runner's families are now the workbench's");
			}
			Installation.markInLine(target, checksum);
			return 0;
		}
	}
}
