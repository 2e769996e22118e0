package org.plateau.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plateau.model.util.ExperimentFileException;
import org.plateau.model.util.PlateauResources;

/**
 * What a user reads when an experiment file cannot be loaded: every problem of the file, each with its line and
 * column, in words (the unknown name and the names that are valid there, the field and why its value is refused), and
 * never a Java class name or an object dump.
 */
class LoadMessagesTest {

	/** A Java class name (org.eclipse..., java.net.X) or an object dump (SomethingImpl@1a2b). */
	private static final Pattern JAVA = Pattern.compile("\\b(org|java|javax|sun|com)\\.[a-z]+\\.|Exception\\b|Impl\\b|@[0-9a-f]{4,}");

	@TempDir
	Path folder;

	@Test
	void everyMisspeltNameIsReportedWithTheValidNames() throws IOException {
		Path file = write("typos.plateau", """
			<?xml version="1.0" encoding="UTF-8"?>
			<plateau:Experiment xmlns:plateau="http://www.plateau.org/model/experiment/2.0" name="x" nmae="y">
			  <training learningRat="0.1" stpes="3"/>
			  <trainig/>
			</plateau:Experiment>
			""");

		String message = failure(file);

		assertTrue(message.startsWith("Cannot load " + file + ": 4 problems:\n"), message);
		assertTrue(message.contains("\n  line 2, column 99: unknown attribute or element 'nmae' in Experiment (did you mean 'name'?); "
			+ "the fields of Experiment are name, notes, seed, task, architecture, initialisation, training, theory, runs"), message);
		assertTrue(message.contains("\n  line 3, column 42: unknown attribute or element 'learningRat' in Training (did you mean 'learningRate'?); "
			+ "the fields of Training are algorithm, learningRate, steps,"), message);
		assertTrue(message.contains("\n  line 3, column 42: unknown attribute or element 'stpes' in Training (did you mean 'steps'?)"), message);
		assertTrue(message.contains("\n  line 4, column 13: unknown attribute or element 'trainig' in Experiment (did you mean 'training'?)"), message);
	}

	@Test
	void aNameFarFromEveryFieldGetsOnlyTheList() throws IOException {
		Path file = write("far.plateau", """
			<?xml version="1.0" encoding="UTF-8"?>
			<plateau:Experiment xmlns:plateau="http://www.plateau.org/model/experiment/2.0" name="x">
			  <training momentum="0.9"/>
			</plateau:Experiment>
			""");

		String message = failure(file);

		assertTrue(message.contains("line 3, column 29: unknown attribute or element 'momentum' in Training; the fields of Training are "), message);
		assertFalse(message.contains("did you mean"), message);
	}

	@Test
	void aTruncatedFileSaysWhereItEnds() throws IOException {
		Path file = write("truncated.plateau", """
			<?xml version="1.0" encoding="UTF-8"?>
			<plateau:Experiment xmlns:plateau="http://www.plateau.org/model/experiment/2.0" name="x">
			  <training learningRate="0.1" steps="3"/>
			""");

		assertEquals("Cannot load " + file + ": line 4, column 1: not well-formed XML: the file ends before the XML is complete (line 4)",
			failure(file));
	}

	@Test
	void aValueOfTheWrongKindNamesTheFieldAndWhy() throws IOException {
		Path file = write("values.plateau", """
			<?xml version="1.0" encoding="UTF-8"?>
			<plateau:Experiment xmlns:plateau="http://www.plateau.org/model/experiment/2.0" name="x" seed="99999999999999999999">
			  <training learningRate="abc" steps="1.5" batchSize="3000000000" algorithm="FULL_BATCH"/>
			</plateau:Experiment>
			""");

		String message = failure(file);

		assertTrue(message.startsWith("Cannot load " + file + ": 5 problems:\n"), message);
		assertTrue(message.contains("line 2, column 118: value '99999999999999999999' of field 'seed' is out of range: it must lie between "
			+ Long.MIN_VALUE + " and " + Long.MAX_VALUE), message);
		assertTrue(message.contains("line 3, column 91: value 'abc' of field 'learning rate η' (learningRate) is not a number"), message);
		assertTrue(message.contains("line 3, column 91: value '1.5' of field 'steps' is not a whole number"), message);
		assertTrue(message.contains("line 3, column 91: value '3000000000' of field 'batch size' (batchSize) is out of range: it must lie between "
			+ Integer.MIN_VALUE + " and " + Integer.MAX_VALUE), message);
		assertTrue(message.contains("line 3, column 91: value 'FULL_BATCH' of field 'algorithm' is not one of FULL_BATCH_GD, ONLINE_SGD, "
			+ "MINI_BATCH_SGD (did you mean 'FULL_BATCH_GD'?)"), message);
	}

	@Test
	void aRealNumberMustBeFinite() throws IOException {
		Path file = write("infinite.plateau", """
			<?xml version="1.0" encoding="UTF-8"?>
			<plateau:Experiment xmlns:plateau="http://www.plateau.org/model/experiment/2.0" name="x">
			  <training learningRate="NaN" stopBelowLoss="Infinity"/>
			  <initialisation xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="plateau:SmallGaussianInitialisation" scale="1e999"/>
			</plateau:Experiment>
			""");

		String message = failure(file);

		assertTrue(message.contains("line 3, column 58: value 'NaN' of field 'learning rate η' (learningRate) is not a finite number"), message);
		assertTrue(message.contains("line 3, column 58: value 'Infinity' of field 'stop below loss' (stopBelowLoss) is not a finite number"), message);
		assertTrue(message.contains("line 4, column 135: value '1e999' of field 'initial scale σ' (scale) is too large"), message);
	}

	@Test
	void entitiesAreNeverRead() throws IOException {
		Path external = write("external.plateau", """
			<?xml version="1.0" encoding="UTF-8"?>
			<!DOCTYPE x [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
			<plateau:Experiment xmlns:plateau="http://www.plateau.org/model/experiment/2.0" name="x"><notes>&secret;</notes></plateau:Experiment>
			""");
		Path internal = write("internal.plateau", """
			<?xml version="1.0" encoding="UTF-8"?>
			<!DOCTYPE x [ <!ENTITY a "aaaaaaaaaa"> <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"> ]>
			<plateau:Experiment xmlns:plateau="http://www.plateau.org/model/experiment/2.0" name="&b;"/>
			""");

		for (Path file : new Path[] { external, internal }) {
			assertEquals("Cannot load " + file + ": line 2, column 10: not well-formed XML: the file declares a document type (DOCTYPE), "
				+ "which an experiment file has not: its entities are never read", failure(file));
		}
	}

	@Test
	void aReferenceToNothingInTheFileNamesTheField() throws IOException {
		Path file = write("dangling.plateau", """
			<?xml version="1.0" encoding="UTF-8"?>
			<plateau:Experiment xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:plateau="http://www.plateau.org/model/experiment/2.0"
			    xmlns:gdln="http://www.plateau.org/model/gdln/1.0" name="x">
			  <architecture xsi:type="gdln:GatedArchitecture">
			    <nodes name="x" dim="2" kind="INPUT"/>
			    <edges name="W" source="//@architecture/@nodes.0" target="//@architecture/@nodes.7"/>
			  </architecture>
			</plateau:Experiment>
			""");

		String message = failure(file);

		assertTrue(message.contains("field 'target' refers to '//@architecture/@nodes.7', which is nowhere in the file"), message);
	}

	private String failure(Path file) {
		ExperimentFileException e = assertThrows(ExperimentFileException.class, () -> PlateauResources.load(file));
		String message = e.getMessage();
		assertFalse(JAVA.matcher(message).find(), () -> "a Java name in: " + message);
		return message;
	}

	private Path write(String name, String contents) throws IOException {
		return Files.writeString(folder.resolve(name), contents, StandardCharsets.UTF_8);
	}
}
