package org.plateau.family.committee.theory;

import org.hipparchus.ode.OrdinaryDifferentialEquation;

/**
 * The order-parameter ODEs of online SGD in a two-layer network with K student and M teacher hidden units (Goldt et
 * al. 2019, spec 3(d)): dR/dt, dQ/dt (including the eta^2 terms I4 and the label noise sigma^2 J2) and, when both
 * layers train, dv/dt; T and A are constants of the motion. Time is steps/N; the first layer learns at eta/sqrt(N),
 * the second at etaV/N.
 * <p>
 * All scratch space (the covariance C of the K + M local fields, G_ib = sum_c u_c I3(i, b, c) and
 * E4_ik = sum_cd u_c u_d I4(i, k, c, d)) is allocated by the constructor: {@link #derivatives} and
 * {@link #eulerStep} allocate nothing. An instance is therefore not thread-safe; use one per thread.
 */
public final class CommitteeOdes {

	private final ActivationIntegrals g;
	private final int k;
	private final int m;
	/** K + M, the number of local fields. */
	private final int n;
	private final double eta;
	private final double etaV;
	private final double sigma;
	private final double weightDecay;
	private final boolean trainSecondLayer;

	/** C = [[Q, R], [R^T, T]], n x n row-major. */
	private final double[] c;
	/** u = (v, -A): the error is Delta = sum_c u_c g(x_c) - sigma zeta. */
	private final double[] u;
	/** G_ib = sum_c u_c I3(i, b, c) = E[g'(lambda_i) x_b Delta], K x n. */
	private final double[] gI3;
	/** E4_ik = sum_cd u_c u_d I4(i, k, c, d), K x K. */
	private final double[] e4;
	/** The rates of {@link #eulerStep}. */
	private final OrderParameters rates;

	/**
	 * @param g the activation's Gaussian averages
	 * @param k the student's hidden units K
	 * @param m the teacher's hidden units M
	 * @param eta the first layer's learning rate
	 * @param etaV the second layer's learning rate (unused unless trainSecondLayer)
	 * @param sigma the standard deviation of the label noise
	 * @param weightDecay wd in dR/dt = ... - wd R and dQ/dt = ... - 2 wd Q
	 * @param trainSecondLayer whether v learns ("--both"); otherwise dv/dt = 0
	 */
	public CommitteeOdes(ActivationIntegrals g, int k, int m, double eta, double etaV, double sigma, double weightDecay,
			boolean trainSecondLayer) {
		if (k < 1 || m < 1) {
			throw new IllegalArgumentException("K and M must be positive: K = " + k + ", M = " + m);
		}
		this.g = g;
		this.k = k;
		this.m = m;
		this.n = k + m;
		this.eta = eta;
		this.etaV = etaV;
		this.sigma = sigma;
		this.weightDecay = weightDecay;
		this.trainSecondLayer = trainSecondLayer;
		this.c = new double[n * n];
		this.u = new double[n];
		this.gI3 = new double[k * n];
		this.e4 = new double[k * k];
		this.rates = new OrderParameters(k, m);
	}

	/** The activation whose averages close the ODEs. */
	public ActivationIntegrals activation() {
		return g;
	}

	/** K. */
	public int k() {
		return k;
	}

	/** M. */
	public int m() {
		return m;
	}

	/**
	 * Writes dQ/dt, dR/dt and dv/dt at state into rates (dv/dt = 0 unless the second layer trains); leaves rates' T
	 * and A untouched. state and rates may not be the same object. Allocates nothing.
	 */
	public void derivatives(OrderParameters state, OrderParameters rates) {
		checkShape(state);
		checkShape(rates);
		loadCovariance(state);
		double[] q = state.q();
		double[] v = state.v();
		// G_ib = sum_c u_c I3(i, b, c): only the student rows i < K enter the ODEs
		for (int i = 0; i < k; i++) {
			int ri = i * n;
			double cii = c[ri + i];
			for (int b = 0; b < n; b++) {
				int rb = b * n;
				double cib = c[ri + b];
				double sum = 0;
				for (int cc = 0; cc < n; cc++) {
					sum += u[cc] * g.i3(cii, cib, c[ri + cc], c[rb + cc], c[cc * n + cc]);
				}
				gI3[ri + b] = sum;
			}
		}
		// E4_ik = sum_cd u_c u_d I4(i, k, c, d): I4 is symmetric in (i, k) and in (c, d), so i <= k and c <= d
		for (int i = 0; i < k; i++) {
			int ri = i * n;
			double cii = c[ri + i];
			for (int kk = i; kk < k; kk++) {
				int rk = kk * n;
				double ckk = c[rk + kk];
				double cik = c[ri + kk];
				double sum = 0;
				for (int cc = 0; cc < n; cc++) {
					int rc = cc * n;
					double ccc = c[rc + cc];
					double cic = c[ri + cc];
					double ckc = c[rk + cc];
					// the diagonal d = c once, each d > c twice
					double inner = 0.5 * u[cc] * g.i4(cii, ckk, ccc, ccc, cik, cic, cic, ckc, ckc, ccc);
					for (int d = cc + 1; d < n; d++) {
						double cdd = c[d * n + d];
						inner += u[d] * g.i4(cii, ckk, ccc, cdd, cik, cic, c[ri + d], ckc, c[rk + d], c[rc + d]);
					}
					sum += 2 * u[cc] * inner;
				}
				e4[i * k + kk] = sum;
				e4[kk * k + i] = sum;
			}
		}
		double[] dq = rates.q();
		double[] dr = rates.r();
		double[] dv = rates.v();
		double[] r = state.r();
		double sigma2 = sigma * sigma;
		double eta2 = eta * eta;
		for (int i = 0; i < k; i++) {
			int gi = i * n;
			// Goldt et al. 2019, spec 3(d): dR_in/dt = -eta v_i sum_c u_c I3(i, n, c) - wd R_in
			for (int nn = 0; nn < m; nn++) {
				dr[i * m + nn] = -eta * v[i] * gI3[gi + k + nn] - weightDecay * r[i * m + nn];
			}
			// spec 3(d): dQ_ik/dt = -eta v_i G_ik - eta v_k G_ki
			// + eta^2 v_i v_k [E4_ik + sigma^2 J2(i, k)] - 2 wd Q_ik
			for (int kk = i; kk < k; kk++) {
				double j2 = g.j2(c[gi + i], c[gi + kk], c[kk * n + kk]);
				double rate = -eta * (v[i] * gI3[gi + kk] + v[kk] * gI3[kk * n + i])
						+ eta2 * v[i] * v[kk] * (e4[i * k + kk] + sigma2 * j2);
				dq[i * k + kk] = rate - 2 * weightDecay * q[i * k + kk];
				dq[kk * k + i] = rate - 2 * weightDecay * q[kk * k + i];
			}
			// spec 3(d): dv_i/dt = -etaV sum_c u_c I2(i, c), only when both layers train
			double rate = 0;
			if (trainSecondLayer) {
				double cii = c[gi + i];
				for (int cc = 0; cc < n; cc++) {
					rate += u[cc] * g.i2(cii, c[gi + cc], c[cc * n + cc]);
				}
				rate *= -etaV;
			}
			dv[i] = rate;
		}
	}

	/**
	 * One Euler step of length dt in place: Q += dt dQ, R += dt dR, v += dt dv, then Q = (Q + Q^T)/2 as the
	 * reference does. Allocates nothing.
	 */
	public void eulerStep(OrderParameters state, double dt) {
		derivatives(state, rates);
		add(state.q(), dt, rates.q());
		add(state.r(), dt, rates.r());
		add(state.v(), dt, rates.v());
		double[] q = state.q();
		for (int i = 0; i < k; i++) {
			for (int kk = i + 1; kk < k; kk++) {
				double mean = 0.5 * (q[i * k + kk] + q[kk * k + i]);
				q[i * k + kk] = mean;
				q[kk * k + i] = mean;
			}
		}
	}

	private static void add(double[] x, double dt, double[] dx) {
		for (int i = 0; i < x.length; i++) {
			x[i] += dt * dx[i];
		}
	}

	/**
	 * The ODEs for a Hipparchus integrator (e.g. DormandPrince54Integrator), on the state vector (Q, R, v) packed by
	 * {@link #pack}. T and A are read from teacher once, now. Each call of computeDerivatives returns a new array,
	 * as that interface requires; it shares this instance's scratch space.
	 */
	public OrdinaryDifferentialEquation asOde(OrderParameters teacher) {
		checkShape(teacher);
		OrderParameters point = teacher.copy();
		OrderParameters slope = new OrderParameters(k, m);
		int dimension = dimension();
		return new OrdinaryDifferentialEquation() {
			@Override
			public int getDimension() {
				return dimension;
			}

			@Override
			public double[] computeDerivatives(double time, double[] y) {
				unpack(y, point);
				derivatives(point, slope);
				return pack(slope, new double[dimension]);
			}
		};
	}

	/** The length K^2 + KM + K of the packed state (Q, R, v). */
	public int dimension() {
		return dimension(k, m);
	}

	/** K^2 + KM + K. */
	public static int dimension(int k, int m) {
		return k * k + k * m + k;
	}

	/** Writes Q, R, v of p into y (length K^2 + KM + K) and returns y. */
	public static double[] pack(OrderParameters p, double[] y) {
		int kk = p.k() * p.k();
		int km = p.k() * p.m();
		checkLength(p, y);
		System.arraycopy(p.q(), 0, y, 0, kk);
		System.arraycopy(p.r(), 0, y, kk, km);
		System.arraycopy(p.v(), 0, y, kk + km, p.k());
		return y;
	}

	/** Reads Q, R, v of p from y (as written by {@link #pack}); leaves T and A. */
	public static void unpack(double[] y, OrderParameters p) {
		int kk = p.k() * p.k();
		int km = p.k() * p.m();
		checkLength(p, y);
		System.arraycopy(y, 0, p.q(), 0, kk);
		System.arraycopy(y, kk, p.r(), 0, km);
		System.arraycopy(y, kk + km, p.v(), 0, p.k());
	}

	private static void checkLength(OrderParameters p, double[] y) {
		if (y.length != dimension(p.k(), p.m())) {
			throw new IllegalArgumentException("the packed state (Q, R, v) of K = " + p.k() + ", M = " + p.m()
					+ " has " + dimension(p.k(), p.m()) + " entries, not " + y.length);
		}
	}

	private void checkShape(OrderParameters p) {
		if (p.k() != k || p.m() != m) {
			throw new IllegalArgumentException(
					"order parameters of K = " + p.k() + ", M = " + p.m() + " for ODEs of K = " + k + ", M = " + m);
		}
	}

	/** C = [[Q, R], [R^T, T]] and u = (v, -A). */
	private void loadCovariance(OrderParameters p) {
		double[] q = p.q();
		double[] r = p.r();
		double[] t = p.t();
		for (int i = 0; i < k; i++) {
			for (int j = 0; j < k; j++) {
				c[i * n + j] = q[i * k + j];
			}
			for (int nn = 0; nn < m; nn++) {
				c[i * n + k + nn] = r[i * m + nn];
				c[(k + nn) * n + i] = r[i * m + nn];
			}
			u[i] = p.v()[i];
		}
		for (int nn = 0; nn < m; nn++) {
			for (int mm = 0; mm < m; mm++) {
				c[(k + nn) * n + k + mm] = t[nn * m + mm];
			}
			u[k + nn] = -p.a()[nn];
		}
	}
}
