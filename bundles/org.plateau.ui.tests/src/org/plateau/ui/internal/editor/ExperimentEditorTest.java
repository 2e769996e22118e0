package org.plateau.ui.internal.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.plateau.ui.internal.UiTestSupport.button;
import static org.plateau.ui.internal.UiTestSupport.click;
import static org.plateau.ui.internal.UiTestSupport.copyExample;
import static org.plateau.ui.internal.UiTestSupport.deleteTree;
import static org.plateau.ui.internal.UiTestSupport.find;
import static org.plateau.ui.internal.UiTestSupport.press;
import static org.plateau.ui.internal.UiTestSupport.screenshot;
import static org.plateau.ui.internal.UiTestSupport.settle;
import static org.plateau.ui.internal.UiTestSupport.type;
import static org.plateau.ui.internal.UiTestSupport.waitUntil;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.XMLMemento;
import org.eclipse.ui.actions.ActionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plateau.family.deeplinear.model.DeepLinearNetwork;
import org.plateau.family.deeplinear.model.DeepLinearPackage;
import org.plateau.model.AlignedBalancedInitialisation;
import org.plateau.model.Experiment;
import org.plateau.model.PlateauPackage;
import org.plateau.model.SmallGaussianInitialisation;
import org.plateau.model.Training;
import org.plateau.model.util.PlateauResources;
import org.plateau.ui.internal.diagram.NetworkDiagramCanvas;

/**
 * Drives the experiment editor on a copy of the deep linear family's semantic-development example: settings edits
 * are single undoable commands, invalid values are reported on their fields and in the Problems view, part types
 * can be replaced, the network is edited on the diagram, the model tree and property table edit the same model,
 * and saving writes what re-loads.
 */
class ExperimentEditorTest {

	private static final EAttribute LEARNING_RATE = PlateauPackage.Literals.TRAINING__LEARNING_RATE;

	private Path folder;
	private Path file;
	private IWorkbenchPage page;
	private ExperimentEditor editor;

	@BeforeEach
	void openTheExample() throws Exception {
		folder = Files.createTempDirectory("plateau-editor-test");
		file = copyExample(DeepLinearPackage.class, "semantic-development.plateau", folder);
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

	private Shell shell() {
		return page.getWorkbenchWindow().getShell();
	}

	private CommandStack stack() {
		return editor.getEditingDomain().getCommandStack();
	}

	private Text learningRateField() {
		editor.setActivePage(SettingsPage.ID);
		settle(50);
		Text field = (Text) editor.settingsPage().field(editor.getExperiment().getTraining(), LEARNING_RATE);
		assertNotNull(field, "the Training section has a learning rate field");
		return field;
	}

	@Test
	void aSettingsEditIsOneCommandThatUndoes() {
		Training training = editor.getExperiment().getTraining();
		assertEquals("semantic-development.plateau", editor.getPartName());
		assertFalse(editor.isDirty());
		assertFalse(editor.hasErrors(), () -> "the example is valid: " + editor.getDiagnostic());
		Text field = learningRateField();
		assertEquals("0.01", field.getText());

		type(field, "0.02");
		assertEquals(0.02, training.getLearningRate(), 0.0);
		assertTrue(editor.isDirty());
		screenshot(shell(), "editor-settings.png");

		stack().undo();
		settle(50);
		assertEquals(0.01, training.getLearningRate(), 0.0);
		assertFalse(editor.isDirty());
		assertEquals("0.01", field.getText(), "the field shows the undone value");
		assertFalse(stack().canUndo(), "the edit was one command");

		// the same through the editor's global Undo
		type(field, "0.02");
		assertEquals(0.02, training.getLearningRate(), 0.0);
		IAction undo = editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId());
		assertNotNull(undo, "the contributor sets the Undo handler");
		assertTrue(undo.isEnabled());
		assertTrue(undo.getText().replace("&", "").startsWith("Undo "), undo.getText());
		undo.run();
		settle(50);
		assertEquals(0.01, training.getLearningRate(), 0.0);
		assertFalse(editor.isDirty());
		assertFalse(undo.isEnabled(), "nothing left to undo");
	}

	/**
	 * Issue 19 (form polish): a number is shown to six digits (7.14286e-6, not 7.142857142857143E-6) with its exact
	 * value in the tool tip, and leaving the field unedited keeps the exact value (no rounding command); a choice is
	 * shown by its words ("Full batch GD", not FULL_BATCH_GD).
	 */
	@Test
	void numbersAndChoicesAreShownReadably() {
		Training training = editor.getExperiment().getTraining();
		double exact = 1.0 / 140000;
		stack().execute(org.eclipse.emf.edit.command.SetCommand.create(editor.getEditingDomain(), training, LEARNING_RATE,
				exact));
		Text field = learningRateField();
		settle(50);
		assertEquals("7.14286e-6", field.getText());
		assertTrue(field.getToolTipText().contains("Exact value: 7.142857142857143E-6"), field.getToolTipText());
		type(field, field.getText());
		assertEquals(exact, training.getLearningRate(), 0.0, "an unedited field keeps the exact value");
		stack().undo();
		assertFalse(stack().canUndo(), "leaving the field unedited made no command");
		stack().redo();

		Combo algorithm = (Combo) editor.settingsPage().field(training, PlateauPackage.Literals.TRAINING__ALGORITHM);
		assertNotNull(algorithm, "the Training section has an algorithm choice");
		assertEquals("Full batch GD", algorithm.getText());
		assertTrue(Arrays.asList(algorithm.getItems()).contains("Online SGD"), Arrays.toString(algorithm.getItems()));
		screenshot(shell(), "editor-readable-values.png");
	}

	@Test
	void invalidValuesAreReportedOnTheFieldAndInTheProblemsView() throws Exception {
		ProblemsView problems = (ProblemsView) page.showView(ProblemsView.ID);
		page.activate(editor);
		settle(100);
		Training training = editor.getExperiment().getTraining();
		Text field = learningRateField();
		int before = problems.viewer().getTable().getItemCount();
		assertTrue(problems.getContentDescription().endsWith("semantic-development.plateau"),
				problems.getContentDescription());

		type(field, "-1");
		assertEquals(-1.0, training.getLearningRate(), 0.0);
		assertEquals(Diagnostic.ERROR, editor.getDiagnostic().getSeverity());
		assertTrue(editor.hasErrors());
		waitUntil("the Problems view lists the error", 2000, () -> problems.viewer().getTable().getItemCount() > before);
		TableItem row = Arrays.stream(problems.viewer().getTable().getItems())
				.filter(item -> item.getText(1).contains("learningRate") && item.getText(1).contains("-1"))
				.findFirst().orElse(null);
		assertNotNull(row, "a problem names learningRate and the value");
		assertEquals("Error", row.getText(0));
		assertEquals("learning rate η", row.getText(3), "the field named as the form names it");
		assertTrue(problems.getContentDescription().startsWith("1 error"),
				problems.getContentDescription());
		ControlDecoration decoration = editor.settingsPage().decoration(training, LEARNING_RATE);
		assertTrue(decoration.isVisible(), "the field shows an error decoration");
		assertTrue(decoration.getDescriptionText().contains("learningRate"), decoration.getDescriptionText());
		screenshot(shell(), "problems.png");

		// double-click reveals the field in the editor
		editor.setActivePage(ArchitecturePage.ID);
		problems.viewer().getTable().setSelection(row);
		problems.viewer().getTable().notifyListeners(SWT.DefaultSelection, new Event());
		settle(100);
		assertEquals(SettingsPage.ID, editor.getActivePageInstance().getId());

		type(field, "abc");
		assertEquals(-1.0, training.getLearningRate(), 0.0, "text that does not parse is not applied");
		assertTrue(decoration.isVisible());
		assertTrue(decoration.getDescriptionText().contains("'abc' is not a number"), decoration.getDescriptionText());
		assertTrue(decoration.getDescriptionText().contains("Learning rate"), decoration.getDescriptionText());

		type(field, "0.01");
		assertEquals(0.01, training.getLearningRate(), 0.0);
		assertFalse(editor.hasErrors());
		assertFalse(decoration.isVisible(), "the decoration goes when the value is valid");
		waitUntil("the Problems view no longer lists the error", 2000,
				() -> problems.viewer().getTable().getItemCount() == before);
	}

	@Test
	void aSettingTheFamilyDoesNotUseIsDisabledAndSaysWhy() {
		editor.setActivePage(SettingsPage.ID);
		settle(50);
		org.eclipse.emf.ecore.EObject network = editor.getExperiment().getArchitecture();
		EAttribute depth = DeepLinearPackage.Literals.DEEP_LINEAR_NETWORK__DEPTH;
		EAttribute width = DeepLinearPackage.Literals.DEEP_LINEAR_NETWORK__HIDDEN_WIDTH;
		org.eclipse.swt.widgets.Control field = editor.settingsPage().field(network, width);
		assertNotNull(field, "the Architecture section has a hidden width field");
		assertTrue(field.isEnabled(), "a two-layer network uses its hidden width");

		stack().execute(org.eclipse.emf.edit.command.SetCommand.create(editor.getEditingDomain(), network, depth, 1));
		settle(150);
		assertFalse(field.isEnabled(), "depth 1 has no hidden layer: its width is off");
		ControlDecoration decoration = editor.settingsPage().decoration(network, width);
		assertTrue(decoration.isVisible(), "and it says why, where a disabled field's tool tip would not show");
		assertEquals("Not used in this experiment: a network of depth 1 has no hidden layer",
				decoration.getDescriptionText());
		screenshot(shell(), "editor-unused-setting.png");

		stack().undo();
		settle(150);
		assertTrue(field.isEnabled(), "undone: the width is used again");
		assertFalse(decoration.isVisible());
	}

	@Test
	void theInitialisationTypeComboReplacesTheInitialisation() {
		Experiment experiment = editor.getExperiment();
		editor.setActivePage(SettingsPage.ID);
		SettingsPage settings = editor.settingsPage();
		Combo combo = settings.typeCombo(PlateauPackage.Literals.EXPERIMENT__INITIALISATION);
		assertNotNull(combo);
		List<String> items = Arrays.asList(combo.getItems());
		assertTrue(items.containsAll(List.of("Small Gaussian", "Aligned Balanced", "Random Orthogonal")), items.toString());
		assertEquals("Aligned Balanced", combo.getText());
		assertTrue(Arrays.asList(settings.typeCombo(PlateauPackage.Literals.EXPERIMENT__TASK).getItems()).contains("Spectrum"),
				"the task combo lists the family's tasks");

		combo.select(items.indexOf("Small Gaussian"));
		combo.notifyListeners(SWT.Selection, new Event());
		settle(50);
		SmallGaussianInitialisation gaussian = assertInstanceOf(SmallGaussianInitialisation.class,
				experiment.getInitialisation());
		assertNotNull(settings.field(gaussian, PlateauPackage.Literals.SMALL_GAUSSIAN_INITIALISATION__SCALE),
				"the section shows the new class's fields");
		assertTrue(editor.isDirty());

		stack().undo();
		settle(50);
		AlignedBalancedInitialisation aligned = assertInstanceOf(AlignedBalancedInitialisation.class,
				experiment.getInitialisation());
		assertEquals("Aligned Balanced", combo.getText());
		assertNotNull(settings.field(aligned, PlateauPackage.Literals.ALIGNED_BALANCED_INITIALISATION__A0));
		assertFalse(editor.isDirty());
	}

	@Test
	void theArchitecturePageEditsTheNetwork() {
		DeepLinearNetwork network = (DeepLinearNetwork) editor.getExperiment().getArchitecture();
		editor.setActivePage(ArchitecturePage.ID);
		settle(200);
		ArchitecturePage architecture = editor.architecturePage();
		NetworkDiagramCanvas canvas = architecture.canvas();
		assertNotNull(canvas);
		waitUntil("the diagram is laid out", 3000, () -> {
			Rectangle bounds = canvas.layerBounds("h1");
			return bounds != null && bounds.width > 0 && canvas.getSize().y > 100;
		});
		assertEquals(List.of("in", "h1", "out"), canvas.layerIds());
		Composite root = (Composite) architecture.getPartControl();

		click(canvas, canvas.layerBounds("h1"));
		assertEquals("h1", canvas.selectedLayer());
		press(button(root, "Add hidden layer"));
		assertEquals(3, network.getDepth());
		assertEquals(List.of("in", "h1", "h2", "out"), canvas.layerIds());
		assertEquals("h2", canvas.selectedLayer(), "the new layer is selected");
		screenshot(shell(), "editor-architecture.png");

		stack().undo();
		settle(50);
		assertEquals(2, network.getDepth());
		assertEquals(List.of("in", "h1", "out"), canvas.layerIds());

		// a connection is hit between the layers
		Point middle = canvas.connectionMidpoint(0);
		click(canvas, middle.x, middle.y, 1);
		assertEquals(0, canvas.selectedConnection());
		assertNull(canvas.selectedLayer());

		// double-click a hidden layer, then set its width
		Rectangle h1 = canvas.layerBounds("h1");
		click(canvas, h1.x + h1.width / 2, h1.y + h1.height / 2, 2);
		assertEquals("h1", canvas.selectedLayer());
		assertEquals(16, architecture.widthSpinner().getSelection(), "the spinner shows the layer's width");
		architecture.widthSpinner().setSelection(24);
		press(button(root, "Set width"));
		assertEquals(24, network.getHiddenWidth());
		assertEquals("h1", canvas.selectedLayer());

		// remove the only hidden layer, then the input layer cannot be removed: the page says why
		press(button(root, "Remove layer"));
		assertEquals(1, network.getDepth());
		assertEquals(List.of("in", "out"), canvas.layerIds());
		assertEquals("in", canvas.selectedLayer());
		press(button(root, "Remove layer"));
		assertEquals(1, network.getDepth());
		assertFalse(architecture.message().isBlank(), "the message line says why not");
		assertFalse(architecture.message().equals(ArchitecturePage.NO_NETWORK));
	}

	@Test
	void theModelPageShowsTheTreeAndEditsProperties() {
		Training training = editor.getExperiment().getTraining();
		editor.setActivePage(ModelPage.ID);
		settle(100);
		ModelPage model = editor.modelPage();
		assertEquals(1, model.tree().getTree().getItemCount());
		TreeItem root = model.tree().getTree().getItem(0);
		assertTrue(root.getText().startsWith("Experiment"), root.getText());
		List<String> children = Arrays.stream(root.getItems()).map(TreeItem::getText).toList();
		assertEquals(5, children.size(), children.toString());
		assertTrue(children.stream().anyMatch(text -> text.startsWith("Training")), children.toString());

		model.select(training);
		settle(50);
		IItemPropertyDescriptor learningRate = Arrays.stream(model.properties().getTable().getItems())
				.map(item -> (IItemPropertyDescriptor) item.getData())
				.filter(descriptor -> descriptor.getFeature(training) == LEARNING_RATE)
				.findFirst().orElse(null);
		assertNotNull(learningRate, "the table lists the learning rate");
		model.properties().editElement(learningRate, 1);
		settle(50);
		List<Text> editors = find(model.properties().getTable(), Text.class, text -> text.isVisible());
		assertFalse(editors.isEmpty(), "a text cell editor is open");
		editors.get(0).setText("0.05");
		editors.get(0).notifyListeners(SWT.DefaultSelection, new Event());
		settle(50);
		assertEquals(0.05, training.getLearningRate(), 0.0);
		assertTrue(editor.isDirty());
		screenshot(shell(), "editor-model.png");

		stack().undo();
		settle(50);
		assertEquals(0.01, training.getLearningRate(), 0.0);
		assertFalse(editor.isDirty());
	}

	@Test
	void saveWritesWhatReloadsAndSaveAsSwitchesTheInput() throws Exception {
		type(learningRateField(), "0.03");
		editor.doSave(new NullProgressMonitor());
		assertFalse(editor.isDirty());
		assertEquals(0.03, reload(file).getTraining().getLearningRate(), 0.0);

		Path copy = folder.resolve("copy.plateau");
		type(learningRateField(), "0.04");
		assertTrue(editor.saveAs(copy));
		assertFalse(editor.isDirty());
		assertEquals(copy, editor.getFile());
		assertEquals(new ExperimentEditorInput(copy), editor.getEditorInput());
		assertEquals("copy.plateau", editor.getPartName());
		assertEquals(0.04, reload(copy).getTraining().getLearningRate(), 0.0);
		assertEquals(0.03, reload(file).getTraining().getLearningRate(), 0.0, "the old file is left as saved");
	}

	private static Experiment reload(Path path) throws Exception {
		return PlateauResources.load(PlateauResources.newResourceSet(DeepLinearPackage.eINSTANCE), path);
	}

	@Test
	void aFileThatCannotBeReadOpensAPageSayingWhy() throws Exception {
		Path broken = folder.resolve("broken.plateau");
		Files.writeString(broken, "<?xml version=\"1.0\"?>\n<plateau:Experiment xmlns:plateau=\""
				+ PlateauPackage.eNS_URI + "\"\n   name=\"broken\" <task/>\n");
		ExperimentEditor brokenEditor = (ExperimentEditor) page.openEditor(new ExperimentEditorInput(broken),
				ExperimentEditor.ID);
		try {
			settle(100);
			assertNull(brokenEditor.getExperiment());
			assertTrue(brokenEditor.hasErrors());
			String message = brokenEditor.getLoadError().getMessage();
			assertTrue(message.contains("broken.plateau") && message.contains("line"), message);
			assertFalse(find(shell(), Text.class, text -> text.getText().equals(message)).isEmpty(),
					"the page shows the message");
		} finally {
			page.closeEditor(brokenEditor, false);
		}
	}

	@Test
	void theInputIsRestoredFromItsMementoWhileTheFileExists() throws Exception {
		ExperimentEditorInput input = new ExperimentEditorInput(file);
		XMLMemento memento = XMLMemento.createWriteRoot("editor");
		input.saveState(memento);
		assertEquals(input, new ExperimentEditorInputFactory().createElement(memento));
		assertEquals("semantic-development.plateau", input.getName());
		assertEquals(file.toAbsolutePath().normalize().toString(), input.getToolTipText());
		page.closeEditor(editor, false);
		editor = null;
		Files.delete(file);
		assertNull(new ExperimentEditorInputFactory().createElement(memento));
	}
}
