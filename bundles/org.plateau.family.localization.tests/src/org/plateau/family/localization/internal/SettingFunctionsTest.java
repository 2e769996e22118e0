package org.plateau.family.localization.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.plateau.core.family.PlotDescriptor;
import org.plateau.core.family.PlotDescriptor.FunctionCurve;
import org.plateau.family.localization.data.PixelMarginal;
import org.plateau.family.localization.theory.Amplifier;
import org.plateau.family.localization.theory.MarginalMoments;

/**
 * The plots of Fig. 2 (Lufkin, Saxe &amp; Grant 2024) as the family declares them: for a &lt;= 0.5, phi(a) of NLGP(100)
 * pixels lies above sqrt(2/pi) a (kappa &lt; 3: super-linear, Claim 3.2) and Alg(5)'s below; the cubic curve is the expansion with
 * the pixels' kurtosis; the pixels' density integrates to 1 and has their kurtosis.
 */
class SettingFunctionsTest {

	@Test
	void theAmplifierLiesAboveTheGaussianLineWhereTheKurtosisIsBelowThree() {
		for (PixelMarginal marginal : List.of(PixelMarginal.nlgp(100), PixelMarginal.algebraic(5))) {
			double kurtosis = MarginalMoments.kurtosis(marginal);
			PlotDescriptor plot = SettingFunctions.amplifier(Amplifier.of(marginal), marginal.label(), kurtosis);
			assertEquals(PlotDescriptor.FUNCTIONS, plot.kind());
			double[] a = plot.functionArguments();
			List<FunctionCurve> curves = plot.functionCurves();
			assertEquals(3, curves.size());
			assertTrue(!curves.get(0).dashed() && curves.get(1).dashed() && curves.get(2).dashed());
			for (int i = 1; i < a.length; i++) {
				double phi = curves.get(0).y()[i];
				double line = curves.get(1).y()[i];
				assertEquals(Amplifier.SLOPE * a[i], line, 1e-15);
				if (a[i] <= 0.5) {
					// Claim 3.2 is about small a, where the cubic term decides (Alg(5)'s phi crosses the line near 0.65)
					assertTrue(kurtosis < 3 ? phi > line : phi < line, marginal.label() + " at a = " + a[i]);
				}
				assertEquals(Amplifier.SLOPE * (a[i] + (3 - kurtosis) * a[i] * a[i] * a[i] / 6), curves.get(2).y()[i], 1e-12);
			}
			// round trip through the plot's options: the values are the amplifier's
			assertEquals(Amplifier.of(marginal).value(a[25]), curves.get(0).y()[25], 1e-12);
		}
	}

	@Test
	void theMarginalsDensityHasTheKurtosisOfThePixels() {
		for (PixelMarginal marginal : List.of(PixelMarginal.nlgp(1), PixelMarginal.gaussian(), PixelMarginal.algebraic(10))) {
			double kurtosis = MarginalMoments.kurtosis(marginal);
			PlotDescriptor plot = SettingFunctions.marginal(marginal, kurtosis);
			double[] x = plot.functionArguments();
			double[] density = plot.functionCurves().get(0).y();
			double width = x[1] - x[0];
			double mass = 0;
			double second = 0;
			double fourth = 0;
			for (int i = 0; i < x.length; i++) {
				mass += density[i] * width;
				second += density[i] * width * x[i] * x[i];
				fourth += density[i] * width * Math.pow(x[i], 4);
			}
			assertEquals(1, mass, 1e-3, marginal.label() + ": the mass within 4 standard deviations");
			assertEquals(1, second, 0.01, marginal.label() + ": unit variance (bins of 0.1)");
			assertEquals(kurtosis, fourth / (second * second), 0.05, marginal.label() + ": kurtosis of the histogram");
		}
	}
}
