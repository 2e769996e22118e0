package org.plateau.family.committee.theory;

/**
 * g(x) = x: the Gaussian averages are covariances (Goldt et al. 2019, the linear network of spec 3(a)):
 * I2 = C_ab, I3 = C_bc, I4 = C_cd, J2 = 1.
 */
public final class LinearIntegrals implements ActivationIntegrals {

	/** The one instance: the class is stateless. */
	public static final LinearIntegrals INSTANCE = new LinearIntegrals();

	private LinearIntegrals() {
	}

	@Override
	public String name() {
		return "linear";
	}

	@Override
	public double g(double x) {
		return x;
	}

	@Override
	public double derivative(double x) {
		return 1;
	}

	@Override
	public double i2(double caa, double cab, double cbb) {
		return cab;
	}

	@Override
	public double i3(double caa, double cab, double cac, double cbc, double ccc) {
		return cbc;
	}

	@Override
	public double i4(double caa, double cbb, double ccc, double cdd, double cab, double cac, double cad, double cbc,
			double cbd, double ccd) {
		return ccd;
	}

	@Override
	public double j2(double caa, double cab, double cbb) {
		return 1;
	}

	@Override
	public String toString() {
		return name();
	}
}
