package org.plateau.gdln;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.RandomMatrices_DDRM;
import org.junit.jupiter.api.Test;
import org.plateau.gdln.GatedGraph.Path;
import org.plateau.model.LossConvention;

/**
 * The neural race reduction per independent pathway (Jarvis et al. 2023, spec 4(c): segregated and output-split
 * modules): a graph whose pathways have layers of different sizes, x (4) → hA → y1 (1) and x → hB → y2 (3) sharing
 * their input (output-split), and z (2) → hC → y3 (2) on its own input (segregated), reduces with K = 1, 3 and 2 modes,
 * the input x having a basis in each of its two pathways; from aligned weights gradient descent follows it.
 */
class PathwayReductionTest {

	private static final int HIDDEN = 8;
	private static final int P = 8;
	private static final double ETA = 0.01;
	private static final int STEPS = 4000;

	private final GatedGraph graph = GatedGraph.builder().input("x", 4).input("z", 2).hidden("hA", HIDDEN)
			.hidden("hB", HIDDEN).hidden("hC", HIDDEN).output("y1", 1).output("y2", 3).output("y3", 2)
			.edge("inA", "x", "hA").edge("outA", "hA", "y1").edge("inB", "x", "hB").edge("outB", "hB", "y2")
			.edge("inC", "z", "hC").edge("outC", "hC", "y3").build();
	private final Random random = new Random(11);

	/** Whitened inputs (X X^T / P = I at each input node), y = M x with M random of scale ~1. */
	private GatedDataset data() {
		DMatrixRMaj q = RandomMatrices_DDRM.orthogonal(P, P, random);
		DMatrixRMaj x = new DMatrixRMaj(4, P);
		DMatrixRMaj z = new DMatrixRMaj(2, P);
		for (int mu = 0; mu < P; mu++) {
			for (int i = 0; i < 4; i++) {
				x.set(i, mu, Math.sqrt(P) * q.get(mu, i));
			}
			for (int i = 0; i < 2; i++) {
				z.set(i, mu, Math.sqrt(P) * q.get(mu, 4 + i));
			}
		}
		GatedDataset data = new GatedDataset(graph, P, LossConvention.MEAN).input(graph.node("x"), x).input(graph.node("z"), z);
		data.target(graph.node("y1"), times(RandomMatrices_DDRM.rectangleGaussian(1, 4, 0, 1, random), x));
		data.target(graph.node("y2"), times(RandomMatrices_DDRM.rectangleGaussian(3, 4, 0, 1, random), x));
		data.target(graph.node("y3"), times(RandomMatrices_DDRM.rectangleGaussian(2, 2, 0, 1, random), z));
		return data;
	}

	private static DMatrixRMaj times(DMatrixRMaj a, DMatrixRMaj b) {
		DMatrixRMaj c = new DMatrixRMaj(a.numRows, b.numCols);
		CommonOps_DDRM.mult(a, b, c);
		return c;
	}

	@Test
	void pathwaysOfDifferentSizesReduceEachWithItsOwnModesAndGradientDescentFollows() throws Exception {
		GatedDataset data = data();
		GatedCorrelations correlations = new GatedCorrelations(data);
		// before per-pathway modes, K = 1 (the layer y1) for every path, and the paths into y2 and y3 were refused
		DiagonalReduction reduction = DiagonalReduction.of(correlations, 1e-9);
		Path a = graph.paths().stream().filter(p -> p.target().name().equals("y1")).findFirst().orElseThrow();
		Path b = graph.paths().stream().filter(p -> p.target().name().equals("y2")).findFirst().orElseThrow();
		Path c = graph.paths().stream().filter(p -> p.target().name().equals("y3")).findFirst().orElseThrow();
		assertEquals(1, reduction.modes(a));
		assertEquals(3, reduction.modes(b));
		assertEquals(2, reduction.modes(c));
		assertEquals(3, reduction.modes());
		// whitened inputs: S(p) are the singular values of Σ_yx(p), computed independently
		for (Path p : new Path[] { a, b, c }) {
			double[] expected = org.ejml.dense.row.SingularOps_DDRM.singularValues(correlations.sigmaYX(p));
			java.util.Arrays.sort(expected);
			double[] s = reduction.singularValues(p);
			for (int m = 0; m < reduction.modes(p); m++) {
				assertEquals(expected[expected.length - 1 - m], Math.abs(s[m]), 1e-12, p.describe() + " mode " + m);
			}
			for (int m = reduction.modes(p); m < reduction.modes(); m++) {
				assertEquals(0, s[m], 0, "no mode " + m + " in " + p.describe());
			}
		}

		// balanced aligned start a0 = 1e-3 on every mode of every path
		double[][] b0 = new double[graph.edges().size()][reduction.modes()];
		for (double[] row : b0) {
			java.util.Arrays.fill(row, Math.sqrt(1e-3));
		}
		DMatrixRMaj[] hidden = new DMatrixRMaj[graph.nodes().size()];
		for (String h : new String[] { "hA", "hB", "hC" }) {
			hidden[graph.node(h).index()] = RandomMatrices_DDRM.orthogonal(HIDDEN, HIDDEN, random);
		}
		double coarse = worstError(data, reduction, b0, hidden, ETA, theory(reduction, b0, ETA));
		double fine = worstError(data, reduction, b0, hidden, ETA / 10, theory(reduction, b0, ETA / 10));
		System.out.println("per-pathway reduction: max |GD - reduction| / s = " + coarse + " at eta " + ETA + ", " + fine
				+ " at eta " + ETA / 10);
		// measured 0.0120 at eta = 0.01 and 0.00118 at 0.001: forward Euler's lag, first order in eta (ratio 10.2), so
		// none of it is the reduction's
		assertTrue(coarse < 0.013, "max |sim - theory| / s over the run at eta = 0.01: " + coarse);
		assertTrue(fine < 0.0013, "max |sim - theory| / s over the run at eta = 0.001: " + fine);
		assertEquals(10, coarse / fine, 1, "first order in eta");
		double[][][] theory = theory(reduction, b0, ETA);
		// the reduction's end, the aligned network, has learnt every path's Σ_yx (whitened inputs): an independent check
		GatedNetwork end = new GatedNetwork(data);
		reduction.align(theory[theory.length - 1], hidden, end);
		for (Path p : new Path[] { a, b, c }) {
			DMatrixRMaj learnt = end.pathMap(p);
			DMatrixRMaj target = correlations.sigmaYX(p);
			for (int i = 0; i < target.getNumElements(); i++) {
				assertEquals(target.data[i], learnt.data[i], 1e-3, p.describe() + " entry " + i);
			}
		}
	}

	/** The reduction at 81 points of a run at eta, over the same t/τ = 40. */
	private static double[][][] theory(DiagonalReduction reduction, double[][] b0, double eta) {
		int steps = (int) Math.round(STEPS * ETA / eta);
		int every = steps / 80;
		double[] times = new double[steps / every + 1];
		for (int k = 0; k < times.length; k++) {
			times[k] = k * every * eta;
		}
		return reduction.integrate(b0, times);
	}

	/** Max over a run of gradient descent at eta from the aligned start of |sim - theory| / |s|, every mode of every path. */
	private double worstError(GatedDataset data, DiagonalReduction reduction, double[][] b0, DMatrixRMaj[] hidden, double eta,
			double[][][] theory) {
		GatedNetwork network = new GatedNetwork(data);
		reduction.align(b0, hidden, network);
		int steps = (int) Math.round(STEPS * ETA / eta);
		int every = steps / 80;
		double worst = 0;
		for (int step = 0; step <= steps; step++) {
			if (step % every == 0) {
				double[][] simulated = reduction.modeStrengths(network, hidden);
				double[][] predicted = theory[step / every];
				for (Path p : graph.paths()) {
					double[] s = reduction.singularValues(p);
					for (int m = 0; m < reduction.modes(p); m++) {
						worst = Math.max(worst, Math.abs(product(simulated, p, m) - product(predicted, p, m)) / Math.abs(s[m]));
					}
				}
			}
			if (step < steps) {
				network.step(eta);
			}
		}
		return worst;
	}

	/** The mode strength of a path: the product of its edges' diagonals. */
	private static double product(double[][] b, Path path, int mode) {
		double product = 1;
		for (GatedGraph.Edge edge : path.edges()) {
			product *= b[edge.index()][mode];
		}
		return product;
	}
}
