package org.plateau.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/**
 * The template writes a complete, consistent project: every placeholder filled, the EPackage's namespace the same in
 * the Ecore model, plugin.xml and the example, the DS component naming the family's class, and refusals that name
 * the setting and write nothing. Whether the project builds and passes its tests against the SDK repository alone is
 * checked by releng/sdk/test-sdk.sh (run by ./plateau test) with an empty local Maven repository.
 */
class FamilyTemplateTest {

	@TempDir
	Path temp;

	private URI sdk() throws IOException {
		Path repository = Files.createDirectories(temp.resolve("sdk"));
		Files.writeString(repository.resolve("content.xml"), "<repository/>");
		return repository.toUri();
	}

	@Test
	void writesACompleteProjectWithEveryPlaceholderFilled() throws Exception {
		FamilyTemplate.Settings settings = new FamilyTemplate.Settings("decay", "org.mylab.family.decay", "My lab", sdk());
		Path project = temp.resolve("decay");
		List<Path> files = FamilyTemplate.write(settings, project);

		String bundle = "org.mylab.family.decay/";
		String sources = bundle + "src/org/mylab/family/decay/internal/";
		for (String expected : List.of("pom.xml", "README.md", "plateau-sdk.target", "mvnw", ".mvn/maven.config",
				".mvn/wrapper/maven-wrapper.properties", ".gitignore", "codegen/pom.xml",
				bundle + "META-INF/MANIFEST.MF", bundle + "OSGI-INF/org.mylab.family.decay.xml", bundle + "plugin.xml",
				bundle + "model/decay.ecore", bundle + "model/decay.genmodel", bundle + "examples/decay-regression.plateau",
				sources + "DecayFamily.java", sources + "GradientDescentTrainer.java", sources + "ExactGradientDescent.java",
				"org.mylab.family.decay.tests/src/org/mylab/family/decay/internal/DecayFamilyConformanceTest.java",
				"org.mylab.family.decay.feature/feature.xml")) {
			assertTrue(files.contains(Path.of(expected)), expected + " is written: " + files);
		}
		assertTrue(Files.isExecutable(project.resolve("mvnw")), "the Maven wrapper is executable");
		for (Path file : files) {
			assertFalse(file.toString().contains("__"), "a placeholder in the path " + file);
			String text = Files.readString(project.resolve(file));
			Matcher placeholder = Pattern.compile("__[A-Z]+__").matcher(text);
			assertFalse(placeholder.find(), "placeholder " + (placeholder.hitEnd() ? "" : placeholder.group()) + " in " + file);
		}
		assertEquals("-Dplateau.sdk=" + sdk(), Files.readString(project.resolve(".mvn/maven.config")).strip());

		String nsUri = root(project.resolve(bundle + "model/decay.ecore")).getAttribute("nsURI");
		assertEquals("http://org.mylab.family.decay/model/1.0", nsUri);
		Element plugin = root(project.resolve(bundle + "plugin.xml"));
		Element generated = (Element) plugin.getElementsByTagName("package").item(0);
		assertEquals(nsUri, generated.getAttribute("uri"));
		assertEquals("org.mylab.family.decay.model.DecayPackage", generated.getAttribute("class"));
		assertEquals(nsUri, root(project.resolve(bundle + "examples/decay-regression.plateau")).getAttribute("xmlns:decay"));
		Element implementation = (Element) root(project.resolve(bundle + "OSGI-INF/org.mylab.family.decay.xml"))
				.getElementsByTagName("implementation").item(0);
		assertEquals("org.mylab.family.decay.internal.DecayFamily", implementation.getAttribute("class"));
		assertTrue(Files.readString(project.resolve(bundle + "META-INF/MANIFEST.MF"))
				.contains("Bundle-SymbolicName: org.mylab.family.decay;singleton:=true"));
	}

	@Test
	void refusesWhatCannotWorkAndWritesNothing() throws Exception {
		URI sdk = sdk();
		for (String name : List.of("Decay", "1decay", "de-cay", "class", "")) {
			IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
					() -> new FamilyTemplate.Settings(name, "org.mylab.family.x", "My lab", sdk));
			assertTrue(e.getMessage().contains("family name '" + name + "'"), e.getMessage());
		}
		for (String id : List.of("decay", "org.mylab.family.Decay", "org.mylab.new.decay", "org..decay")) {
			IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
					() -> new FamilyTemplate.Settings("decay", id, "My lab", sdk));
			assertTrue(e.getMessage().contains("bundle id '" + id + "'"), e.getMessage());
		}
		IllegalArgumentException vendor = assertThrows(IllegalArgumentException.class,
				() -> new FamilyTemplate.Settings("decay", "org.mylab.decay", "<lab>", sdk));
		assertTrue(vendor.getMessage().contains("vendor '<lab>'"), vendor.getMessage());
		IllegalArgumentException notP2 = assertThrows(IllegalArgumentException.class,
				() -> new FamilyTemplate.Settings("decay", "org.mylab.decay", "My lab", temp.toUri()));
		assertTrue(notP2.getMessage().contains("is not a p2 repository"), notP2.getMessage());
		IllegalArgumentException scheme = assertThrows(IllegalArgumentException.class,
				() -> new FamilyTemplate.Settings("decay", "org.mylab.decay", "My lab", URI.create("ftp://host/sdk")));
		assertTrue(scheme.getMessage().contains("ftp://host/sdk"), scheme.getMessage());
		IllegalArgumentException relative = assertThrows(IllegalArgumentException.class,
				() -> P2Repositories.location("--sdk", "file:relative/sdk"));
		assertTrue(relative.getMessage().contains("--sdk 'file:relative/sdk' is not a file: URL of a local folder"),
				relative.getMessage());
		assertEquals(sdk, P2Repositories.location("--sdk", Path.of(sdk).toString()));
		IllegalArgumentException remote = assertThrows(IllegalArgumentException.class,
				() -> new FamilyTemplate.Settings("decay", "org.mylab.decay", "My lab", URI.create("https://host/sdk")));
		assertTrue(remote.getMessage().contains("must be a local folder"), remote.getMessage());

		Path project = Files.createDirectories(temp.resolve("full"));
		Files.writeString(project.resolve("notes.txt"), "mine");
		FamilyTemplate.Settings settings = new FamilyTemplate.Settings("decay", "org.mylab.decay", "My lab", sdk);
		assertThrows(FileAlreadyExistsException.class, () -> FamilyTemplate.write(settings, project));
		try (var children = Files.list(project)) {
			assertEquals(List.of(project.resolve("notes.txt")), children.toList(), "the folder is left as it was");
		}
		assertEquals("mine", Files.readString(project.resolve("notes.txt")));
	}

	private static Element root(Path xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(false);
		return factory.newDocumentBuilder().parse(xml.toFile()).getDocumentElement();
	}
}
