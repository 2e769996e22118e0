package org.plateau.family.rnn.model.util;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.plateau.core.family.ExperimentException;
import org.plateau.core.run.ExperimentRunner;
import org.plateau.family.rnn.internal.RnnFamily;
import org.plateau.family.rnn.model.AutomatonTask;
import org.plateau.family.rnn.model.TaskState;
import org.plateau.model.Experiment;
import org.plateau.model.LossKind;
import org.plateau.model.util.PlateauResources;

/** Settings that would crash or silently mislead a run are refused before it starts, naming the field. */
class RnnValidatorTest {

	private static Experiment parity() throws IOException {
		return PlateauResources.load(new RnnFamily().examples().stream()
				.filter(e -> e.fileName().equals("rnn-parity.plateau")).findFirst().orElseThrow().location());
	}

	private static void refused(Consumer<Experiment> change, String field) throws IOException {
		Experiment experiment = parity();
		change.accept(experiment);
		ExperimentException e = assertThrows(ExperimentException.class, () -> ExperimentRunner.validate(experiment));
		assertTrue(e.getMessage().contains(field), e.getMessage());
	}

	@Test
	void sizesBeyondWhatARunCanHoldAreRefusedByName() throws IOException {
		refused(e -> {
			((AutomatonTask) e.getTask()).setSymbols(1);
			for (TaskState state : ((AutomatonTask) e.getTask()).getStates()) {
				state.setNext(state.getName());
			}
			((AutomatonTask) e.getTask()).setMaxLength(200);
		}, "maxLength");
		refused(e -> ((AutomatonTask) e.getTask()).setMaxLength(18), "analysisEvery");
		refused(e -> {
			((AutomatonTask) e.getTask()).setValidationLength(100_000);
			((AutomatonTask) e.getTask()).setValidationStrings(1 << 20);
		}, "validationStrings");
		refused(e -> ((AutomatonTask) e.getTask()).setTestStrings(1 << 20), "testStrings");
	}

	@Test
	void aTaskOfOneOutputIsNotTrainedWithCrossEntropy() throws IOException {
		refused(e -> {
			e.getTraining().setLossKind(LossKind.CROSS_ENTROPY);
			((AutomatonTask) e.getTask()).getStates().forEach(state -> state.setOutput(0));
		}, "CROSS_ENTROPY");
	}

	@Test
	void aTypedAutomatonNamesTheStateAndFieldAtFault() throws IOException {
		refused(e -> ((AutomatonTask) e.getTask()).getStates().get(1).setNext("odd"), "symbols = 2");
		refused(e -> ((AutomatonTask) e.getTask()).getStates().get(1).setNext("odd nowhere"), "'nowhere'");
		refused(e -> ((AutomatonTask) e.getTask()).getStates().get(1).setName("even"), "used by two states");
	}

	private static Experiment twoPoints() throws IOException {
		return PlateauResources.load(new RnnFamily().examples().stream()
				.filter(e -> e.fileName().equals("rnn-two-points-shallow.plateau")).findFirst().orElseThrow().location());
	}

	private static void refusedTwoPoints(Consumer<Experiment> change, String field) throws IOException {
		Experiment experiment = twoPoints();
		change.accept(experiment);
		ExperimentException e = assertThrows(ExperimentException.class, () -> ExperimentRunner.validate(experiment));
		assertTrue(e.getMessage().contains(field), e.getMessage());
	}

	@Test
	void aPairOfStringsIsTwoDifferentStringsOfTheAlphabetFollowedAtTheAnalysis() throws IOException {
		refused(e -> ((AutomatonTask) e.getTask()).setPairString2(""), "pairString2");
		refused(e -> ((AutomatonTask) e.getTask()).setPairString2("02"), "'2'");
		refused(e -> ((AutomatonTask) e.getTask()).setPairString2("0"), "two different strings");
		refused(e -> ((AutomatonTask) e.getTask()).setPairString1("00000000000"), "maxLength");
		refused(e -> ((AutomatonTask) e.getTask()).setAnalysisEvery(0), "analysisEvery");
	}

	@Test
	void anMlpOrAnRnnGetsOnlyWhatItCanDo() throws IOException {
		refused(e -> ((org.plateau.family.rnn.model.RecurrentNetwork) e.getArchitecture())
				.setActivation(org.plateau.family.rnn.model.Activation.LEAKY_RELU), "LEAKY_RELU");
		refusedTwoPoints(e -> ((org.plateau.family.rnn.model.MultilayerPerceptron) e.getArchitecture()).setTrackedLayer(2),
				"trackedLayer");
		refusedTwoPoints(e -> ((org.plateau.family.rnn.model.MultilayerPerceptron) e.getArchitecture()).setWidth(0), "width");
		refusedTwoPoints(e -> e.getTraining().setAlgorithm(org.plateau.model.TrainingAlgorithm.ONLINE_SGD), "algorithm");
		refusedTwoPoints(e -> e.getTraining().setLossKind(LossKind.CROSS_ENTROPY), "lossKind");
		refusedTwoPoints(e -> ((org.plateau.family.rnn.model.TwoPointTask) e.getTask()).setInputDistance(0), "inputDistance");
		refusedTwoPoints(e -> ((org.plateau.family.rnn.model.TwoPointTask) e.getTask()).setOutputDimension(0),
				"outputDimension");
	}
}
