package org.plateau.core.family;

import java.util.List;
import java.util.Optional;

import org.plateau.model.Experiment;

/**
 * A model family: a paper's network, its training and its theory, contributed by a bundle as an OSGi Declarative
 * Services component providing this interface. The workbench and the headless runner know families only through
 * it: never by name.
 * <p>
 * A family extends the shared experiment model with its own EPackage (tasks, architectures) and answers for the
 * experiments whose task and architecture come from that package.
 */
public interface ModelFamily {

	/** Stable identifier, e.g. {@code org.plateau.family.deeplinear}. */
	String id();

	/** Name shown to users, e.g. "Deep linear networks". */
	String name();

	/** One paragraph: the papers implemented. */
	String description();

	/** Whether this family can simulate the experiment (its task and architecture belong to the family). */
	boolean handles(Experiment experiment);

	/**
	 * The example experiments the family ships: by default the {@code *.plateau} files in the {@code examples/} folder
	 * of the family's bundle ({@link BundleExamples}).
	 */
	default List<ExampleExperiment> examples() {
		return BundleExamples.experiments(getClass());
	}

	/**
	 * The example sweeps the family ships ({@code *.sweep} files over its examples), e.g. a paper's figure of a
	 * quantity against a parameter: by default those in the {@code examples/} folder of the family's bundle.
	 */
	default List<ExampleExperiment> exampleSweeps() {
		return BundleExamples.sweeps(getClass());
	}

	/**
	 * Translates an experiment that has passed validation, once: its metrics, plots, trainer and theory. The runner
	 * calls it once per run (and a sweep once per point); nothing else re-translates the experiment.
	 *
	 * @throws ExperimentException when the combination is not supported; the message names the field
	 */
	PreparedExperiment prepare(Experiment experiment) throws ExperimentException;

	/**
	 * The experiment's network as the workbench draws and edits it. Empty when the family draws none (the
	 * workbench then shows the architecture's settings only). Must not throw for an invalid experiment: draw what
	 * can be drawn (unknown widths are 0).
	 */
	default Optional<NetworkDiagram> diagram(Experiment experiment) {
		return Optional.empty();
	}
}
