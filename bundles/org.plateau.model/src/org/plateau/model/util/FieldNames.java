package org.plateau.model.util;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The names of an experiment's fields as users read them on axes, in legends and on forms, instead of the features'
 * Java names or a sweep's feature paths: "learning rate η" for {@code training.learningRate}, "samples P" for
 * {@code task.samples}. A model (the shared one or a family's) gives a field its name in the paper's vocabulary with
 * an annotation on the feature,
 *
 * <pre>
 * &lt;eAnnotations source="http://www.plateau.org/display"&gt;&lt;details key="name" value="samples P"/&gt;&lt;/eAnnotations&gt;
 * </pre>
 *
 * and a field without one is named by the words of its Java name ("hiddenWidth" → "hidden width").
 */
public final class FieldNames {

	/** The source of the annotations that name fields. */
	public static final String ANNOTATION_SOURCE = "http://www.plateau.org/display";

	/** The key of a field's name in its annotation. */
	public static final String NAME_KEY = "name";

	private FieldNames() {
	}

	/** The field's name in lower case as a phrase reads it, e.g. "learning rate η" or "hidden width". */
	public static String of(EStructuralFeature feature) {
		String name = EcoreUtil.getAnnotation(feature, ANNOTATION_SOURCE, NAME_KEY);
		return name != null && !name.isBlank() ? name : words(feature.getName());
	}

	/** The field's name as a form's label or an axis title starts it, e.g. "Learning rate η". */
	public static String capitalised(EStructuralFeature feature) {
		return capitalise(of(feature));
	}

	/** The first letter in upper case: "learning rate η" → "Learning rate η". */
	public static String capitalise(String name) {
		return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
	}

	/** Splits a camel-case name into lower-case words: "learningRate" → "learning rate", "a0" → "a0". */
	public static String words(String camelCase) {
		StringBuilder words = new StringBuilder();
		for (int i = 0; i < camelCase.length(); i++) {
			char c = camelCase.charAt(i);
			if (i > 0 && Character.isUpperCase(c) && !Character.isUpperCase(camelCase.charAt(i - 1))) {
				words.append(' ').append(Character.toLowerCase(c));
			} else {
				words.append(c);
			}
		}
		return words.toString();
	}
}
