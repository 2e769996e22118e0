package org.plateau.family.localization.data;

import java.util.SplittableRandom;

import org.ejml.data.DMatrixRMaj;
import org.hipparchus.special.Erf;
import org.plateau.kernels.DenseKernels;

/**
 * Elliptical images (spec 2(b) [code datasets/elliptical.py, multi_t.py]): x = r Lambda u with u uniform on the sphere
 * (a normalised white noise), Lambda the symmetric root of C^z and the authors' radius r = -0.5 log(2/(U + 1) - 1) + 2
 * = atanh(U) + 2 of a uniform U; or Student-t images x = z/sqrt(chi2_nu/nu). Both standardised to unit-variance
 * pixels, so that each class's covariance is exactly its kernel C^z. Their pixels are dependent through the shared
 * radius, which is why no single-pixel amplifier describes them (Proposition 3.3).
 */
final class EllipticalImages extends ImageEnsemble {

	private final GaussianField field;
	private final int degreesOfFreedom;
	/** Divides the raw image to unit variance. */
	private final double scale;
	private final double xi0;
	private final double xi1;

	/** @param degreesOfFreedom nu of the Student-t images, or 0 for the authors' elliptical radius */
	EllipticalImages(int side, int dimensions, double xi0, double xi1, int degreesOfFreedom) {
		super(side, dimensions);
		if (degreesOfFreedom != 0 && degreesOfFreedom <= 2) {
			throw new IllegalArgumentException("degrees of freedom " + degreesOfFreedom
					+ ": Student-t pixels have a finite variance only for nu > 2");
		}
		this.field = new GaussianField(side, dimensions, xi0, xi1);
		this.degreesOfFreedom = degreesOfFreedom;
		this.xi0 = xi0;
		this.xi1 = xi1;
		if (degreesOfFreedom == 0) {
			// E r^2 / D with U = Phi(z): atanh(U) = (log(1 + U) - log(1 - U))/2, 1 - U = erfc(z/sqrt 2)/2 exactly
			double meanSquare = NormalQuadrature.expectation(z -> {
				double oneMinusU = 0.5 * Erf.erfc(z / Math.sqrt(2));
				double r = 0.5 * (Math.log1p(1 - oneMinusU) - Math.log(oneMinusU)) + 2;
				return r * r;
			});
			scale = 1 / Math.sqrt(meanSquare / pixels());
		} else {
			scale = Math.sqrt((degreesOfFreedom - 2.0) / degreesOfFreedom);
		}
	}

	@Override
	public String describe() {
		return String.format("%s images with kernel exp(-d^2/xi^2), xi = (%s, %s), on a %s of %d%s pixels, standardised",
				degreesOfFreedom == 0 ? "elliptical (radius atanh(U) + 2)" : "Student-t (nu = " + degreesOfFreedom + ")",
				xi0, xi1, dimensions() == 1 ? "ring" : "torus", side(), dimensions() == 1 ? "" : " x " + side());
	}

	@Override
	public PixelMarginal marginal(int label) {
		return null;
	}

	@Override
	public DMatrixRMaj exactCovariance(int label) {
		return field.kernel(label).copy();
	}

	@Override
	public Object newScratch(int rows) {
		return new Object[] { field.newScratch(rows), new DMatrixRMaj(rows, pixels()) };
	}

	@Override
	public void sample(int label, DMatrixRMaj images, Object scratch, SplittableRandom random, DenseKernels kernels) {
		Object[] buffers = (Object[]) scratch;
		int n = pixels();
		int rows = images.numRows;
		if (degreesOfFreedom == 0) {
			// u = g/|g| of a white noise g, then x = r Lambda u: draw the white noise, keep its norms, map it
			DMatrixRMaj white = (DMatrixRMaj) buffers[1];
			white.reshape(rows, n);
			for (int i = 0; i < rows * n; i++) {
				white.data[i] = random.nextGaussian();
			}
			DMatrixRMaj[] fieldScratch = (DMatrixRMaj[]) buffers[0];
			for (int s = 0; s < rows; s++) {
				double norm = 0;
				for (int i = 0; i < n; i++) {
					double v = white.data[s * n + i];
					norm += v * v;
				}
				double u = random.nextDouble();
				double r = 0.5 * Math.log((1 + u) / (1 - u)) + 2;
				double factor = scale * r / Math.sqrt(norm);
				for (int i = 0; i < n; i++) {
					white.data[s * n + i] *= factor;
				}
			}
			field.map(label, white, images, fieldScratch, kernels);
			return;
		}
		field.draw(label, images, (DMatrixRMaj[]) buffers[0], random, kernels);
		for (int s = 0; s < rows; s++) {
			double chi2 = 0;
			for (int k = 0; k < degreesOfFreedom; k++) {
				double g = random.nextGaussian();
				chi2 += g * g;
			}
			double factor = scale / Math.sqrt(chi2 / degreesOfFreedom);
			for (int i = 0; i < n; i++) {
				images.data[s * n + i] *= factor;
			}
		}
	}
}
