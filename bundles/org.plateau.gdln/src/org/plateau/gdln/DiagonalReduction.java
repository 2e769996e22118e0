package org.plateau.gdln;

import java.util.ArrayList;
import java.util.List;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.NormOps_DDRM;
import org.ejml.dense.row.SingularOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;
import org.plateau.gdln.GatedGraph.Edge;
import org.plateau.gdln.GatedGraph.Kind;
import org.plateau.gdln.GatedGraph.Node;
import org.plateau.gdln.GatedGraph.Path;

/**
 * The neural race reduction of a GDLN (Saxe, Sodhani &amp; Lewallen 2022, spec 2(d)). When every gated correlation
 * is diagonal in node-wise bases, Σ_yx(p) = U_{t(p)} S(p) V_{s(p)}^T and Σ_x(j, p) = V_{s(j)} D(j, p) V_{s(p)}^T, and
 * the weights start aligned, W_e = R_{t(e)} B_e R_{s(e)}^T (R = V at inputs, U at outputs, any orthonormal basis at
 * hidden nodes), the weights stay aligned and the diagonal B_e obey, mode by mode,
 * τ dB_e/dt = Σ_{p ∋ e} B_after(p,e) [S(p) - Σ_{j ∈ T(t(p))} B_j D(j, p)] B_before(p,e),
 * where B_p is the product of the B_e along p. The paths fall into independent pathways (paths joined by a shared
 * edge or a shared output: the loss of one output never reaches the weights of another pathway), and each pathway
 * is reduced on its own: its modes are the first K_c directions of its nodes' bases, K_c the smallest layer along
 * it, and an input node that feeds several pathways has a basis in each (the segregated and output-split modules of
 * Jarvis et al. 2023, spec 4(c)). A connected graph is one pathway whose K is its smallest layer. The gates are data
 * here, independent of the weights, which is the reduction's first condition; {@link #of} checks the second and
 * says where it fails.
 */
public final class DiagonalReduction {

	private final GatedGraph graph;
	/** The largest K_c: the length of every array of modes; modes from K_c on are 0 in pathway c. */
	private final int modes;
	private final Pathways pathways;
	/** {@code bases[c][node]}: the basis of an input or output node in pathway c. */
	private final DMatrixRMaj[][] bases;
	private final double[][] singularValues;
	private final double[][][] inputCorrelations;

	private DiagonalReduction(GatedGraph graph, Pathways pathways, DMatrixRMaj[][] bases, double[][] singularValues,
			double[][][] inputCorrelations) {
		this.graph = graph;
		this.pathways = pathways;
		this.modes = java.util.Arrays.stream(pathways.modes).max().orElse(0);
		this.bases = bases;
		this.singularValues = singularValues;
		this.inputCorrelations = inputCorrelations;
	}

	/**
	 * The independent pathways of a graph: paths joined when they share an edge or an output (union-find), each with
	 * its number of modes K_c, the smallest layer along its paths.
	 */
	private static final class Pathways {
		final int[] ofPath;
		final int[] modes;

		Pathways(GatedGraph graph) {
			int n = graph.paths().size();
			int[] parent = new int[n];
			for (int i = 0; i < n; i++) {
				parent[i] = i;
			}
			for (Path p : graph.paths()) {
				for (Path q : graph.paths()) {
					if (q.index() > p.index() && (p.target() == q.target() || p.edges().stream().anyMatch(q.edges()::contains))) {
						parent[find(parent, q.index())] = find(parent, p.index());
					}
				}
			}
			ofPath = new int[n];
			List<Integer> roots = new ArrayList<>();
			List<Integer> smallest = new ArrayList<>();
			for (Path p : graph.paths()) {
				int root = find(parent, p.index());
				int c = roots.indexOf(root);
				if (c < 0) {
					c = roots.size();
					roots.add(root);
					smallest.add(Integer.MAX_VALUE);
				}
				ofPath[p.index()] = c;
				int along = p.nodes().stream().mapToInt(Node::dim).min().orElseThrow();
				smallest.set(c, Math.min(smallest.get(c), along));
			}
			modes = smallest.stream().mapToInt(Integer::intValue).toArray();
		}

		private static int find(int[] parent, int i) {
			while (parent[i] != i) {
				i = parent[i] = parent[parent[i]];
			}
			return i;
		}

		int of(Path p) {
			return ofPath[p.index()];
		}

		int count() {
			return modes.length;
		}
	}

	/**
	 * Finds the node bases (V_s from the right singular vectors of the Σ_yx(p) leaving the inputs of the size of s, or
	 * if those do not diagonalize every correlation, of the Σ_yx(p) leaving s alone; U_t paired with them, see
	 * {@link #outputBasis}) and checks that every gated correlation is diagonal in them.
	 *
	 * @param correlations the gated correlations of the data
	 * @param tolerance the largest off-diagonal part allowed, relative to the largest correlation (e.g. 1e-9)
	 * @throws ReductionException naming the correlation that is not diagonal, its path(s) and how far it is from it
	 */
	public static DiagonalReduction of(GatedCorrelations correlations, double tolerance) throws ReductionException {
		GatedGraph graph = correlations.data().graph();
		Pathways pathways = new Pathways(graph);
		double scale = 0;
		for (Path path : graph.paths()) {
			scale = Math.max(scale, NormOps_DDRM.normF(correlations.sigmaYX(path)));
		}
		try {
			// one basis shared by all inputs of a size: paths from different inputs into one output then agree on
			// their modes even where singular values repeat (the routing task's domains)
			return reduce(correlations, tolerance, graph, pathways, scale, true);
		} catch (ReductionException shared) {
			return reduce(correlations, tolerance, graph, pathways, scale, false);
		}
	}

	private static DiagonalReduction reduce(GatedCorrelations correlations, double tolerance, GatedGraph graph,
			Pathways pathways, double scale, boolean sharedInputBases) throws ReductionException {
		DMatrixRMaj[][] bases = new DMatrixRMaj[pathways.count()][graph.nodes().size()];
		for (int c = 0; c < pathways.count(); c++) {
			int pathway = c;
			List<Path> paths = graph.paths().stream().filter(p -> pathways.of(p) == pathway).toList();
			for (Node node : graph.nodes(Kind.INPUT)) {
				if (paths.stream().noneMatch(p -> p.source() == node)) {
					continue;
				}
				List<DMatrixRMaj> blocks = new ArrayList<>();
				paths.stream().filter(p -> sharedInputBases ? p.source().dim() == node.dim() : p.source() == node)
						.forEach(p -> blocks.add(correlations.sigmaYX(p)));
				DMatrixRMaj stacked = stack(blocks, true);
				DMatrixRMaj inputCorrelation = new DMatrixRMaj(node.dim(), node.dim());
				paths.stream().filter(p -> p.source() == node)
						.forEach(p -> CommonOps_DDRM.addEquals(inputCorrelation, correlations.sigmaX(p, p)));
				bases[c][node.index()] = inputBasis(stacked, inputCorrelation);
			}
			for (Node node : graph.nodes(Kind.OUTPUT)) {
				if (paths.stream().anyMatch(p -> p.target() == node)) {
					bases[c][node.index()] = outputBasis(node, graph, correlations, bases[c], pathways.modes[c], scale);
				}
			}
		}
		int modes = java.util.Arrays.stream(pathways.modes).max().orElse(0);
		double[][] singularValues = new double[graph.paths().size()][];
		double[][][] inputCorrelations = new double[graph.paths().size()][graph.paths().size()][];
		for (Path p : graph.paths()) {
			DMatrixRMaj[] own = bases[pathways.of(p)];
			int pathModes = pathways.modes[pathways.of(p)];
			DMatrixRMaj projected = project(own[p.target().index()], correlations.sigmaYX(p), own[p.source().index()]);
			double off = offDiagonal(projected);
			if (off > tolerance * Math.max(scale, Double.MIN_NORMAL)) {
				throw new ReductionException("the gated input-output correlation Σ_yx of path " + p.describe()
						+ " is not diagonal in the singular bases of its input and output nodes (off-diagonal norm "
						+ String.format("%.3g", off) + " of " + String.format("%.3g", NormOps_DDRM.normF(correlations.sigmaYX(p)))
						+ "): the gated correlations are not mutually diagonalizable, condition 2 of the reduction");
			}
			double dropped = 0;
			for (int a = pathModes; a < Math.min(projected.numRows, projected.numCols); a++) {
				dropped += projected.get(a, a) * projected.get(a, a);
			}
			if (Math.sqrt(dropped) > tolerance * Math.max(scale, Double.MIN_NORMAL)) {
				throw new ReductionException("path " + p.describe() + " has modes beyond the " + pathModes
						+ " the reduction follows (the size of the smallest layer of its pathway): its correlation keeps "
						+ String.format("%.3g", Math.sqrt(dropped)) + " outside them; give every layer at least as many units as the "
						+ "paths' modes");
			}
			singularValues[p.index()] = diagonal(projected, pathModes, modes);
			for (Path j : graph.pathsInto(p.target())) {
				DMatrixRMaj x = project(own[j.source().index()], correlations.sigmaX(j, p), own[p.source().index()]);
				double offX = offDiagonal(x);
				if (offX > tolerance * Math.max(NormOps_DDRM.normF(correlations.sigmaX(j, p)), Double.MIN_NORMAL)) {
					throw new ReductionException("the gated input correlation Σ_x of paths " + j.describe() + " and "
							+ p.describe() + " is not diagonal in the bases of their input nodes (off-diagonal norm "
							+ String.format("%.3g", offX) + " of " + String.format("%.3g", NormOps_DDRM.normF(correlations.sigmaX(j, p)))
							+ "): the gated correlations are not mutually diagonalizable, condition 2 of the reduction");
				}
				inputCorrelations[j.index()][p.index()] = diagonal(x, pathModes, modes);
			}
		}
		return new DiagonalReduction(graph, pathways, bases, singularValues, inputCorrelations);
	}

	/**
	 * The basis U_t of an output node paired with the input bases: its mode a is the direction of
	 * Σ_{p into t} Σ_yx(p) v_{s(p), a}, so that U_t^T Σ_yx(p) V_s is diagonal with non-negative values even where
	 * singular values repeat (the routing task's s = 3, 3); completed to an orthonormal basis by Gram-Schmidt on the
	 * left singular vectors of the correlations into t.
	 */
	private static DMatrixRMaj outputBasis(Node node, GatedGraph graph, GatedCorrelations correlations,
			DMatrixRMaj[] bases, int modes, double scale) {
		List<DMatrixRMaj> blocks = new ArrayList<>();
		graph.pathsInto(node).forEach(p -> blocks.add(correlations.sigmaYX(p)));
		DMatrixRMaj fallback = singularVectors(stack(blocks, false), true);
		int n = node.dim();
		// column a is mode a wherever the correlations give it a direction; the other columns are filled after
		double[][] columns = new double[n][];
		List<double[]> filled = new ArrayList<>();
		for (int a = 0; a < Math.min(modes, n); a++) {
			double[] u = new double[n];
			for (Path p : graph.pathsInto(node)) {
				DMatrixRMaj sigma = correlations.sigmaYX(p);
				// every path into an output is in the output's pathway, so its input has a basis there
				DMatrixRMaj v = bases[p.source().index()];
				for (int r = 0; r < n; r++) {
					for (int c = 0; c < sigma.numCols; c++) {
						u[r] += sigma.get(r, c) * v.get(c, a);
					}
				}
			}
			if (norm(u) > 1e-12 * Math.max(scale, Double.MIN_NORMAL) && addOrthonormal(filled, u)) {
				columns[a] = filled.get(filled.size() - 1);
			}
		}
		int next = 0;
		for (int a = 0; a < n; a++) {
			while (columns[a] == null && next < n) {
				double[] u = new double[n];
				for (int r = 0; r < n; r++) {
					u[r] = fallback.get(r, next);
				}
				next++;
				if (addOrthonormal(filled, u)) {
					columns[a] = filled.get(filled.size() - 1);
				}
			}
		}
		DMatrixRMaj basis = new DMatrixRMaj(n, n);
		for (int c = 0; c < n; c++) {
			for (int r = 0; r < n; r++) {
				basis.set(r, c, columns[c][r]);
			}
		}
		return basis;
	}

	/** Adds u, made orthogonal to the columns so far and normalised, unless it lies in their span; says whether it did. */
	private static boolean addOrthonormal(List<double[]> columns, double[] u) {
		double before = norm(u);
		for (double[] column : columns) {
			double dot = 0;
			for (int r = 0; r < u.length; r++) {
				dot += column[r] * u[r];
			}
			for (int r = 0; r < u.length; r++) {
				u[r] -= dot * column[r];
			}
		}
		double after = norm(u);
		if (after > 1e-10 * before && after > 0) {
			for (int r = 0; r < u.length; r++) {
				u[r] /= after;
			}
			columns.add(u);
			return true;
		}
		return false;
	}

	private static double norm(double[] u) {
		double sum = 0;
		for (double x : u) {
			sum += x * x;
		}
		return Math.sqrt(sum);
	}

	/**
	 * K, the number of modes: of every path in a connected graph; the largest K_c of the pathways otherwise, the
	 * length of every array of modes here (modes from a pathway's K_c on are 0 in it).
	 */
	public int modes() {
		return modes;
	}

	/** K_c, the number of modes of the pathway of a path: the smallest layer along the paths of its pathway. */
	public int modes(Path path) {
		return pathways.modes[pathways.of(path)];
	}

	/** K_c of the pathway of an edge (every path through an edge is in one pathway); 0 for an edge on no path. */
	public int modes(Edge edge) {
		List<Path> through = graph.pathsThrough(edge);
		return through.isEmpty() ? 0 : modes(through.get(0));
	}

	/** K_c of every independent pathway, in the order of their first paths. */
	public int[] pathwayModes() {
		return pathways.modes.clone();
	}

	/**
	 * The basis of an input (V) or output (U) node, columns in order of the modes; {@code null} at hidden nodes. An
	 * input node that feeds several pathways has a basis in each: this is the one of the first; see
	 * {@link #basis(Node, Path)}.
	 */
	public DMatrixRMaj basis(Node node) {
		for (DMatrixRMaj[] pathway : bases) {
			if (pathway[node.index()] != null) {
				return pathway[node.index()];
			}
		}
		return null;
	}

	/** The basis of an input or output node in the pathway of a path; {@code null} at hidden nodes. */
	public DMatrixRMaj basis(Node node, Path path) {
		return bases[pathways.of(path)][node.index()];
	}

	/** S(p): the gated singular values of a path, one per mode (signed). */
	public double[] singularValues(Path path) {
		return singularValues[path.index()].clone();
	}

	/** D(j, p): the gated input correlations of two paths into the same output, one per mode. */
	public double[] inputCorrelations(Path j, Path p) {
		return inputCorrelations[j.index()][p.index()].clone();
	}

	/**
	 * τ dB/dt of the reduced dynamics.
	 *
	 * @param b the diagonal of every B_e: {@code b[e][alpha]}
	 * @param db filled with τ dB_e/dt
	 */
	public void derivative(double[][] b, double[][] db) {
		for (double[] row : db) {
			java.util.Arrays.fill(row, 0);
		}
		List<Path> paths = graph.paths();
		for (int a = 0; a < modes; a++) {
			int mode = a;
			double[] pathProducts = new double[paths.size()];
			for (Path p : paths) {
				double product = 1;
				for (Edge edge : p.edges()) {
					product *= b[edge.index()][a];
				}
				pathProducts[p.index()] = product;
			}
			for (Path p : paths) {
				if (mode >= modes(p)) {
					// beyond its pathway's K_c: no such mode (and every path into its output is in its pathway)
					continue;
				}
				// S(p) - Σ_j B_j D(j, p): what path p is still asked to explain, in mode a
				double residual = singularValues[p.index()][a];
				for (Path j : graph.pathsInto(p.target())) {
					residual -= pathProducts[j.index()] * inputCorrelations[j.index()][p.index()][a];
				}
				List<Edge> edges = p.edges();
				for (int k = 0; k < edges.size(); k++) {
					double others = 1;
					for (int f = 0; f < edges.size(); f++) {
						if (f != k) {
							others *= b[edges.get(f).index()][a];
						}
					}
					db[edges.get(k).index()][a] += others * residual;
				}
			}
		}
	}

	/**
	 * Integrates the reduced dynamics (Dormand-Prince 8(5,3), relative and absolute tolerance 1e-10).
	 *
	 * @param b0 the initial diagonals {@code b0[e][alpha]}
	 * @param times increasing times t/τ, from 0
	 * @return {@code b[k][e][alpha]} at {@code times[k]}
	 */
	public double[][][] integrate(double[][] b0, double[] times) {
		int edges = graph.edges().size();
		double[][] b = new double[edges][modes];
		double[][] db = new double[edges][modes];
		OrdinaryDifferentialEquation ode = new OrdinaryDifferentialEquation() {
			@Override
			public int getDimension() {
				return edges * modes;
			}

			@Override
			public double[] computeDerivatives(double t, double[] y) {
				unpack(y, b);
				derivative(b, db);
				double[] dy = new double[y.length];
				pack(db, dy);
				return dy;
			}
		};
		DormandPrince853Integrator integrator = new DormandPrince853Integrator(0, Double.POSITIVE_INFINITY, 1e-10, 1e-10);
		double[][][] trajectory = new double[times.length][][];
		double[] y = new double[edges * modes];
		pack(b0, y);
		double t = 0;
		for (int k = 0; k < times.length; k++) {
			if (times[k] > t) {
				y = integrator.integrate(ode, new ODEState(t, y), times[k]).getPrimaryState();
				t = times[k];
			}
			double[][] at = new double[edges][modes];
			unpack(y, at);
			trajectory[k] = at;
		}
		return trajectory;
	}

	/**
	 * Aligned weights W_e = R_t diag(b_e) R_s^T (first K columns of each basis), the reduction's third condition.
	 *
	 * @param b the diagonals {@code b[e][alpha]}
	 * @param hiddenBases an orthonormal basis (dim x dim) for every hidden node, indexed by node; others ignored
	 * @param network receives the weights
	 */
	public void align(double[][] b, DMatrixRMaj[] hiddenBases, GatedNetwork network) {
		for (Edge edge : graph.edges()) {
			int edgeModes = modes(edge);
			DMatrixRMaj left = basisOf(edge.target(), edge, hiddenBases);
			DMatrixRMaj right = basisOf(edge.source(), edge, hiddenBases);
			DMatrixRMaj weight = new DMatrixRMaj(edge.target().dim(), edge.source().dim());
			for (int a = 0; a < edgeModes; a++) {
				for (int r = 0; r < weight.numRows; r++) {
					for (int c = 0; c < weight.numCols; c++) {
						weight.add(r, c, left.get(r, a) * b[edge.index()][a] * right.get(c, a));
					}
				}
			}
			network.setWeight(edge, weight);
		}
	}

	/**
	 * The mode strengths of a network's weights, projected on the fixed bases (spec 0.2): b_e[alpha] =
	 * R_t[:, alpha]^T W_e R_s[:, alpha].
	 */
	public double[][] modeStrengths(GatedNetwork network, DMatrixRMaj[] hiddenBases) {
		double[][] b = new double[graph.edges().size()][modes];
		for (Edge edge : graph.edges()) {
			DMatrixRMaj projected = project(basisOf(edge.target(), edge, hiddenBases), network.weight(edge),
					basisOf(edge.source(), edge, hiddenBases));
			b[edge.index()] = diagonal(projected, modes(edge), modes);
		}
		return b;
	}

	/** The basis of an end of an edge: the given one at hidden nodes, the edge's pathway's at inputs and outputs. */
	private DMatrixRMaj basisOf(Node node, Edge edge, DMatrixRMaj[] hiddenBases) {
		List<Path> through = graph.pathsThrough(edge);
		DMatrixRMaj basis = node.kind() == Kind.HIDDEN ? hiddenBases[node.index()]
				: through.isEmpty() ? null : basis(node, through.get(0));
		int needed = modes(edge);
		if (basis == null || basis.numRows != node.dim() || basis.numCols < needed) {
			throw new IllegalArgumentException("node '" + node.name() + "' needs an orthonormal basis of " + node.dim()
					+ " x at least " + needed + " columns");
		}
		return basis;
	}

	private void pack(double[][] b, double[] y) {
		for (int e = 0; e < b.length; e++) {
			System.arraycopy(b[e], 0, y, e * modes, modes);
		}
	}

	private void unpack(double[] y, double[][] b) {
		for (int e = 0; e < b.length; e++) {
			System.arraycopy(y, e * modes, b[e], 0, modes);
		}
	}

	/** The blocks stacked below each other (same columns) or side by side (same rows). */
	private static DMatrixRMaj stack(List<DMatrixRMaj> blocks, boolean vertical) {
		DMatrixRMaj stacked = blocks.get(0).copy();
		for (int k = 1; k < blocks.size(); k++) {
			stacked = vertical ? CommonOps_DDRM.concatRowsMulti(stacked, blocks.get(k))
					: CommonOps_DDRM.concatColumnsMulti(stacked, blocks.get(k));
		}
		return stacked;
	}

	/**
	 * The basis of an input node: the right singular vectors of its stacked input-output correlations, turned, within
	 * each group of equal singular values (the zero ones included, where the correlations leave the basis free), to
	 * the eigenvectors of the node's input correlation there. The input correlation is then diagonal wherever the
	 * correlations allow it, e.g. for one-hot inputs whose Sigma_yx has repeated or zero singular values (spec 3(d)).
	 */
	private static DMatrixRMaj inputBasis(DMatrixRMaj stacked, DMatrixRMaj inputCorrelation) {
		SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(stacked.numRows, stacked.numCols,
				false, true, false);
		if (!svd.decompose(stacked.copy())) {
			throw new IllegalStateException("the SVD of a gated correlation did not converge");
		}
		DMatrixRMaj w = svd.getW(null);
		DMatrixRMaj vt = svd.getV(null, true);
		SingularOps_DDRM.descendingOrder(null, false, w, vt, true);
		DMatrixRMaj v = CommonOps_DDRM.transpose(vt, null);
		int n = v.numRows;
		double[] values = new double[n];
		for (int a = 0; a < n; a++) {
			values[a] = a < Math.min(w.numRows, w.numCols) ? w.get(a, a) : 0;
		}
		double tolerance = 1e-9 * Math.max(values[0], Double.MIN_NORMAL);
		for (int start = 0; start < n;) {
			int end = start + 1;
			while (end < n && Math.abs(values[end] - values[start]) <= tolerance) {
				end++;
			}
			if (end - start > 1) {
				rotateToEigenvectors(v, start, end, inputCorrelation);
			}
			start = end;
		}
		return v;
	}

	/** Turns columns [start, end) of v to the eigenvectors of v_g^T C v_g, in order of decreasing eigenvalue. */
	private static void rotateToEigenvectors(DMatrixRMaj v, int start, int end, DMatrixRMaj correlation) {
		DMatrixRMaj group = CommonOps_DDRM.extract(v, 0, v.numRows, start, end);
		DMatrixRMaj projected = project(group, correlation, group);
		org.ejml.interfaces.decomposition.EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM
				.eig(projected.numRows, true, true);
		if (!eig.decompose(projected)) {
			return;
		}
		int k = end - start;
		Integer[] order = new Integer[k];
		for (int i = 0; i < k; i++) {
			order[i] = i;
		}
		java.util.Arrays.sort(order, (a, b) -> Double.compare(eig.getEigenvalue(b).getReal(), eig.getEigenvalue(a).getReal()));
		DMatrixRMaj rotation = new DMatrixRMaj(k, k);
		for (int j = 0; j < k; j++) {
			DMatrixRMaj vector = eig.getEigenVector(order[j]);
			double norm = Math.sqrt(CommonOps_DDRM.elementSum(CommonOps_DDRM.elementMult(vector, vector, null)));
			for (int i = 0; i < k; i++) {
				rotation.set(i, j, vector.get(i, 0) / norm);
			}
		}
		DMatrixRMaj turned = new DMatrixRMaj(v.numRows, k);
		CommonOps_DDRM.mult(group, rotation, turned);
		CommonOps_DDRM.insert(turned, v, 0, start);
	}

	/** The full orthonormal left or right singular vectors, in order of decreasing singular value. */
	private static DMatrixRMaj singularVectors(DMatrixRMaj matrix, boolean left) {
		SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(matrix.numRows, matrix.numCols,
				true, true, false);
		if (!svd.decompose(matrix.copy())) {
			throw new IllegalStateException("the SVD of a gated correlation did not converge");
		}
		DMatrixRMaj u = svd.getU(null, false);
		DMatrixRMaj w = svd.getW(null);
		DMatrixRMaj vt = svd.getV(null, true);
		SingularOps_DDRM.descendingOrder(u, false, w, vt, true);
		return left ? u : CommonOps_DDRM.transpose(vt, null);
	}

	/** L^T M R. */
	private static DMatrixRMaj project(DMatrixRMaj left, DMatrixRMaj matrix, DMatrixRMaj right) {
		DMatrixRMaj lm = new DMatrixRMaj(left.numCols, matrix.numCols);
		CommonOps_DDRM.multTransA(left, matrix, lm);
		DMatrixRMaj result = new DMatrixRMaj(lm.numRows, right.numCols);
		CommonOps_DDRM.mult(lm, right, result);
		return result;
	}

	private static double offDiagonal(DMatrixRMaj m) {
		double sum = 0;
		for (int r = 0; r < m.numRows; r++) {
			for (int c = 0; c < m.numCols; c++) {
				if (r != c) {
					sum += m.get(r, c) * m.get(r, c);
				}
			}
		}
		return Math.sqrt(sum);
	}

	/** The first {@code count} diagonal entries, in an array of {@code length} (zeros after). */
	private static double[] diagonal(DMatrixRMaj m, int count, int length) {
		double[] d = new double[length];
		for (int a = 0; a < count; a++) {
			d[a] = m.get(a, a);
		}
		return d;
	}
}
