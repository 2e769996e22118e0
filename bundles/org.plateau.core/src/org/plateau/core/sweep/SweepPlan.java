package org.plateau.core.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.plateau.core.family.ExperimentException;
import org.plateau.core.run.ExperimentRunner;
import org.plateau.model.AxisSpacing;
import org.plateau.model.Experiment;
import org.plateau.model.Sweep;
import org.plateau.model.SweepAxis;
import org.plateau.model.SweepSampling;
import org.plateau.model.util.SweepAxes;
import org.plateau.model.util.PlateauValidator;
import org.plateau.model.util.Texts;

/**
 * The points of a sweep: every combination of its axes' values (grid), their values taken together (zip), or random
 * draws from them, each repeated
 * with seeds base seed + 0, 1, ... A plan is made from a valid sweep only, so that every point is a valid
 * experiment.
 */
public final class SweepPlan {

	/** The most points a sweep may have ({@link #checkSize}). */
	public static final int MAX_POINTS = 1_000_000;

	private final Sweep sweep;
	private final List<String> axisPaths = new ArrayList<>();
	private final List<EAttribute> attributes = new ArrayList<>();
	private final List<List<Object>> axisValues = new ArrayList<>();
	private final List<SweepPoint> points = new ArrayList<>();
	private int settings;

	private SweepPlan(Sweep sweep) {
		this.sweep = sweep;
	}

	/**
	 * Plans a sweep.
	 *
	 * @param sweep the sweep, whose base experiment is loaded
	 * @return the plan
	 * @throws ExperimentException listing every problem of the sweep and of its base experiment, one per line, each
	 *         naming the axis or field and the value at fault
	 */
	public static SweepPlan of(Sweep sweep) throws ExperimentException {
		// the size first: validating ten million axis values would not answer
		checkSize(sweep);
		validate(sweep);
		SweepPlan plan = new SweepPlan(sweep);
		Experiment base = sweep.getBase();
		for (SweepAxis axis : sweep.getAxes()) {
			String path = axis.getFeaturePath().strip();
			EAttribute attribute = SweepAxes.attribute(base, path);
			plan.axisPaths.add(path);
			plan.attributes.add(attribute);
			plan.axisValues.add(SweepAxes.values(axis, attribute));
		}
		if (sweep.getSampling() == SweepSampling.RANDOM) {
			SplittableRandom random = new SplittableRandom(sweep.getSeed());
			for (int s = 0; s < sweep.getSamples(); s++) {
				List<Object> values = new ArrayList<>();
				for (int a = 0; a < sweep.getAxes().size(); a++) {
					values.add(plan.draw(sweep.getAxes().get(a), a, random));
				}
				plan.addSetting(values);
			}
		} else if (sweep.getSampling() == SweepSampling.ZIP) {
			int count = plan.axisValues.stream().mapToInt(List::size).max().orElse(0);
			for (int i = 0; i < count; i++) {
				List<Object> values = new ArrayList<>();
				for (List<Object> axis : plan.axisValues) {
					// an axis of one value holds at every point
					values.add(axis.get(axis.size() == 1 ? 0 : i));
				}
				plan.addSetting(values);
			}
		} else {
			plan.addGrid(new ArrayList<>(), 0);
		}
		return plan;
	}

	/**
	 * Refuses, before any point is made, a sweep of more than {@link #MAX_POINTS} points, naming its axes and their
	 * sizes (each point holds an experiment in memory and a folder on disk).
	 *
	 * @throws ExperimentException naming the axes, their number of values and the repetitions
	 */
	public static void checkSize(Sweep sweep) throws ExperimentException {
		List<String> sizes = new ArrayList<>();
		double settings = sweep.getSampling() == SweepSampling.GRID ? 1 : 0;
		for (SweepAxis axis : sweep.getAxes()) {
			long count = axis.getSpacing() == AxisSpacing.LIST ? axis.getValues().size() : Math.max(0, axis.getCount());
			sizes.add((axis.getFeaturePath() == null ? "an axis without featurePath" : axis.getFeaturePath().strip()) + ": "
					+ count + " values");
			settings = switch (sweep.getSampling()) {
				case GRID -> settings * count;
				case ZIP -> Math.max(settings, count);
				case RANDOM -> sweep.getSamples();
			};
		}
		if (sweep.getSampling() == SweepSampling.RANDOM) {
			sizes.add("samples: " + sweep.getSamples());
			settings = sweep.getSamples();
		}
		double points = settings * Math.max(1, sweep.getRepetitions());
		if (points > MAX_POINTS) {
			throw new ExperimentException(String.format(java.util.Locale.ROOT,
					"Sweep '%s' has %.3g points (%s, %s %d), more than the %d a sweep may have: use fewer values or "
							+ "repetitions, or split it into several sweeps",
					sweep.getName(), points, String.join(" x ", sizes), "repetitions", sweep.getRepetitions(), MAX_POINTS));
		}
	}

	/**
	 * Checks a sweep and its base experiment.
	 *
	 * @throws ExperimentException listing every error, one per line
	 */
	public static void validate(Sweep sweep) throws ExperimentException {
		BasicDiagnostic diagnostic = Diagnostician.INSTANCE.createDefaultDiagnostic(sweep);
		Diagnostician.INSTANCE.validate(sweep, diagnostic, PlateauValidator.context());
		List<String> lines = new ArrayList<>();
		collectErrors(diagnostic, lines);
		Experiment base = sweep.getBase();
		if (base != null && !base.eIsProxy()) {
			try {
				ExperimentRunner.validate(base);
			} catch (ExperimentException e) {
				lines.add(baseName(sweep) + ": " + e.getMessage().replace("\n", "\n  "));
			}
		}
		if (!lines.isEmpty()) {
			String name = sweep.getName() == null || sweep.getName().isBlank() ? ""
					: " '" + Texts.printable(sweep.getName()) + "'";
			throw new ExperimentException("Sweep" + name + " is not valid:\n  - " + String.join("\n  - ", lines));
		}
	}

	/** "base relax.plateau": the base experiment by its file, as messages name it. */
	public static String baseName(Sweep sweep) {
		Experiment base = sweep.getBase();
		if (base != null && base.eResource() != null && base.eResource().getURI() != null) {
			return "base " + base.eResource().getURI().lastSegment();
		}
		return "base";
	}

	private static void collectErrors(Diagnostic diagnostic, List<String> lines) {
		if (diagnostic.getChildren().isEmpty()) {
			if (diagnostic.getSeverity() >= Diagnostic.ERROR && !lines.contains(diagnostic.getMessage())) {
				lines.add(diagnostic.getMessage());
			}
			return;
		}
		for (Diagnostic child : diagnostic.getChildren()) {
			collectErrors(child, lines);
		}
	}

	private Object draw(SweepAxis axis, int a, SplittableRandom random) {
		if (axis.getSpacing() == AxisSpacing.LIST) {
			List<Object> values = axisValues.get(a);
			return values.get(random.nextInt(values.size()));
		}
		return SweepAxes.convert(attributes.get(a), SweepAxes.between(axis, random.nextDouble()));
	}

	private void addGrid(List<Object> prefix, int axis) {
		if (axis == axisValues.size()) {
			addSetting(prefix);
			return;
		}
		for (Object value : axisValues.get(axis)) {
			prefix.add(value);
			addGrid(prefix, axis + 1);
			prefix.remove(prefix.size() - 1);
		}
	}

	private void addSetting(List<Object> values) {
		int setting = settings++;
		for (int r = 0; r < sweep.getRepetitions(); r++) {
			int index = points.size();
			long seed = sweep.getBase().getSeed() + r;
			Experiment experiment = experiment(values, seed);
			experiment.setName(baseName() + "-" + SweepPoint.id(index));
			points.add(new SweepPoint(index, setting, r, seed, values, experiment));
		}
	}

	/**
	 * A copy of the base experiment with the axes set to the given values and the given seed, without its runs.
	 *
	 * @param values one value per axis, of the attributes' types
	 * @param seed the seed
	 */
	public Experiment experiment(List<Object> values, long seed) {
		Experiment experiment = EcoreUtil.copy(sweep.getBase());
		experiment.getRuns().clear();
		experiment.setSeed(seed);
		for (int a = 0; a < axisPaths.size(); a++) {
			SweepAxes.apply(experiment, axisPaths.get(a), values.get(a));
		}
		return experiment;
	}

	private String baseName() {
		String name = sweep.getBase().getName();
		return name == null || name.isBlank() ? "point" : name;
	}

	/** The sweep planned. */
	public Sweep sweep() {
		return sweep;
	}

	/** The feature path of each axis, in order. */
	public List<String> axisPaths() {
		return List.copyOf(axisPaths);
	}

	/** The attribute each axis sets, in order. */
	public List<EAttribute> attributes() {
		return List.copyOf(attributes);
	}

	/** The values each axis gives (for a grid: every value; for random sampling of a range: its grid values). */
	public List<List<Object>> axisValues() {
		return List.copyOf(axisValues);
	}

	/** Every point, in index order. */
	public List<SweepPoint> points() {
		return List.copyOf(points);
	}

	/** Number of settings of the axes' values (points without their repetitions). */
	public int settings() {
		return settings;
	}

	/** A value of an axis as written in files, e.g. {@code 200} or {@code SUM}. */
	public String format(int axis, Object value) {
		return SweepAxes.format(attributes.get(axis), value);
	}
}
