package org.plateau.api.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;
import org.plateau.api.tests.ApiSignatures.PackageApi;

/**
 * The API baseline of the family SDK (docs/labs.md): the packages that the model, core, kernels, figures and the
 * conformance kit export carry versions, and every change since the last release's API
 * ({@code baseline/api-0.1.0.txt}) comes with the version it needs: a removed or changed class or member a new major
 * version, an added one a new minor version. The current API is written to {@code target/api-current.txt}; at a
 * release it becomes the next baseline.
 */
class ApiBaselineTest {

	/** The bundles whose exported packages are the API a family builds against. */
	private static final List<String> API_BUNDLES = List.of("org.plateau.model", "org.plateau.core",
			"org.plateau.kernels", "org.plateau.figures", "org.plateau.core.testkit");
	/** The last release's API. */
	private static final String BASELINE = "baseline/api-0.1.0.txt";

	@Test
	void theApiFollowsSemanticVersioningSinceTheLastRelease() throws Exception {
		Bundle self = FrameworkUtil.getBundle(ApiBaselineTest.class);
		SortedMap<String, PackageApi> current = new TreeMap<>();
		for (String name : API_BUNDLES) {
			Bundle bundle = null;
			for (Bundle candidate : self.getBundleContext().getBundles()) {
				if (candidate.getSymbolicName().equals(name)) {
					bundle = candidate;
				}
			}
			assertNotNull(bundle, name + " is not in the test runtime");
			current.putAll(ApiSignatures.of(bundle));
		}
		Path written = Path.of("target", "api-current.txt");
		Files.createDirectories(written.getParent());
		Files.writeString(written, ApiSignatures.write(current), StandardCharsets.UTF_8);

		List<String> unversioned = new ArrayList<>();
		current.forEach((name, api) -> {
			if (api.version().equals(Version.emptyVersion)) {
				unversioned.add(name);
			}
		});
		assertTrue(unversioned.isEmpty(), "exported API packages without a version: " + unversioned);

		URL baseline = self.getEntry(BASELINE);
		assertNotNull(baseline, "no " + BASELINE + " in " + self.getSymbolicName());
		String text;
		try (InputStream in = baseline.openStream()) {
			text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		List<String> violations = ApiSignatures.violations(ApiSignatures.read(text), current);
		assertTrue(violations.isEmpty(), "the API changed without the version it needs (raise the package's version in"
				+ " its bundle's Export-Package; the current API is in " + written.toAbsolutePath() + "):\n  "
				+ String.join("\n  ", violations));
	}

	/** The rules themselves: a removal needs a major step, an addition a minor one, a lost package is an error. */
	@Test
	void aChangeWithoutItsVersionIsCaught() throws IOException {
		Map<String, PackageApi> baseline = Map.of("p", api("0.1.0", "a", "b"), "q", api("0.1.0", "x"));
		assertEquals(List.of(), ApiSignatures.violations(baseline, Map.of("p", api("0.1.0", "a", "b"), "q", api("0.1.0", "x"))));
		assertEquals(List.of("p 0.1.0: removes or changes 1 (first: b) since the baseline's 0.1.0, so its version must be at"
				+ " least 1.0.0"), ApiSignatures.violations(baseline, Map.of("p", api("0.1.0", "a"), "q", api("0.1.0", "x"))));
		assertEquals(List.of("p 0.1.1: adds 1 (first: c) since the baseline's 0.1.0, so its version must be at least 0.2.0"),
				ApiSignatures.violations(baseline, Map.of("p", api("0.1.1", "a", "b", "c"), "q", api("0.1.0", "x"))));
		assertEquals(List.of(), ApiSignatures.violations(baseline, Map.of("p", api("0.2.0", "a", "b", "c"), "q", api("1.0.0"))));
		assertEquals(List.of("q 0.1.0: the package is no longer exported; an exported package stays until the next major"
				+ " release"), ApiSignatures.violations(baseline, Map.of("p", api("0.1.0", "a", "b"))));
		assertEquals(baseline, ApiSignatures.read(ApiSignatures.write(new TreeMap<>(baseline))));
	}

	private static PackageApi api(String version, String... signatures) {
		return new PackageApi(Version.parseVersion(version), new TreeSet<>(List.of(signatures)));
	}
}
