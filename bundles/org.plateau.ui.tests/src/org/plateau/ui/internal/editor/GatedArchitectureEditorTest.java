package org.plateau.ui.internal.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.plateau.ui.internal.UiTestSupport.button;
import static org.plateau.ui.internal.UiTestSupport.click;
import static org.plateau.ui.internal.UiTestSupport.copyExample;
import static org.plateau.ui.internal.UiTestSupport.deleteTree;
import static org.plateau.ui.internal.UiTestSupport.press;
import static org.plateau.ui.internal.UiTestSupport.screenshot;
import static org.plateau.ui.internal.UiTestSupport.settle;
import static org.plateau.ui.internal.UiTestSupport.waitUntil;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plateau.family.gated.model.GatedPackage;
import org.plateau.gdln.model.GatedArchitecture;
import org.plateau.ui.internal.diagram.NetworkDiagramCanvas;

/**
 * The gated family's routing network on the architecture page: the graph of the shared EMF model drawn by the one
 * network painter, its seven encoders and decoders gated, a hidden width edited as an undoable command.
 */
class GatedArchitectureEditorTest {

	private Path folder;
	private IWorkbenchPage page;
	private ExperimentEditor editor;

	@BeforeEach
	void openTheRoutingExample() throws Exception {
		folder = Files.createTempDirectory("plateau-gated-editor-test");
		Path file = copyExample(GatedPackage.class, "routing-decoupled.plateau", folder);
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		editor = (ExperimentEditor) page.openEditor(new ExperimentEditorInput(file), ExperimentEditor.ID);
		settle(200);
		assertNotNull(editor.getExperiment(), "the example loads");
	}

	@AfterEach
	void closeWithoutSaving() throws IOException {
		if (editor != null) {
			page.closeEditor(editor, false);
		}
		settle(100);
		deleteTree(folder);
	}

	@Test
	void theRoutingGraphIsDrawnWithItsGatesAndAHiddenWidthIsEditable() {
		assertFalse(editor.hasErrors(), () -> "the example is valid: " + editor.getDiagnostic());
		editor.setActivePage(ArchitecturePage.ID);
		settle(200);
		NetworkDiagramCanvas canvas = editor.architecturePage().canvas();
		assertNotNull(canvas);
		waitUntil("the diagram is laid out", 3000, () -> {
			Rectangle bounds = canvas.layerBounds("n7");
			return bounds != null && bounds.width > 0 && canvas.getSize().y > 100;
		});
		// 7 input domains, two shared hidden layers, 7 output domains
		assertEquals(16, canvas.layerIds().size());
		click(canvas, canvas.layerBounds("n7"));
		assertEquals("n7", canvas.selectedLayer());
		// the whole graph: the editor maximised, for the screenshot
		page.toggleZoom(page.getReference(editor));
		settle(300);
		screenshot(page.getWorkbenchWindow().getShell(), "editor-gated-architecture.png");
		page.toggleZoom(page.getReference(editor));
		settle(100);

		GatedArchitecture architecture = (GatedArchitecture) editor.getExperiment().getArchitecture();
		assertEquals(64, editor.architecturePage().widthSpinner().getSelection(), "the spinner shows the layer's width");
		editor.architecturePage().widthSpinner().setSelection(32);
		press(button((Composite) editor.architecturePage().getPartControl(), "Set width"));
		assertEquals(32, architecture.getNodes().get(7).getDim());
		editor.getEditingDomain().getCommandStack().undo();
		assertEquals(64, architecture.getNodes().get(7).getDim());
	}
}
