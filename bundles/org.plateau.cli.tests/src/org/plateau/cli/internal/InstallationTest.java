package org.plateau.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What plateau install and uninstall change besides p2's own work: the headless runner's bundle list gains the
 * headless bundles the director added and loses those it removed, with its comments and other properties kept; a
 * bundle that needs SWT, JFace or the workbench stays out. (releng/sdk/test-sdk.sh installs a family into the built
 * product with the real director.)
 */
class InstallationTest {

	@TempDir
	Path temp;

	private static final String RUNNER = """
			# the headless runner's bundles
			osgi.bundles=\\
			 org.apache.felix.scr@2:start,\\
			 org.hipparchus.core,org.hipparchus.ode,\\
			 org.plateau.core,\\
			 org.plateau.family.committee
			osgi.bundles.defaultStartLevel=4
			eclipse.application=org.plateau.cli.plateau
			""";

	@Test
	void theRunnersListGainsAndLosesBundlesAndKeepsTheRest() {
		String added = RunnerBundles.edit(RUNNER, List.of("org.mylab.family.decay", "org.plateau.core"), List.of());
		assertEquals(List.of("org.apache.felix.scr@2:start", "org.hipparchus.core", "org.hipparchus.ode",
				"org.plateau.core", "org.plateau.family.committee", "org.mylab.family.decay"), RunnerBundles.entries(added));
		assertTrue(added.startsWith("# the headless runner's bundles\n"), added);
		assertTrue(added.contains("\nosgi.bundles.defaultStartLevel=4\neclipse.application=org.plateau.cli.plateau\n"),
				added);

		String removed = RunnerBundles.edit(added, List.of(), List.of("org.mylab.family.decay", "org.apache.felix.scr"));
		assertEquals(List.of("org.hipparchus.core", "org.hipparchus.ode", "org.plateau.core",
				"org.plateau.family.committee"), RunnerBundles.entries(removed));
		assertThrows(IllegalArgumentException.class, () -> RunnerBundles.edit("a=b\n", List.of("x"), List.of()));
	}

	@Test
	void bundlesThatNeedADisplayStayOutOfTheHeadlessRunner() throws Exception {
		Path family = jar("org.mylab.family.decay;singleton:=true", "org.plateau.core,org.eclipse.equinox.common", null);
		Path view = jar("org.mylab.family.decay.ui", "org.eclipse.ui;bundle-version=\"3.0\",org.plateau.core", null);
		Path swtUser = jar("org.mylab.plots", null, "org.eclipse.swt.widgets;version=\"3.0\"");
		assertEquals("org.mylab.family.decay", Installation.symbolicName(family).orElseThrow());
		assertFalse(Installation.needsDisplay(family));
		assertTrue(Installation.needsDisplay(view));
		assertTrue(Installation.needsDisplay(swtUser));
		assertTrue(Installation.needsDisplay(temp.resolve("missing.jar")), "an unreadable bundle stays out");
	}

	@Test
	void featureIdsAndUnits() {
		assertEquals("org.mylab.family.decay.feature.feature.group", Installation.featureUnit("org.mylab.family.decay.feature"));
		assertEquals("org.mylab.family.decay.feature.feature.group",
				Installation.featureUnit("org.mylab.family.decay.feature.feature.group"));
		assertEquals("org.mylab.family.decay.feature", Installation.featureId("org.mylab.family.decay.feature.feature.group"));
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> InstallCommands.repositoryLocation(temp.toString()));
		assertTrue(e.getMessage().contains("is not a p2 repository"), e.getMessage());
	}

	private Path jar(String symbolicName, String requireBundle, String importPackage) throws Exception {
		Manifest manifest = new Manifest();
		Attributes attributes = manifest.getMainAttributes();
		attributes.put(Attributes.Name.MANIFEST_VERSION, "1.0");
		attributes.putValue("Bundle-SymbolicName", symbolicName);
		if (requireBundle != null) {
			attributes.putValue("Require-Bundle", requireBundle);
		}
		if (importPackage != null) {
			attributes.putValue("Import-Package", importPackage);
		}
		Path jar = temp.resolve(symbolicName.split(";")[0] + "_1.0.0.jar");
		try (OutputStream out = Files.newOutputStream(jar); JarOutputStream ignored = new JarOutputStream(out, manifest)) {
			// a manifest is all a bundle needs here
		}
		return jar;
	}
}
