package org.plateau.family.localization.internal;

import java.util.List;

import org.hipparchus.distribution.continuous.NormalDistribution;
import org.plateau.core.family.PlotDescriptor;
import org.plateau.core.family.PlotDescriptor.FunctionCurve;
import org.plateau.family.localization.data.PixelMarginal;
import org.plateau.family.localization.theory.Amplifier;

/**
 * The two plots of a localization experiment that are functions of its data model rather than of training time
 * (Lufkin, Saxe &amp; Grant 2024, Fig. 2): the localization amplifier phi(a) beside the Gaussian's sqrt(2/pi) a and its
 * cubic (kurtosis) expansion, and the density of label 1's pixels beside the standard normal, each labelled with the
 * kurtosis (Claim 3.2: kappa &lt; 3, phi above sqrt(2/pi) a, localisation).
 */
final class SettingFunctions {

	/** Arguments a of phi: [0, 0.98] (phi's argument a/sqrt(1 - a^2) diverges at 1). */
	private static final int AMPLIFIER_POINTS = 50;
	private static final double AMPLIFIER_STEP = 0.02;
	/** Pixels drawn at the quantiles of the normal for the density, and its bins over [-4, 4] standard deviations. */
	private static final int QUANTILES = 40_000;
	private static final int BINS = 80;
	private static final double RANGE = 4;

	private SettingFunctions() {
	}

	/** phi(a) of the pixels, sqrt(2/pi) a and the cubic expansion with the pixels' kurtosis. */
	static PlotDescriptor amplifier(Amplifier exact, String marginal, double kurtosis) {
		double[] a = new double[AMPLIFIER_POINTS];
		double[] phi = new double[a.length];
		double[] linear = new double[a.length];
		double[] cubic = new double[a.length];
		Amplifier expansion = Amplifier.cubic(kurtosis);
		for (int i = 0; i < a.length; i++) {
			a[i] = i * AMPLIFIER_STEP;
			phi[i] = exact.value(a[i]);
			linear[i] = Amplifier.SLOPE * a[i];
			cubic[i] = expansion.value(a[i]);
		}
		return PlotDescriptor.functions("amplifier", String.format("Localization amplifier φ(a) of %s pixels (κ = %.4g)",
				marginal, kurtosis), "a (overlap of w with its shifted self)", "φ(a)", a, List.of(
						new FunctionCurve("φ(a), " + marginal + " (Theorem 3.1)", phi, false),
						new FunctionCurve("√(2/π) a (Gaussian pixels)", linear, true),
						new FunctionCurve(String.format("cubic expansion √(2/π)(a + (3 − κ) a³/6), κ = %.4g", kurtosis),
								cubic, true)));
	}

	/**
	 * The density of label 1's pixels as a histogram of the marginal's map at {@value #QUANTILES} evenly spaced
	 * quantiles of the standard normal (deterministic: no draw), beside the standard normal's density.
	 */
	static PlotDescriptor marginal(PixelMarginal marginal, double kurtosis) {
		NormalDistribution normal = new NormalDistribution(0, 1);
		double width = 2 * RANGE / BINS;
		double[] counts = new double[BINS];
		for (int i = 0; i < QUANTILES; i++) {
			double x = marginal.ofNormalAccurately(normal.inverseCumulativeProbability((i + 0.5) / QUANTILES));
			int bin = (int) Math.floor((x + RANGE) / width);
			if (bin >= 0 && bin < BINS) {
				counts[bin]++;
			}
		}
		double[] x = new double[BINS];
		double[] density = new double[BINS];
		double[] gaussian = new double[BINS];
		for (int b = 0; b < BINS; b++) {
			x[b] = -RANGE + (b + 0.5) * width;
			density[b] = counts[b] / (QUANTILES * width);
			gaussian[b] = normal.density(x[b]);
		}
		return PlotDescriptor.functions("marginal", String.format("Pixels of label 1: %s, kurtosis κ = %.4g (excess %.4g)",
				marginal.label(), kurtosis, kurtosis - 3), "pixel value (unit variance)", "density", x, List.of(
						new FunctionCurve(marginal.label() + String.format(", κ = %.4g", kurtosis), density, false),
						new FunctionCurve("standard normal, κ = 3", gaussian, true)));
	}
}
