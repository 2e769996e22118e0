package org.plateau.ui.internal.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.plateau.ui.internal.UiTestSupport.button;
import static org.plateau.ui.internal.UiTestSupport.centre;
import static org.plateau.ui.internal.UiTestSupport.click;
import static org.plateau.ui.internal.UiTestSupport.copyExample;
import static org.plateau.ui.internal.UiTestSupport.deleteTree;
import static org.plateau.ui.internal.UiTestSupport.drag;
import static org.plateau.ui.internal.UiTestSupport.press;
import static org.plateau.ui.internal.UiTestSupport.screenshot;
import static org.plateau.ui.internal.UiTestSupport.settle;
import static org.plateau.ui.internal.UiTestSupport.waitUntil;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.plateau.core.family.NetworkDiagram;
import org.plateau.core.family.NetworkDiagram.Connection;
import org.plateau.core.family.NetworkDiagram.Layer;
import org.plateau.family.gated.model.GatedPackage;
import org.plateau.family.gated.model.RaceTask;
import org.plateau.gdln.model.GatedArchitecture;
import org.plateau.gdln.model.GatedNode;
import org.plateau.ui.internal.diagram.NetworkDiagramCanvas;
import org.plateau.ui.internal.runs.LiveRun;
import org.plateau.ui.internal.runs.RunManager;

/**
 * The graphical architecture editor of the gated networks (issue 19, item 6): the routing network drawn with its
 * gates; the race toy of Saxe, Sodhani and Lewallen (2022) rebuilt by mouse (a pathway deleted, a hidden layer placed
 * from the palette and marked until it is connected, two weight matrices dragged, the new pathway gated, moved and
 * resized in its properties), every edit one command; then run, with the weight norms and the gates' shares of the
 * datapoints drawn live.
 */
class GatedArchitectureEditorTest {

	private Path folder;
	private IWorkbenchPage page;
	private ExperimentEditor editor;

	private void open(String example) throws Exception {
		folder = Files.createTempDirectory("plateau-gated-editor-test");
		Path file = copyExample(GatedPackage.class, example, folder);
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		editor = (ExperimentEditor) page.openEditor(new ExperimentEditorInput(file), ExperimentEditor.ID);
		settle(200);
		assertNotNull(editor.getExperiment(), "the example loads");
		assertFalse(editor.hasErrors(), () -> "the example is valid: " + editor.getDiagnostic());
		editor.setActivePage(ArchitecturePage.ID);
		settle(200);
	}

	@AfterEach
	void closeWithoutSaving() throws IOException {
		if (editor != null) {
			page.closeEditor(editor, false);
		}
		settle(100);
		if (folder != null) {
			deleteTree(folder);
		}
	}

	private NetworkDiagramCanvas canvas() {
		return editor.architecturePage().canvas();
	}

	private Composite pageControl() {
		return (Composite) editor.architecturePage().getPartControl();
	}

	private String id(String label) {
		return canvas().diagram().layers().stream().filter(layer -> layer.label().equals(label)).map(Layer::id)
				.findFirst().orElseThrow(() -> new AssertionError("no layer " + label + " in " + canvas().layerIds()));
	}

	private Point at(String label) {
		return centre(canvas().layerBounds(id(label)));
	}

	/** A screenshot with the pointer away from the drawing (its tool tips would hide the network). */
	private void shoot(String name) {
		canvas().setToolTipText(null);
		canvas().getDisplay().setCursorLocation(0, 0);
		settle(200);
		screenshot(page.getWorkbenchWindow().getShell(), name);
	}

	@Test
	void theRoutingGraphIsDrawnWithItsGatesAndAHiddenWidthIsEditableInItsProperties() throws Exception {
		open("routing-decoupled.plateau");
		NetworkDiagramCanvas canvas = canvas();
		waitUntil("the diagram is laid out", 3000, () -> {
			Rectangle bounds = canvas.layerBounds("n7");
			return bounds != null && bounds.width > 0 && canvas.getSize().y > 100;
		});
		// 7 input domains, two shared hidden layers, 7 output domains
		assertEquals(16, canvas.layerIds().size());
		assertTrue(editor.architecturePage().palette().control().isVisible(), "a graph gets the palette");
		click(canvas, canvas.layerBounds("n7"));
		assertEquals("n7", canvas.selectedLayer());
		// the whole graph: the editor maximised, for the screenshot
		page.toggleZoom(page.getReference(editor));
		settle(300);
		screenshot(page.getWorkbenchWindow().getShell(), "editor-gated-architecture.png");
		page.toggleZoom(page.getReference(editor));
		settle(100);

		GatedArchitecture architecture = (GatedArchitecture) editor.getExperiment().getArchitecture();
		ArchitectureProperties properties = editor.architecturePage().properties();
		assertEquals(64, properties.widthField().getSelection(), "the properties show the layer's width");
		properties.widthField().setSelection(32);
		properties.widthField().notifyListeners(SWT.DefaultSelection, new Event());
		settle(50);
		assertEquals(32, architecture.getNodes().get(7).getDim());
		editor.getEditingDomain().getCommandStack().undo();
		assertEquals(64, architecture.getNodes().get(7).getDim());

		// the routing task gates its domains itself: the Gate tool says so
		press(button(pageControl(), "Gate"));
		click(canvas, canvas.layerBounds("n7"));
		assertTrue(editor.architecturePage().message().contains("routing task gates its domains itself"),
				editor.architecturePage().message());
	}

	@Test
	void theRaceToyIsRebuiltByMouseThenRunWithItsGatesDrawnLive() throws Exception {
		open("race-toy.plateau");
		NetworkDiagramCanvas canvas = canvas();
		waitUntil("the diagram is laid out", 3000, () -> canvas.layerBounds("n3") != null && canvas.getSize().y > 100);
		page.toggleZoom(page.getReference(editor));
		settle(300);
		GatedArchitecture architecture = (GatedArchitecture) editor.getExperiment().getArchitecture();
		RaceTask race = (RaceTask) editor.getExperiment().getTask();
		int commands = 0;

		// delete pathway B: its layer and its two weight matrices, one command
		click(canvas, canvas.layerBounds(id("hB")));
		press(button(pageControl(), "Delete"));
		commands++;
		assertEquals(List.of("x", "hA", "y"), architecture.getNodes().stream().map(GatedNode::getName).toList());
		assertEquals(2, architecture.getEdges().size());
		assertTrue(editor.isDirty());
		assertNull(canvas.selectedLayer(), "the deleted layer's id now names its neighbour: nothing is selected");

		// a hidden layer placed from the palette, below hA: marked on the drawing until it lies on a path
		press(button(pageControl(), "Hidden layer"));
		assertEquals(NetworkDiagramCanvas.Gesture.PLACE, canvas.gesture());
		Rectangle hA = canvas.layerBounds(id("hA"));
		click(canvas, hA.x + hA.width / 2, Math.min(canvas.getSize().y - 30, hA.y + hA.height + 40), 1);
		commands++;
		assertEquals(NetworkDiagramCanvas.Gesture.SELECT, canvas.gesture(), "one layer placed: back to Select");
		assertEquals(id("h1"), canvas.selectedLayer(), "the new layer is selected");
		assertNotNull(canvas.layerProblem(id("h1")), "an unconnected layer is marked");
		assertTrue(canvas.layerProblem(id("h1")).contains("no path"), canvas.layerProblem(id("h1")));
		assertTrue(editor.architecturePage().properties().problem().contains("no path"));
		shoot("editor-gated-build-marked.png");

		// two weight matrices, dragged from layer to layer
		press(button(pageControl(), "Weight matrix"));
		drag(canvas, at("x"), at("h1"));
		drag(canvas, at("h1"), at("y"));
		commands += 2;
		assertEquals(4, architecture.getEdges().size());
		assertNull(canvas.layerProblem(id("h1")), "connected, the layer lies on a path");
		// an edge into the input is refused, with the reason
		drag(canvas, at("h1"), at("x"));
		assertEquals(4, architecture.getEdges().size());
		assertTrue(editor.architecturePage().message().contains("input layer 'x'"), editor.architecturePage().message());

		// the task gates the new pathway
		press(button(pageControl(), "Gate"));
		click(canvas, canvas.layerBounds(id("h1")));
		commands++;
		assertEquals("h1", race.getGatedNode());
		NetworkDiagram drawn = canvas.diagram();
		for (Connection connection : drawn.connections()) {
			boolean touches = connection.from().equals(id("h1")) || connection.to().equals(id("h1"));
			assertEquals(touches, connection.gated(), connection.label());
		}

		// dragged above hA in its column, and resized in its properties
		drag(canvas, at("h1"), new Point(at("h1").x, canvas.layerBounds(id("hA")).y + 2));
		commands++;
		assertEquals(List.of("x", "h1", "hA", "y"), architecture.getNodes().stream().map(GatedNode::getName).toList());
		assertEquals(id("h1"), canvas.selectedLayer(), "the moved layer stays selected");
		ArchitectureProperties properties = editor.architecturePage().properties();
		properties.widthField().setSelection(8);
		properties.widthField().notifyListeners(SWT.DefaultSelection, new Event());
		commands++;
		assertEquals(8, architecture.getNodes().get(1).getDim());
		assertFalse(editor.hasErrors(), () -> "the network built by mouse is valid: " + editor.getDiagnostic());
		settle(200);
		shoot("editor-gated-built-by-mouse.png");

		// run: the weight norms and the share of the datapoints each gate is open on (p = 0.5), drawn live
		RunManager runs = PlatformUI.getWorkbench().getService(RunManager.class);
		LiveRun run = runs.start(editor.getExperiment(), editor.getFile());
		waitUntil("the run ends", 60_000, () -> !run.isLive());
		assertNotNull(run.result(), () -> "the run ended with a result: " + run.failure());
		waitUntil("the diagram shows the run's state", 5000, () -> canvas.liveState() != null);
		double[] open = canvas.liveState().gatesOpen();
		assertEquals(4, open.length);
		for (int i = 0; i < open.length; i++) {
			Connection connection = canvas.diagram().connections().get(i);
			assertEquals(connection.gated() ? race.getGatedFraction() : 1, open[i], 1e-12, connection.label());
		}
		settle(500);
		shoot("editor-gated-built-live.png");
		page.toggleZoom(page.getReference(editor));

		// every edit was one command: as many undos bring the example back; the norms measured on the network built
		// go with its first undone edit
		for (int k = 0; k < commands; k++) {
			editor.getEditingDomain().getCommandStack().undo();
			if (k == 0) {
				assertNotNull(canvas.liveState(), "a width does not change the weight matrices");
			}
		}
		assertNull(canvas.liveState(), "the run's norms were measured on other weight matrices");
		settle(100);
		assertFalse(editor.getEditingDomain().getCommandStack().canUndo(), "no more than " + commands + " commands");
		assertFalse(editor.isDirty());
		assertEquals(List.of("x", "hA", "hB", "y"), architecture.getNodes().stream().map(GatedNode::getName).toList());
		assertEquals("hB", race.getGatedNode());
	}
}
