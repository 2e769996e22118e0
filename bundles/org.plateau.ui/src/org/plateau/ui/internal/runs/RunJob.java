package org.plateau.ui.internal.runs;

import java.io.IOException;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.plateau.core.family.ExperimentException;
import org.plateau.core.family.NetworkDiagram;
import org.plateau.core.family.SimulationOutcome;
import org.plateau.core.figures.FigureRenderer;
import org.plateau.core.registry.FamilyRegistry;
import org.plateau.core.results.ResultsPublisher;
import org.plateau.core.results.RunFolderWriter;
import org.plateau.core.run.ExperimentRunner;
import org.plateau.core.run.PreparedRun;
import org.plateau.core.run.RunListener;
import org.plateau.core.run.RunResult;
import org.plateau.model.Experiment;
import org.plateau.ui.internal.prefs.PlateauPreferences;

/**
 * Trains one experiment in the background: the run engine with the live view and the results folder as listeners,
 * then the results, theory and figures published into the folder. Progress shows in the Progress view and the status
 * line; cancelling keeps what was computed. The job does not depend on any editor: closing the editor leaves it going.
 */
final class RunJob extends Job {

	private final LiveRun run;
	private final PreparedRun prepared;
	private final FamilyRegistry registry;
	private final List<FigureRenderer> renderers;
	private final Runnable onEnd;

	RunJob(LiveRun run, PreparedRun prepared, FamilyRegistry registry, List<FigureRenderer> renderers, Runnable onEnd) {
		super("Run " + run.experiment().getName());
		this.run = run;
		this.prepared = prepared;
		this.registry = registry;
		this.renderers = renderers;
		this.onEnd = onEnd;
		setPriority(LONG);
		setUser(false);
	}

	LiveRun liveRun() {
		return run;
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == RunManager.JOB_FAMILY || family == run;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		Experiment experiment = run.experiment();
		RunFolderWriter writer = new RunFolderWriter(run.folder().orElseThrow());
		try {
			RunResult result = new ExperimentRunner(registry).run(prepared, monitor, new RunListener() {
				@Override
				public void started(RunResult plan) {
					writer.started(plan);
					run.started(plan);
				}

				@Override
				public void recorded(long step, double[] values) {
					writer.recorded(step, values);
					run.recorded(step, values);
				}

				@Override
				public void snapshot(String name, long step, org.ejml.data.DMatrixRMaj matrix) {
					writer.snapshot(name, step, matrix);
					run.snapshot(name, step, matrix);
				}

				@Override
				public boolean wantsNetworkState() {
					return true;
				}

				@Override
				public void networkState(long step, NetworkDiagram.State state) {
					run.networkState(step, state);
				}
			});
			monitor.subTask("Writing results and figures to " + writer.folder());
			ResultsPublisher publisher = new ResultsPublisher(renderers);
			writer.finish(result, publisher, true);
			publisher.problems().forEach(problem -> Platform.getLog(RunJob.class).warn(experiment.getName() + ": " + problem));
			run.ended(result);
			SimulationOutcome outcome = result.outcome();
			return switch (outcome.status()) {
			case COMPLETED -> Status.OK_STATUS;
			case CANCELLED -> Status.CANCEL_STATUS;
			// a divergence is the experiment's, not a fault: reported in the Plots view and the navigator
			case DIVERGED, RUNNING -> new Status(IStatus.WARNING, PlateauPreferences.NODE,
					experiment.getName() + ": " + outcome.message() + " (partial results in " + writer.folder() + ")");
			// the family's code failed, or memory ran out: an error, with what was recorded kept
			case FAILED -> new Status(IStatus.ERROR, PlateauPreferences.NODE,
					experiment.getName() + ": " + outcome.message() + " (partial results in " + writer.folder() + ")");
			};
		} catch (ExperimentException e) {
			run.failed(e.getMessage());
			return new Status(IStatus.ERROR, PlateauPreferences.NODE, e.getMessage());
		} catch (IOException | RuntimeException e) {
			run.failed(e.getMessage());
			return new Status(IStatus.ERROR, PlateauPreferences.NODE,
					"The run of " + experiment.getName() + " could not save its results in " + writer.folder() + ": "
							+ e.getMessage(), e);
		} catch (OutOfMemoryError e) {
			// the run's network is unreachable now: the workbench goes on, the run ends with what it wrote
			String message = OutOfMemory.message("The run of experiment '" + experiment.getName() + "'")
					+ " Its records so far are in " + writer.folder() + ".";
			run.failed(message);
			return new Status(IStatus.ERROR, PlateauPreferences.NODE, message);
		} finally {
			try {
				writer.close();
			} catch (IOException e) {
				// the folder keeps what was written
			}
			onEnd.run();
		}
	}
}
