package org.plateau.gdln;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.plateau.gdln.GatedGraph.Edge;
import org.plateau.gdln.GatedGraph.Kind;
import org.plateau.gdln.GatedGraph.Node;
import org.plateau.gdln.GatedGraph.Path;
import org.plateau.kernels.DenseKernels;

/**
 * A GDLN with its weights, trained by exact full-batch gradient descent (spec 2(a), 2(d)). The forward pass is
 * h_v = g_v Σ_{e: t(e) = v} g_e W_e h_{s(e)} (input nodes: h_v = g_v x_v), for all P datapoints at once as
 * dim x P matrices; the loss is L = w/2 Σ_{v output} ||y_v - h_v||² with w = 1/P (MEAN) or 1 (SUM); the backward
 * pass is its exact gradient. Every buffer is made once: a step allocates nothing. Products go through
 * {@link DenseKernels} (BLAS or EJML by size).
 */
public final class GatedNetwork {

	private final GatedGraph graph;
	private final GatedDataset data;
	private final DenseKernels kernels;
	private final DMatrixRMaj[] weights;
	private final DMatrixRMaj[] gradients;
	private final DMatrixRMaj[] activations;
	private final DMatrixRMaj[] sensitivities;
	/** Per edge, target dim x P: W_e h_s in the forward pass, the gated sensitivity in the backward pass. */
	private final DMatrixRMaj[] edgeScratch;
	/** The graph as arrays, so that a step iterates without allocating: nodes in topological order, edges into each. */
	private final Node[] order;
	private final Edge[][] into;
	private final Node[] outputs;
	private final Edge[] edges;

	/** A network with zero weights on the data's graph, on the process's kernels. */
	public GatedNetwork(GatedDataset data) {
		this(data, DenseKernels.standard());
	}

	/** A network with zero weights on the data's graph, on the given kernels. */
	public GatedNetwork(GatedDataset data, DenseKernels kernels) {
		this.data = data;
		this.kernels = kernels;
		this.graph = data.graph();
		int p = data.samples();
		weights = new DMatrixRMaj[graph.edges().size()];
		gradients = new DMatrixRMaj[graph.edges().size()];
		edgeScratch = new DMatrixRMaj[graph.edges().size()];
		for (Edge edge : graph.edges()) {
			weights[edge.index()] = new DMatrixRMaj(edge.target().dim(), edge.source().dim());
			gradients[edge.index()] = new DMatrixRMaj(edge.target().dim(), edge.source().dim());
			edgeScratch[edge.index()] = new DMatrixRMaj(edge.target().dim(), p);
		}
		order = graph.order().toArray(Node[]::new);
		into = new Edge[graph.nodes().size()][];
		for (Node node : graph.nodes()) {
			into[node.index()] = graph.into(node).toArray(Edge[]::new);
		}
		outputs = graph.nodes(Kind.OUTPUT).toArray(Node[]::new);
		edges = graph.edges().toArray(Edge[]::new);
		activations = new DMatrixRMaj[graph.nodes().size()];
		sensitivities = new DMatrixRMaj[graph.nodes().size()];
		for (Node node : graph.nodes()) {
			activations[node.index()] = new DMatrixRMaj(node.dim(), p);
			sensitivities[node.index()] = new DMatrixRMaj(node.dim(), p);
		}
	}

	/** The data trained on. */
	public GatedDataset data() {
		return data;
	}

	/** The weights W_e of an edge (live: changes as the network trains). */
	public DMatrixRMaj weight(Edge edge) {
		return weights[edge.index()];
	}

	/** Sets the weights of an edge (copied). */
	public void setWeight(Edge edge, DMatrixRMaj weight) {
		if (weight.numRows != edge.target().dim() || weight.numCols != edge.source().dim()) {
			throw new IllegalArgumentException("weights of edge '" + edge.name() + "' are " + weight.numRows + "x"
					+ weight.numCols + ", expected " + edge.target().dim() + "x" + edge.source().dim());
		}
		weights[edge.index()].setTo(weight);
	}

	/** The activations h_v of a node on every datapoint, after {@link #forward()} (live). */
	public DMatrixRMaj activation(Node node) {
		return activations[node.index()];
	}

	/** dL/dW_e after {@link #backward()} (live). */
	public DMatrixRMaj gradient(Edge edge) {
		return gradients[edge.index()];
	}

	/** Computes every node's activations. */
	public void forward() {
		for (Node node : order) {
			DMatrixRMaj h = activations[node.index()];
			if (node.kind() == Kind.INPUT) {
				h.setTo(data.input(node));
			} else {
				h.zero();
				for (Edge edge : into[node.index()]) {
					DMatrixRMaj product = edgeScratch[edge.index()];
					kernels.mult(weights[edge.index()], activations[edge.source().index()], product);
					addScaledColumns(product, data.gate(edge), h);
				}
			}
			scaleColumns(h, data.gate(node));
		}
	}

	/** The loss of the last {@link #forward()}: w/2 Σ over outputs of ||y_v - h_v||². */
	public double loss() {
		double sum = 0;
		for (Node node : outputs) {
			double[] y = data.target(node).data;
			double[] h = activations[node.index()].data;
			for (int i = 0; i < y.length; i++) {
				double r = y[i] - h[i];
				sum += r * r;
			}
		}
		return 0.5 * data.exampleWeight() * sum;
	}

	/**
	 * The exact gradient of the loss of the last {@link #forward()}, for every edge: with A_v = g_v ⊙ dL/dh_v and
	 * B_e = g_e ⊙ A_{t(e)} (gates scale columns), dL/dW_e = B_e h_{s(e)}^T and dL/dh_{s(e)} += W_e^T B_e, in reverse
	 * topological order.
	 */
	public void backward() {
		double w = data.exampleWeight();
		for (Node node : order) {
			DMatrixRMaj d = sensitivities[node.index()];
			if (node.kind() == Kind.OUTPUT) {
				// dL/dh_v = -w (y_v - h_v)
				CommonOps_DDRM.subtract(activations[node.index()], data.target(node), d);
				CommonOps_DDRM.scale(w, d);
			} else {
				d.zero();
			}
		}
		for (int k = order.length - 1; k >= 0; k--) {
			Node node = order[k];
			if (node.kind() == Kind.INPUT) {
				continue;
			}
			DMatrixRMaj a = sensitivities[node.index()];
			scaleColumns(a, data.gate(node));
			for (Edge edge : into[node.index()]) {
				DMatrixRMaj b = edgeScratch[edge.index()];
				b.setTo(a);
				scaleColumns(b, data.gate(edge));
				kernels.multTransB(b, activations[edge.source().index()], gradients[edge.index()]);
				if (edge.source().kind() != Kind.INPUT) {
					kernels.multAddTransA(1, weights[edge.index()], b, sensitivities[edge.source().index()]);
				}
			}
		}
	}

	/**
	 * One step of full-batch gradient descent, W_e ← W_e - η dL/dW_e: forward-Euler on the gradient flow
	 * τ dW_e/dt = -dL/dW_e with τ = 1/η (spec 0.1).
	 *
	 * @return the loss before the step
	 */
	public double step(double learningRate) {
		forward();
		double loss = loss();
		backward();
		for (Edge edge : edges) {
			CommonOps_DDRM.addEquals(weights[edge.index()], -learningRate, gradients[edge.index()]);
		}
		return loss;
	}

	/** W_p: the product of the weights along a path, output side first (a new matrix). */
	public DMatrixRMaj pathMap(Path path) {
		DMatrixRMaj map = weights[path.edges().get(0).index()].copy();
		for (int k = 1; k < path.edges().size(); k++) {
			DMatrixRMaj next = new DMatrixRMaj(path.edges().get(k).target().dim(), map.numCols);
			CommonOps_DDRM.mult(weights[path.edges().get(k).index()], map, next);
			map = next;
		}
		return map;
	}

	/** Whether every weight is finite. */
	public boolean isFinite() {
		for (DMatrixRMaj weight : weights) {
			for (int i = 0; i < weight.getNumElements(); i++) {
				if (!Double.isFinite(weight.data[i])) {
					return false;
				}
			}
		}
		return true;
	}

	/** h ⊙= g per column. */
	private static void scaleColumns(DMatrixRMaj h, double[] gate) {
		int cols = h.numCols;
		double[] values = h.data;
		for (int r = 0; r < h.numRows; r++) {
			int row = r * cols;
			for (int mu = 0; mu < cols; mu++) {
				values[row + mu] *= gate[mu];
			}
		}
	}

	/** h += x ⊙ g per column. */
	private static void addScaledColumns(DMatrixRMaj x, double[] gate, DMatrixRMaj h) {
		int cols = h.numCols;
		double[] from = x.data;
		double[] to = h.data;
		for (int r = 0; r < h.numRows; r++) {
			int row = r * cols;
			for (int mu = 0; mu < cols; mu++) {
				to[row + mu] += from[row + mu] * gate[mu];
			}
		}
	}
}
