package org.plateau.core.sweep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.plateau.core.results.ResultsWriter;
import org.plateau.model.Experiment;
import org.plateau.model.Sweep;
import org.plateau.model.util.PlateauResources;

/** The copies of a sweep and its base experiment that a sweep folder keeps, so that its points can run anywhere. */
public final class SweepFolders {

	/** The sweep's copy in a sweep folder; it refers to {@link #BASE_FILE} beside it. */
	public static final String SWEEP_FILE = "sweep." + PlateauResources.SWEEP_FILE_EXTENSION;

	/** The base experiment's copy in a sweep folder. */
	public static final String BASE_FILE = "base." + PlateauResources.FILE_EXTENSION;

	private SweepFolders() {
	}

	/** Writes {@code base.plateau} and {@code sweep.sweep} into the folder (replacing earlier copies). */
	public static void saveCopy(Sweep sweep, Path folder) throws IOException {
		Files.createDirectories(folder);
		Experiment base = EcoreUtil.copy(sweep.getBase());
		base.getRuns().clear();
		PlateauResources.save(base, folder.resolve(BASE_FILE));
		Sweep copy = EcoreUtil.copy(sweep);
		copy.setBase(base);
		PlateauResources.saveSweep(copy, folder.resolve(SWEEP_FILE));
	}

	/**
	 * How many points of a sweep folder have ended (completed or not): their folders hold a run's manifest, which is
	 * written when the run ends. Cheap, for progress while the points run.
	 */
	public static int finishedPoints(SweepPlan plan, Path folder) {
		int done = 0;
		for (SweepPoint point : plan.points()) {
			Path pointFolder = folder.resolve(SweepRunner.POINTS_FOLDER).resolve(point.id());
			if (Files.exists(pointFolder.resolve(ResultsWriter.MANIFEST_FILE))) {
				done++;
			}
		}
		return done;
	}

	/** Loads the sweep a folder keeps. */
	public static Sweep load(Path folder) throws IOException {
		return PlateauResources.loadSweep(folder.resolve(SWEEP_FILE));
	}
}
