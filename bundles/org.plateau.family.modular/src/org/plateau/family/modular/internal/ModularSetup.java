package org.plateau.family.modular.internal;

import java.util.ArrayList;
import java.util.List;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.SingularOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;
import org.plateau.core.family.ExperimentException;
import org.plateau.core.family.MetricDescriptor;
import org.plateau.core.family.MetricDescriptor.Summary;
import org.plateau.family.modular.model.ModularTask;
import org.plateau.gdln.DiagonalReduction;
import org.plateau.gdln.GatedDataset;
import org.plateau.gdln.GatedGraph;
import org.plateau.gdln.GatedGraph.Kind;
import org.plateau.gdln.GatedGraph.Node;
import org.plateau.gdln.GatedGraph.Path;
import org.plateau.gdln.GatedNetwork;
import org.plateau.gdln.family.ExperimentTraining;
import org.plateau.gdln.family.GatedArchitectures;
import org.plateau.gdln.model.GatedArchitecture;
import org.plateau.model.AlignedBalancedInitialisation;
import org.plateau.model.Experiment;
import org.plateau.model.LossConvention;
import org.plateau.model.SmallGaussianInitialisation;

/**
 * A modular-network experiment (Jarvis, Klein, Rosman &amp; Saxe 2023, spec 4) made concrete for the GDLN engine: the
 * dataset space X = [Omega_x; Gamma_x], Y = [Omega_y; Gamma_y] laid onto the architecture's input nodes ({@code x}, or
 * {@code x_comp} and {@code x_non}) and output nodes ({@code y}, or {@code y_comp} and {@code y_non}); the task's
 * singular modes (MEAN correlations); and the metrics: the loss, the four quadrant norms of the network's map, the
 * map from the compositional inputs to the first compositional output (systematicity), the mode strengths.
 */
final class ModularSetup extends ExperimentTraining {

	static final String LOSS = "loss";
	static final String[] QUADRANTS = { "OxOy", "GxOy", "OxGy", "GxGy" };
	static final String FULL_RANK = "full.rank";
	static final String UNSEEN_ERROR = "unseen.error";

	final ModularTask task;
	final GatedGraph graph;
	final GatedDataset data;
	final int samples;
	/** P = 2^n1, every pattern; the patterns trained on (all unless trainingPatterns is set). */
	final int patterns;
	final int[] trained;
	/** X and Y of every pattern, the held-out ones included. */
	final DMatrixRMaj allInputs;
	final DMatrixRMaj allTargets;
	/** Whether the compositional patterns trained on have full rank n1. */
	final boolean fullRank;
	final int compositionalInputs;
	final int compositionalOutputs;
	/** X and Y of the whole task (all inputs, all outputs), columns = datapoints. */
	final DMatrixRMaj inputs;
	final DMatrixRMaj targets;
	/** The MEAN correlations' modes: s, d = v^T Sigma_x v, u, v (u = Sigma_yx v / s), nonzero s only, descending. */
	final double[] singularValues;
	final double[] inputVariances;
	final DMatrixRMaj modesU;
	final DMatrixRMaj modesV;
	/** The distinct singular values (s1, s2, s3 of spec 4(d)) and the first mode of each. */
	final List<int[]> groups = new ArrayList<>();

	private ModularSetup(Experiment experiment) throws ExperimentException {
		super(experiment);
		String where = "Experiment '" + experiment.getName() + "'";
		if (!(experiment.getTask() instanceof ModularTask modular) || !(experiment.getArchitecture() instanceof GatedArchitecture architecture)) {
			throw new ExperimentException(where + ": the modular family needs a ModularTask on a GatedArchitecture");
		}
		this.task = modular;
		this.graph = GatedArchitectures.graph(architecture, where);
		int n1 = task.getN1();
		this.compositionalInputs = n1;
		this.compositionalOutputs = task.getN2();
		this.patterns = 1 << n1;
		// the nodes against the task's sizes before any matrix is made: k1 = 10^9 must be refused, not overflow
		boolean splitInputs = nodesFit(where, Kind.INPUT, "x", n1, (long) task.getK1() * patterns);
		boolean splitOutputs = nodesFit(where, Kind.OUTPUT, "y", task.getN2(), (long) task.getK2() * patterns);
		double r = task.getR();
		// spec 4(b): Omega_x = all +-1 patterns of n1 bits; Gamma_x = k1 copies of r I_P; Omega_y = n2 rows of Omega_x
		DMatrixRMaj allOmegaX = new DMatrixRMaj(n1, patterns);
		for (int mu = 0; mu < patterns; mu++) {
			for (int k = 0; k < n1; k++) {
				allOmegaX.set(k, mu, ((mu >> k) & 1) == 1 ? 1 : -1);
			}
		}
		allInputs = CommonOps_DDRM.concatRowsMulti(allOmegaX, copies(task.getK1(), r, patterns));
		allTargets = CommonOps_DDRM.concatRowsMulti(CommonOps_DDRM.extract(allOmegaX, 0, task.getN2(), 0, patterns),
				copies(task.getK2(), r, patterns));
		trained = trainingPatterns(task, patterns, experiment.getSeed());
		this.samples = trained.length;
		int p = samples;
		DMatrixRMaj omegaX = columns(allOmegaX, trained);
		DMatrixRMaj gammaX = columns(CommonOps_DDRM.extract(allInputs, n1, allInputs.numRows, 0, patterns), trained);
		DMatrixRMaj omegaY = columns(CommonOps_DDRM.extract(allTargets, 0, task.getN2(), 0, patterns), trained);
		DMatrixRMaj gammaY = columns(CommonOps_DDRM.extract(allTargets, task.getN2(), allTargets.numRows, 0, patterns), trained);
		inputs = CommonOps_DDRM.concatRowsMulti(omegaX, gammaX);
		targets = CommonOps_DDRM.concatRowsMulti(omegaY, gammaY);
		// spec 4(d), rank argument: the patterns seen identify the compositional map iff they have rank n1
		fullRank = org.ejml.dense.row.MatrixFeatures_DDRM.rank(omegaX.copy()) == n1;
		// the training rule of spec 4(c): W += (1/tau) (Sigma_yx - W Sigma_x) with MEAN correlations, tau = 1/(P lr),
		// is gradient descent at lr on the SUM loss
		data = new GatedDataset(graph, p, LossConvention.SUM);
		layOut(splitInputs, splitOutputs, omegaX, gammaX, omegaY, gammaY);

		DMatrixRMaj sigmaYx = new DMatrixRMaj(targets.numRows, inputs.numRows);
		CommonOps_DDRM.multTransB(1.0 / p, targets, inputs, sigmaYx);
		DMatrixRMaj sigmaX = new DMatrixRMaj(inputs.numRows, inputs.numRows);
		CommonOps_DDRM.multTransB(1.0 / p, inputs, inputs, sigmaX);
		SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(sigmaYx.numRows, sigmaYx.numCols, false, true, false);
		svd.decompose(sigmaYx.copy());
		DMatrixRMaj w = svd.getW(null);
		DMatrixRMaj vt = svd.getV(null, true);
		SingularOps_DDRM.descendingOrder(null, false, w, vt, true);
		int rank = 0;
		for (int a = 0; a < Math.min(w.numRows, w.numCols); a++) {
			if (w.get(a, a) > 1e-10 * w.get(0, 0)) {
				rank++;
			}
		}
		singularValues = new double[rank];
		inputVariances = new double[rank];
		modesV = new DMatrixRMaj(inputs.numRows, rank);
		modesU = new DMatrixRMaj(targets.numRows, rank);
		for (int a = 0; a < rank; a++) {
			double s = w.get(a, a);
			singularValues[a] = s;
			for (int c = 0; c < inputs.numRows; c++) {
				modesV.set(c, a, vt.get(a, c));
			}
			double d = 0;
			for (int i = 0; i < inputs.numRows; i++) {
				for (int j = 0; j < inputs.numRows; j++) {
					d += modesV.get(i, a) * sigmaX.get(i, j) * modesV.get(j, a);
				}
			}
			inputVariances[a] = d;
			for (int row = 0; row < targets.numRows; row++) {
				double u = 0;
				for (int c = 0; c < inputs.numRows; c++) {
					u += sigmaYx.get(row, c) * modesV.get(c, a);
				}
				modesU.set(row, a, u / s);
			}
			if (groups.isEmpty() || Math.abs(singularValues[groups.get(groups.size() - 1)[0]] - s) > 1e-9 * singularValues[0]) {
				groups.add(new int[] { a, a + 1 });
			} else {
				groups.get(groups.size() - 1)[1] = a + 1;
			}
		}
		describeMetrics();
	}

	static ModularSetup of(Experiment experiment) throws ExperimentException {
		return new ModularSetup(experiment);
	}

	/** The patterns to train on: all, or a random subset of trainingPatterns of them (from the seed), in order. */
	static int[] trainingPatterns(ModularTask task, int patterns, long seed) {
		int j = task.getTrainingPatterns();
		if (j <= 0 || j >= patterns) {
			return java.util.stream.IntStream.range(0, patterns).toArray();
		}
		List<Integer> all = new ArrayList<>(java.util.stream.IntStream.range(0, patterns).boxed().toList());
		java.util.Collections.shuffle(all, GatedArchitectures.stream(seed, GatedArchitectures.Stream.TASK));
		return all.subList(0, j).stream().mapToInt(Integer::intValue).sorted().toArray();
	}

	private static DMatrixRMaj columns(DMatrixRMaj m, int[] chosen) {
		DMatrixRMaj result = new DMatrixRMaj(m.numRows, chosen.length);
		for (int c = 0; c < chosen.length; c++) {
			for (int r = 0; r < m.numRows; r++) {
				result.set(r, c, m.get(r, chosen[c]));
			}
		}
		return result;
	}

	/** Whether the task holds patterns out. */
	boolean heldOut() {
		return samples < patterns;
	}

	/**
	 * Whether the task draws a number of patterns to train on ({@code trainingPatterns} set, all P of them included):
	 * then the rank of the patterns drawn is recorded, 1 for sure when all are drawn.
	 */
	boolean drawsPatterns() {
		return task.getTrainingPatterns() > 0;
	}

	private static DMatrixRMaj copies(int count, double r, int p) {
		DMatrixRMaj block = new DMatrixRMaj(count * p, p);
		for (int c = 0; c < count; c++) {
			for (int mu = 0; mu < p; mu++) {
				block.set(c * p + mu, mu, r);
			}
		}
		return block;
	}

	/**
	 * Whether the task's inputs (or outputs) go to one node, {@code x} (or {@code y}), or are split between
	 * {@code x_comp} and {@code x_non} ({@code y_comp} and {@code y_non}); refuses nodes that are missing or whose
	 * dims are not the task's.
	 *
	 * @param compositional the compositional rows, n1 (or n2)
	 * @param other the non-compositional rows, k1 P (or k2 P), which may exceed an int
	 */
	private boolean nodesFit(String where, Kind kind, String whole, int compositional, long other)
			throws ExperimentException {
		String rows = kind == Kind.INPUT ? "inputs" : "outputs";
		if ((compositional + other) * patterns > Integer.MAX_VALUE) {
			String k = kind == Kind.INPUT ? "k1" : "k2";
			throw new ExperimentException(where + ": " + k + " = " + (other / patterns) + " copies of the " + patterns
					+ " patterns make " + (compositional + other) + " " + rows + " for " + patterns + " datapoints, more "
					+ "entries than a matrix holds (2^31 - 1); lower " + k);
		}
		List<String> named = graph.nodes(kind).stream().map(Node::name).sorted().toList();
		if (named.equals(List.of(whole))) {
			sized(where, whole, compositional + other);
			return false;
		}
		if (named.equals(List.of(whole + "_comp", whole + "_non"))) {
			sized(where, whole + "_comp", compositional);
			sized(where, whole + "_non", other);
			return true;
		}
		throw new ExperimentException(where + ": a modular task needs the " + (kind == Kind.INPUT ? "input" : "output")
				+ " node " + whole + " (all " + (compositional + other) + " " + rows + ") or the two " + (kind == Kind.INPUT
						? "input" : "output") + " nodes " + whole + "_comp (" + compositional + ") and " + whole + "_non ("
				+ other + "); the architecture has " + named);
	}

	/** Puts X and Y onto the input and output nodes: whole, or split into their compositional and other blocks. */
	private void layOut(boolean splitInputs, boolean splitOutputs, DMatrixRMaj omegaX, DMatrixRMaj gammaX,
			DMatrixRMaj omegaY, DMatrixRMaj gammaY) {
		if (splitInputs) {
			data.input(graph.node("x_comp"), omegaX).input(graph.node("x_non"), gammaX);
		} else {
			data.input(graph.node("x"), inputs);
		}
		if (splitOutputs) {
			data.target(graph.node("y_comp"), omegaY).target(graph.node("y_non"), gammaY);
		} else {
			data.target(graph.node("y"), targets);
		}
	}

	private void sized(String where, String name, long dim) throws ExperimentException {
		Node node = graph.node(name);
		if (node.dim() != dim) {
			throw new ExperimentException(where + ": node '" + name + "' has dim " + node.dim() + "; the task (n1 = "
					+ task.getN1() + ", n2 = " + task.getN2() + ", k1 = " + task.getK1() + ", k2 = " + task.getK2()
					+ ") needs dim " + dim);
		}
	}

	private void describeMetrics() {
		metrics.add(new MetricDescriptor(LOSS, "loss", "1/2 ||Y - W X||^2 (SUM)"));
		for (String quadrant : QUADRANTS) {
			metrics.add(new MetricDescriptor(quadrant, quadrant, "Frobenius norm of the " + quadrant.substring(0, 2)
					+ " -> " + quadrant.substring(2) + " block of the network's map (spec 4(d))"));
		}
		if (compositionalOutputs > 0) {
			for (int k = 0; k < compositionalInputs; k++) {
				metrics.add(new MetricDescriptor("sys." + (k + 1), "W[Oy1, Ox" + (k + 1) + "]",
						"map from compositional input " + (k + 1) + " to the first compositional output; systematic: (1, 0, ...)"));
			}
		}
		if (drawsPatterns()) {
			metrics.add(new MetricDescriptor(FULL_RANK, "patterns of full rank", "1 when the " + samples
					+ " compositional patterns trained on have rank n1 (they identify the compositional map), else 0")
					.summarisedBy(Summary.FINAL)); // an indicator: its end says it all
		}
		if (heldOut()) {
			// with every pattern trained on there is none to test: the metric is not recorded
			metrics.add(new MetricDescriptor(UNSEEN_ERROR, "error on unseen patterns",
					"mean over the held-out patterns of 1/2 ||Omega_y - (W x)_Oy||^2: 0 for a systematic map"));
		}
		for (int g = 0; g < groups.size(); g++) {
			int[] group = groups.get(g);
			metrics.add(new MetricDescriptor("a" + (g + 1), String.format("a%d (s = %.4g, x%d)", g + 1,
					singularValues[group[0]], group[1] - group[0]), "mean mode strength u^T W v of the modes of this singular value")
					.summarisedBy(Summary.FINAL, Summary.HALF_TIME)); // rises from its small start (Saxe et al. 2014)
		}
	}

	@Override
	public GatedDataset data() {
		return data;
	}

	/** t/τ of the paper's MEAN time, τ = 1/(P lr), at a step. */
	double time(long step) {
		return samples * learningRate() * step;
	}

	@Override
	public GatedNetwork initialNetwork() throws ExperimentException {
		return alignedOrGaussian("the modular family supports AlignedBalancedInitialisation and SmallGaussianInitialisation");
	}

	/**
	 * The matched start of the closed form from small random weights (one pathway): per mode of the task, for two
	 * layers a0 = ||W1 v + W2^T u||² / 4, the growing component of the linearised early dynamics (as the deep linear
	 * family's {@code TaskModes.initialStrengths}); for one layer u^T W v.
	 */
	double[] matchedStrengths(GatedNetwork network) {
		Path path = graph.paths().get(0);
		double[] a0 = new double[singularValues.length];
		if (path.edges().size() == 1) {
			for (int a = 0; a < a0.length; a++) {
				a0[a] = modeStrength(map(network), a);
			}
			return a0;
		}
		DMatrixRMaj w1 = network.weight(path.edges().get(0));
		DMatrixRMaj w2 = network.weight(path.edges().get(1));
		for (int a = 0; a < a0.length; a++) {
			a0[a] = GatedArchitectures.twoLayerMatchedStrength(w1, w2, modesU, modesV, a);
		}
		return a0;
	}

	/** The network's whole map: every path's map placed in the rows of its output's block and the columns of its input's. */
	DMatrixRMaj map(GatedNetwork network) {
		DMatrixRMaj map = new DMatrixRMaj(targets.numRows, inputs.numRows);
		for (Path path : graph.paths()) {
			DMatrixRMaj block = network.pathMap(path);
			int row = path.target().name().equals("y_non") ? compositionalOutputs : 0;
			int col = path.source().name().equals("x_non") ? compositionalInputs : 0;
			for (int r = 0; r < block.numRows; r++) {
				for (int c = 0; c < block.numCols; c++) {
					map.add(row + r, col + c, block.get(r, c));
				}
			}
		}
		return map;
	}

	@Override
	public void measure(GatedNetwork network, double[] into) {
		measure(map(network), into);
	}

	/** The metrics of a map W from all inputs to all outputs. */
	void measure(DMatrixRMaj map, double[] into) {
		int k = 0;
		DMatrixRMaj prediction = new DMatrixRMaj(targets.numRows, samples);
		CommonOps_DDRM.mult(map, inputs, prediction);
		double sum = 0;
		for (int i = 0; i < prediction.getNumElements(); i++) {
			double residual = targets.data[i] - prediction.data[i];
			sum += residual * residual;
		}
		into[k++] = 0.5 * sum;
		int oy = compositionalOutputs;
		int ox = compositionalInputs;
		into[k++] = blockNorm(map, 0, oy, 0, ox);
		into[k++] = blockNorm(map, 0, oy, ox, map.numCols);
		into[k++] = blockNorm(map, oy, map.numRows, 0, ox);
		into[k++] = blockNorm(map, oy, map.numRows, ox, map.numCols);
		if (compositionalOutputs > 0) {
			for (int c = 0; c < ox; c++) {
				into[k++] = map.get(0, c);
			}
		}
		if (drawsPatterns()) {
			into[k++] = fullRank ? 1 : 0;
		}
		if (heldOut()) {
			into[k++] = unseenError(map);
		}
		for (int[] group : groups) {
			double mean = 0;
			for (int a = group[0]; a < group[1]; a++) {
				mean += modeStrength(map, a);
			}
			into[k++] = mean / (group[1] - group[0]);
		}
	}

	/** The mean over the held-out patterns of 1/2 ||Omega_y - (W x)[Oy]||². */
	double unseenError(DMatrixRMaj map) {
		java.util.Set<Integer> seen = new java.util.HashSet<>();
		for (int mu : trained) {
			seen.add(mu);
		}
		double total = 0;
		int count = 0;
		for (int mu = 0; mu < patterns; mu++) {
			if (seen.contains(mu)) {
				continue;
			}
			count++;
			for (int r = 0; r < compositionalOutputs; r++) {
				double prediction = 0;
				for (int c = 0; c < map.numCols; c++) {
					prediction += map.get(r, c) * allInputs.get(c, mu);
				}
				double residual = allTargets.get(r, mu) - prediction;
				total += 0.5 * residual * residual;
			}
		}
		return count == 0 ? 0 : total / count;
	}

	/** u_a^T W v_a on the task's fixed modes (spec 0.2). */
	double modeStrength(DMatrixRMaj map, int a) {
		double sum = 0;
		for (int r = 0; r < map.numRows; r++) {
			double row = 0;
			for (int c = 0; c < map.numCols; c++) {
				row += map.get(r, c) * modesV.get(c, a);
			}
			sum += modesU.get(r, a) * row;
		}
		return sum;
	}

	private static double blockNorm(DMatrixRMaj m, int r0, int r1, int c0, int c1) {
		double sum = 0;
		for (int r = r0; r < r1; r++) {
			for (int c = c0; c < c1; c++) {
				sum += m.get(r, c) * m.get(r, c);
			}
		}
		return Math.sqrt(sum);
	}

	/** The map sum_a a_a u_a v_a^T of given mode strengths. */
	DMatrixRMaj mapOfModes(double[] strengths) {
		DMatrixRMaj map = new DMatrixRMaj(targets.numRows, inputs.numRows);
		for (int a = 0; a < strengths.length; a++) {
			for (int r = 0; r < map.numRows; r++) {
				for (int c = 0; c < map.numCols; c++) {
					map.add(r, c, strengths[a] * modesU.get(r, a) * modesV.get(c, a));
				}
			}
		}
		return map;
	}

	/** The minimum-norm least-squares map Sigma_yx Sigma_x^+ to which gradient descent from small weights converges. */
	DMatrixRMaj minimumNormMap() {
		double[] asymptotes = new double[singularValues.length];
		for (int a = 0; a < asymptotes.length; a++) {
			asymptotes[a] = singularValues[a] / inputVariances[a];
		}
		return mapOfModes(asymptotes);
	}
}
