package org.plateau.family.committee.theory;

import java.util.Arrays;

/**
 * The order parameters of a student with K hidden units learning from a teacher with M (Goldt et al. 2019, spec
 * 3(d)): Q_ik = w_i.w_k/N (K x K), R_in = w_i.B_n/N (K x M), T_nm = B_n.B_m/N (M x M), and the second layers v (K)
 * and A (M). A mutable holder: the accessors return the live row-major arrays, so that integrators update them in
 * place.
 */
public final class OrderParameters {

	private final int k;
	private final int m;
	private final double[] q;
	private final double[] r;
	private final double[] t;
	private final double[] v;
	private final double[] a;

	/** All overlaps and second-layer weights zero. */
	public OrderParameters(int k, int m) {
		if (k < 1 || m < 1) {
			throw new IllegalArgumentException("K and M must be positive: K = " + k + ", M = " + m);
		}
		this.k = k;
		this.m = m;
		this.q = new double[k * k];
		this.r = new double[k * m];
		this.t = new double[m * m];
		this.v = new double[k];
		this.a = new double[m];
	}

	/** A copy of other. */
	public OrderParameters(OrderParameters other) {
		this(other.k, other.m);
		copyFrom(other);
	}

	/** From copies of the given row-major arrays; their lengths must be K^2, KM, M^2, K and M. */
	public static OrderParameters of(int k, int m, double[] q, double[] r, double[] t, double[] v, double[] a) {
		OrderParameters p = new OrderParameters(k, m);
		copyChecked("Q", q, p.q);
		copyChecked("R", r, p.r);
		copyChecked("T", t, p.t);
		copyChecked("v", v, p.v);
		copyChecked("A", a, p.a);
		return p;
	}

	/**
	 * The overlaps of explicit weights: Q = w w^T/N, R = w B^T/N, T = B B^T/N (spec 3(d)).
	 *
	 * @param w the student's first layer, K x N row-major
	 * @param b the teacher's first layer, M x N row-major
	 * @param v the student's second layer (K), copied
	 * @param a the teacher's second layer (M), copied
	 */
	public static OrderParameters fromWeights(double[] w, double[] b, int k, int m, int n, double[] v, double[] a) {
		if (w.length != k * n || b.length != m * n) {
			throw new IllegalArgumentException("w must be K x N = " + k + " x " + n + " and B M x N = " + m + " x "
					+ n + ": lengths " + w.length + " and " + b.length);
		}
		OrderParameters p = new OrderParameters(k, m);
		overlaps(w, k, w, k, n, p.q);
		overlaps(w, k, b, m, n, p.r);
		overlaps(b, m, b, m, n, p.t);
		copyChecked("v", v, p.v);
		copyChecked("A", a, p.a);
		return p;
	}

	/** out (rows x cols) = x y^T / n for row-major x (rows x n) and y (cols x n). */
	private static void overlaps(double[] x, int rows, double[] y, int cols, int n, double[] out) {
		for (int i = 0; i < rows; i++) {
			for (int j = 0; j < cols; j++) {
				double sum = 0;
				for (int l = 0; l < n; l++) {
					sum += x[i * n + l] * y[j * n + l];
				}
				out[i * cols + j] = sum / n;
			}
		}
	}

	private static void copyChecked(String name, double[] from, double[] to) {
		if (from.length != to.length) {
			throw new IllegalArgumentException(name + " must have " + to.length + " entries, has " + from.length);
		}
		System.arraycopy(from, 0, to, 0, to.length);
	}

	/** A deep copy. */
	public OrderParameters copy() {
		return new OrderParameters(this);
	}

	/** Overwrites every entry with other's; K and M must agree. Allocates nothing. */
	public OrderParameters copyFrom(OrderParameters other) {
		if (other.k != k || other.m != m) {
			throw new IllegalArgumentException("K x M differ: " + k + " x " + m + " vs " + other.k + " x " + other.m);
		}
		System.arraycopy(other.q, 0, q, 0, q.length);
		System.arraycopy(other.r, 0, r, 0, r.length);
		System.arraycopy(other.t, 0, t, 0, t.length);
		System.arraycopy(other.v, 0, v, 0, v.length);
		System.arraycopy(other.a, 0, a, 0, a.length);
		return this;
	}

	/** K, the student's hidden units. */
	public int k() {
		return k;
	}

	/** M, the teacher's hidden units. */
	public int m() {
		return m;
	}

	/** Q, K x K row-major (live). */
	public double[] q() {
		return q;
	}

	/** R, K x M row-major (live). */
	public double[] r() {
		return r;
	}

	/** T, M x M row-major (live). */
	public double[] t() {
		return t;
	}

	/** v, the student's second layer (live). */
	public double[] v() {
		return v;
	}

	/** A, the teacher's second layer (live). */
	public double[] a() {
		return a;
	}

	/** Q_ik. */
	public double q(int i, int kk) {
		return q[i * k + kk];
	}

	/** R_in. */
	public double r(int i, int n) {
		return r[i * m + n];
	}

	/** T_nm. */
	public double t(int n, int mm) {
		return t[n * m + mm];
	}

	@Override
	public String toString() {
		return "OrderParameters[K = " + k + ", M = " + m + ", Q = " + Arrays.toString(q) + ", R = "
				+ Arrays.toString(r) + ", T = " + Arrays.toString(t) + ", v = " + Arrays.toString(v) + ", A = "
				+ Arrays.toString(a) + "]";
	}
}
