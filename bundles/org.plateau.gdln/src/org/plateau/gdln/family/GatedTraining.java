package org.plateau.gdln.family;

import java.util.List;

import org.plateau.core.family.ExperimentException;
import org.plateau.core.family.MetricDescriptor;
import org.plateau.gdln.GatedDataset;
import org.plateau.gdln.GatedNetwork;

/**
 * What a family on the GDLN engine says about one experiment, so that {@link GatedTrainer} can train it and
 * {@link ReductionTheory} predict it: the data and gates, the step size and schedule, the metrics and how to read
 * them off a network.
 */
public interface GatedTraining {

	/** The experiment's name, for messages and progress. */
	String name();

	/** The data, gates and loss weight. */
	GatedDataset data();

	/** η, the step of full-batch gradient descent. */
	double learningRate();

	/** The recorded metrics, in the order {@link #measure} writes them. */
	List<MetricDescriptor> metrics();

	/** The network at step 0, as the experiment's initialisation makes it. */
	GatedNetwork initialNetwork() throws ExperimentException;

	/**
	 * The metrics of a network (it may run the network's forward pass).
	 *
	 * @param network the network
	 * @param into receives one value per metric
	 */
	void measure(GatedNetwork network, double[] into);

	/** The matrices snapshot at the experiment's snapshot steps; none by default. */
	default List<org.plateau.core.family.MatrixDescriptor> matrices() {
		return List.of();
	}

	/**
	 * A matrix of a network, e.g. a representational similarity matrix.
	 *
	 * @param name one of {@link #matrices()}
	 * @return a new matrix
	 */
	default org.ejml.data.DMatrixRMaj snapshot(String name, GatedNetwork network) {
		throw new IllegalArgumentException(name() + " has no matrix '" + name + "'");
	}
}
