package org.plateau.family.localization.data;

import java.util.SplittableRandom;

import org.ejml.data.DMatrixRMaj;
import org.plateau.kernels.DenseKernels;

/**
 * The two classes of translation-invariant images that a localization task tells apart (spec 2(b)): label 0 with the
 * shorter correlation, label 1 with the longer. Draws batches of images of one class into the rows of a matrix (a ring
 * of D pixels, or a D x D torus flattened row by row) and knows each class's covariance, exactly where the model gives
 * it in closed form and otherwise by an average over many images and all translations.
 * <p>
 * {@link #sample} allocates nothing: its buffers come from {@link #newScratch}, one per thread.
 */
public abstract class ImageEnsemble {

	private final int side;
	private final int dimensions;

	ImageEnsemble(int side, int dimensions) {
		if (side < 2) {
			throw new IllegalArgumentException("an image needs at least 2 pixels per side, was " + side);
		}
		if (dimensions != 1 && dimensions != 2) {
			throw new IllegalArgumentException("images are 1-D rings or 2-D tori, not " + dimensions + "-D");
		}
		this.side = side;
		this.dimensions = dimensions;
	}

	/** Pixels per side D. */
	public final int side() {
		return side;
	}

	/** 1 for rings, 2 for tori. */
	public final int dimensions() {
		return dimensions;
	}

	/** Pixels per image: D, or D^2 for a torus. */
	public final int pixels() {
		return dimensions == 1 ? side : side * side;
	}

	/** What the images are, for the manifest. */
	public abstract String describe();

	/** The single-pixel marginal of a class when the model is a Gaussian copula (or +-1 spins), else {@code null}. */
	public abstract PixelMarginal marginal(int label);

	/** The covariance of a class in closed form, or {@code null} when the model has none. */
	public abstract DMatrixRMaj exactCovariance(int label);

	/** Buffers for {@link #sample} of up to {@code rows} images. */
	public abstract Object newScratch(int rows);

	/**
	 * Fills every row of {@code images} with an image of the class.
	 *
	 * @param label 0 or 1
	 * @param images rows x pixels
	 * @param scratch from {@link #newScratch} for at least as many rows
	 * @param random the stream drawn from
	 * @param kernels the dense products
	 */
	public abstract void sample(int label, DMatrixRMaj images, Object scratch, SplittableRandom random,
			DenseKernels kernels);

	/**
	 * The covariance of a class: the closed form where there is one, else the average of x_i x_j over {@code images}
	 * images drawn from {@code random} and over all translations (the classes are translation invariant, which
	 * divides the error by the number of pixels). The average costs images x pixels^2, so large tori use fewer images,
	 * at least 2000 (2e8 products in all): the error ~ 1/sqrt(images x pixels) stays below 0.3%.
	 */
	public DMatrixRMaj covariance(int label, int images, SplittableRandom random, DenseKernels kernels) {
		DMatrixRMaj exact = exactCovariance(label);
		if (exact != null) {
			return exact;
		}
		int n0 = pixels();
		images = (int) Math.max(2000, Math.min(images, 200_000_000L / ((long) n0 * n0)));
		int chunk = 1000;
		DMatrixRMaj batch = new DMatrixRMaj(chunk, pixels());
		Object scratch = newScratch(chunk);
		int n = pixels();
		double[] profile = new double[n]; // by offset: (dr, dc) flattened for a torus
		long drawn = 0;
		while (drawn < images) {
			sample(label, batch, scratch, random, kernels);
			for (int s = 0; s < chunk; s++) {
				int row = s * n;
				for (int i = 0; i < n; i++) {
					double xi = batch.data[row + i];
					for (int offset = 0; offset < n; offset++) {
						profile[offset] += xi * batch.data[row + shifted(i, offset)];
					}
				}
			}
			drawn += chunk;
		}
		DMatrixRMaj c = new DMatrixRMaj(n, n);
		for (int i = 0; i < n; i++) {
			for (int offset = 0; offset < n; offset++) {
				int j = shifted(i, offset);
				c.set(i, j, profile[offset] / ((double) drawn * n));
			}
		}
		// symmetrise the estimate: offsets o and -o estimate the same entry
		DMatrixRMaj symmetric = new DMatrixRMaj(n, n);
		for (int i = 0; i < n; i++) {
			for (int j = 0; j < n; j++) {
				symmetric.set(i, j, 0.5 * (c.get(i, j) + c.get(j, i)));
			}
		}
		return symmetric;
	}

	/** The pixel at a translation of pixel i (periodic in each dimension). */
	private int shifted(int i, int offset) {
		if (dimensions == 1) {
			return (i + offset) % side;
		}
		int r = (i / side + offset / side) % side;
		int c = (i % side + offset % side) % side;
		return r * side + c;
	}

	/** Whether a class's pixels are Gaussian (the effective dynamics is then exact in expectation). */
	public boolean isGaussian() {
		return false;
	}

	// ---- factories

	/** Gaussian fields z ~ N(0, C^z(xi_label)) (the Gaussian control). */
	public static ImageEnsemble gaussian(int side, int dimensions, double xi0, double xi1) {
		return new CopulaImages(side, dimensions, xi0, xi1, PixelMarginal.gaussian(), CopulaImages.Covariance.GAUSSIAN, 0);
	}

	/** NLGP(g): x = erf(g z)/Z(g), with the exact covariance (2/pi)/Z^2 arcsin(2g^2/(1+2g^2) C^z). */
	public static ImageEnsemble nlgp(int side, int dimensions, double xi0, double xi1, double gain) {
		return new CopulaImages(side, dimensions, xi0, xi1, PixelMarginal.nlgp(gain), CopulaImages.Covariance.NLGP, gain);
	}

	/** NORTA: x = F^-1(Phi(z))/std with the given marginal; covariance estimated from images. */
	public static ImageEnsemble norta(int side, int dimensions, double xi0, double xi1, PixelMarginal marginal) {
		return new CopulaImages(side, dimensions, xi0, xi1, marginal, CopulaImages.Covariance.ESTIMATED, 0);
	}

	/** The periodic Ising ring with couplings J0, J1, sampled exactly. */
	public static ImageEnsemble ising(int side, double coupling0, double coupling1) {
		return new IsingRing(side, coupling0, coupling1);
	}

	/** Elliptical images x = r Lambda u (the authors' radius), standardised; covariance C^z. */
	public static ImageEnsemble elliptical(int side, int dimensions, double xi0, double xi1) {
		return new EllipticalImages(side, dimensions, xi0, xi1, 0);
	}

	/** Student-t images x = z/sqrt(chi2_nu/nu), standardised; covariance C^z. */
	public static ImageEnsemble studentT(int side, int dimensions, double xi0, double xi1, int degreesOfFreedom) {
		return new EllipticalImages(side, dimensions, xi0, xi1, degreesOfFreedom);
	}
}
