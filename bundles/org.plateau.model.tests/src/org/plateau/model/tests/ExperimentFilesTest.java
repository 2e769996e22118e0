package org.plateau.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plateau.family.deeplinear.model.DeepLinearFactory;
import org.plateau.family.deeplinear.model.DeepLinearPackage;
import org.plateau.family.deeplinear.model.SpectrumTask;
import org.plateau.model.Experiment;
import org.plateau.model.PlateauPackage;
import org.plateau.model.util.ExperimentFileException;
import org.plateau.model.util.PlateauResources;

/**
 * Reading and writing <code>*.plateau</code> files with {@link PlateauResources}, without OSGi.
 */
class ExperimentFilesTest {
	@TempDir
	Path folder;

	@Test
	void completeExperimentSurvivesARoundTrip() throws Exception {
		Experiment original = Experiments.semanticDevelopment();
		Path file = folder.resolve("semantic-development.plateau");

		PlateauResources.save(original, file);
		Experiment loaded = PlateauResources.load(file);

		assertNotSame(original, loaded);
		String xml = read(file);
		assertTrue(EcoreUtil.equals(original, loaded), () -> "loaded experiment differs from the saved one:\n" + xml);
		assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"), xml);
		assertTrue(xml.contains("xmlns:plateau=\"" + PlateauPackage.eNS_URI + "\""), xml);
		assertTrue(xml.contains("xmlns:deeplinear=\"" + DeepLinearPackage.eNS_URI + "\""), xml);
		assertTrue(xml.contains("xsi:type=\"deeplinear:HierarchyTask\""), xml);
	}

	@Test
	void genericResourceSetReadsPlateauFilesByExtension() throws Exception {
		SpectrumTask task = DeepLinearFactory.eINSTANCE.createSpectrumTask();
		task.getSingularValues().add(3.0);
		task.getSingularValues().add(1.5);
		Experiment experiment = Experiments.semanticDevelopment();
		experiment.setTask(task);
		Path file = folder.resolve("spectrum.plateau");
		PlateauResources.save(experiment, file);

		ResourceSet resourceSet = PlateauResources.newResourceSet(DeepLinearPackage.eINSTANCE);
		Resource resource = resourceSet.getResource(URI.createFileURI(file.toString()), true);

		Experiment loaded = assertInstanceOf(Experiment.class, resource.getContents().get(0));
		assertEquals(java.util.List.of(3.0, 1.5), ((SpectrumTask)loaded.getTask()).getSingularValues());
		assertTrue(EcoreUtil.equals(experiment, loaded));
	}

	@Test
	void saveAsMovesTheResourceToTheNewFile() throws Exception {
		Experiment experiment = Experiments.semanticDevelopment();
		Path first = folder.resolve("first.plateau");
		Path second = folder.resolve("second.plateau");
		PlateauResources.save(experiment, first);
		experiment.setName("renamed");

		PlateauResources.save(experiment, second);

		assertEquals("semantic-development", PlateauResources.load(first).getName());
		assertEquals("renamed", PlateauResources.load(second).getName());
		assertEquals(URI.createFileURI(second.toString()), experiment.eResource().getURI());
	}

	@Test
	void missingFileIsNamed() {
		Path file = folder.resolve("missing.plateau");

		ExperimentFileException e = assertThrows(ExperimentFileException.class, () -> PlateauResources.load(file));

		assertEquals("Cannot load " + file + ": no such file", e.getMessage());
		assertEquals(file, e.getFile());
	}

	@Test
	void folderIsNotAnExperimentFile() {
		ExperimentFileException e = assertThrows(ExperimentFileException.class, () -> PlateauResources.load(folder));

		assertEquals("Cannot load " + folder + ": it is a folder, not an experiment file", e.getMessage());
	}

	@Test
	void malformedXmlIsReportedWithItsLine() throws IOException {
		Path file = write("broken.plateau", """
			<?xml version="1.0" encoding="UTF-8"?>
			<plateau:Experiment xmlns:plateau="http://www.plateau.org/model/experiment/1.0" name="broken">
			  <training learningRate="0.1">
			</plateau:Experiment>
			""");

		ExperimentFileException e = assertThrows(ExperimentFileException.class, () -> PlateauResources.load(file));

		assertTrue(e.getMessage().startsWith("Cannot load " + file + ": line 4, column "), e.getMessage());
		assertTrue(e.getMessage().contains("not well-formed XML"), e.getMessage());
	}

	@Test
	void textThatIsNotXmlIsReported() throws IOException {
		Path file = write("notes.plateau", "learningRate = 0.1\nsteps = 1000\n");

		ExperimentFileException e = assertThrows(ExperimentFileException.class, () -> PlateauResources.load(file));

		assertTrue(e.getMessage().startsWith("Cannot load " + file + ": line 1, column 1: not well-formed XML"), e.getMessage());
	}

	@Test
	void emptyFileIsReported() throws IOException {
		Path file = write("empty.plateau", "");

		ExperimentFileException e = assertThrows(ExperimentFileException.class, () -> PlateauResources.load(file));

		assertTrue(e.getMessage().startsWith("Cannot load " + file + ": "), e.getMessage());
		assertTrue(e.getMessage().contains("not well-formed XML"), e.getMessage());
	}

	@Test
	void wrongRootObjectIsNamed() throws IOException {
		Path file = write("training.plateau", """
			<?xml version="1.0" encoding="UTF-8"?>
			<plateau:Training xmlns:plateau="http://www.plateau.org/model/experiment/1.0" learningRate="0.1"/>
			""");

		ExperimentFileException e = assertThrows(ExperimentFileException.class, () -> PlateauResources.load(file));

		assertEquals("Cannot load " + file + ": its root object is a Training (" + PlateauPackage.eNS_URI + "), expected an Experiment",
			e.getMessage());
	}

	@Test
	void unknownClassIsNamed() throws IOException {
		Path file = write("unknown-class.plateau", """
			<?xml version="1.0" encoding="UTF-8"?>
			<plateau:Experiment xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
			    xmlns:plateau="http://www.plateau.org/model/experiment/1.0" name="x">
			  <initialisation xsi:type="plateau:HeInitialisation"/>
			</plateau:Experiment>
			""");

		ExperimentFileException e = assertThrows(ExperimentFileException.class, () -> PlateauResources.load(file));

		assertTrue(e.getMessage().startsWith("Cannot load " + file + ": line 4, column "), e.getMessage());
		assertTrue(e.getMessage().contains("unknown class 'HeInitialisation'"), e.getMessage());
	}

	@Test
	void abstractClassIsRejected() throws IOException {
		Path file = write("abstract.plateau", """
			<?xml version="1.0" encoding="UTF-8"?>
			<plateau:Experiment xmlns:plateau="http://www.plateau.org/model/experiment/1.0" name="x">
			  <task/>
			</plateau:Experiment>
			""");

		ExperimentFileException e = assertThrows(ExperimentFileException.class, () -> PlateauResources.load(file));

		assertTrue(e.getMessage().contains("unknown class 'Task' (not defined by its package, or abstract)"), e.getMessage());
	}

	@Test
	void unknownNamespaceIsNamed() throws IOException {
		Path file = write("other-family.plateau", """
			<?xml version="1.0" encoding="UTF-8"?>
			<plateau:Experiment xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
			    xmlns:plateau="http://www.plateau.org/model/experiment/1.0"
			    xmlns:rnn="http://www.plateau.org/model/family/rnn/1.0" name="x">
			  <architecture xsi:type="rnn:Recurrent"/>
			</plateau:Experiment>
			""");

		ExperimentFileException e = assertThrows(ExperimentFileException.class, () -> PlateauResources.load(file));

		assertTrue(e.getMessage().contains("unknown model namespace 'http://www.plateau.org/model/family/rnn/1.0'"), e.getMessage());
	}

	@Test
	void foreignXmlIsNotAnExperimentFile() throws IOException {
		Path file = write("pom.plateau", """
			<?xml version="1.0" encoding="UTF-8"?>
			<project><modelVersion>4.0.0</modelVersion></project>
			""");

		ExperimentFileException e = assertThrows(ExperimentFileException.class, () -> PlateauResources.load(file));

		assertTrue(e.getMessage().startsWith("Cannot load " + file + ": "), e.getMessage());
		assertTrue(e.getMessage().contains("not an experiment file"), e.getMessage());
	}

	@Test
	void unknownAttributeIsNamed() throws IOException {
		Path file = write("typo.plateau", """
			<?xml version="1.0" encoding="UTF-8"?>
			<plateau:Experiment xmlns:plateau="http://www.plateau.org/model/experiment/1.0" name="x">
			  <training learningRat="0.1"/>
			</plateau:Experiment>
			""");

		ExperimentFileException e = assertThrows(ExperimentFileException.class, () -> PlateauResources.load(file));

		assertTrue(e.getMessage().contains("line 3, column "), e.getMessage());
		assertTrue(e.getMessage().contains("unknown attribute or element 'learningRat'"), e.getMessage());
	}

	@Test
	void illegalValueIsNamed() throws IOException {
		Path file = write("illegal.plateau", """
			<?xml version="1.0" encoding="UTF-8"?>
			<plateau:Experiment xmlns:plateau="http://www.plateau.org/model/experiment/1.0" name="x">
			  <training steps="many"/>
			</plateau:Experiment>
			""");

		ExperimentFileException e = assertThrows(ExperimentFileException.class, () -> PlateauResources.load(file));

		assertTrue(e.getMessage().contains("line 3, column 27: value 'many' of field 'steps' is not a number"), e.getMessage());
	}

	@Test
	void savingIntoAMissingFolderNamesTheFolder() {
		Path file = folder.resolve("no/such/folder/x.plateau");

		ExperimentFileException e = assertThrows(ExperimentFileException.class,
			() -> PlateauResources.save(Experiments.semanticDevelopment(), file));

		assertEquals("Cannot save " + file + ": the folder " + file.getParent() + " does not exist", e.getMessage());
	}

	private Path write(String name, String contents) throws IOException {
		return Files.writeString(folder.resolve(name), contents, StandardCharsets.UTF_8);
	}

	private static String read(Path file) throws IOException {
		return Files.readString(file, StandardCharsets.UTF_8);
	}
}
