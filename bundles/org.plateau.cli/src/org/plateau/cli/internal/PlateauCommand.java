package org.plateau.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
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
import org.plateau.core.results.ResultsPublisher;
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

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The {@code plateau} command line: {@code run}, {@code sweep}, {@code validate}, {@code examples}. Exit codes: 0
 * success, 1 invalid experiment or I/O error, 2 usage error, 3 the run diverged (for a sweep: some point did not
 * complete), 130 the run was cancelled (Ctrl-C).
 */
@Command(name = "plateau", mixinStandardHelpOptions = true, version = "Plateau 0.1.0",
		description = "Runs learning-dynamics experiments headless: simulation and exact theory side by side.",
		subcommands = { PlateauCommand.RunCommand.class, PlateauCommand.SweepCommand.class,
				PlateauCommand.SweepPointCommand.class, PlateauCommand.ValidateCommand.class,
				PlateauCommand.ExamplesCommand.class })
public final class PlateauCommand implements Callable<Integer> {

	static final int EXIT_INVALID = 1;
	static final int EXIT_DIVERGED = 3;
	static final int EXIT_CANCELLED = 130;

	private final CliContext context;

	@Spec
	CommandLine.Model.CommandSpec spec;

	PlateauCommand(CliContext context) {
		this.context = context;
	}

	/** Parses and executes the arguments; returns the exit code. */
	static int execute(CliContext context, String... args) {
		CommandLine commandLine = new CommandLine(new PlateauCommand(context), new CommandLine.IFactory() {
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
				}
				return CommandLine.defaultFactory().create(type);
			}
		});
		commandLine.setOut(new PrintWriter(context.out(), true));
		commandLine.setErr(new PrintWriter(context.err(), true));
		commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
			context.err().println("plateau: " + exception.getMessage());
			return EXIT_INVALID;
		});
		return commandLine.execute(args);
	}

	@Override
	public Integer call() {
		spec.commandLine().usage(context.out());
		return 0;
	}

	/** {@code plateau run FILE}: runs an experiment and writes results, theory and figures. */
	@Command(name = "run", description = "Runs an experiment (.plateau file, or examples/NAME.plateau for a bundled example) and writes metrics (CSV), theory (CSV), a manifest (JSON) and figures (PNG, SVG).")
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
				experiment = ExperimentFiles.load(file, context.registry());
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
			Path folder = out != null ? out : defaultFolder(experiment);
			if (!force && isNonEmptyFolder(folder)) {
				context.err().println("plateau: the results folder " + folder + " is not empty; choose another with "
						+ "--out, or pass --force to write into it");
				return EXIT_INVALID;
			}
			TerminalProgressMonitor monitor = new TerminalProgressMonitor(context.err(), context.interactive());
			RunResult result;
			try (CancelOnInterrupt hook = context.cancelOnInterrupt(monitor)) {
				result = new ExperimentRunner(context.registry()).run(experiment, monitor);
				SimulationOutcome outcome = result.outcome();
				long total = experiment.getTraining().getSteps();
				monitor.end(outcome.status() == SimulationOutcome.Status.COMPLETED ? ""
						: outcome.status().name().toLowerCase(Locale.ROOT) + " at step "
								+ outcome.stepsCompleted(),
						total <= 0 ? 1 : (double) outcome.stepsCompleted() / total);
				for (String warning : result.warnings()) {
					context.err().println("plateau: warning: " + warning);
				}
				List<Path> written = new ResultsPublisher(context.renderers()).publish(result, folder, !noFigures);
				report(result, folder, written);
			} catch (ExperimentException e) {
				context.err().println("plateau: " + file + ": " + e.getMessage());
				return EXIT_INVALID;
			} catch (IOException e) {
				context.err().println("plateau: cannot write results to " + folder + ": " + e.getMessage());
				return EXIT_INVALID;
			}
			return switch (result.outcome().status()) {
				case COMPLETED -> 0;
				case CANCELLED -> EXIT_CANCELLED;
				case DIVERGED -> EXIT_DIVERGED;
				case FAILED, RUNNING -> EXIT_INVALID;
			};
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
		private static Path defaultFolder(Experiment experiment) {
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

	/** {@code <parent>/<name>-<time>}, with a suffix if one started in the same second. */
	static Path defaultFolder(String parent, String name, String fallback) {
		String safe = name == null || name.isBlank() ? fallback : name.replaceAll("[^A-Za-z0-9._-]+", "-");
		String base = safe + "-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
		Path folder = Path.of(parent, base);
		for (int n = 2; Files.exists(folder); n++) {
			folder = Path.of(parent, base + "-" + n);
		}
		return folder;
	}

	/**
	 * {@code plateau sweep FILE}: runs the points of a sweep on this machine's cores and gathers their results.
	 */
	@Command(name = "sweep", description = "Runs a parameter sweep (.sweep file, or examples/NAME.sweep) on this machine: every point in its own results folder, a summary table (CSV) and figures of each metric against the first axis with the theory's curves. Run again with the same --out to resume: completed points are not run again.")
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

		@Option(names = "--partition", paramLabel = "NAME", description = "Slurm partition (default: the cluster's)")
		String partition;

		@Option(names = "--time", paramLabel = "LIMIT", description = "Slurm time limit per point, e.g. 00:30:00")
		String timeLimit;

		@Option(names = "--cpus", paramLabel = "N", description = "Slurm CPUs per point")
		Integer cpus;

		@Option(names = "--mem", paramLabel = "SIZE", description = "Slurm memory per point, e.g. 4G")
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
			SlurmBackend backend = new SlurmBackend(new SlurmBackend.Options(partition, timeLimit, cpus, memory, sbatchOptions,
					command), SlurmBackend.processes());
			SweepRunner runner = new SweepRunner(context.registry(), context.renderers());
			try {
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
				SweepRunner.Result result = runner.gather(plan, folder, !noFigures, null);
				List<Integer> failed = result.summary().unfinished().stream().map(row -> row.point().index()).toList();
				context.out().printf("Gathered %d of %d points into %s.%n", result.resumed(), plan.points().size(),
						folder.toAbsolutePath().normalize());
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
				plan = SweepPlan.of(ExperimentFiles.loadSweep(file, context.registry()));
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
			Path folder = out != null ? out : defaultFolder("plateau-sweeps", plan.sweep().getName(), "sweep");
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
	@Command(name = "sweep-point", description = "Runs one point of a prepared sweep folder (what each task of a Slurm job array runs). Exit code 0 when the point completed.")
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
				return row.completed() ? 0 : EXIT_INVALID;
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

	/** {@code plateau validate FILE}: checks an experiment without running it. */
	@Command(name = "validate", description = "Checks an experiment file and reports every problem.")
	static final class ValidateCommand implements Callable<Integer> {

		private final CliContext context;

		@Parameters(paramLabel = "FILE", description = "the experiment file")
		String file;

		ValidateCommand(CliContext context) {
			this.context = context;
		}

		@Override
		public Integer call() {
			try {
				Experiment experiment = ExperimentFiles.load(file, context.registry());
				if (context.registry().familyFor(experiment).isEmpty()) {
					ExperimentRunner.validate(experiment);
					context.err().println("plateau: no installed model family handles " + file);
					return EXIT_INVALID;
				}
				// what the run would check: the model's and the family's validators, and what the family refuses
				PreparedRun run = new ExperimentRunner(context.registry()).prepare(experiment);
				for (UnusedSetting unused : run.prepared().unusedSettings()) {
					context.err().println("plateau: warning: " + unused.message());
				}
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
	}

	/** {@code plateau examples}: lists the bundled examples of every family. */
	@Command(name = "examples", description = "Lists the example experiments of the installed model families.")
	static final class ExamplesCommand implements Callable<Integer> {

		private final CliContext context;

		ExamplesCommand(CliContext context) {
			this.context = context;
		}

		@Override
		public Integer call() {
			for (ModelFamily family : context.registry().families()) {
				context.out().println(family.name() + " (" + family.id() + ")");
				for (ExampleExperiment example : family.examples()) {
					context.out().printf("  examples/%-36s %s%n", example.fileName(), example.title());
				}
				for (ExampleExperiment example : family.exampleSweeps()) {
					context.out().printf("  examples/%-36s %s (plateau sweep)%n", example.fileName(), example.title());
				}
			}
			return 0;
		}
	}
}
