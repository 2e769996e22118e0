package org.plateau.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.plateau.model.tests.ExperimentValidationTest.messages;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plateau.model.AxisSpacing;
import org.plateau.model.Experiment;
import org.plateau.model.LossConvention;
import org.plateau.model.PlateauFactory;
import org.plateau.model.PlateauPackage;
import org.plateau.model.Sweep;
import org.plateau.model.SweepAxis;
import org.plateau.model.util.ExperimentFileException;
import org.plateau.model.util.PlateauResources;
import org.plateau.model.util.PlateauValidator;
import org.plateau.model.util.SweepAxes;

/**
 * Sweeps in the experiment model: feature paths, the values of an axis, validation that names the axis, the feature
 * and the value, and sweep files that refer to their base experiment by a relative path.
 */
class SweepModelTest {

	private static Sweep sweep(String path, String... values) {
		Sweep sweep = PlateauFactory.eINSTANCE.createSweep();
		sweep.setName("rates");
		sweep.setBase(Experiments.semanticDevelopment());
		SweepAxis axis = PlateauFactory.eINSTANCE.createSweepAxis();
		axis.setFeaturePath(path);
		axis.getValues().addAll(List.of(values));
		sweep.getAxes().add(axis);
		return sweep;
	}

	@Test
	void aFeaturePathNamesAnAttributeOfAPartOfTheExperiment() {
		Experiment experiment = Experiments.semanticDevelopment();
		assertSame(PlateauPackage.Literals.TRAINING__LEARNING_RATE, SweepAxes.attribute(experiment, "training.learningRate"));
		assertSame(experiment.getTraining(), SweepAxes.owner(experiment, "training.learningRate"));
		SweepAxes.apply(experiment, "training.learningRate", 0.25);
		assertEquals(0.25, experiment.getTraining().getLearningRate());
		SweepAxes.apply(experiment, "seed", 7L);
		assertEquals(7L, experiment.getSeed());

		IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
				() -> SweepAxes.attribute(experiment, "training.learningrate"));
		assertTrue(unknown.getMessage().contains("featurePath 'training.learningrate': the training (Training) has no feature 'learningrate'")
				&& unknown.getMessage().contains("learningRate"), unknown.getMessage());
		IllegalArgumentException part = assertThrows(IllegalArgumentException.class, () -> SweepAxes.attribute(experiment, "training"));
		assertTrue(part.getMessage().contains("is a part of the experiment, not a value"), part.getMessage());
		IllegalArgumentException list = assertThrows(IllegalArgumentException.class,
				() -> SweepAxes.attribute(experiment, "training.snapshotSteps"));
		assertTrue(list.getMessage().contains("holds a list"), list.getMessage());
		IllegalArgumentException text = assertThrows(IllegalArgumentException.class, () -> SweepAxes.attribute(experiment, "name"));
		assertTrue(text.getMessage().contains("numbers and enumerations only"), text.getMessage());
	}

	@Test
	void anAxisGivesListedValuesOrALinearOrLogRange() {
		Sweep sweep = sweep("training.lossConvention", "SUM", "MEAN");
		SweepAxis axis = sweep.getAxes().get(0);
		assertEquals(List.of(LossConvention.SUM, LossConvention.MEAN),
				SweepAxes.values(axis, PlateauPackage.Literals.TRAINING__LOSS_CONVENTION));

		axis.setSpacing(AxisSpacing.LOG);
		axis.setFrom(1e-3);
		axis.setTo(1e-1);
		axis.setCount(3);
		List<Object> rates = SweepAxes.values(axis, PlateauPackage.Literals.TRAINING__LEARNING_RATE);
		assertEquals(3, rates.size());
		assertEquals(1e-3, (Double) rates.get(0), 1e-18);
		assertEquals(1e-2, (Double) rates.get(1), 1e-17);
		assertEquals(1e-1, (Double) rates.get(2), 1e-16);

		// a log range of whole numbers is rounded, and repeats are dropped
		axis.setFrom(1);
		axis.setTo(4);
		axis.setCount(7);
		assertEquals(List.of(1L, 2L, 3L, 4L), SweepAxes.values(axis, PlateauPackage.Literals.TRAINING__STEPS));
		axis.setSpacing(AxisSpacing.LINEAR);
		axis.setFrom(0);
		axis.setTo(1);
		axis.setCount(5);
		assertEquals(List.of(0.0, 0.25, 0.5, 0.75, 1.0), SweepAxes.values(axis, PlateauPackage.Literals.TRAINING__LEARNING_RATE));
	}

	@Test
	void aValidSweepHasNoProblem() {
		assertEquals(List.of(), messages(Diagnostician.INSTANCE.validate(sweep("training.learningRate", "0.01", "0.02"))));
	}

	@Test
	void anAxisNamingNoFeatureIsAnErrorNamingAxisAndFeature() {
		Sweep sweep = sweep("training.learningrate", "0.01");
		Diagnostic diagnostic = Diagnostician.INSTANCE.validate(sweep);
		assertEquals(1, messages(diagnostic).size(), messages(diagnostic).toString());
		String message = messages(diagnostic).get(0);
		assertTrue(message.startsWith("Axis 'training.learningrate' of Sweep 'rates': featurePath 'training.learningrate'"), message);
		assertTrue(message.contains("has no feature 'learningrate'"), message);
		assertEquals(PlateauValidator.SWEEP_AXIS__FEATURE_PATH_RESOLVES, diagnostic.getChildren().get(0).getCode());
		assertSame(PlateauPackage.Literals.SWEEP_AXIS__FEATURE_PATH, diagnostic.getChildren().get(0).getData().get(1));
	}

	@Test
	void aValueOutsideTheFeaturesRangeIsAnErrorNamingValueAndFeature() {
		Diagnostic diagnostic = Diagnostician.INSTANCE.validate(sweep("training.learningRate", "0.01", "-1", "abc"));
		List<String> messages = messages(diagnostic);
		assertEquals(1, messages.size(), messages.toString());
		assertTrue(messages.get(0).contains("value 'abc' is not a number, as learningRate needs"), messages.get(0));

		messages = messages(Diagnostician.INSTANCE.validate(sweep("training.learningRate", "0.01", "-1")));
		assertEquals(List.of("Axis 'training.learningRate' of Sweep 'rates': value -1.0 of training.learningRate is out of range: "
				+ "Training of experiment 'semantic-development': learningRate must be positive, was -1.0"), messages);
	}

	@Test
	void repetitionsSamplesBaseAndDistinctAxesAreChecked() {
		Sweep sweep = sweep("training.learningRate", "0.01");
		sweep.setRepetitions(0);
		sweep.setSampling(org.plateau.model.SweepSampling.RANDOM);
		sweep.setSamples(0);
		SweepAxis twin = PlateauFactory.eINSTANCE.createSweepAxis();
		twin.setFeaturePath("training.learningRate");
		twin.getValues().add("0.1");
		sweep.getAxes().add(twin);
		List<String> messages = messages(Diagnostician.INSTANCE.validate(sweep));
		assertTrue(messages.contains("Sweep 'rates': repetitions must be positive, was 0"), messages.toString());
		assertTrue(messages.contains("Sweep 'rates': samples must be positive for random sampling, was 0"), messages.toString());
		assertTrue(messages.contains("Axis 'training.learningRate' of Sweep 'rates': two axes set training.learningRate"), messages.toString());

		Sweep baseless = sweep("training.learningRate", "0.01");
		baseless.setBase(null);
		assertEquals(List.of("Sweep 'rates': base: the sweep names no base experiment"), messages(Diagnostician.INSTANCE.validate(baseless)));
	}

	@Test
	void zippedAxesGiveAsManyValuesOrOne() {
		Sweep sweep = sweep("training.learningRate", "0.01", "0.02");
		sweep.setSampling(org.plateau.model.SweepSampling.ZIP);
		SweepAxis steps = PlateauFactory.eINSTANCE.createSweepAxis();
		steps.setFeaturePath("training.steps");
		steps.getValues().add("7000");
		sweep.getAxes().add(steps);
		assertEquals(List.of(), messages(Diagnostician.INSTANCE.validate(sweep)));
		steps.getValues().addAll(List.of("8000", "9000"));
		assertEquals(List.of("Axis 'training.steps' of Sweep 'rates': zip sampling takes the axes' values together, but this "
				+ "axis gives 3 values and another 2 (an axis of one value holds at every point)"),
				messages(Diagnostician.INSTANCE.validate(sweep)));
	}

	@Test
	void aGatedArchitectureNamesItsNodesAndEdgesOnce() {
		org.plateau.gdln.model.GatedArchitecture architecture = org.plateau.gdln.model.GdlnFactory.eINSTANCE.createGatedArchitecture();
		org.plateau.gdln.model.GatedNode x = org.plateau.gdln.model.GdlnFactory.eINSTANCE.createGatedNode();
		x.setName("x");
		x.setDim(0);
		org.plateau.gdln.model.GatedNode twin = org.plateau.gdln.model.GdlnFactory.eINSTANCE.createGatedNode();
		twin.setName("x");
		architecture.getNodes().addAll(List.of(x, twin));
		org.plateau.gdln.model.GatedEdge edge = org.plateau.gdln.model.GdlnFactory.eINSTANCE.createGatedEdge();
		edge.setName("W");
		edge.setSource(x);
		architecture.getEdges().add(edge);
		assertEquals(List.of("GatedNode: dim of node 'x' must be at least 1, was 0", "GatedNode: two nodes are named 'x'",
				"GatedEdge: edge 'W' has no target node"), messages(Diagnostician.INSTANCE.validate(architecture)));
	}

	@Test
	void aSweepFileRefersToItsBaseByARelativePath(@TempDir Path folder) throws Exception {
		Sweep sweep = sweep("training.learningRate", "0.01", "0.02");
		Experiment base = sweep.getBase();
		PlateauResources.save(base, folder.resolve("base.plateau"));
		PlateauResources.saveSweep(sweep, folder.resolve("rates.sweep"));
		assertTrue(Files.readString(folder.resolve("rates.sweep")).contains("href=\"base.plateau#/\""),
				Files.readString(folder.resolve("rates.sweep")));

		Sweep loaded = PlateauResources.loadSweep(folder.resolve("rates.sweep"));
		assertEquals("semantic-development", loaded.getBase().getName());
		assertEquals(List.of("0.01", "0.02"), loaded.getAxes().get(0).getValues());

		Files.delete(folder.resolve("base.plateau"));
		ExperimentFileException missing = assertThrows(ExperimentFileException.class,
				() -> PlateauResources.loadSweep(folder.resolve("rates.sweep")));
		assertTrue(missing.getMessage().contains("its base experiment " + folder.resolve("base.plateau") + " cannot be read"),
				missing.getMessage());
		ExperimentFileException notASweep = assertThrows(ExperimentFileException.class,
				() -> PlateauResources.loadSweep(writeExperiment(folder)));
		assertTrue(notASweep.getMessage().contains("expected a Sweep"), notASweep.getMessage());
	}

	private static Path writeExperiment(Path folder) throws Exception {
		Path file = folder.resolve("plain.plateau");
		PlateauResources.save(Experiments.semanticDevelopment(), file);
		return file;
	}
}
