package org.plateau.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.plateau.model.tests.ExperimentValidationTest.messages;

import java.util.List;

import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.Test;
import org.plateau.gdln.model.GatedArchitecture;
import org.plateau.gdln.model.GatedNode;
import org.plateau.gdln.model.GdlnFactory;
import org.plateau.model.Experiment;
import org.plateau.model.PlateauFactory;
import org.plateau.model.Sweep;
import org.plateau.model.util.Texts;

/**
 * Names and other texts with control characters: validation refuses them before a run (they would reach the terminal
 * raw, and an XML file cannot hold them), naming the field and the character; {@link Texts#printable} escapes them
 * for a terminal.
 */
class TextsTest {

	@Test
	void aControlCharacterInTheExperimentsNameIsRefusedByName() {
		Experiment experiment = Experiments.semanticDevelopment();
		experiment.setName("run\u001B[2J");

		assertEquals(List.of("Experiment 'run\\u001B[2J': name 'run\\u001B[2J' holds the control character \\u001B at position 4: name is one "
			+ "line of printable characters, so that it can be shown and saved; remove it"), messages(Diagnostician.INSTANCE.validate(experiment)));
	}

	@Test
	void notesMayHoldLineBreaksAndTabsButNoOtherControlCharacter() {
		Experiment experiment = Experiments.semanticDevelopment();
		experiment.setNotes("first line\n\tsecond line");
		assertEquals(List.of(), messages(Diagnostician.INSTANCE.validate(experiment)));

		experiment.setNotes("bell\u0007");
		assertEquals(List.of("Experiment 'semantic-development': notes 'bell\\u0007' holds the control character \\u0007 at position 5: a text "
			+ "may hold line breaks and tabs, but no other control character; remove it"), messages(Diagnostician.INSTANCE.validate(experiment)));
	}

	@Test
	void aFamilysNamesAreCheckedToo() {
		Experiment experiment = Experiments.semanticDevelopment();
		GatedArchitecture architecture = GdlnFactory.eINSTANCE.createGatedArchitecture();
		GatedNode node = GdlnFactory.eINSTANCE.createGatedNode();
		node.setName("in\r0");
		architecture.getNodes().add(node);
		experiment.setArchitecture(architecture);

		List<String> messages = messages(Diagnostician.INSTANCE.validate(experiment));

		assertEquals(1, messages.stream().filter(m -> m.equals("GatedNode of experiment 'semantic-development': name 'in\\u000D0' holds the "
			+ "control character \\u000D at position 3: name is one line of printable characters, so that it can be shown and saved; remove it"))
			.count(), messages::toString);
	}

	@Test
	void aCharacterXmlCannotStoreIsRefused() {
		Sweep sweep = PlateauFactory.eINSTANCE.createSweep();
		sweep.setName("half \uD83D pair");

		assertEquals(1, messages(Diagnostician.INSTANCE.validate(sweep)).stream()
			.filter(m -> m.contains("name 'half \\uD83D pair' holds the character \\uD83D, which an XML file cannot store, at position 6")).count());
	}

	@Test
	void printableEscapesWhatATerminalWouldActOn() {
		assertEquals("plain name, ünïcödé, 😀", Texts.printable("plain name, ünïcödé, 😀"));
		assertEquals("a\\u001B[31mred\\u0007", Texts.printable("a\u001B[31mred\u0007"));
		assertEquals("line\\u000Abreak\\u0009tab", Texts.printable("line\nbreak\ttab"));
		assertEquals("evil\\u202Etxt.exe", Texts.printable("evil\u202Etxt.exe"));
		assertEquals("back\\\\slash \\uD83D alone", Texts.printable("back\\slash \uD83D alone"));
		assertEquals("null", Texts.printable(null));
	}
}
