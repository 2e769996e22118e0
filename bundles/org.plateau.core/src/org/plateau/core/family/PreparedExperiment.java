package org.plateau.core.family;

import java.util.List;
import java.util.Map;

/**
 * A validated experiment as its family translated it, once ({@link ModelFamily#prepare}): everything a run, a sweep
 * point, a plot or a results reader needs, without translating the experiment again. Immutable once made; its
 * {@link #trainer()} may be called again for a rerun from the same seed.
 */
public interface PreparedExperiment {

	/**
	 * The metrics the trainer records, in the order of {@link Trainer#measure}; the first is the training loss.
	 * Their ids are the columns of {@code metrics.csv} and pair theory curves with simulated ones.
	 */
	List<MetricDescriptor> metrics();

	/** The matrices the trainer can snapshot at the experiment's snapshot steps; none by default. */
	default List<MatrixDescriptor> matrices() {
		return List.of();
	}

	/** The standard plots of the experiment, drawn by every renderer without knowing the family. */
	List<PlotDescriptor> plots();

	/**
	 * A new trainer at step 0: the network as the experiment's initialisation draws it from the seed. Two trainers of
	 * one prepared experiment train bit-identically.
	 *
	 * @throws ExperimentException when the combination cannot be trained; the message names the field
	 */
	Trainer trainer() throws ExperimentException;

	/**
	 * Every theory prediction the family offers for this experiment (closed forms, reduced ODEs). The runner applies
	 * the experiment's theory selection to them and does not call this when theory is disabled.
	 *
	 * @throws ExperimentException when no theory applies; the message says why (the run goes on without theory)
	 */
	List<TheoryPrediction> theory() throws ExperimentException;

	/**
	 * An estimate of the memory, in bytes, that a run of the experiment needs (weights, gradients, data, activations),
	 * made before anything of that size is allocated, so that the runner can refuse an experiment too large for the
	 * process with a message instead of running out of memory. {@code -1} (the default) when the family does not know.
	 */
	default long estimatedBytes() {
		return -1;
	}

	/**
	 * The settings that size the run's memory, in the form's words, e.g. {@code "hidden width 200000000 (depth 2, 4
	 * examples)"}: named in the message that refuses a run too large for the heap. Empty by default.
	 */
	default String sizedBy() {
		return "";
	}

	/**
	 * The settings of the experiment that play no part in it (none by default): the runner warns of each, and the
	 * conformance kit accepts that changing one leaves the run as it was.
	 */
	default List<UnusedSetting> unusedSettings() {
		return List.of();
	}

	/**
	 * What the user should know about this experiment before its numbers (none by default), each a sentence the
	 * runner adds to the run's warnings (and so to its manifest): e.g. a start on a saddle that the dynamics cannot
	 * leave. Not for settings that play no part ({@link #unusedSettings()}).
	 */
	default List<String> warnings() {
		return List.of();
	}

	/**
	 * How the simulation computes, where a reader of the results should know it (none by default): statements the
	 * manifest records under {@code numerics} beside the dense kernels that ran, e.g. {@code "gradient" -> "exact, from
	 * Sigma_x and Sigma_yx (P = 1000 >> N_in = 100)"}.
	 */
	default Map<String, String> numerics() {
		return Map.of();
	}

	/**
	 * What a user should change when the run diverges, e.g. "learning rate 1.5 is too large for this task (largest
	 * singular value 3.000, depth 2): lower it"; the loop prefixes where it happened.
	 */
	default String divergenceAdvice() {
		return "the learning rate is too large for this network: lower it";
	}
}
