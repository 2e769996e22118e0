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
}
