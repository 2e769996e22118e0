package org.plateau.gdln;

import java.util.Random;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.RandomMatrices_DDRM;
import org.plateau.gdln.GatedGraph.Edge;
import org.plateau.model.LossConvention;

/**
 * The routing network of Saxe et al. (2022, spec 2(b)) with random targets, for the allocation test and the JMH
 * benchmark: M input domains of 4 items, encoders into one shared hidden layer, a shared hidden-to-hidden map, M
 * decoders of 7 features; each datapoint (domain i, item) gated onto its own input and onto the K = 4 output domains
 * (i + d) mod M, d = -1 .. 2, it is trained with.
 */
public final class RoutingNetworks {

	private RoutingNetworks() {
	}

	/** The routing network with random targets and weights of scale 0.2. */
	public static GatedNetwork routing(int domains, int hidden, Random random) {
		int items = 4;
		int features = 7;
		GatedGraph.Builder builder = GatedGraph.builder().hidden("h1", hidden).hidden("h2", hidden).edge("W_h", "h1", "h2");
		for (int i = 0; i < domains; i++) {
			builder.input("in" + i, items).output("out" + i, features).edge("W_in" + i, "in" + i, "h1")
					.edge("W_out" + i, "h2", "out" + i);
		}
		GatedGraph graph = builder.build();
		int p = domains * items;
		GatedDataset data = new GatedDataset(graph, p, LossConvention.MEAN);
		for (int i = 0; i < domains; i++) {
			DMatrixRMaj x = new DMatrixRMaj(items, p);
			double[] inputGate = new double[p];
			for (int k = 0; k < items; k++) {
				x.set(k, i * items + k, 1);
				inputGate[i * items + k] = 1;
			}
			data.input(graph.node("in" + i), x).gate(graph.node("in" + i), inputGate);
			data.target(graph.node("out" + i), RandomMatrices_DDRM.rectangleGaussian(features, p, 0, 1, random));
			double[] outputGate = new double[p];
			for (int source = 0; source < domains; source++) {
				for (int d = -1; d <= 2; d++) {
					if (Math.floorMod(source + d, domains) == i) {
						for (int k = 0; k < items; k++) {
							outputGate[source * items + k] = 1;
						}
					}
				}
			}
			data.gate(graph.node("out" + i), outputGate);
		}
		GatedNetwork network = new GatedNetwork(data);
		for (Edge edge : graph.edges()) {
			network.setWeight(edge, RandomMatrices_DDRM.rectangleGaussian(edge.target().dim(), edge.source().dim(), 0, 0.2, random));
		}
		return network;
	}
}
