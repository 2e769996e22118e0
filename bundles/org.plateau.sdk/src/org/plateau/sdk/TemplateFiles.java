package org.plateau.sdk;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Writes a project from a folder of this bundle: each file's path and text with the placeholders replaced (a path
 * segment {@code dot-x} becomes {@code .x}), plus files made by the caller, into a temporary sibling of the target
 * that is moved into place at the end, so that a failure leaves no half-written project.
 */
final class TemplateFiles {

	private TemplateFiles() {
	}

	/**
	 * @param roots        the template's folders in the bundle, e.g. {@code template/common/} and
	 *                     {@code template/family/}
	 * @param replacements placeholder to text, applied in order to paths and contents
	 * @param extra        further files (path relative to the project, text), written as they are
	 * @return the files written, relative to {@code folder}, sorted
	 * @throws FileAlreadyExistsException when the folder exists and is not empty
	 */
	static List<Path> write(Class<?> owner, List<String> roots, Map<String, String> replacements,
			Map<Path, String> extra, Path folder) throws IOException {
		Path target = folder.toAbsolutePath().normalize();
		if (Files.exists(target) && (!Files.isDirectory(target) || !isEmpty(target))) {
			throw new FileAlreadyExistsException(target.toString(), null,
					"it exists and is not an empty folder; nothing was written");
		}
		Path parent = target.getParent();
		Files.createDirectories(parent);
		Path staging = Files.createTempDirectory(parent, "." + target.getFileName() + ".");
		List<Path> written = new ArrayList<>();
		try {
			Map<String, URL> entries = new LinkedHashMap<>();
			for (String root : roots) {
				entries.putAll(entries(owner, root));
			}
			for (Map.Entry<String, URL> entry : entries.entrySet()) {
				Path relative = Path.of(fill(entry.getKey(), replacements));
				try (InputStream in = entry.getValue().openStream()) {
					String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
					writeFile(staging, relative, fill(text, replacements));
				}
				written.add(relative);
			}
			for (Map.Entry<Path, String> file : extra.entrySet()) {
				writeFile(staging, file.getKey(), file.getValue());
				written.add(file.getKey());
			}
			if (Files.exists(target)) {
				Files.delete(target);
			}
			Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			if (Files.exists(staging)) {
				deleteTree(staging);
			}
		}
		written.sort(Comparator.naturalOrder());
		return written;
	}

	private static void writeFile(Path project, Path relative, String text) throws IOException {
		Path file = project.resolve(relative);
		Files.createDirectories(file.getParent());
		Files.writeString(file, text, StandardCharsets.UTF_8);
		if (relative.getFileName().toString().equals("mvnw")) {
			file.toFile().setExecutable(true, false);
		}
	}

	/** The template's files by their path under the root (dot- segments already renamed). */
	private static Map<String, URL> entries(Class<?> owner, String root) {
		Bundle bundle = FrameworkUtil.getBundle(owner);
		if (bundle == null) {
			throw new IllegalStateException("the templates are read from the org.plateau.sdk bundle: run in OSGi");
		}
		Enumeration<URL> urls = bundle.findEntries(root, "*", true);
		Map<String, URL> entries = new LinkedHashMap<>();
		for (URL url : urls == null ? Collections.<URL>emptyList() : Collections.list(urls)) {
			String path = url.getPath();
			if (path.endsWith("/")) {
				continue;
			}
			String relative = path.substring(path.indexOf(root) + root.length());
			entries.put(relative.replaceAll("(^|/)dot-", "$1."), url);
		}
		if (entries.isEmpty()) {
			throw new IllegalStateException("the org.plateau.sdk bundle has no " + root + " folder");
		}
		return entries;
	}

	private static String fill(String text, Map<String, String> replacements) {
		String filled = text;
		for (Map.Entry<String, String> replacement : replacements.entrySet()) {
			filled = filled.replace(replacement.getKey(), replacement.getValue());
		}
		return filled;
	}

	private static boolean isEmpty(Path folder) throws IOException {
		try (Stream<Path> children = Files.list(folder)) {
			return children.findAny().isEmpty();
		}
	}

	private static void deleteTree(Path folder) throws IOException {
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}
}
