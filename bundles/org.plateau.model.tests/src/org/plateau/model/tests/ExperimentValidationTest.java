package org.plateau.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.Test;
import org.plateau.model.Experiment;
import org.plateau.model.PlateauFactory;
import org.plateau.model.PlateauPackage;
import org.plateau.model.RandomOrthogonalInitialisation;
import org.plateau.model.SmallGaussianInitialisation;
import org.plateau.model.Training;
import org.plateau.model.util.PlateauValidator;

/**
 * The constraints of the experiment model, checked through {@link Diagnostician#INSTANCE}, which finds
 * {@link PlateauValidator} in the validator registry where the generated package put it.
 */
class ExperimentValidationTest {
	@Test
	void completeExperimentIsValid() {
		Diagnostic diagnostic = Diagnostician.INSTANCE.validate(Experiments.semanticDevelopment());

		assertEquals(List.of(), messages(diagnostic));
		assertEquals(Diagnostic.OK, diagnostic.getSeverity());
	}

	@Test
	void defaultsOfTheModelAreValid() {
		Experiment experiment = Experiments.semanticDevelopment();
		experiment.setTraining(PlateauFactory.eINSTANCE.createTraining());
		experiment.setInitialisation(PlateauFactory.eINSTANCE.createSmallGaussianInitialisation());

		assertEquals(List.of(), messages(Diagnostician.INSTANCE.validate(experiment)));
	}

	@Test
	void negativeLearningRateIsNamedWithItsValue() {
		Experiment experiment = Experiments.semanticDevelopment();
		Training training = experiment.getTraining();
		training.setLearningRate(-0.1);

		Diagnostic diagnostic = Diagnostician.INSTANCE.validate(experiment);

		assertEquals(List.of("Training of experiment 'semantic-development': learningRate must be positive, was -0.1"), messages(diagnostic));
		Diagnostic error = diagnostic.getChildren().get(0);
		assertEquals(Diagnostic.ERROR, error.getSeverity());
		assertEquals(PlateauValidator.DIAGNOSTIC_SOURCE, error.getSource());
		assertEquals(PlateauValidator.TRAINING__LEARNING_RATE_POSITIVE, error.getCode());
		assertSame(training, error.getData().get(0));
		assertSame(PlateauPackage.Literals.TRAINING__LEARNING_RATE, error.getData().get(1));
	}

	@Test
	void learningRateMustBeFinite() {
		assertEquals(List.of("Training of experiment 'semantic-development': learningRate must be finite, was NaN"),
			trainingMessages(training -> training.setLearningRate(Double.NaN)));
		assertEquals(List.of("Training of experiment 'semantic-development': learningRate must be finite, was Infinity"),
			trainingMessages(training -> training.setLearningRate(Double.POSITIVE_INFINITY)));
		assertEquals(List.of("Training of experiment 'semantic-development': learningRate must be positive, was 0.0"),
			trainingMessages(training -> training.setLearningRate(0)));
	}

	@Test
	void stepsMustBePositive() {
		assertEquals(List.of("Training of experiment 'semantic-development': steps must be positive, was 0"),
			trainingMessages(training -> {
				training.setSteps(0);
				training.getSnapshotSteps().clear();
			}));
	}

	@Test
	void recordIntervalMustBePositiveAndAtMostSteps() {
		assertEquals(List.of("Training of experiment 'semantic-development': recordInterval must be positive, was 0"),
			trainingMessages(training -> training.setRecordInterval(0)));
		assertEquals(List.of("Training of experiment 'semantic-development': recordInterval must be at most steps (5000), was 5001"),
			trainingMessages(training -> training.setRecordInterval(5001)));
		assertEquals(List.of(), trainingMessages(training -> training.setRecordInterval(5000)));
	}

	@Test
	void everySnapshotStepMustLieWithinTheTraining() {
		assertEquals(List.of(
			"Training of experiment 'semantic-development': snapshotSteps[1] must lie in [0, steps] = [0, 5000], was -1",
			"Training of experiment 'semantic-development': snapshotSteps[3] must lie in [0, steps] = [0, 5000], was 5001"),
			trainingMessages(training -> {
				training.getSnapshotSteps().set(1, -1L);
				training.getSnapshotSteps().add(5001L);
			}));
	}

	@Test
	void initialisationParametersAreChecked() {
		Experiment experiment = Experiments.semanticDevelopment();
		SmallGaussianInitialisation smallGaussian = PlateauFactory.eINSTANCE.createSmallGaussianInitialisation();
		smallGaussian.setScale(-1e-3);
		experiment.setInitialisation(smallGaussian);
		assertEquals(List.of("SmallGaussianInitialisation of experiment 'semantic-development': scale must be non-negative, was -0.001"),
			messages(Diagnostician.INSTANCE.validate(experiment)));
		smallGaussian.setScale(0);
		assertEquals(List.of(), messages(Diagnostician.INSTANCE.validate(experiment)));

		RandomOrthogonalInitialisation orthogonal = PlateauFactory.eINSTANCE.createRandomOrthogonalInitialisation();
		orthogonal.setGain(0);
		experiment.setInitialisation(orthogonal);
		assertEquals(List.of("RandomOrthogonalInitialisation of experiment 'semantic-development': gain must be positive, was 0.0"),
			messages(Diagnostician.INSTANCE.validate(experiment)));

		experiment = Experiments.semanticDevelopment();
		((org.plateau.model.AlignedBalancedInitialisation)experiment.getInitialisation()).setA0(-2);
		assertEquals(List.of("AlignedBalancedInitialisation of experiment 'semantic-development': a0 must be positive, was -2.0"),
			messages(Diagnostician.INSTANCE.validate(experiment)));
	}

	@Test
	void missingPartsAreEachNamed() {
		Experiment experiment = PlateauFactory.eINSTANCE.createExperiment();
		experiment.setName("empty");

		assertEquals(List.of(
			"Experiment 'empty': task is missing",
			"Experiment 'empty': architecture is missing",
			"Experiment 'empty': initialisation is missing",
			"Experiment 'empty': training is missing"),
			messages(Diagnostician.INSTANCE.validate(experiment)));
	}

	@Test
	void unnamedExperimentsAndLooseObjectsAreDescribed() {
		Experiment experiment = PlateauFactory.eINSTANCE.createExperiment();
		Training training = PlateauFactory.eINSTANCE.createTraining();

		assertEquals("Unnamed experiment", PlateauValidator.describe(experiment));
		assertEquals("Training", PlateauValidator.describe(training));
		experiment.setTraining(training);
		assertEquals("Training of an unnamed experiment", PlateauValidator.describe(training));
	}

	private static List<String> trainingMessages(java.util.function.Consumer<Training> change) {
		Experiment experiment = Experiments.semanticDevelopment();
		change.accept(experiment.getTraining());
		return messages(Diagnostician.INSTANCE.validate(experiment));
	}

	static List<String> messages(Diagnostic diagnostic) {
		return diagnostic.getChildren().stream().map(Diagnostic::getMessage).toList();
	}

	static EObject firstObject(Diagnostic diagnostic) {
		return (EObject)diagnostic.getChildren().get(0).getData().get(0);
	}
}
