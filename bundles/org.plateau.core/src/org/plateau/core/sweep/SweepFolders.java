package org.plateau.core.sweep;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.plateau.core.family.SimulationOutcome;
import org.plateau.core.results.AtomicFiles;
import org.plateau.core.results.ResultsWriter;
import org.plateau.model.Experiment;
import org.plateau.model.Sweep;
import org.plateau.model.util.PlateauResources;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;

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
		Path baseFile = folder.resolve(BASE_FILE);
		AtomicFiles.write(baseFile, file -> PlateauResources.save(base, file));
		// saved through a temporary file: the sweep's copy must name the base by its final name
		base.eResource().setURI(URI.createFileURI(baseFile.toAbsolutePath().normalize().toString()));
		Sweep copy = EcoreUtil.copy(sweep);
		copy.setBase(base);
		AtomicFiles.write(folder.resolve(SWEEP_FILE), file -> PlateauResources.saveSweep(copy, file));
	}

	/**
	 * How many points of a sweep folder have ended for good: their folders hold a run's manifest (written when the run
	 * ends) whose status is not CANCELLED, so completed, diverged and failed runs count and stopped ones do not. Cheap,
	 * for progress while the points run and to tell whether running the sweep again would resume it.
	 */
	public static int finishedPoints(SweepPlan plan, Path folder) {
		int done = 0;
		for (SweepPoint point : plan.points()) {
			if (hasEnded(folder, point)) {
				done++;
			}
		}
		return done;
	}

	/** Whether a point of a sweep folder has ended for good, as {@link #finishedPoints} counts it. */
	public static boolean hasEnded(Path folder, SweepPoint point) {
		Path manifest = folder.resolve(SweepRunner.POINTS_FOLDER).resolve(point.id()).resolve(ResultsWriter.MANIFEST_FILE);
		if (!Files.isRegularFile(manifest)) {
			return false;
		}
		try (Reader reader = Files.newBufferedReader(manifest, StandardCharsets.UTF_8)) {
			JsonElement status = JsonParser.parseReader(reader).getAsJsonObject().get("status");
			return status != null && !status.getAsString().equals(SimulationOutcome.Status.CANCELLED.name())
					&& !status.getAsString().equals(SimulationOutcome.Status.RUNNING.name());
		} catch (IOException | RuntimeException e) {
			// a manifest being written, or unreadable: not ended yet
			return false;
		}
	}

	/** Loads the sweep a folder keeps. */
	public static Sweep load(Path folder) throws IOException {
		return PlateauResources.loadSweep(folder.resolve(SWEEP_FILE));
	}
}
