package org.plateau.family.localization.data;

import java.util.SplittableRandom;

import org.ejml.data.DMatrixRMaj;
import org.plateau.kernels.DenseKernels;

/**
 * The periodic 1-D Ising ring, P(s) ~ exp(J sum_i s_i s_(i+1)), sampled exactly (spec 2(b)): an open Markov chain
 * that keeps the previous spin with probability e^J/(e^J + e^-J), accepted with probability exp(J s_D s_1 - J) so
 * that the closing bond gets its weight. Exact covariance C(d) = (t^d + t^(D-d))/(1 + t^D), t = tanh J.
 */
final class IsingRing extends ImageEnsemble {

	private final double[] couplings;
	private final double[] keep;
	private final double[] closeAgainst;

	IsingRing(int side, double coupling0, double coupling1) {
		super(side, 1);
		couplings = new double[] { coupling0, coupling1 };
		keep = new double[2];
		closeAgainst = new double[2];
		for (int label = 0; label < 2; label++) {
			double j = couplings[label];
			keep[label] = 1 / (1 + Math.exp(-2 * j));
			closeAgainst[label] = Math.exp(-2 * j); // acceptance when s_D != s_1 (J >= 0)
		}
	}

	@Override
	public String describe() {
		return String.format("periodic Ising rings of %d spins, J = (%s, %s), sampled exactly", side(), couplings[0],
				couplings[1]);
	}

	@Override
	public PixelMarginal marginal(int label) {
		return PixelMarginal.spin();
	}

	@Override
	public DMatrixRMaj exactCovariance(int label) {
		int d = side();
		double t = Math.tanh(couplings[label]);
		double[] profile = new double[d / 2 + 1];
		for (int k = 0; k < profile.length; k++) {
			profile[k] = (Math.pow(t, k) + Math.pow(t, d - k)) / (1 + Math.pow(t, d));
		}
		return CirculantKernel.circulant(profile, d);
	}

	@Override
	public Object newScratch(int rows) {
		return null;
	}

	@Override
	public void sample(int label, DMatrixRMaj images, Object scratch, SplittableRandom random, DenseKernels kernels) {
		int d = side();
		double p = keep[label];
		boolean ferromagnetic = couplings[label] >= 0;
		double[] x = images.data;
		for (int s = 0; s < images.numRows; s++) {
			int base = s * d;
			while (true) {
				double spin = random.nextBoolean() ? 1 : -1;
				x[base] = spin;
				for (int i = 1; i < d; i++) {
					if (random.nextDouble() >= p) {
						spin = -spin;
					}
					x[base + i] = spin;
				}
				boolean closes = x[base + d - 1] == x[base];
				double accept = closes == ferromagnetic ? 1 : closeAgainst[label];
				if (!ferromagnetic) {
					accept = closes ? Math.exp(2 * couplings[label]) : 1;
				}
				if (accept >= 1 || random.nextDouble() < accept) {
					break;
				}
			}
		}
	}
}
