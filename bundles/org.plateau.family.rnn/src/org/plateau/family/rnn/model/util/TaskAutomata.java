package org.plateau.family.rnn.model.util;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.plateau.family.rnn.automata.Automaton;
import org.plateau.family.rnn.model.AutomatonTask;
import org.plateau.family.rnn.model.RandomAutomatonTask;
import org.plateau.family.rnn.model.RnnPackage;
import org.plateau.family.rnn.model.SequenceTask;
import org.plateau.family.rnn.model.TaskState;

/**
 * The automaton of a sequence task: typed state by state in an {@link AutomatonTask}, or drawn for a
 * {@link RandomAutomatonTask} (paper App. D.5).
 */
public final class TaskAutomata {

	/** A task automaton that cannot be built, with the object and the field to blame. */
	public static final class InvalidAutomaton extends Exception {
		private static final long serialVersionUID = 1L;
		private final transient EObject object;
		private final transient EStructuralFeature feature;

		InvalidAutomaton(EObject object, EStructuralFeature feature, String message) {
			super(message);
			this.object = object;
			this.feature = feature;
		}

		/** The object at fault. */
		public EObject object() {
			return object;
		}

		/** Its field at fault. */
		public EStructuralFeature feature() {
			return feature;
		}
	}

	private TaskAutomata() {
	}

	/** The automaton of any sequence task. */
	public static Automaton of(SequenceTask task) throws InvalidAutomaton {
		if (task instanceof AutomatonTask typed) {
			return of(typed);
		}
		RandomAutomatonTask random = (RandomAutomatonTask) task;
		return Automaton.random(random.getMaxStates(), random.getNewStateProbability(), random.getSymbols(),
				random.getOutputs(), new SplittableRandom(random.getAutomatonSeed()));
	}

	/**
	 * The automaton typed in a task: state 0 is the first state, each state's {@code next} names the states reached on
	 * symbols 0, 1, ...; the output alphabet is 0 .. the largest output.
	 *
	 * @throws InvalidAutomaton naming the state and field at fault
	 */
	public static Automaton of(AutomatonTask task) throws InvalidAutomaton {
		List<TaskState> states = task.getStates();
		if (states.isEmpty()) {
			throw new InvalidAutomaton(task, RnnPackage.Literals.AUTOMATON_TASK__STATES,
					"states must list at least one state (the first is the start state)");
		}
		Map<String, Integer> index = new HashMap<>();
		int outputs = 1;
		for (int s = 0; s < states.size(); s++) {
			TaskState state = states.get(s);
			String name = state.getName();
			if (name == null || name.isBlank() || name.strip().contains(" ")) {
				throw new InvalidAutomaton(state, RnnPackage.Literals.TASK_STATE__NAME,
						"name of state " + (s + 1) + " must be one word, was '" + name + "'");
			}
			if (index.put(name.strip(), s) != null) {
				throw new InvalidAutomaton(state, RnnPackage.Literals.TASK_STATE__NAME,
						"name '" + name + "' is used by two states; names must be unique");
			}
			if (state.getOutput() < 0 || state.getOutput() > 15) {
				throw new InvalidAutomaton(state, RnnPackage.Literals.TASK_STATE__OUTPUT,
						"output of state '" + name + "' must be 0 to 15, was " + state.getOutput());
			}
			outputs = Math.max(outputs, state.getOutput() + 1);
		}
		int symbols = task.getSymbols();
		int[][] next = new int[states.size()][symbols];
		int[] output = new int[states.size()];
		for (int s = 0; s < states.size(); s++) {
			TaskState state = states.get(s);
			String[] targets = state.getNext() == null || state.getNext().isBlank() ? new String[0]
					: state.getNext().strip().split("\\s+");
			if (targets.length != symbols) {
				throw new InvalidAutomaton(state, RnnPackage.Literals.TASK_STATE__NEXT, "next of state '" + state.getName()
						+ "' must name one state per symbol (symbols = " + symbols + "), separated by spaces, was '"
						+ (state.getNext() == null ? "" : state.getNext()) + "'");
			}
			for (int a = 0; a < symbols; a++) {
				Integer target = index.get(targets[a]);
				if (target == null) {
					throw new InvalidAutomaton(state, RnnPackage.Literals.TASK_STATE__NEXT, "next of state '" + state.getName()
							+ "' names '" + targets[a] + "' on symbol " + a + ", which is not a state of the task (states: "
							+ String.join(", ", index.keySet().stream().sorted().toList()) + ")");
				}
				next[s][a] = target;
			}
			output[s] = state.getOutput();
		}
		return new Automaton(next, output, symbols, outputs);
	}
}
