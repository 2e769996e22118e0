package org.plateau.family.committee.theory;

/**
 * g(x) = erf(x/sqrt(2)) and its Gaussian averages in closed form (Goldt et al. 2019, spec 3(d); code
 * sgoldt/nn2pp scmpp_ode.cpp): I2, I3, I4 (through L0..L4) and J2.
 */
public final class ErfIntegrals implements ActivationIntegrals {

	/** The one instance: the class is stateless. */
	public static final ErfIntegrals INSTANCE = new ErfIntegrals();

	private static final double TWO_OVER_PI = 2 / Math.PI;
	private static final double FOUR_OVER_PI_SQUARED = 4 / (Math.PI * Math.PI);
	private static final double SQRT_TWO = Math.sqrt(2);
	private static final double SQRT_TWO_OVER_PI = Math.sqrt(2 / Math.PI);

	private ErfIntegrals() {
	}

	@Override
	public String name() {
		return "erf(x/sqrt(2))";
	}

	@Override
	public double g(double x) {
		return ErrorFunction.erf(x / SQRT_TWO);
	}

	@Override
	public double derivative(double x) {
		return SQRT_TWO_OVER_PI * Math.exp(-0.5 * x * x);
	}

	@Override
	public double i2(double caa, double cab, double cbb) {
		// spec 3(d): I2 = (2/pi) arcsin(C_ab / sqrt((1 + C_aa)(1 + C_bb)))
		return TWO_OVER_PI * Math.asin(cab / Math.sqrt((1 + caa) * (1 + cbb)));
	}

	@Override
	public double i3(double caa, double cab, double cac, double cbc, double ccc) {
		// spec 3(d): I3 = (2/pi) (C_bc (1 + C_aa) - C_ab C_ac) / ((1 + C_aa) sqrt(L3))
		double l3 = (1 + caa) * (1 + ccc) - cac * cac;
		return TWO_OVER_PI * (cbc * (1 + caa) - cab * cac) / ((1 + caa) * Math.sqrt(l3));
	}

	@Override
	public double i4(double caa, double cbb, double ccc, double cdd, double cab, double cac, double cad, double cbc,
			double cbd, double ccd) {
		// spec 3(d): I4 = (4/pi^2) arcsin(L0 / sqrt(L1 L2)) / sqrt(L4)
		double l4 = (1 + caa) * (1 + cbb) - cab * cab;
		double l0 = l4 * ccd - cbc * cbd * (1 + caa) - cac * cad * (1 + cbb) + cab * cac * cbd + cab * cad * cbc;
		double l1 = l4 * (1 + ccc) - cbc * cbc * (1 + caa) - cac * cac * (1 + cbb) + 2 * cab * cac * cbc;
		double l2 = l4 * (1 + cdd) - cbd * cbd * (1 + caa) - cad * cad * (1 + cbb) + 2 * cab * cad * cbd;
		// rounding can push |L0 / sqrt(L1 L2)| just past 1 when c = d; clamp as the reference does
		double s = Math.max(-1, Math.min(1, l0 / Math.sqrt(l1 * l2)));
		return FOUR_OVER_PI_SQUARED * Math.asin(s) / Math.sqrt(l4);
	}

	@Override
	public double j2(double caa, double cab, double cbb) {
		// spec 3(d): J2 = (2/pi) / sqrt(1 + C_aa + C_bb + C_aa C_bb - C_ab^2)
		return TWO_OVER_PI / Math.sqrt(1 + caa + cbb + caa * cbb - cab * cab);
	}

	@Override
	public String toString() {
		return name();
	}
}
