package org.plateau.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A lab's descriptor becomes a distribution project: its name, About text, families (with their views), examples
 * fragment, defaults and workspace folder land where the build reads them; a descriptor at fault is refused by file
 * and key. releng/sdk/test-sdk.sh builds such a project and checks the distribution it makes.
 */
class DistributionTemplateTest {

	@TempDir
	Path temp;

	private URI sdk() throws Exception {
		Path repository = Files.createDirectories(temp.resolve("sdk/plugins"));
		Files.writeString(temp.resolve("sdk/content.xml"), "<repository/>");
		for (String bundle : List.of("org.plateau.family.rnn", "org.plateau.family.rnn.ui", "org.plateau.family.deeplinear")) {
			Files.writeString(repository.resolve(bundle + "_0.1.0.v1.jar"), "");
		}
		return temp.resolve("sdk").toUri();
	}

	private Path descriptor(String text) throws Exception {
		Files.createDirectories(temp.resolve("lab/examples"));
		return Files.writeString(temp.resolve("lab/lab.properties"), text);
	}

	@Test
	void writesTheDistributionsProject() throws Exception {
		Path file = descriptor("""
				id=saxelab
				name=Plateau for the Saxe lab
				about=Line one & <two>\\nLine two
				version=1.2.0
				families=org.plateau.family.rnn, org.plateau.family.deeplinear
				repositories=https://example.org/decay
				features=org.mylab.family.decay.feature
				examples=examples
				update.site=https://example.org/saxelab
				slurm.partition=gpu
				workbench.parallelRuns=2
				""");
		Path example = Files.writeString(temp.resolve("lab/examples/mine.plateau"), "<experiment/>");
		DistributionTemplate.Descriptor descriptor = DistributionTemplate.read(file);
		Path project = temp.resolve("out");
		List<Path> files = DistributionTemplate.write(descriptor, sdk(),
				Map.of("org.plateau.family.deeplinear", List.of(example)), project);

		for (Path written : files) {
			assertFalse(Pattern.compile("__[A-Z]+__").matcher(Files.readString(project.resolve(written))).find(),
					"a placeholder is left in " + written);
		}
		String feature = Files.readString(project.resolve("saxelab.feature/feature.xml"));
		assertTrue(feature.contains("<plugin id=\"org.plateau.family.rnn\"") && feature.contains("<plugin id=\"org.plateau.family.rnn.ui\""),
				"a family comes with its views: " + feature);
		assertFalse(feature.contains("org.plateau.family.deeplinear.ui"), "no views where the family has none");
		assertTrue(feature.contains("<includes id=\"org.mylab.family.decay.feature\""), feature);
		assertTrue(feature.contains("<plugin id=\"saxelab.examples.deeplinear\" version=\"0.0.0\" fragment=\"true\"/>"), feature);
		assertTrue(Files.readString(project.resolve("saxelab.examples.deeplinear/META-INF/MANIFEST.MF"))
				.contains("Fragment-Host: org.plateau.family.deeplinear"));
		assertEquals("<experiment/>", Files.readString(project.resolve("saxelab.examples.deeplinear/examples/mine.plateau")));
		assertTrue(Files.readString(project.resolve("pom.xml")).contains("<module>saxelab.examples.deeplinear</module>"));
		String plugin = Files.readString(project.resolve("saxelab.branding/plugin.xml"));
		assertTrue(plugin.contains("name=\"Plateau for the Saxe lab\""), plugin);
		assertTrue(plugin.contains("value=\"Line one &amp; &lt;two&gt;&#10;Line two\""), plugin);
		String product = Files.readString(project.resolve("saxelab.product/saxelab.product"));
		assertTrue(product.contains("@user.home/.plateau-saxelab/workspace") && product.contains("version=\"1.2.0.qualifier\""), product);
		String defaults = Files.readString(project.resolve("saxelab.feature/rootfiles/plateau-defaults.properties"));
		assertTrue(defaults.contains("slurm.partition=gpu\n") && defaults.contains("workbench.parallelRuns=2\n"), defaults);
		assertTrue(Files.readString(project.resolve("plateau-sdk.target")).contains("<repository location=\"https://example.org/decay\"/>"));
		assertTrue(Files.readString(project.resolve("saxelab.product/saxelab.p2.inf")).contains("location:https${#58}//example.org/saxelab"));
	}

	@Test
	void refusesADescriptorAtFaultByKey() throws Exception {
		assertRefused("id=Saxe Lab\nfamilies=org.plateau.family.rnn\n", "id 'Saxe Lab'");
		assertRefused("families=org.plateau.family.rnn\n", "'id' is missing");
		assertRefused("id=lab\nfamilies=org.plateau.family.rnn\ncolour=blue\n", "unknown key 'colour'");
		assertRefused("id=lab\n", "families and features are both empty");
		assertRefused("id=lab\nfamilies=org.plateau.family.rnn\nversion=1.0\n", "version '1.0'");
		assertRefused("id=lab\nfamilies=org.plateau.family.rnn\nexamples=nowhere\n", "examples 'nowhere' is not a folder");
		assertRefused("id=lab\nfeatures=org.mylab.x.feature\n", "need the repositories");

		DistributionTemplate.Descriptor missing = DistributionTemplate.read(descriptor("id=lab\nfamilies=org.plateau.family.nope\n"));
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> DistributionTemplate.write(missing, sdk(), Map.of(), temp.resolve("never")));
		assertTrue(e.getMessage().contains("has no bundle org.plateau.family.nope"), e.getMessage());
		assertFalse(Files.exists(temp.resolve("never")), "nothing is written");
	}

	private void assertRefused(String text, String message) throws Exception {
		Path file = descriptor(text);
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DistributionTemplate.read(file));
		assertTrue(e.getMessage().contains(message) && e.getMessage().startsWith(file.toString()), e.getMessage());
	}
}
