package org.plateau.core.family;

import java.util.ArrayList;
import java.util.List;

import org.plateau.model.TheorySelection;

/** The predictions an experiment's {@link TheorySelection} asks for among those a family offers. */
public final class TheoryChoice {

	private TheoryChoice() {
	}

	/**
	 * The requested predictions, in the order asked; all offered when the selection names none.
	 *
	 * @param offered what the family offers for the experiment
	 * @param selection the experiment's selection, possibly {@code null}
	 * @param where names the experiment in messages, e.g. {@code "Theory of experiment 'x'"}
	 * @throws ExperimentException naming a requested prediction that is not offered, and those that are
	 */
	public static List<TheoryPrediction> select(List<TheoryPrediction> offered, TheorySelection selection, String where)
			throws ExperimentException {
		List<String> requested = selection == null ? List.of() : selection.getPredictions();
		if (requested.isEmpty()) {
			return List.copyOf(offered);
		}
		List<TheoryPrediction> chosen = new ArrayList<>();
		for (String id : requested) {
			chosen.add(offered.stream().filter(p -> p.id().equals(id)).findFirst()
					.orElseThrow(() -> new ExperimentException(where + ": prediction '" + id + "' does not exist for this "
							+ "experiment; available: " + offered.stream().map(TheoryPrediction::id).toList())));
		}
		return chosen;
	}
}
