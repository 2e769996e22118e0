package org.plateau.family.committee.internal;

import java.util.SplittableRandom;

import org.ejml.data.DMatrixRMaj;
import org.plateau.core.family.Trainer;
import org.plateau.family.committee.theory.ActivationIntegrals;
import org.plateau.family.committee.theory.OrderParameters;

/**
 * Online SGD of a two-layer student on a two-layer teacher (Goldt et al. 2019, spec 3(c) [code sgoldt/nn2pp
 * nn2pp.cpp]): each step draws a fresh x ~ N(0, I_N) and the label noise zeta, forms the local fields lambda = W x/sqrt N
 * and nu = B x/sqrt N, the error Delta = sum_k v_k g(lambda_k) - sum_m A_m g(nu_m) - sigma zeta,
 * and updates w_k -= (eta/sqrt N) v_k g'(lambda_k) Delta x (+ (wd/N) w_k) and, when trained, v_k -= (eta_v/N)
 * g(lambda_k) Delta. Nothing is allocated per step. The measures are exact averages over inputs: eps_g in closed form
 * from the order parameters Q, R, T, v, A of the current weights.
 */
final class OnlineSgdTrainer implements Trainer {

	private final ActivationIntegrals g;
	private final int n;
	private final int k;
	private final int m;
	private final double eta;
	private final double etaV;
	private final double sigma;
	private final double decay;
	private final boolean trainSecondLayer;
	private final double inverseSqrtN;

	private final DMatrixRMaj w; // K x N
	private final DMatrixRMaj b; // M x N
	private final double[] v;
	private final double[] a;
	private final DMatrixRMaj x; // N x 1
	private final DMatrixRMaj lambda; // K x 1
	private final DMatrixRMaj nu; // M x 1
	private final SplittableRandom random;

	OnlineSgdTrainer(OnlineSgd setup) {
		this.g = setup.g();
		this.n = setup.inputs();
		this.k = setup.studentUnits();
		this.m = setup.teacherUnits();
		this.eta = setup.learningRate();
		this.etaV = setup.secondLayerRate();
		this.sigma = setup.noise();
		this.decay = setup.weightDecay();
		this.trainSecondLayer = setup.trainSecondLayer();
		this.inverseSqrtN = 1 / Math.sqrt(n);
		this.w = DMatrixRMaj.wrap(k, n, setup.initialWeights().clone());
		this.b = DMatrixRMaj.wrap(m, n, setup.teacher());
		this.v = setup.initialSecondLayer().clone();
		this.a = setup.teacherSecondLayer().clone();
		this.x = new DMatrixRMaj(n, 1);
		this.lambda = new DMatrixRMaj(k, 1);
		this.nu = new DMatrixRMaj(m, 1);
		this.random = setup.random();
	}

	@Override
	public boolean step() {
		double[] input = x.data;
		for (int i = 0; i < n; i++) {
			input[i] = random.nextGaussian();
		}
		double zeta = sigma > 0 ? random.nextGaussian() : 0;
		// the local fields: K + M dot products of length N, far below the size at which the dense kernels' BLAS pays
		// (4 x 1000 multiply-adds at N = 1000, K = M = 2; CommitteeStepBenchmark.sgdStep: 11.3 us a step through
		// DenseKernels.gemm, 5.4 us with these loops and the fresh input included)
		for (int j = 0; j < k; j++) {
			lambda.data[j] = dot(w.data, j * n, input) * inverseSqrtN;
		}
		for (int j = 0; j < m; j++) {
			nu.data[j] = dot(b.data, j * n, input) * inverseSqrtN;
		}
		// Delta = yhat - y, y with its label noise (spec 3(a))
		double delta = -sigma * zeta;
		for (int j = 0; j < k; j++) {
			delta += v[j] * g.g(lambda.data[j]);
		}
		for (int j = 0; j < m; j++) {
			delta -= a[j] * g.g(nu.data[j]);
		}
		if (!Double.isFinite(delta)) {
			return false;
		}
		double rate = eta * inverseSqrtN;
		// weight decay as the ODEs of spec 3(d) have it, dR/dt = ... - wd R: w_k shrinks by wd/N a step
		double shrink = 1 - decay / n;
		double[] weights = w.data;
		for (int j = 0; j < k; j++) {
			// w_k <- (1 - wd/N) w_k - (eta/sqrt N) v_k g'(lambda_k) Delta x
			double c = rate * v[j] * g.derivative(lambda.data[j]) * delta;
			int row = j * n;
			if (decay > 0) {
				for (int i = 0; i < n; i++) {
					weights[row + i] = shrink * weights[row + i] - c * input[i];
				}
			} else {
				for (int i = 0; i < n; i++) {
					weights[row + i] -= c * input[i];
				}
			}
		}
		if (trainSecondLayer) {
			double rateV = etaV / n;
			for (int j = 0; j < k; j++) {
				v[j] -= rateV * g.g(lambda.data[j]) * delta;
			}
		}
		return true;
	}

	/** sum_i row[offset + i] x[i] over N, with four partial sums that the processor can add in parallel. */
	private double dot(double[] matrix, int offset, double[] vector) {
		double s0 = 0;
		double s1 = 0;
		double s2 = 0;
		double s3 = 0;
		int i = 0;
		for (; i + 3 < n; i += 4) {
			s0 += matrix[offset + i] * vector[i];
			s1 += matrix[offset + i + 1] * vector[i + 1];
			s2 += matrix[offset + i + 2] * vector[i + 2];
			s3 += matrix[offset + i + 3] * vector[i + 3];
		}
		for (; i < n; i++) {
			s0 += matrix[offset + i] * vector[i];
		}
		return (s0 + s1) + (s2 + s3);
	}

	/** The order parameters of the current weights (spec 3(d)): Q = W W^T/N, R = W B^T/N, T = B B^T/N. */
	OrderParameters orderParameters() {
		return OrderParameters.fromWeights(w.data, b.data, k, m, n, v, a);
	}

	@Override
	public void measure(double[] into) {
		OrderParameterMeasures.measure(g, orderParameters(), into);
	}

	@Override
	public boolean isFinite() {
		for (double value : w.data) {
			if (!Double.isFinite(value)) {
				return false;
			}
		}
		for (double value : v) {
			if (!Double.isFinite(value)) {
				return false;
			}
		}
		return true;
	}

	@Override
	public DMatrixRMaj snapshot(String name) {
		DMatrixRMaj overlaps = OrderParameterMeasures.overlaps(name, orderParameters());
		return overlaps != null ? overlaps : Trainer.super.snapshot(name);
	}
}
