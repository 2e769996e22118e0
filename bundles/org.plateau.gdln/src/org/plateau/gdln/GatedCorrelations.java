package org.plateau.gdln;

import java.util.List;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.plateau.gdln.GatedGraph.Edge;
import org.plateau.gdln.GatedGraph.Path;

/**
 * The gated correlations through which alone the data enter a GDLN's gradient flow (Saxe et al. 2022, spec 2(d)):
 * Σ_yx(p) = &lt;g_p y_{t(p)} x_{s(p)}^T&gt; for every path p, and Σ_x(j, p) = &lt;g_j g_p x_{s(j)} x_{s(p)}^T&gt;
 * for every pair of paths ending at the same output node, with &lt;.&gt; the mean (MEAN) or sum (SUM) over the
 * datapoints.
 */
public final class GatedCorrelations {

	private final GatedDataset data;
	private final DMatrixRMaj[] inputOutput;
	private final DMatrixRMaj[][] input;

	/** Computes every gated correlation of a dataset. */
	public GatedCorrelations(GatedDataset data) {
		this.data = data;
		List<Path> paths = data.graph().paths();
		int p = data.samples();
		double[][] gates = new double[paths.size()][p];
		for (Path path : paths) {
			for (int mu = 0; mu < p; mu++) {
				gates[path.index()][mu] = data.pathGate(path, mu);
			}
		}
		inputOutput = new DMatrixRMaj[paths.size()];
		input = new DMatrixRMaj[paths.size()][paths.size()];
		for (Path path : paths) {
			inputOutput[path.index()] = weighted(data.target(path.target()), gates[path.index()], null,
					data.input(path.source()));
			for (Path j : data.graph().pathsInto(path.target())) {
				input[j.index()][path.index()] = weighted(data.input(j.source()), gates[j.index()], gates[path.index()],
						data.input(path.source()));
			}
		}
	}

	/** w Σ_mu g[mu] (h[mu]) a[:, mu] b[:, mu]^T. */
	private DMatrixRMaj weighted(DMatrixRMaj a, double[] g, double[] h, DMatrixRMaj b) {
		DMatrixRMaj scaled = a.copy();
		for (int r = 0; r < scaled.numRows; r++) {
			for (int mu = 0; mu < scaled.numCols; mu++) {
				scaled.set(r, mu, scaled.get(r, mu) * g[mu] * (h == null ? 1 : h[mu]));
			}
		}
		DMatrixRMaj result = new DMatrixRMaj(a.numRows, b.numRows);
		CommonOps_DDRM.multTransB(data.exampleWeight(), scaled, b, result);
		return result;
	}

	/** The dataset. */
	public GatedDataset data() {
		return data;
	}

	/** Σ_yx(p) (live; output dim x input dim). */
	public DMatrixRMaj sigmaYX(Path path) {
		return inputOutput[path.index()];
	}

	/** Σ_x(j, p) for two paths into the same output (live; dim of s(j) x dim of s(p)). */
	public DMatrixRMaj sigmaX(Path j, Path p) {
		DMatrixRMaj correlation = input[j.index()][p.index()];
		if (correlation == null) {
			throw new IllegalArgumentException("paths " + j.describe() + " and " + p.describe()
					+ " end at different outputs: they have no input correlation in the gradient");
		}
		return correlation;
	}

	/**
	 * The gradient flow of the weights from the correlations alone (spec 2(d), exact for any fixed gating):
	 * τ dW_e/dt = Σ_{p ∋ e} W_after(p,e)^T [Σ_yx(p) - Σ_{j ∈ T(t(p))} W_j Σ_x(j, p)] W_before(p,e)^T, which is
	 * -dL/dW_e.
	 *
	 * @param network the weights
	 * @param edge the edge
	 * @return τ dW_e/dt, a new matrix
	 */
	public DMatrixRMaj flow(GatedNetwork network, Edge edge) {
		DMatrixRMaj flow = new DMatrixRMaj(edge.target().dim(), edge.source().dim());
		for (Path p : data.graph().pathsThrough(edge)) {
			DMatrixRMaj residual = sigmaYX(p).copy();
			for (Path j : data.graph().pathsInto(p.target())) {
				DMatrixRMaj explained = new DMatrixRMaj(residual.numRows, residual.numCols);
				CommonOps_DDRM.mult(network.pathMap(j), sigmaX(j, p), explained);
				CommonOps_DDRM.subtractEquals(residual, explained);
			}
			int at = p.position(edge);
			DMatrixRMaj after = product(network, p, at + 1, p.edges().size(), p.target().dim());
			DMatrixRMaj before = product(network, p, 0, at, edge.source().dim());
			DMatrixRMaj left = new DMatrixRMaj(after.numCols, residual.numCols);
			CommonOps_DDRM.multTransA(after, residual, left);
			DMatrixRMaj term = new DMatrixRMaj(left.numRows, before.numRows);
			CommonOps_DDRM.multTransB(left, before, term);
			CommonOps_DDRM.addEquals(flow, term);
		}
		return flow;
	}

	/** The product of the weights of edges [from, to) of a path, output side first; the identity when empty. */
	private static DMatrixRMaj product(GatedNetwork network, Path path, int from, int to, int identityDim) {
		DMatrixRMaj product = CommonOps_DDRM.identity(identityDim);
		if (from >= to) {
			return product;
		}
		product = network.weight(path.edges().get(from)).copy();
		for (int k = from + 1; k < to; k++) {
			DMatrixRMaj next = new DMatrixRMaj(path.edges().get(k).target().dim(), product.numCols);
			CommonOps_DDRM.mult(network.weight(path.edges().get(k)), product, next);
			product = next;
		}
		return product;
	}
}
