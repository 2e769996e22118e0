package org.plateau.family.localization.theory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.plateau.family.localization.data.FastErf;
import org.plateau.family.localization.data.PixelMarginal;
import org.hipparchus.special.Erf;

/** Check 2-B of the spec (T5): the amplifier's closed forms, its quadrature and its cubic expansion. */
class AmplifierTest {

	@Test
	void gaussianPixelsHaveTheLinearAmplifier() {
		assertEquals(0.39894, Amplifier.gaussian().value(0.5), 1e-5);
		assertEquals(0.39894, Amplifier.byQuadrature(PixelMarginal.gaussian(), 0.5), 1e-5);
		for (double a = -0.95; a < 1; a += 0.05) {
			assertEquals(Amplifier.SLOPE * a, Amplifier.byQuadrature(PixelMarginal.gaussian(), a), 1e-7, "a = " + a);
		}
	}

	@Test
	void binaryPixelsHaveTheSuperLinearClosedFormAndItsCubicExpansionBelowIt() {
		double[] a = { 0.3, 0.5, 0.7 };
		double[] exact = { 0.24685, 0.43630, 0.67301 };
		double[] cubic = { 0.24655, 0.43219, 0.64974 };
		Amplifier spin = Amplifier.spin();
		Amplifier taylor = Amplifier.cubic(1);
		Amplifier tabulated = Amplifier.of(PixelMarginal.spin());
		for (int i = 0; i < a.length; i++) {
			assertEquals(exact[i], spin.value(a[i]), 1e-5);
			assertEquals(exact[i], tabulated.value(a[i]), 1e-4, "quadrature at " + a[i]);
			assertEquals(cubic[i], taylor.value(a[i]), 1e-5);
			assertTrue(spin.value(a[i]) > Amplifier.SLOPE * a[i], "super-linear at " + a[i]);
		}
		// NLGP g = 100 is nearly binary
		assertEquals(exact[1], Amplifier.of(PixelMarginal.nlgp(100)).value(0.5), 5e-3);
	}

	@Test
	void heavyTailsMakeTheAmplifierSubLinearAndTheCubicTermSaysSo() {
		Amplifier alg5 = Amplifier.of(PixelMarginal.algebraic(5));
		Amplifier alg6 = Amplifier.of(PixelMarginal.algebraic(6));
		assertTrue(alg5.value(0.5) < Amplifier.SLOPE * 0.5, "Alg(5), kappa > 3: sub-linear");
		assertTrue(alg6.value(0.5) > Amplifier.SLOPE * 0.5, "Alg(6), kappa < 3: super-linear");
		// small a: the cubic expansion agrees with the quadrature to O(a^5)
		for (PixelMarginal m : new PixelMarginal[] { PixelMarginal.uniform(), PixelMarginal.nlgp(1),
				PixelMarginal.algebraic(10) }) {
			Amplifier cubic = Amplifier.cubic(MarginalMoments.kurtosis(m));
			assertEquals(cubic.value(0.1), Amplifier.of(m).value(0.1), 1e-5, m.label());
		}
	}

	@Test
	void theSamplersTablesOfTheNortaMapsAreAccurate() {
		for (PixelMarginal m : new PixelMarginal[] { PixelMarginal.algebraic(5), PixelMarginal.algebraic(30),
				PixelMarginal.laplace(), PixelMarginal.bernoulli() }) {
			double worst = 0;
			for (double z = -9; z <= 9; z += 1.37e-3) {
				worst = Math.max(worst, Math.abs(m.ofNormal(z) - m.ofNormalAccurately(z)) / Math.max(1, Math.abs(z)));
			}
			assertTrue(worst < 1e-6, m.label() + ": max |error| " + worst);
		}
	}

	@Test
	void theSamplersErfIsAccurate() {
		double worst = 0;
		for (double x = -7; x <= 7; x += 1e-3) {
			worst = Math.max(worst, Math.abs(FastErf.erf(x) - Erf.erf(x)));
		}
		assertTrue(worst < 3e-13, "max |error| " + worst);
	}
}
