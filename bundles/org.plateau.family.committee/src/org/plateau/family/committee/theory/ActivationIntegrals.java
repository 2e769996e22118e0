package org.plateau.family.committee.theory;

/**
 * The Gaussian averages of one activation g that close the order-parameter ODEs of online SGD in a two-layer network
 * (Goldt et al. 2019, spec 3(d)). The local fields x_a, x_b, ... are zero-mean jointly Gaussian with covariances
 * C_ab; each method takes exactly the entries of C that the average depends on, diagonal entries first.
 * Implementations are stateless and thread-safe, and allocate nothing.
 */
public interface ActivationIntegrals {

	/** What the activation is, for the manifest and plot labels. */
	String name();

	/** The activation g(x). */
	double g(double x);

	/** Its derivative g'(x). */
	double derivative(double x);

	/** I2(a, b) = E[g(x_a) g(x_b)]. */
	double i2(double caa, double cab, double cbb);

	/**
	 * I3(a, b, c) = E[g'(x_a) x_b g(x_c)]. x_b enters linearly, so only its regression on (x_a, x_c) matters:
	 * the average needs C_ab and C_bc but never C_bb, for any g.
	 */
	double i3(double caa, double cab, double cac, double cbc, double ccc);

	/** I4(a, b, c, d) = E[g'(x_a) g'(x_b) g(x_c) g(x_d)]: symmetric in (a, b) and in (c, d). */
	double i4(double caa, double cbb, double ccc, double cdd, double cab, double cac, double cad, double cbc,
			double cbd, double ccd);

	/** J2(a, b) = E[g'(x_a) g'(x_b)]: carries the label noise sigma^2 into dQ/dt. */
	double j2(double caa, double cab, double cbb);
}
