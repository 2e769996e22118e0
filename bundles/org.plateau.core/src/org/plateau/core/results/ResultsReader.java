package org.plateau.core.results;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.ejml.data.DMatrixRMaj;
import org.plateau.core.family.ExperimentException;
import org.plateau.core.family.MatrixDescriptor;
import org.plateau.core.family.MetricDescriptor;
import org.plateau.core.family.ModelFamily;
import org.plateau.core.family.PlotDescriptor;
import org.plateau.core.family.PreparedExperiment;
import org.plateau.core.family.SimulationOutcome;
import org.plateau.core.family.TheoryPrediction;
import org.plateau.core.registry.FamilyRegistry;
import org.plateau.core.run.RunResult;
import org.plateau.core.run.TheoryResult;
import org.plateau.model.Experiment;
import org.plateau.model.Run;
import org.plateau.model.util.PlateauResources;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * Reads a results folder written by {@link ResultsPublisher} (or one still being written by {@link RunFolderWriter})
 * back into a {@link RunResult}, so that finished runs can be plotted and compared with live ones. The family that
 * ran the experiment supplies the metric labels and the plots when it is installed; otherwise the CSV headers do.
 * A row cut short by a run that was stopped while writing it is left out.
 */
public final class ResultsReader {

	/** The rows of a table read back that are kept in memory; more are thinned ({@link ResultsTable#bounded}). */
	public static final int ROWS_KEPT = org.plateau.core.run.ExperimentRunner.RECORDS_KEPT;

	private static final Pattern SNAPSHOT = Pattern.compile("(.+)-step(\\d+)(?:-(.+))?\\.csv");

	private ResultsReader() {
	}

	/** Whether a folder holds the results of a run (its experiment copy). */
	public static boolean isRunFolder(Path folder) {
		return Files.isRegularFile(folder.resolve(ResultsPublisher.EXPERIMENT_COPY));
	}

	/**
	 * Reads a run.
	 *
	 * @param folder the results folder
	 * @param registry finds the family for labels and plots; may hold none
	 * @return the run as recorded
	 * @throws IOException naming the file that cannot be read
	 */
	public static RunResult read(Path folder, FamilyRegistry registry) throws IOException {
		Path experimentFile = folder.resolve(ResultsPublisher.EXPERIMENT_COPY);
		// an ExperimentFileException names the file, the line and the problem
		Experiment experiment = PlateauResources.load(experimentFile);
		Optional<ModelFamily> family = registry.familyFor(experiment);
		JsonObject manifest = readManifest(folder.resolve(ResultsWriter.MANIFEST_FILE));
		List<String> warnings = new ArrayList<>();
		ResultsTable simulation = readTable(folder.resolve(ResultsWriter.METRICS_FILE), null, warnings, true);

		// what the run recorded, from its own manifest; folders written before it kept them (or still training) ask the
		// family, and without one the CSV header names the metrics
		Supplier<Optional<PreparedExperiment>> prepared = memoize(
				() -> family.flatMap(f -> prepare(f, experiment)));
		// the family's metrics of today, for a folder of an earlier day, are those its CSV has
		List<MetricDescriptor> metrics = manifest.has("metrics") ? RunDescriptors.metrics(manifest.get("metrics"))
				: prepared.get().map(PreparedExperiment::metrics).orElse(List.of()).stream()
						.filter(metric -> simulation.columns().contains(metric.id())).toList();
		if (metrics.isEmpty()) {
			metrics = simulation.columns().stream().map(id -> new MetricDescriptor(id, id, "")).toList();
		}
		List<MatrixDescriptor> matrices = new ArrayList<>(manifest.has("matrices")
				? RunDescriptors.matrices(manifest.get("matrices"))
				: prepared.get().map(PreparedExperiment::matrices).orElse(List.of()));

		Map<String, RecordedPrediction> predictions = new LinkedHashMap<>();
		for (JsonElement element : array(manifest, "theory")) {
			JsonObject o = element.getAsJsonObject();
			String id = string(o, "id", "theory");
			predictions.put(id, new RecordedPrediction(id, string(o, "label", id), string(o, "description", "")));
		}
		Map<String, ResultsTable> theoryTables = readTheory(folder.resolve(ResultsWriter.THEORY_FILE), predictions);
		MatrixSnapshots snapshots = new MatrixSnapshots();
		Map<String, MatrixSnapshots> theoryMatrices = new LinkedHashMap<>();
		readSnapshots(folder.resolve(ResultsWriter.SNAPSHOTS_FOLDER), snapshots, theoryMatrices, matrices);
		List<TheoryResult> theory = new ArrayList<>();
		for (RecordedPrediction prediction : predictions.values()) {
			ResultsTable table = theoryTables.getOrDefault(prediction.id, new ResultsTable(List.of()));
			MatrixSnapshots predicted = theoryMatrices.getOrDefault(prediction.id, new MatrixSnapshots());
			prediction.record(table, predicted);
			theory.add(new TheoryResult(prediction, table, predicted));
		}

		Run run = experiment.getRuns().isEmpty() ? null : experiment.getRuns().get(experiment.getRuns().size() - 1);
		SimulationOutcome outcome = outcome(manifest, run, simulation);
		if (outcome.status() == SimulationOutcome.Status.RUNNING && !FolderLock.isHeld(folder)) {
			// no writer holds the folder, yet its run is not finished: its process ended before the run did
			// the manifest was written when the run started: the records say how far it came
			outcome = new SimulationOutcome(SimulationOutcome.Status.FAILED,
					simulation.size() == 0 ? 0 : simulation.step(simulation.size() - 1), interrupted(simulation));
		}
		Instant started = started(manifest, run);
		List<String> recorded = new ArrayList<>();
		array(manifest, "warnings").forEach(w -> recorded.add(w.getAsString()));
		warnings.addAll(0, recorded);
		List<PlotDescriptor> plots = manifest.has("plots") ? RunDescriptors.plots(manifest.get("plots"))
				: prepared.get().map(PreparedExperiment::plots).orElse(List.of());
		if (plots.isEmpty() && !metrics.isEmpty()) {
			plots = List.of(PlotDescriptor.curves("metrics", "Metrics", "step", 1, "value", false,
					metrics.stream().map(MetricDescriptor::id).toList()));
		}
		double wall = manifest.has("wallTimeSeconds") ? manifest.get("wallTimeSeconds").getAsDouble()
				: run == null ? 0 : run.getWallTimeSeconds();
		return new RunResult(experiment, family.orElse(null), started, wall, outcome, metrics, matrices, simulation,
				snapshots, theory, plots, warnings);
	}

	/** The family's translation of a recorded experiment, if it still accepts it. */
	private static Optional<PreparedExperiment> prepare(ModelFamily family, Experiment experiment) {
		try {
			return Optional.of(family.prepare(experiment));
		} catch (ExperimentException | RuntimeException e) {
			return Optional.empty();
		}
	}

	private static <T> Supplier<T> memoize(Supplier<T> supplier) {
		return new Supplier<>() {
			private T value;

			@Override
			public synchronized T get() {
				if (value == null) {
					value = supplier.get();
				}
				return value;
			}
		};
	}

	/** The message of a run whose process ended before it did. */
	private static String interrupted(ResultsTable simulation) {
		return "interrupted: the process running it ended before the run did (killed, or the machine stopped); "
				+ (simulation.size() == 0 ? "nothing was recorded"
						: "the records up to step " + simulation.step(simulation.size() - 1) + " are kept");
	}

	/** Whether a folder holds a run that was interrupted: unfinished, and no writer holds it. */
	public static boolean isInterrupted(Path folder) {
		if (!isRunFolder(folder) || FolderLock.isHeld(folder)) {
			return false;
		}
		try {
			JsonObject manifest = readManifest(folder.resolve(ResultsWriter.MANIFEST_FILE));
			return !manifest.has("status") || "RUNNING".equals(string(manifest, "status", ""));
		} catch (IOException e) {
			return true;
		}
	}

	private static SimulationOutcome outcome(JsonObject manifest, Run run, ResultsTable simulation) {
		long last = simulation.size() == 0 ? 0 : simulation.step(simulation.size() - 1);
		if (manifest.has("status")) {
			SimulationOutcome.Status status;
			try {
				status = SimulationOutcome.Status.valueOf(manifest.get("status").getAsString());
			} catch (IllegalArgumentException e) {
				status = SimulationOutcome.Status.FAILED;
			}
			long steps = manifest.has("stepsCompleted") ? manifest.get("stepsCompleted").getAsLong() : last;
			return new SimulationOutcome(status, steps, string(manifest, "message", ""));
		}
		// no manifest yet: the run is training, or its process ended before it could write one
		String message = run != null && run.getMessage() != null ? run.getMessage() : "";
		return new SimulationOutcome(SimulationOutcome.Status.RUNNING, last, message);
	}

	private static Instant started(JsonObject manifest, Run run) {
		if (manifest.has("started")) {
			try {
				return Instant.parse(manifest.get("started").getAsString());
			} catch (DateTimeParseException e) {
				// fall through
			}
		}
		return run != null && run.getStarted() != null ? run.getStarted().toInstant() : Instant.EPOCH;
	}

	private static JsonObject readManifest(Path file) throws IOException {
		if (!Files.isRegularFile(file)) {
			return new JsonObject();
		}
		try {
			JsonElement element = JsonParser.parseString(Files.readString(file));
			return element.isJsonObject() ? element.getAsJsonObject() : new JsonObject();
		} catch (JsonParseException e) {
			throw new IOException(file + ": not a valid manifest (not JSON, or cut short)", e);
		}
	}

	private static Iterable<JsonElement> array(JsonObject object, String name) {
		JsonElement element = object.get(name);
		return element != null && element.isJsonArray() ? element.getAsJsonArray() : new JsonArray();
	}

	private static String string(JsonObject object, String name, String fallback) {
		JsonElement element = object.get(name);
		return element == null || element.isJsonNull() ? fallback : element.getAsString();
	}

	/** Reads a table with a {@code step} column; {@code only}, when given, keeps the columns with that prefix. */
	private static ResultsTable readTable(Path file, String only) throws IOException {
		return readTable(file, only, null, false);
	}

	/**
	 * Reads a table with a {@code step} column; {@code only}, when given, keeps the columns with that prefix. A last
	 * line without its line end was cut short by a run stopped while writing it: it is left out, and said so in
	 * {@code warnings} (when given). A simulation's table is bounded to {@link #ROWS_KEPT} rows
	 * ({@link ResultsTable#bounded}), thinned as the run thinned its own, so that its steps are those of the theory
	 * written beside it (which is read whole: it was written at those steps).
	 */
	private static ResultsTable readTable(Path file, String only, List<String> warnings, boolean bounded)
			throws IOException {
		if (!Files.isRegularFile(file)) {
			return new ResultsTable(List.of());
		}
		boolean torn = endsWithoutLineEnd(file);
		try (Reader in = Files.newBufferedReader(file);
				CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
			List<String> header = csv.getHeaderNames();
			List<Integer> indices = new ArrayList<>();
			List<String> columns = new ArrayList<>();
			for (int i = 1; i < header.size(); i++) {
				String name = header.get(i);
				if (only == null) {
					indices.add(i);
					columns.add(name);
				} else if (name.startsWith(only)) {
					indices.add(i);
					columns.add(name.substring(only.length()));
				}
			}
			ResultsTable table = bounded ? ResultsTable.bounded(columns, ROWS_KEPT) : new ResultsTable(columns);
			double[] row = new double[columns.size()];
			// a row is added once the next one is read: the last row is left out when the file's last line is torn
			boolean pending = false;
			long pendingStep = 0;
			double[] pendingRow = new double[columns.size()];
			boolean cut = false;
			for (CSVRecord record : csv) {
				boolean whole = record.size() == header.size();
				long step = 0;
				try {
					if (whole) {
						step = Long.parseLong(record.get(0));
						for (int c = 0; c < row.length; c++) {
							row[c] = Double.parseDouble(record.get(indices.get(c)));
						}
					}
				} catch (NumberFormatException e) {
					whole = false;
				}
				if (pending) {
					table.add(pendingStep, pendingRow);
					pending = false;
				}
				if (!whole) {
					cut = true; // cut short while it was written: what follows is not read
					break;
				}
				pending = true;
				pendingStep = step;
				System.arraycopy(row, 0, pendingRow, 0, row.length);
			}
			if (pending && !torn) {
				table.add(pendingStep, pendingRow);
			}
			torn |= cut;
			if (torn && warnings != null) {
				warnings.add(file.getFileName() + ": its last line was cut short (the run was stopped while writing it) "
						+ "and is left out");
			}
			return table;
		} catch (IllegalArgumentException | java.io.UncheckedIOException e) {
			throw new IOException(file + ": not a results table: " + e.getMessage(), e);
		}
	}

	/** Whether a non-empty file's last byte is not a line end: its last line is torn. */
	private static boolean endsWithoutLineEnd(Path file) throws IOException {
		try (var channel = java.nio.channels.FileChannel.open(file)) {
			long size = channel.size();
			if (size == 0) {
				return false;
			}
			java.nio.ByteBuffer last = java.nio.ByteBuffer.allocate(1);
			channel.read(last, size - 1);
			return last.get(0) != '\n';
		}
	}

	private static Map<String, ResultsTable> readTheory(Path file, Map<String, RecordedPrediction> predictions)
			throws IOException {
		Map<String, ResultsTable> tables = new LinkedHashMap<>();
		if (!Files.isRegularFile(file)) {
			return tables;
		}
		List<String> header;
		try (Reader in = Files.newBufferedReader(file);
				CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().get().parse(in)) {
			header = csv.getHeaderNames();
		}
		for (String column : header) {
			int colon = column.indexOf(':');
			if (colon > 0) {
				String id = column.substring(0, colon);
				predictions.computeIfAbsent(id, k -> new RecordedPrediction(k, k, ""));
			}
		}
		for (String id : predictions.keySet()) {
			tables.put(id, readTable(file, id + ":"));
		}
		return tables;
	}

	private static void readSnapshots(Path folder, MatrixSnapshots simulated, Map<String, MatrixSnapshots> theory,
			List<MatrixDescriptor> matrices) throws IOException {
		if (!Files.isDirectory(folder)) {
			return;
		}
		try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.csv")) {
			for (Path file : files) {
				Matcher m = SNAPSHOT.matcher(file.getFileName().toString());
				if (!m.matches()) {
					continue;
				}
				String name = m.group(1);
				long step = Long.parseLong(m.group(2));
				DMatrixRMaj matrix = readMatrix(file);
				if (m.group(3) == null) {
					simulated.put(name, step, matrix);
				} else {
					theory.computeIfAbsent(m.group(3), k -> new MatrixSnapshots()).put(name, step, matrix);
				}
				if (matrices.stream().noneMatch(d -> d.name().equals(name))) {
					matrices.add(new MatrixDescriptor(name, name, List.of(), List.of()));
				}
			}
		}
	}

	/** A snapshot CSV: plain rows of numbers, or with a header row and a label column (first cell empty). */
	private static DMatrixRMaj readMatrix(Path file) throws IOException {
		List<double[]> rows = new ArrayList<>();
		try (Reader in = Files.newBufferedReader(file); CSVParser csv = CSVFormat.DEFAULT.parse(in)) {
			List<CSVRecord> records = csv.getRecords();
			boolean labelled = !records.isEmpty() && records.get(0).size() > 0 && records.get(0).get(0).isEmpty();
			for (int r = labelled ? 1 : 0; r < records.size(); r++) {
				CSVRecord record = records.get(r);
				int first = labelled ? 1 : 0;
				double[] row = new double[record.size() - first];
				for (int c = 0; c < row.length; c++) {
					row[c] = Double.parseDouble(record.get(c + first));
				}
				rows.add(row);
			}
		} catch (NumberFormatException e) {
			throw new IOException(file + ": not a matrix of numbers: " + e.getMessage(), e);
		}
		int cols = rows.isEmpty() ? 0 : rows.get(0).length;
		DMatrixRMaj matrix = new DMatrixRMaj(rows.size(), cols);
		for (int r = 0; r < rows.size(); r++) {
			for (int c = 0; c < Math.min(cols, rows.get(r).length); c++) {
				matrix.set(r, c, rows.get(r)[c]);
			}
		}
		return matrix;
	}

	/** A theory prediction as a results folder recorded it: its values at the recorded steps. */
	private static final class RecordedPrediction implements TheoryPrediction {

		private final String id;
		private final String label;
		private final String description;
		private ResultsTable table = new ResultsTable(List.of());
		private MatrixSnapshots matrices = new MatrixSnapshots();

		RecordedPrediction(String id, String label, String description) {
			this.id = id;
			this.label = label;
			this.description = description;
		}

		void record(ResultsTable recorded, MatrixSnapshots recordedMatrices) {
			this.table = recorded;
			this.matrices = recordedMatrices;
		}

		@Override
		public String id() {
			return id;
		}

		@Override
		public String label() {
			return label;
		}

		@Override
		public String description() {
			return description;
		}

		@Override
		public List<String> metricIds() {
			return table.columns();
		}

		@Override
		public double[][] predict(long[] steps) {
			double[][] values = new double[table.columns().size()][steps.length];
			int row = 0;
			for (int i = 0; i < steps.length; i++) {
				while (row < table.size() && table.step(row) < steps[i]) {
					row++;
				}
				if (row >= table.size() || table.step(row) != steps[i]) {
					throw new IllegalArgumentException("theory '" + id + "' was recorded at the run's steps only, not at step " + steps[i]);
				}
				for (int c = 0; c < values.length; c++) {
					values[c][i] = table.value(c, row);
				}
			}
			return values;
		}

		@Override
		public List<String> matrixNames() {
			List<String> names = new ArrayList<>();
			matrices.names().forEach(names::add);
			return names;
		}

		@Override
		public DMatrixRMaj predictMatrix(String name, long step) {
			DMatrixRMaj matrix = matrices.of(name).get(step);
			if (matrix == null) {
				throw new IllegalArgumentException("theory '" + id + "' recorded no matrix '" + name + "' at step " + step);
			}
			return matrix.copy();
		}
	}
}
