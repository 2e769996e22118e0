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
 * where B_p is the product of the B_e along p. The modes are the first K directions of every basis, K the smallest
 * layer of the graph. The gates are data here, independent of the weights, which is the reduction's first
 * condition; {@link #of} checks the second and says where it fails.
 */
public final class DiagonalReduction {

	private final GatedGraph graph;
	private final int modes;
	private final DMatrixRMaj[] bases;
	private final double[][] singularValues;
	private final double[][][] inputCorrelations;

	private DiagonalReduction(GatedGraph graph, int modes, DMatrixRMaj[] bases, double[][] singularValues,
			double[][][] inputCorrelations) {
		this.graph = graph;
		this.modes = modes;
		this.bases = bases;
		this.singularValues = singularValues;
		this.inputCorrelations = inputCorrelations;
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
		int modes = graph.nodes().stream().mapToInt(Node::dim).min().orElseThrow();
		double scale = 0;
		for (Path path : graph.paths()) {
			scale = Math.max(scale, NormOps_DDRM.normF(correlations.sigmaYX(path)));
		}
		try {
			// one basis shared by all inputs of a size: paths from different inputs into one output then agree on
			// their modes even where singular values repeat (the routing task's domains)
			return reduce(correlations, tolerance, graph, modes, scale, true);
		} catch (ReductionException shared) {
			return reduce(correlations, tolerance, graph, modes, scale, false);
		}
	}

	private static DiagonalReduction reduce(GatedCorrelations correlations, double tolerance, GatedGraph graph, int modes,
			double scale, boolean sharedInputBases) throws ReductionException {
		DMatrixRMaj[] bases = new DMatrixRMaj[graph.nodes().size()];
		for (Node node : graph.nodes(Kind.INPUT)) {
			List<DMatrixRMaj> blocks = new ArrayList<>();
			graph.paths().stream().filter(p -> sharedInputBases ? p.source().dim() == node.dim() : p.source() == node)
					.forEach(p -> blocks.add(correlations.sigmaYX(p)));
			DMatrixRMaj stacked = stack(blocks, true);
			DMatrixRMaj inputCorrelation = new DMatrixRMaj(node.dim(), node.dim());
			graph.paths().stream().filter(p -> p.source() == node)
					.forEach(p -> CommonOps_DDRM.addEquals(inputCorrelation, correlations.sigmaX(p, p)));
			bases[node.index()] = inputBasis(stacked, inputCorrelation);
		}
		for (Node node : graph.nodes(Kind.OUTPUT)) {
			bases[node.index()] = outputBasis(node, graph, correlations, bases, modes, scale);
		}
		double[][] singularValues = new double[graph.paths().size()][];
		double[][][] inputCorrelations = new double[graph.paths().size()][graph.paths().size()][];
		for (Path p : graph.paths()) {
			DMatrixRMaj projected = project(bases[p.target().index()], correlations.sigmaYX(p), bases[p.source().index()]);
			double off = offDiagonal(projected);
			if (off > tolerance * Math.max(scale, Double.MIN_NORMAL)) {
				throw new ReductionException("the gated input-output correlation Σ_yx of path " + p.describe()
						+ " is not diagonal in the singular bases of its input and output nodes (off-diagonal norm "
						+ String.format("%.3g", off) + " of " + String.format("%.3g", NormOps_DDRM.normF(correlations.sigmaYX(p)))
						+ "): the gated correlations are not mutually diagonalizable, condition 2 of the reduction");
			}
			double dropped = 0;
			for (int a = modes; a < Math.min(projected.numRows, projected.numCols); a++) {
				dropped += projected.get(a, a) * projected.get(a, a);
			}
			if (Math.sqrt(dropped) > tolerance * Math.max(scale, Double.MIN_NORMAL)) {
				throw new ReductionException("path " + p.describe() + " has modes beyond the " + modes
						+ " the reduction follows (the size of the smallest layer of the network): its correlation keeps "
						+ String.format("%.3g", Math.sqrt(dropped)) + " outside them; give every layer at least as many units as the "
						+ "paths' modes");
			}
			singularValues[p.index()] = diagonal(projected, modes);
			for (Path j : graph.pathsInto(p.target())) {
				DMatrixRMaj x = project(bases[j.source().index()], correlations.sigmaX(j, p), bases[p.source().index()]);
				double offX = offDiagonal(x);
				if (offX > tolerance * Math.max(NormOps_DDRM.normF(correlations.sigmaX(j, p)), Double.MIN_NORMAL)) {
					throw new ReductionException("the gated input correlation Σ_x of paths " + j.describe() + " and "
							+ p.describe() + " is not diagonal in the bases of their input nodes (off-diagonal norm "
							+ String.format("%.3g", offX) + " of " + String.format("%.3g", NormOps_DDRM.normF(correlations.sigmaX(j, p)))
							+ "): the gated correlations are not mutually diagonalizable, condition 2 of the reduction");
				}
				inputCorrelations[j.index()][p.index()] = diagonal(x, modes);
			}
		}
		return new DiagonalReduction(graph, modes, bases, singularValues, inputCorrelations);
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

	/** K, the number of modes. */
	public int modes() {
		return modes;
	}

	/** The basis of an input (V) or output (U) node, columns in order of the modes; {@code null} at hidden nodes. */
	public DMatrixRMaj basis(Node node) {
		return bases[node.index()];
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
			double[] pathProducts = new double[paths.size()];
			for (Path p : paths) {
				double product = 1;
				for (Edge edge : p.edges()) {
					product *= b[edge.index()][a];
				}
				pathProducts[p.index()] = product;
			}
			for (Path p : paths) {
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
			DMatrixRMaj left = basisOf(edge.target(), hiddenBases);
			DMatrixRMaj right = basisOf(edge.source(), hiddenBases);
			DMatrixRMaj weight = new DMatrixRMaj(edge.target().dim(), edge.source().dim());
			for (int a = 0; a < modes; a++) {
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
			DMatrixRMaj projected = project(basisOf(edge.target(), hiddenBases), network.weight(edge),
					basisOf(edge.source(), hiddenBases));
			b[edge.index()] = diagonal(projected, modes);
		}
		return b;
	}

	private DMatrixRMaj basisOf(Node node, DMatrixRMaj[] hiddenBases) {
		DMatrixRMaj basis = node.kind() == Kind.HIDDEN ? hiddenBases[node.index()] : bases[node.index()];
		if (basis == null || basis.numRows != node.dim() || basis.numCols < modes) {
			throw new IllegalArgumentException("node '" + node.name() + "' needs an orthonormal basis of " + node.dim()
					+ " x at least " + modes + " columns");
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

	private static double[] diagonal(DMatrixRMaj m, int modes) {
		double[] d = new double[modes];
		for (int a = 0; a < modes; a++) {
			d[a] = m.get(a, a);
		}
		return d;
	}
}
