package org.plateau.sdk;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.osgi.framework.Version;

/** Where a p2 repository is, as a user names it: a folder, a .zip of one, or a URL. */
public final class P2Repositories {

	private static final List<String> INDEXES = List.of("content.jar", "content.xml", "content.xml.xz",
			"compositeContent.jar", "compositeContent.xml");

	private P2Repositories() {
	}

	/**
	 * The URL of a repository given as a folder, a .zip of one, or a file:/http(s): URL; a folder must hold a p2
	 * repository.
	 *
	 * @param what the option or argument the text came from, named in the message (e.g. {@code --sdk})
	 * @throws IllegalArgumentException naming {@code what} and the text
	 */
	public static URI location(String what, String text) {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException(what + " is empty: give a p2 repository (a folder, a .zip or a URL)");
		}
		if (text.matches("(?i)(https?):.*")) {
			return uri(what, text);
		}
		Path folder;
		if (text.regionMatches(true, 0, "file:", 0, 5)) {
			URI uri = uri(what, text);
			if (!uri.isAbsolute() || uri.isOpaque() || uri.getAuthority() != null) {
				throw new IllegalArgumentException(what + " '" + text + "' is not a file: URL of a local folder (write"
						+ " file:///path/to/repository)");
			}
			folder = Path.of(uri);
		} else {
			folder = Path.of(text).toAbsolutePath().normalize();
		}
		if (Files.isRegularFile(folder) && folder.toString().endsWith(".zip")) {
			return URI.create("jar:" + folder.toUri() + "!/");
		}
		for (String index : INDEXES) {
			if (Files.isRegularFile(folder.resolve(index))) {
				return folder.toUri();
			}
		}
		throw new IllegalArgumentException(what + " '" + text + "' is not a p2 repository: " + folder
				+ " has no content.jar or content.xml");
	}

	/**
	 * The local folder of a repository, for what needs its files (EMF's code generation, the check that a family is
	 * in it).
	 *
	 * @throws IllegalArgumentException naming {@code what} when the repository is not a local folder
	 */
	public static Path folder(String what, URI location) {
		if (!"file".equalsIgnoreCase(location.getScheme())) {
			throw new IllegalArgumentException(what + " '" + location + "' must be a local folder (a copy of the Plateau"
					+ " SDK repository, or its .zip unpacked): the build reads its files");
		}
		return Path.of(location);
	}

	/**
	 * The newest version of each unit that a local repository has, of those named: read from its content.jar or
	 * content.xml.
	 *
	 * @throws IOException when the repository has neither
	 */
	public static Map<String, Version> newestVersions(Path repository, Set<String> units) throws IOException {
		String xml;
		Path jar = repository.resolve("content.jar");
		if (Files.isRegularFile(jar)) {
			try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(jar))) {
				ZipEntry entry;
				while ((entry = zip.getNextEntry()) != null && !entry.getName().equals("content.xml")) {
					// the index is the jar's one entry
				}
				if (entry == null) {
					throw new IOException(jar + " has no content.xml");
				}
				xml = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
			}
		} else if (Files.isRegularFile(repository.resolve("content.xml"))) {
			xml = Files.readString(repository.resolve("content.xml"), StandardCharsets.UTF_8);
		} else {
			throw new IOException(repository + " has no content.jar or content.xml");
		}
		Map<String, Version> newest = new TreeMap<>();
		Matcher unit = Pattern.compile("<unit id='([^']+)' version='([^']+)'").matcher(xml);
		while (unit.find()) {
			if (units.contains(unit.group(1))) {
				Version version = Version.parseVersion(unit.group(2));
				newest.merge(unit.group(1), version, (a, b) -> a.compareTo(b) >= 0 ? a : b);
			}
		}
		return newest;
	}

	private static URI uri(String what, String text) {
		try {
			return new URI(text);
		} catch (URISyntaxException e) {
			throw new IllegalArgumentException(what + " '" + text + "' is not a URL: " + e.getMessage(), e);
		}
	}
}
