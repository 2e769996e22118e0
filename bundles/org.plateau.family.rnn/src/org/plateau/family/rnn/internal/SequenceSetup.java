package org.plateau.family.rnn.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.plateau.core.family.ExperimentException;
import org.plateau.core.family.MatrixDescriptor;
import org.plateau.core.family.MetricDescriptor;
import org.plateau.core.family.MetricDescriptor.Summary;
import org.plateau.core.family.PlotDescriptor;
import org.plateau.core.family.SeedStreams;
import org.plateau.core.family.UnusedSetting;
import org.plateau.core.run.ExperimentRunner;
import org.plateau.family.rnn.automata.AnalysisStrings;
import org.plateau.family.rnn.automata.Automaton;
import org.plateau.family.rnn.model.Activation;
import org.plateau.family.rnn.model.InitialState;
import org.plateau.family.rnn.model.Readout;
import org.plateau.family.rnn.model.RecurrentNetwork;
import org.plateau.family.rnn.model.RnnPackage;
import org.plateau.family.rnn.model.SequenceTask;
import org.plateau.family.rnn.model.XavierNormalInitialisation;
import org.plateau.family.rnn.model.util.TaskAutomata;
import org.plateau.kernels.DenseKernels;
import org.plateau.model.Experiment;
import org.plateau.model.LossConvention;
import org.plateau.model.Training;

/**
 * The translation of a sequence-task experiment (van Rossem &amp; Saxe 2025, spec 1.2), made once per run: the task
 * automaton, the datasets drawn from the seed, the network's settings, and what the run records.
 * <p>
 * One step of the run is one epoch: the per-length datasets in order, each shuffled and cut into mini-batches
 * (spec 1.2(c)); a record at step k measures the network before epoch k + 1, as the authors' trackers do.
 */
final class SequenceSetup {

	/** Validation accuracy at which the network counts as having generalised (check 1.2-B). */
	static final double GENERALISED = 0.99;

	/** Seed streams derived from the experiment's seed, one per use, so that each draw is reproducible alone. */
	private static final long WEIGHTS = 0x5eed_0001L;
	private static final long DATA = 0x5eed_0002L;
	private static final long SHUFFLE = 0x5eed_0003L;
	private static final long VALIDATION = 0x5eed_0004L;
	private static final long TESTS = 0x5eed_0005L;
	static final long AUTOMATON_TEST = 0x5eed_0006L;

	final Experiment experiment;
	final SequenceTask task;
	final RecurrentNetwork network;
	final Automaton automaton;
	final SequenceData train;
	final SequenceData validation;
	final int[] testLengths;
	final SequenceData[] tests;
	final AnalysisStrings strings;
	/** The pair of strings the analysis follows (pairString1/2), or null. */
	final StringPair pair;
	/** What the latest trainer recorded of the pair, for the theory fitted to it. */
	private volatile RecordedTrajectory latestPair;
	final SequenceData analysisData;
	final double gain;
	final long seed;
	final List<MetricDescriptor> metrics = new ArrayList<>();
	final List<MatrixDescriptor> matrices = new ArrayList<>();
	final int testEvery;
	final int analysisEvery;

	private SequenceSetup(Experiment experiment) throws ExperimentException {
		this.experiment = experiment;
		this.task = (SequenceTask) experiment.getTask();
		if (!(experiment.getArchitecture() instanceof RecurrentNetwork rnn)) {
			throw new ExperimentException("Architecture of experiment '" + experiment.getName() + "': a sequence task is "
					+ "learnt by a RecurrentNetwork, not " + describe(experiment.getArchitecture()));
		}
		this.network = rnn;
		if (!(experiment.getInitialisation() instanceof XavierNormalInitialisation xavier)) {
			throw new ExperimentException("Initialisation of experiment '" + experiment.getName() + "': a RecurrentNetwork "
					+ "starts from XavierNormalInitialisation (spec 1.2(c)), not " + describe(experiment.getInitialisation()));
		}
		this.gain = xavier.getGain();
		this.seed = experiment.getSeed();
		try {
			this.automaton = TaskAutomata.of(task);
		} catch (TaskAutomata.InvalidAutomaton e) {
			throw new ExperimentException("Task of experiment '" + experiment.getName() + "': " + e.getMessage(), e);
		}
		this.testEvery = task.getTestEvery();
		this.analysisEvery = task.getAnalysisEvery();
		checkMemory();
		this.train = SequenceData.allStrings(automaton, task.getMaxLength(), task.getDataFraction(), stream(DATA));
		if (train.total() == 0) {
			throw new ExperimentException("Task of experiment '" + experiment.getName() + "': dataFraction "
					+ task.getDataFraction() + " kept no string of any length 1.." + task.getMaxLength() + " (seed " + seed
					+ "); raise it");
		}
		this.validation = SequenceData.random(automaton, task.getValidationLength(), task.getValidationStrings(),
				stream(VALIDATION));
		this.testLengths = task.getTestLengths().stream().mapToInt(Integer::intValue).toArray();
		this.tests = new SequenceData[testLengths.length];
		SplittableRandom testStream = stream(TESTS);
		for (int k = 0; k < testLengths.length; k++) {
			tests[k] = SequenceData.random(automaton, testLengths[k], task.getTestStrings(), testStream.split());
		}
		if (analysisEvery > 0) {
			this.strings = new AnalysisStrings(automaton.symbols(), task.getMaxLength());
			this.analysisData = task.getDataFraction() == 1.0 ? train
					: SequenceData.allStrings(automaton, task.getMaxLength(), 1.0, null);
		} else {
			this.strings = null;
			this.analysisData = null;
		}
		String first = task.getPairString1() == null ? "" : task.getPairString1();
		String second = task.getPairString2() == null ? "" : task.getPairString2();
		this.pair = strings != null && !first.isEmpty() && !second.isEmpty()
				? new StringPair(first, second, strings, automaton)
				: null;
		describeMetrics();
	}

	/** The setup of an experiment whose task is a {@link SequenceTask}. */
	static SequenceSetup of(Experiment experiment) throws ExperimentException {
		return new SequenceSetup(experiment);
	}

	/** A random stream of the experiment's seed for one use. */
	SplittableRandom stream(long use) {
		return SeedStreams.of(seed, use);
	}

	private static String describe(Object part) {
		return part == null ? "none" : ((org.eclipse.emf.ecore.EObject) part).eClass().getName();
	}

	/** Refuses, before anything is drawn, an experiment whose datasets or analysis would not fit in the heap. */
	private void checkMemory() throws ExperimentException {
		ExperimentRunner.checkMemory("Task of experiment '" + experiment.getName() + "'", sizedBy(), estimatedBytes(),
				"its strings, back-propagation buffers and automaton analysis");
	}

	/** The memory the datasets, the BPTT buffers and the analysis need. */
	long estimatedBytes() {
		double strings = 0;
		double symbols = 0;
		for (int length = 1; length <= task.getMaxLength(); length++) {
			double count = Math.pow(task.getSymbols(), length) * task.getDataFraction();
			strings += count;
			symbols += count * length;
		}
		int p = network.getHiddenUnits();
		int batch = Math.max(1, experiment.getTraining().getBatchSize());
		double bptt = 8.0 * (double) Math.max(batch, Math.pow(task.getSymbols(), task.getMaxLength())) * task.getMaxLength() * p * 2;
		double analysis = task.getAnalysisEvery() > 0 ? 8.0 * (strings + 1) * p * 3 : 0;
		double tests = 0;
		for (int length : task.getTestLengths()) {
			tests += 4.0 * length * task.getTestStrings() + 8.0 * task.getTestStrings() * p * 2;
		}
		return (long) Math.min(Long.MAX_VALUE / 2, 4 * symbols + bptt + analysis + tests + 8.0 * p * p * 4);
	}

	/** The settings that size the run, in the form's words. */
	String sizedBy() {
		return String.format("longest training length %d over %d symbols (%.3g strings), hidden units P = %d",
				task.getMaxLength(), task.getSymbols(), Math.pow(task.getSymbols(), task.getMaxLength()), network.getHiddenUnits());
	}

	/** The network's settings as the numerics take them. */
	ElmanNetwork newNetwork() {
		ElmanNetwork net = new ElmanNetwork(automaton.symbols(), network.getHiddenUnits(), automaton.outputs(),
				network.getActivation() == Activation.TANH ? ElmanNetwork.Activation.TANH : ElmanNetwork.Activation.RELU,
				network.getInitialState() == InitialState.ONES, network.getReadout() == Readout.DISCONTINUITY);
		net.initialiseXavier(gain, stream(WEIGHTS));
		return net;
	}

	/** The epoch loop of the experiment's training settings. */
	ElmanTraining newTraining(ElmanNetwork net) {
		Training training = experiment.getTraining();
		int batch = switch (training.getAlgorithm()) {
			case MINI_BATCH_SGD -> training.getBatchSize();
			case ONLINE_SGD -> 1;
			case FULL_BATCH_GD -> Integer.MAX_VALUE;
		};
		ElmanTraining.LossKind loss = switch (training.getLossKind()) {
			case HALF_SQUARED_ERROR -> ElmanTraining.LossKind.HALF_SQUARED_ERROR;
			case SQUARED_ERROR -> ElmanTraining.LossKind.SQUARED_ERROR;
			case CROSS_ENTROPY -> ElmanTraining.LossKind.CROSS_ENTROPY;
		};
		int largest = 1;
		for (int k = 0; k < train.datasets(); k++) {
			largest = Math.max(largest, train.size(k));
		}
		return new ElmanTraining(net, train, loss, training.getLossConvention() == LossConvention.MEAN,
				training.getLearningRate(), Math.min(batch, largest), stream(SHUFFLE), DenseKernels.standard());
	}

	static final String LOSS = "loss";
	static final String VALIDATION_LOSS = "validation.loss";
	static final String VALIDATION_ACCURACY = "validation.accuracy";
	static final String TRANSITION = "transition.epoch";
	static final String STATES = "automaton.states";
	static final String FINITE = "automaton.finite";
	static final String MINIMAL = "automaton.minimal";
	static final String DFA_ACCURACY = "automaton.accuracy";
	static final String EPS = "automaton.eps";
	static final String AGREEING = "mergers.agreeing";
	static final String DISAGREEING = "mergers.disagreeing";
	static final String MERGED_FRACTION = "mergers.fraction";
	static final String MEAN_DISTANCE = "distance.mean";
	static final String PAIR_DISTANCE = "pair.distance";
	static final String PAIR_PREDICTION = "pair.prediction";
	static final String PAIR_ALIGNMENT = "pair.alignment";
	static final String AUTOMATON = "automaton";
	static final String MINIMAL_AUTOMATON = "minimal-automaton";
	static final String MERGERS = "mergers";
	static final String HIDDEN_PCA = "hidden-pca";
	static final String AUTOMATON_OUTPUT = "automaton-output";
	static final String MINIMAL_AUTOMATON_OUTPUT = "minimal-automaton-output";

	static String testLoss(int length) {
		return "test.loss." + length;
	}

	static String testAccuracy(int length) {
		return "test.accuracy." + length;
	}

	private void describeMetrics() {
		String loss = experiment.getTraining().getLossKind().getLiteral().toLowerCase().replace('_', ' ');
		metrics.add(new MetricDescriptor(LOSS, "train loss", "The " + loss + " over the training strings (the authors' "
				+ "tracker, before each epoch's updates)"));
		metrics.add(new MetricDescriptor(VALIDATION_LOSS, "validation loss (length " + task.getValidationLength() + ")",
				task.getValidationStrings() + " random strings of length " + task.getValidationLength()));
		metrics.add(new MetricDescriptor(VALIDATION_ACCURACY, "validation accuracy (length " + task.getValidationLength()
				+ ")", "Fraction of the validation strings whose arg-max read-out is the target")
				.summarisedBy(Summary.FINAL, Summary.HALF_TIME));
		metrics.add(new MetricDescriptor(TRANSITION, "epoch of generalisation", "The first recorded epoch at which the "
				+ "validation accuracy reached " + GENERALISED + " (check 1.2-B); no value before").summarisedBy(Summary.FINAL));
		for (int length : testLengths) {
			metrics.add(new MetricDescriptor(testLoss(length), "test loss (length " + length + ")",
					task.getTestStrings() + " random strings of length " + length).everyRecords(testEvery)
					.summarisedBy(Summary.FINAL, Summary.MIN));
			metrics.add(new MetricDescriptor(testAccuracy(length), "test accuracy (length " + length + ")",
					task.getTestStrings() + " random strings of length " + length).everyRecords(testEvery)
					.summarisedBy(Summary.FINAL));
		}
		if (analysisEvery > 0) {
			int k = analysisEvery;
			metrics.add(new MetricDescriptor(STATES, "states of the extracted automaton", "Groups of the final hidden "
					+ "states of the " + strings.size() + " analysis strings within eps (greedy, paper App. A)").everyRecords(k)
					.summarisedBy(Summary.FINAL));
			metrics.add(new MetricDescriptor(FINITE, "extracted automaton finite (1) or not (0)", "Whether every state "
					+ "has a transition on every symbol").everyRecords(k).summarisedBy(Summary.FINAL));
			metrics.add(new MetricDescriptor(MINIMAL, "states of the minimal automaton", "States after Hopcroft "
					+ "minimisation of the extracted automaton").everyRecords(k).summarisedBy(Summary.FINAL));
			metrics.add(new MetricDescriptor(DFA_ACCURACY, "extracted automaton's accuracy (length "
					+ task.getAutomatonTestLength() + ")", "Fraction of " + task.getAutomatonTestStrings() + " random strings "
					+ "of length " + task.getAutomatonTestLength() + " on which the extracted automaton gives the task's output")
					.everyRecords(k).summarisedBy(Summary.FINAL));
			metrics.add(new MetricDescriptor(EPS, "merging distance eps", "eps of the extraction (" + epsConvention() + ")")
					.everyRecords(k).summarisedBy(Summary.FINAL));
			metrics.add(new MetricDescriptor(AGREEING, "merged pairs that agree on all future outputs", "Pairs of analysis "
					+ "strings in one group whose task states are equivalent (check 1.2-A)").everyRecords(k)
					.summarisedBy(Summary.FINAL));
			metrics.add(new MetricDescriptor(DISAGREEING, "merged pairs that disagree on a future output", "Pairs of "
					+ "analysis strings in one group whose task states are not equivalent (check 1.2-A: none)")
					.everyRecords(k).summarisedBy(Summary.FINAL));
			metrics.add(new MetricDescriptor(MERGED_FRACTION, "fraction of agreeing pairs merged", "Merged agreeing pairs "
					+ "over all agreeing pairs").everyRecords(k).summarisedBy(Summary.FINAL, Summary.HALF_TIME));
			metrics.add(new MetricDescriptor(MEAN_DISTANCE, "mean pairwise distance of hidden states", "Mean Euclidean "
					+ "distance over all pairs of the analysis strings' final hidden states (paper Fig. 12)").everyRecords(k)
					.summarisedBy(Summary.FINAL));
			if (pair != null) {
				String of = "'" + pair.first + "', '" + pair.second + "'";
				metrics.add(new MetricDescriptor(PAIR_DISTANCE, "||dh||² of the pair " + of, "Squared distance of the "
						+ "final hidden states of the pair's strings (2025 eq 13)").everyRecords(k).summarisedBy(Summary.FINAL));
				metrics.add(new MetricDescriptor(PAIR_PREDICTION, "<||dy||²> of the pair " + of, "Mean squared "
						+ "difference of the read-outs over the pair's " + pair.continuations() + " common continuations (eq 14)")
						.everyRecords(k).summarisedBy(Summary.FINAL));
				metrics.add(new MetricDescriptor(PAIR_ALIGNMENT, "<w> of the pair " + of, "<||dy_i||^2 - dy_i.(y*_2,i - "
						+ "y*_1,i)> over the common continuations (eq 15); 0 at a fixed point").everyRecords(k)
						.summarisedBy(Summary.FINAL));
			}
			List<String> symbols = symbols();
			List<String> lengths = new ArrayList<>();
			for (int length = 0; length <= task.getMaxLength(); length++) {
				lengths.add(Integer.toString(length));
			}
			matrices.add(new MatrixDescriptor(AUTOMATON, "Extracted automaton: the state reached from each state on each "
					+ "symbol", List.of(), symbols));
			matrices.add(new MatrixDescriptor(MINIMAL_AUTOMATON, "Minimal automaton (Hopcroft) of the extracted one",
					List.of(), symbols));
			matrices.add(new MatrixDescriptor(AUTOMATON_OUTPUT, "Output of each state of the extracted automaton",
					List.of(), List.of("output")));
			matrices.add(new MatrixDescriptor(MINIMAL_AUTOMATON_OUTPUT, "Output of each state of the minimal automaton",
					List.of(), List.of("output")));
			List<String> labels = new ArrayList<>();
			for (int i = 0; i < strings.size(); i++) {
				StringBuilder text = new StringBuilder();
				for (int t = 0; t < strings.length(i); t++) {
					text.append(strings.symbol(i, t));
				}
				labels.add(i == strings.initial() ? "initial" : text.toString());
			}
			matrices.add(new MatrixDescriptor(HIDDEN_PCA, "Final hidden states of the analysis strings on their first two "
					+ "principal components, with each string's length and the task's output", labels,
					List.of("pc1", "pc2", "length", "output")));
			matrices.add(new MatrixDescriptor(MERGERS, "Fraction of agreeing pairs merged, by the lengths of the two "
					+ "strings (paper Fig. 7)", lengths, lengths));
		}
	}

	String epsConvention() {
		return switch (task.getEpsilonConvention()) {
			case RUNNING_STD -> task.getEpsilonFraction() + " x ||per-unit std of the hidden states over every analysed "
					+ "record so far||";
			case CURRENT_STD -> task.getEpsilonFraction() + " x ||per-unit std of the hidden states at the record||";
			case FIXED -> "fixed at " + task.getEpsilonFraction();
		};
	}

	List<String> symbols() {
		List<String> symbols = new ArrayList<>();
		for (int a = 0; a < automaton.symbols(); a++) {
			symbols.add(Integer.toString(a));
		}
		return symbols;
	}

	List<PlotDescriptor> plots() {
		List<PlotDescriptor> plots = new ArrayList<>();
		List<String> losses = new ArrayList<>(List.of(LOSS, VALIDATION_LOSS));
		List<String> accuracies = new ArrayList<>(List.of(VALIDATION_ACCURACY));
		for (int length : testLengths) {
			losses.add(testLoss(length));
			accuracies.add(testAccuracy(length));
		}
		plots.add(PlotDescriptor.curves("loss", "Train loss and loss on longer strings", "epoch", 1, "loss", true, losses));
		plots.add(PlotDescriptor.curves("accuracy", "Accuracy on strings longer than any trained on", "epoch", 1,
				"accuracy", false, accuracies));
		if (analysisEvery > 0) {
			plots.add(PlotDescriptor.curves("automaton-states", "States of the automaton extracted from the hidden states",
					"epoch", 1, "states", true, List.of(STATES, MINIMAL)));
			plots.add(PlotDescriptor.curves("mergers", "Merged pairs of representations: agreeing and disagreeing on the "
					+ "future outputs", "epoch", 1, "pairs", false, List.of(AGREEING, DISAGREEING)));
			plots.add(PlotDescriptor.curves("mean-distance", "Mean pairwise distance of the hidden states", "epoch", 1,
					"distance", false, List.of(MEAN_DISTANCE)));
			if (pair != null) {
				plots.add(PlotDescriptor.curves("pair", "The pair '" + pair.first + "', '" + pair.second + "': ||dh||², "
						+ "<||dy||²> and <w> (network solid, local interaction model with fitted rates dashed)", "epoch", 1,
						"value", false, List.of(PAIR_DISTANCE, PAIR_PREDICTION, PAIR_ALIGNMENT)));
			}
			plots.add(PlotDescriptor.stateGraph("automaton-graph", "Automaton extracted from the hidden states", AUTOMATON,
					symbols()));
			plots.add(PlotDescriptor.stateGraph("minimal-automaton-graph", "Minimal automaton of the extracted one",
					MINIMAL_AUTOMATON, symbols()));
			plots.add(PlotDescriptor.matrices("merger-map", "Fraction of agreeing pairs merged over (length 1, length 2)",
					"epoch", 1, MERGERS));
		}
		return plots;
	}

	/** What a reader of the manifest should know of how the run computes. */
	Map<String, String> numerics() {
		Map<String, String> numerics = new LinkedHashMap<>();
		Training training = experiment.getTraining();
		numerics.put("epoch", String.format("one step = one epoch: the %d per-length datasets (%d strings) in order, each "
				+ "shuffled and cut into mini-batches of %s, back-propagation through time; records measure before the "
				+ "epoch's updates", train.datasets(), train.total(), switch (training.getAlgorithm()) {
					case MINI_BATCH_SGD -> Integer.toString(training.getBatchSize());
					case ONLINE_SGD -> "1";
					case FULL_BATCH_GD -> "the whole dataset";
				}));
		if (analysisEvery > 0) {
			numerics.put("automaton", "extracted every " + analysisEvery + " records from the final hidden states of the "
					+ strings.size() + " strings of length 0.." + task.getMaxLength() + "; eps = " + epsConvention());
		}
		return numerics;
	}

	/** The settings of this experiment that play no part. */
	List<UnusedSetting> unused() {
		List<UnusedSetting> unused = new ArrayList<>();
		if (analysisEvery == 0) {
			for (var feature : List.of(RnnPackage.Literals.SEQUENCE_TASK__EPSILON_CONVENTION,
					RnnPackage.Literals.SEQUENCE_TASK__EPSILON_FRACTION, RnnPackage.Literals.SEQUENCE_TASK__AUTOMATON_TEST_LENGTH,
					RnnPackage.Literals.SEQUENCE_TASK__AUTOMATON_TEST_STRINGS)) {
				unused.add(new UnusedSetting(task, feature, "analysisEvery = 0 extracts no automaton"));
			}
		}
		if (testLengths.length == 0) {
			for (var feature : List.of(RnnPackage.Literals.SEQUENCE_TASK__TEST_STRINGS, RnnPackage.Literals.SEQUENCE_TASK__TEST_EVERY)) {
				unused.add(new UnusedSetting(task, feature, "no test lengths are given"));
			}
		}
		return unused;
	}

	/** A new trajectory for a trainer's pair measurements, kept as the latest; null without a pair. */
	RecordedTrajectory newPairTrajectory() {
		if (pair == null) {
			return null;
		}
		RecordedTrajectory trajectory = new RecordedTrajectory(3);
		latestPair = trajectory;
		return trajectory;
	}

	/** The pair's trajectory to {@code lastStep}: the latest trainer's, or a replay of the seeded run. */
	RecordedTrajectory pairTrajectoryTo(long lastStep) {
		RecordedTrajectory recorded = latestPair;
		if (recorded != null && recorded.lastStep() >= lastStep) {
			return recorded;
		}
		SequenceTrainer trainer = new SequenceTrainer(this);
		RecordedTrajectory replayed = latestPair;
		RecordedTrajectory.replay(trainer, experiment.getTraining(), lastStep, metrics, experiment.getName());
		return replayed;
	}

	/** The last step the latest trainer recorded of the pair, or the experiment's length when none ran. */
	long pairLastStep() {
		RecordedTrajectory recorded = latestPair;
		return recorded != null && recorded.size() >= 3 ? recorded.lastStep() : experiment.getTraining().getSteps();
	}
}
