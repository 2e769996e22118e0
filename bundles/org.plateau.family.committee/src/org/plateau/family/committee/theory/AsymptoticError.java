package org.plateau.family.committee.theory;

/**
 * The final generalisation error eps* of an erf soft committee machine trained on its first layer only, with
 * K = M + L hidden units learning from a teacher with M, at small label noise sigma (Goldt et al. 2019, spec 3(d),
 * derived from the authors' closed form in the notebook "Overparameterised ODES Erf.nb").
 */
public final class AsymptoticError {

	private AsymptoticError() {
	}

	/**
	 * The leading order only, eps* = eta sigma^2 (M/sqrt(3) + L)/(2 pi) + O(eta^2 sigma^2) (spec 3(d), small-eta limit):
	 * each extra hidden unit costs eta sigma^2/(2 pi). At finite eta the full ODEs ({@link CommitteeOdes}, with
	 * the eta^2 I4 and sigma^2 J2 terms) give the error; this is their small-eta limit.
	 *
	 * @param m the teacher's hidden units M
	 * @param l the student's extra hidden units L = K - M &gt;= 0
	 */
	public static double leadingOrder(double eta, double sigma, int m, int l) {
		if (m < 1 || l < 0) {
			throw new IllegalArgumentException("need M >= 1 and L >= 0: M = " + m + ", L = " + l);
		}
		// Goldt et al. 2019, spec 3(d): eps* = eta sigma^2 (M/sqrt(3) + L)/(2 pi)
		return eta * sigma * sigma * (m / Math.sqrt(3) + l) / (2 * Math.PI);
	}
}
