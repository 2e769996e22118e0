package org.plateau.core.sweep;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Runs a sweep's points as a Slurm job array (sbatch, squeue, scancel on the machine's path): one array task per
 * point, each running {@code plateau sweep-point FOLDER INDEX} of the installed product on the prepared sweep folder
 * (a shared filesystem on a cluster). Keeps to the options Slurm 22.05 and current releases share.
 */
public final class SlurmBackend {

	/**
	 * The job's resources and where the product is.
	 *
	 * @param partition {@code --partition}, or {@code null} for the cluster's default
	 * @param timeLimit {@code --time} per task, e.g. {@code 00:30:00}, or {@code null}
	 * @param cpus {@code --cpus-per-task}, or {@code null}
	 * @param memory {@code --mem}, e.g. {@code 4G}, or {@code null}
	 * @param extraOptions further {@code #SBATCH} options, each e.g. {@code --account=lab}
	 * @param plateau the {@code plateau} command of the product installed where the tasks run
	 */
	public record Options(String partition, String timeLimit, Integer cpus, String memory, List<String> extraOptions,
			Path plateau) {

		public Options {
			extraOptions = extraOptions == null ? List.of() : List.copyOf(extraOptions);
		}
	}

	/** Runs a command and returns its standard output; throws with its standard error when it fails. */
	@FunctionalInterface
	public interface Commands {
		String run(List<String> command) throws IOException;
	}

	/** The longest wait between two looks at the queue. */
	private static final long MAX_POLL_MILLIS = 15_000;

	/** The folder of the job scripts and task logs in a sweep folder. */
	public static final String SLURM_FOLDER = "slurm";

	private final Options options;
	private final Commands commands;

	public SlurmBackend(Options options, Commands commands) {
		this.options = options;
		this.commands = commands;
	}

	/** Runs commands as processes, with the environment of this one (SLURM_CONF included). */
	public static Commands processes() {
		return command -> {
			// standard error goes to a file, so that neither stream can fill up and block the other
			Path errors = Files.createTempFile("plateau-slurm", ".err");
			try {
				Process process = new ProcessBuilder(command).redirectError(errors.toFile()).start();
				String out;
				try (java.io.InputStream in = process.getInputStream()) {
					out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
				}
				if (process.waitFor() != 0) {
					throw new IOException(String.join(" ", command) + " failed: " + Files.readString(errors).strip());
				}
				return out;
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IOException(String.join(" ", command) + " was interrupted", e);
			} finally {
				Files.deleteIfExists(errors);
			}
		};
	}

	/**
	 * Writes the job-array script of some points of a prepared sweep folder.
	 *
	 * @param indices the points to run, e.g. all, or the failed ones to run again
	 * @return the script, {@code slurm/array-<first>-<count>.sh}
	 */
	public Path writeScript(SweepPlan plan, Path folder, List<Integer> indices) throws IOException {
		if (indices.isEmpty()) {
			throw new IllegalArgumentException("no points to run");
		}
		Path slurm = folder.toAbsolutePath().resolve(SLURM_FOLDER);
		Files.createDirectories(slurm.resolve("logs"));
		String name = plan.sweep().getName() == null || plan.sweep().getName().isBlank() ? "sweep"
				: plan.sweep().getName().replaceAll("[^A-Za-z0-9._-]+", "-");
		StringBuilder script = new StringBuilder("#!/bin/bash\n");
		script.append("# Plateau sweep '").append(name).append("': ").append(indices.size()).append(" of ")
				.append(plan.points().size()).append(" points, one array task each (points.csv lists them).\n");
		script.append("#SBATCH --job-name=plateau-").append(name).append('\n');
		script.append("#SBATCH --array=").append(arraySpec(indices)).append('\n');
		// #SBATCH lines are not shell: a path with spaces is quoted for sbatch's own parser
		script.append("#SBATCH --output=\"").append(slurm.resolve("logs")).append("/%A_%a.out\"\n");
		if (options.partition() != null) {
			script.append("#SBATCH --partition=").append(options.partition()).append('\n');
		}
		if (options.timeLimit() != null) {
			script.append("#SBATCH --time=").append(options.timeLimit()).append('\n');
		}
		if (options.cpus() != null) {
			script.append("#SBATCH --cpus-per-task=").append(options.cpus()).append('\n');
		}
		if (options.memory() != null) {
			script.append("#SBATCH --mem=").append(options.memory()).append('\n');
		}
		for (String extra : options.extraOptions()) {
			script.append("#SBATCH ").append(extra).append('\n');
		}
		// one point per task: BLAS threads as many as the task's CPUs (OpenBLAS would otherwise take every core of
		// the node, which the node's other tasks share), unless the user's environment says otherwise
		script.append("export OPENBLAS_NUM_THREADS=\"${OPENBLAS_NUM_THREADS:-${SLURM_CPUS_PER_TASK:-1}}\"\n");
		script.append("exec ").append(quote(options.plateau().toString())).append(" sweep-point ")
				.append(quote(folder.toAbsolutePath().toString())).append(" \"$SLURM_ARRAY_TASK_ID\"\n");
		Path file = slurm.resolve("array-" + indices.get(0) + "-" + indices.size() + ".sh");
		Files.writeString(file, script, StandardCharsets.UTF_8);
		file.toFile().setExecutable(true);
		return file;
	}

	/** {@code 0-10} or {@code 3,7,12-14}. */
	static String arraySpec(List<Integer> indices) {
		List<Integer> sorted = indices.stream().sorted().distinct().toList();
		List<String> parts = new ArrayList<>();
		int start = sorted.get(0);
		int end = start;
		for (int i = 1; i <= sorted.size(); i++) {
			if (i < sorted.size() && sorted.get(i) == end + 1) {
				end = sorted.get(i);
				continue;
			}
			parts.add(start == end ? Integer.toString(start) : start + "-" + end);
			if (i < sorted.size()) {
				start = sorted.get(i);
				end = start;
			}
		}
		return String.join(",", parts);
	}

	private static String quote(String text) {
		return "'" + text.replace("'", "'\\''") + "'";
	}

	/** Submits a script; returns the job id. */
	public String submit(Path script) throws IOException {
		String out = commands.run(List.of("sbatch", "--parsable", script.toString())).strip();
		// --parsable prints "jobid" or "jobid;cluster"
		return out.contains(";") ? out.substring(0, out.indexOf(';')) : out;
	}

	/**
	 * Follows a job until none of its tasks is queued or running; cancels it when the monitor is cancelled.
	 *
	 * @param done how many points have finished, for progress
	 * @param total how many points the job runs
	 * @return {@code false} when the job was cancelled
	 */
	public boolean follow(String jobId, int total, IntSupplier done, IProgressMonitor monitor) throws IOException {
		SubMonitor progress = SubMonitor.convert(monitor, "Slurm job " + jobId, total);
		int reported = 0;
		long pollMillis = 500;
		while (true) {
			if (progress.isCanceled()) {
				cancel(jobId);
				return false;
			}
			String queued;
			try {
				queued = commands.run(List.of("squeue", "-h", "-j", jobId, "-o", "%i %T"));
			} catch (IOException e) {
				if (String.valueOf(e.getMessage()).contains("Invalid job id")) {
					// the job ended long enough ago that the controller forgot it
					queued = "";
				} else {
					throw e;
				}
			}
			int now = Math.min(total, done.getAsInt());
			if (now > reported) {
				progress.worked(now - reported);
				reported = now;
			}
			if (queued.isBlank()) {
				return true;
			}
			progress.subTask(queued.strip().split("\n").length + " tasks queued or running");
			try {
				Thread.sleep(pollMillis);
				// poll a busy controller gently: from half a second, doubling to 15 s
				pollMillis = Math.min(MAX_POLL_MILLIS, pollMillis * 2);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				cancel(jobId);
				return false;
			}
		}
	}

	/** Cancels a job and all its tasks. */
	public void cancel(String jobId) throws IOException {
		commands.run(List.of("scancel", jobId));
	}
}
