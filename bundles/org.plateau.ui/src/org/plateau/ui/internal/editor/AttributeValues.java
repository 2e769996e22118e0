package org.plateau.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.plateau.model.util.FieldNames;

/**
 * Text forms of attribute values as the forms show them: a single value through its data type's factory, a
 * many-valued attribute as a comma-separated list. Parse errors name the field and the value.
 */
public final class AttributeValues {

	private AttributeValues() {
	}

	/** The field's display name ({@link FieldNames}): "Learning rate η", "Hidden width", "A0". */
	public static String label(EStructuralFeature feature) {
		return FieldNames.capitalised(feature);
	}

	/** "SmallGaussianInitialisation" in slot type "Initialisation" → "Small Gaussian". */
	static String typeLabel(String className, String slotTypeName) {
		String name = className.endsWith(slotTypeName) && className.length() > slotTypeName.length()
				? className.substring(0, className.length() - slotTypeName.length())
				: className;
		return name.replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ");
	}

	/** Whether the attribute is edited as a check box. */
	static boolean isBoolean(EAttribute attribute) {
		Class<?> type = attribute.getEAttributeType().getInstanceClass();
		return !attribute.isMany() && (type == boolean.class || type == Boolean.class);
	}

	/** The text of a value of the attribute. */
	public static String format(EAttribute attribute, Object value) {
		if (value == null) {
			return "";
		}
		EDataType type = attribute.getEAttributeType();
		if (attribute.isMany()) {
			List<String> items = new ArrayList<>();
			for (Object item : (List<?>) value) {
				items.add(EcoreUtil.convertToString(type, item));
			}
			return String.join(", ", items);
		}
		String text = EcoreUtil.convertToString(type, value);
		return text == null ? "" : text;
	}

	/**
	 * The value of the attribute that a text stands for: a list for a many-valued attribute.
	 *
	 * @throws IllegalArgumentException with a message naming the field and the value when the text does not parse
	 */
	public static Object parse(EAttribute attribute, String text) {
		if (attribute.isMany()) {
			List<Object> values = new ArrayList<>();
			String trimmed = text.trim();
			if (!trimmed.isEmpty()) {
				for (String item : trimmed.split("\\s*[,;]\\s*|\\s+")) {
					values.add(parseSingle(attribute, item));
				}
			}
			return values;
		}
		return parseSingle(attribute, text);
	}

	private static Object parseSingle(EAttribute attribute, String text) {
		EDataType type = attribute.getEAttributeType();
		Class<?> instanceClass = type.getInstanceClass();
		if (instanceClass == String.class) {
			return text;
		}
		String trimmed = text.trim();
		if (trimmed.isEmpty()) {
			throw new IllegalArgumentException(label(attribute) + ": a value is needed, " + kind(instanceClass));
		}
		try {
			Object value = EcoreUtil.createFromString(type, trimmed);
			if (value == null) {
				throw new IllegalArgumentException(trimmed);
			}
			return value;
		} catch (RuntimeException e) {
			throw new IllegalArgumentException(
					label(attribute) + ": '" + trimmed + "' is not " + kind(instanceClass) + "; the value was not applied", e);
		}
	}

	private static String kind(Class<?> type) {
		if (type == double.class || type == Double.class || type == float.class || type == Float.class) {
			return "a number";
		}
		if (type == int.class || type == Integer.class || type == long.class || type == Long.class
				|| type == short.class || type == Short.class) {
			return "an integer";
		}
		if (type == boolean.class || type == Boolean.class) {
			return "true or false";
		}
		return "a valid " + (type == null ? "value" : type.getSimpleName().toLowerCase(Locale.ROOT));
	}
}
