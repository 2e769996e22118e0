package org.plateau.gdln;

import java.util.Arrays;

import org.ejml.data.DMatrixRMaj;
import org.plateau.gdln.GatedGraph.Edge;
import org.plateau.gdln.GatedGraph.Node;
import org.plateau.gdln.GatedGraph.Path;
import org.plateau.model.LossConvention;

/**
 * The data a GDLN learns from (spec 2(a), 0.1): for each of P datapoints an input x_v at every input node, a target
 * y_v at every output node, and the gates of that datapoint: a scalar g_v(x) per node and g_e(x) per edge (1 unless
 * set; 0/1 masks or any real numbers, fixed by the data and independent of the weights). Columns are datapoints.
 */
public final class GatedDataset {

	private final GatedGraph graph;
	private final int samples;
	private final double exampleWeight;
	private final DMatrixRMaj[] inputs;
	private final DMatrixRMaj[] targets;
	private final double[][] nodeGates;
	private final double[][] edgeGates;

	/**
	 * An empty dataset: inputs and targets zero, every gate 1.
	 *
	 * @param graph the architecture
	 * @param samples P, the number of datapoints
	 * @param convention MEAN (averages over P) or SUM (sums over P) loss and correlations
	 */
	public GatedDataset(GatedGraph graph, int samples, LossConvention convention) {
		this(graph, samples, convention == LossConvention.MEAN ? 1.0 / samples : 1.0);
	}

	/**
	 * An empty dataset with a given weight of each datapoint in the loss L = w/2 Σ ||y - h||² and the correlations,
	 * e.g. w = 2/(P_items N_o) for the per-pathway mean squared error of the routing task (spec 2(c)).
	 *
	 * @param graph the architecture
	 * @param samples P, the number of datapoints
	 * @param exampleWeight w, positive
	 */
	public GatedDataset(GatedGraph graph, int samples, double exampleWeight) {
		if (!(exampleWeight > 0) || !Double.isFinite(exampleWeight)) {
			throw new IllegalArgumentException("the weight of a datapoint must be positive, was " + exampleWeight);
		}
		if (samples < 1) {
			throw new IllegalArgumentException("samples must be at least 1, was " + samples);
		}
		this.graph = graph;
		this.samples = samples;
		this.exampleWeight = exampleWeight;
		this.inputs = new DMatrixRMaj[graph.nodes().size()];
		this.targets = new DMatrixRMaj[graph.nodes().size()];
		this.nodeGates = new double[graph.nodes().size()][];
		this.edgeGates = new double[graph.edges().size()][];
		for (Node node : graph.nodes()) {
			if (node.kind() == GatedGraph.Kind.INPUT) {
				inputs[node.index()] = new DMatrixRMaj(node.dim(), samples);
			} else if (node.kind() == GatedGraph.Kind.OUTPUT) {
				targets[node.index()] = new DMatrixRMaj(node.dim(), samples);
			}
			nodeGates[node.index()] = ones(samples);
		}
		for (Edge edge : graph.edges()) {
			edgeGates[edge.index()] = ones(samples);
		}
	}

	private static double[] ones(int n) {
		double[] ones = new double[n];
		Arrays.fill(ones, 1);
		return ones;
	}

	/** The architecture. */
	public GatedGraph graph() {
		return graph;
	}

	/** P. */
	public int samples() {
		return samples;
	}

	/** The weight w of one datapoint in the loss and the correlations: 1/P (MEAN), 1 (SUM), or as given. */
	public double exampleWeight() {
		return exampleWeight;
	}

	/** Sets the inputs of an input node (dim x P, copied). */
	public GatedDataset input(Node node, DMatrixRMaj x) {
		check(node, GatedGraph.Kind.INPUT, x, "input");
		inputs[node.index()].setTo(x);
		return this;
	}

	/** Sets the targets of an output node (dim x P, copied). */
	public GatedDataset target(Node node, DMatrixRMaj y) {
		check(node, GatedGraph.Kind.OUTPUT, y, "target");
		targets[node.index()].setTo(y);
		return this;
	}

	/** Sets the gate of a node on every datapoint (copied). */
	public GatedDataset gate(Node node, double[] gate) {
		nodeGates[node.index()] = checked(gate, "node " + node.name());
		return this;
	}

	/** Sets the gate of an edge on every datapoint (copied). */
	public GatedDataset gate(Edge edge, double[] gate) {
		edgeGates[edge.index()] = checked(gate, "edge " + edge.name());
		return this;
	}

	/** The inputs of an input node (live). */
	public DMatrixRMaj input(Node node) {
		return inputs[node.index()];
	}

	/** The targets of an output node (live). */
	public DMatrixRMaj target(Node node) {
		return targets[node.index()];
	}

	/** The gates of a node (live). */
	public double[] gate(Node node) {
		return nodeGates[node.index()];
	}

	/** The gates of an edge (live). */
	public double[] gate(Edge edge) {
		return edgeGates[edge.index()];
	}

	/** g_p(x_mu): the product of every node and edge gate on a path, its input and output nodes included. */
	public double pathGate(Path path, int mu) {
		double gate = nodeGates[path.source().index()][mu];
		for (Edge edge : path.edges()) {
			gate *= edgeGates[edge.index()][mu] * nodeGates[edge.target().index()][mu];
		}
		return gate;
	}

	private double[] checked(double[] gate, String what) {
		if (gate.length != samples) {
			throw new IllegalArgumentException("the gate of " + what + " has " + gate.length + " values, one per datapoint ("
					+ samples + ") expected");
		}
		for (int mu = 0; mu < gate.length; mu++) {
			if (!Double.isFinite(gate[mu])) {
				throw new IllegalArgumentException("the gate of " + what + " is " + gate[mu] + " at datapoint " + mu);
			}
		}
		return gate.clone();
	}

	private void check(Node node, GatedGraph.Kind kind, DMatrixRMaj matrix, String what) {
		if (node.kind() != kind) {
			throw new IllegalArgumentException("node '" + node.name() + "' is a " + node.kind() + " node, not an " + kind
					+ " node: it takes no " + what);
		}
		if (matrix.numRows != node.dim() || matrix.numCols != samples) {
			throw new IllegalArgumentException("the " + what + " of node '" + node.name() + "' is " + matrix.numRows + "x"
					+ matrix.numCols + ", expected " + node.dim() + "x" + samples + " (dim x P)");
		}
	}
}
