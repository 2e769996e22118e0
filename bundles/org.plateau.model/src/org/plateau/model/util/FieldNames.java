package org.plateau.model.util;

import java.util.Locale;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
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

	/**
	 * The symbol the paper writes for the field, for a short legend: the last word of its name when that is a symbol (a
	 * letter alone, or a letter followed by a Greek letter, subscript, digit or underscore): "η" for "learning rate η", "N_h" for
	 * "hidden width N_h", "xi0" for "correlation length xi0"; else the whole name ("bias rate", "seed").
	 */
	public static String symbol(EStructuralFeature feature) {
		String name = of(feature);
		int space = name.lastIndexOf(' ');
		String last = space < 0 ? "" : name.substring(space + 1);
		if (last.isEmpty() || last.length() > 4 || last.indexOf('(') >= 0 || last.indexOf('|') >= 0) {
			return name;
		}
		boolean symbol = Character.isLetter(last.charAt(0))
				&& (last.length() == 1 || last.chars().anyMatch(c -> c > 127 || c == '_' || Character.isDigit(c)));
		return symbol ? last : name;
	}

	/**
	 * A value of an enumeration as a form or a legend names it: the literal's display annotation (the same as a
	 * field's), else the words of its name in lower case, acronyms kept: {@code FULL_BATCH_GD} → "full batch GD",
	 * {@code HALF_SQUARED_ERROR} → "half squared error", {@code LEAKY_RELU} → "leaky ReLU".
	 */
	public static String of(EEnumLiteral literal) {
		String name = EcoreUtil.getAnnotation(literal, ANNOTATION_SOURCE, NAME_KEY);
		return name != null && !name.isBlank() ? name : constantWords(literal.getName());
	}

	/**
	 * A value of a field as a legend names it: an enumeration value by its words ({@link #of(EEnumLiteral)}), any other
	 * value as the model writes it.
	 */
	public static String valueOf(EAttribute attribute, Object value) {
		if (value instanceof Enumerator enumerator && attribute.getEAttributeType() instanceof EEnum eEnum) {
			EEnumLiteral literal = eEnum.getEEnumLiteral(enumerator.getValue());
			if (literal != null) {
				return of(literal);
			}
		}
		String text = EcoreUtil.convertToString(attribute.getEAttributeType(), value);
		return text == null ? "" : text;
	}

	/**
	 * The words of a constant's name: a word without a vowel is an acronym and keeps its capitals (GD, SGD, NLGP), ReLU
	 * is written so, every other word is in lower case.
	 */
	public static String constantWords(String constant) {
		StringBuilder words = new StringBuilder();
		for (String word : constant.split("_")) {
			if (word.isEmpty()) {
				continue;
			}
			if (!words.isEmpty()) {
				words.append(' ');
			}
			if (word.equalsIgnoreCase("relu")) {
				words.append("ReLU");
			} else if (word.chars().noneMatch(c -> "AEIOUaeiou".indexOf(c) >= 0)) {
				words.append(word);
			} else {
				words.append(word.toLowerCase(Locale.ROOT));
			}
		}
		return words.toString();
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
