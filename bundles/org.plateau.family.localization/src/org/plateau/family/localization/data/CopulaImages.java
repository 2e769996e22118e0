package org.plateau.family.localization.data;

import java.util.SplittableRandom;

import org.ejml.data.DMatrixRMaj;
import org.plateau.kernels.DenseKernels;

/**
 * Images whose pixels are one function of a Gaussian field, x = f(z) (spec 2(b)): the Gaussian control f(z) = z, the
 * NLGP f(z) = erf(g z)/Z(g) and the NORTA marginals f(z) = F^-1(Phi(z))/std. Both classes share the marginal and differ
 * in the field's correlation length.
 */
final class CopulaImages extends ImageEnsemble {

	/** How the covariance of the images is known. */
	enum Covariance {
		/** C^x = C^z. */
		GAUSSIAN,
		/** C^x = (2/pi)/Z(g)^2 arcsin(2g^2/(1 + 2g^2) C^z) (spec 2(b)). */
		NLGP,
		/** Averaged over images and translations. */
		ESTIMATED
	}

	private final GaussianField field;
	private final PixelMarginal marginal;
	private final Covariance covariance;
	private final double gain;
	private final double xi0;
	private final double xi1;

	CopulaImages(int side, int dimensions, double xi0, double xi1, PixelMarginal marginal, Covariance covariance,
			double gain) {
		super(side, dimensions);
		this.field = new GaussianField(side, dimensions, xi0, xi1);
		this.marginal = marginal;
		this.covariance = covariance;
		this.gain = gain;
		this.xi0 = xi0;
		this.xi1 = xi1;
	}

	@Override
	public String describe() {
		return String.format("%s pixels of a Gaussian field with kernel exp(-d^2/xi^2), xi = (%s, %s), on a %s of %d%s "
				+ "pixels", marginal.label(), xi0, xi1, dimensions() == 1 ? "ring" : "torus", side(),
				dimensions() == 1 ? "" : " x " + side());
	}

	@Override
	public PixelMarginal marginal(int label) {
		return marginal;
	}

	@Override
	public boolean isGaussian() {
		return marginal.isGaussian();
	}

	@Override
	public DMatrixRMaj exactCovariance(int label) {
		DMatrixRMaj kernel = field.kernel(label);
		switch (covariance) {
			case GAUSSIAN:
				return kernel.copy();
			case NLGP: {
				double g2 = gain * gain;
				double rho = 2 * g2 / (1 + 2 * g2);
				double z2 = PixelMarginal.nlgpNormalisation(gain);
				z2 *= z2;
				DMatrixRMaj c = new DMatrixRMaj(kernel.numRows, kernel.numCols);
				for (int i = 0; i < c.data.length; i++) {
					c.data[i] = 2 / Math.PI / z2 * Math.asin(rho * kernel.data[i]);
				}
				return c;
			}
			default:
				return null;
		}
	}

	@Override
	public Object newScratch(int rows) {
		return field.newScratch(rows);
	}

	@Override
	public void sample(int label, DMatrixRMaj images, Object scratch, SplittableRandom random, DenseKernels kernels) {
		field.draw(label, images, (DMatrixRMaj[]) scratch, random, kernels);
		if (marginal.isGaussian()) {
			return;
		}
		double[] x = images.data;
		int n = images.numRows * images.numCols;
		for (int i = 0; i < n; i++) {
			x[i] = marginal.ofNormal(x[i]);
		}
	}
}
