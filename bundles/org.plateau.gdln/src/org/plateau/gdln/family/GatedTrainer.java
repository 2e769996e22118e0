package org.plateau.gdln.family;

import java.util.List;
import java.util.Optional;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.NormOps_DDRM;
import org.plateau.core.family.ExperimentException;
import org.plateau.core.family.NetworkDiagram;
import org.plateau.core.family.Trainer;
import org.plateau.gdln.GatedDataset;
import org.plateau.gdln.GatedGraph;
import org.plateau.gdln.GatedNetwork;

/**
 * Trains a gated network by exact full-batch gradient descent on the GDLN engine (spec 2(c)) and measures what its
 * family records ({@link GatedTraining}); core's step loop drives it. The step allocates nothing.
 */
public final class GatedTrainer implements Trainer {

	private final GatedTraining training;
	private final GatedNetwork network;
	private final double learningRate;
	/** For each edge, the fraction of the datapoints on which it is on (its gate and its two nodes' are not 0). */
	private final double[] gatesOpen;

	private GatedTrainer(GatedTraining training, GatedNetwork network) {
		this.training = training;
		this.network = network;
		this.learningRate = training.learningRate();
		this.gatesOpen = gatesOpen(training.data());
	}

	/** g_e(x) g_source(x) g_target(x) is not zero: the edge takes part in datapoint x (spec 2(c)). */
	private static double[] gatesOpen(GatedDataset data) {
		List<GatedGraph.Edge> edges = data.graph().edges();
		double[] open = new double[edges.size()];
		for (GatedGraph.Edge edge : edges) {
			double[] own = data.gate(edge);
			double[] from = data.gate(edge.source());
			double[] to = data.gate(edge.target());
			int on = 0;
			for (int mu = 0; mu < data.samples(); mu++) {
				if (own[mu] * from[mu] * to[mu] != 0) {
					on++;
				}
			}
			open[edge.index()] = data.samples() == 0 ? 1 : (double) on / data.samples();
		}
		return open;
	}

	/** A trainer of the experiment's network at step 0, as its initialisation draws it. */
	public static GatedTrainer of(GatedTraining training) throws ExperimentException {
		return new GatedTrainer(training, training.initialNetwork());
	}

	@Override
	public boolean step() {
		// the loss before the step: not finite, and the state is lost
		return Double.isFinite(network.step(learningRate));
	}

	@Override
	public void measure(double[] into) {
		training.measure(network, into);
	}

	@Override
	public boolean isFinite() {
		return network.isFinite();
	}

	/** The Frobenius norm of each edge's weights, in the order of the architecture's edges (as {@link GatedDiagram} draws them). */
	@Override
	public Optional<NetworkDiagram.State> networkState() {
		List<GatedGraph.Edge> edges = training.data().graph().edges();
		double[] norms = new double[edges.size()];
		for (GatedGraph.Edge edge : edges) {
			norms[edge.index()] = NormOps_DDRM.normF(network.weight(edge));
		}
		return Optional.of(new NetworkDiagram.State(norms, gatesOpen));
	}

	@Override
	public DMatrixRMaj snapshot(String name) {
		return training.snapshot(name, network);
	}
}
