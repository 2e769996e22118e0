package org.plateau.api.tests;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.osgi.framework.Bundle;
import org.osgi.framework.Version;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.BundleWiring;

/**
 * The public API of exported packages as lines of text, one per visible class and member (erased types), and the
 * semantic-versioning rules that compare two of them (OSGi Semantic Versioning, 2010): a package that removes or
 * changes anything visible must raise its major version, one that only adds must raise at least its minor version.
 */
final class ApiSignatures {

	/** A package's version and its signatures. */
	record PackageApi(Version version, SortedSet<String> signatures) {
	}

	private ApiSignatures() {
	}

	/** The API of every package the bundle exports, but its x-friends (internal) ones. */
	static SortedMap<String, PackageApi> of(Bundle bundle) throws ClassNotFoundException {
		SortedMap<String, PackageApi> packages = new TreeMap<>();
		BundleWiring wiring = bundle.adapt(BundleWiring.class);
		for (BundleCapability export : wiring.getCapabilities(BundleRevision.PACKAGE_NAMESPACE)) {
			String name = (String) export.getAttributes().get(BundleRevision.PACKAGE_NAMESPACE);
			if (export.getDirectives().containsKey("x-friends") || export.getDirectives().containsKey("x-internal")
					|| name.contains(".internal")) {
				continue;
			}
			Version version = (Version) export.getAttributes().get("version");
			SortedSet<String> signatures = new TreeSet<>();
			for (String resource : wiring.listResources(name.replace('.', '/'), "*.class", BundleWiring.LISTRESOURCES_LOCAL)) {
				String className = resource.substring(0, resource.length() - ".class".length()).replace('/', '.');
				Class<?> type = bundle.loadClass(className);
				if (visible(type.getModifiers()) && !type.isAnonymousClass() && !type.isSynthetic()) {
					signatures.addAll(of(type));
				}
			}
			packages.put(name, new PackageApi(version, signatures));
		}
		return packages;
	}

	private static boolean visible(int modifiers) {
		return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
	}

	/** A class's visible signature: its kind, supertypes, and its visible constructors, methods and fields. */
	static List<String> of(Class<?> type) {
		List<String> lines = new ArrayList<>();
		String name = type.getName();
		boolean finalClass = Modifier.isFinal(type.getModifiers());
		lines.add(name + " " + Modifier.toString(type.getModifiers() & ~Modifier.STRICT) + (type.isInterface() ? "" : " class")
				+ (type.getSuperclass() != null && type.getSuperclass() != Object.class ? " extends " + type.getSuperclass().getName() : "")
				+ Arrays.stream(type.getInterfaces()).map(Class::getName).sorted().map(i -> " implements " + i)
						.collect(Collectors.joining()));
		for (Constructor<?> constructor : type.getDeclaredConstructors()) {
			if (visible(constructor.getModifiers()) && !constructor.isSynthetic()) {
				lines.add(name + " " + modifiers(constructor) + "<init>(" + parameters(constructor.getParameterTypes()) + ")");
			}
		}
		for (Method method : type.getDeclaredMethods()) {
			// protected members of a final class are out of reach
			if (visible(method.getModifiers()) && !method.isSynthetic() && !method.isBridge()
					&& !(finalClass && Modifier.isProtected(method.getModifiers()))) {
				lines.add(name + " " + modifiers(method) + method.getName() + "(" + parameters(method.getParameterTypes())
						+ ")" + method.getReturnType().getTypeName());
			}
		}
		for (Field field : type.getDeclaredFields()) {
			if (visible(field.getModifiers()) && !field.isSynthetic()) {
				lines.add(name + " " + modifiers(field) + field.getName() + ":" + field.getType().getTypeName());
			}
		}
		return lines;
	}

	private static String modifiers(Member member) {
		String modifiers = Modifier.toString(member.getModifiers() & (Modifier.PUBLIC | Modifier.PROTECTED
				| Modifier.STATIC | Modifier.ABSTRACT | Modifier.FINAL));
		return modifiers.isEmpty() ? "" : modifiers + " ";
	}

	private static String parameters(Class<?>[] types) {
		return Arrays.stream(types).map(Class::getTypeName).collect(Collectors.joining(","));
	}

	/**
	 * What breaks semantic versioning between the baseline and the current API, one line per package at fault,
	 * naming the package, the change and the version it needs.
	 */
	static List<String> violations(Map<String, PackageApi> baseline, Map<String, PackageApi> current) {
		List<String> problems = new ArrayList<>();
		for (Map.Entry<String, PackageApi> entry : baseline.entrySet()) {
			String name = entry.getKey();
			PackageApi before = entry.getValue();
			PackageApi now = current.get(name);
			if (now == null) {
				problems.add(name + " " + before.version() + ": the package is no longer exported; an exported package"
						+ " stays until the next major release");
				continue;
			}
			Set<String> removed = new TreeSet<>(before.signatures());
			removed.removeAll(now.signatures());
			Set<String> added = new TreeSet<>(now.signatures());
			added.removeAll(before.signatures());
			Version required = !removed.isEmpty() ? new Version(before.version().getMajor() + 1, 0, 0)
					: !added.isEmpty() ? new Version(before.version().getMajor(), before.version().getMinor() + 1, 0)
							: before.version();
			if (now.version().compareTo(required) < 0) {
				String change = !removed.isEmpty()
						? "removes or changes " + removed.size() + " (first: " + removed.iterator().next() + ")"
						: "adds " + added.size() + " (first: " + added.iterator().next() + ")";
				problems.add(name + " " + now.version() + ": " + change + " since the baseline's " + before.version()
						+ ", so its version must be at least " + required);
			}
		}
		return problems;
	}

	/** The API as the text of a baseline file: a line per package ({@code package NAME VERSION}), then its signatures. */
	static String write(Map<String, PackageApi> api) {
		StringBuilder text = new StringBuilder();
		api.forEach((name, pkg) -> {
			text.append("package ").append(name).append(' ').append(pkg.version()).append('\n');
			pkg.signatures().forEach(signature -> text.append("  ").append(signature).append('\n'));
		});
		return text.toString();
	}

	/** Reads a baseline file's text. */
	static SortedMap<String, PackageApi> read(String text) {
		SortedMap<String, PackageApi> api = new TreeMap<>();
		String current = null;
		for (String line : text.split("\n")) {
			if (line.startsWith("package ")) {
				String[] parts = line.split(" ");
				current = parts[1];
				api.put(current, new PackageApi(Version.parseVersion(parts[2]), new TreeSet<>()));
			} else if (line.startsWith("  ") && current != null) {
				api.get(current).signatures().add(line.substring(2));
			}
		}
		return api;
	}
}
