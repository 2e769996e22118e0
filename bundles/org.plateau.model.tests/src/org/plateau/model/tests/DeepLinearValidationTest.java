package org.plateau.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.plateau.model.tests.ExperimentValidationTest.messages;

import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.Test;
import org.plateau.family.deeplinear.model.DeepLinearFactory;
import org.plateau.family.deeplinear.model.DeepLinearNetwork;
import org.plateau.family.deeplinear.model.DeepLinearPackage;
import org.plateau.family.deeplinear.model.HierarchyDataset;
import org.plateau.family.deeplinear.model.HierarchyTask;
import org.plateau.family.deeplinear.model.RandomRegressionTask;
import org.plateau.family.deeplinear.model.SpectrumTask;
import org.plateau.family.deeplinear.model.util.DeepLinearValidator;
import org.plateau.model.Experiment;

/**
 * The constraints of the deep linear family's model, which {@link Diagnostician#INSTANCE} applies to family objects
 * inside an experiment.
 */
class DeepLinearValidationTest {
	@Test
	void hiddenWidthBelowTheTaskRankNamesTheRequiredMinimum() {
		Experiment experiment = Experiments.semanticDevelopment();
		((HierarchyTask)experiment.getTask()).setDataset(HierarchyDataset.FOUR_ITEMS);
		DeepLinearNetwork network = (DeepLinearNetwork)experiment.getArchitecture();
		network.setDepth(2);
		network.setHiddenWidth(3);

		Diagnostic diagnostic = Diagnostician.INSTANCE.validate(experiment);

		assertEquals(List.of("DeepLinearNetwork of experiment 'semantic-development': hiddenWidth must be at least 4, "
			+ "the rank of the task (HierarchyTask FOUR_ITEMS), was 3"), messages(diagnostic));
		Diagnostic error = diagnostic.getChildren().get(0);
		assertEquals(DeepLinearValidator.DIAGNOSTIC_SOURCE, error.getSource());
		assertEquals(DeepLinearValidator.DEEP_LINEAR_NETWORK__HIDDEN_WIDTH_COVERS_TASK_RANK, error.getCode());
		assertSame(network, error.getData().get(0));
		assertSame(DeepLinearPackage.Literals.DEEP_LINEAR_NETWORK__HIDDEN_WIDTH, error.getData().get(1));
	}

	@Test
	void rankFollowsTheTask() {
		Experiment experiment = Experiments.semanticDevelopment();
		DeepLinearNetwork network = (DeepLinearNetwork)experiment.getArchitecture();
		network.setHiddenWidth(7);
		assertEquals(List.of("DeepLinearNetwork of experiment 'semantic-development': hiddenWidth must be at least 8, "
			+ "the rank of the task (HierarchyTask EIGHT_ITEM_TREE), was 7"), messages(Diagnostician.INSTANCE.validate(experiment)));

		SpectrumTask spectrum = DeepLinearFactory.eINSTANCE.createSpectrumTask();
		spectrum.getSingularValues().addAll(List.of(5.0, 4.0, 3.0));
		experiment.setTask(spectrum);
		network.setHiddenWidth(2);
		assertEquals(List.of("DeepLinearNetwork of experiment 'semantic-development': hiddenWidth must be at least 3, "
			+ "the rank of the task (SpectrumTask with 3 singular values), was 2"), messages(Diagnostician.INSTANCE.validate(experiment)));

		RandomRegressionTask regression = DeepLinearFactory.eINSTANCE.createRandomRegressionTask();
		regression.setInputDim(10);
		regression.setOutputDim(6);
		regression.setSamples(20);
		experiment.setTask(regression);
		network.setHiddenWidth(5);
		assertEquals(List.of("DeepLinearNetwork of experiment 'semantic-development': hiddenWidth must be at least 6, "
			+ "the rank of the task (RandomRegressionTask, min(inputDim, outputDim, samples) of 10, 6, 20), was 5"),
			messages(Diagnostician.INSTANCE.validate(experiment)));
		network.setHiddenWidth(6);
		assertEquals(List.of(), messages(Diagnostician.INSTANCE.validate(experiment)));
	}

	@Test
	void shallowNetworkHasNoHiddenLayerToCheck() {
		Experiment experiment = Experiments.semanticDevelopment();
		DeepLinearNetwork network = (DeepLinearNetwork)experiment.getArchitecture();
		network.setDepth(1);
		network.setHiddenWidth(1);

		assertEquals(List.of(), messages(Diagnostician.INSTANCE.validate(experiment)));
	}

	@Test
	void depthAndWidthMustBePositive() {
		Experiment experiment = Experiments.semanticDevelopment();
		DeepLinearNetwork network = (DeepLinearNetwork)experiment.getArchitecture();
		network.setDepth(0);
		network.setHiddenWidth(0);

		assertEquals(List.of(
			"DeepLinearNetwork of experiment 'semantic-development': depth must be at least 1, was 0",
			"DeepLinearNetwork of experiment 'semantic-development': hiddenWidth must be at least 1, was 0"),
			messages(Diagnostician.INSTANCE.validate(experiment)));
	}

	@Test
	void spectrumTaskIsChecked() {
		Experiment experiment = Experiments.semanticDevelopment();
		SpectrumTask spectrum = DeepLinearFactory.eINSTANCE.createSpectrumTask();
		spectrum.setInputDim(3);
		spectrum.setOutputDim(2);
		spectrum.getSingularValues().addAll(List.of(2.0, -1.0, 0.5));
		experiment.setTask(spectrum);

		assertEquals(List.of(
			"SpectrumTask of experiment 'semantic-development': singularValues must have at most min(inputDim, outputDim) = 2 values, has 3",
			"SpectrumTask of experiment 'semantic-development': singularValues[1] must be positive and finite, was -1.0"),
			messages(Diagnostician.INSTANCE.validate(experiment)));

		spectrum.setInputDim(0);
		spectrum.getSingularValues().clear();
		assertEquals(List.of("SpectrumTask of experiment 'semantic-development': inputDim must be at least 1, was 0"),
			messages(Diagnostician.INSTANCE.validate(experiment)));
	}

	@Test
	void whitenedRegressionNeedsEnoughSamples() {
		Experiment experiment = Experiments.semanticDevelopment();
		RandomRegressionTask regression = DeepLinearFactory.eINSTANCE.createRandomRegressionTask();
		regression.setSamples(16);
		experiment.setTask(regression);

		assertEquals(List.of(
			"RandomRegressionTask of experiment 'semantic-development': samples must be at least inputDim (32) when the inputs are whitened, was 16"),
			messages(Diagnostician.INSTANCE.validate(experiment)));

		regression.setWhitened(false);
		assertEquals(List.of(), messages(Diagnostician.INSTANCE.validate(experiment)));

		regression.setOutputDim(0);
		assertEquals(List.of("RandomRegressionTask of experiment 'semantic-development': outputDim must be at least 1, was 0"),
			messages(Diagnostician.INSTANCE.validate(experiment)));
	}
}
