package org.plateau.ui.internal.navigator;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.plateau.core.family.ExampleExperiment;
import org.plateau.core.results.ResultsReader;
import org.plateau.core.sweep.SweepFolders;
import org.plateau.model.Experiment;
import org.plateau.model.PlateauFactory;
import org.plateau.model.Sweep;
import org.plateau.model.SweepAxis;
import org.plateau.model.util.ExperimentFileException;
import org.plateau.model.util.PlateauResources;
import org.plateau.ui.internal.runs.RunManager;

/**
 * The experiments of the workspace: the {@code .plateau} files of the workspace folder, and their runs in the
 * results folder ({@code <output>/<experiment name>/<time>/}); and its sweeps, the {@code .sweep} files, with their
 * sweep folders ({@code <output>/sweeps/<sweep name>/<time>/}). An experiment's name is its file's name, so renaming
 * one renames the other (and moves its runs).
 */
public final class ExperimentsWorkspace {

	private static final String EXTENSION = "." + PlateauResources.FILE_EXTENSION;
	private static final String SWEEP_EXTENSION = "." + PlateauResources.SWEEP_FILE_EXTENSION;

	private final Path folder;
	private final RunManager runs;

	public ExperimentsWorkspace(Path folder, RunManager runs) {
		this.folder = folder;
		this.runs = runs;
	}

	/** The workspace folder. */
	public Path folder() {
		return folder;
	}

	/** The experiments, by name. */
	public List<ExperimentEntry> experiments() {
		return files(EXTENSION, ExperimentEntry::new);
	}

	/** The sweeps, by name. */
	public List<SweepEntry> sweeps() {
		return files(SWEEP_EXTENSION, SweepEntry::new);
	}

	/** The workspace's files with an extension, by name. */
	private <E extends FileEntry<?>> List<E> files(String extension, Function<Path, E> entry) {
		List<E> entries = new ArrayList<>();
		if (!Files.isDirectory(folder)) {
			return entries;
		}
		try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + extension)) {
			for (Path file : files) {
				if (Files.isRegularFile(file)) {
					entries.add(entry.apply(file));
				}
			}
		} catch (IOException e) {
			// an unreadable workspace folder lists nothing; the view says where it looks
		}
		entries.sort(Comparator.comparing(FileEntry::name));
		return entries;
	}

	/** The sweep folders of a sweep, newest first. */
	public List<SweepRunEntry> runs(SweepEntry sweep) {
		Path parent = runs.sweepsFolder(sweep.sweepName());
		List<SweepRunEntry> entries = new ArrayList<>();
		if (!Files.isDirectory(parent)) {
			return entries;
		}
		try (DirectoryStream<Path> folders = Files.newDirectoryStream(parent, Files::isDirectory)) {
			for (Path run : folders) {
				if (Files.isRegularFile(run.resolve(SweepFolders.SWEEP_FILE))) {
					entries.add(new SweepRunEntry(run, sweep));
				}
			}
		} catch (IOException e) {
			// listed as none
		}
		entries.sort(Comparator.comparing((SweepRunEntry r) -> r.folder().getFileName().toString()).reversed());
		return entries;
	}

	/**
	 * Creates a sweep of an experiment of the workspace: {@code <experiment>-sweep.sweep} (or a free name), one axis
	 * over the learning rate at half, once and twice its value, and three repetitions; returns its file.
	 */
	public Path createSweep(ExperimentEntry experiment) throws IOException {
		Experiment base = experiment.experiment();
		if (base == null) {
			throw new IOException("Cannot make a sweep of " + experiment.file() + ": " + experiment.problem());
		}
		String name = RunManager.safeName(experiment.name() + "-sweep");
		Path file = folder.resolve(name + SWEEP_EXTENSION);
		for (int n = 2; Files.exists(file); n++) {
			file = folder.resolve(name + "-" + n + SWEEP_EXTENSION);
		}
		String fileName = file.getFileName().toString();
		Sweep sweep = PlateauFactory.eINSTANCE.createSweep();
		sweep.setName(fileName.substring(0, fileName.length() - SWEEP_EXTENSION.length()));
		sweep.setNotes("A sweep of " + experiment.name() + ".");
		sweep.setRepetitions(3);
		// the base stays in its own file's resource, so that the sweep file refers to the experiment file
		sweep.setBase(base);
		SweepAxis axis = PlateauFactory.eINSTANCE.createSweepAxis();
		axis.setFeaturePath("training.learningRate");
		double rate = base.getTraining() == null ? 0.01 : base.getTraining().getLearningRate();
		axis.getValues().addAll(List.of(Double.toString(rate / 2), Double.toString(rate), Double.toString(rate * 2)));
		sweep.getAxes().add(axis);
		PlateauResources.saveSweep(sweep, file);
		return file;
	}

	/**
	 * Copies a family's example sweep into the workspace: its base experiment as a new experiment (under a free name)
	 * and the sweep, referring to that copy, as {@code <name>.sweep} (or a free name); returns the sweep's file.
	 */
	public Path createSweep(ExampleExperiment example) throws IOException {
		Sweep sweep = PlateauResources.loadSweep(example.location());
		Path baseFile = create(EcoreUtil.copy(sweep.getBase()), freeName(sweep.getBase().getName()));
		Sweep copy = EcoreUtil.copy(sweep);
		copy.setBase(load(baseFile));
		String name = RunManager.safeName(sweep.getName() == null ? example.name() : sweep.getName());
		Path file = folder.resolve(name + SWEEP_EXTENSION);
		for (int n = 2; Files.exists(file); n++) {
			file = folder.resolve(name + "-" + n + SWEEP_EXTENSION);
		}
		String fileName = file.getFileName().toString();
		copy.setName(fileName.substring(0, fileName.length() - SWEEP_EXTENSION.length()));
		PlateauResources.saveSweep(copy, file);
		return file;
	}

	/** The stored runs of an experiment, newest first. */
	public List<RunEntry> runs(ExperimentEntry experiment) {
		Path parent = runs.runsFolder(experiment.name());
		List<RunEntry> entries = new ArrayList<>();
		if (!Files.isDirectory(parent)) {
			return entries;
		}
		try (DirectoryStream<Path> folders = Files.newDirectoryStream(parent, Files::isDirectory)) {
			for (Path run : folders) {
				if (ResultsReader.isRunFolder(run)) {
					entries.add(new RunEntry(run, experiment));
				}
			}
		} catch (IOException e) {
			// listed as none
		}
		entries.sort(Comparator.comparing((RunEntry r) -> r.folder().getFileName().toString()).reversed());
		return entries;
	}

	/** The file of a new experiment with this name. */
	public Path fileOf(String name) {
		return folder.resolve(name + EXTENSION);
	}

	/**
	 * Why a name cannot be used for a new experiment, or {@code null} if it can.
	 */
	public String checkNewName(String name) {
		if (name == null || name.isBlank()) {
			return "Give the experiment a name.";
		}
		if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
			return "'" + name + "': use letters, digits, '.', '_' and '-' (it names the file and the results folder).";
		}
		if (Files.exists(fileOf(name))) {
			return "An experiment named '" + name + "' exists already.";
		}
		return null;
	}

	/** A name not used yet, from a base name: {@code base}, {@code base-2}, ... */
	public String freeName(String base) {
		String safe = RunManager.safeName(base);
		String name = safe;
		for (int n = 2; Files.exists(fileOf(name)); n++) {
			name = safe + "-" + n;
		}
		return name;
	}

	/** Creates an experiment from a family's example and returns its file. */
	public Path create(ExampleExperiment example, String name) throws IOException {
		return create(PlateauResources.load(example.location()), name);
	}

	/** Saves an experiment under a new name in the workspace and returns its file. */
	public Path create(Experiment experiment, String name) throws IOException {
		String problem = checkNewName(name);
		if (problem != null) {
			throw new IOException(problem);
		}
		Files.createDirectories(folder);
		experiment.setName(name);
		experiment.getRuns().clear();
		Path file = fileOf(name);
		PlateauResources.save(experiment, file);
		return file;
	}

	/** Copies an experiment (not its runs) under a free name; returns the new file. */
	public Path duplicate(ExperimentEntry entry) throws IOException {
		Experiment experiment = load(entry.file());
		return create(experiment, freeName(entry.name() + "-copy"));
	}

	/** Renames an experiment: its file, its name inside, and its runs' folder. Returns the new file. */
	public Path rename(ExperimentEntry entry, String newName) throws IOException {
		String problem = checkNewName(newName);
		if (problem != null) {
			throw new IOException(problem);
		}
		Experiment experiment = load(entry.file());
		experiment.setName(newName);
		Path target = fileOf(newName);
		PlateauResources.save(experiment, target);
		Files.delete(entry.file());
		Path oldRuns = runs.runsFolder(entry.name());
		Path newRuns = runs.runsFolder(newName);
		if (Files.isDirectory(oldRuns) && !Files.exists(newRuns)) {
			Files.move(oldRuns, newRuns, StandardCopyOption.ATOMIC_MOVE);
		}
		return target;
	}

	/** Deletes an experiment and its runs. */
	public void delete(ExperimentEntry entry) throws IOException {
		deleteTree(runs.runsFolder(entry.name()));
		Files.deleteIfExists(entry.file());
	}

	/**
	 * Deletes a sweep file and its sweep folders (not its base experiment). The folders are kept when another sweep
	 * file of the workspace goes by the same name, since they may be its; a sweep that is running is not deleted.
	 */
	public void delete(SweepEntry entry) throws IOException {
		if (runs.liveSweeps().stream().anyMatch(live -> live.sweepFile().map(entry.file()::equals).orElse(false))) {
			throw new IOException("the sweep is running; stop it first");
		}
		Path results = runs.sweepsFolder(entry.sweepName());
		boolean shared = sweeps().stream().anyMatch(other -> !other.equals(entry)
				&& runs.sweepsFolder(other.sweepName()).equals(results));
		if (!shared) {
			deleteTree(results);
		}
		Files.deleteIfExists(entry.file());
	}

	/** Deletes one sweep folder, unless a sweep is running into it. */
	public void delete(SweepRunEntry run) throws IOException {
		if (runs.liveSweeps().stream().anyMatch(live -> live.folder().equals(run.folder()))) {
			throw new IOException("a sweep is running into it; stop it first");
		}
		deleteTree(run.folder());
	}

	/** Deletes one run's folder. */
	public void delete(RunEntry run) throws IOException {
		deleteTree(run.folder());
	}

	private static void deleteTree(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

	static Experiment load(Path file) throws ExperimentFileException {
		return PlateauResources.load(file);
	}
}
