package org.plateau.core.installation;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * The defaults of a distribution: {@code plateau-defaults.properties} in the installation's folder (system property
 * {@code plateau.home}, which the start script sets), written by a lab distribution's build from its descriptor
 * (docs/labs.md), e.g. {@code slurm.partition=gpu}. They apply where neither the command line nor the user's own
 * preferences say otherwise. Keys: {@value #SLURM_PARTITION}, {@value #SLURM_TIME}, {@value #SLURM_CPUS},
 * {@value #SLURM_MEMORY}, {@value #PARALLEL_RUNS}, {@value #PLOT_THEME}, {@value #OUTPUT_FOLDER}. A file that cannot
 * be read gives no defaults (the built-in ones apply), as a missing one does.
 */
public final class InstallationDefaults {

	/** The file's name in the installation's folder. */
	public static final String FILE = "plateau-defaults.properties";
	/** Slurm partition of {@code plateau sweep --slurm}. */
	public static final String SLURM_PARTITION = "slurm.partition";
	/** Slurm time limit per point. */
	public static final String SLURM_TIME = "slurm.time";
	/** Slurm CPUs per point. */
	public static final String SLURM_CPUS = "slurm.cpus";
	/** Slurm memory per point. */
	public static final String SLURM_MEMORY = "slurm.memory";
	/** The workbench: how many runs train at once. */
	public static final String PARALLEL_RUNS = "workbench.parallelRuns";
	/** The workbench: the plot theme (LIGHT, DARK or PRINT). */
	public static final String PLOT_THEME = "workbench.plotTheme";
	/** The workbench: where runs write their results. */
	public static final String OUTPUT_FOLDER = "workbench.outputFolder";

	private InstallationDefaults() {
	}

	/** The defaults file of this installation, if the start script named the installation. */
	public static Optional<Path> file() {
		String home = System.getProperty("plateau.home");
		return home == null || home.isBlank() ? Optional.empty() : Optional.of(Path.of(home, FILE));
	}

	/** The default of this installation for the key, if its file gives one (not blank). */
	public static Optional<String> get(String key) {
		String value = file().map(InstallationDefaults::read).orElseGet(Properties::new).getProperty(key);
		return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
	}

	/** The defaults in a file (none when there is no file or it cannot be read). */
	public static Properties read(Path file) {
		Properties properties = new Properties();
		if (Files.isRegularFile(file)) {
			try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
				properties.load(reader);
			} catch (IOException | IllegalArgumentException e) {
				// unreadable (or not UTF-8): no defaults, as without the file
			}
		}
		return properties;
	}
}
