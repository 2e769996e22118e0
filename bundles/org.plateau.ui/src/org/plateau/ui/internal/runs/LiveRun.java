package org.plateau.ui.internal.runs;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import org.ejml.data.DMatrixRMaj;
import org.plateau.core.family.NetworkDiagram;
import org.plateau.core.family.SimulationOutcome;
import org.plateau.core.results.MatrixSnapshots;
import org.plateau.core.results.ResultsTable;
import org.plateau.core.run.ExperimentRunner;
import org.plateau.core.run.PreparedRun;
import org.plateau.core.run.RunListener;
import org.plateau.core.run.RunResult;
import org.plateau.core.run.TheoryResult;
import org.plateau.model.Experiment;

/**
 * A run training now, as the workbench follows it: the listener of its {@link RunJob} on the job's thread, and a
 * {@link RunSource} whose snapshots the Plots view takes on the UI thread (a copy of what was recorded so far, with
 * the theory evaluated ahead at every step the run will record).
 */
public final class LiveRun implements RunSource, RunListener {

	private final Experiment experiment;
	private final Path experimentFile;
	private final Path folder;
	private final AtomicLong version = new AtomicLong(1);
	private final Object lock = new Object();
	private volatile RunResult plan;
	private ResultsTable table;
	private final MatrixSnapshots snapshots = new MatrixSnapshots();
	private volatile RunResult ended;
	private volatile String failure;
	private volatile LiveState networkState;
	/** The network's states by record step, for the time scrubber (at most {@link #MAX_STATES}, thinned evenly). */
	private final TreeMap<Long, NetworkDiagram.State> states = new TreeMap<>();
	private static final int MAX_STATES = 4096;
	private RunResult cached;
	private long cachedVersion;

	/** The theory evaluated ahead one prediction at a time by a preview, which asks the runner for none. */
	private final List<TheoryResult> ahead = new CopyOnWriteArrayList<>();
	private final boolean preview;

	LiveRun(Experiment experiment, Path experimentFile, Path folder) {
		this(experiment, experimentFile, folder, false);
	}

	private LiveRun(Experiment experiment, Path experimentFile, Path folder, boolean preview) {
		this.experiment = experiment;
		this.experimentFile = experimentFile;
		this.folder = folder;
		this.preview = preview;
	}

	/**
	 * A preview of a prepared experiment ({@link RunManager#startPreview}): not saved; its theory is given one
	 * prediction at a time ({@link #theoryAhead}) before it trains, so that a closed form is drawn without waiting for an
	 * ODE.
	 */
	static LiveRun preview(PreparedRun prepared) {
		LiveRun run = new LiveRun(prepared.experiment(), null, null, true);
		List<String> columns = prepared.prepared().metrics().stream().map(m -> m.id()).toList();
		run.table = ResultsTable.bounded(columns, ExperimentRunner.RECORDS_KEPT);
		run.plan = new RunResult(prepared.experiment(), prepared.family(), java.time.Instant.now(), 0,
				new SimulationOutcome(SimulationOutcome.Status.RUNNING, 0, ""), prepared.prepared().metrics(),
				prepared.prepared().matrices(), new ResultsTable(columns), new MatrixSnapshots(), List.of(),
				prepared.prepared().plots(), List.of());
		return run;
	}

	/** The theory of a prediction ahead of the run; a later result of the same prediction (more steps) replaces it. */
	void theoryAhead(TheoryResult theory) {
		synchronized (lock) {
			for (int i = 0; i < ahead.size(); i++) {
				if (ahead.get(i).prediction().id().equals(theory.prediction().id())) {
					ahead.set(i, theory);
					version.incrementAndGet();
					return;
				}
			}
			ahead.add(theory);
		}
		version.incrementAndGet();
	}

	@Override
	public boolean wantsTheoryAhead() {
		// a preview evaluates its theory itself, one prediction at a time
		return !preview;
	}

	/** The experiment run (a copy taken when the run was started: later edits do not change it). */
	public Experiment experiment() {
		return experiment;
	}

	/** The experiment's file, if it was started from one. */
	public Optional<Path> experimentFile() {
		return Optional.ofNullable(experimentFile);
	}

	/** Its results folder; none for a preview, which is not saved ({@link RunManager#startPreview}). */
	@Override
	public Optional<Path> folder() {
		return Optional.ofNullable(folder);
	}

	@Override
	public String label() {
		RunResult current = plan;
		return current == null ? experiment.getName() + " (starting)" : StoredRun.label(current);
	}

	@Override
	public long version() {
		return version.get();
	}

	@Override
	public boolean isLive() {
		return ended == null && failure == null;
	}

	/** The result when the run has ended, otherwise {@code null}. */
	public RunResult result() {
		return ended;
	}

	/** Why the run could not start or failed outside the family's code, or {@code null}. */
	public String failure() {
		return failure;
	}

	/** The fraction of the training steps done, 0 to 1. */
	public double progress() {
		long total = experiment.getTraining() == null ? 0 : experiment.getTraining().getSteps();
		if (ended != null) {
			return total <= 0 ? 1 : Math.min(1, (double) ended.outcome().stepsCompleted() / total);
		}
		synchronized (lock) {
			if (table == null || table.size() == 0 || total <= 0) {
				return 0;
			}
			return Math.min(1, (double) table.step(table.size() - 1) / total);
		}
	}

	@Override
	public void started(RunResult planned) {
		synchronized (lock) {
			table = ResultsTable.bounded(planned.simulation().columns(), ExperimentRunner.RECORDS_KEPT);
		}
		plan = planned;
		version.incrementAndGet();
	}

	@Override
	public void recorded(long step, double[] values) {
		synchronized (lock) {
			table.add(step, values);
		}
		version.incrementAndGet();
	}

	@Override
	public void snapshot(String name, long step, DMatrixRMaj matrix) {
		synchronized (lock) {
			snapshots.put(name, step, matrix);
		}
		version.incrementAndGet();
	}

	@Override
	public boolean wantsNetworkState() {
		return true;
	}

	@Override
	public void networkState(long step, NetworkDiagram.State state) {
		networkState = new LiveState(step, state);
		synchronized (lock) {
			states.put(step, state);
			if (states.size() > MAX_STATES) {
				// every other one goes: the history keeps its span at half the resolution
				boolean drop = false;
				for (var entries = states.entrySet().iterator(); entries.hasNext();) {
					entries.next();
					if (drop && entries.hasNext()) {
						entries.remove();
					}
					drop = !drop;
				}
			}
		}
		version.incrementAndGet();
	}

	/** The network's state at the latest record, for the architecture page's live diagram; empty before the first. */
	public Optional<LiveState> networkState() {
		return Optional.ofNullable(networkState);
	}

	/** The network's state at the latest record at or before a step (the time scrubber's), if one was kept. */
	public Optional<LiveState> networkState(long atOrBefore) {
		synchronized (lock) {
			Map.Entry<Long, NetworkDiagram.State> entry = states.floorEntry(atOrBefore);
			return entry == null ? Optional.empty() : Optional.of(new LiveState(entry.getKey(), entry.getValue()));
		}
	}

	/** The network's state at a record step. */
	public record LiveState(long step, NetworkDiagram.State state) {
	}

	void ended(RunResult result) {
		ended = result;
		version.incrementAndGet();
	}

	void failed(String message) {
		failure = message;
		version.incrementAndGet();
	}

	@Override
	public RunResult snapshot() {
		RunResult done = ended;
		if (done != null) {
			return done;
		}
		RunResult planned = plan;
		if (planned == null) {
			return null;
		}
		synchronized (lock) {
			long now = version.get();
			if (cached != null && cachedVersion == now) {
				return cached;
			}
			ResultsTable copy = table.copy();
			MatrixSnapshots matrices = new MatrixSnapshots();
			for (String name : snapshots.names()) {
				for (Map.Entry<Long, DMatrixRMaj> entry : snapshots.of(name).entrySet()) {
					matrices.put(name, entry.getKey(), entry.getValue());
				}
			}
			long last = copy.size() == 0 ? 0 : copy.step(copy.size() - 1);
			List<TheoryResult> theory = planned.theory().isEmpty() ? List.copyOf(ahead) : planned.theory();
			cached = new RunResult(planned.experiment(), planned.family(), planned.started(), 0,
					new SimulationOutcome(SimulationOutcome.Status.RUNNING, last, ""), planned.metrics(),
					planned.matrices(), copy, matrices, theory, planned.plots(), planned.warnings());
			cachedVersion = now;
			return cached;
		}
	}
}
