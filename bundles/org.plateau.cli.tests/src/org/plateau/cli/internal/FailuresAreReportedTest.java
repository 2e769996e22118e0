package org.plateau.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plateau.core.family.ExampleExperiment;
import org.plateau.core.family.ModelFamily;
import org.plateau.core.registry.FamilyRegistry;
import org.plateau.core.results.FolderLock;
import org.plateau.core.testkit.ThrowingFamily;

/**
 * Issue 13 from the command line: an {@link Error} ends with a message and exit code 4, never 0 in silence; a
 * results folder held by another writer, not writable, or holding an interrupted run is refused before anything
 * runs; default folders are claimed atomically; sizes beyond the heap are refused naming the field; every
 * subcommand has its --help; validate takes sweeps.
 */
class FailuresAreReportedTest {

	@TempDir
	Path temp;

	private PlateauServices services;
	private FamilyRegistry registry;
	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@BeforeEach
	void findServices() throws InterruptedException {
		services = PlateauServices.find(1);
		registry = services.registry;
	}

	@AfterEach
	void close() {
		services.close();
	}

	private int plateau(FamilyRegistry families, String... args) {
		out.reset();
		err.reset();
		CliContext context = new CliContext(families, List.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), false, monitor -> CancelOnInterrupt.none());
		return PlateauCommand.execute(context, args);
	}

	private int plateau(String... args) {
		return plateau(registry, args);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	/** The deep linear family's semantic-development example, as a file in the test's folder. */
	private Path example(String fileName) throws Exception {
		for (ModelFamily family : registry.families()) {
			for (ExampleExperiment example : family.examples()) {
				if (example.fileName().equals(fileName)) {
					Path file = temp.resolve(fileName);
					try (InputStream in = example.location().openStream()) {
						Files.copy(in, file);
					}
					return file;
				}
			}
		}
		throw new AssertionError("no example " + fileName);
	}

	@Test
	void anOutOfMemoryErrorEndsWithExitCode4AndOneLineNotZeroInSilence() throws Exception {
		Path experiment = example("semantic-development.plateau");
		FamilyRegistry exhausted = FamilyRegistry.of(new ThrowingFamily("a.exhausted",
				() -> new OutOfMemoryError("Java heap space"), ThrowingFamily.Call.HANDLES));
		assertEquals(4, plateau(exhausted, "run", experiment.toString(), "--out", temp.resolve("out").toString()));
		String message = err().strip();
		assertTrue(message.startsWith("plateau: out of memory") && message.contains("PLATEAU_VM_ARGS=-Xmx"), message);
		assertEquals(1, message.lines().count(), "one line: " + message);
		assertFalse(message.contains("\tat ") || message.contains("java.lang"), message);
	}

	@Test
	void aBundledExampleIsFoundWithoutAskingEveryFamilyForItsExamples() throws Exception {
		ModelFamily deepLinear = registry.families().stream()
				.filter(family -> family.id().equals("org.plateau.family.deeplinear")).findFirst().orElseThrow();
		// asked first, it would fail and be named in a warning
		FamilyRegistry families = FamilyRegistry.of(new ThrowingFamily("a.throwing",
				() -> new IllegalStateException("examples were read"), ThrowingFamily.Call.EXAMPLES), deepLinear);
		assertEquals(0, plateau(families, "run", "examples/semantic-development.plateau", "--steps", "10", "--no-figures",
				"--out", temp.resolve("out").toString()), err());
		assertFalse(err().contains("examples were read"), err());
		// a name no bundle has: now every family is asked, and the one that fails is named
		assertEquals(1, plateau(families, "run", "examples/none.plateau", "--out", temp.resolve("none").toString()));
		assertTrue(err().contains("examples were read") && err().contains("no installed model family ships"), err());
	}

	@Test
	void aFolderInUseByAnotherWriterIsRefusedEvenWithForce() throws Exception {
		Path experiment = example("semantic-development.plateau");
		Path folder = temp.resolve("shared");
		try (FolderLock first = FolderLock.acquire(folder, "run")) {
			assertEquals(1, plateau("run", experiment.toString(), "--out", folder.toString(), "--force", "--no-figures"));
			assertTrue(err().contains("is in use by process " + ProcessHandle.current().pid()), err());
			assertFalse(Files.exists(folder.resolve("metrics.csv")), "the second writer wrote nothing");
		}
	}

	@Test
	void aFolderHoldingAnInterruptedRunIsNamedSo() throws Exception {
		Path experiment = example("semantic-development.plateau");
		Path folder = temp.resolve("killed");
		assertEquals(0, plateau("run", experiment.toString(), "--out", folder.toString(), "--no-figures"), err());
		// what kill -9 leaves: the manifest of a run still running, and the lock of a process that is gone
		Path manifest = folder.resolve("manifest.json");
		Files.writeString(manifest, Files.readString(manifest).replace("\"COMPLETED\"", "\"RUNNING\""));
		Process gone = new ProcessBuilder("true").start();
		gone.waitFor();
		String host = Files.readString(Path.of("/proc/sys/kernel/hostname")).strip();
		Files.writeString(folder.resolve(FolderLock.FILE_NAME), "host=" + host + "\npid=" + gone.pid() + "\nstarted="
				+ Instant.now() + "\n");
		assertEquals(1, plateau("run", experiment.toString(), "--out", folder.toString(), "--no-figures"));
		assertTrue(err().contains("holds an interrupted run") && err().contains("--force"), err());
		assertEquals(0, plateau("run", experiment.toString(), "--out", folder.toString(), "--no-figures", "--force"),
				err());
		assertTrue(err().contains("stale lock"), "the lock of the process that is gone is broken, and said so: " + err());
		assertFalse(Files.exists(folder.resolve(FolderLock.FILE_NAME)));
	}

	@Test
	void aResultsFolderThatCannotBeWrittenIsFoundBeforeTheRun() throws Exception {
		Path experiment = example("semantic-development.plateau");
		Path file = Files.writeString(temp.resolve("a-file"), "not a folder");
		long start = System.nanoTime();
		assertEquals(1, plateau("run", experiment.toString(), "--out", file.resolve("run").toString()));
		assertTrue(err().contains("cannot write results") && err().contains(file.toString()), err());
		assertFalse(out.toString(StandardCharsets.UTF_8).contains("Completed"), "nothing ran");
		assertTrue(System.nanoTime() - start < 10_000_000_000L);
	}

	@Test
	void defaultFoldersOfRunsStartedInTheSameSecondDiffer() throws Exception {
		Path parent = temp.resolve("plateau-runs");
		Path first = PlateauCommand.defaultFolder(parent.toString(), "same", "experiment");
		Path second = PlateauCommand.defaultFolder(parent.toString(), "same", "experiment");
		assertNotEquals(first, second);
		assertTrue(Files.isDirectory(first) && Files.isDirectory(second), "each claimed when it is named");
	}

	@Test
	void aNetworkTooLargeForTheHeapIsRefusedNamingTheFieldAndHowToGiveMore() throws Exception {
		Path experiment = example("semantic-development.plateau");
		Files.writeString(experiment, Files.readString(experiment).replace("hiddenWidth=\"16\"", "hiddenWidth=\"200000000\""));
		Path folder = temp.resolve("huge");
		assertEquals(1, plateau("run", experiment.toString(), "--out", folder.toString()));
		assertTrue(err().contains("hidden width 200000000") && err().contains("GiB") && err().contains("this process has")
				&& err().contains("PLATEAU_VM_ARGS=-Xmx"), err());
		assertFalse(Files.exists(folder), "refused before a folder is made");
		assertEquals(1, plateau("validate", experiment.toString()), "validate refuses what run refuses");
		assertTrue(err().contains("hidden width 200000000"), err());
	}

	@Test
	void everySubcommandHasItsHelp() {
		for (String command : List.of("run", "sweep", "validate", "examples", "sweep-point")) {
			assertEquals(0, plateau(command, "--help"), command + ": " + err());
			assertTrue(out.toString(StandardCharsets.UTF_8).contains("Usage: plateau " + command), command);
		}
	}

	@Test
	void theUsageListsEveryCommandAndAMistypedOneIsNamed() {
		// only the command the first argument names is built: help and mistakes still see them all
		for (String[] args : List.of(new String[] {}, new String[] { "--help" })) {
			assertEquals(0, plateau(args), err());
			String usage = out.toString(StandardCharsets.UTF_8);
			for (String command : List.of("run", "sweep", "sweep-point", "validate", "examples", "new-family",
					"new-distribution", "install", "uninstall", "update", "families")) {
				assertTrue(usage.contains("\n  " + command + " "), command + " in " + usage);
			}
			assertFalse(usage.contains("sync-runner"), usage);
		}
		assertEquals(2, plateau("runn", "examples/semantic-development.plateau"));
		assertTrue(err().contains("'runn'") && err().contains("Did you mean: plateau run"), err());
	}

	@Test
	void validateTakesASweepAndChecksItsPoints() {
		assertEquals(0, plateau("validate", "examples/generalization-alpha.sweep"), err());
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("valid (33 points)"), out.toString(StandardCharsets.UTF_8));
	}
}
