package org.plateau.gdln.family;

import java.util.Random;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.RandomMatrices_DDRM;
import org.plateau.core.family.ExperimentException;
import org.plateau.gdln.GatedGraph;
import org.plateau.gdln.GatedGraph.Kind;
import org.plateau.gdln.GatedGraph.Node;
import org.plateau.gdln.model.GatedArchitecture;
import org.plateau.gdln.model.GatedEdge;
import org.plateau.gdln.model.GatedNode;

/** The engine's view of a {@link GatedArchitecture} of the shared experiment model, and initialisers for any graph. */
public final class GatedArchitectures {

	private GatedArchitectures() {
	}

	/** What to tell a user whose run on the engine diverged. */
	public static String divergenceAdvice(double learningRate) {
		return "learning rate " + learningRate + " is too large for this network: lower it";
	}

	/**
	 * The graph of an architecture.
	 *
	 * @param where names the experiment in messages
	 * @throws ExperimentException naming what makes the architecture no gated network (a cycle, an unknown node, ...)
	 */
	public static GatedGraph graph(GatedArchitecture architecture, String where) throws ExperimentException {
		try {
			return build(architecture);
		} catch (IllegalArgumentException e) {
			throw new ExperimentException(where + ": the architecture is not a gated network: " + e.getMessage(), e);
		}
	}

	/**
	 * The graph of an architecture, as every family on the engine builds it and as validation checks it.
	 *
	 * @throws IllegalArgumentException naming what makes the architecture no gated network
	 */
	public static GatedGraph build(GatedArchitecture architecture) {
		GatedGraph.Builder builder = GatedGraph.builder();
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
	}

	/** What a random stream derived from an experiment's seed is for: each purpose has a stream of its own. */
	public enum Stream {
		/** The experiment's data (a task's random singular vectors, a subset of patterns). */
		TASK,
		/** The orthonormal bases of the hidden nodes of aligned weights. */
		HIDDEN_BASES
	}

	/**
	 * A random stream for one purpose, from an experiment's seed: independent of the other purposes' streams and of
	 * the streams of seed + 1, seed + 2 ... (a sweep's repetitions), unlike {@code new Random(seed + k)}.
	 */
	public static Random stream(long seed, Stream purpose) {
		// SplitMix64 finaliser of the seed and the purpose
		long z = seed * 0x9E3779B97F4A7C15L + (purpose.ordinal() + 1) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return new Random(z ^ (z >>> 31));
	}

	/** Orthonormal bases for the hidden nodes of a graph, drawn from the seed's hidden-bases stream; {@code null} at other nodes. */
	public static DMatrixRMaj[] hiddenBases(GatedGraph graph, long seed) {
		Random random = stream(seed, Stream.HIDDEN_BASES);
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

	/**
	 * Balanced aligned strengths for every path (spec 2(c), 0.2): a0^(1/depth) on each edge of a path of that depth,
	 * on the modes its gated correlation has (0 elsewhere). Paths that share an edge must have the same depth.
	 *
	 * @param reduction the reduction of the network's data
	 * @param a0 the initial strength of every mode of every path
	 */
	public static double[][] alignedStrengths(org.plateau.gdln.DiagonalReduction reduction, GatedGraph graph, double a0) {
		double[][] strengths = new double[graph.edges().size()][reduction.modes()];
		for (GatedGraph.Path path : graph.paths()) {
			double[] s = reduction.singularValues(path);
			double b = Math.pow(a0, 1.0 / path.edges().size());
			for (GatedGraph.Edge edge : path.edges()) {
				for (int a = 0; a < reduction.modes(); a++) {
					if (Math.abs(s[a]) > 1e-12) {
						strengths[edge.index()][a] = b;
					}
				}
			}
		}
		return strengths;
	}

	/** Sets every weight of a network from N(0, scale²), drawn from a seed. */
	public static void gaussian(org.plateau.gdln.GatedNetwork network, double scale, long seed) {
		Random random = new Random(seed);
		for (GatedGraph.Edge edge : network.data().graph().edges()) {
			network.setWeight(edge, RandomMatrices_DDRM.rectangleGaussian(edge.target().dim(), edge.source().dim(), 0, scale, random));
		}
	}

	/**
	 * The diagonal reduction of a dataset's gated correlations (relative tolerance 1e-9).
	 *
	 * @throws ExperimentException naming the experiment and the condition that fails
	 */
	public static org.plateau.gdln.DiagonalReduction reduction(org.plateau.gdln.GatedDataset data, String experiment)
			throws ExperimentException {
		try {
			return org.plateau.gdln.DiagonalReduction.of(new org.plateau.gdln.GatedCorrelations(data), 1e-9);
		} catch (org.plateau.gdln.ReductionException e) {
			throw new ExperimentException("Experiment '" + experiment + "': " + e.getMessage(), e);
		}
	}
}
