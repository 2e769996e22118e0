package org.plateau.core.sweep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.EAttribute;
import org.plateau.core.family.ExperimentException;
import org.plateau.core.family.ModelFamily;
import org.plateau.core.family.PreparedExperiment;
import org.plateau.core.family.TheoryPrediction;
import org.plateau.core.run.ExperimentRunner;
import org.plateau.core.run.PreparedRun;
import org.plateau.model.AxisSpacing;
import org.plateau.model.SweepSampling;
import org.plateau.model.Experiment;
import org.plateau.model.util.SweepAxes;

/**
 * The theory's statistics along the first axis of a sweep, for drawing as curves through the measured points:
 * evaluated at many values between the first and the last of a numeric axis (evenly, or evenly in the logarithm
 * for a log axis), and at the sweep's own values otherwise. One curve per group of settings that share the values
 * of the other axes. The theory is evaluated on the base experiment with the values set and the base seed, at the
 * steps a run records.
 */
final class SweepTheoryCurves {

	/**
	 * The theory along the first axis for one group.
	 *
	 * @param others the values of the other axes, or {@code null} for a curve through every setting (zip, random)
	 * @param x the first axis' values, as numbers
	 * @param statistics per value of x, the theory's statistics (columns as {@link RunStatistics})
	 */
	record Curve(List<Object> others, double[] x, List<Map<String, Double>> statistics) {

		/** One statistic along x; NaN where the theory has none. */
		double[] values(String column) {
			double[] y = new double[x.length];
			for (int i = 0; i < x.length; i++) {
				Double value = statistics.get(i).get(column);
				y[i] = value == null ? Double.NaN : value;
			}
			return y;
		}
	}

	private final List<Curve> curves;
	private final List<String> problems;

	private SweepTheoryCurves(List<Curve> curves, List<String> problems) {
		this.curves = List.copyOf(curves);
		this.problems = List.copyOf(problems);
	}

	/**
	 * Why the theory has no value at some settings (the gaps in its curves), one line per distinct reason with the
	 * first setting it stopped at, e.g. {@code "task.samples=400: the theory needs P != N"}.
	 */
	List<String> problems() {
		return problems;
	}

	/** The curves, one per group of the other axes' values. */
	List<Curve> curves() {
		return curves;
	}

	/**
	 * Evaluates the theory along the first axis.
	 *
	 * @param plan the sweep's plan
	 * @param family the family of its base experiment
	 * @param count how many values of a numeric first axis to evaluate at
	 * @param monitor progress; cancellation ends the evaluation early with what is done
	 */
	static SweepTheoryCurves evaluate(SweepPlan plan, ModelFamily family, int count, IProgressMonitor monitor) {
		if (plan.sweep().getSampling() != SweepSampling.GRID) {
			return atSettings(plan, family, monitor);
		}
		Map<List<Object>, Set<Object>> groups = new LinkedHashMap<>();
		for (SweepPoint point : plan.points()) {
			List<Object> values = point.values();
			groups.computeIfAbsent(values.subList(1, values.size()), others -> new LinkedHashSet<>()).add(values.get(0));
		}
		EAttribute attribute = plan.attributes().get(0);
		AxisSpacing spacing = plan.sweep().getAxes().get(0).getSpacing();
		SubMonitor progress = SubMonitor.convert(monitor, "Theory along " + plan.axisPaths().get(0), groups.size());
		long seed = plan.sweep().getBase().getSeed();
		List<Curve> curves = new ArrayList<>();
		Map<String, String> problems = new LinkedHashMap<>();
		for (Map.Entry<List<Object>, Set<Object>> group : groups.entrySet()) {
			List<Object> xs = along(attribute, spacing, new ArrayList<>(group.getValue()), count);
			SubMonitor groupProgress = progress.split(1).setWorkRemaining(xs.size());
			List<Double> x = new ArrayList<>();
			List<Map<String, Double>> statistics = new ArrayList<>();
			for (Object value : xs) {
				if (groupProgress.isCanceled()) {
					break;
				}
				List<Object> values = new ArrayList<>();
				values.add(value);
				values.addAll(group.getKey());
				Map<String, Double> point = theory(plan, values, seed, family, problems);
				if (!point.isEmpty()) {
					x.add(SweepAxes.numeric(value));
					statistics.add(point);
				}
				groupProgress.worked(1);
			}
			curves.add(new Curve(group.getKey(), x.stream().mapToDouble(Double::doubleValue).toArray(), statistics));
		}
		return new SweepTheoryCurves(curves, lines(problems));
	}

	/**
	 * For zipped or random points, whose other axes change with the first: one curve through the theory at the
	 * sweep's own settings, in order of the first axis ({@link Curve#others()} is {@code null}: every setting).
	 */
	private static SweepTheoryCurves atSettings(SweepPlan plan, ModelFamily family, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, "Theory at the sweep's points", plan.settings());
		long seed = plan.sweep().getBase().getSeed();
		List<List<Object>> settings = new ArrayList<>();
		for (SweepPoint point : plan.points()) {
			if (!settings.contains(point.values())) {
				settings.add(point.values());
			}
		}
		settings.sort((a, b) -> Double.compare(SweepAxes.numeric(a.get(0)), SweepAxes.numeric(b.get(0))));
		List<Double> x = new ArrayList<>();
		List<Map<String, Double>> statistics = new ArrayList<>();
		Map<String, String> problems = new LinkedHashMap<>();
		for (List<Object> values : settings) {
			if (progress.isCanceled()) {
				break;
			}
			Map<String, Double> point = theory(plan, values, seed, family, problems);
			if (!point.isEmpty()) {
				x.add(SweepAxes.numeric(values.get(0)));
				statistics.add(point);
			}
			progress.worked(1);
		}
		return new SweepTheoryCurves(List.of(new Curve(null, x.stream().mapToDouble(Double::doubleValue).toArray(), statistics)),
				lines(problems));
	}

	/**
	 * The theory's statistics of the base experiment at one setting; empty when the family has no theory there, with
	 * the reason kept in {@code problems} (reason to the first setting it was given at).
	 */
	private static Map<String, Double> theory(SweepPlan plan, List<Object> values, long seed, ModelFamily family,
			Map<String, String> problems) {
		Experiment experiment = plan.experiment(values, seed);
		try {
			PreparedExperiment prepared = family.prepare(experiment);
			// a theory fitted to a run is drawn from the runs themselves, not at the settings alone
			List<TheoryPrediction> predictions = ExperimentRunner
					.selectedTheory(new PreparedRun(experiment, family, prepared)).stream()
					.filter(prediction -> !prediction.needsTheRun()).toList();
			long[] steps = ExperimentRunner.plannedSteps(experiment.getTraining());
			return RunStatistics.ofTheory(predictions, steps, prepared.plots());
		} catch (ExperimentException | RuntimeException e) {
			// a value where the theory does not apply leaves a gap in the curve, and says why
			String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
			List<String> setting = new ArrayList<>();
			for (int a = 0; a < values.size(); a++) {
				setting.add(plan.axisPaths().get(a) + "=" + plan.format(a, values.get(a)));
			}
			problems.putIfAbsent(reason, String.join(", ", setting));
			return Map.of();
		}
	}

	private static List<String> lines(Map<String, String> problems) {
		List<String> lines = new ArrayList<>();
		problems.forEach((reason, setting) -> lines.add(setting + ": " + reason));
		return lines;
	}

	/** The values of the first axis to evaluate at: many between its ends when numeric, its own otherwise. */
	private static List<Object> along(EAttribute attribute, AxisSpacing spacing, List<Object> own, int count) {
		if (!SweepAxes.isNumeric(attribute) || own.size() < 2) {
			return own;
		}
		double min = own.stream().mapToDouble(SweepAxes::numeric).min().orElseThrow();
		double max = own.stream().mapToDouble(SweepAxes::numeric).max().orElseThrow();
		boolean log = spacing == AxisSpacing.LOG && min > 0;
		Set<Object> values = new LinkedHashSet<>();
		for (int i = 0; i < count; i++) {
			double fraction = (double) i / (count - 1);
			double x = log ? Math.exp(Math.log(min) + fraction * (Math.log(max) - Math.log(min)))
					: min + fraction * (max - min);
			values.add(SweepAxes.convert(attribute, x));
		}
		// the sweep's own values too, so that the curve passes exactly where the points are
		values.addAll(own);
		List<Object> sorted = new ArrayList<>(values);
		sorted.sort((a, b) -> Double.compare(SweepAxes.numeric(a), SweepAxes.numeric(b)));
		return sorted;
	}
}
