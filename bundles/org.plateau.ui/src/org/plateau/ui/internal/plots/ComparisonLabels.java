package org.plateau.ui.internal.plots;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.plateau.core.figures.NumberLabels;
import org.plateau.model.Experiment;
import org.plateau.model.PlateauPackage;
import org.plateau.model.util.FieldNames;

/**
 * Names compared runs by what differs between them, as a researcher would: {@code "η = 0.02"} against
 * {@code "η = 0.01"}, or {@code "initialisation = small gaussian initialisation"}, rather than by the time each
 * started. Runs whose settings are the same keep their own labels.
 */
final class ComparisonLabels {

	/** At most this many differing settings in one label. */
	private static final int MAX_SETTINGS = 3;

	private ComparisonLabels() {
	}

	/**
	 * Labels for runs of these experiments.
	 *
	 * @param experiments the runs' experiments, in order
	 * @param fallback the runs' own labels, used where settings do not tell the runs apart
	 * @return one label per run
	 */
	static List<String> of(List<Experiment> experiments, List<String> fallback) {
		return of(experiments, fallback, java.util.Collections.nCopies(experiments.size(), null));
	}

	/**
	 * Labels for runs of these experiments, some of which are means over seeds.
	 *
	 * @param seeds for a run that is a mean over seeds, what stands for its seed (e.g. "mean of 3"); {@code null} for a
	 *        run of its own experiment's seed
	 */
	static List<String> of(List<Experiment> experiments, List<String> fallback, List<String> seeds) {
		if (experiments.size() < 2) {
			return fallback;
		}
		List<Map<String, String>> settings = new ArrayList<>();
		List<Map<String, String>> displays = new ArrayList<>();
		for (int r = 0; r < experiments.size(); r++) {
			Map<String, String> values = new LinkedHashMap<>();
			Map<String, String> shown = new LinkedHashMap<>();
			flatten(experiments.get(r), "", values, shown);
			if (seeds.get(r) != null) {
				values.put(PlateauPackage.Literals.EXPERIMENT__SEED.getName(), seeds.get(r));
				shown.put(PlateauPackage.Literals.EXPERIMENT__SEED.getName(), seeds.get(r));
			}
			settings.add(values);
			displays.add(shown);
		}
		Set<String> keys = new LinkedHashSet<>();
		settings.forEach(s -> keys.addAll(s.keySet()));
		List<String> differing = new ArrayList<>();
		for (String key : keys) {
			String first = settings.get(0).get(key);
			for (Map<String, String> s : settings) {
				if (!java.util.Objects.equals(first, s.get(key))) {
					differing.add(key);
					break;
				}
			}
		}
		if (differing.isEmpty()) {
			return fallback;
		}
		List<String> shown = differing.subList(0, Math.min(MAX_SETTINGS, differing.size()));
		// each setting by the paper's symbol ("η = 0.02"), or by its name where two would share a symbol
		Map<String, String> names = new LinkedHashMap<>();
		for (String key : shown) {
			names.put(key, name(experiments, key, true));
		}
		if (new java.util.HashSet<>(names.values()).size() < names.size()) {
			names.replaceAll((key, symbol) -> name(experiments, key, false));
		}
		List<String> labels = new ArrayList<>();
		for (int r = 0; r < experiments.size(); r++) {
			List<String> parts = new ArrayList<>();
			for (String key : shown) {
				String value = displays.get(r).get(key);
				parts.add(names.get(key) + " = " + (value == null ? "—" : value));
			}
			labels.add(String.join(", ", parts));
		}
		// same settings (e.g. the same experiment run twice): keep the runs apart by their own labels
		for (int r = 0; r < labels.size(); r++) {
			if (labels.indexOf(labels.get(r)) != labels.lastIndexOf(labels.get(r))) {
				labels.set(r, labels.get(r) + " · " + fallback.get(r));
			}
		}
		return labels;
	}

	/**
	 * A setting's name in a legend: its symbol ("η") or its name ("learning rate η") as the model's display names give
	 * them; the last part of its path when no experiment has the feature.
	 */
	private static String name(List<Experiment> experiments, String key, boolean symbol) {
		for (Experiment experiment : experiments) {
			EStructuralFeature feature = feature(experiment, key);
			if (feature != null) {
				return symbol ? FieldNames.symbol(feature) : FieldNames.of(feature);
			}
		}
		int dot = key.lastIndexOf('.');
		return dot < 0 ? key : key.substring(dot + 1);
	}

	/** The feature a flattened key names in an experiment ("training.learningRate"), or {@code null}. */
	private static EStructuralFeature feature(EObject object, String key) {
		String[] parts = key.split("\\.");
		EObject owner = object;
		for (int i = 0; i < parts.length; i++) {
			EStructuralFeature feature = owner.eClass().getEStructuralFeature(parts[i]);
			if (feature == null) {
				return null;
			}
			if (i == parts.length - 1) {
				return feature;
			}
			if (!(owner.eGet(feature) instanceof EObject child)) {
				return null;
			}
			owner = child;
		}
		return null;
	}

	/** A value as a legend writes it: numbers to six digits ("0.0005", not 5.0E-4), choices in words. */
	private static String format(EAttribute attribute, Object value) {
		if (value instanceof Double || value instanceof Float) {
			return NumberLabels.sixDigits(((Number) value).doubleValue());
		}
		// a list (e.g. the singular values of a task) as the model lists it
		return value == null ? "null" : attribute.isMany() ? String.valueOf(value) : FieldNames.valueOf(attribute, value);
	}

	/** The settings of an object as path → value; a contained part also records its type. */
	private static void flatten(EObject object, String path, Map<String, String> values, Map<String, String> shown) {
		for (EAttribute attribute : object.eClass().getEAllAttributes()) {
			if (attribute == PlateauPackage.Literals.EXPERIMENT__NAME
					|| attribute == PlateauPackage.Literals.EXPERIMENT__NOTES) {
				continue;
			}
			Object value = object.eGet(attribute);
			// compared as the model writes it (every digit), shown as a legend writes it
			values.put(path + attribute.getName(), String.valueOf(value));
			shown.put(path + attribute.getName(), format(attribute, value));
		}
		for (EReference reference : object.eClass().getEAllContainments()) {
			if (reference == PlateauPackage.Literals.EXPERIMENT__RUNS || reference.isMany()) {
				continue;
			}
			Object child = object.eGet(reference);
			if (child instanceof EObject part) {
				values.put(path + reference.getName(), part.eClass().getName());
				shown.put(path + reference.getName(), FieldNames.words(part.eClass().getName()));
				flatten(part, path + reference.getName() + ".", values, shown);
			} else {
				values.put(path + reference.getName(), "none");
				shown.put(path + reference.getName(), "none");
			}
		}
	}
}
