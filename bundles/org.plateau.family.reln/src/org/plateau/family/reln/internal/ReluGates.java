package org.plateau.family.reln.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ejml.data.DMatrixRMaj;
import org.plateau.gdln.GatedDataset;
import org.plateau.gdln.GatedGraph;
import org.plateau.gdln.GatedNetwork;
import org.plateau.model.LossConvention;

/**
 * A ReLU network read as a gated deep linear network (Jarvis et al. 2025, spec 3(a), 5): for its current activation
 * pattern it IS the GDLN whose hidden node gates are g_k(x) = 1[w1_k . x &gt; 0]. Units with the same pattern over
 * the dataset form one pathway (one hidden node, gated on the datapoints where they are active); units active on no
 * datapoint are left out.
 */
final class ReluGates {

	private ReluGates() {
	}

	/**
	 * The GDLN of a ReLU network's current activation pattern, with the network's weights.
	 *
	 * @param relu the network, after a forward pass
	 * @return the equivalent gated network on the same data (SUM loss)
	 */
	static GatedNetwork toGdln(ReluTrainer relu) {
		DMatrixRMaj activation = relu.activation();
		int p = relu.data.samples;
		List<int[]> pathways = pathways(activation);
		GatedGraph.Builder builder = GatedGraph.builder().input("x", relu.w1.numCols).output("y", relu.w2.numRows);
		for (int i = 0; i < pathways.size(); i++) {
			builder.hidden("p" + i, pathways.get(i).length).edge("W1_" + i, "x", "p" + i).edge("W2_" + i, "p" + i, "y");
		}
		GatedGraph graph = builder.build();
		GatedDataset data = new GatedDataset(graph, p, LossConvention.SUM).input(graph.node("x"), relu.data.inputs)
				.target(graph.node("y"), relu.data.targets);
		GatedNetwork network = new GatedNetwork(data);
		for (int i = 0; i < pathways.size(); i++) {
			int[] members = pathways.get(i);
			double[] gate = new double[p];
			for (int mu = 0; mu < p; mu++) {
				gate[mu] = activation.get(members[0], mu) > 0 ? 1 : 0;
			}
			data.gate(graph.node("p" + i), gate);
			DMatrixRMaj in = new DMatrixRMaj(members.length, relu.w1.numCols);
			DMatrixRMaj out = new DMatrixRMaj(relu.w2.numRows, members.length);
			for (int j = 0; j < members.length; j++) {
				for (int c = 0; c < in.numCols; c++) {
					in.set(j, c, relu.w1.get(members[j], c));
				}
				for (int r = 0; r < out.numRows; r++) {
					out.set(r, j, relu.w2.get(r, members[j]));
				}
			}
			network.setWeight(graph.edge("W1_" + i), in);
			network.setWeight(graph.edge("W2_" + i), out);
		}
		return network;
	}

	/**
	 * The pathways of an activation pattern: the units with the same pattern over the datapoints, grouped in the order
	 * of their first unit; units active on no datapoint are left out. Pathway i is hidden node "p" + i of
	 * {@link #toGdln}, its units in this order.
	 *
	 * @param activation the hidden activity, units x datapoints
	 */
	static List<int[]> pathways(DMatrixRMaj activation) {
		int p = activation.numCols;
		Map<String, List<Integer>> pathways = new LinkedHashMap<>();
		for (int k = 0; k < activation.numRows; k++) {
			StringBuilder pattern = new StringBuilder(p);
			boolean any = false;
			for (int mu = 0; mu < p; mu++) {
				boolean on = activation.get(k, mu) > 0;
				pattern.append(on ? '1' : '0');
				any |= on;
			}
			if (any) {
				pathways.computeIfAbsent(pattern.toString(), key -> new ArrayList<>()).add(k);
			}
		}
		List<int[]> members = new ArrayList<>();
		for (List<Integer> units : pathways.values()) {
			members.add(units.stream().mapToInt(Integer::intValue).toArray());
		}
		return members;
	}
}
