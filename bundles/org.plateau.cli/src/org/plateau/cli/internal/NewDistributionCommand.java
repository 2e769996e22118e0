package org.plateau.cli.internal;

import java.io.IOException;
import java.net.URI;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.plateau.core.family.ModelFamily;
import org.plateau.model.Experiment;
import org.plateau.model.util.PlateauResources;
import org.plateau.sdk.DistributionTemplate;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code plateau new-distribution DESCRIPTOR}: writes the Tycho project of a lab's distribution
 * ({@link DistributionTemplate}, docs/labs.md). Each of the lab's examples is loaded and given to the family that
 * handles it, whose examples/ folder it joins.
 */
@Command(name = "new-distribution", mixinStandardHelpOptions = true, description = "Writes the project of a lab's"
		+ " Plateau distribution from a descriptor (a properties file: name, About text, families, the lab's own families"
		+ " and examples, defaults such as the Slurm partition): its build (./mvnw verify) makes archives for Linux,"
		+ " Windows and macOS and the p2 repository to update them from.")
final class NewDistributionCommand implements Callable<Integer> {

	private final CliContext context;

	@Parameters(index = "0", paramLabel = "DESCRIPTOR", description = "The lab's descriptor (.properties), e.g. lab.properties.")
	Path descriptorFile;

	@Option(names = "--dir", paramLabel = "DIR", description = "Where to write the project (must not exist or be empty; default ./ID-distribution).")
	Path dir;

	@Mixin
	SdkRepositoryOption sdk;

	NewDistributionCommand(CliContext context) {
		this.context = context;
	}

	@Override
	public Integer call() {
		DistributionTemplate.Descriptor descriptor;
		URI location;
		Map<String, List<Path>> examples;
		try {
			location = sdk.location();
			if (!Files.isRegularFile(descriptorFile)) {
				throw new IllegalArgumentException("DESCRIPTOR " + descriptorFile + " is not a file");
			}
			descriptor = DistributionTemplate.read(descriptorFile);
			examples = examplesByFamily(descriptor);
		} catch (IllegalArgumentException e) {
			context.err().println("plateau new-distribution: " + e.getMessage());
			return PlateauCommand.EXIT_INVALID;
		} catch (IOException e) {
			context.err().println("plateau new-distribution: cannot read " + descriptorFile + ": " + e);
			return PlateauCommand.EXIT_INVALID;
		}
		Path folder = dir != null ? dir : Path.of(descriptor.id() + "-distribution");
		try {
			List<Path> files = DistributionTemplate.write(descriptor, location, examples, folder);
			context.out().println("Wrote the distribution " + descriptor.id() + " (" + files.size() + " files) to "
					+ folder.toAbsolutePath().normalize() + ", built from " + location + ".");
			context.out().println("Build it:  cd '" + folder + "' && ./mvnw verify   (see its README.md)");
			return 0;
		} catch (IllegalArgumentException e) {
			context.err().println("plateau new-distribution: " + e.getMessage());
			return PlateauCommand.EXIT_INVALID;
		} catch (FileAlreadyExistsException e) {
			context.err().println("plateau new-distribution: --dir " + e.getFile() + ": " + e.getReason());
			return PlateauCommand.EXIT_INVALID;
		} catch (IOException e) {
			context.err().println("plateau new-distribution: cannot write " + folder + ": " + e);
			return PlateauCommand.EXIT_INVALID;
		}
	}

	/**
	 * The lab's examples by the bundle of the family that handles each; an example that does not load or that no
	 * family of the distribution handles is refused by name.
	 */
	private Map<String, List<Path>> examplesByFamily(DistributionTemplate.Descriptor descriptor) throws IOException {
		Map<String, List<Path>> byFamily = new TreeMap<>();
		if (descriptor.examples() == null) {
			return byFamily;
		}
		try (DirectoryStream<Path> files = Files.newDirectoryStream(descriptor.examples(), "*.{plateau,sweep}")) {
			for (Path file : files) {
				String family = familyBundle(file);
				if (!descriptor.families().contains(family)) {
					throw new IllegalArgumentException(descriptor.file() + ": examples: " + file.getFileName()
							+ " is an experiment of " + family + ", which is not among the distribution's families "
							+ descriptor.families() + " (an example of the lab's own family belongs in that family)");
				}
				byFamily.computeIfAbsent(family, f -> new ArrayList<>()).add(file);
			}
		}
		return byFamily;
	}

	/** The bundle of the family of an experiment, or of a sweep's base experiment. */
	private String familyBundle(Path file) {
		Experiment experiment;
		try {
			experiment = file.toString().endsWith(".sweep") ? PlateauResources.loadSweep(file).getBase()
					: PlateauResources.load(file);
		} catch (IOException | RuntimeException e) {
			throw new IllegalArgumentException("examples: " + file + " does not load: " + e.getMessage(), e);
		}
		Optional<ModelFamily> family = context.registry().familyFor(experiment);
		if (family.isEmpty()) {
			throw new IllegalArgumentException("examples: no installed family handles " + file);
		}
		Bundle bundle = FrameworkUtil.getBundle(family.get().getClass());
		if (bundle == null) {
			throw new IllegalArgumentException("examples: the family of " + file + " is not in a bundle");
		}
		return bundle.getSymbolicName();
	}
}
