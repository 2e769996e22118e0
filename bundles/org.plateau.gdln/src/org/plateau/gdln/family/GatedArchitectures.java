package org.plateau.gdln.family;

import java.util.Random;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.RandomMatrices_DDRM;
import org.plateau.core.family.ExperimentException;
import org.plateau.gdln.GatedGraph;
import org.plateau.gdln.GatedGraph.Kind;
import org.plateau.gdln.GatedGraph.Node;
import org.plateau.model.GatedArchitecture;
import org.plateau.model.GatedEdge;
import org.plateau.model.GatedNode;

/** The engine's view of a {@link GatedArchitecture} of the shared experiment model, and initialisers for any graph. */
public final class GatedArchitectures {

	private GatedArchitectures() {
	}

	/**
	 * The graph of an architecture.
	 *
	 * @param where names the experiment in messages
	 * @throws ExperimentException naming what makes the architecture no gated network (a cycle, an unknown node, ...)
	 */
	public static GatedGraph graph(GatedArchitecture architecture, String where) throws ExperimentException {
		GatedGraph.Builder builder = GatedGraph.builder();
		try {
			for (GatedNode node : architecture.getNodes()) {
				switch (node.getKind()) {
				case INPUT -> builder.input(node.getName(), node.getDim());
				case OUTPUT -> builder.output(node.getName(), node.getDim());
				case HIDDEN -> builder.hidden(node.getName(), node.getDim());
				}
			}
			for (GatedEdge edge : architecture.getEdges()) {
				if (edge.getSource() == null || edge.getTarget() == null) {
					throw new IllegalArgumentException("edge '" + edge.getName() + "' lacks an end");
				}
				builder.edge(edge.getName(), edge.getSource().getName(), edge.getTarget().getName());
			}
			return builder.build();
		} catch (IllegalArgumentException e) {
			throw new ExperimentException(where + ": the architecture is not a gated network: " + e.getMessage(), e);
		}
	}

	/** Orthonormal bases for the hidden nodes of a graph, drawn from a seed; {@code null} at other nodes. */
	public static DMatrixRMaj[] hiddenBases(GatedGraph graph, long seed) {
		Random random = new Random(seed);
		DMatrixRMaj[] bases = new DMatrixRMaj[graph.nodes().size()];
		for (Node node : graph.nodes(Kind.HIDDEN)) {
			bases[node.index()] = RandomMatrices_DDRM.orthogonal(node.dim(), node.dim(), random);
		}
		return bases;
	}

	/** A (semi-)orthogonal matrix times a gain, as torch.nn.init.orthogonal_ makes it. */
	public static DMatrixRMaj scaledOrthogonal(int rows, int cols, double gain, Random random) {
		// orthonormal columns when tall, orthonormal rows when wide
		DMatrixRMaj q = rows >= cols ? RandomMatrices_DDRM.orthogonal(rows, cols, random)
				: CommonOps_DDRM.transpose(RandomMatrices_DDRM.orthogonal(cols, rows, random), null);
		CommonOps_DDRM.scale(gain, q);
		return q;
	}

	/** Every diagonal b, for an aligned start with the same strength on every edge and mode. */
	public static double[][] uniformStrengths(GatedGraph graph, int modes, double b) {
		double[][] strengths = new double[graph.edges().size()][modes];
		for (double[] row : strengths) {
			java.util.Arrays.fill(row, b);
		}
		return strengths;
	}
}
