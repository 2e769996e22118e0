package org.plateau.core.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plateau.core.family.SimulationOutcome;
import org.plateau.core.registry.FamilyRegistry;
import org.plateau.core.run.ExperimentRunner;
import org.plateau.core.run.RunListener;
import org.plateau.core.run.RunResult;
import org.plateau.core.testkit.FakeFamily;
import org.plateau.model.Experiment;

import com.google.gson.JsonParser;

/**
 * Issue 13, points 2-4, with the kit's fake family: records streamed to disk as they come (a run stopped at any
 * record leaves them all, and its folder says it was interrupted), every other file written whole or not at all (a
 * full disk injected as the error the operating system gives), and one writer per folder (a lock with a stale-lock
 * rule).
 */
class NothingLostTest {

	private final FamilyRegistry registry = FamilyRegistry.of(new FakeFamily());

	@TempDir
	Path temp;

	/** A run whose process dies at step 100: the listener stops calling into the writer, as kill -9 would. */
	private Path killedAt(long killStep) throws Exception {
		Path run = temp.resolve("killed");
		RunFolderWriter writer = RunFolderWriter.open(run);
		List<Long> seen = new ArrayList<>();
		new ExperimentRunner(registry).run(FakeFamily.experiment("relax", 2.0), new NullProgressMonitor(),
				new RunListener() {
					@Override
					public boolean wantsTheoryAhead() {
						return false;
					}

					@Override
					public void started(RunResult plan) {
						writer.started(plan);
					}

					@Override
					public void recorded(long step, double[] values) {
						if (step <= killStep) {
							writer.recorded(step, values);
							seen.add(step);
						}
					}
				});
		// the process is gone: its lock stays behind with a process id that no longer runs
		Files.writeString(run.resolve(FolderLock.FILE_NAME), "host=" + FolderLock.host() + "\npid=" + deadPid()
				+ "\nstarted=" + Instant.now() + "\npurpose=run\n");
		assertEquals(killStep / 5 + 1, seen.size());
		return run;
	}

	private static long deadPid() throws Exception {
		Process process = new ProcessBuilder("true").start();
		process.waitFor();
		return process.pid();
	}

	@Test
	void aRunKilledMidwayLeavesEveryRecordUpToTheKillAndSaysItWasInterrupted() throws Exception {
		Path run = killedAt(100);
		List<String> lines = Files.readAllLines(run.resolve(ResultsWriter.METRICS_FILE));
		assertEquals("step,loss,w", lines.get(0));
		assertEquals(22, lines.size(), "the header and the 21 records of steps 0..100: nothing lost but the kill step's");
		assertEquals("RUNNING", JsonParser.parseString(Files.readString(run.resolve(ResultsWriter.MANIFEST_FILE)))
				.getAsJsonObject().get("status").getAsString(), "the manifest written when the run started");
		assertTrue(ResultsReader.isInterrupted(run));
		RunResult read = ResultsReader.read(run, registry);
		assertEquals(SimulationOutcome.Status.FAILED, read.outcome().status());
		assertTrue(read.outcome().message().startsWith("interrupted"), read.outcome().message());
		assertEquals(100, read.outcome().stepsCompleted(), "as far as its records go");
		assertEquals(21, read.simulation().size());
	}

	@Test
	void aTornLastLineIsDroppedAndSaidSo() throws Exception {
		Path run = killedAt(50);
		Path csv = run.resolve(ResultsWriter.METRICS_FILE);
		// a kill in the middle of writing a record: "55,0.12" of "55,0.1234,1.9\r\n"
		Files.writeString(csv, Files.readString(csv) + "55,0.12");
		RunResult read = ResultsReader.read(run, registry);
		assertEquals(11, read.simulation().size(), "steps 0..50; the torn 55 is dropped, not read as 0.12");
		assertEquals(50, read.simulation().step(read.simulation().size() - 1));
		assertTrue(read.warnings().stream().anyMatch(w -> w.contains("cut short")), read.warnings().toString());
	}

	@Test
	void aFinishedRunIsCompleteAndReleasesItsFolder() throws Exception {
		Path run = temp.resolve("done");
		try (RunFolderWriter writer = RunFolderWriter.open(run)) {
			assertTrue(Files.exists(run.resolve(FolderLock.FILE_NAME)), "locked while it writes");
			RunResult result = new ExperimentRunner(registry).run(FakeFamily.experiment("relax", 2.0),
					new NullProgressMonitor(), writer);
			writer.finish(result, new ResultsPublisher(List.of()), false);
		}
		assertFalse(Files.exists(run.resolve(FolderLock.FILE_NAME)), "released");
		assertFalse(ResultsReader.isInterrupted(run));
		assertEquals(SimulationOutcome.Status.COMPLETED, ResultsReader.read(run, registry).outcome().status());
		assertEquals(42, Files.readAllLines(run.resolve(ResultsWriter.METRICS_FILE)).size(), "header + 41 records");
		try (Stream<Path> files = Files.list(run)) {
			assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no temporary file left");
		}
	}

	@Test
	void aFullDiskLeavesThePreviousFileWholeAndNoTemporaryOne() throws Exception {
		Path manifest = temp.resolve("manifest.json");
		Files.writeString(manifest, "{\"status\": \"COMPLETED\"}");
		IOException e = assertThrows(IOException.class, () -> AtomicFiles.writeText(manifest, out -> {
			out.write("{\"status\": \"COMPL");
			out.flush();
			// what the operating system says when the disk fills up during the write (ENOSPC)
			throw new IOException("No space left on device");
		}));
		assertTrue(e.getMessage().contains(manifest.toString()) && e.getMessage().contains("the disk is full"),
				e.getMessage());
		assertEquals("{\"status\": \"COMPLETED\"}", Files.readString(manifest), "the previous file, whole");
		try (Stream<Path> files = Files.list(temp)) {
			assertEquals(List.of(manifest), files.toList(), "no temporary file left");
		}
	}

	@Test
	void aFullDiskWhileStreamingStopsTheRunWithAClearMessageAndKeepsTheRecords() throws Exception {
		Path run = temp.resolve("full");
		AtomicInteger records = new AtomicInteger();
		try (RunFolderWriter writer = RunFolderWriter.open(run)) {
			RunResult result = new ExperimentRunner(registry).run(FakeFamily.experiment("relax", 2.0),
					new NullProgressMonitor(), new RunListener() {
						@Override
						public void started(RunResult plan) {
							writer.started(plan);
						}

						@Override
						public void recorded(long step, double[] values) {
							if (records.incrementAndGet() > 10) {
								// the disk fills up at the 11th record: the writer's own failure, as it reports it
								throw new java.io.UncheckedIOException(AtomicFiles.failure(
										run.resolve(ResultsWriter.METRICS_FILE), new IOException("No space left on device")));
							}
							writer.recorded(step, values);
						}
					});
			assertEquals(SimulationOutcome.Status.FAILED, result.outcome().status());
			assertTrue(result.outcome().message().contains("the disk is full")
					&& result.outcome().message().contains("metrics.csv")
					&& !result.outcome().message().contains("Exception"), result.outcome().message());
		}
		assertEquals(11, Files.readAllLines(run.resolve(ResultsWriter.METRICS_FILE)).size(), "header + 10 records kept");
	}

	@Test
	void aHeapThatRunsOutMidRunEndsItAsFailedWithItsRecordsAndAFinalManifest() throws Exception {
		// a family whose step exhausts the heap at step 51, as a network larger than its estimate would
		FakeFamily exhausting = new FakeFamily() {
			@Override
			protected org.plateau.core.family.Trainer trainer(double target, double eta, double w0, long seed) {
				return new RelaxingTrainer(target, eta, w0) {
					private int steps;

					@Override
					public boolean step() {
						if (++steps > 50) {
							throw new OutOfMemoryError("Java heap space");
						}
						return super.step();
					}
				};
			}
		};
		Path run = temp.resolve("exhausted");
		RunResult result;
		try (RunFolderWriter writer = RunFolderWriter.open(run)) {
			result = new ExperimentRunner(FamilyRegistry.of(exhausting)).run(FakeFamily.experiment("relax", 2.0),
					new NullProgressMonitor(), writer);
			writer.finish(result, new ResultsPublisher(List.of()), false);
		}
		assertEquals(SimulationOutcome.Status.FAILED, result.outcome().status());
		assertTrue(result.outcome().message().contains("ran out of memory") && result.outcome().message().contains("-Xmx"),
				result.outcome().message());
		assertEquals(12, Files.readAllLines(run.resolve(ResultsWriter.METRICS_FILE)).size(), "header + steps 0..50");
		assertEquals("FAILED", JsonParser.parseString(Files.readString(run.resolve(ResultsWriter.MANIFEST_FILE)))
				.getAsJsonObject().get("status").getAsString());
		assertFalse(ResultsReader.isInterrupted(run), "ended, not killed");
	}

	@Test
	void aSecondWriterIsRefusedNamingTheFirst() throws Exception {
		Path run = temp.resolve("shared");
		try (FolderLock first = FolderLock.acquire(run, "run")) {
			FolderLock.FolderInUseException e = assertThrows(FolderLock.FolderInUseException.class,
					() -> RunFolderWriter.open(run));
			assertTrue(e.getMessage().contains("in use by process " + ProcessHandle.current().pid()), e.getMessage());
			assertTrue(FolderLock.isHeld(run));
		}
		assertFalse(FolderLock.isHeld(run));
		RunFolderWriter.open(run).close();
	}

	@Test
	void aWriterThatNeverHeldItsFolderWritesNothingIntoIt() throws Exception {
		Path run = temp.resolve("held");
		try (FolderLock first = FolderLock.acquire(run, "run")) {
			// the workbench's way: the writer locks when the run starts, and the folder is held by another
			RunFolderWriter writer = new RunFolderWriter(run);
			RunResult result = new ExperimentRunner(registry).run(FakeFamily.experiment("relax", 2.0),
					new NullProgressMonitor(), writer);
			assertEquals(SimulationOutcome.Status.FAILED, result.outcome().status());
			assertTrue(result.outcome().message().contains("in use"), result.outcome().message());
			assertThrows(IOException.class, () -> writer.finish(result, new ResultsPublisher(List.of()), false));
			try (Stream<Path> files = Files.list(run)) {
				assertEquals(List.of(run.resolve(FolderLock.FILE_NAME)), files.toList(), "the holder's folder untouched");
			}
		}
	}

	@Test
	void ofTwoWritersStartingAtOnceExactlyOneGetsTheFolder() throws Exception {
		Path run = temp.resolve("race");
		int writers = 8;
		CyclicBarrier start = new CyclicBarrier(writers);
		CountDownLatch done = new CountDownLatch(writers);
		AtomicInteger won = new AtomicInteger();
		AtomicInteger refused = new AtomicInteger();
		List<FolderLock> held = new ArrayList<>();
		for (int i = 0; i < writers; i++) {
			Thread.ofPlatform().start(() -> {
				try {
					start.await();
					FolderLock lock = FolderLock.acquire(run, "run");
					synchronized (held) {
						held.add(lock);
					}
					won.incrementAndGet();
				} catch (FolderLock.FolderInUseException e) {
					refused.incrementAndGet();
				} catch (Exception e) {
					throw new AssertionError(e);
				} finally {
					done.countDown();
				}
			});
		}
		done.await();
		assertEquals(1, won.get());
		assertEquals(writers - 1, refused.get());
		held.forEach(FolderLock::close);
	}

	@Test
	void aStaleLockIsBrokenWithAWarningAndALiveOneOfAnotherHostIsNot() throws Exception {
		Path run = temp.resolve("stale");
		Files.createDirectories(run);
		Path lock = run.resolve(FolderLock.FILE_NAME);
		// this host, a process that is gone: stale at once
		Files.writeString(lock, "host=" + FolderLock.host() + "\npid=" + deadPid() + "\nstarted=" + Instant.now() + "\n");
		try (FolderLock taken = FolderLock.acquire(run, "run")) {
			assertTrue(taken.brokenStaleLock().orElseThrow().contains("stale lock"), taken.brokenStaleLock().toString());
		}
		// another host (a cluster's node on NFS), touched a minute ago: in use
		Files.writeString(lock, "host=node-17.cluster\npid=4242\nstarted=" + Instant.now() + "\n");
		Files.setLastModifiedTime(lock, FileTime.from(Instant.now().minusSeconds(60)));
		FolderLock.FolderInUseException e = assertThrows(FolderLock.FolderInUseException.class,
				() -> FolderLock.acquire(run, "run"));
		assertTrue(e.getMessage().contains("process 4242 on node-17.cluster"), e.getMessage());
		// not touched for longer than the stale time: its writer is gone
		Files.setLastModifiedTime(lock, FileTime.from(Instant.now().minus(FolderLock.STALE_AFTER).minusSeconds(60)));
		try (FolderLock taken = FolderLock.acquire(run, "run")) {
			assertTrue(taken.brokenStaleLock().isPresent());
		}
	}

	@Test
	void aLongRunKeepsBoundedMemoryWhileTheCsvKeepsEveryRecord() throws Exception {
		Experiment experiment = FakeFamily.experiment("relax", 2.0);
		experiment.getTraining().setSteps(3 * ExperimentRunner.RECORDS_KEPT + 7);
		experiment.getTraining().setRecordInterval(1);
		Path run = temp.resolve("long");
		RunResult result;
		try (RunFolderWriter writer = RunFolderWriter.open(run)) {
			result = new ExperimentRunner(registry).run(experiment, new NullProgressMonitor(), writer);
			writer.finish(result, new ResultsPublisher(List.of()), false);
		}
		long records = 3L * ExperimentRunner.RECORDS_KEPT + 8;
		assertTrue(result.simulation().size() <= ExperimentRunner.RECORDS_KEPT + 1, "bounded in memory");
		assertEquals(experiment.getTraining().getSteps(), result.simulation().step(result.simulation().size() - 1),
				"the last record is kept");
		try (Stream<String> lines = Files.lines(run.resolve(ResultsWriter.METRICS_FILE))) {
			assertEquals(records + 1, lines.count(), "every record on disk");
		}
		assertTrue(result.warnings().stream().anyMatch(w -> w.contains("metrics.csv holds all of them")),
				result.warnings().toString());
	}
}
