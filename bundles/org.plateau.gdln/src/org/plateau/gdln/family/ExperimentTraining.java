package org.plateau.gdln.family;

import java.util.ArrayList;
import java.util.List;

import org.ejml.data.DMatrixRMaj;
import org.plateau.core.family.ExperimentException;
import org.plateau.core.family.MetricDescriptor;
import org.plateau.core.family.UnusedSetting;
import org.plateau.gdln.DiagonalReduction;
import org.plateau.gdln.GatedGraph;
import org.plateau.gdln.GatedNetwork;
import org.plateau.model.AlignedBalancedInitialisation;
import org.plateau.model.Experiment;
import org.plateau.model.Initialisation;
import org.plateau.model.PlateauPackage;
import org.plateau.model.SmallGaussianInitialisation;

/**
 * A {@link GatedTraining} that takes its name and step size from an experiment's {@code Training}; the
 * family adds the data, the metrics and how to measure them.
 */
public abstract class ExperimentTraining implements GatedTraining {

	/** The experiment. */
	protected final Experiment experiment;
	/** The recorded metrics, which the family adds in the order its {@link #measure} writes them. */
	protected final List<MetricDescriptor> metrics = new ArrayList<>();
	private final double learningRate;

	protected ExperimentTraining(Experiment experiment) {
		this.experiment = experiment;
		this.learningRate = experiment.getTraining().getLearningRate();
	}

	@Override
	public String name() {
		return experiment.getName();
	}

	@Override
	public double learningRate() {
		return learningRate;
	}

	@Override
	public List<MetricDescriptor> metrics() {
		return metrics;
	}

	/**
	 * The memory of a run on the engine: every edge's weights with their gradients and updates, and every node's
	 * activations and back-propagated errors for every datapoint, with its gates, in doubles.
	 */
	public long estimatedBytes() {
		GatedGraph graph = data().graph();
		double weights = 0;
		for (GatedGraph.Edge edge : graph.edges()) {
			weights += (double) edge.source().dim() * edge.target().dim();
		}
		double activations = 0;
		for (GatedGraph.Node node : graph.nodes()) {
			activations += (double) node.dim() * data().samples();
		}
		return (long) Math.min(Long.MAX_VALUE, 8 * (3 * weights + 3 * activations));
	}

	/** The diagonal reduction of the data's gated correlations. */
	public DiagonalReduction reduction() throws ExperimentException {
		return GatedArchitectures.reduction(data(), experiment.getName());
	}

	/** Orthonormal bases for the hidden nodes, from the seed's hidden-bases stream. */
	public DMatrixRMaj[] hiddenBases() {
		return GatedArchitectures.hiddenBases(data().graph(), experiment.getSeed());
	}

	/**
	 * The network at step 0 for the two initialisations every pathway family supports: aligned and balanced at a0
	 * (through the {@link #reduction()}), or small Gaussian weights from the seed.
	 *
	 * @param supported what the family supports, for the message that refuses another initialisation
	 */
	protected GatedNetwork alignedOrGaussian(String supported) throws ExperimentException {
		GatedNetwork network = new GatedNetwork(data());
		Initialisation init = experiment.getInitialisation();
		if (init instanceof AlignedBalancedInitialisation aligned) {
			DiagonalReduction reduction = reduction();
			reduction.align(GatedArchitectures.alignedStrengths(reduction, data().graph(), aligned.getA0()), hiddenBases(),
					network);
		} else if (init instanceof SmallGaussianInitialisation gaussian) {
			GatedArchitectures.gaussian(network, gaussian.getScale(), experiment.getSeed());
		} else {
			throw new ExperimentException("Experiment '" + experiment.getName() + "': " + supported
					+ ", not " + (init == null ? "none" : init.eClass().getName()));
		}
		return network;
	}

	/**
	 * The seed, as a setting that plays no part, when nothing of the experiment is drawn from it: aligned weights
	 * (drawn only for the bases of hidden nodes) in a network without hidden nodes, on a task whose data are fixed.
	 *
	 * @param taskDrawsAtRandom whether the family draws anything of the task from the seed
	 */
	public List<UnusedSetting> unusedSeed(boolean taskDrawsAtRandom) {
		if (!taskDrawsAtRandom && experiment.getInitialisation() instanceof AlignedBalancedInitialisation
				&& data().graph().nodes(GatedGraph.Kind.HIDDEN).isEmpty()) {
			return List.of(new UnusedSetting(experiment, PlateauPackage.Literals.EXPERIMENT__SEED,
					"nothing is drawn at random: the weights start aligned, no hidden node needs a basis, and the task's"
							+ " data are fixed"));
		}
		return List.of();
	}

	/**
	 * The race reduction from the matched start on small random weights (approximate, labelled so): the reduction's
	 * dynamics from {@link GatedArchitectures#matchedStrengths} of the initial network.
	 *
	 * @throws ExperimentException when the reduction does not apply or an edge lies on several paths
	 */
	public ReductionTheory matchedReductionTheory() throws ExperimentException {
		DiagonalReduction reduction = reduction();
		double[][] initial;
		try {
			initial = GatedArchitectures.matchedStrengths(reduction, initialNetwork());
		} catch (IllegalArgumentException e) {
			throw new ExperimentException("Experiment '" + experiment.getName() + "': " + e.getMessage(), e);
		}
		return new ReductionTheory(this, reduction, initial, hiddenBases(), "the weights start small and random, not "
				+ "aligned: each mode of each path starts from its effective strength on them (two layers: "
				+ "||W1 v + W2^T u||^2/4), and the coupling between modes is dropped");
	}

	/** The race reduction from aligned, balanced weights of strength a0: exact from {@link #alignedOrGaussian}'s aligned start. */
	public ReductionTheory alignedReductionTheory(double a0) throws ExperimentException {
		DiagonalReduction reduction = reduction();
		return new ReductionTheory(this, reduction, GatedArchitectures.alignedStrengths(reduction, data().graph(), a0),
				hiddenBases());
	}
}
