package org.plateau.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plateau.core.family.ExampleExperiment;
import org.plateau.core.family.ModelFamily;
import org.plateau.core.family.PlotDescriptor;
import org.plateau.core.figures.FigureRenderer;
import org.plateau.core.registry.FamilyRegistry;
import org.plateau.kernels.DenseKernels;
import org.plateau.model.Experiment;
import org.plateau.model.util.PlateauResources;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The {@code plateau} command end to end inside OSGi: the family and the figure renderer are found as Declarative
 * Services, exactly as in the product.
 */
class PlateauCommandTest {

	@TempDir
	Path temp;

	private PlateauServices services;
	private FamilyRegistry registry;
	private List<FigureRenderer> renderers;
	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@BeforeEach
	void findServices() throws InterruptedException {
		services = PlateauServices.find(1);
		registry = services.registry;
		renderers = services.renderers;
	}

	@AfterEach
	void close() {
		services.close();
	}

	private int plateau(CliContext.InterruptSource interrupts, String... args) {
		CliContext context = new CliContext(registry, renderers, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), false, interrupts);
		return PlateauCommand.execute(context, args);
	}

	private int plateau(String... args) {
		return plateau(monitor -> CancelOnInterrupt.none(), args);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	private static JsonObject manifest(Path folder) throws Exception {
		return JsonParser.parseString(Files.readString(folder.resolve("manifest.json"))).getAsJsonObject();
	}

	/**
	 * The deep linear family, whose examples these tests run end to end (the other families' bundles are in this
	 * fragment's runtime for the fuzz test; their own tests run their examples).
	 */
	private ModelFamily deepLinear() {
		return registry.families().stream().filter(f -> f.id().equals("org.plateau.family.deeplinear")).findFirst()
				.orElseThrow();
	}

	@Test
	void theDeepLinearFamilyIsFoundThroughDeclarativeServices() {
		assertTrue(registry.families().stream().map(ModelFamily::id).toList().contains("org.plateau.family.deeplinear"),
				registry.families().toString());
		assertEquals(0, plateau("examples"));
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("examples/semantic-development.plateau"));
	}

	@Test
	void everyBundledExampleRunsHeadlessAndWritesDataManifestAndFigures() throws Exception {
		List<ExampleExperiment> examples = new ArrayList<>();
		Map<String, ModelFamily> familyOf = new HashMap<>();
		for (ModelFamily family : List.of(deepLinear())) {
			for (ExampleExperiment example : family.examples()) {
				examples.add(example);
				familyOf.put(example.fileName(), family);
			}
		}
		assertTrue(examples.size() >= 4, "examples: " + examples);
		for (ExampleExperiment example : examples) {
			String name = example.fileName();
			Path folder = temp.resolve(name);
			assertEquals(0, plateau("run", "examples/" + name, "--out", folder.toString()), err());
			List<String> files = new ArrayList<>(List.of("metrics.csv", "theory.csv", "manifest.json",
					"experiment.plateau", "figures/loss.png"));
			// a PNG and an SVG of every plot the family declares for the example
			for (PlotDescriptor plot : familyOf.get(name).prepare(PlateauResources.load(example.location())).plots()) {
				files.add("figures/" + plot.id() + ".png");
				files.add("figures/" + plot.id() + ".svg");
			}
			for (String file : files) {
				assertTrue(Files.size(folder.resolve(file)) > 0, name + ": " + file + " is empty");
			}
			JsonObject manifest = manifest(folder);
			assertEquals("COMPLETED", manifest.get("status").getAsString());
			assertEquals("org.plateau.family.deeplinear", manifest.get("family").getAsString());
			assertTrue(manifest.has("seed") && manifest.has("wallTimeSeconds") && manifest.has("versions"));
			// issue 15: which dense kernels ran, with their BLAS threads, and how the gradient was computed
			JsonObject numerics = manifest.getAsJsonObject("numerics");
			JsonObject kernels = numerics.getAsJsonObject("kernels");
			assertEquals(DenseKernels.standard().backend().label(), kernels.get("backend").getAsString());
			assertTrue(kernels.has("library") && kernels.has("threads") && kernels.has("blasFrom"), kernels.toString());
			assertTrue(numerics.get("gradient").getAsString().startsWith("full batch")
					|| numerics.get("gradient").getAsString().startsWith("online"), numerics.toString());
			// the copy of the experiment records the run and loads back
			Experiment copy = PlateauResources.load(folder.resolve("experiment.plateau"));
			assertEquals(1, copy.getRuns().size());
			assertEquals("metrics.csv", copy.getRuns().get(0).getMetricsFile());
		}
		Path semantic = temp.resolve("semantic-development.plateau");
		assertTrue(Files.exists(semantic.resolve("figures/rsa.png")));
		assertTrue(Files.exists(semantic.resolve("figures/illusory-correlations.svg")));
		assertTrue(Files.readString(semantic.resolve("theory.csv")).startsWith("step,closed-form:loss,closed-form:a1"));
	}

	@Test
	void everyBundledExampleSweepRunsHeadlessWritesItsSummaryAndFiguresAndResumes() throws Exception {
		List<ExampleExperiment> bundled = deepLinear().exampleSweeps();
		assertEquals(List.of("generalization-alpha.sweep", "generalization-finite-size.sweep",
				"generalization-stopping-time-eta.sweep", "kernel-distance-lambda.sweep"),
				bundled.stream().map(ExampleExperiment::fileName).toList());
		// the two finite-size sweeps run 240 points (about 14 minutes): their settings are checked by
		// FiniteSizeStoppingTimeTest; here the two figure sweeps run
		List<ExampleExperiment> sweeps = new ArrayList<>(bundled.stream()
				.filter(sweep -> !sweep.fileName().startsWith("generalization-finite")
						&& !sweep.fileName().startsWith("generalization-stopping"))
				.toList());
		assertEquals(0, plateau("examples"));
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("examples/generalization-alpha.sweep"));
		for (ExampleExperiment sweep : sweeps) {
			Path folder = temp.resolve(sweep.fileName());
			assertEquals(0, plateau("sweep", "examples/" + sweep.fileName(), "--out", folder.toString()), err());
			int points = PlateauResources.loadSweep(sweep.location()).getAxes().get(0).getValues().size()
					* PlateauResources.loadSweep(sweep.location()).getRepetitions();
			assertEquals(points + 1, Files.readAllLines(folder.resolve("summary.csv")).size(), sweep.fileName());
			assertEquals(points + 1, Files.readAllLines(folder.resolve("points.csv")).size(), sweep.fileName());
			// one row per setting with the mean and standard error over its repetitions
			int settings = PlateauResources.loadSweep(sweep.location()).getAxes().get(0).getValues().size();
			assertEquals(settings + 1, Files.readAllLines(folder.resolve("settings.csv")).size(), sweep.fileName());
			assertTrue(Files.isRegularFile(folder.resolve("points/0000/metrics.csv")), sweep.fileName());
			for (String figure : List.of("figures/sweep-loss.png", "figures/sweep-loss.svg", "figures/sweep-loss-argmin.png")) {
				assertTrue(Files.size(folder.resolve(figure)) > 0, sweep.fileName() + ": " + figure);
			}
		}
		assertTrue(Files.size(temp.resolve("generalization-alpha.sweep/figures/sweep-E_g.png")) > 0);
		assertTrue(Files.size(temp.resolve("kernel-distance-lambda.sweep/figures/sweep-ntk.distance.png")) > 0);

		// run again into the same folder: every point is read back, none runs
		out.reset();
		Path again = temp.resolve("kernel-distance-lambda.sweep");
		assertEquals(0, plateau("sweep", "examples/kernel-distance-lambda.sweep", "--out", again.toString(), "--jobs", "1"), err());
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("Ran 0 points, read back 11 completed earlier"), out.toString(StandardCharsets.UTF_8));
	}

	@Test
	void aSweepWhoseBaseOrAxisIsWrongIsRefusedNamingIt() throws Exception {
		Path sweepFile = temp.resolve("lambdas.sweep");
		String sweep = """
				<?xml version="1.0" encoding="UTF-8"?>
				<plateau:Sweep xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:plateau="http://www.plateau.org/model/experiment/1.0" name="lambdas">
				  <base href="%s#/"/>
				  <axes featurePath="%s"><values>1</values></axes>
				</plateau:Sweep>
				""";
		Files.writeString(sweepFile, sweep.formatted("nowhere.plateau", "initialisation.lambda"));
		assertEquals(1, plateau("sweep", sweepFile.toString()));
		assertTrue(err().contains("nowhere.plateau") && err().contains("base experiment"), err());

		Experiment base = PlateauResources.load(deepLinear().examples().stream()
				.filter(e -> e.fileName().equals("kernel-distance-lambda.plateau")).findFirst().orElseThrow().location());
		PlateauResources.save(base, temp.resolve("base.plateau"));
		Files.writeString(sweepFile, sweep.formatted("base.plateau", "initialisation.lamda"));
		err.reset();
		assertEquals(1, plateau("sweep", sweepFile.toString()));
		assertTrue(err().contains("initialisation.lamda") && err().contains("no feature 'lamda'") && err().contains("lambda"), err());
		assertFalse(err().contains("\tat org."), "no stack trace: " + err());
	}

	@Test
	void interruptingARunCancelsItAndKeepsThePartialResults() throws Exception {
		Path folder = temp.resolve("cancelled");
		// stands in for Ctrl-C: the interrupt arrives while the simulation runs
		CliContext.InterruptSource ctrlC = monitor -> {
			Thread interrupter = new Thread(() -> {
				try {
					Thread.sleep(300);
				} catch (InterruptedException e) {
					return;
				}
				monitor.setCanceled(true);
			});
			interrupter.start();
			return CancelOnInterrupt.none();
		};
		int code = plateau(ctrlC, "run", "examples/saxe-2014-sigmoids.plateau", "--steps", "100000000", "--out",
				folder.toString(), "--no-figures");
		assertEquals(PlateauCommand.EXIT_CANCELLED, code, err());
		JsonObject manifest = manifest(folder);
		assertEquals("CANCELLED", manifest.get("status").getAsString());
		long steps = manifest.get("stepsCompleted").getAsLong();
		assertTrue(steps > 0 && steps < 100_000_000L, "steps completed: " + steps);
		List<String> lines = Files.readAllLines(folder.resolve("metrics.csv"));
		assertTrue(lines.size() > 2, "partial metrics are saved");
		assertTrue(lines.get(lines.size() - 1).startsWith(steps + ","), "the last step taken is the last row");
	}

	@Test
	void aDivergingRunStopsWithAMessageAndSavesWhatCameBefore() throws Exception {
		Experiment experiment = PlateauResources.load(deepLinear().examples().stream()
				.filter(e -> e.fileName().equals("saxe-2014-sigmoids.plateau")).findFirst().orElseThrow().location());
		experiment.getTraining().setLearningRate(2.0);
		Path file = temp.resolve("too-fast.plateau");
		PlateauResources.save(experiment, file);
		Path folder = temp.resolve("diverged");
		assertEquals(PlateauCommand.EXIT_DIVERGED, plateau("run", file.toString(), "--out", folder.toString()));
		assertTrue(err().contains("diverged") && err().contains("NaN/Inf at step"), err());
		assertFalse(err().contains("\tat org."), "no stack trace: " + err());
		assertEquals("DIVERGED", manifest(folder).get("status").getAsString());
		assertTrue(Files.readAllLines(folder.resolve("metrics.csv")).size() >= 2);
		assertTrue(Files.exists(folder.resolve("figures/loss.png")), "figures of the partial run are drawn");
	}

	@Test
	void aMalformedFileIsNamedWithItsProblemAndNoStackTrace() throws Exception {
		Path file = temp.resolve("broken.plateau");
		Files.writeString(file, "<?xml version=\"1.0\"?>\n<plateau:Experiment xmlns:plateau=\"http://www.plateau.org/model/experiment/1.0\" name=\"x\">\n<training>\n");
		assertEquals(1, plateau("run", file.toString()));
		assertTrue(err().contains(file.toString()) && err().contains("not well-formed"), err());
		assertFalse(err().contains("\tat org."), "no stack trace: " + err());

		err.reset();
		assertEquals(1, plateau("run", temp.resolve("missing.plateau").toString()));
		assertTrue(err().contains("missing.plateau") && err().contains("no such file"), err());
	}

	@Test
	void anExampleIsFoundByFileNameInItsFamilysBundleAndOnlyThere() throws Exception {
		Path folder = temp.resolve("by-name");
		assertEquals(0, plateau("run", "examples/semantic-development.plateau", "--steps", "10", "--no-figures", "--out",
				folder.toString()), err());
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("examples/semantic-development.plateau: an example of "
				+ deepLinear().name() + ", shipped inside the bundle org.plateau.family.deeplinear"),
				out.toString(StandardCharsets.UTF_8));

		// a sweep's file name does not name an experiment, nor a path or a pattern
		for (String name : List.of("examples/generalization-alpha.sweep", "examples/x/../semantic-development.plateau",
				"examples/semantic*.plateau", "examples/semantic\\-development.plateau")) {
			err.reset();
			assertEquals(1, plateau("run", name, "--out", temp.resolve("none").toString()), name);
			assertTrue(err().contains("no installed model family ships an example named"), err());
		}
		err.reset();
		assertEquals(1, plateau("sweep", "examples/semantic-development.plateau", "--out", temp.resolve("none").toString()));
		assertTrue(err().contains("no installed model family ships an example sweep named 'semantic-development.plateau'"),
				err());
	}

	@Test
	void anInvalidExperimentIsRejectedNamingTheFieldAndValue() throws Exception {
		Experiment experiment = PlateauResources.load(deepLinear().examples().stream()
				.filter(e -> e.fileName().equals("semantic-development.plateau")).findFirst().orElseThrow().location());
		experiment.getTraining().setLearningRate(-0.1);
		Path file = temp.resolve("negative.plateau");
		PlateauResources.save(experiment, file);
		assertEquals(1, plateau("validate", file.toString()));
		assertTrue(err().contains("learningRate must be positive, was -0.1"), err());
		err.reset();
		assertEquals(1, plateau("run", file.toString(), "--out", temp.resolve("never").toString()));
		assertFalse(Files.exists(temp.resolve("never")), "nothing is written for an invalid experiment");
	}

	@Test
	void overridingTheStepsKeepsTheExperimentValidAndAFullFolderIsNotOverwritten() throws Exception {
		Path folder = temp.resolve("short");
		assertEquals(0, plateau("run", "examples/semantic-development.plateau", "--steps", "150", "--out",
				folder.toString(), "--no-figures"), err());
		assertTrue(err().contains("snapshot steps [200, 300, 400, 600, 1000] dropped"), err());
		assertEquals(150, manifest(folder).get("stepsCompleted").getAsLong());

		err.reset();
		assertEquals(1, plateau("run", "examples/semantic-development.plateau", "--out", folder.toString()));
		assertTrue(err().contains("is not empty") && err().contains("--force"), err());
		assertEquals(150, manifest(folder).get("stepsCompleted").getAsLong(), "the earlier results are untouched");

		assertEquals(0, plateau("run", "examples/semantic-development.plateau", "--out", folder.toString(), "--force",
				"--no-figures"), err());
		assertEquals(1000, manifest(folder).get("stepsCompleted").getAsLong());
	}

	/**
	 * new-family writes the standalone project (the SDK's CI script builds and tests it); without an SDK repository, or
	 * into a folder with files, it says which option is at fault and writes nothing.
	 */
	@Test
	void newFamilyWritesAProjectOrNamesTheOptionAtFault() throws Exception {
		Path sdk = Files.createDirectories(temp.resolve("sdk"));
		Files.writeString(sdk.resolve("content.xml"), "<repository/>");
		Path project = temp.resolve("decay");
		assertEquals(0, plateau("new-family", "decay", "--dir", project.toString(), "--id", "org.mylab.family.decay",
				"--sdk", sdk.toString()), err());
		assertTrue(Files.isRegularFile(project.resolve("org.mylab.family.decay/model/decay.ecore")));
		assertTrue(Files.readString(project.resolve(".mvn/maven.config")).contains(sdk.toUri().toString()));

		err.reset();
		assertEquals(PlateauCommand.EXIT_INVALID, plateau("new-family", "decay", "--dir", project.toString(), "--sdk",
				sdk.toString()));
		assertTrue(err().contains("--dir") && err().contains("not an empty folder"), err());

		err.reset();
		Path other = temp.resolve("other");
		assertEquals(PlateauCommand.EXIT_USAGE, plateau("new-family", "Decay", "--dir", other.toString(), "--sdk",
				sdk.toString()));
		assertTrue(err().contains("family name 'Decay'"), err());
		err.reset();
		assertEquals(PlateauCommand.EXIT_USAGE, plateau("new-family", "decay", "--dir", other.toString(), "--sdk",
				temp.resolve("nowhere").toString()));
		assertTrue(err().contains("is not a p2 repository"), err());
		assertFalse(Files.exists(other), "nothing is written");
	}

	/**
	 * install, uninstall and families outside an installation (no -Dplateau.home, as in these tests): install and
	 * uninstall name what is at fault and change nothing; families lists the families with their versions.
	 */
	@Test
	void installUninstallAndFamiliesSayWhatIsAtFault() throws Exception {
		assertEquals(PlateauCommand.EXIT_USAGE, plateau("install", temp.toString(), "org.mylab.family.decay.feature"));
		assertTrue(err().contains("REPO '" + temp + "' is not a p2 repository"), err());
		err.reset();
		Files.writeString(temp.resolve("content.xml"), "<repository/>");
		assertEquals(PlateauCommand.EXIT_USAGE, plateau("install", temp.toString(), "org.plateau.feature"));
		assertTrue(err().contains("FEATURE 'org.plateau.feature' is part of Plateau itself"), err());
		err.reset();
		assertEquals(PlateauCommand.EXIT_INVALID, plateau("install", temp.toString(), "org.mylab.family.decay.feature"));
		assertTrue(err().contains("no installation to change"), err());
		err.reset();
		assertEquals(PlateauCommand.EXIT_USAGE, plateau("uninstall", "not a feature"));
		assertTrue(err().contains("FEATURE 'not a feature' is not a feature id"), err());

		assertEquals(0, plateau("families"), err());
		String listed = out.toString(StandardCharsets.UTF_8);
		assertTrue(listed.contains("org.plateau.family.deeplinear") && listed.contains("Deep linear networks"), listed);
	}
}
