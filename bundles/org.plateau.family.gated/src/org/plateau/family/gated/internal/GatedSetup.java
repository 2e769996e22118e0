package org.plateau.family.gated.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.RandomMatrices_DDRM;
import org.ejml.dense.row.SingularOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;
import org.plateau.core.family.ExperimentException;
import org.plateau.core.family.MetricDescriptor;
import org.plateau.family.gated.model.DecoupledInitialisation;
import org.plateau.family.gated.model.RaceTask;
import org.plateau.family.gated.model.RoutingTask;
import org.plateau.family.gated.model.util.GatedValidator;
import org.plateau.gdln.DiagonalReduction;
import org.plateau.gdln.GatedDataset;
import org.plateau.gdln.GatedGraph;
import org.plateau.gdln.GatedGraph.Edge;
import org.plateau.gdln.GatedGraph.Kind;
import org.plateau.gdln.GatedGraph.Node;
import org.plateau.gdln.GatedGraph.Path;
import org.plateau.gdln.GatedNetwork;
import org.plateau.gdln.family.ExperimentTraining;
import org.plateau.gdln.family.GatedArchitectures;
import org.plateau.gdln.model.GatedArchitecture;
import org.plateau.gdln.model.NodeKind;
import org.plateau.model.Experiment;
import org.plateau.model.Initialisation;
import org.plateau.model.LossConvention;
import org.plateau.model.RandomOrthogonalInitialisation;
import org.plateau.model.SmallGaussianInitialisation;

/**
 * An experiment of the gated family made concrete for the GDLN engine: the graph of its {@link GatedArchitecture}, the
 * data and gates of its task, the task's singular vectors (for mode strengths, spec 0.2), the pathways whose errors
 * are recorded, and the initial weights.
 */
final class GatedSetup extends ExperimentTraining {

	/** The routing task's feature x item matrix (spec 2(b)). */
	static final double[][] ROUTING_FEATURES = { { 6, 6, 6, 6 }, { 4, 4, 0, 0 }, { 0, 0, 4, 4 }, { 3, 0, 0, 0 },
			{ 0, 3, 0, 0 }, { 0, 0, 3, 0 }, { 0, 0, 0, 3 } };
	static final int ITEMS = GatedValidator.ROUTING_ITEMS;
	static final int FEATURES = GatedValidator.ROUTING_FEATURES;

	static final String LOSS = "loss";
	static final String TRAINED = "error.trained";
	static final String UNTRAINED = "error.untrained";

	final GatedGraph graph;
	final GatedDataset data;
	final long seed;
	/** The task's map and its singular vectors: targets of every pathway are {@code map} on its items. */
	final DMatrixRMaj taskMap;
	final DMatrixRMaj taskU;
	final DMatrixRMaj taskV;
	final double[] singularValues;
	/** Routing: the trained and untrained pathways (input domain, output domain); race: empty. */
	final List<Path> trainedPaths = new ArrayList<>();
	final List<Path> untrainedPaths = new ArrayList<>();
	/** The paths whose mode strengths are recorded: routing in0 → out0; race the two pathways. */
	final List<Path> recordedPaths = new ArrayList<>();
	/** The hidden edge whose singular values are recorded (routing: the shared hidden map), or null. */
	final Edge hiddenEdge;
	final RoutingTask routing;
	final RaceTask race;

	private GatedSetup(Experiment experiment) throws ExperimentException {
		super(experiment);
		String where = "Experiment '" + experiment.getName() + "'";
		if (!(experiment.getArchitecture() instanceof GatedArchitecture architecture)) {
			throw new ExperimentException(where + ": the gated family needs a GatedArchitecture");
		}
		this.graph = GatedArchitectures.graph(architecture, where);
		this.seed = experiment.getSeed();
		this.routing = experiment.getTask() instanceof RoutingTask r ? r : null;
		this.race = experiment.getTask() instanceof RaceTask r ? r : null;
		Random random = GatedArchitectures.stream(seed, GatedArchitectures.Stream.TASK);
		if (routing != null) {
			taskMap = new DMatrixRMaj(ROUTING_FEATURES);
			data = routingData(routing, where);
			hiddenEdge = hiddenEdge(where);
		} else if (race != null) {
			int n = race.getInputDim();
			DMatrixRMaj s = new DMatrixRMaj(n, n);
			for (int a = 0; a < race.getSingularValues().size(); a++) {
				s.set(a, a, race.getSingularValues().get(a));
			}
			DMatrixRMaj u = RandomMatrices_DDRM.orthogonal(n, n, random);
			DMatrixRMaj v = RandomMatrices_DDRM.orthogonal(n, n, random);
			DMatrixRMaj us = new DMatrixRMaj(n, n);
			CommonOps_DDRM.mult(u, s, us);
			taskMap = new DMatrixRMaj(n, n);
			CommonOps_DDRM.multTransB(us, v, taskMap);
			data = raceData(race, where);
			hiddenEdge = null;
		} else {
			throw new ExperimentException(where + ": the gated family has no task " + experiment.getTask().eClass().getName());
		}
		DMatrixRMaj[] svd = svd(taskMap);
		taskU = svd[0];
		taskV = svd[1];
		singularValues = new double[Math.min(taskMap.numRows, taskMap.numCols)];
		for (int a = 0; a < singularValues.length; a++) {
			singularValues[a] = svd[2].get(a, a);
		}
		describeMetrics();
	}

	@Override
	public GatedDataset data() {
		return data;
	}

	/** The encoder RSA across domains, for the routing task (spec 2(e)). */
	static final String ENCODER_RSA = "encoder-rsa";

	@Override
	public List<org.plateau.core.family.MatrixDescriptor> matrices() {
		if (routing == null) {
			return List.of();
		}
		List<String> labels = new ArrayList<>();
		for (int i = 0; i < routing.getDomains(); i++) {
			for (int k = 0; k < ITEMS; k++) {
				labels.add("d" + i + "·" + (k + 1));
			}
		}
		return List.of(new org.plateau.core.family.MatrixDescriptor(ENCODER_RSA,
				"Encoder RSA across domains: (W_in_i x)ᵀ (W_in_j x) for items of domains i, j", labels, labels));
	}

	/**
	 * The encoder RSA (spec 2(e)): the M x M grid of 4 x 4 blocks (W_in_i X)^T (W_in_j X) of the encoders' outputs
	 * for the items of domains i and j (X = I, so the blocks are W_in_i^T W_in_j). Equal blocks across domains are a
	 * shared representation.
	 */
	@Override
	public DMatrixRMaj snapshot(String name, GatedNetwork network) {
		if (!ENCODER_RSA.equals(name) || routing == null) {
			throw new IllegalArgumentException("no matrix '" + name + "'");
		}
		int m = routing.getDomains();
		DMatrixRMaj[] encoders = new DMatrixRMaj[m];
		for (int i = 0; i < m; i++) {
			Node input = graph.node("in" + i);
			encoders[i] = network.weight(graph.outOf(input).get(0));
		}
		DMatrixRMaj rsa = new DMatrixRMaj(m * ITEMS, m * ITEMS);
		DMatrixRMaj block = new DMatrixRMaj(ITEMS, ITEMS);
		for (int i = 0; i < m; i++) {
			for (int j = 0; j < m; j++) {
				CommonOps_DDRM.multTransA(encoders[i], encoders[j], block);
				CommonOps_DDRM.insert(block, rsa, i * ITEMS, j * ITEMS);
			}
		}
		return rsa;
	}

	/** Sets an experiment up. */
	static GatedSetup of(Experiment experiment) throws ExperimentException {
		return new GatedSetup(experiment);
	}

	/**
	 * The routing data (spec 2(b)): one datapoint per (input domain i, item k), with x = e_k at node in_i (the other
	 * inputs gated off) and the item's features as the target at every output domain (i + d) mod M, the others gated
	 * off. The loss is the mean squared error over items and features summed over trained pathways (spec 2(c)): the
	 * weight of a datapoint is 2 / (items x features).
	 */
	private GatedDataset routingData(RoutingTask task, String where) throws ExperimentException {
		int m = task.getDomains();
		int p = m * ITEMS;
		GatedDataset routingData = new GatedDataset(graph, p, 2.0 / (ITEMS * FEATURES));
		for (int i = 0; i < m; i++) {
			String domains = where + ": task.domains = " + m;
			Node input = node("in" + i, NodeKind.INPUT, ITEMS, domains);
			Node output = node("out" + i, NodeKind.OUTPUT, FEATURES, domains);
			DMatrixRMaj x = new DMatrixRMaj(ITEMS, p);
			double[] inputGate = new double[p];
			for (int k = 0; k < ITEMS; k++) {
				x.set(k, i * ITEMS + k, 1);
				inputGate[i * ITEMS + k] = 1;
			}
			routingData.input(input, x).gate(input, inputGate);
			DMatrixRMaj y = new DMatrixRMaj(FEATURES, p);
			double[] outputGate = new double[p];
			for (int source = 0; source < m; source++) {
				if (trained(task, source, i)) {
					for (int k = 0; k < ITEMS; k++) {
						outputGate[source * ITEMS + k] = 1;
						for (int f = 0; f < FEATURES; f++) {
							y.set(f, source * ITEMS + k, ROUTING_FEATURES[f][k]);
						}
					}
				}
			}
			routingData.target(output, y).gate(output, outputGate);
		}
		if (graph.nodes(Kind.INPUT).size() != m || graph.nodes(Kind.OUTPUT).size() != m) {
			throw new ExperimentException(where + ": a routing task of " + m + " domains needs exactly the input nodes in0 .. in"
					+ (m - 1) + " and the output nodes out0 .. out" + (m - 1) + "; the architecture has "
					+ graph.nodes(Kind.INPUT).size() + " inputs and " + graph.nodes(Kind.OUTPUT).size() + " outputs");
		}
		for (Path path : graph.paths()) {
			int i = Integer.parseInt(path.source().name().substring(2));
			int j = Integer.parseInt(path.target().name().substring(3));
			(trained(task, i, j) ? trainedPaths : untrainedPaths).add(path);
			if (i == 0 && j == 0) {
				recordedPaths.add(path);
			}
		}
		return routingData;
	}

	static boolean trained(RoutingTask task, int input, int output) {
		for (int offset : task.getOffsets()) {
			if (Math.floorMod(input + offset, task.getDomains()) == output) {
				return true;
			}
		}
		return false;
	}

	/** The node of a name, which must have the given kind and size. */
	private Node node(String name, NodeKind kind, int dim, String where) throws ExperimentException {
		Node node;
		try {
			node = graph.node(name);
		} catch (IllegalArgumentException e) {
			throw new ExperimentException(where + ": the task needs an " + kind.getLiteral().toLowerCase() + " node '" + name
					+ "' of " + dim + " units; " + e.getMessage(), e);
		}
		if (node.kind().name().equals(kind.name()) && node.dim() == dim) {
			return node;
		}
		throw new ExperimentException(where + ": node '" + name + "' must be an " + kind.getLiteral().toLowerCase()
				+ " node of dim " + dim + ", is " + node.kind().name().toLowerCase() + " of dim " + node.dim());
	}

	/** The routing network's hidden-to-hidden edge: the one edge between two hidden nodes, or null. */
	private Edge hiddenEdge(String where) {
		List<Edge> hidden = graph.edges().stream()
				.filter(e -> e.source().kind() == Kind.HIDDEN && e.target().kind() == Kind.HIDDEN).toList();
		return hidden.size() == 1 ? hidden.get(0) : null;
	}

	/**
	 * The race toy's data (spec C2.3): whitened inputs, 20 copies of sqrt(N) I, so that X X^T / P = I under the MEAN
	 * convention the toy's theory is written in; y = U S V^T x; the gated node on the first round(20 p) copies.
	 */
	private GatedDataset raceData(RaceTask task, String where) throws ExperimentException {
		int n = task.getInputDim();
		int copies = GatedValidator.RACE_TASK_COPIES;
		int p = n * copies;
		Node input = single(Kind.INPUT, n, where);
		Node output = single(Kind.OUTPUT, n, where);
		Node gated;
		try {
			gated = graph.node(task.getGatedNode());
		} catch (IllegalArgumentException e) {
			throw new ExperimentException(where + ": gatedNode: " + e.getMessage(), e);
		}
		DMatrixRMaj x = new DMatrixRMaj(n, p);
		for (int c = 0; c < copies; c++) {
			for (int i = 0; i < n; i++) {
				x.set(i, c * n + i, Math.sqrt(n));
			}
		}
		DMatrixRMaj y = new DMatrixRMaj(n, p);
		CommonOps_DDRM.mult(taskMap, x, y);
		double[] gate = new double[p];
		int on = (int) Math.round(task.getGatedFraction() * copies);
		for (int mu = 0; mu < on * n; mu++) {
			gate[mu] = 1;
		}
		GatedDataset raceData = new GatedDataset(graph, p, LossConvention.MEAN)
				.input(input, x).target(output, y).gate(gated, gate);
		recordedPaths.addAll(graph.paths());
		return raceData;
	}

	private Node single(Kind kind, int dim, String where) throws ExperimentException {
		List<Node> nodes = graph.nodes(kind);
		if (nodes.size() != 1 || nodes.get(0).dim() != dim) {
			throw new ExperimentException(where + ": the race task needs one " + kind.name().toLowerCase() + " node of dim "
					+ dim + " (the task's inputDim); the architecture has "
					+ nodes.stream().map(nd -> nd.name() + " of dim " + nd.dim()).toList());
		}
		return nodes.get(0);
	}

	private void describeMetrics() {
		metrics.add(new MetricDescriptor(LOSS, "loss", routing != null
				? "mean squared error over items and features, summed over the trained pathways (spec 2(c))"
				: "w/2 sum of squared errors"));
		if (routing != null) {
			metrics.add(new MetricDescriptor(TRAINED, "trained pathways", "mean over trained pathways of ||Y - W_p||^2 / 2"));
			metrics.add(new MetricDescriptor(UNTRAINED, "untrained pathways",
					"mean over untrained pathways of ||Y - W_p||^2 / 2: systematic generalization"));
		}
		for (Path path : recordedPaths) {
			String prefix = race != null ? (path.nodes().stream().anyMatch(n -> n.name().equals(race.getGatedNode())) ? "b" : "a") : "a";
			for (int a = 0; a < singularValues.length; a++) {
				metrics.add(new MetricDescriptor(prefix + (a + 1), prefix + (a + 1) + " (" + path.describe() + ")",
						"mode strength u^T W_p v of mode " + (a + 1) + " (s = " + singularValues[a] + ")"));
			}
		}
		if (hiddenEdge != null) {
			for (int a = 0; a < singularValues.length; a++) {
				metrics.add(new MetricDescriptor("b2." + (a + 1), "b2 " + (a + 1) + " (" + hiddenEdge.name() + ")",
						"singular value " + (a + 1) + " of the shared hidden map"));
			}
		}
	}



	/** The initial diagonal of every edge, for a decoupled initialisation. */
	double[][] decoupledStrengths(DiagonalReduction reduction) {
		return GatedArchitectures.uniformStrengths(graph, reduction.modes(),
				((DecoupledInitialisation) experiment.getInitialisation()).getB0());
	}

	/** The network at step 0. */
	@Override
	public GatedNetwork initialNetwork() throws ExperimentException {
		GatedNetwork network = new GatedNetwork(data);
		Initialisation init = experiment.getInitialisation();
		Random random = new Random(seed);
		if (init instanceof DecoupledInitialisation) {
			DiagonalReduction reduction = reduction();
			reduction.align(decoupledStrengths(reduction), hiddenBases(), network);
		} else if (init instanceof RandomOrthogonalInitialisation orthogonal) {
			for (Edge edge : graph.edges()) {
				network.setWeight(edge, GatedArchitectures.scaledOrthogonal(edge.target().dim(), edge.source().dim(), orthogonal.getGain(), random));
			}
		} else if (init instanceof SmallGaussianInitialisation gaussian) {
			GatedArchitectures.gaussian(network, gaussian.getScale(), seed);
		} else {
			throw new ExperimentException("Experiment '" + experiment.getName() + "': the gated family does not support "
					+ (init == null ? "a missing initialisation" : init.eClass().getName())
					+ "; use DecoupledInitialisation, RandomOrthogonalInitialisation or SmallGaussianInitialisation");
		}
		return network;
	}

	/**
	 * The metrics of a network, in the order of {@link #metrics}: loss, pathway errors, mode strengths of the recorded
	 * paths on the task's singular vectors, singular values of the hidden map. Allocates (records only).
	 */
	@Override
	public void measure(GatedNetwork network, double[] into) {
		network.forward();
		int k = 0;
		into[k++] = network.loss();
		if (routing != null) {
			into[k++] = meanError(network, trainedPaths);
			into[k++] = meanError(network, untrainedPaths);
		}
		for (Path path : recordedPaths) {
			DMatrixRMaj map = network.pathMap(path);
			for (int a = 0; a < singularValues.length; a++) {
				into[k++] = modeStrength(map, a);
			}
		}
		if (hiddenEdge != null) {
			double[] values = SingularOps_DDRM.singularValues(network.weight(hiddenEdge));
			java.util.Arrays.sort(values);
			for (int a = 0; a < singularValues.length; a++) {
				into[k++] = a < values.length ? values[values.length - 1 - a] : 0;
			}
		}
	}

	/** u_a^T W v_a on the task's fixed singular vectors (spec 0.2). */
	double modeStrength(DMatrixRMaj map, int a) {
		double sum = 0;
		for (int r = 0; r < map.numRows; r++) {
			for (int c = 0; c < map.numCols; c++) {
				sum += taskU.get(r, a) * map.get(r, c) * taskV.get(c, a);
			}
		}
		return sum;
	}

	/** Mean over pathways of ||Y - W_p||^2 / 2, the pathway's error on its items (x = e_k). */
	private double meanError(GatedNetwork network, List<Path> paths) {
		if (paths.isEmpty()) {
			return Double.NaN;
		}
		double total = 0;
		for (Path path : paths) {
			DMatrixRMaj map = network.pathMap(path);
			double sum = 0;
			for (int r = 0; r < map.numRows; r++) {
				for (int c = 0; c < map.numCols; c++) {
					double residual = taskMap.get(r, c) - map.get(r, c);
					sum += residual * residual;
				}
			}
			total += sum / 2;
		}
		return total / paths.size();
	}

	/** {U, V, W} of the task map, descending, with u_a = M v_a / s_a so that the pairs agree where s repeats. */
	private static DMatrixRMaj[] svd(DMatrixRMaj map) {
		SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(map.numRows, map.numCols, true, true, false);
		svd.decompose(map.copy());
		DMatrixRMaj u = svd.getU(null, false);
		DMatrixRMaj w = svd.getW(null);
		DMatrixRMaj vt = svd.getV(null, true);
		SingularOps_DDRM.descendingOrder(u, false, w, vt, true);
		DMatrixRMaj v = CommonOps_DDRM.transpose(vt, null);
		for (int a = 0; a < Math.min(map.numRows, map.numCols); a++) {
			double s = w.get(a, a);
			if (s > 1e-12) {
				for (int r = 0; r < map.numRows; r++) {
					double value = 0;
					for (int c = 0; c < map.numCols; c++) {
						value += map.get(r, c) * v.get(c, a);
					}
					u.set(r, a, value / s);
				}
			}
		}
		return new DMatrixRMaj[] { u, v, w };
	}

}
