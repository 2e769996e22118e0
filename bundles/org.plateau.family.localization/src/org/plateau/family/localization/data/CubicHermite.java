package org.plateau.family.localization.data;

/** The cubic Hermite interpolant between two table entries, shared by the tabulated maps of this family. */
public final class CubicHermite {

	private CubicHermite() {
	}

	/**
	 * y0 + u d0 + u^2 (3 (y1 - y0) - 2 d0 - d1) + u^3 (2 (y0 - y1) + d0 + d1), u in [0, 1].
	 *
	 * @param y0 the value at the left entry
	 * @param y1 the value at the right entry
	 * @param d0 the slope at the left entry, per table step
	 * @param d1 the slope at the right entry, per table step
	 * @param u the position between them
	 */
	public static double between(double y0, double y1, double d0, double d1, double u) {
		return y0 + u * (d0 + u * ((3 * (y1 - y0) - 2 * d0 - d1) + u * (2 * (y0 - y1) + d0 + d1)));
	}
}
