package org.plateau.cli.internal;

import java.io.IOException;
import java.net.URI;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.plateau.sdk.FamilyTemplate;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code plateau new-family NAME}: writes a standalone Tycho project of a model family that builds and tests against
 * the Plateau SDK repository alone ({@link FamilyTemplate}, docs/labs.md).
 */
@Command(name = "new-family", mixinStandardHelpOptions = true, description = "Writes a new model family as a standalone"
		+ " project (Tycho, Maven Central and the Plateau SDK repository only): its bundle with an EMF package, a"
		+ " ModelFamily component and one example experiment; a test fragment that runs the conformance kit; a feature;"
		+ " and a README with the commands to build and test it.")
final class NewFamilyCommand implements Callable<Integer> {

	private final CliContext context;

	@Parameters(index = "0", paramLabel = "NAME", description = "The family's short name: lower-case letters and digits, e.g. decay.")
	String name;

	@Option(names = "--dir", paramLabel = "DIR", description = "Where to write the project (must not exist or be empty; default ./NAME).")
	Path dir;

	@Option(names = "--id", paramLabel = "BUNDLE_ID", description = "The bundle's symbolic name and Java package (default org.plateau.family.NAME; a lab would use its own, e.g. org.mylab.family.NAME).")
	String bundleId;

	@Option(names = "--vendor", paramLabel = "TEXT", defaultValue = "Plateau family author", description = "The vendor named in the manifests and the feature (default: ${DEFAULT-VALUE}).")
	String vendor;

	@Mixin
	SdkRepositoryOption sdk;

	NewFamilyCommand(CliContext context) {
		this.context = context;
	}

	@Override
	public Integer call() {
		FamilyTemplate.Settings settings;
		try {
			URI location = sdk.location();
			settings = new FamilyTemplate.Settings(name, bundleId == null ? "org.plateau.family." + name : bundleId, vendor,
					location);
		} catch (IllegalArgumentException e) {
			context.err().println("plateau new-family: " + e.getMessage());
			return PlateauCommand.EXIT_USAGE;
		}
		Path folder = dir != null ? dir : Path.of(name);
		try {
			List<Path> files = FamilyTemplate.write(settings, folder);
			context.out().println("Wrote the family " + settings.bundleId() + " (" + files.size() + " files) to "
					+ folder.toAbsolutePath().normalize() + ", built against " + settings.sdk() + ".");
			context.out().println("Build and test it:  cd '" + folder + "' && ./mvnw verify   (see its README.md)");
			return 0;
		} catch (FileAlreadyExistsException e) {
			context.err().println("plateau new-family: --dir " + e.getFile() + ": " + e.getReason());
			return PlateauCommand.EXIT_INVALID;
		} catch (IOException e) {
			context.err().println("plateau new-family: cannot write " + folder + ": " + e);
			return PlateauCommand.EXIT_INVALID;
		}
	}
}
