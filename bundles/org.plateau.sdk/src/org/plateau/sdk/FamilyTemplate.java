package org.plateau.sdk;

import java.io.IOException;
import java.net.URI;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The template of a model family that builds outside Plateau's repository: a standalone Tycho project with the
 * family's bundle (its EMF package and GenModel, a {@code ModelFamily} Declarative Services component, one example
 * experiment), a test fragment extending the conformance kit, a feature, the target definition of the Plateau SDK
 * and a README (docs/labs.md). The family it writes is small and honest: a linear student trained by full-batch
 * gradient descent, with the exact solution of those steps as its theory.
 * <p>
 * The files are those under {@code template/common/} and {@code template/family/} of this bundle. In their paths and contents {@code __ID__} is
 * the bundle's symbolic name (and Java package), {@code __PKGPATH__} the same as a path, {@code __NAME__} the
 * family's short name, {@code __CLASS__} that name capitalised, {@code __VENDOR__} the vendor and {@code __SDK__} the
 * SDK repository's URL; a path segment {@code dot-x} becomes {@code .x}.
 */
public final class FamilyTemplate {

	private static final List<String> ROOTS = List.of("template/common/", "template/family/");
	private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]{0,39}");
	private static final Pattern BUNDLE_ID = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+");
	private static final Set<String> JAVA_KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte", "case",
			"catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends", "final",
			"finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int", "interface", "long",
			"native", "new", "package", "private", "protected", "public", "return", "short", "static", "strictfp",
			"super", "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void", "volatile",
			"while", "true", "false", "null", "record", "var", "yield", "sealed", "permits");

	/**
	 * What the template is filled in with.
	 *
	 * @param name       the family's short name: lower-case letters and digits, e.g. {@code decay}
	 * @param bundleId   the bundle's symbolic name and Java package, e.g. {@code org.mylab.family.decay}
	 * @param vendor     the vendor named in the manifests and the feature
	 * @param sdk        the Plateau SDK repository the project builds against (file:, http: or https:)
	 */
	public record Settings(String name, String bundleId, String vendor, URI sdk) {

		/**
		 * Checks every setting.
		 *
		 * @throws IllegalArgumentException naming the setting and its value
		 */
		public Settings {
			if (name == null || !NAME.matcher(name).matches() || JAVA_KEYWORDS.contains(name)) {
				throw new IllegalArgumentException("family name '" + name + "' is not usable: it must be 1-40 lower-case"
						+ " letters and digits starting with a letter (it names files, the EMF package and Java classes),"
						+ " and not a Java keyword");
			}
			if (bundleId == null || !BUNDLE_ID.matcher(bundleId).matches()
					|| Stream.of(bundleId.split("\\.")).anyMatch(JAVA_KEYWORDS::contains)) {
				throw new IllegalArgumentException("bundle id '" + bundleId + "' is not usable: it must be a Java package"
						+ " name of at least two lower-case segments, e.g. org.mylab.family." + name);
			}
			if (!isPlainLine(vendor)) {
				throw new IllegalArgumentException("vendor '" + vendor + "' is not usable: " + PLAIN_LINE);
			}
			if (sdk == null) {
				throw new IllegalArgumentException("no SDK repository given");
			}
			// EMF's code generation in the project reads Plateau's model from the repository's files
			P2Repositories.folder("--sdk", sdk);
			P2Repositories.location("--sdk", sdk.toString());
		}

		/** The family's name capitalised: the prefix of its classes ({@code Decay}Family, {@code Decay}Package). */
		public String className() {
			return Character.toUpperCase(name.charAt(0)) + name.substring(1);
		}

		Map<String, String> replacements() {
			Map<String, String> replacements = new LinkedHashMap<>();
			replacements.put("__PKGPATH__", bundleId.replace('.', '/'));
			replacements.put("__ID__", bundleId);
			replacements.put("__NAME__", name);
			replacements.put("__CLASS__", className());
			replacements.put("__VENDOR__", vendor);
			replacements.put("__SDK__", sdk.toString());
			return replacements;
		}
	}

	/** What a name or vendor written into manifests, features and XML comments may hold. */
	static final String PLAIN_LINE = "one line of text without < > & \" or --";

	static boolean isPlainLine(String text) {
		return text != null && !text.isBlank() && !text.contains("--")
				&& text.chars().noneMatch(c -> c < 0x20 || "<>&\"".indexOf(c) >= 0);
	}

	private FamilyTemplate() {
	}

	/**
	 * Writes the project into {@code folder}, which must not exist or be empty. Everything is written into a
	 * temporary sibling first and moved into place at the end: a failure leaves no half-written project.
	 *
	 * @return the files written, relative to {@code folder}, sorted
	 * @throws FileAlreadyExistsException when the folder exists and is not empty
	 */
	public static List<Path> write(Settings settings, Path folder) throws IOException {
		return TemplateFiles.write(FamilyTemplate.class, ROOTS, settings.replacements(), Map.of(), folder);
	}
}
