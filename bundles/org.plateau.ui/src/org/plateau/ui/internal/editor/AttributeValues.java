package org.plateau.ui.internal.editor;

import java.math.BigDecimal;
import java.math.MathContext;
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

	/**
	 * The text of a value of the attribute. A real number is shown to six significant digits, without Java's
	 * {@code E} ({@code 7.14286e-6} for 7.142857142857143E-6, {@code 0.001}, {@code 20}); the exact value is the
	 * field's tool tip ({@link #exact}), and the forms write a shown value back only when its text was edited.
	 */
	public static String format(EAttribute attribute, Object value) {
		if (value == null) {
			return "";
		}
		if (!attribute.isMany() && (value instanceof Double || value instanceof Float)) {
			return readable(((Number) value).doubleValue());
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

	/** The exact value's text, as the model stores it ({@code 7.142857142857143E-6}). */
	public static String exact(EAttribute attribute, Object value) {
		String text = value == null ? null : EcoreUtil.convertToString(attribute.getEAttributeType(), value);
		return text == null ? "" : text;
	}

	/**
	 * A number to six significant digits: plain from 1e-4 to below 1e7 ({@code 0.0005}, {@code 1500000}), else with an
	 * exponent ({@code 7.14286e-6}, {@code 1e-12}, {@code 2.5e8}).
	 */
	static String readable(double value) {
		if (value == 0 || !Double.isFinite(value)) {
			return value == 0 ? "0" : Double.toString(value);
		}
		BigDecimal rounded = new BigDecimal(Double.toString(value)).round(new MathContext(6)).stripTrailingZeros();
		int exponent = rounded.precision() - rounded.scale() - 1;
		if (exponent >= -4 && exponent < 7) {
			return rounded.toPlainString();
		}
		return rounded.movePointLeft(exponent).toPlainString() + "e" + exponent;
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
