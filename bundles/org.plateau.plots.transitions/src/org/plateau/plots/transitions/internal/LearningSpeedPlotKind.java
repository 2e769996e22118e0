package org.plateau.plots.transitions.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.widgets.Composite;
import org.plateau.core.family.PlotDescriptor;
import org.plateau.core.run.RunResult;
import org.plateau.ui.plots.Curve;
import org.plateau.ui.plots.CurvesPlot;
import org.plateau.ui.plots.Plot;
import org.plateau.ui.plots.PlotContext;
import org.plateau.ui.plots.PlotKind;
import org.plateau.ui.plots.TheoryOverlay;

/**
 * The speed of learning: for every curves plot of a run (but a plot of the loss alone), the time derivative of each
 * simulated and predicted curve. The stage-like transitions of deep linear networks (Saxe et al. 2014) show as one
 * peak per mode, at the time the mode is learned; theory dashed over simulation as in the plot it derives from.
 * An example of a plot kind contributed from outside the workbench (see the bundle's README).
 */
public final class LearningSpeedPlotKind implements PlotKind {

	/** The prefix of the derived plots' ids. */
	public static final String ID_PREFIX = "speed-";

	@Override
	public List<PlotDescriptor> plotsFor(RunResult run) {
		List<PlotDescriptor> plots = new ArrayList<>();
		for (PlotDescriptor plot : run.plots() == null ? List.<PlotDescriptor>of() : run.plots()) {
			if (!plot.kind().equals(PlotDescriptor.CURVES) || plot.metricIds().isEmpty()
					|| plot.metricIds().equals(List.of("loss"))) {
				continue;
			}
			String title = plot.title() == null ? plot.id() : plot.title();
			plots.add(PlotDescriptor.curves(ID_PREFIX + plot.id(), "Learning speed d/dt of: " + title, plot.xLabel(),
					plot.timeScale(), "d/dt", false, plot.metricIds()));
		}
		return plots;
	}

	@Override
	public Plot create(Composite parent, PlotDescriptor plot, PlotContext context) {
		// the derived plot has the original's metrics, so the standard curves are the original ones, each run on the
		// time scale of its own original plot
		PlotDescriptor original = PlotDescriptor.curves(plot.id().substring(ID_PREFIX.length()), plot.title(),
				plot.xLabel(), plot.timeScale(), plot.yLabel(), false, plot.metricIds());
		return new CurvesPlot(parent, plot, context, runs -> TheoryOverlay.curves(original, runs, context.theme())
				.stream().map(LearningSpeedPlotKind::speed).toList());
	}

	/** The time derivative of a curve, same points, same colour and dashes. */
	public static Curve speed(Curve curve) {
		return new Curve(curve.run(), curve.series(), curve.source(), curve.steps(), curve.times(),
				derivative(curve.times(), curve.values()), curve.colour(), curve.dashed());
	}

	/**
	 * The derivative dv/dt at every point by three-point finite differences, which allow uneven spacing: centred
	 * inside ({@code (v[i+1] - v[i-1]) / (2h)} on an even grid), one-sided of second order at both ends, so that the
	 * result is exact for quadratics. A point whose neighbours share its time gets NaN (not drawn); fewer than two
	 * points give NaN, two points the slope of the chord.
	 */
	public static double[] derivative(double[] t, double[] v) {
		int n = t.length;
		double[] d = new double[n];
		if (n < 2) {
			Arrays.fill(d, Double.NaN);
			return d;
		}
		if (n == 2) {
			double slope = (v[1] - v[0]) / (t[1] - t[0]);
			d[0] = slope;
			d[1] = slope;
			return d;
		}
		for (int i = 1; i < n - 1; i++) {
			double h1 = t[i] - t[i - 1];
			double h2 = t[i + 1] - t[i];
			// three-point Lagrange derivative at the middle node
			d[i] = -h2 / (h1 * (h1 + h2)) * v[i - 1] + (h2 - h1) / (h1 * h2) * v[i] + h1 / (h2 * (h1 + h2)) * v[i + 1];
		}
		double h1 = t[1] - t[0];
		double h2 = t[2] - t[1];
		d[0] = -(2 * h1 + h2) / (h1 * (h1 + h2)) * v[0] + (h1 + h2) / (h1 * h2) * v[1] - h1 / (h2 * (h1 + h2)) * v[2];
		h1 = t[n - 2] - t[n - 3];
		h2 = t[n - 1] - t[n - 2];
		d[n - 1] = h2 / (h1 * (h1 + h2)) * v[n - 3] - (h1 + h2) / (h1 * h2) * v[n - 2]
				+ (2 * h2 + h1) / (h2 * (h1 + h2)) * v[n - 1];
		for (int i = 0; i < n; i++) {
			if (!Double.isFinite(d[i])) {
				d[i] = Double.NaN;
			}
		}
		return d;
	}
}
