package org.plateau.family.rnn.internal;

import java.util.Arrays;
import java.util.List;

import org.plateau.core.family.TheoryPrediction;
import org.plateau.family.rnn.theory.TwoPointFit;
import org.plateau.family.rnn.theory.TwoPointTheory;

/**
 * The local interaction model of a pair of strings of an RNN run (van Rossem &amp; Saxe 2025, eqs 13-15 with eq 5 and
 * the merger criterion of eq 9 / eqs 24-25): the 3-scalar ODE in ||dh||^2, &lt;||dy_i||^2&gt;, &lt;w_i&gt; integrated from
 * the pair's first record (for an agreeing pair, from the peak of ||dh||^2: {@link #fitWindow}), with its two effective
 * rates fitted to the run's own pair measurements by least squares (the authors' optimize_eta; an RNN's rates have no
 * closed form). In the 2025 notation the fitted eta_h is
 * 1/(2 tau_h) (dx2 = 1 absorbed) and eta_y is 1/(2 N tau_y).
 */
final class StringPairPrediction implements TheoryPrediction {

	/** At most this many records go into the fit. */
	private static final int FIT_SAMPLES = 400;

	private final SequenceSetup setup;
	private Fitted fitted;

	private record Fitted(RecordedTrajectory source, int size, double[][] sampled, TwoPointTheory theory,
			double relativeError) {
	}

	StringPairPrediction(SequenceSetup setup) {
		this.setup = setup;
	}

	private synchronized Fitted fitted(long lastStep) {
		RecordedTrajectory trajectory = setup.pairTrajectoryTo(lastStep);
		if (fitted != null && fitted.source == trajectory && fitted.size == trajectory.size()) {
			return fitted;
		}
		double[][] s = fitWindow(trajectory.sampled(FIT_SAMPLES), setup.pair.targetDistance());
		if (s[0].length < 3) {
			throw new IllegalStateException("the run analysed the pair at " + s[0].length + " records; the fit of the "
					+ "effective rates needs at least 3 (lower analysisEvery or train longer)");
		}
		TwoPointFit fit = new TwoPointFit(s[0], s[1], s[2], s[3], 1, setup.pair.targetDistance());
		TwoPointTheory theory = fit.fitRates();
		fitted = new Fitted(trajectory, trajectory.size(), s, theory, fit.relativeError(theory));
		return fitted;
	}

	/**
	 * The records the local model describes. For an agreeing pair (dy2 = 0, so w = y &gt;= 0) its flow can only shrink
	 * ||dh||^2 (d||dh||^2/dt = -eta_h w): the growth while the strings are memorised is driven by the other strings,
	 * outside the pair's model. The fit then starts at the peak of ||dh||^2, where the pair's merging phase begins
	 * (when the peak is not among the last three records); a disagreeing pair is fitted from the start.
	 */
	static double[][] fitWindow(double[][] sampled, double targetDistance) {
		int n = sampled[0].length;
		if (targetDistance != 0 || n < 4) {
			return sampled;
		}
		int peak = 0;
		for (int i = 1; i < n; i++) {
			if (sampled[1][i] > sampled[1][peak]) {
				peak = i;
			}
		}
		if (peak == 0 || peak > n - 4) {
			return sampled;
		}
		double[][] window = new double[sampled.length][];
		for (int k = 0; k < sampled.length; k++) {
			window[k] = Arrays.copyOfRange(sampled[k], peak, n);
		}
		return window;
	}

	@Override
	public String id() {
		return "pair-interaction-ode";
	}

	@Override
	public String label() {
		return "local interaction model of the pair, rates fitted to the run (van Rossem & Saxe 2025)";
	}

	@Override
	public boolean needsTheRun() {
		return true;
	}

	@Override
	public String description() {
		Fitted f;
		synchronized (this) {
			f = fitted;
		}
		String pair = "'" + setup.pair.first + "', '" + setup.pair.second + "' (" + setup.pair.continuations()
				+ " common continuations, <||y*_2 - y*_1||^2> = " + setup.pair.targetDistance() + ")";
		String approximate = "eq 5 is exact only for 1-D representations; h here lives in "
				+ setup.network.getHiddenUnits() + " dimensions, so it is approximate";
		if (f == null) {
			return "the 3-scalar ODE of the pair " + pair + ", with its two effective rates fitted by least squares to "
					+ "the run's own pair measurements; " + approximate;
		}
		TwoPointTheory t = f.theory;
		double h0 = f.sampled[1][0];
		double y0 = f.sampled[2][0];
		String criterion = t.mergerCriterion(h0, y0) ? "the pair merges (A_low = 0 and A_high < 0)"
				: t.aLow() == 0 ? "the pair agrees on every future output but A_high >= 0: it stays apart at A_high"
						: "the pair disagrees on a future output (A_low > 0): it stays apart";
		String from = f.sampled[0][0] == 0 ? "from its first record"
				: String.format("from epoch %.0f, the peak of ||dh||^2 where an agreeing pair's merging phase begins (its "
						+ "flow can only shrink ||dh||^2; the growth before is driven by the other strings)", f.sampled[0][0]);
		return String.format("the 3-scalar ODE of the pair %s " + from + "; fitted per epoch: eta_h = %.6g, "
				+ "eta_y = %.6g; rms misfit %.3g of the range; merger criterion (eq 9, eqs 24-25): %s; A_high = %.6g, "
				+ "A_low = %.6g, final distance eq 5 = %.6g; %s", pair, t.etaH(), t.etaY(), f.relativeError, criterion,
				t.aHigh(h0, y0), t.aLow(), t.finalDistance(h0, y0), approximate);
	}

	@Override
	public List<String> metricIds() {
		return List.of(SequenceSetup.PAIR_DISTANCE, SequenceSetup.PAIR_PREDICTION, SequenceSetup.PAIR_ALIGNMENT);
	}

	@Override
	public double[][] predict(long[] steps) {
		long last = 0;
		for (long step : steps) {
			last = Math.max(last, step);
		}
		Fitted f = fitted(last);
		// before the fit's window the model says nothing: no value there
		return f.theory.trajectoryAtSteps((long) f.sampled[0][0], f.sampled[1][0], f.sampled[2][0], f.sampled[3][0],
				steps);
	}

	@Override
	public double limit(String metricId) {
		if (!SequenceSetup.PAIR_DISTANCE.equals(metricId)) {
			return Double.NaN;
		}
		Fitted f = fitted(Math.max(1, setup.pairLastStep()));
		return f.theory.finalDistance(f.sampled[1][0], f.sampled[2][0]);
	}
}
