package org.plateau.ui.internal.runs;

import java.io.IOException;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.plateau.core.family.ExperimentException;
import org.plateau.core.figures.FigureRenderer;
import org.plateau.core.registry.FamilyRegistry;
import org.plateau.core.sweep.SweepRunner;
import org.plateau.core.sweep.SweepSummary;
import org.plateau.ui.internal.prefs.PlateauPreferences;

/**
 * Runs a sweep in the background with the local executor: its points on as many threads as the preferences let runs
 * train at once, progress over the points in the Progress view (a sub-task per point as it ends), then the summary
 * table and figures. Cancelling stops the points at their next step; what they computed is kept, and running the
 * sweep again resumes it.
 */
final class SweepJob extends Job {

	private final LiveSweep sweep;
	private final FamilyRegistry registry;
	private final List<FigureRenderer> renderers;
	private final int parallelism;
	private final Runnable onEnd;

	SweepJob(LiveSweep sweep, FamilyRegistry registry, List<FigureRenderer> renderers, int parallelism, Runnable onEnd) {
		super("Sweep " + sweep.plan().sweep().getName());
		this.sweep = sweep;
		this.registry = registry;
		this.renderers = renderers;
		this.parallelism = parallelism;
		this.onEnd = onEnd;
		setPriority(LONG);
		setUser(false);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == RunManager.JOB_FAMILY || family == sweep;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		String name = sweep.plan().sweep().getName();
		try {
			SweepRunner.Result result = new SweepRunner(registry, renderers).run(sweep.plan(), sweep.folder(),
					new SweepRunner.Options(parallelism, true, false), monitor);
			sweep.ended(result);
			if (result.cancelled()) {
				return Status.CANCEL_STATUS;
			}
			List<SweepSummary.Row> unfinished = result.summary().unfinished();
			if (!unfinished.isEmpty()) {
				// a point that fails is the experiment's, not a fault: listed in the Sweep Summary view
				return new Status(IStatus.WARNING, PlateauPreferences.NODE, name + ": " + unfinished.size() + " of "
						+ result.summary().rows().size() + " points did not complete; first: point "
						+ unfinished.get(0).point().id() + ": " + unfinished.get(0).message());
			}
			return Status.OK_STATUS;
		} catch (ExperimentException e) {
			sweep.failed(e.getMessage());
			return new Status(IStatus.ERROR, PlateauPreferences.NODE, name + ": " + e.getMessage());
		} catch (IOException | RuntimeException e) {
			sweep.failed(e.getMessage());
			return new Status(IStatus.ERROR, PlateauPreferences.NODE,
					"The sweep " + name + " could not write to " + sweep.folder() + ": " + e.getMessage(), e);
		} catch (OutOfMemoryError e) {
			// the points' arrays are garbage once unwound to here: the sweep ends, the workbench goes on
			String message = OutOfMemory.message("The sweep '" + name + "'") + " Its points train "
					+ parallelism + " at once: fewer at once (Preferences > Plateau > Runs training at once) need less.";
			sweep.failed(message);
			return new Status(IStatus.ERROR, PlateauPreferences.NODE, message);
		} finally {
			onEnd.run();
		}
	}
}
