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

	/**
	 * The matched start of the reduction from small random weights (as the deep linear family's
	 * {@code TaskModes.initialStrengths}; Jarvis et al. 2023 draw the closed form over runs from random weights, spec
	 * 4(d)-(e)): balanced strengths b_e = a0^(1/depth) on the edges of every path, a0 per mode measured on the
	 * network: for a two-layer path x → h → y, a0 = ||W1 v + W2^T u||² / 4, the growing component of the linearised
	 * early dynamics τ d(W1 v)/dt = s W2^T u, τ d(W2^T u)/dt = s W1 v (spec 1.2, C1.10); for one layer, u^T W v; for
	 * deeper paths, |u^T W_p v|. Modes of zero strength start at 1e-300^(1/depth), since a deep mode at exactly 0 never
	 * grows.
	 *
	 * @throws IllegalArgumentException when an edge lies on several paths: their strengths cannot be matched edge by
	 *         edge (the shared hidden map of the routing task)
	 */
	public static double[][] matchedStrengths(org.plateau.gdln.DiagonalReduction reduction, org.plateau.gdln.GatedNetwork network) {
		GatedGraph graph = network.data().graph();
		double[][] strengths = new double[graph.edges().size()][reduction.modes()];
		for (GatedGraph.Edge edge : graph.edges()) {
			if (graph.pathsThrough(edge).size() > 1) {
				throw new IllegalArgumentException("edge " + edge.name() + " lies on " + graph.pathsThrough(edge).size()
						+ " paths: the matched start needs every edge on one path");
			}
		}
		for (GatedGraph.Path path : graph.paths()) {
			DMatrixRMaj v = reduction.basis(path.source(), path);
			DMatrixRMaj u = reduction.basis(path.target(), path);
			int depth = path.edges().size();
			DMatrixRMaj map = network.pathMap(path);
			for (int a = 0; a < reduction.modes(path); a++) {
				double a0;
				if (depth == 2) {
					a0 = twoLayerMatchedStrength(network.weight(path.edges().get(0)), network.weight(path.edges().get(1)),
							u, v, a);
				} else {
					double projected = 0;
					for (int i = 0; i < u.numRows; i++) {
						for (int j = 0; j < v.numRows; j++) {
							projected += u.get(i, a) * map.get(i, j) * v.get(j, a);
						}
					}
					a0 = depth == 1 ? projected : Math.abs(projected);
				}
				double b = depth == 1 ? a0 : Math.pow(Math.max(a0, 1e-300), 1.0 / depth);
				for (GatedGraph.Edge edge : path.edges()) {
					strengths[edge.index()][a] = b;
				}
			}
		}
		return strengths;
	}

	/**
	 * The effective initial strength of mode a of a two-layer map W2 W1 from small random weights:
	 * a0 = ||W1 v_a + W2^T u_a||² / 4, the growing component of the linearised early dynamics
	 * τ d(W1 v)/dt = s W2^T u, τ d(W2^T u)/dt = s W1 v (Saxe et al. 2014; spec 1.2, C1.10).
	 *
	 * @param w1 the first layer (hidden x input)
	 * @param w2 the second layer (output x hidden)
	 * @param u the output directions of the modes, one per column
	 * @param v the input directions of the modes, one per column
	 * @param a the mode
	 */
	public static double twoLayerMatchedStrength(DMatrixRMaj w1, DMatrixRMaj w2, DMatrixRMaj u, DMatrixRMaj v, int a) {
		double sumOfSquares = 0;
		for (int h = 0; h < w1.numRows; h++) {
			double g = 0;
			for (int j = 0; j < v.numRows; j++) {
				g += w1.get(h, j) * v.get(j, a);
			}
			for (int i = 0; i < u.numRows; i++) {
				g += w2.get(i, h) * u.get(i, a);
			}
			sumOfSquares += g * g;
		}
		return sumOfSquares / 4;
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
