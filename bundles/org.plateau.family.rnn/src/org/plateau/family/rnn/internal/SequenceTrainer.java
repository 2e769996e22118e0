package org.plateau.family.rnn.internal;

import org.ejml.data.DMatrixRMaj;
import org.plateau.core.family.Trainer;
import org.plateau.family.rnn.automata.Automaton;
import org.plateau.family.rnn.automata.AutomatonExtraction;
import org.plateau.family.rnn.automata.ExtractedAutomaton;
import org.plateau.family.rnn.automata.HiddenStatistics;
import org.plateau.family.rnn.automata.MergerCensus;

/**
 * The run of a sequence-task experiment: one {@link #step()} is one epoch of {@link ElmanTraining}; records measure
 * the losses, the accuracies on longer strings and, every few records, the automaton extracted from the hidden states
 * of all analysis strings (van Rossem &amp; Saxe 2025, App. A) with its census of merged pairs.
 */
final class SequenceTrainer implements Trainer {

	private final SequenceSetup setup;
	private final ElmanNetwork net;
	private final ElmanTraining training;
	private long epoch;
	private double transition = Double.NaN;

	/** Analysis buffers, made once: the final hidden states of the analysis strings in their order, and read-outs. */
	private final double[] hidden;
	private final int[] argmax;
	private final double[] outputs;
	private final int[][] rowOf;
	private final double[] datasetHidden;
	private final HiddenStatistics statistics;
	private ExtractedAutomaton extraction;
	private MergerCensus census;
	private long analysedAt = -1;
	private long accumulatedAt = -1;
	private double lastEps;
	private final RecordedTrajectory pairTrajectory;

	SequenceTrainer(SequenceSetup setup) {
		this.setup = setup;
		this.net = setup.newNetwork();
		this.training = setup.newTraining(net);
		this.pairTrajectory = setup.newPairTrajectory();
		int p = net.hidden();
		if (setup.strings != null) {
			int n = setup.strings.size();
			hidden = new double[n * p];
			argmax = new int[n];
			outputs = new double[n * net.outputs()];
			SequenceData data = setup.analysisData;
			rowOf = new int[data.datasets()][];
			int largest = 0;
			for (int k = 0; k < data.datasets(); k++) {
				rowOf[k] = new int[data.size(k)];
				largest = Math.max(largest, data.size(k));
				int[] string = new int[data.length(k)];
				for (int i = 0; i < data.size(k); i++) {
					for (int t = 0; t < string.length; t++) {
						string[t] = data.symbol(k, i, t);
					}
					rowOf[k][i] = setup.strings.indexOf(string);
				}
			}
			datasetHidden = new double[largest * p];
			statistics = new HiddenStatistics(p);
		} else {
			hidden = null;
			argmax = null;
			outputs = null;
			rowOf = null;
			datasetHidden = null;
			statistics = null;
		}
	}

	@Override
	public boolean step() {
		epoch++;
		return training.epoch();
	}

	@Override
	public void measure(double[] into) {
		boolean[] due = new boolean[into.length];
		java.util.Arrays.fill(due, true);
		measure(into, due);
	}

	@Override
	public void measure(double[] into, boolean[] due) {
		int m = 0;
		into[m++] = training.loss(setup.train);
		double[] validation = training.lossAndAccuracy(setup.validation, 0);
		into[m++] = validation[0];
		into[m++] = validation[1];
		if (Double.isNaN(transition) && validation[1] >= SequenceSetup.GENERALISED) {
			transition = epoch;
		}
		into[m++] = transition;
		for (SequenceData test : setup.tests) {
			if (due[m]) {
				double[] result = training.lossAndAccuracy(test, 0);
				into[m] = result[0];
				into[m + 1] = result[1];
			}
			m += 2;
		}
		if (setup.strings != null && due[m]) {
			analyse(true);
			into[m++] = extraction.groups();
			into[m++] = extraction.finite() ? 1 : 0;
			into[m++] = extraction.minimal().states();
			into[m++] = automatonAccuracy(extraction.automaton());
			into[m++] = lastEps;
			into[m++] = census.agreeingMergedPairs();
			into[m++] = census.disagreeingMergedPairs();
			into[m++] = census.agreeingPairs() == 0 ? Double.NaN
					: (double) census.agreeingMergedPairs() / census.agreeingPairs();
			into[m++] = MergerCensus.meanPairwiseDistance(hidden, setup.strings.size(), net.hidden());
			if (setup.pair != null) {
				setup.pair.measure(hidden, outputs, net.hidden(), net.outputs(), into, m);
				pairTrajectory.add(epoch, into[m], into[m + 1], into[m + 2]);
				m += 3;
			}
		}
	}

	/**
	 * Extracts the automaton of the network now (once per epoch), from the hidden states of every analysis string.
	 *
	 * @param scheduled whether this is an analysis record, whose hidden states join the running std (RUNNING_STD); a
	 *            snapshot between analysis records uses the std as it is, so that snapshots do not change eps
	 */
	private void analyse(boolean scheduled) {
		if (analysedAt == epoch && (!scheduled || accumulatedAt == epoch)) {
			return;
		}
		int p = net.hidden();
		SequenceData data = setup.analysisData;
		for (int k = 0; k < data.datasets(); k++) {
			net.finalHidden(data, k, datasetHidden);
			int[] rows = rowOf[k];
			for (int i = 0; i < rows.length; i++) {
				System.arraycopy(datasetHidden, i * p, hidden, rows[i] * p, p);
			}
		}
		double[] h0 = new double[p];
		net.h0(h0);
		System.arraycopy(h0, 0, hidden, setup.strings.initial() * p, p);
		int n = setup.strings.size();
		net.readout(hidden, n, outputs);
		int o = net.outputs();
		for (int i = 0; i < n; i++) {
			int best = 0;
			for (int j = 1; j < o; j++) {
				if (outputs[i * o + j] > outputs[i * o + best]) {
					best = j;
				}
			}
			argmax[i] = best;
		}
		// the empty string is never trained on: its output is the task's (its start state's), as the authors' None, read
		// as 0 by their minimisation, is for every bundled task; the network's read-out of h0 would add a state that
		// only the empty string reaches (it is visited last, so it leads a group only when alone)
		argmax[setup.strings.initial()] = setup.automaton.output(0);
		double fraction = setup.task.getEpsilonFraction();
		lastEps = switch (setup.task.getEpsilonConvention()) {
			case RUNNING_STD -> {
				if (scheduled && accumulatedAt != epoch) {
					statistics.add(hidden, n);
					accumulatedAt = epoch;
				}
				yield AutomatonExtraction.eps(fraction, statistics.count() > 1 ? statistics.perUnitStd()
						: HiddenStatistics.perUnitStd(hidden, n, p));
			}
			case CURRENT_STD -> AutomatonExtraction.eps(fraction, HiddenStatistics.perUnitStd(hidden, n, p));
			case FIXED -> fraction;
		};
		extraction = AutomatonExtraction.extract(setup.strings, hidden, p, argmax, o, lastEps);
		census = MergerCensus.of(extraction, setup.automaton);
		analysedAt = epoch;
	}

	/**
	 * The fraction of random strings (check 1.2-C: 200 of length 500, the same strings at every record) on which the
	 * extracted automaton, run on the string, gives the task's output.
	 */
	private double automatonAccuracy(Automaton extracted) {
		return extracted.agreement(setup.automaton, setup.task.getAutomatonTestLength(),
				setup.task.getAutomatonTestStrings(), setup.stream(SequenceSetup.AUTOMATON_TEST));
	}

	@Override
	public boolean isFinite() {
		return net.isFinite();
	}

	@Override
	public DMatrixRMaj snapshot(String name) {
		if (setup.strings == null || !setup.matrices.stream().anyMatch(matrix -> matrix.name().equals(name))) {
			return Trainer.super.snapshot(name);
		}
		analyse(false);
		return switch (name) {
			case SequenceSetup.AUTOMATON -> transitions(extraction.automaton());
			case SequenceSetup.MINIMAL_AUTOMATON -> transitions(extraction.minimal());
			case SequenceSetup.AUTOMATON_OUTPUT -> outputs(extraction.automaton());
			case SequenceSetup.MINIMAL_AUTOMATON_OUTPUT -> outputs(extraction.minimal());
			case SequenceSetup.MERGERS -> census.mergedFraction();
			case SequenceSetup.HIDDEN_PCA -> HiddenPca.of(hidden, setup.strings, net.hidden(), setup.automaton);
			default -> Trainer.super.snapshot(name);
		};
	}

	/** An automaton as the state-graph plot reads it: entry (s, a) the state reached from s on a, NaN for none. */
	private static DMatrixRMaj transitions(Automaton automaton) {
		DMatrixRMaj matrix = new DMatrixRMaj(automaton.states(), automaton.symbols());
		for (int s = 0; s < automaton.states(); s++) {
			for (int a = 0; a < automaton.symbols(); a++) {
				int target = automaton.next(s, a);
				matrix.set(s, a, target == Automaton.NONE ? Double.NaN : target);
			}
		}
		return matrix;
	}

	/** The output of every state of an automaton, as a column. */
	private static DMatrixRMaj outputs(Automaton automaton) {
		DMatrixRMaj column = new DMatrixRMaj(automaton.states(), 1);
		for (int s = 0; s < automaton.states(); s++) {
			column.set(s, 0, automaton.output(s));
		}
		return column;
	}

	/** For tests: the network being trained. */
	ElmanNetwork network() {
		return net;
	}

	/** For tests: the last extraction. */
	ExtractedAutomaton extraction() {
		analyse(false);
		return extraction;
	}
}
