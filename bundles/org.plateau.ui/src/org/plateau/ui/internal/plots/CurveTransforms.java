package org.plateau.ui.internal.plots;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.graphics.RGB;
import org.plateau.ui.plots.Curve;

/**
 * What the Plots view's options do to curves before they are drawn: smoothing of noisy (SGD) simulations, the
 * residuals of a simulation against its theory, the symmetric log scale and the time range where the dynamics happen.
 * Pure functions of the curves, so that what is drawn can be checked against them.
 */
public final class CurveTransforms {

	private CurveTransforms() {
	}

	/**
	 * A simulated curve smoothed by an exponential moving average, debiased at the start (as TensorBoard smooths):
	 * s_i = (β s_{i-1} + (1 - β) v_i), divided by 1 - β^(i+1), with β = 1 - 1/w over a window of w = n/50 records
	 * (at least 1: no smoothing of a short curve). Non-finite values are carried through unsmoothed.
	 */
	public static Curve smoothed(Curve curve) {
		int n = curve.size();
		double window = Math.max(1, n / 50.0);
		double beta = 1 - 1 / window;
		double[] values = new double[n];
		double average = 0;
		double weight = 0;
		for (int i = 0; i < n; i++) {
			double v = curve.values()[i];
			if (!Double.isFinite(v)) {
				values[i] = v;
				continue;
			}
			average = beta * average + (1 - beta) * v;
			weight = beta * weight + (1 - beta);
			values[i] = average / weight;
		}
		return new Curve(curve.run(), curve.series(), curve.source(), curve.steps(), curve.times(), values, curve.colour(),
				curve.dashed());
	}

	/** A colour a share of the way to another (a faint copy of a line: towards the background). */
	public static RGB mix(RGB colour, RGB towards, double share) {
		return new RGB((int) Math.round(colour.red + share * (towards.red - colour.red)),
				(int) Math.round(colour.green + share * (towards.green - colour.green)),
				(int) Math.round(colour.blue + share * (towards.blue - colour.blue)));
	}

	/**
	 * The residuals simulation − theory: for every simulated curve and every theory curve of the same run and series,
	 * the difference at each recorded step of the simulation that the theory's steps span (the theory interpolated
	 * linearly in steps between its own). The residual curve keeps the theory's source and dash, the simulation's
	 * colour.
	 */
	public static List<Curve> residuals(List<Curve> curves) {
		List<Curve> residuals = new ArrayList<>();
		for (Curve simulation : curves) {
			if (!simulation.isSimulation()) {
				continue;
			}
			for (Curve theory : curves) {
				if (!theory.dashed() || theory.isStandardErrorBand() || !theory.run().equals(simulation.run())
						|| !theory.series().equals(simulation.series()) || theory.size() == 0) {
					continue;
				}
				long[] steps = new long[simulation.size()];
				double[] times = new double[simulation.size()];
				double[] values = new double[simulation.size()];
				int count = 0;
				for (int i = 0; i < simulation.size(); i++) {
					double predicted = at(theory, simulation.steps()[i]);
					if (Double.isNaN(predicted)) {
						continue;
					}
					steps[count] = simulation.steps()[i];
					times[count] = simulation.times()[i];
					values[count] = simulation.values()[i] - predicted;
					count++;
				}
				residuals.add(new Curve(simulation.run(), simulation.series(), theory.source(), Arrays.copyOf(steps, count),
						Arrays.copyOf(times, count), Arrays.copyOf(values, count), simulation.colour(), true));
			}
		}
		return residuals;
	}

	/** A curve's value at a step, linear between its steps; NaN outside them. */
	static double at(Curve curve, long step) {
		long[] steps = curve.steps();
		int found = Arrays.binarySearch(steps, step);
		if (found >= 0) {
			return curve.values()[found];
		}
		int after = -found - 1;
		if (after == 0 || after == steps.length) {
			return Double.NaN;
		}
		double f = (double) (step - steps[after - 1]) / (steps[after] - steps[after - 1]);
		return curve.values()[after - 1] + f * (curve.values()[after] - curve.values()[after - 1]);
	}

	/**
	 * The symmetric log scale of matplotlib's {@code symlog} (base 10, linear width one decade): y / c inside
	 * [-c, c], sign(y) (1 + log10(|y| / c)) outside, so that the integers ±k are ±c·10^(k-1) and the scale is linear
	 * around 0.
	 */
	public static double symlog(double y, double c) {
		double a = Math.abs(y);
		return a <= c ? y / c : Math.signum(y) * (1 + Math.log10(a / c));
	}

	/** The inverse of {@link #symlog}. */
	public static double symexp(double t, double c) {
		double a = Math.abs(t);
		return a <= 1 ? t * c : Math.signum(t) * c * Math.pow(10, a - 1);
	}

	/**
	 * The linear threshold c of the symmetric log scale for curves: the power of ten at or below the smallest
	 * magnitude that is not 0, but no further than six decades below the largest (so that values near 0 stay linear).
	 */
	public static double symlogThreshold(List<Curve> curves) {
		double largest = 0;
		double smallest = Double.POSITIVE_INFINITY;
		for (Curve curve : curves) {
			for (double v : curve.values()) {
				double a = Math.abs(v);
				if (Double.isFinite(a) && a > 0) {
					largest = Math.max(largest, a);
					smallest = Math.min(smallest, a);
				}
			}
		}
		if (!(largest > 0)) {
			return 1;
		}
		double floor = Math.max(smallest, largest * 1e-6);
		return Math.pow(10, Math.floor(Math.log10(floor)));
	}

	/**
	 * Where the dynamics end: the earliest time after which every simulated curve (every curve when there is no
	 * simulation) stays within 1% of its range of its last value; on a log axis, of its range in decades, so that a
	 * loss still falling by decades has not settled. The last time when it never settles.
	 */
	public static double dynamicsEnd(List<Curve> curves, boolean log) {
		boolean anySimulation = curves.stream().anyMatch(Curve::isSimulation);
		double end = Double.NEGATIVE_INFINITY;
		double last = Double.NEGATIVE_INFINITY;
		for (Curve curve : curves) {
			if (anySimulation && !curve.isSimulation() || curve.isStandardErrorBand() || curve.size() < 2) {
				continue;
			}
			double[] values = curve.values();
			if (log) {
				values = new double[curve.size()];
				for (int i = 0; i < values.length; i++) {
					values[i] = curve.values()[i] > 0 ? Math.log10(curve.values()[i]) : Double.NaN;
				}
			}
			double min = Double.POSITIVE_INFINITY;
			double max = Double.NEGATIVE_INFINITY;
			for (double v : values) {
				if (Double.isFinite(v)) {
					min = Math.min(min, v);
					max = Math.max(max, v);
				}
			}
			int n = curve.size();
			last = Math.max(last, curve.times()[n - 1]);
			double finalValue = values[n - 1];
			if (!(max > min) || !Double.isFinite(finalValue)) {
				continue;
			}
			double tolerance = 0.01 * (max - min);
			int settled = n - 1;
			while (settled > 0 && Math.abs(values[settled - 1] - finalValue) <= tolerance) {
				settled--;
			}
			end = Math.max(end, curve.times()[settled]);
		}
		return Double.isFinite(end) ? end : last;
	}
}
