package org.plateau.core.results;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.ejml.data.DMatrixRMaj;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.plateau.core.family.MatrixDescriptor;
import org.plateau.core.family.PreparedExperiment;
import org.plateau.core.run.RunResult;
import org.plateau.core.run.TheoryResult;
import org.plateau.kernels.DenseKernels;
import org.plateau.model.Experiment;
import org.plateau.model.PlateauFactory;
import org.plateau.model.Run;
import org.plateau.model.RunStatus;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * Writes a {@link RunResult} into a results folder: {@code metrics.csv} (simulation), {@code theory.csv} (every
 * theory prediction at the same steps, columns {@code <prediction>:<metric>}), {@code snapshots/} (one CSV per
 * matrix and step, simulation and theory) and {@code manifest.json} (parameters, seed, versions, wall time,
 * theory used, outcome). Returns the {@link Run} element that references those files. Every file is written whole
 * or not at all ({@link AtomicFiles}).
 */
public final class ResultsWriter {

	public static final String METRICS_FILE = "metrics.csv";
	public static final String THEORY_FILE = "theory.csv";
	public static final String MANIFEST_FILE = "manifest.json";
	public static final String SNAPSHOTS_FOLDER = "snapshots";

	private ResultsWriter() {
	}

	/**
	 * Writes the results.
	 *
	 * @param result the run
	 * @param directory the results folder (created if missing)
	 * @param runId identifier of the run
	 * @param written receives the path of every file written
	 * @return a new Run element describing the files (location = {@code directory} as given)
	 * @throws IOException naming the file that could not be written
	 */
	public static Run write(RunResult result, Path directory, String runId, List<Path> written) throws IOException {
		return write(result, directory, runId, written, true);
	}

	/**
	 * Writes the results.
	 *
	 * @param result the run
	 * @param directory the results folder (created if missing)
	 * @param runId identifier of the run
	 * @param written receives the path of every file written
	 * @param metrics whether to write {@code metrics.csv} from the result's table; {@code false} when it was
	 *            streamed as the run recorded ({@link RunFolderWriter}) and is complete on disk
	 * @return a new Run element describing the files (location = {@code directory} as given)
	 * @throws IOException naming the file that could not be written
	 */
	public static Run write(RunResult result, Path directory, String runId, List<Path> written, boolean metrics)
			throws IOException {
		Files.createDirectories(directory);
		if (metrics) {
			writeMetrics(result.simulation(), directory.resolve(METRICS_FILE));
		}
		written.add(directory.resolve(METRICS_FILE));
		writeTheory(result, directory.resolve(THEORY_FILE));
		written.add(directory.resolve(THEORY_FILE));
		writeSnapshots(result, directory.resolve(SNAPSHOTS_FOLDER), written);
		Run run = runElement(result, runId, directory);
		writeManifest(result, run, directory.resolve(MANIFEST_FILE));
		written.add(directory.resolve(MANIFEST_FILE));
		return run;
	}

	/** The Run element of a result: its id, status, outcome and files. */
	static Run runElement(RunResult result, String runId, Path directory) {
		Run run = PlateauFactory.eINSTANCE.createRun();
		run.setId(runId);
		run.setStarted(Date.from(result.started()));
		run.setStatus(switch (result.outcome().status()) {
			case COMPLETED -> RunStatus.COMPLETED;
			case CANCELLED -> RunStatus.CANCELLED;
			case DIVERGED -> RunStatus.DIVERGED;
			case FAILED -> RunStatus.FAILED;
			case RUNNING -> RunStatus.RUNNING;
		});
		run.setMessage(result.outcome().message());
		run.setStepsCompleted(result.outcome().stepsCompleted());
		run.setWallTimeSeconds(result.wallTimeSeconds());
		run.setLocation(directory.toString());
		run.setMetricsFile(METRICS_FILE);
		run.setTheoryFile(THEORY_FILE);
		run.setSnapshotsFolder(SNAPSHOTS_FOLDER);
		run.setManifestFile(MANIFEST_FILE);
		return run;
	}

	private static void writeMetrics(ResultsTable table, Path file) throws IOException {
		List<String> header = new ArrayList<>();
		header.add("step");
		header.addAll(table.columns());
		AtomicFiles.writeText(file, out -> {
			CSVPrinter csv = CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get().print(out);
			for (int i = 0; i < table.size(); i++) {
				csv.print(table.step(i));
				for (int c = 0; c < table.columns().size(); c++) {
					csv.print(table.value(c, i));
				}
				csv.println();
			}
			csv.flush();
		});
	}

	private static void writeTheory(RunResult result, Path file) throws IOException {
		List<String> header = new ArrayList<>();
		header.add("step");
		for (TheoryResult theory : result.theory()) {
			for (String column : theory.table().columns()) {
				header.add(theory.prediction().id() + ":" + column);
			}
		}
		AtomicFiles.writeText(file, out -> {
			CSVPrinter csv = CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get().print(out);
			ResultsTable simulation = result.simulation();
			for (int i = 0; i < simulation.size(); i++) {
				csv.print(simulation.step(i));
				for (TheoryResult theory : result.theory()) {
					for (int c = 0; c < theory.table().columns().size(); c++) {
						csv.print(theory.table().value(c, i));
					}
				}
				csv.println();
			}
			csv.flush();
		});
	}

	private static void writeSnapshots(RunResult result, Path folder, List<Path> written) throws IOException {
		if (result.snapshots().isEmpty()) {
			return;
		}
		Files.createDirectories(folder);
		for (MatrixDescriptor matrix : result.matrices()) {
			for (Map.Entry<Long, DMatrixRMaj> entry : result.snapshots().of(matrix.name()).entrySet()) {
				Path file = folder.resolve(matrix.name() + "-step" + entry.getKey() + ".csv");
				writeMatrix(matrix, entry.getValue(), file);
				written.add(file);
			}
			for (TheoryResult theory : result.theory()) {
				for (Map.Entry<Long, DMatrixRMaj> entry : theory.matrices().of(matrix.name()).entrySet()) {
					Path file = folder.resolve(
							matrix.name() + "-step" + entry.getKey() + "-" + theory.prediction().id() + ".csv");
					writeMatrix(matrix, entry.getValue(), file);
					written.add(file);
				}
			}
		}
	}

	/** Writes one matrix snapshot as CSV, with the descriptor's labels when they fit. */
	static void writeMatrix(MatrixDescriptor descriptor, DMatrixRMaj matrix, Path file) throws IOException {
		boolean labelled = descriptor.rowLabels().size() == matrix.numRows
				&& descriptor.columnLabels().size() == matrix.numCols;
		AtomicFiles.writeText(file, out -> {
			CSVPrinter csv = CSVFormat.DEFAULT.print(out);
			if (labelled) {
				csv.print("");
				for (String label : descriptor.columnLabels()) {
					csv.print(label);
				}
				csv.println();
			}
			for (int r = 0; r < matrix.numRows; r++) {
				if (labelled) {
					csv.print(descriptor.rowLabels().get(r));
				}
				for (int c = 0; c < matrix.numCols; c++) {
					csv.print(matrix.get(r, c));
				}
				csv.println();
			}
			csv.flush();
		});
	}

	/** Writes the manifest of a run (also of one that is still running: status RUNNING). */
	static void writeManifest(RunResult result, Run run, Path file) throws IOException {
		Experiment experiment = result.experiment();
		JsonObject manifest = new JsonObject();
		manifest.addProperty("experiment", experiment.getName());
		manifest.addProperty("runId", run.getId());
		manifest.addProperty("family", result.family().id());
		manifest.addProperty("seed", experiment.getSeed());
		manifest.addProperty("started", result.started().toString());
		manifest.addProperty("wallTimeSeconds", result.wallTimeSeconds());
		manifest.addProperty("status", result.outcome().status().name());
		manifest.addProperty("message", result.outcome().message());
		manifest.addProperty("stepsCompleted", result.outcome().stepsCompleted());
		ResultsTable table = result.simulation();
		manifest.addProperty("lastRecordedStep", table.size() == 0 ? -1 : table.step(table.size() - 1));
		JsonArray warnings = new JsonArray();
		result.warnings().forEach(warnings::add);
		manifest.add("warnings", warnings);
		manifest.add("parameters", parameters(experiment));
		JsonArray theory = new JsonArray();
		for (TheoryResult t : result.theory()) {
			JsonObject o = new JsonObject();
			o.addProperty("id", t.prediction().id());
			o.addProperty("label", t.prediction().label());
			o.addProperty("description", t.prediction().description());
			JsonArray ids = new JsonArray();
			t.prediction().metricIds().forEach(ids::add);
			o.add("metrics", ids);
			theory.add(o);
		}
		manifest.add("theory", theory);
		manifest.add("metrics", RunDescriptors.metrics(result.metrics()));
		manifest.add("matrices", RunDescriptors.matrices(result.matrices()));
		manifest.add("plots", RunDescriptors.plots(result.plots()));
		JsonObject versions = new JsonObject();
		versions.addProperty("java", System.getProperty("java.version"));
		versions.addProperty(result.family().id(), bundleVersion(result.family().getClass()));
		Bundle core = FrameworkUtil.getBundle(ResultsWriter.class);
		if (core != null && core.getBundleContext() != null) {
			for (Bundle bundle : core.getBundleContext().getBundles()) {
				String name = bundle.getSymbolicName();
				if (name != null && (name.startsWith("org.plateau.") || name.equals("org.ejml")
						|| name.startsWith("org.hipparchus.") || name.equals("org.eclipse.emf.ecore"))) {
					versions.addProperty(name, bundle.getVersion().toString());
				}
			}
		}
		manifest.add("versions", versions);
		manifest.add("numerics", numerics(result));
		JsonObject files = new JsonObject();
		files.addProperty("metrics", METRICS_FILE);
		files.addProperty("theory", THEORY_FILE);
		files.addProperty("snapshots", SNAPSHOTS_FOLDER);
		manifest.add("files", files);
		AtomicFiles.writeString(file, new GsonBuilder().setPrettyPrinting().serializeSpecialFloatingPointValues().create()
				.toJson(manifest));
	}

	/**
	 * The dense kernels this process trains with (backend, library, BLAS threads; issue 15) and the family's own
	 * statements on how it computed ({@link PreparedExperiment#numerics()}).
	 */
	private static JsonObject numerics(RunResult result) {
		JsonObject numerics = new JsonObject();
		JsonObject kernels = new JsonObject();
		try {
			DenseKernels.standard().describe().forEach(kernels::addProperty);
		} catch (IllegalStateException e) {
			kernels.addProperty("problem", e.getMessage());
		}
		numerics.add("kernels", kernels);
		result.numerics().forEach(numerics::addProperty);
		return numerics;
	}

	private static String bundleVersion(Class<?> type) {
		Bundle bundle = FrameworkUtil.getBundle(type);
		return bundle == null ? "unknown (not running in OSGi)" : bundle.getVersion().toString();
	}

	/** The experiment's settings as JSON, read reflectively from the EMF model (runs left out). */
	static JsonElement parameters(EObject object) {
		JsonObject json = new JsonObject();
		json.addProperty("type", object.eClass().getName());
		for (EAttribute attribute : object.eClass().getEAllAttributes()) {
			json.add(attribute.getName(), toJson(object.eGet(attribute)));
		}
		for (EReference reference : object.eClass().getEAllContainments()) {
			if (reference.getEReferenceType().getName().equals("Run")) {
				continue;
			}
			Object value = object.eGet(reference);
			if (value instanceof EObject child) {
				json.add(reference.getName(), parameters(child));
			} else if (value instanceof List<?> list) {
				JsonArray array = new JsonArray();
				for (Object item : list) {
					array.add(parameters((EObject) item));
				}
				json.add(reference.getName(), array);
			}
		}
		return json;
	}

	private static JsonElement toJson(Object value) {
		if (value == null) {
			return JsonNull.INSTANCE;
		} else if (value instanceof Number n) {
			return new JsonPrimitive(n);
		} else if (value instanceof Boolean b) {
			return new JsonPrimitive(b);
		} else if (value instanceof List<?> list) {
			JsonArray array = new JsonArray();
			list.forEach(item -> array.add(toJson(item)));
			return array;
		}
		return new JsonPrimitive(value.toString());
	}
}
