package org.plateau.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.dto.BundleDTO;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.UnsatisfiedReferenceDTO;

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
				() -> org.plateau.sdk.P2Repositories.location("REPO", temp.toString()));
		assertTrue(e.getMessage().contains("is not a p2 repository"), e.getMessage());
	}

	/** A family whose component failed to start, or waits for a service, is named with its bundle and the reason. */
	@Test
	void familyComponentsThatDidNotStartAreNamed() {
		ComponentDescriptionDTO broken = description("org.mylab.family.broken", "org.plateau.core.family.ModelFamily");
		ComponentDescriptionDTO waiting = description("org.mylab.family.waiting", "org.plateau.core.family.ModelFamily");
		ComponentDescriptionDTO renderer = description("org.plateau.figures.renderer", "org.plateau.core.figures.FigureRenderer");
		ComponentConfigurationDTO failed = configuration(ComponentConfigurationDTO.FAILED_ACTIVATION);
		failed.failure = "java.lang.IllegalStateException: no data folder\n\tat org.mylab...";
		ComponentConfigurationDTO unsatisfied = configuration(ComponentConfigurationDTO.UNSATISFIED_REFERENCE);
		UnsatisfiedReferenceDTO reference = new UnsatisfiedReferenceDTO();
		reference.name = "solver";
		unsatisfied.unsatisfiedReferences = new UnsatisfiedReferenceDTO[] { reference };
		Map<ComponentDescriptionDTO, ComponentConfigurationDTO> states = Map.of(broken, failed, waiting, unsatisfied,
				renderer, configuration(ComponentConfigurationDTO.FAILED_ACTIVATION));
		// the interface's own loader sees the types of its methods (promises)
		ServiceComponentRuntime runtime = (ServiceComponentRuntime) Proxy.newProxyInstance(
				ServiceComponentRuntime.class.getClassLoader(),
				new Class<?>[] { ServiceComponentRuntime.class }, (proxy, method, args) -> switch (method.getName()) {
					case "getComponentDescriptionDTOs" -> List.of(broken, waiting, renderer);
					case "getComponentConfigurationDTOs" -> List.of(states.get(args[0]));
					default -> throw new UnsupportedOperationException(method.getName());
				});
		assertEquals(List.of(
				"the family org.mylab.family.broken (bundle org.mylab.family.broken 1.0.0) failed to start:"
						+ " java.lang.IllegalStateException: no data folder",
				"the family org.mylab.family.waiting (bundle org.mylab.family.waiting 1.0.0) waits for services that"
						+ " nothing provides: solver"),
				FamilyComponents.failures(runtime));
	}

	private static ComponentDescriptionDTO description(String name, String service) {
		ComponentDescriptionDTO description = new ComponentDescriptionDTO();
		description.name = name;
		description.serviceInterfaces = new String[] { service };
		description.bundle = new BundleDTO();
		description.bundle.symbolicName = name;
		description.bundle.version = "1.0.0";
		return description;
	}

	private static ComponentConfigurationDTO configuration(int state) {
		ComponentConfigurationDTO configuration = new ComponentConfigurationDTO();
		configuration.state = state;
		return configuration;
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
