package org.plateau.cli.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Edits the bundle list ({@code osgi.bundles}) of the headless runner's {@code configuration-cli/config.ini}: its
 * comments and other properties stay as they are; the list is written one bundle a line.
 */
final class RunnerBundles {

	private static final String KEY = "osgi.bundles=";

	private RunnerBundles() {
	}

	/** The bundles of the list, by symbolic name, with their start levels as written ({@code name@2:start}). */
	static List<String> entries(String configIni) {
		return entries(configIni.split("\n", -1), block(configIni.split("\n", -1)));
	}

	/**
	 * The text with the bundles {@code add} appended (those not listed already) and those named in {@code remove}
	 * taken out.
	 *
	 * @throws IllegalArgumentException when the text has no osgi.bundles property
	 */
	static String edit(String configIni, Collection<String> add, Collection<String> remove) {
		String[] lines = configIni.split("\n", -1);
		int[] block = block(lines);
		List<String> entries = entries(lines, block);
		entries.removeIf(entry -> remove.contains(name(entry)));
		for (String name : add) {
			if (entries.stream().noneMatch(entry -> name(entry).equals(name))) {
				entries.add(name);
			}
		}
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < block[0]; i++) {
			text.append(lines[i]).append('\n');
		}
		text.append(KEY).append("\\\n");
		for (int i = 0; i < entries.size(); i++) {
			text.append(' ').append(entries.get(i)).append(i < entries.size() - 1 ? ",\\\n" : "\n");
		}
		for (int i = block[1] + 1; i < lines.length; i++) {
			text.append(lines[i]).append(i < lines.length - 1 ? "\n" : "");
		}
		return text.toString();
	}

	private static String name(String entry) {
		int at = entry.indexOf('@');
		return (at < 0 ? entry : entry.substring(0, at)).strip();
	}

	/** The first and last line of the osgi.bundles property. */
	private static int[] block(String[] lines) {
		for (int first = 0; first < lines.length; first++) {
			if (lines[first].startsWith(KEY)) {
				int last = first;
				while (last < lines.length - 1 && lines[last].stripTrailing().endsWith("\\")) {
					last++;
				}
				return new int[] { first, last };
			}
		}
		throw new IllegalArgumentException("no osgi.bundles property in the headless runner's config.ini");
	}

	private static List<String> entries(String[] lines, int[] block) {
		StringBuilder value = new StringBuilder();
		for (int i = block[0]; i <= block[1]; i++) {
			String line = i == block[0] ? lines[i].substring(KEY.length()) : lines[i];
			line = line.stripTrailing();
			value.append(line.endsWith("\\") ? line.substring(0, line.length() - 1) : line);
		}
		List<String> entries = new ArrayList<>();
		for (String entry : value.toString().split(",")) {
			if (!entry.isBlank()) {
				entries.add(entry.strip());
			}
		}
		return entries;
	}
}
