package org.plateau.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.plateau.core.family.ExampleExperiment;
import org.plateau.core.family.ExperimentException;
import org.plateau.core.family.ModelFamily;
import org.plateau.core.family.SimulationOutcome;
import org.plateau.core.family.UnusedSetting;
import org.plateau.core.installation.InstallationDefaults;
import org.plateau.core.registry.Contributors;
import org.plateau.core.registry.FamilyProblem;
import org.plateau.core.registry.FamilyRegistry;
import org.plateau.core.results.AtomicFiles;
import org.plateau.core.results.FolderLock;
import org.plateau.core.results.ResultsPublisher;
import org.plateau.core.results.ResultsReader;
import org.plateau.core.results.RunFolderWriter;
import org.plateau.core.run.ExperimentRunner;
import org.plateau.core.run.PreparedRun;
import org.plateau.core.run.RunResult;
import org.plateau.core.run.TheoryResult;
import org.plateau.core.sweep.SlurmBackend;
import org.plateau.core.sweep.SweepFolders;
import org.plateau.core.sweep.SweepPlan;
import org.plateau.core.sweep.SweepPoint;
import org.plateau.core.sweep.SweepRunner;
import org.plateau.core.sweep.SweepSummary;
import org.plateau.model.Experiment;
import org.plateau.model.Training;
import org.plateau.model.util.PlateauResources;
import org.plateau.model.util.Texts;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The {@code plateau} command line: {@code run}, {@code sweep}, {@code validate}, {@code examples}. Exit codes: 0
 * success, 1 invalid input or I/O error (a results folder in use, not writable, a full disk, a size beyond the heap),
 * 2 usage error, 3 the run diverged (for a sweep: some point did not complete), 4 an internal error (out of memory, or
 * a family's code failed: one line says what, the partial results are kept), 130 the run was cancelled (Ctrl-C); a
 * SIGTERM ends the process with 143 after the partial results are written.
 */
@Command(name = "plateau", mixinStandardHelpOptions = true, version = "Plateau 0.1.0",
		description = "Runs learning-dynamics experiments headless: simulation and exact theory side by side.")
public final class PlateauCommand implements Callable<Integer> {

	/** The subcommands, in the order the usage help lists them. */
	private static final List<Class<?>> SUBCOMMANDS = List.of(RunCommand.class, SweepCommand.class,
			SweepPointCommand.class, ValidateCommand.class, ExamplesCommand.class, NewFamilyCommand.class,
			NewDistributionCommand.class, InstallCommands.Install.class, InstallCommands.Uninstall.class,
			InstallCommands.Update.class, InstallCommands.Families.class, InstallCommands.SyncRunner.class);

	static final int EXIT_INVALID = 1;
	static final int EXIT_USAGE = 2;
	static final int EXIT_DIVERGED = 3;
	static final int EXIT_INTERNAL = 4;
	static final int EXIT_CANCELLED = 130;

	private final CliContext context;

	@Spec
	CommandLine.Model.CommandSpec spec;

	PlateauCommand(CliContext context) {
		this.context = context;
	}

	private static String commandName(Class<?> type) {
		return type.getAnnotation(Command.class).name();
	}

	/** Parses and executes the arguments; returns the exit code. */
	static int execute(CliContext terminal, String... args) {
		// names and values from files reach the terminal escaped, never as control characters
		CliContext context = new CliContext(terminal.registry(), terminal.renderers(), PrintableOutput.of(terminal.out()),
				PrintableOutput.of(terminal.err()), terminal.interactive(), terminal.interrupts());
		CommandLine.IFactory factory = new CommandLine.IFactory() {
			@Override
			public <K> K create(Class<K> type) throws Exception {
				if (type == RunCommand.class) {
					return type.cast(new RunCommand(context));
				} else if (type == SweepCommand.class) {
					return type.cast(new SweepCommand(context));
				} else if (type == SweepPointCommand.class) {
					return type.cast(new SweepPointCommand(context));
				} else if (type == ValidateCommand.class) {
					return type.cast(new ValidateCommand(context));
				} else if (type == ExamplesCommand.class) {
					return type.cast(new ExamplesCommand(context));
				} else if (type == NewFamilyCommand.class) {
					return type.cast(new NewFamilyCommand(context));
				} else if (type == NewDistributionCommand.class) {
					return type.cast(new NewDistributionCommand(context));
				} else if (type == InstallCommands.Install.class) {
					return type.cast(new InstallCommands.Install(context));
				} else if (type == InstallCommands.Uninstall.class) {
					return type.cast(new InstallCommands.Uninstall(context));
				} else if (type == InstallCommands.Update.class) {
					return type.cast(new InstallCommands.Update(context));
				} else if (type == InstallCommands.Families.class) {
					return type.cast(new InstallCommands.Families(context));
				} else if (type == InstallCommands.SyncRunner.class) {
					return type.cast(new InstallCommands.SyncRunner(context));
				}
				return CommandLine.defaultFactory().create(type);
			}
		};
		CommandLine commandLine = new CommandLine(new PlateauCommand(context), factory);
		// picocli reads a subcommand's annotations by reflection when it is added, all twelve of them before a run
		// (0.02-0.09 s of a command, docs/benchmarks.md): only the one the first argument names is added, or all of them
		// when it names none (help, a mistyped name)
		String named = args.length == 0 ? null : args[0];
		boolean known = SUBCOMMANDS.stream().anyMatch(type -> commandName(type).equals(named));
		for (Class<?> type : SUBCOMMANDS) {
			if (!known || commandName(type).equals(named)) {
				try {
					commandLine.addSubcommand(commandName(type), factory.create(type));
				} catch (Exception e) {
					throw new IllegalStateException("Cannot create the command " + commandName(type), e);
				}
			}
		}
		commandLine.setOut(new PrintWriter(context.out(), true));
		commandLine.setErr(new PrintWriter(context.err(), true));
		commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> internalError(context, exception));
		// a family that fails is named once, and the others go on
		java.util.function.Consumer<FamilyProblem> problems = problem -> context.err()
				.println("plateau: warning: " + problem.message());
		context.registry().addProblemListener(problems);
		try {
			return commandLine.execute(args);
		} catch (RuntimeException | Error e) {
			return internalError(context, e);
		} finally {
			context.registry().removeProblemListener(problems);
		}
	}

	/**
	 * An exception or error that no command expected: one line saying what failed (for memory, the heap and how to
	 * give more), exit code {@value #EXIT_INTERNAL}. What a run streamed to its folder stays there.
	 */
	static int internalError(CliContext context, Throwable failure) {
		if (failure instanceof OutOfMemoryError) {
			context.err().println("plateau: out of memory: the Java heap of "
					+ ExperimentRunner.bytes(Runtime.getRuntime().maxMemory()) + " is full; give Java more memory (e.g. "
					+ "PLATEAU_VM_ARGS=-Xmx16g plateau ...) or make the experiment or sweep smaller; what was written "
					+ "so far is kept");
		} else {
			context.err().println("plateau: internal error: " + Texts.printable(Contributors.reason(failure))
					+ " (please report it); what was written so far is kept");
		}
		return EXIT_INTERNAL;
	}

	@Override
	public Integer call() {
		spec.commandLine().usage(context.out());
		return 0;
	}

	/** {@code plateau run FILE}: runs an experiment and writes results, theory and figures. */
	@Command(name = "run", mixinStandardHelpOptions = true, description = "Runs an experiment (.plateau file, or examples/NAME.plateau for a bundled example) and writes metrics (CSV), theory (CSV), a manifest (JSON) and figures (PNG, SVG).")
	static final class RunCommand implements Callable<Integer> {

		private final CliContext context;

		@Parameters(paramLabel = "FILE", description = "the experiment file")
		String file;

		@Option(names = { "-o", "--out" }, paramLabel = "DIR",
				description = "results folder (default: plateau-runs/<experiment>-<time>)")
		Path out;

		@Option(names = "--seed", description = "overrides the experiment's seed")
		Long seed;

		@Option(names = "--steps", description = "overrides the number of training steps")
		Long steps;

		@Option(names = "--no-figures", description = "writes no figures")
		boolean noFigures;

		@Option(names = "--force", description = "writes into a results folder that is not empty (same-named files are replaced)")
		boolean force;

		RunCommand(CliContext context) {
			this.context = context;
		}

		@Override
		public Integer call() {
			Experiment experiment;
			try {
				experiment = ExperimentFiles.load(file, context.registry(), context.out());
			} catch (IOException e) {
				context.err().println("plateau: " + e.getMessage());
				return EXIT_INVALID;
			}
			if (seed != null) {
				experiment.setSeed(seed);
			}
			if (steps != null && experiment.getTraining() != null) {
				overrideSteps(experiment.getTraining(), steps);
			}
			ExperimentRunner runner = new ExperimentRunner(context.registry());
			PreparedRun prepared;
			try {
				// everything validate checks, before a folder is made: a refused experiment leaves the disk as it was
				prepared = runner.prepare(experiment);
			} catch (ExperimentException e) {
				context.err().println("plateau: " + file + ": " + e.getMessage());
				return EXIT_INVALID;
			}
			RunFolderWriter writer;
			Path folder;
			try {
				folder = out != null ? out : defaultFolder(experiment);
				String refusal = refusal(folder);
				if (refusal != null) {
					context.err().println("plateau: " + refusal);
					return EXIT_INVALID;
				}
				// created, checked writable and locked before the run, not found unwritable after it
				writer = new RunFolderWriter(folder);
				writer.lock().ifPresent(warning -> context.err().println("plateau: warning: " + warning));
			} catch (IOException e) {
				context.err().println("plateau: cannot write results: " + e.getMessage());
				return EXIT_INVALID;
			}
			TerminalProgressMonitor monitor = new TerminalProgressMonitor(context.err(), context.interactive());
			RunResult result;
			// closed in reverse: the folder is released before a Ctrl-C or SIGTERM lets the process end
			try (CancelOnInterrupt hook = context.cancelOnInterrupt(monitor); writer) {
				result = runner.run(prepared, monitor, writer);
				SimulationOutcome outcome = result.outcome();
				long total = experiment.getTraining().getSteps();
				monitor.end(outcome.status() == SimulationOutcome.Status.COMPLETED ? ""
						: outcome.status().name().toLowerCase(Locale.ROOT) + " at step "
								+ outcome.stepsCompleted(),
						total <= 0 ? 1 : (double) outcome.stepsCompleted() / total);
				for (String warning : result.warnings()) {
					context.err().println("plateau: warning: " + warning);
				}
				ResultsPublisher publisher = new ResultsPublisher(context.renderers());
				List<Path> written = writer.finish(result, publisher, !noFigures);
				for (String problem : publisher.problems()) {
					context.err().println("plateau: warning: " + problem);
				}
				report(result, folder, written);
			} catch (ExperimentException e) {
				context.err().println("plateau: " + file + ": " + e.getMessage());
				// a heap that ran out despite the estimate is an internal error, not the experiment's
				return e.getCause() instanceof OutOfMemoryError ? EXIT_INTERNAL : EXIT_INVALID;
			} catch (IOException e) {
				context.err().println("plateau: cannot write results to " + folder + ": " + e.getMessage());
				return EXIT_INVALID;
			}
			if (writer.failure().isPresent()) {
				context.err().println("plateau: the run stopped because its results could not be written: "
						+ writer.failure().get().getMessage());
				return EXIT_INVALID;
			}
			return switch (result.outcome().status()) {
				case COMPLETED -> 0;
				case CANCELLED -> EXIT_CANCELLED;
				case DIVERGED -> EXIT_DIVERGED;
				case FAILED, RUNNING -> EXIT_INTERNAL;
			};
		}

		/** Why a run may not write into a folder, or {@code null} when it may. */
		private String refusal(Path folder) {
			if (FolderLock.isHeld(folder)) {
				return "the results folder " + folder + " is in use by "
						+ FolderLock.holder(folder).map(FolderLock.Holder::describe).orElse("another writer")
						+ "; wait for it to end, or choose another folder with --out";
			}
			if (force || !isNonEmptyFolder(folder)) {
				return null;
			}
			if (ResultsReader.isInterrupted(folder)) {
				return "the results folder " + folder + " holds an interrupted run (its process ended before the run "
						+ "did; its records are kept there); pass --force to replace it, or choose another folder with --out";
			}
			return "the results folder " + folder + " is not empty; choose another with --out, or pass --force to "
					+ "write into it";
		}

		/** Sets the steps, dropping snapshot steps beyond them and shortening the record interval, and says so. */
		private void overrideSteps(Training training, long newSteps) {
			training.setSteps(newSteps);
			List<Long> dropped = training.getSnapshotSteps().stream().filter(step -> step > newSteps).toList();
			if (!dropped.isEmpty()) {
				training.getSnapshotSteps().removeAll(dropped);
				context.err().println("plateau: --steps " + newSteps + ": snapshot steps " + dropped + " dropped");
			}
			if (training.getRecordInterval() > newSteps && newSteps > 0) {
				context.err().println("plateau: --steps " + newSteps + ": record interval " + training.getRecordInterval()
						+ " shortened to " + newSteps);
				training.setRecordInterval(newSteps);
			}
		}

		private static boolean isNonEmptyFolder(Path folder) {
			if (!Files.isDirectory(folder)) {
				return false;
			}
			try (Stream<Path> entries = Files.list(folder)) {
				return entries.findAny().isPresent();
			} catch (IOException e) {
				return true;
			}
		}

		/** {@code plateau-runs/<experiment>-<time>}, with a suffix if a run started in the same second. */
		private static Path defaultFolder(Experiment experiment) throws IOException {
			return PlateauCommand.defaultFolder("plateau-runs", experiment.getName(), "experiment");
		}

		private void report(RunResult result, Path folder, List<Path> written) {
			var out = context.out();
			switch (result.outcome().status()) {
			case COMPLETED -> out.printf("Completed %d steps of '%s' (%s) in %.2f s.%n",
					result.outcome().stepsCompleted(), result.experiment().getName(), result.family().name(),
					result.wallTimeSeconds());
			case CANCELLED -> out.printf("Cancelled after %d steps; the partial results are saved.%n",
					result.outcome().stepsCompleted());
			case DIVERGED -> context.err().printf("plateau: the run diverged: %s%n", result.outcome().message());
			case FAILED, RUNNING -> context.err().printf("plateau: %s; the records before it are saved%n",
					result.outcome().message());
			}
			List<String> theories = new ArrayList<>();
			for (TheoryResult theory : result.theory()) {
				theories.add(theory.prediction().label());
			}
			out.println("Theory: " + (theories.isEmpty() ? "none" : String.join("; ", theories)));
			out.println("Results in " + folder.toAbsolutePath().normalize() + ":");
			Map<String, List<String>> byFolder = new TreeMap<>();
			for (Path path : written) {
				Path relative = folder.relativize(path);
				String group = relative.getNameCount() > 1 ? relative.getName(0) + "/" : "";
				byFolder.computeIfAbsent(group, g -> new ArrayList<>()).add(relative.getFileName().toString());
			}
			byFolder.forEach((group, files) -> out.println("  " + (group.isEmpty() ? String.join("  ", files)
					: group + " (" + files.size() + " files: " + summary(files) + ")")));
		}
	}

	/**
	 * {@code <parent>/<name>-<time>}, with a suffix if one started in the same second, created here: claiming it
	 * atomically, so that two commands started at once get two folders.
	 *
	 * @throws IOException if the parent cannot be created or written
	 */
	static Path defaultFolder(String parent, String name, String fallback) throws IOException {
		String safe = name == null || name.isBlank() ? fallback : name.replaceAll("[^A-Za-z0-9._-]+", "-");
		safe = safe.replaceAll("^[.-]+", "");
		String base = (safe.isEmpty() ? fallback : safe) + "-"
				+ LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
		Path parentFolder = Path.of(parent);
		try {
			Files.createDirectories(parentFolder);
		} catch (IOException e) {
			throw new IOException("cannot create the folder " + parentFolder.toAbsolutePath() + ": "
					+ AtomicFiles.reason(e), e);
		}
		for (int n = 1;; n++) {
			Path folder = parentFolder.resolve(n == 1 ? base : base + "-" + n);
			try {
				return Files.createDirectory(folder);
			} catch (FileAlreadyExistsException taken) {
				// started in the same second as another: the next suffix
			} catch (IOException e) {
				throw new IOException("cannot create the folder " + folder.toAbsolutePath() + ": "
						+ AtomicFiles.reason(e), e);
			}
		}
	}

	/**
	 * {@code plateau sweep FILE}: runs the points of a sweep on this machine's cores and gathers their results.
	 */
	@Command(name = "sweep", mixinStandardHelpOptions = true, description = "Runs a parameter sweep (.sweep file, or examples/NAME.sweep) on this machine: every point in its own results folder, a summary table (CSV) and figures of each metric against the first axis with the theory's curves. Run again with the same --out to resume: completed points are not run again.")
	static final class SweepCommand implements Callable<Integer> {

		private final CliContext context;

		@Parameters(paramLabel = "FILE", description = "the sweep file")
		String file;

		@Option(names = { "-o", "--out" }, paramLabel = "DIR",
				description = "sweep folder (default: plateau-sweeps/<sweep>-<time>); an existing one of the same sweep is resumed")
		Path out;

		@Option(names = { "-j", "--jobs" }, paramLabel = "N",
				description = "points run at once (default: the number of cores)")
		Integer jobs;

		@Option(names = "--no-figures", description = "writes no figures")
		boolean noFigures;

		@Option(names = "--point-figures", description = "also writes every point's own figures")
		boolean pointFigures;

		@Option(names = "--slurm", description = "runs the points as a Slurm job array (sbatch), follows it (squeue) and gathers the results")
		boolean slurm;

		@Option(names = "--partition", paramLabel = "NAME", description = "Slurm partition (default: the distribution's slurm.partition in plateau-defaults.properties, else the cluster's)")
		String partition;

		@Option(names = "--time", paramLabel = "LIMIT", description = "Slurm time limit per point, e.g. 00:30:00 (default: the distribution's slurm.time, else the cluster's)")
		String timeLimit;

		@Option(names = "--cpus", paramLabel = "N", description = "Slurm CPUs per point (default: the distribution's slurm.cpus, else 1)")
		Integer cpus;

		@Option(names = "--mem", paramLabel = "SIZE", description = "Slurm memory per point, e.g. 4G (default: the distribution's slurm.memory, else the cluster's)")
		String memory;

		@Option(names = "--sbatch-option", paramLabel = "OPTION", description = "a further #SBATCH option, e.g. --account=lab (repeatable)")
		List<String> sbatchOptions = new ArrayList<>();

		@Option(names = "--plateau", paramLabel = "PATH",
				description = "the plateau command of the product installed where the tasks run (default: this one)")
		Path plateau;

		@Option(names = "--export-only", description = "with --slurm: writes the job script and the point table, submits nothing")
		boolean exportOnly;

		@Option(names = "--resubmit-failed", description = "with --slurm and an existing --out: runs again only the points without completed results")
		boolean resubmitFailed;

		@Option(names = "--allow-absolute-base", description = "lets the sweep's base experiment be an absolute file path (by default only a file relative to the sweep file is opened; never a URL)")
		boolean allowAbsoluteBase;

		SweepCommand(CliContext context) {
			this.context = context;
		}

		/** {@code plateau sweep --slurm}: prepare, write the array script, submit, follow, gather. */
		private Integer slurm(SweepPlan plan, Path folder) {
			Path command = plateau;
			if (command == null) {
				String home = System.getProperty("plateau.home");
				if (home == null) {
					context.err().println("plateau: --slurm needs --plateau PATH: the plateau command the array tasks run");
					return EXIT_INVALID;
				}
				command = Path.of(home, "plateau");
			}
			// the distribution's defaults (a lab's, docs/labs.md) where the command line says nothing
			String slurmPartition = partition != null ? partition
					: InstallationDefaults.get(InstallationDefaults.SLURM_PARTITION).orElse(null);
			String slurmTime = timeLimit != null ? timeLimit
					: InstallationDefaults.get(InstallationDefaults.SLURM_TIME).orElse(null);
			String slurmMemory = memory != null ? memory
					: InstallationDefaults.get(InstallationDefaults.SLURM_MEMORY).orElse(null);
			Integer slurmCpus = cpus;
			String defaultCpus = InstallationDefaults.get(InstallationDefaults.SLURM_CPUS).orElse(null);
			if (slurmCpus == null && defaultCpus != null) {
				try {
					slurmCpus = Integer.valueOf(defaultCpus);
				} catch (NumberFormatException e) {
					context.err().println("plateau: warning: " + InstallationDefaults.file().orElseThrow()
							+ ": slurm.cpus is not a number: " + defaultCpus + "; not used");
				}
			}
			SlurmBackend backend = new SlurmBackend(new SlurmBackend.Options(slurmPartition, slurmTime, slurmCpus,
					slurmMemory, sbatchOptions, command), SlurmBackend.processes());
			SweepRunner runner = new SweepRunner(context.registry(), context.renderers());
			// one submission per sweep folder at a time; released before gathering, which takes it itself
			try (FolderLock lock = FolderLock.acquire(folder, "sweep (Slurm)")) {
				lock.brokenStaleLock().ifPresent(warning -> context.err().println("plateau: warning: " + warning));
				SweepRunner.prepare(plan, folder);
				List<Integer> indices = resubmitFailed ? runner.unfinished(plan, folder)
						: plan.points().stream().map(SweepPoint::index).toList();
				if (indices.isEmpty()) {
					context.out().println("Every point of " + folder + " has completed results: nothing to submit.");
				} else {
					Path script = backend.writeScript(plan, folder, indices);
					if (exportOnly) {
						context.out().println("Wrote " + script + " (" + indices.size() + " array tasks) and "
								+ folder.resolve(SweepRunner.POINTS_FILE) + "; submit with: sbatch " + script);
						return 0;
					}
					String job = backend.submit(script);
					context.out().println("Submitted Slurm job " + job + ": " + indices.size() + " array tasks, logs in "
							+ folder.resolve(SlurmBackend.SLURM_FOLDER).resolve("logs"));
					TerminalProgressMonitor monitor = new TerminalProgressMonitor(context.err(), context.interactive());
					boolean finished;
					try (CancelOnInterrupt hook = context.cancelOnInterrupt(monitor)) {
						int before = plan.points().size() - indices.size();
						finished = backend.follow(job, indices.size(),
								() -> SweepFolders.finishedPoints(plan, folder) - before, monitor);
						monitor.end(finished ? "" : "cancelled", finished ? 1 : 0);
					}
					if (!finished) {
						context.out().println("Cancelled Slurm job " + job + "; run the same command with --out " + folder
								+ " --resubmit-failed to run the points left.");
						return EXIT_CANCELLED;
					}
				}
				lock.close();
				SweepRunner.Result result = runner.gather(plan, folder, !noFigures, null);
				result.warnings().forEach(warning -> context.err().println("plateau: warning: " + warning));
				List<Integer> failed = result.summary().unfinished().stream().map(row -> row.point().index()).toList();
				List<String> gatheredNames = new ArrayList<>();
				result.written().forEach(path -> gatheredNames.add(folder.relativize(path).toString()));
				context.out().printf("Gathered %d of %d points into %s: %s.%n", result.resumed(), plan.points().size(),
						folder.toAbsolutePath().normalize(), summary(gatheredNames));
				printTheoryGaps(result);
				if (!failed.isEmpty()) {
					context.err().println("plateau: points without completed results: " + failed + "; run again with --out "
							+ folder + " --resubmit-failed (task logs in " + folder.resolve(SlurmBackend.SLURM_FOLDER).resolve("logs") + ")");
					return EXIT_DIVERGED;
				}
				return 0;
			} catch (ExperimentException e) {
				context.err().println("plateau: " + file + ": " + e.getMessage());
				return EXIT_INVALID;
			} catch (IOException e) {
				context.err().println("plateau: Slurm: " + e.getMessage());
				return EXIT_INVALID;
			}
		}

		/** Says where the theory's curves have gaps, and why, rather than leaving them unexplained in the figures. */
		private void printTheoryGaps(SweepRunner.Result result) {
			for (String problem : result.theoryProblems()) {
				context.out().println("Theory curve gap at " + problem);
			}
		}

		@Override
		public Integer call() {
			SweepPlan plan;
			try {
				plan = SweepPlan.of(ExperimentFiles.loadSweep(file, context.registry(), allowAbsoluteBase, context.out()));
			} catch (IOException e) {
				context.err().println("plateau: " + e.getMessage());
				return EXIT_INVALID;
			} catch (ExperimentException e) {
				context.err().println("plateau: " + file + ": " + e.getMessage());
				return EXIT_INVALID;
			}
			int parallelism = jobs != null ? jobs : Runtime.getRuntime().availableProcessors();
			if (parallelism < 1) {
				context.err().println("plateau: --jobs must be at least 1, was " + parallelism);
				return EXIT_INVALID;
			}
			try {
				// every point as a run would check it, before anything is written
				new SweepRunner(context.registry(), context.renderers()).check(plan, slurm ? 1
						: jobs != null ? jobs : Runtime.getRuntime().availableProcessors());
			} catch (ExperimentException e) {
				context.err().println("plateau: " + file + ": " + e.getMessage());
				return EXIT_INVALID;
			}
			Path folder;
			try {
				folder = out != null ? out : defaultFolder("plateau-sweeps", plan.sweep().getName(), "sweep");
			} catch (IOException e) {
				context.err().println("plateau: cannot write the sweep: " + e.getMessage());
				return EXIT_INVALID;
			}
			if (slurm) {
				return slurm(plan, folder);
			}
			if (exportOnly || resubmitFailed) {
				context.err().println("plateau: --export-only and --resubmit-failed go with --slurm");
				return EXIT_INVALID;
			}
			context.out().printf("Sweep '%s': %d points (%d settings x %d repetitions) of '%s', %d at once, into %s%n",
					plan.sweep().getName(), plan.points().size(), plan.settings(), plan.sweep().getRepetitions(),
					plan.sweep().getBase().getName(), parallelism, folder.toAbsolutePath().normalize());
			TerminalProgressMonitor monitor = new TerminalProgressMonitor(context.err(), context.interactive());
			SweepRunner.Result result;
			try (CancelOnInterrupt hook = context.cancelOnInterrupt(monitor)) {
				result = new SweepRunner(context.registry(), context.renderers()).run(plan, folder,
						new SweepRunner.Options(parallelism, !noFigures, pointFigures), monitor);
				monitor.end(result.cancelled() ? "cancelled" : "",
						(double) result.summary().rows().size() / Math.max(1, plan.points().size()));
			} catch (ExperimentException e) {
				context.err().println("plateau: " + file + ": " + e.getMessage());
				return EXIT_INVALID;
			} catch (IOException e) {
				context.err().println("plateau: cannot write the sweep to " + folder + ": " + e.getMessage());
				return EXIT_INVALID;
			}
			SweepSummary summary = result.summary();
			result.warnings().forEach(warning -> context.err().println("plateau: warning: " + warning));
			context.out().printf("Ran %d points, read back %d completed earlier, in %.1f s.%n", result.ran(), result.resumed(),
					result.wallTimeSeconds());
			for (SweepSummary.Row row : summary.unfinished()) {
				context.err().printf("plateau: point %s %s %s: %s%n", row.point().id(),
						SweepRunner.describe(plan, row.point()), row.status().name().toLowerCase(Locale.ROOT), row.message());
			}
			printTheoryGaps(result);
			context.out().println("Results in " + folder.toAbsolutePath().normalize() + ":");
			List<String> names = new ArrayList<>();
			result.written().forEach(path -> names.add(folder.relativize(path).toString()));
			context.out().println("  " + SweepRunner.POINTS_FILE + "  " + SweepRunner.POINTS_FOLDER + "/ ("
					+ plan.points().size() + " run folders)  " + summary(names));
			if (result.cancelled()) {
				context.out().println("Cancelled; run the same command with --out " + folder + " to resume.");
				return EXIT_CANCELLED;
			}
			return summary.unfinished().isEmpty() ? 0 : EXIT_DIVERGED;
		}
	}

	/** {@code plateau sweep-point FOLDER INDEX}: runs one point of a prepared sweep folder, as a Slurm array task does. */
	@Command(name = "sweep-point", mixinStandardHelpOptions = true, description = "Runs one point of a prepared sweep folder (what each task of a Slurm job array runs). Exit code 0 when the point completed.")
	static final class SweepPointCommand implements Callable<Integer> {

		private final CliContext context;

		@Parameters(index = "0", paramLabel = "FOLDER", description = "the sweep folder (with sweep.sweep and base.plateau)")
		Path folder;

		@Parameters(index = "1", paramLabel = "INDEX", description = "the point's index in points.csv")
		int index;

		SweepPointCommand(CliContext context) {
			this.context = context;
		}

		@Override
		public Integer call() {
			try {
				SweepPlan plan = SweepPlan.of(SweepFolders.load(folder));
				SweepSummary.Row row = new SweepRunner(context.registry(), context.renderers()).runPoint(plan, index, folder);
				context.out().printf("point %s %s: %s %s%n", row.point().id(), SweepRunner.describe(plan, row.point()),
						row.status().name().toLowerCase(Locale.ROOT), row.message());
				return row.completed() ? 0 : row.status() == SimulationOutcome.Status.DIVERGED ? EXIT_DIVERGED : EXIT_INVALID;
			} catch (IOException e) {
				context.err().println("plateau: " + e.getMessage());
				return EXIT_INVALID;
			} catch (ExperimentException e) {
				context.err().println("plateau: " + folder + ": " + e.getMessage());
				return EXIT_INVALID;
			}
		}
	}

	/** The first few names of a list, for a one-line summary. */
	static String summary(List<String> names) {
		return names.size() <= 4 ? String.join(", ", names) : String.join(", ", names.subList(0, 4)) + ", ...";
	}

	/** {@code plateau validate FILE}: checks an experiment or a sweep without running it. */
	@Command(name = "validate", mixinStandardHelpOptions = true, description = "Checks an experiment (.plateau) or a sweep (.sweep) file and reports every problem: everything 'run' and 'sweep' check before they train, nothing is run or written.")
	static final class ValidateCommand implements Callable<Integer> {

		private final CliContext context;

		@Parameters(paramLabel = "FILE", description = "the experiment or sweep file (or examples/NAME)")
		String file;

		@Option(names = "--allow-absolute-base", description = "for a sweep: lets its base experiment be an absolute file path")
		boolean allowAbsoluteBase;

		ValidateCommand(CliContext context) {
			this.context = context;
		}

		@Override
		public Integer call() {
			try {
				if (file.endsWith("." + PlateauResources.SWEEP_FILE_EXTENSION)) {
					return validateSweep();
				}
				Experiment experiment = ExperimentFiles.load(file, context.registry(), context.out());
				validate(experiment, "");
				context.out().println(file + ": valid");
				return 0;
			} catch (IOException e) {
				context.err().println("plateau: " + e.getMessage());
				return EXIT_INVALID;
			} catch (ExperimentException e) {
				context.err().println("plateau: " + file + ": " + e.getMessage());
				return EXIT_INVALID;
			}
		}

		/** A sweep: itself, its size, and every distinct setting as the points would run it. */
		private int validateSweep() throws IOException, ExperimentException {
			SweepPlan plan = SweepPlan.of(ExperimentFiles.loadSweep(file, context.registry(), allowAbsoluteBase,
					context.out()));
			validate(plan.sweep().getBase(), SweepPlan.baseName(plan.sweep()) + ": ");
			java.util.Set<Integer> settings = new java.util.HashSet<>();
			for (SweepPoint point : plan.points()) {
				if (settings.add(point.setting())) {
					validate(point.experiment(), "point " + point.id() + " " + SweepRunner.describe(plan, point) + " of "
							+ SweepPlan.baseName(plan.sweep()) + ": ", false);
				}
			}
			context.out().println(file + ": valid (" + plan.points().size() + " points)");
			return 0;
		}

		/**
		 * What a run checks before it trains: the model's and the family's validators, what the family refuses, the
		 * memory it needs, and the network it builds (the trainer is made and let go).
		 */
		private void validate(Experiment experiment, String where) throws ExperimentException {
			validate(experiment, where, true);
		}

		/**
		 * As {@link #validate(Experiment, String)}; {@code build} false spares building the network (the points of a
		 * sweep: their memory is checked by estimate, not by allocating each).
		 */
		private void validate(Experiment experiment, String where, boolean build) throws ExperimentException {
			if (context.registry().familyFor(experiment).isEmpty()) {
				ExperimentRunner.validate(experiment);
			}
			try {
				PreparedRun run = new ExperimentRunner(context.registry()).prepare(experiment);
				if (build) {
					run.prepared().trainer();
				}
				List<String> warnings = new ArrayList<>();
				ExperimentRunner.theory(run, warnings);
				for (UnusedSetting unused : run.prepared().unusedSettings()) {
					context.err().println("plateau: warning: " + where + unused.message());
				}
				warnings.forEach(warning -> context.err().println("plateau: warning: " + where + warning));
			} catch (ExperimentException e) {
				throw where.isEmpty() ? e : new ExperimentException(where + e.getMessage(), e);
			} catch (RuntimeException e) {
				throw new ExperimentException(where + "its model family could not set it up: " + Contributors.reason(e), e);
			}
		}
	}

	/** {@code plateau examples}: lists the bundled examples of every family. */
	@Command(name = "examples", mixinStandardHelpOptions = true, description = "Lists the example experiments of the installed model families.")
	static final class ExamplesCommand implements Callable<Integer> {

		private final CliContext context;

		ExamplesCommand(CliContext context) {
			this.context = context;
		}

		@Override
		public Integer call() {
			for (ModelFamily family : context.registry().families()) {
				// through the registry's guard: a family that fails here is named once and the others are listed
				FamilyRegistry registry = context.registry();
				context.out().println(registry.ask(family, "name()", ModelFamily::name).orElse(family.getClass().getName())
						+ " (" + registry.ask(family, "id()", ModelFamily::id).orElse("?") + ")");
				for (ExampleExperiment example : registry.ask(family, "examples()", ModelFamily::examples)
						.orElse(List.of())) {
					context.out().printf("  examples/%-36s %s%n", example.fileName(), example.title());
				}
				for (ExampleExperiment example : registry.ask(family, "exampleSweeps()", ModelFamily::exampleSweeps)
						.orElse(List.of())) {
					context.out().printf("  examples/%-36s %s (plateau sweep)%n", example.fileName(), example.title());
				}
			}
			return 0;
		}
	}
}
