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
import org.plateau.model.Experiment;
import org.plateau.model.PlateauPackage;

/**
 * Names compared runs by what differs between them, as a researcher would: {@code "learningRate=0.02"} against
 * {@code "learningRate=0.01"}, or {@code "initialisation=SmallGaussianInitialisation"}, rather than by the time each
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
		if (experiments.size() < 2) {
			return fallback;
		}
		List<Map<String, String>> settings = new ArrayList<>();
		for (Experiment experiment : experiments) {
			Map<String, String> values = new LinkedHashMap<>();
			flatten(experiment, "", values);
			settings.add(values);
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
		List<String> labels = new ArrayList<>();
		for (int r = 0; r < experiments.size(); r++) {
			List<String> parts = new ArrayList<>();
			for (String key : differing.subList(0, Math.min(MAX_SETTINGS, differing.size()))) {
				String value = settings.get(r).get(key);
				parts.add(shortKey(key) + "=" + (value == null ? "—" : value));
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

	/** "training.learningRate" → "learningRate"; a replaced part keeps its path ("initialisation"). */
	private static String shortKey(String key) {
		int dot = key.lastIndexOf('.');
		return dot < 0 ? key : key.substring(dot + 1);
	}

	/** The settings of an object as path → value; a contained part also records its type. */
	private static void flatten(EObject object, String path, Map<String, String> values) {
		for (EAttribute attribute : object.eClass().getEAllAttributes()) {
			if (attribute == PlateauPackage.Literals.EXPERIMENT__NAME
					|| attribute == PlateauPackage.Literals.EXPERIMENT__NOTES) {
				continue;
			}
			Object value = object.eGet(attribute);
			values.put(path + attribute.getName(), String.valueOf(value));
		}
		for (EReference reference : object.eClass().getEAllContainments()) {
			if (reference == PlateauPackage.Literals.EXPERIMENT__RUNS || reference.isMany()) {
				continue;
			}
			Object child = object.eGet(reference);
			if (child instanceof EObject part) {
				values.put(path + reference.getName(), part.eClass().getName());
				flatten(part, path + reference.getName() + ".", values);
			} else {
				values.put(path + reference.getName(), "none");
			}
		}
	}
}
