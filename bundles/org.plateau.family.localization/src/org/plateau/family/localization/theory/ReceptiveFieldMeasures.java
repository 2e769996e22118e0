package org.plateau.family.localization.theory;

/**
 * How localised a receptive field w is (spec 2(e) [code utils/measurement.py]): the inverse participation ratio
 * IPR = sum w_i^4 / (sum w_i^2)^2 (1/D uniform, 3/(2D) a pure cosine, 1 a delta), the entropy of p_i = w_i^2 / sum
 * w_j^2, and the centre and spread of p on the ring. The images are periodic, so the centre is the circular mean of p
 * (the angle of sum p_j e^(2 pi i j/D)) and the spread its circular standard deviation sqrt(-2 ln R) D/(2 pi) in pixels,
 * R = |sum p_j e^(2 pi i j/D)|; on a torus both are taken along the columns. Nothing is allocated.
 */
public final class ReceptiveFieldMeasures {

	private ReceptiveFieldMeasures() {
	}

	/** IPR of w[from .. from + n). */
	public static double ipr(double[] w, int from, int n) {
		double s2 = 0;
		double s4 = 0;
		for (int i = from; i < from + n; i++) {
			double w2 = w[i] * w[i];
			s2 += w2;
			s4 += w2 * w2;
		}
		return s4 / (s2 * s2);
	}

	/** Entropy -sum p_i ln p_i of p = w^2 / |w|^2 (ln D uniform, 0 a delta). */
	public static double entropy(double[] w, int from, int n) {
		double s2 = 0;
		for (int i = from; i < from + n; i++) {
			s2 += w[i] * w[i];
		}
		double h = 0;
		for (int i = from; i < from + n; i++) {
			double p = w[i] * w[i] / s2;
			if (p > 0) {
				h -= p * Math.log(p);
			}
		}
		return h;
	}

	/**
	 * Circular mean position (in pixels, [0, side)) and circular standard deviation (pixels) of w^2 along the columns.
	 *
	 * @param into {centre, spread}
	 */
	public static void centreAndSpread(double[] w, int from, int n, int side, double[] into) {
		double s2 = 0;
		double cos = 0;
		double sin = 0;
		for (int i = 0; i < n; i++) {
			double w2 = w[from + i] * w[from + i];
			double angle = 2 * Math.PI * (i % side) / side;
			s2 += w2;
			cos += w2 * Math.cos(angle);
			sin += w2 * Math.sin(angle);
		}
		double r = Math.hypot(cos, sin) / s2;
		double centre = Math.atan2(sin, cos) * side / (2 * Math.PI);
		into[0] = centre < 0 ? centre + side : centre;
		into[1] = r > 0 ? Math.sqrt(-2 * Math.log(Math.min(1, r))) * side / (2 * Math.PI) : Double.POSITIVE_INFINITY;
	}
}
