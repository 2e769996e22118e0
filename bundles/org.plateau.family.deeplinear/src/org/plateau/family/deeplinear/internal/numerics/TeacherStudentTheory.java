package org.plateau.family.deeplinear.internal.numerics;

/**
 * High-dimensional generalization dynamics of the linear student (Advani &amp; Saxe 2017/2020, spec 1.4): teacher y =
 * w_bar . x + eps with x_i ~ N(0, 1/N), w_bar_i ~ N(0, sigma_w^2), eps ~ N(0, sigma_eps^2); student y_hat = w . x
 * from w(0)_i ~ N(0, sigma_0^2), trained by gradient flow on the SUM loss, tau dw/dt = X (y - X^T w), on P = alpha N
 * examples X = [x_1 .. x_P]. Times are t/tau (tau = 1). Large-N theory over the Marchenko-Pastur spectrum of X X^T.
 * <p>
 * Normalisations (those of the spec's formulas):
 * <ul>
 * <li>generalization error E_g = E_x (y - w . x)^2 on a fresh example = ||w - w_bar||^2 / N + sigma_eps^2 (label
 * noise included; no 1/2);</li>
 * <li>training error E_t = (1/P) sum_mu (y_mu - w . x_mu)^2, the mean squared residual on the training set (no 1/2),
 * so that E_t(0) = sigma_w^2 + sigma_0^2 + sigma_eps^2 and E_t(inf) = sigma_eps^2 (1 - 1/alpha) for alpha &gt; 1, 0
 * for alpha &lt;= 1.</li>
 * </ul>
 */
public final class TeacherStudentTheory {

	/** Log grid of {@link #optimalStopping()}: 10^-3 .. 10^5 tau. */
	private static final double GRID_FIRST = 1e-3;
	private static final double GRID_LAST = 1e5;
	private static final int GRID_POINTS_PER_DECADE = 10;
	/** Golden-section stop: bracket width relative to t. */
	private static final double GOLDEN_RELATIVE_TOLERANCE = 1e-7;

	private final double alpha;
	private final double sigmaW2;
	private final double sigmaEps2;
	private final double sigma02;
	private final MarchenkoPastur spectrum;

	/**
	 * @param alpha P/N, positive
	 * @param weightVariance sigma_w^2, the teacher's weight variance
	 * @param noiseVariance sigma_eps^2, the label noise variance
	 * @param initialVariance sigma_0^2, the student's initial weight variance
	 */
	public TeacherStudentTheory(double alpha, double weightVariance, double noiseVariance, double initialVariance) {
		checkVariance("weightVariance", weightVariance);
		checkVariance("noiseVariance", noiseVariance);
		checkVariance("initialVariance", initialVariance);
		this.alpha = alpha;
		this.spectrum = new MarchenkoPastur(alpha);
		this.sigmaW2 = weightVariance;
		this.sigmaEps2 = noiseVariance;
		this.sigma02 = initialVariance;
	}

	public MarchenkoPastur spectrum() {
		return spectrum;
	}

	/**
	 * E_g(t) (spec 1.4(d)), t in units of tau; t = +infinity gives {@link #asymptoticGeneralizationError()}.
	 */
	public double generalizationError(double t) {
		checkTime(t);
		if (t == Double.POSITIVE_INFINITY) {
			return asymptoticGeneralizationError();
		}
		double initial = sigmaW2 + sigma02;
		double modes = spectrum.integrate(l -> {
			double decay = Math.exp(-l * t);
			double rise = -Math.expm1(-l * t);
			// Advani & Saxe, spec 1.4(d): (sigma_w^2 + sigma_0^2) e^{-2lt/tau} + (sigma_eps^2/l)(1 - e^{-lt/tau})^2
			return initial * decay * decay + sigmaEps2 / l * rise * rise;
		});
		// spec 1.4(d): + (sigma_w^2 + sigma_0^2) max(0, 1 - alpha) (frozen subspace) + sigma_eps^2
		return modes + initial * spectrum.pointMass() + sigmaEps2;
	}

	/** E_t(t) (spec 1.4(d)), t in units of tau; t = +infinity gives sigma_eps^2 max(0, 1 - 1/alpha). */
	public double trainingError(double t) {
		checkTime(t);
		double initial = sigmaW2 + sigma02;
		// spec 1.4(d): sigma_eps^2 max(0, 1 - 1/alpha), the noise outside the P-dimensional span of X^T
		double floor = sigmaEps2 * Math.max(0, 1 - 1 / alpha);
		if (t == Double.POSITIVE_INFINITY) {
			return floor;
		}
		double modes = spectrum.integrate(l -> {
			double decay = Math.exp(-l * t);
			// Advani & Saxe, spec 1.4(d): [l (sigma_w^2 + sigma_0^2) + sigma_eps^2] e^{-2lt/tau}
			return (l * initial + sigmaEps2) * decay * decay;
		});
		// spec 1.4(d): E_t = (1/alpha) int rho_c [...] dl + sigma_eps^2 max(0, 1 - 1/alpha)
		return modes / alpha + floor;
	}

	/**
	 * E_g(inf) in closed form (spec 1.4(d)): sigma_eps^2 (1 + alpha/(1 - alpha)) + (1 - alpha)(sigma_w^2 + sigma_0^2)
	 * for alpha &lt; 1, sigma_eps^2 (1 + 1/(alpha - 1)) for alpha &gt; 1, +infinity at alpha = 1 exactly when
	 * sigma_eps^2 &gt; 0 (0 without noise).
	 */
	public double asymptoticGeneralizationError() {
		double initial = sigmaW2 + sigma02;
		if (alpha < 1) {
			// Advani & Saxe, spec 1.4(d): sigma_eps^2 (1 + alpha/(1-alpha)) + (1 - alpha)(sigma_w^2 + sigma_0^2)
			return sigmaEps2 * (1 + alpha / (1 - alpha)) + (1 - alpha) * initial;
		}
		if (alpha > 1) {
			// Advani & Saxe, spec 1.4(d): sigma_eps^2 (1 + 1/(alpha - 1))
			return sigmaEps2 * (1 + 1 / (alpha - 1));
		}
		return sigmaEps2 > 0 ? Double.POSITIVE_INFINITY : 0;
	}

	/**
	 * Early stopping (spec 1.4(d)): {t*, E_g(t*)} with t* = argmin_t E_g(t) in units of tau. A log grid 10^-3 ..
	 * 10^5 (10 points per decade, plus t = 0) brackets the minimum, golden-section search refines it to a relative
	 * width 1e-7 in t. If E_g still decreases at the end of the grid and E_g(inf) is lower, returns {+infinity,
	 * E_g(inf)}; if E_g increases from t = 0 (no signal, sigma_w^2 + sigma_0^2 = 0), returns {0, E_g(0)}.
	 */
	public double[] optimalStopping() {
		int decades = (int) Math.round(Math.log10(GRID_LAST / GRID_FIRST));
		int count = decades * GRID_POINTS_PER_DECADE + 2;
		double[] grid = new double[count];
		double[] value = new double[count];
		grid[0] = 0;
		for (int k = 1; k < count; k++) {
			grid[k] = GRID_FIRST * Math.pow(10, (k - 1) / (double) GRID_POINTS_PER_DECADE);
		}
		int best = 0;
		for (int k = 0; k < count; k++) {
			value[k] = generalizationError(grid[k]);
			// ties go to the later time, so an E_g that has decayed to 0 (no noise) reports t* = infinity
			if (value[k] <= value[best]) {
				best = k;
			}
		}
		if (best == count - 1) {
			double atInfinity = asymptoticGeneralizationError();
			if (atInfinity <= value[best]) {
				return new double[] { Double.POSITIVE_INFINITY, atInfinity };
			}
			// a minimum beyond the grid but below E_g(inf) is not searched for
			return new double[] { grid[best], value[best] };
		}
		if (best == 0) {
			return new double[] { 0, value[0] };
		}
		double low = grid[best - 1];
		double high = grid[best + 1];
		double ratio = (Math.sqrt(5) - 1) / 2;
		double a = high - ratio * (high - low);
		double b = low + ratio * (high - low);
		double fa = generalizationError(a);
		double fb = generalizationError(b);
		while (high - low > GOLDEN_RELATIVE_TOLERANCE * high) {
			if (fa <= fb) {
				high = b;
				b = a;
				fb = fa;
				a = high - ratio * (high - low);
				fa = generalizationError(a);
			} else {
				low = a;
				a = b;
				fa = fb;
				b = low + ratio * (high - low);
				fb = generalizationError(b);
			}
		}
		double tStar = fa <= fb ? a : b;
		return new double[] { tStar, Math.min(fa, fb) };
	}

	private static void checkVariance(String name, double v) {
		if (!(v >= 0) || Double.isInfinite(v)) {
			throw new IllegalArgumentException(name + " must be a finite non-negative variance, was " + v);
		}
	}

	private static void checkTime(double t) {
		if (!(t >= 0)) {
			throw new IllegalArgumentException("time t/tau must be non-negative, was " + t);
		}
	}
}
