package org.plateau.family.committee.internal;

import java.util.SplittableRandom;

import org.ejml.data.DMatrixRMaj;
import org.plateau.core.family.Trainer;
import org.plateau.family.committee.theory.ActivationIntegrals;
import org.plateau.family.committee.theory.GeneralisationError;
import org.plateau.family.committee.theory.OrderParameters;
import org.plateau.kernels.DenseKernels;

/**
 * Online SGD of a two-layer student on a two-layer teacher (Goldt et al. 2019, spec 3(c) [code sgoldt/nn2pp
 * nn2pp.cpp]): each step draws a fresh x ~ N(0, I_N) and the label noise zeta, forms the local fields lambda = W x/sqrt N
 * and nu = B x/sqrt N on the dense kernels, the error Delta = sum_k v_k g(lambda_k) - sum_m A_m g(nu_m) - sigma zeta,
 * and updates w_k -= (eta/sqrt N) v_k g'(lambda_k) Delta x (+ (eta/N) wd w_k) and, when trained, v_k -= (eta_v/N)
 * g(lambda_k) Delta. Nothing is allocated per step. The measures are exact averages over inputs: eps_g in closed form
 * from the order parameters Q, R, T, v, A of the current weights.
 */
final class OnlineSgdTrainer implements Trainer {

	private final ActivationIntegrals g;
	private final DenseKernels kernels = DenseKernels.standard();
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
	private final DMatrixRMaj step; // K x 1: (eta/sqrt N) v_k g'(lambda_k) Delta
	private final DMatrixRMaj xRow; // 1 x N, sharing x's values
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
		this.xRow = DMatrixRMaj.wrap(1, n, x.data);
		this.lambda = new DMatrixRMaj(k, 1);
		this.nu = new DMatrixRMaj(m, 1);
		this.step = new DMatrixRMaj(k, 1);
		this.random = setup.random();
	}

	@Override
	public boolean step() {
		double[] input = x.data;
		for (int i = 0; i < n; i++) {
			input[i] = random.nextGaussian();
		}
		double zeta = sigma > 0 ? random.nextGaussian() : 0;
		kernels.gemm(false, false, inverseSqrtN, w, x, 0, lambda);
		kernels.gemm(false, false, inverseSqrtN, b, x, 0, nu);
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
		for (int j = 0; j < k; j++) {
			step.data[j] = rate * v[j] * g.derivative(lambda.data[j]) * delta;
		}
		if (decay > 0) {
			double shrink = 1 - eta * decay / n;
			double[] weights = w.data;
			for (int i = 0; i < weights.length; i++) {
				weights[i] *= shrink;
			}
		}
		// w -= step x^T: a rank-one update on the kernels
		kernels.gemm(false, false, -1, step, xRow, 1, w);
		if (trainSecondLayer) {
			double rateV = etaV / n;
			for (int j = 0; j < k; j++) {
				v[j] -= rateV * g.g(lambda.data[j]) * delta;
			}
		}
		return true;
	}

	/** The order parameters of the current weights (spec 3(d)): Q = W W^T/N, R = W B^T/N, T = B B^T/N. */
	OrderParameters orderParameters() {
		return OrderParameters.fromWeights(w.data, b.data, k, m, n, v, a);
	}

	@Override
	public void measure(double[] into) {
		OrderParameters p = orderParameters();
		int index = 0;
		into[index++] = GeneralisationError.of(g, p);
		for (int j = 0; j < k; j++) {
			into[index++] = p.q(j, j);
		}
		for (int j = 0; j < k; j++) {
			for (int t = 0; t < m; t++) {
				into[index++] = p.r(j, t);
			}
		}
		for (int j = 0; j < k; j++) {
			into[index++] = v[j];
		}
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
		OrderParameters p = orderParameters();
		return switch (name) {
			case CommitteeSetup.TEACHER_OVERLAPS -> DMatrixRMaj.wrap(k, m, p.r().clone());
			case CommitteeSetup.STUDENT_OVERLAPS -> DMatrixRMaj.wrap(k, k, p.q().clone());
			default -> Trainer.super.snapshot(name);
		};
	}
}
