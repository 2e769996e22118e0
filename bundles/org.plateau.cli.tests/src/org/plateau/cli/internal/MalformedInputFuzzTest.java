package org.plateau.cli.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plateau.core.family.ExampleExperiment;
import org.plateau.core.family.ModelFamily;
import org.plateau.core.figures.FigureRenderer;
import org.plateau.core.registry.FamilyRegistry;
import org.plateau.model.Experiment;
import org.plateau.model.util.FieldNames;
import org.plateau.model.util.PlateauResources;

/**
 * Malformed experiment and sweep files, generated from the bundled examples of four families, through
 * {@code plateau validate}, {@code run} and {@code sweep} in-process: each must end with a non-zero exit and a message
 * that names the file and the field, no stack trace or Java class name, no raw control character, within a time limit,
 * without a network connection and without changing anything already on disk.
 * <p>
 * The cases are made deterministically (a fixed seed for the truncation offsets) and each is named by its source and
 * mutation; every failing case is reported at once.
 */
class MalformedInputFuzzTest {

	/** The seed of the truncation offsets: the same cases on every run. */
	private static final long SEED = 20261203L;

	/** Truncations per source file. */
	private static final int TRUNCATIONS = 4;

	/** Longest a command may take on one malformed file before it counts as a hang. */
	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	/** A Java class name as a stack trace or an exception's toString shows it, e.g. java.lang.NumberFormatException. */
	private static final Pattern CLASS_NAME = Pattern.compile("\\b(java|javax|jdk|sun|org|com)\\.[a-z]+(\\.[A-Za-z_$]+)+");

	/** A simple exception or error class name: NumberFormatException, OutOfMemoryError, "Error:". */
	private static final Pattern THROWABLE_NAME = Pattern.compile("\\b[A-Z]?[A-Za-z]*(Exception|Error)\\b");

	/** An object dump, Object.toString's identity hash: org.plateau.model.impl.TrainingImpl@1a2b3c. */
	private static final Pattern OBJECT_DUMP = Pattern.compile("@[0-9a-f]{5,}");

	/** A raw control character other than line feed and tab (C0, DEL and C1). */
	private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B-\\x1F\\x7F-\\x9F]");

	/** What a malformed file must do. */
	enum Expect {
		/** validate and run (or sweep) exit non-zero, naming the file and the field, and touch nothing. */
		FAIL,
		/**
		 * The file may be valid (validate says so, exit 0) but the run must end non-zero (e.g. a learning rate of
		 * 1e308 diverges at once); any refusal must still name the file and the field.
		 */
		RUN_FAILS,
		/**
		 * validate must refuse the file, naming the file and the field; run may pass, as its {@code --steps 20}
		 * replaces the wrong value.
		 */
		VALIDATE_FAILS
	}

	/**
	 * One generated case.
	 *
	 * @param name the source, the mutation and its value, e.g. {@code reln-relu.plateau: <architecture hiddenWidth="abc">}
	 * @param source the example it was made from
	 * @param content the mutated file
	 * @param fields the words, any of which names the field in the message (attribute, element or display names)
	 * @param expect what it must do
	 * @param baseContent for a sweep, its base experiment (the source's unless a case breaks it)
	 * @param raw text the file smuggles in (a name with a line break) that must reach no output as it is
	 */
	record Case(String name, Source source, String content, List<String> fields, Expect expect, String baseContent,
			String raw) {

		Case(String name, Source source, String content, List<String> fields, Expect expect) {
			this(name, source, content, fields, expect, source.baseContent(), null);
		}

		/** The names a message about the case must show: the file's, and the broken base's. */
		List<String> fileNames() {
			return baseContent != null && !baseContent.equals(source.baseContent())
					? List.of(source.fileName(), source.baseName()) : List.of(source.fileName());
		}
	}

	/**
	 * A bundled example the cases start from.
	 *
	 * @param fileName its file name, also the name of the mutated copy
	 * @param content its text
	 * @param sweep whether it is a sweep
	 * @param baseName for a sweep, the file name of its base experiment, copied next to it; else null
	 * @param baseContent for a sweep, the base experiment's text; else null
	 */
	record Source(String fileName, String content, boolean sweep, String baseName, String baseContent) {
	}

	@TempDir
	Path temp;

	private PlateauServices services;
	private FamilyRegistry registry;
	private List<FigureRenderer> renderers;

	private ServerSocket server;
	private final AtomicInteger connections = new AtomicInteger();
	private final List<String> requests = new ArrayList<>();

	@BeforeEach
	void findServicesAndListen() throws Exception {
		services = PlateauServices.find(4);
		registry = services.registry;
		renderers = services.renderers;
		// a server that a malformed file may name; no command may connect to it
		server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		Thread listener = new Thread(() -> {
			while (!server.isClosed()) {
				try (Socket socket = server.accept()) {
					connections.incrementAndGet();
					socket.setSoTimeout(1000);
					byte[] request = socket.getInputStream().readNBytes(200);
					synchronized (requests) {
						requests.add(new String(request, StandardCharsets.ISO_8859_1).lines().findFirst().orElse(""));
					}
				} catch (IOException e) {
					// closed, or the client went away: either way counted above if it connected
				}
			}
		}, "fuzz-test-listener");
		listener.setDaemon(true);
		listener.start();
	}

	@AfterEach
	void close() throws IOException {
		server.close();
		services.close();
	}

	@Test
	void malformedExperimentsAndSweepsAreRefusedNamingFileAndFieldWithoutTracesHangsOrChanges() throws Exception {
		List<Source> sources = sources();
		List<Case> cases = cases(sources);
		assertTrue(cases.size() >= 100, "cases: " + cases.size());

		// a complete earlier result of each experiment, which a refused run given --force must leave as it was
		Map<String, Path> previous = new LinkedHashMap<>();
		for (Source source : sources) {
			if (!source.sweep()) {
				previous.put(source.fileName(), previousResults(source));
			}
		}

		Path workingDir = Path.of("").toAbsolutePath();
		Set<String> workingDirBefore = list(workingDir);
		Map<String, List<String>> failures = new TreeMap<>();
		StringBuilder log = new StringBuilder();
		int index = 0;
		for (Case c : cases) {
			List<Outcome> outcomes = new ArrayList<>();
			List<String> problems = check(c, temp.resolve(String.format(Locale.ROOT, "case-%03d", index++)), previous, outcomes);
			if (!problems.isEmpty()) {
				failures.put(c.name(), problems);
			}
			log.append("* ").append(c.name()).append(" (").append(c.expect()).append(problems.isEmpty() ? ", passed" : ", FAILED")
					.append(")\n");
			outcomes.forEach(outcome -> log.append("    ").append(outcome.shown().replace(temp.toString(), "$TMP")
					.replace("\n", "\n    ")).append('\n'));
		}
		// every case's output, for reading the messages of those that pass too
		if (Files.isDirectory(Path.of("target"))) {
			Files.writeString(Path.of("target", "malformed-input-fuzz.log"), log);
		}
		Set<String> created = new LinkedHashSet<>(list(workingDir));
		created.removeAll(workingDirBefore);
		if (!created.isEmpty()) {
			failures.put("(all cases)", List.of("created in the working folder " + workingDir + ": " + created));
		}

		if (!failures.isEmpty()) {
			StringBuilder report = new StringBuilder();
			report.append(failures.size()).append(" of ").append(cases.size()).append(" malformed files were not handled as they must be:\n");
			failures.forEach((name, problems) -> {
				report.append("\n* ").append(name).append('\n');
				problems.forEach(problem -> report.append("    ")
						.append(problem.replace(temp.toString(), "$TMP").replace("\n", "\n      ")).append('\n'));
			});
			fail(report.toString());
		}
	}

	// ---------------------------------------------------------------------------------------------------------------
	// running a case

	/** The outcome of one command. */
	private record Outcome(String command, int exit, String out, String err, boolean hung) {
		String output() {
			return out + err;
		}

		String shown() {
			return command + " -> " + (hung ? "no answer within " + TIMEOUT.toSeconds() + " s" : "exit " + exit)
					+ "\n  stderr: " + visible(err.strip()) + (out.isBlank() ? "" : "\n  stdout: " + visible(out.strip()));
		}
	}

	private List<String> check(Case c, Path caseFolder, Map<String, Path> previous, List<Outcome> outcomes) throws Exception {
		Path input = Files.createDirectories(caseFolder.resolve("input"));
		Path file = input.resolve(c.source().fileName());
		Files.writeString(file, c.content(), StandardCharsets.UTF_8);
		if (c.source().sweep()) {
			Files.writeString(input.resolve(c.source().baseName()), c.baseContent(), StandardCharsets.UTF_8);
		}
		Files.writeString(input.resolve("keep.txt"), "an earlier file beside the experiment\n");
		Path results = caseFolder.resolve("results");
		if (c.source().sweep()) {
			Files.createDirectories(results);
			Files.writeString(results.resolve("keep.txt"), "an earlier file in the sweep folder\n");
		} else {
			copy(previous.get(c.source().fileName()), results);
		}
		Map<String, String> inputBefore = hashes(input);
		Map<String, String> resultsBefore = hashes(results);
		int connectionsBefore = connections.get();

		List<String> problems = new ArrayList<>();
		Outcome validate = plateau("validate", file.toString());
		outcomes.add(validate);
		Outcome run = c.source().sweep()
				? plateau("sweep", file.toString(), "--out", results.toString(), "--jobs", "1", "--no-figures")
				: plateau("run", file.toString(), "--out", results.toString(), "--force", "--steps", "20", "--no-figures");
		outcomes.add(run);

		for (Outcome outcome : outcomes) {
			boolean mayPass = c.expect() == Expect.RUN_FAILS && outcome == validate
					|| c.expect() == Expect.VALIDATE_FAILS && outcome == run;
			if (outcome.hung()) {
				problems.add("hang: " + outcome.shown());
				continue;
			}
			if (outcome.exit() == 0) {
				if (!mayPass) {
					problems.add("exit 0: " + outcome.shown());
				}
			} else if (c.expect() == Expect.RUN_FAILS && outcome == run && outcome.exit() == PlateauCommand.EXIT_DIVERGED) {
				// diverged: the run said so and kept its partial results, as documented
			} else {
				for (String fileName : c.fileNames()) {
					if (!outcome.err().contains(fileName)) {
						problems.add("message lacks the file name " + fileName + ": " + outcome.shown());
					}
				}
				if (!namesField(outcome.err(), c.fields())) {
					problems.add("message lacks the field (one of " + c.fields() + "): " + outcome.shown());
				}
			}
			String output = outcome.output();
			if (output.contains("\tat ") || output.contains("Caused by")) {
				problems.add("stack trace: " + outcome.shown());
			}
			Matcher className = CLASS_NAME.matcher(output);
			Matcher throwable = THROWABLE_NAME.matcher(output);
			if (className.find()) {
				problems.add("Java class name '" + className.group() + "': " + outcome.shown());
			} else if (throwable.find()) {
				problems.add("Java exception name '" + throwable.group() + "': " + outcome.shown());
			}
			Matcher dump = OBJECT_DUMP.matcher(output);
			if (dump.find()) {
				problems.add("object dump '" + dump.group() + "': " + outcome.shown());
			}
			if (c.raw() != null && output.contains(c.raw())) {
				problems.add("the file's " + visible(c.raw()).strip() + " reached the output as it is: " + outcome.shown());
			}
			Matcher control = CONTROL.matcher(output);
			if (control.find()) {
				problems.add(String.format(Locale.ROOT, "raw control character U+%04X in the output: %s",
						(int) control.group().charAt(0), outcome.shown()));
			}
			for (String secret : List.of(SECRET, hostname())) {
				if (!secret.isBlank() && output.contains(secret)) {
					problems.add("the content of a file named by an external entity reached the output: " + outcome.shown());
				}
			}
		}

		if (connections.get() != connectionsBefore) {
			synchronized (requests) {
				problems.add("network: " + (connections.get() - connectionsBefore) + " connection(s) to 127.0.0.1:"
						+ server.getLocalPort() + " " + requests);
				requests.clear();
			}
		}
		Map<String, String> inputAfter = hashes(input);
		if (!inputAfter.equals(inputBefore)) {
			problems.add("changed beside the input: " + difference(inputBefore, inputAfter));
		}
		boolean refusedBeforeRunning = c.expect() == Expect.FAIL || c.expect() == Expect.RUN_FAILS && validate.exit() != 0;
		if (refusedBeforeRunning && !run.hung()) {
			Map<String, String> resultsAfter = hashes(results);
			if (!resultsAfter.equals(resultsBefore)) {
				problems.add("the earlier results in " + (c.source().sweep() ? "--out" : "--out with --force")
						+ " changed although the file is invalid: " + difference(resultsBefore, resultsAfter));
			}
		}
		return problems;
	}

	private Outcome plateau(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		CliContext context = new CliContext(registry, renderers, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), false, monitor -> CancelOnInterrupt.none());
		String command = "plateau " + args[0] + " " + Path.of(args[1]).getFileName()
				+ (args.length > 2 ? " " + String.join(" ", List.of(args).subList(2, args.length)).replace(temp.toString(), "$TMP") : "");
		int exit;
		boolean hung = false;
		try {
			exit = assertTimeoutPreemptively(TIMEOUT, () -> {
				try {
					return PlateauCommand.execute(context, args);
				} catch (Throwable t) {
					// what escapes execute would reach the terminal's launcher: record it as the user would see it
					err.writeBytes(("(thrown out of PlateauCommand.execute) " + t + "\n").getBytes(StandardCharsets.UTF_8));
					return -1;
				}
			});
		} catch (AssertionError timeout) {
			exit = -1;
			hung = true;
		}
		return new Outcome(command, exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), hung);
	}

	/** Whether a message names the field by one of the given words, case aside. */
	private static boolean namesField(String message, List<String> fields) {
		String lower = message.toLowerCase(Locale.ROOT);
		return fields.stream().anyMatch(field -> lower.contains(field.toLowerCase(Locale.ROOT)));
	}

	/** A run of the unchanged example into a folder, copied into each case's folder as the earlier results. */
	private Path previousResults(Source source) throws IOException {
		Path input = Files.createDirectories(temp.resolve("originals"));
		Path file = input.resolve(source.fileName());
		Files.writeString(file, source.content(), StandardCharsets.UTF_8);
		Path folder = temp.resolve("previous").resolve(source.fileName());
		Outcome outcome = plateau("run", file.toString(), "--out", folder.toString(), "--steps", "20", "--no-figures");
		assertTrue(outcome.exit() == 0, "the unchanged example must run: " + outcome.shown());
		assertTrue(Files.isRegularFile(folder.resolve("manifest.json")), outcome.shown());
		return folder;
	}

	// ---------------------------------------------------------------------------------------------------------------
	// sources and cases

	private List<Source> sources() throws IOException {
		List<Source> sources = new ArrayList<>();
		for (String name : List.of("semantic-development.plateau", "race-toy.plateau", "modular-dense.plateau",
				"reln-relu.plateau")) {
			sources.add(new Source(name, read(example(name, ModelFamily::examples)), false, null, null));
		}
		// a sweep of two points on a 20-step base, so that a file that is wrongly accepted costs little
		String sweep = read(example("generalization-alpha.sweep", ModelFamily::exampleSweeps))
				.replaceAll("(?s)(<axes featurePath=\"task.samples\">\\s*<values>80</values>\\s*<values>160</values>).*?</axes>", "$1\n  </axes>")
				.replace("repetitions=\"3\"", "repetitions=\"1\"");
		assertTrue(sweep.contains("<values>160</values>\n  </axes>") && !sweep.contains("<values>240</values>"), sweep);
		String base = read(example("generalization-alpha-1.plateau", ModelFamily::examples)).replace("steps=\"4000\"", "steps=\"20\"");
		assertTrue(base.contains("steps=\"20\""), base);
		sources.add(new Source("generalization-alpha.sweep", sweep, true, "generalization-alpha-1.plateau", base));
		return sources;
	}

	private ExampleExperiment example(String fileName,
			java.util.function.Function<ModelFamily, List<ExampleExperiment>> examples) {
		return registry.families().stream().flatMap(family -> examples.apply(family).stream())
				.filter(example -> example.fileName().equals(fileName)).findFirst()
				.orElseThrow(() -> new AssertionError("no family ships " + fileName + "; families: "
						+ registry.families().stream().map(ModelFamily::id).toList()));
	}

	private static String read(ExampleExperiment example) throws IOException {
		try (InputStream in = example.location().openStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static final String SECRET = "plateau-fuzz-secret-7f3a";

	private List<Case> cases(List<Source> sources) throws IOException {
		Path secret = temp.resolve("secret.txt");
		Files.writeString(secret, SECRET);
		String remote = "http://127.0.0.1:" + server.getLocalPort();
		List<Case> cases = new ArrayList<>();
		Random random = new Random(SEED);
		for (Source source : sources) {
			Cases c = new Cases(source, cases);
			// truncated at random offsets, never inside the trailing end of line (the file would stay well-formed)
			int end = source.content().stripTrailing().length();
			for (int i = 0; i < TRUNCATIONS; i++) {
				int offset = i == 0 ? 0 : random.nextInt(end);
				byte[] bytes = source.content().getBytes(StandardCharsets.UTF_8);
				int byteOffset = source.content().substring(0, offset).getBytes(StandardCharsets.UTF_8).length;
				String truncated = new String(bytes, 0, byteOffset, StandardCharsets.UTF_8);
				cases.add(new Case(source.fileName() + ": truncated at byte " + byteOffset, source, truncated,
						byteOffset == 0 ? List.of("empty", "no content", "end of file", "line 1") : List.of("line "), Expect.FAIL));
			}
			// entities and document types: none is resolved, nothing is fetched, nothing is expanded
			String root = source.sweep() ? "plateau:Sweep" : "plateau:Experiment";
			List<String> doctypeWords = List.of("DOCTYPE", "entit", "document type", "DTD");
			c.doctype("billion laughs", "<!DOCTYPE " + root + " [" + billionLaughs() + "]>", "name=\"", "name=\"&lol9;", doctypeWords);
			c.doctype("external entity /etc/hostname", "<!DOCTYPE " + root + " [<!ENTITY xxe SYSTEM \"file:///etc/hostname\">]>",
					"name=\"", "name=\"&xxe;", doctypeWords);
			c.doctype("external entity of a local file in element content", "<!DOCTYPE " + root + " [<!ENTITY xxe SYSTEM \""
					+ secret.toUri() + "\">]>", "<theory/>", "<theory>&xxe;</theory>", doctypeWords);
			c.doctype("external DTD over the network", "<!DOCTYPE " + root + " SYSTEM \"" + remote + "/x.dtd\">", null, null, doctypeWords);
			c.doctype("external parameter entity over the network", "<!DOCTYPE " + root + " [<!ENTITY % p SYSTEM \""
					+ remote + "/p.dtd\"> %p;]>", null, null, doctypeWords);
			// control characters in the name (XML 1.1 allows C0 references; XML 1.0 allows DEL and C1)
			List<String> nameWords = List.of("name");
			c.xml11Name("escape sequence &#27;[2J", "clear&#27;[2Jscreen", nameWords);
			c.xml11Name("C0 control &#1;", "a&#1;b", nameWords);
			// not well-formed in XML 1.0: the parser's position names the place
			c.attribute(rootElement(source), "name", "bell&#7;", List.of("name", "line "), Expect.FAIL);
			c.attribute(rootElement(source), "name", "delete&#127;", nameWords, Expect.FAIL);
			c.attribute(rootElement(source), "name", "csi&#x9b;31mred", nameWords, Expect.FAIL);
			c.add(c.edited(rootElement(source), "name", "two&#10;lines"), nameWords, Expect.FAIL, null, "two\nlines");
		}

		// deep linear: semantic-development.plateau
		Cases d = new Cases(sources.get(0), cases);
		for (String value : List.of("abc", "true", "1.5", "0", "-3", "1000000000", "200000000", "9223372036854775808")) {
			d.attribute("architecture", "hiddenWidth", value, Expect.FAIL);
		}
		for (String value : List.of("true", "0", "-1", "2147483648")) {
			d.attribute("architecture", "depth", value, Expect.FAIL);
		}
		for (String value : List.of("abc", "NaN", "Infinity", "-Infinity", "1e999", "-0.01", "0")) {
			d.attribute("training", "learningRate", value, Expect.FAIL);
		}
		d.attribute("training", "learningRate", "1e308", Expect.RUN_FAILS);
		for (String value : List.of("true", "9223372036854775808")) {
			d.attribute("training", "steps", value, Expect.FAIL);
		}
		d.attribute("training", "steps", "0", Expect.VALIDATE_FAILS);
		d.attribute("training", "steps", "-5", Expect.VALIDATE_FAILS);
		d.attribute("training", "recordInterval", "0", Expect.FAIL);
		d.attribute("training", "lossConvention", "1", Expect.FAIL);
		d.attribute("training", "lossConvention", "sum", Expect.FAIL);
		d.attribute("training", "stopBelowLoss", "NaN", Expect.FAIL);
		d.attribute("task", "dataset", "1", Expect.FAIL);
		for (String value : List.of("abc", "NaN", "-Infinity", "1e999", "0", "-0.001")) {
			d.attribute("initialisation", "a0", value, Expect.FAIL);
		}
		d.attribute("initialisation", "a0", "1e308", Expect.RUN_FAILS);
		d.attribute("plateau:Experiment", "seed", "abc", Expect.FAIL);
		d.attribute("plateau:Experiment", "seed", "9223372036854775808", Expect.FAIL);
		d.text("snapshotSteps", "abc", List.of("snapshotSteps", "snapshot steps"), Expect.FAIL);
		d.text("snapshotSteps", "-1", List.of("snapshotSteps", "snapshot steps"), Expect.FAIL);
		d.renameAttribute("architecture", "hiddenWidth", "hiddenWidht", List.of("hiddenWidht"));
		d.renameElement("architecture", "architectur", List.of("architectur"));
		d.renameElement("training", "trainig", List.of("trainig"));
		d.attribute("training", "colour", "red", List.of("colour"), Expect.FAIL);
		d.replace("unknown element <optimiser/>", "<theory/>", "<optimiser kind=\"adam\"/>\n  <theory/>", List.of("optimiser"));
		for (String element : List.of("task", "architecture", "initialisation", "training")) {
			d.delete(element);
		}

		// gated: race-toy.plateau
		Cases g = new Cases(sources.get(1), cases);
		for (String value : List.of("abc", "0", "-1", "1000000000")) {
			g.attribute("task", "inputDim", value, Expect.FAIL);
		}
		for (String value : List.of("NaN", "true", "1.5", "-0.5")) {
			g.attribute("task", "gatedFraction", value, Expect.FAIL);
		}
		g.attribute("task", "gatedNode", "nowhere", Expect.FAIL);
		for (String value : List.of("abc", "0", "-4", "1000000000", "200000000")) {
			g.attribute("nodes", "dim", value, Expect.FAIL);
		}
		g.attribute("nodes", "kind", "7", Expect.FAIL);
		for (String value : List.of("NaN", "0", "-1", "Infinity")) {
			g.attribute("initialisation", "b0", value, Expect.FAIL);
		}
		g.text("singularValues", "NaN", List.of("singularValues", "singular values"), Expect.FAIL);
		g.text("singularValues", "abc", List.of("singularValues", "singular values"), Expect.FAIL);
		g.attribute("edges", "source", "//@architecture/@nodes.9", List.of("source", "W_inA"), Expect.FAIL);
		g.attribute("edges", "source", remote + "/x.plateau#//@architecture/@nodes.0", List.of("source", "W_inA"), Expect.FAIL);
		g.replace("a cycle y -> x", "</architecture>",
				"  <edges name=\"W_back\" source=\"//@architecture/@nodes.3\" target=\"//@architecture/@nodes.0\"/>\n  </architecture>",
				List.of("cycl", "W_back"));
		g.renameAttribute("task", "gatedNode", "gatedNod", List.of("gatedNod"));
		g.delete("architecture");

		// modular: modular-dense.plateau
		Cases m = new Cases(sources.get(2), cases);
		for (String value : List.of("abc", "0", "-1", "40", "1000000000")) {
			m.attribute("task", "n1", value, Expect.FAIL);
		}
		m.attribute("task", "k1", "1000000000", Expect.FAIL);
		for (String value : List.of("NaN", "true", "-1")) {
			m.attribute("task", "r", value, Expect.FAIL);
		}
		for (String value : List.of("x", "0", "200000000")) {
			m.attribute("nodes", "dim", value, Expect.FAIL);
		}
		m.attribute("initialisation", "scale", "NaN", Expect.FAIL);
		m.attribute("initialisation", "scale", "-1", Expect.FAIL);
		m.attribute("training", "learningRate", "Infinity", Expect.FAIL);
		m.delete("architecture");
		m.delete("task");

		// reln: reln-relu.plateau
		Cases r = new Cases(sources.get(3), cases);
		for (String value : List.of("abc", "0", "-1", "1000000000")) {
			r.attribute("task", "contexts", value, Expect.FAIL);
		}
		r.attribute("task", "structure", "1", Expect.FAIL);
		for (String value : List.of("NaN", "Infinity", "true")) {
			r.attribute("task", "contextScale", value, Expect.FAIL);
		}
		for (String value : List.of("abc", "0", "-700", "1000000000", "200000000")) {
			r.attribute("architecture", "hiddenWidth", value, Expect.FAIL);
		}
		r.attribute("initialisation", "scale", "-Infinity", Expect.FAIL);
		r.renameAttribute("architecture", "hiddenWidth", "hiddenWidht", List.of("hiddenWidht"));
		r.delete("task");

		// sweep: generalization-alpha.sweep, its base next to it
		Cases s = new Cases(sources.get(4), cases);
		for (String value : List.of("abc", "0", "-1", "10000000")) {
			s.attribute("plateau:Sweep", "repetitions", value, Expect.FAIL);
		}
		s.attribute("plateau:Sweep", "sampling", "7", Expect.FAIL);
		List<String> axisWords = List.of("task.samples", "samples");
		for (String value : List.of("abc", "NaN", "1e999", "9223372036854775808", "-80", "0")) {
			s.text("values", value, axisWords, Expect.FAIL);
		}
		s.attribute("axes", "featurePath", "task.sampels", List.of("task.sampels", "sampels"), Expect.FAIL);
		s.attribute("axes", "featurePath", "", List.of("featurePath", "feature path", "axis", "axes"), Expect.FAIL);
		s.replace("an axis of 10^7 points", "</plateau:Sweep>",
				"  <axes featurePath=\"training.learningRate\" spacing=\"LINEAR\" from=\"0.001\" to=\"0.01\" count=\"10000000\"/>\n</plateau:Sweep>",
				List.of("count", "training.learningRate", "points"));
		List<String> baseWords = List.of("base");
		s.attribute("base", "href", remote + "/x.plateau#/", baseWords, Expect.FAIL);
		s.attribute("base", "href", "file:///etc/hostname#/", baseWords, Expect.FAIL);
		s.attribute("base", "href", "nowhere.plateau#/", List.of("nowhere.plateau"), Expect.FAIL);
		s.attribute("base", "href", "/generalization-alpha-1.plateau#/", baseWords, Expect.FAIL);
		s.attribute("base", "href", "generalization-alpha.sweep#/", baseWords, Expect.FAIL);
		s.delete("base");
		s.delete("axes");
		s.renameElement("axes", "axis", List.of("axis"));
		s.renameAttribute("axes", "featurePath", "featurPath", List.of("featurPath"));
		s.replace("an axis of input dimension 2e8", "</plateau:Sweep>",
				"  <axes featurePath=\"task.inputDim\"><values>200000000</values></axes>\n</plateau:Sweep>",
				List.of("task.inputDim", "inputDim", "input dimension N"));
		s.replace("an axis of an enumeration given a number", "</plateau:Sweep>",
				"  <axes featurePath=\"training.lossConvention\"><values>3</values></axes>\n</plateau:Sweep>",
				List.of("training.lossConvention", "lossConvention", "loss convention"));
		// the base experiment next to the sweep broken: the message names the base's file and its field
		s.base(b -> {
			b.add("truncated at byte 300", b.source.content().substring(0, 300), List.of("line "), Expect.FAIL);
			b.attribute("training", "learningRate", "NaN", Expect.FAIL);
			b.attribute("architecture", "depth", "0", Expect.FAIL);
			b.attribute("task", "inputDim", "200000000", Expect.FAIL);
			b.renameAttribute("task", "samples", "sampels", List.of("sampels"));
			b.delete("training");
		});
		return cases;
	}

	private static String rootElement(Source source) {
		return source.sweep() ? "plateau:Sweep" : "plateau:Experiment";
	}

	private static String billionLaughs() {
		StringBuilder dtd = new StringBuilder("<!ENTITY lol0 \"lol\">");
		for (int i = 1; i <= 9; i++) {
			dtd.append("<!ENTITY lol").append(i).append(" \"");
			for (int j = 0; j < 10; j++) {
				dtd.append("&lol").append(i - 1).append(';');
			}
			dtd.append("\">");
		}
		return dtd.toString();
	}

	/** Makes the cases of one source by editing its text, naming each by the edit. */
	private final class Cases {
		private final Source source;
		private final List<Case> cases;

		Cases(Source source, List<Case> cases) {
			this.source = source;
			this.cases = cases;
		}

		private void add(String mutation, String content, List<String> fields, Expect expect) {
			add(new String[] { mutation, content }, fields, expect, null, null);
		}

		/**
		 * Adds a case of a mutation and its content, and for a sweep, a broken base experiment or null; raw is text
		 * that must reach no output as it is, or null.
		 */
		void add(String[] mutationAndContent, List<String> fields, Expect expect, String baseContent, String raw) {
			String mutation = mutationAndContent[0];
			String content = mutationAndContent[1];
			assertFalse(content.equals(source.content()) && baseContent == null, source.fileName() + ": " + mutation + " changed nothing");
			cases.add(new Case(source.fileName() + ": " + mutation, source, content, fields, expect,
					baseContent != null ? baseContent : source.baseContent(), raw));
		}

		/** A sweep whose base experiment is broken by a mutation of the base (made by {@code base}'s methods). */
		void base(java.util.function.Consumer<Cases> mutation) {
			List<Case> made = new ArrayList<>();
			mutation.accept(new Cases(new Source(source.baseName(), source.baseContent(), false, null, null), made));
			for (Case broken : made) {
				cases.add(new Case(source.fileName() + " with base " + broken.name(), source, source.content(),
						broken.fields(), broken.expect(), broken.content(), broken.raw()));
			}
		}

		/** The start and end (after '>') of the first start tag of an element. */
		private int[] tag(String content, String element) {
			Matcher matcher = Pattern.compile("<" + Pattern.quote(element) + "[\\s/>]").matcher(content);
			assertTrue(matcher.find(), source.fileName() + " has no <" + element + ">");
			int start = matcher.start();
			int end = content.indexOf('>', start) + 1;
			return new int[] { start, end };
		}

		/** Sets (or adds) an attribute of the first element of a name; the field is the attribute. */
		void attribute(String element, String attribute, String value, Expect expect) {
			attribute(element, attribute, value, fieldWords(attribute), expect);
		}

		void attribute(String element, String attribute, String value, List<String> fields, Expect expect) {
			String[] edited = edited(element, attribute, value);
			add(edited[0], edited[1], fields, expect);
		}

		/** The mutation's name and the content with an attribute of the first element of a name set (or added). */
		String[] edited(String element, String attribute, String value) {
			String content = source.content();
			int[] tag = tag(content, element);
			String start = content.substring(tag[0], tag[1]);
			Matcher existing = Pattern.compile("(\\s" + Pattern.quote(attribute) + "=\")[^\"]*\"").matcher(start);
			String edited = existing.find()
					? start.substring(0, existing.start()) + existing.group(1) + value + "\"" + start.substring(existing.end())
					: start.replaceFirst("(/?>)$", " " + attribute + "=\"" + value.replace("$", "\\$") + "\"$1");
			return new String[] { "<" + element + " " + attribute + "=\"" + value + "\">",
					content.substring(0, tag[0]) + edited + content.substring(tag[1]) };
		}

		/** Replaces the text of the first element of a name. */
		void text(String element, String value, List<String> fields, Expect expect) {
			String content = source.content();
			Matcher matcher = Pattern.compile("(<" + Pattern.quote(element) + ">)[^<]*(</" + Pattern.quote(element) + ">)").matcher(content);
			assertTrue(matcher.find(), source.fileName() + " has no <" + element + "> with text");
			add("<" + element + ">" + value + "</" + element + ">",
					content.substring(0, matcher.start()) + matcher.group(1) + value + matcher.group(2) + content.substring(matcher.end()),
					fields, expect);
		}

		void renameAttribute(String element, String attribute, String misspelt, List<String> fields) {
			String content = source.content();
			int[] tag = tag(content, element);
			String start = content.substring(tag[0], tag[1]);
			String edited = start.replaceFirst("(\\s)" + Pattern.quote(attribute) + "=", "$1" + misspelt + "=");
			add("<" + element + "> attribute " + attribute + " misspelt " + misspelt,
					content.substring(0, tag[0]) + edited + content.substring(tag[1]), fields, Expect.FAIL);
		}

		void renameElement(String element, String misspelt, List<String> fields) {
			String content = source.content();
			int[] tag = tag(content, element);
			String edited = content.substring(0, tag[0]) + "<" + misspelt + content.substring(tag[0] + 1 + element.length());
			int close = edited.indexOf("</" + element + ">", tag[0]);
			if (close >= 0 && !content.substring(tag[0], tag[1]).endsWith("/>")) {
				edited = edited.substring(0, close) + "</" + misspelt + ">" + edited.substring(close + element.length() + 3);
			}
			add("element <" + element + "> misspelt <" + misspelt + ">", edited, fields, Expect.FAIL);
		}

		/** Deletes the first element of a name with its content; the field is the element. */
		void delete(String element) {
			String content = source.content();
			int[] tag = tag(content, element);
			int end = tag[1];
			if (!content.substring(tag[0], tag[1]).endsWith("/>")) {
				String close = "</" + element + ">";
				end = content.indexOf(close, tag[0]) + close.length();
			}
			int start = tag[0];
			while (start > 0 && (content.charAt(start - 1) == ' ' || content.charAt(start - 1) == '\t')) {
				start--;
			}
			if (end < content.length() && content.charAt(end) == '\n') {
				end++;
			}
			add("element <" + element + "> missing", content.substring(0, start) + content.substring(end), fieldWords(element), Expect.FAIL);
		}

		void replace(String mutation, String target, String replacement, List<String> fields) {
			assertTrue(source.content().contains(target), source.fileName() + " has no " + target);
			add(mutation, source.content().replaceFirst(Pattern.quote(target), Matcher.quoteReplacement(replacement)), fields, Expect.FAIL);
		}

		/** Adds a document type declaration after the XML declaration, and optionally edits the text. */
		void doctype(String mutation, String doctype, String target, String replacement, List<String> fields) {
			String content = source.content();
			int afterDeclaration = content.indexOf("?>") + 2;
			content = content.substring(0, afterDeclaration) + "\n" + doctype + content.substring(afterDeclaration);
			if (target != null && content.contains(target)) {
				content = content.replaceFirst(Pattern.quote(target), Matcher.quoteReplacement(replacement));
			}
			add(mutation, content, fields, Expect.FAIL);
		}

		/** Declares XML 1.1, which allows references to C0 controls, and puts one in the name. */
		void xml11Name(String mutation, String name, List<String> fields) {
			String content = source.content().replaceFirst("<\\?xml version=\"1.0\"", "<?xml version=\"1.1\"");
			content = content.replaceFirst("(<" + Pattern.quote(rootElement(source)) + "\\s[^>]*?\\sname=\")[^\"]*\"",
					"$1" + Matcher.quoteReplacement(name) + "\"");
			add("XML 1.1, name with " + mutation, content, fields, Expect.FAIL);
		}
	}

	/**
	 * The words that name a field in a message: its Java name, and its display name ({@link FieldNames}) from every
	 * installed model class that has a feature of that name.
	 */
	private List<String> fieldWords(String featureName) {
		Set<String> words = new LinkedHashSet<>();
		words.add(featureName);
		words.add(FieldNames.words(featureName));
		for (EPackage ePackage : packages()) {
			for (EClassifier classifier : ePackage.getEClassifiers()) {
				if (classifier instanceof EClass eClass) {
					EStructuralFeature feature = eClass.getEStructuralFeature(featureName);
					if (feature != null) {
						words.add(FieldNames.of(feature));
					}
				}
			}
		}
		return List.copyOf(words);
	}

	private List<EPackage> packages;

	/** The model packages of the sources: those of every object in the unchanged examples. */
	private List<EPackage> packages() {
		if (packages == null) {
			Set<EPackage> found = new LinkedHashSet<>();
			for (String name : List.of("semantic-development.plateau", "race-toy.plateau", "modular-dense.plateau",
					"reln-relu.plateau")) {
				try {
					Experiment experiment = PlateauResources.load(example(name, ModelFamily::examples).location());
					found.add(experiment.eClass().getEPackage());
					for (var contents = experiment.eAllContents(); contents.hasNext();) {
						EObject object = contents.next();
						found.add(object.eClass().getEPackage());
					}
				} catch (IOException e) {
					throw new AssertionError(name + " does not load: " + e.getMessage(), e);
				}
			}
			packages = List.copyOf(found);
		}
		return packages;
	}

	// ---------------------------------------------------------------------------------------------------------------
	// files

	private static String hostname;

	private static String hostname() {
		if (hostname == null) {
			try {
				hostname = Files.readString(Path.of("/etc/hostname")).strip();
			} catch (IOException e) {
				hostname = "";
			}
		}
		// a one-letter host name would be found in any message
		return hostname.length() >= 6 ? hostname : "";
	}

	/** The SHA-256 of every file under a folder, by relative path; empty if the folder does not exist. */
	private static Map<String, String> hashes(Path folder) throws IOException {
		Map<String, String> hashes = new TreeMap<>();
		if (!Files.exists(folder)) {
			return hashes;
		}
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : (Iterable<Path>) files::iterator) {
				String key = folder.relativize(file).toString();
				hashes.put(Files.isDirectory(file) ? key + "/" : key, Files.isDirectory(file) ? "folder" : sha256(file));
			}
		}
		return hashes;
	}

	private static String sha256(Path file) throws IOException {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static String difference(Map<String, String> before, Map<String, String> after) {
		List<String> changes = new ArrayList<>();
		before.forEach((file, hash) -> {
			if (!after.containsKey(file)) {
				changes.add("deleted " + file);
			} else if (!after.get(file).equals(hash)) {
				changes.add("changed " + file);
			}
		});
		after.keySet().stream().filter(file -> !before.containsKey(file)).forEach(file -> changes.add("added " + file));
		return String.join(", ", changes);
	}

	private static void copy(Path from, Path to) throws IOException {
		try (Stream<Path> files = Files.walk(from)) {
			for (Path file : (Iterable<Path>) files::iterator) {
				Path target = to.resolve(from.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				} else {
					Files.copy(file, target);
				}
			}
		}
	}

	private static Set<String> list(Path folder) throws IOException {
		try (Stream<Path> entries = Files.list(folder)) {
			return new LinkedHashSet<>(entries.map(path -> path.getFileName().toString()).sorted().toList());
		}
	}

	/** Shows control characters as escapes, so that the report itself is readable. */
	private static String visible(String text) {
		StringBuilder shown = new StringBuilder();
		text.codePoints().forEach(c -> {
			if (c == '\n') {
				shown.append("\n          ");
			} else if (c == '\t') {
				shown.append("\\t");
			} else if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
				shown.append(String.format(Locale.ROOT, "\\u%04X", c));
			} else {
				shown.appendCodePoint(c);
			}
		});
		return shown.toString();
	}
}
