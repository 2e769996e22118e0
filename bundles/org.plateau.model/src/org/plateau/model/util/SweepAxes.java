package org.plateau.model.util;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.plateau.model.AxisSpacing;
import org.plateau.model.Experiment;
import org.plateau.model.SweepAxis;

/**
 * The attributes a {@link SweepAxis} addresses and the values it gives them. A feature path is a list of feature
 * names separated by dots, read from the experiment: every name but the last is a single-valued reference to a
 * part of the experiment that is set (<code>task</code>, <code>initialisation</code>, <code>task.task</code> of a
 * reversal), the last is a single-valued attribute of a number or enumeration type (<code>samples</code>,
 * <code>learningRate</code>, <code>lossConvention</code>).
 */
public final class SweepAxes {

	private SweepAxes() {
	}

	/**
	 * The attribute a path names.
	 *
	 * @param experiment the experiment the path is read from
	 * @param path the feature path
	 * @return the attribute, of a number or enumeration type
	 * @throws IllegalArgumentException naming the path, the part where it fails, and what that part has instead
	 */
	public static EAttribute attribute(Experiment experiment, String path) {
		return (EAttribute)resolve(experiment, path)[1];
	}

	/**
	 * The model object holding the attribute a path names, in the given experiment.
	 *
	 * @throws IllegalArgumentException as {@link #attribute(Experiment, String)}
	 */
	public static EObject owner(Experiment experiment, String path) {
		return (EObject)resolve(experiment, path)[0];
	}

	/**
	 * Sets the attribute a path names.
	 *
	 * @param experiment the experiment to change
	 * @param path the feature path
	 * @param value a value of the attribute's type, as {@link #values(SweepAxis, EAttribute)} gives it
	 * @throws IllegalArgumentException as {@link #attribute(Experiment, String)}
	 */
	public static void apply(Experiment experiment, String path, Object value) {
		Object[] resolved = resolve(experiment, path);
		((EObject)resolved[0]).eSet((EAttribute)resolved[1], value);
	}

	/**
	 * The current value of the attribute a path names.
	 *
	 * @throws IllegalArgumentException as {@link #attribute(Experiment, String)}
	 */
	public static Object get(Experiment experiment, String path) {
		Object[] resolved = resolve(experiment, path);
		return ((EObject)resolved[0]).eGet((EAttribute)resolved[1]);
	}

	/**
	 * The feature paths an axis can sweep in an experiment, in the model's order: every single-valued, changeable
	 * attribute of a number or enumeration type of the experiment and of the parts it holds by single-valued
	 * references (<code>seed</code>, <code>task.samples</code>, <code>training.learningRate</code>, ...).
	 */
	public static List<String> paths(Experiment experiment) {
		List<String> paths = new ArrayList<>();
		collectPaths(experiment, "", paths, 0);
		return paths;
	}

	private static void collectPaths(EObject owner, String prefix, List<String> paths, int depth) {
		for (EAttribute attribute : owner.eClass().getEAllAttributes()) {
			if (!attribute.isMany() && attribute.isChangeable() && !attribute.isDerived()
				&& (isNumeric(attribute) || attribute.getEAttributeType() instanceof EEnum)) {
				paths.add(prefix + attribute.getName());
			}
		}
		if (depth > 4) {
			return;
		}
		for (EReference reference : owner.eClass().getEAllReferences()) {
			Object part = reference.isMany() || reference.isDerived() ? null : owner.eGet(reference);
			if (part instanceof EObject child && reference.isContainment()) {
				collectPaths(child, prefix + reference.getName() + ".", paths, depth + 1);
			}
		}
	}

	/**
	 * Whether an attribute holds numbers (a range of it can be swept).
	 */
	public static boolean isNumeric(EAttribute attribute) {
		Class<?> type = boxed(attribute.getEAttributeType().getInstanceClass());
		return type != null && Number.class.isAssignableFrom(type);
	}

	/**
	 * Whether an attribute holds whole numbers (values of a range are rounded).
	 */
	public static boolean isIntegral(EAttribute attribute) {
		Class<?> type = boxed(attribute.getEAttributeType().getInstanceClass());
		return type == Integer.class || type == Long.class || type == Short.class || type == Byte.class;
	}

	/**
	 * The values an axis gives its attribute, in order, without repeats: the listed values parsed as an experiment
	 * file would, or the range's values (rounded for whole-number attributes, so that a log range of sample counts
	 * may give fewer values than its count).
	 *
	 * @param axis the axis
	 * @param attribute the attribute its path names
	 * @return values of the attribute's type
	 * @throws IllegalArgumentException naming the axis and the value that cannot be used
	 */
	public static List<Object> values(SweepAxis axis, EAttribute attribute) {
		LinkedHashSet<Object> values = new LinkedHashSet<>();
		AxisSpacing spacing = axis.getSpacing();
		if (spacing == AxisSpacing.LIST) {
			if (axis.getValues().isEmpty()) {
				throw new IllegalArgumentException("axis '" + axis.getFeaturePath() + "' lists no values");
			}
			for (String literal : axis.getValues()) {
				values.add(parse(axis, attribute, literal));
			}
			return List.copyOf(values);
		}
		checkRange(axis, attribute);
		int count = axis.getCount();
		for (int i = 0; i < count; i++) {
			double fraction = count == 1 ? 0 : (double)i / (count - 1);
			values.add(convert(attribute, between(axis, fraction)));
		}
		return List.copyOf(values);
	}

	/**
	 * The value of a range at a fraction of the way from its first to its last value: linearly, or linearly in
	 * the logarithm for {@link AxisSpacing#LOG}. Random sampling draws the fraction uniformly.
	 */
	public static double between(SweepAxis axis, double fraction) {
		double from = axis.getFrom();
		double to = axis.getTo();
		if (axis.getSpacing() == AxisSpacing.LOG) {
			return Math.exp(Math.log(from) + fraction * (Math.log(to) - Math.log(from)));
		}
		return from + fraction * (to - from);
	}

	/**
	 * Checks that a range can be used on an attribute: numeric, finite ends, at least one value, positive ends for a
	 * log range.
	 *
	 * @throws IllegalArgumentException naming the axis and what is wrong
	 */
	public static void checkRange(SweepAxis axis, EAttribute attribute) {
		String name = "axis '" + axis.getFeaturePath() + "'";
		if (!isNumeric(attribute)) {
			throw new IllegalArgumentException(name + ": a " + axis.getSpacing().getLiteral().toLowerCase()
					+ " range needs a numeric attribute, but " + attribute.getName() + " is a "
					+ attribute.getEAttributeType().getName() + "; list its values instead");
		}
		if (!Double.isFinite(axis.getFrom()) || !Double.isFinite(axis.getTo())) {
			throw new IllegalArgumentException(name + ": from and to must be finite, were " + axis.getFrom() + " and " + axis.getTo());
		}
		if (axis.getCount() < 1) {
			throw new IllegalArgumentException(name + ": count must be positive, was " + axis.getCount());
		}
		if (axis.getSpacing() == AxisSpacing.LOG && !(axis.getFrom() > 0 && axis.getTo() > 0)) {
			throw new IllegalArgumentException(name + ": a log range needs positive from and to, were " + axis.getFrom()
					+ " and " + axis.getTo());
		}
	}

	/**
	 * A number as a value of an attribute: rounded to the nearest whole number for whole-number attributes.
	 */
	public static Object convert(EAttribute attribute, double value) {
		Class<?> type = boxed(attribute.getEAttributeType().getInstanceClass());
		if (type == Integer.class) {
			return (int)Math.round(value);
		}
		if (type == Long.class) {
			return Math.round(value);
		}
		if (type == Short.class) {
			return (short)Math.round(value);
		}
		if (type == Byte.class) {
			return (byte)Math.round(value);
		}
		if (type == Float.class) {
			return (float)value;
		}
		return value;
	}

	/**
	 * A value as written in an experiment file, e.g. <code>200</code>, <code>0.05</code> or <code>SUM</code>.
	 */
	public static String format(EAttribute attribute, Object value) {
		return EcoreUtil.convertToString(attribute.getEAttributeType(), value);
	}

	/**
	 * A value as a number, for plotting: the number itself, or an enumeration literal's value.
	 */
	public static double numeric(Object value) {
		if (value instanceof Number number) {
			return number.doubleValue();
		}
		if (value instanceof org.eclipse.emf.common.util.Enumerator enumerator) {
			return enumerator.getValue();
		}
		return Double.NaN;
	}

	private static Object parse(SweepAxis axis, EAttribute attribute, String literal) {
		EDataType type = attribute.getEAttributeType();
		try {
			Object value = EcoreUtil.createFromString(type, literal == null ? "" : literal.strip());
			if (value == null) {
				throw new IllegalArgumentException("no value");
			}
			return value;
		}
		catch (RuntimeException e) {
			String expected = type instanceof EEnum eEnum
				? "one of " + eEnum.getELiterals().stream().map(l -> l.getLiteral()).collect(Collectors.joining(", "))
				: isIntegral(attribute) ? "a whole number" : "a number";
			throw new IllegalArgumentException("axis '" + axis.getFeaturePath() + "': value '" + literal + "' is not "
				+ expected + ", as " + attribute.getName() + " needs");
		}
	}

	/** {owner, attribute} of a path. */
	private static Object[] resolve(Experiment experiment, String path) {
		if (path == null || path.isBlank()) {
			throw new IllegalArgumentException("the axis names no feature (featurePath is empty)");
		}
		String[] names = path.strip().split("\\.");
		EObject owner = experiment;
		for (int i = 0; i < names.length; i++) {
			String name = names[i];
			String where = i == 0 ? "the experiment" : "the " + String.join(".", List.of(names).subList(0, i)) + " ("
				+ owner.eClass().getName() + ")";
			EStructuralFeature feature = owner.eClass().getEStructuralFeature(name);
			if (feature == null) {
				throw new IllegalArgumentException("featurePath '" + path + "': " + where + " has no feature '" + name
					+ "'; it has " + featureNames(owner));
			}
			if (feature.isMany()) {
				throw new IllegalArgumentException("featurePath '" + path + "': " + feature.getName() + " of " + where
					+ " holds a list, which a sweep cannot set");
			}
			boolean last = i == names.length - 1;
			if (last) {
				if (!(feature instanceof EAttribute attribute)) {
					throw new IllegalArgumentException("featurePath '" + path + "': " + name + " of " + where
						+ " is a part of the experiment, not a value; name one of its attributes: "
						+ featureNames((EObject)owner.eGet(feature)));
				}
				EClassifier type = attribute.getEType();
				if (!isNumeric(attribute) && !(type instanceof EEnum)) {
					throw new IllegalArgumentException("featurePath '" + path + "': " + name + " of " + where + " is a "
						+ type.getName() + "; a sweep sets numbers and enumerations only");
				}
				return new Object[] { owner, attribute };
			}
			if (!(feature instanceof EReference)) {
				throw new IllegalArgumentException("featurePath '" + path + "': " + name + " of " + where
					+ " is a value, so nothing follows it");
			}
			EObject next = (EObject)owner.eGet(feature);
			if (next == null) {
				throw new IllegalArgumentException("featurePath '" + path + "': " + where + " has no " + name + " set");
			}
			owner = next;
		}
		throw new AssertionError(path);
	}

	private static String featureNames(EObject object) {
		if (object == null) {
			return "nothing set";
		}
		List<String> names = new ArrayList<>();
		for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
			if (!feature.isMany() && !feature.isDerived() && !feature.isTransient()) {
				names.add(feature.getName());
			}
		}
		return String.join(", ", names);
	}

	private static Class<?> boxed(Class<?> type) {
		if (type == null || !type.isPrimitive()) {
			return type;
		}
		return switch (type.getName()) {
			case "int" -> Integer.class;
			case "long" -> Long.class;
			case "double" -> Double.class;
			case "float" -> Float.class;
			case "short" -> Short.class;
			case "byte" -> Byte.class;
			case "boolean" -> Boolean.class;
			default -> type;
		};
	}
}
