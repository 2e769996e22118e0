package org.plateau.ui.internal.editor;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.plateau.core.family.ModelFamily;
import org.plateau.core.family.NetworkDiagram;
import org.plateau.core.family.NetworkDiagram.Layer;
import org.plateau.core.family.NetworkGraph;
import org.plateau.model.util.PlateauValidator;
import org.plateau.ui.internal.Contributions;
import org.plateau.ui.internal.diagram.NetworkDiagramCanvas;
import org.plateau.ui.internal.runs.LiveRun;
import org.plateau.ui.internal.runs.RunManager;
import org.plateau.ui.internal.runs.TimeCursor;

/**
 * The experiment's network as its family draws it ({@link ModelFamily#diagram}), with the edits the family allows.
 * A chain (deep linear) keeps a simple form: add a hidden layer after the selected one, remove the selected layer,
 * set its width, toggle the gate of the selected connection. A graph ({@link NetworkGraph}, the gated networks) is
 * built by mouse: a palette of layers, modules, weight matrices and gates beside the drawing, the selection's
 * properties on the other side, and validation marks on the layers and weight matrices they are about. Each edit is
 * the family's command on the editor's stack; an edit the network does not allow says why in the message line. The
 * diagram is asked for again after every command.
 */
public final class ArchitecturePage extends FormPage {

	public static final String ID = "org.plateau.ui.editor.architecture";

	/** How often the page looks at the experiment's run for the live diagram, in milliseconds. */
	private static final int LIVE_PERIOD = 400;

	static final String NO_NETWORK = "This family draws no network: edit its architecture on the Settings page.";
	static final String NO_FAMILY = "No installed model family handles this experiment: edit its architecture on the "
			+ "Settings page.";

	private final ExperimentEditor editor;
	private ScrolledForm form;
	private NetworkDiagramCanvas canvas;
	private Button addButton;
	private Button removeButton;
	private Spinner widthSpinner;
	private Button setWidthButton;
	private Button toggleGateButton;
	private Label message;
	private Composite tools;
	private ArchitecturePalette palette;
	private ArchitectureProperties properties;
	private NetworkDiagram diagram;
	/** The family's diagram when it is a graph built by mouse, else {@code null}. */
	private NetworkGraph graph;
	/** The experiment's latest run (set on the run's thread), whose weights the diagram shows; its version drawn. */
	private volatile LiveRun followed;
	private LiveRun drawn;
	private long drawnVersion = -1;
	/** The time cursor's step drawn, or -1. */
	private long drawnCursor = -1;
	private final Runnable cursorListener = () -> {
		if (canvas != null && !canvas.isDisposed()) {
			canvas.getDisplay().asyncExec(this::drawFollowed);
		}
	};
	private final RunManager runs;
	/** Follows the runs of the experiment's file from when the editor opens, before the page is first shown. */
	private final Consumer<LiveRun> runListener = this::runStartedOrEnded;

	public ArchitecturePage(ExperimentEditor editor) {
		super(editor, ID, "Architecture");
		this.editor = editor;
		this.runs = PlatformUI.getWorkbench().getService(RunManager.class);
		if (runs != null) {
			runs.addListener(runListener);
			runs.liveRuns().forEach(runListener); // one already training when the editor opens
			runs.timeCursor().addListener(cursorListener);
		}
	}

	private void runStartedOrEnded(LiveRun run) {
		if (run.experimentFile().map(file -> file.equals(editor.getFile())).orElse(false)) {
			followed = run;
		}
	}

	@Override
	public void dispose() {
		if (runs != null) {
			runs.removeListener(runListener);
			runs.timeCursor().removeListener(cursorListener);
		}
		super.dispose();
	}

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		form = managedForm.getForm();
		FormToolkit toolkit = managedForm.getToolkit();
		toolkit.decorateFormHeading(form.getForm());
		Composite body = form.getBody();
		body.setLayout(new GridLayout(1, false));

		tools = toolkit.createComposite(body);
		tools.setLayout(new GridLayout(6, false));
		tools.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		addButton = toolkit.createButton(tools, "Add hidden layer", SWT.PUSH);
		addButton.setToolTipText("Insert a hidden layer after the selected layer (Insert)");
		addButton.addListener(SWT.Selection, event -> addHiddenLayer());
		removeButton = toolkit.createButton(tools, "Remove layer", SWT.PUSH);
		removeButton.setToolTipText("Remove the selected hidden layer (Delete)");
		removeButton.addListener(SWT.Selection, event -> removeLayer());
		toolkit.createLabel(tools, "Width:");
		widthSpinner = new Spinner(tools, SWT.BORDER);
		widthSpinner.setValues(1, 1, 100_000, 0, 1, 10);
		widthSpinner.setToolTipText("Width of the selected layer");
		toolkit.adapt(widthSpinner);
		widthSpinner.addListener(SWT.DefaultSelection, event -> setWidth());
		setWidthButton = toolkit.createButton(tools, "Set width", SWT.PUSH);
		setWidthButton.addListener(SWT.Selection, event -> setWidth());
		toggleGateButton = toolkit.createButton(tools, "Toggle gate", SWT.PUSH);
		toggleGateButton.setToolTipText("Open or close the gate of the selected connection");
		toggleGateButton.addListener(SWT.Selection, event -> toggleGate());

		Composite drawing = toolkit.createComposite(body);
		GridLayout drawingLayout = new GridLayout(3, false);
		drawingLayout.marginWidth = 0;
		drawingLayout.marginHeight = 0;
		drawing.setLayout(drawingLayout);
		drawing.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		palette = new ArchitecturePalette(drawing, toolkit, this::toolChosen, this::addModule, this::deleteSelection);
		palette.control().setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
		canvas = new NetworkDiagramCanvas(drawing, SWT.BORDER);
		GridData canvasData = new GridData(SWT.FILL, SWT.FILL, true, true);
		// a small preferred size: the canvas fills the page and the painter scales the network to it
		canvasData.heightHint = 160;
		canvasData.widthHint = 300;
		canvas.setLayoutData(canvasData);
		canvas.addSelectionListener(this::selectionChanged);
		canvas.addOpenListener(this::open);
		canvas.addConnectListener(this::connect);
		canvas.addMoveListener(this::moveLayer);
		canvas.addPlaceListener(this::place);
		canvas.addListener(SWT.KeyDown, event -> {
			if (event.keyCode == SWT.DEL) {
				if (graph != null) {
					deleteSelection();
				} else {
					removeLayer();
				}
			} else if (event.keyCode == SWT.INSERT && graph == null) {
				addHiddenLayer();
			} else if (event.keyCode == SWT.ESC && graph != null) {
				palette.choose(ArchitecturePalette.Tool.SELECT, true);
			}
		});
		properties = new ArchitectureProperties(drawing, toolkit, this::rename, width -> setWidth(width));
		GridData propertiesData = new GridData(SWT.FILL, SWT.FILL, false, true);
		propertiesData.widthHint = 240;
		properties.control().setLayoutData(propertiesData);

		message = toolkit.createLabel(body, "", SWT.WRAP);
		message.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		refresh();
		followRuns();
	}

	/**
	 * While the page lives, draws the weights of the experiment's latest run on the diagram, a few times a second:
	 * the norms of each connection as the run trains (they stay when it ends, until the network is edited).
	 */
	private void followRuns() {
		if (canvas == null || canvas.isDisposed()) {
			return;
		}
		drawFollowed();
		canvas.getDisplay().timerExec(LIVE_PERIOD, this::followRuns);
	}

	/**
	 * Draws the followed run's network: as it is now, or, while the Plots view's time cursor stands on this run, as it
	 * was at the cursor's step.
	 */
	private void drawFollowed() {
		if (canvas == null || canvas.isDisposed()) {
			return;
		}
		LiveRun run = followed;
		TimeCursor.Position cursor = runs == null ? null : runs.timeCursor().position();
		long at = cursor != null && cursor.run() == run ? cursor.step() : -1;
		if (run != null && (run != drawn || run.version() != drawnVersion || at != drawnCursor)) {
			drawn = run;
			drawnVersion = run.version();
			drawnCursor = at;
			(at >= 0 ? run.networkState(at) : run.networkState()).ifPresent(state -> canvas.setLiveState(state.state(),
					run.label() + (at >= 0 ? " at step " + state.step() + " (time cursor)"
							: (run.isLive() ? " at step " : " ended at step ") + state.step())));
		}
	}

	/** Asks the family for the diagram again (after every command) and updates the page. */
	void refresh() {
		if (canvas == null || canvas.isDisposed()) {
			return;
		}
		String name = editor.getExperiment().getName();
		form.setText(name == null || name.isBlank() ? "Architecture" : name);
		Optional<ModelFamily> family = editor.family();
		NetworkDiagram before = diagram;
		Layer selectedBefore = selectedLayer();
		String connectionBefore = before == null || canvas.selectedConnection() == null ? null
				: connectionKey(before, canvas.selectedConnection());
		diagram = family.flatMap(f -> editor.registry().ask(f, "diagram()", d -> d.diagram(editor.getExperiment())))
				.flatMap(drawn -> drawn).map(this::read).orElse(null);
		NetworkDiagram familyDiagram = diagram instanceof ReadDiagram read ? read.family() : null;
		graph = familyDiagram instanceof NetworkGraph built ? built : null;
		canvas.setDiagram(diagram);
		// ids are positions: after an edit (or its undo) the selection follows the layer's or weight matrix's name
		if (selectedBefore != null) {
			selectLabel(selectedBefore.label());
		} else if (connectionBefore != null) {
			int index = diagram == null ? -1 : connectionKeys(diagram).indexOf(connectionBefore);
			if (index >= 0) {
				canvas.selectConnection(index);
			} else {
				canvas.select(null);
			}
		}
		// a run's norms and gates were measured on the weight matrices as they were: an edit of them takes them away
		if (before != null && diagram != null && !connectionKeys(before).equals(connectionKeys(diagram))
				&& canvas.liveState() != null) {
			canvas.setLiveState(null, "");
		}
		showGraphTools(graph != null);
		markProblems();
		// many parallel layers (a gated network's domains) need room: about 72 pixels a row, labels included
		int rows = diagram == null ? 1 : diagram.layers().stream().mapToInt(l -> l.row() + 1).max().orElse(1);
		if (canvas.getLayoutData() instanceof GridData data && data.heightHint != Math.max(160, 72 * rows + 40)) {
			data.heightHint = Math.max(160, 72 * rows + 40);
			form.reflow(true);
		}
		showMessage(family.isEmpty() ? NO_FAMILY : diagram == null ? NO_NETWORK : "", false);
		updateControls();
	}

	/** A connection by its name and the names of its two layers. */
	private static String connectionKey(NetworkDiagram diagram, int index) {
		NetworkDiagram.Connection connection = diagram.connections().get(index);
		return connection.label() + " " + layerLabel(diagram, connection.from()) + "→" + layerLabel(diagram, connection.to());
	}

	private static List<String> connectionKeys(NetworkDiagram diagram) {
		List<String> keys = new java.util.ArrayList<>();
		for (int i = 0; i < diagram.connections().size(); i++) {
			keys.add(connectionKey(diagram, i));
		}
		return keys;
	}

	private static String layerLabel(NetworkDiagram diagram, String id) {
		return diagram.layers().stream().filter(layer -> layer.id().equals(id)).map(Layer::label).findFirst().orElse(id);
	}

	/** A graph gets the palette and the properties; a chain gets the simple form. */
	private void showGraphTools(boolean graphTools) {
		boolean changed = false;
		for (Control control : new Control[] { palette.control(), properties.control() }) {
			changed |= show(control, graphTools);
		}
		changed |= show(tools, !graphTools);
		if (!graphTools && canvas.gesture() != NetworkDiagramCanvas.Gesture.SELECT) {
			canvas.setGesture(NetworkDiagramCanvas.Gesture.SELECT);
		}
		if (changed) {
			form.reflow(true);
		}
	}

	private static boolean show(Control control, boolean visible) {
		GridData data = (GridData) control.getLayoutData();
		if (data == null || data.exclude == !visible && control.getVisible() == visible) {
			return false;
		}
		data.exclude = !visible;
		control.setVisible(visible);
		return true;
	}

	/** Marks the layers and weight matrices the latest validation's problems are about. */
	private void markProblems() {
		Map<String, String> layers = new HashMap<>();
		Map<Integer, String> connections = new HashMap<>();
		NetworkDiagram familyDiagram = diagram instanceof ReadDiagram read ? read.family() : null;
		if (familyDiagram != null) {
			collectProblems(editor.getDiagnostic(), familyDiagram, layers, connections);
		}
		canvas.setProblems(layers, connections);
	}

	private void collectProblems(Diagnostic diagnostic, NetworkDiagram familyDiagram, Map<String, String> layers,
			Map<Integer, String> connections) {
		if (diagnostic.getChildren().isEmpty() && diagnostic.getSeverity() >= Diagnostic.WARNING
				&& !diagnostic.getData().isEmpty()) {
			Object about = diagnostic.getData().get(0);
			Optional<String> layer = safely("find the layer of a problem", () -> familyDiagram.layerOf(about));
			Optional<Integer> connection = safely("find the connection of a problem",
					() -> Optional.of(familyDiagram.connectionOf(about)).filter(index -> index >= 0));
			// on the drawing the mark says what it is about: the message without "GatedNode of experiment 'x': "
			String message = diagnostic.getMessage();
			String subject = about instanceof EObject object ? PlateauValidator.describe(object) + ": " : null;
			String problem = subject != null && message.startsWith(subject) ? message.substring(subject.length()) : message;
			layer.ifPresent(id -> layers.merge(id, problem, (a, b) -> a + "; " + b));
			connection.ifPresent(index -> connections.merge(index, problem, (a, b) -> a + "; " + b));
		}
		for (Diagnostic child : diagnostic.getChildren()) {
			collectProblems(child, familyDiagram, layers, connections);
		}
	}

	private void selectionChanged() {
		showMessage("", false);
		updateControls();
	}

	// --- the graph's edits (NetworkGraph)

	private void toolChosen(ArchitecturePalette.Tool tool) {
		canvas.setGesture(tool.gesture);
		showMessage(tool.hint + (tool == ArchitecturePalette.Tool.SELECT ? "" : " (Esc: back to Select)"), false);
	}

	/** A click on the drawing with a tool that places: a layer of the tool's role near the click, or a gate. */
	private void place(Point at) {
		NetworkGraph edited = graph;
		ArchitecturePalette.Tool tool = palette.tool();
		if (edited == null) {
			return;
		}
		if (tool == ArchitecturePalette.Tool.GATE) {
			String layer = canvas.layerAt(at.x, at.y);
			if (layer == null) {
				showMessage("Click on the hidden layer the task is to gate.", true);
				return;
			}
			String label = labelOf(layer);
			if (execute("gate", layer, () -> edited.gate(editor.getEditingDomain(), layer))) {
				selectLabel(label);
				backToSelect("The task gates " + label + " now.");
			}
			return;
		}
		if (tool.role == null) {
			return;
		}
		int column = switch (tool.role) {
			case INPUT -> 0;
			case HIDDEN -> 1;
			case OUTPUT -> diagram.layers().stream().mapToInt(Layer::column).max().orElse(1);
		};
		String below = canvas.layerBelow(column, at.y);
		String before = below != null && layerById(below).role() == tool.role ? below : null;
		Set<String> labels = labels();
		if (execute("addLayer", tool.role.name(), () -> edited.addLayer(editor.getEditingDomain(), tool.role, before))) {
			String added = newLabel(labels);
			selectLabel(added);
			backToSelect("Added " + added + ". Connect it: choose Weight matrix and drag from a layer to the next.");
		}
	}

	private void backToSelect(String message) {
		palette.choose(ArchitecturePalette.Tool.SELECT, false);
		canvas.setGesture(NetworkDiagramCanvas.Gesture.SELECT);
		showMessage(message, false);
	}

	/** Adds a module (a hidden layer between every input and every output) and selects its layer. */
	void addModule() {
		NetworkGraph edited = graph;
		if (edited == null) {
			return;
		}
		Set<String> labels = labels();
		if (execute("addModule", "", () -> edited.addModule(editor.getEditingDomain()))) {
			String added = newLabel(labels);
			selectLabel(added);
			showMessage("Added the module " + added + ", connected from every input layer and to every output layer.", false);
		}
	}

	private void connect(String from, String to) {
		NetworkGraph edited = graph;
		if (edited == null) {
			return;
		}
		String fromLabel = labelOf(from);
		String toLabel = labelOf(to);
		if (execute("connect", from + "->" + to, () -> edited.connect(editor.getEditingDomain(), from, to))) {
			showMessage("Connected " + fromLabel + " → " + toLabel + ".", false);
		}
	}

	private void moveLayer(String layer, String onto) {
		NetworkGraph edited = graph;
		if (edited == null) {
			return;
		}
		String label = labelOf(layer);
		if (execute("moveLayer", layer, () -> edited.moveLayer(editor.getEditingDomain(), layer, onto))) {
			selectLabel(label);
		}
	}

	/** Deletes the selected layer (with its weight matrices) or weight matrix. */
	void deleteSelection() {
		NetworkGraph edited = graph;
		Layer layer = selectedLayer();
		Integer connection = canvas.selectedConnection();
		if (edited == null) {
			return;
		}
		if (layer != null) {
			String id = layer.id();
			if (execute("removeLayer", id, () -> edited.removeLayer(editor.getEditingDomain(), id))) {
				showMessage("Deleted " + layer.label() + " and its weight matrices (Ctrl+Z brings them back).", false);
			}
		} else if (connection != null) {
			int index = connection;
			String label = diagram.connections().get(index).label();
			if (execute("removeConnection", Integer.toString(index),
					() -> edited.removeConnection(editor.getEditingDomain(), index))) {
				showMessage("Deleted " + label + " (Ctrl+Z brings it back).", false);
			}
		} else {
			showMessage("Select the layer or weight matrix to delete.", true);
		}
	}

	/** Renames a layer (by id) or a connection ("#" and its index). */
	private void rename(String target, String name) {
		NetworkGraph edited = graph;
		if (edited == null) {
			return;
		}
		if (target.startsWith("#")) {
			int index = Integer.parseInt(target.substring(1));
			if (execute("renameConnection", target, () -> edited.renameConnection(editor.getEditingDomain(), index, name))) {
				canvas.selectConnection(index);
				updateControls();
			}
		} else if (execute("renameLayer", target, () -> edited.renameLayer(editor.getEditingDomain(), target, name))) {
			selectLabel(name.strip());
		}
	}

	private Set<String> labels() {
		Set<String> labels = new HashSet<>();
		diagram.layers().forEach(layer -> labels.add(layer.label()));
		return labels;
	}

	/** The label of the one layer that was not there before, or {@code null}. */
	private String newLabel(Set<String> before) {
		return diagram == null ? null
				: diagram.layers().stream().map(Layer::label).filter(label -> !before.contains(label)).findFirst().orElse(null);
	}

	private String labelOf(String layerId) {
		Layer layer = layerById(layerId);
		return layer == null ? layerId : layer.label();
	}

	private Layer layerById(String layerId) {
		return diagram == null ? null
				: diagram.layers().stream().filter(layer -> layer.id().equals(layerId)).findFirst().orElse(null);
	}

	/** Selects the layer with a label (ids are positions, labels are names). */
	private void selectLabel(String label) {
		Layer layer = diagram == null || label == null ? null
				: diagram.layers().stream().filter(l -> l.label().equals(label)).findFirst().orElse(null);
		select(layer);
	}

	private void updateControls() {
		boolean drawn = diagram != null;
		Layer layer = selectedLayer();
		Integer connection = canvas.selectedConnection();
		properties.show(diagram, layer, connection == null ? -1 : connection,
				layer != null ? canvas.layerProblem(layer.id()) : connection != null ? canvas.connectionProblem(connection) : null);
		addButton.setEnabled(drawn);
		removeButton.setEnabled(drawn);
		widthSpinner.setEnabled(layer != null && layer.widthEditable());
		setWidthButton.setEnabled(drawn);
		toggleGateButton.setEnabled(drawn && !diagram.connections().isEmpty());
		if (layer != null && layer.width() > 0 && !widthSpinner.isFocusControl()) {
			widthSpinner.setSelection(layer.width());
		}
	}

	private Layer selectedLayer() {
		if (diagram == null || canvas.selectedLayer() == null) {
			return null;
		}
		for (Layer layer : diagram.layers()) {
			if (layer.id().equals(canvas.selectedLayer())) {
				return layer;
			}
		}
		return null;
	}

	private Layer layerAt(int column, int row) {
		if (diagram != null) {
			for (Layer layer : diagram.layers()) {
				if (layer.column() == column && layer.row() == row) {
					return layer;
				}
			}
		}
		return null;
	}

	/** Adds a hidden layer after the selected one, and selects the new layer. */
	void addHiddenLayer() {
		Layer after = selectedLayer();
		if (diagram == null) {
			return;
		}
		if (after == null) {
			showMessage("Select the layer after which the new hidden layer goes.", true);
			return;
		}
		List<String> before = canvas.layerIds();
		if (execute("addHiddenLayer", after.id(), () -> diagram.addHiddenLayer(editor.getEditingDomain(), after.id()))) {
			Layer added = layerAt(after.column() + 1, after.row());
			if (added == null || before.contains(added.id()) && !added.id().equals(after.id())) {
				// not where expected: the first layer that was not there before
				for (Layer layer : diagram.layers()) {
					if (!before.contains(layer.id())) {
						added = layer;
						break;
					}
				}
			}
			select(added);
		}
	}

	/** Removes the selected layer, and selects the layer before it. */
	void removeLayer() {
		Layer removed = selectedLayer();
		if (diagram == null) {
			return;
		}
		if (removed == null) {
			showMessage("Select the hidden layer to remove.", true);
			return;
		}
		if (execute("removeLayer", removed.id(), () -> diagram.removeLayer(editor.getEditingDomain(), removed.id()))) {
			select(layerAt(removed.column() - 1, removed.row()));
		}
	}

	/** Sets the width of the selected layer to the spinner's value. */
	void setWidth() {
		setWidth(widthSpinner.getSelection());
	}

	/** Sets the width of the selected layer. */
	private void setWidth(int width) {
		Layer layer = selectedLayer();
		if (diagram == null) {
			return;
		}
		if (layer == null) {
			showMessage("Select the layer whose width to set.", true);
			return;
		}
		if (layer.width() == width) {
			return;
		}
		String id = layer.id();
		if (execute("setWidth", id, () -> diagram.setWidth(editor.getEditingDomain(), id, width))) {
			canvas.select(id);
			updateControls();
		}
	}

	/** Opens or closes the gate of the selected connection. */
	void toggleGate() {
		Integer connection = canvas.selectedConnection();
		if (diagram == null) {
			return;
		}
		if (connection == null) {
			showMessage("Select a connection (click on a weight matrix) to toggle its gate.", true);
			return;
		}
		int index = connection;
		if (execute("toggleGate", Integer.toString(index), () -> diagram.toggleGate(editor.getEditingDomain(), index))) {
			canvas.selectConnection(index);
			updateControls();
		}
	}

	private void select(Layer layer) {
		canvas.select(layer == null ? null : layer.id());
		updateControls();
	}

	/** Executes the family's command for an edit, or shows why the edit is not possible. */
	private boolean execute(String edit, String target, Supplier<Optional<Command>> command) {
		Optional<Command> made = safely(edit, command);
		if (made.isPresent() && made.get().canExecute()) {
			editor.getEditingDomain().getCommandStack().execute(made.get());
			return true;
		}
		NetworkDiagram current = diagram;
		String why = current == null ? null : safely("explain " + edit, () -> Optional.ofNullable(current.whyNot(edit, target)))
				.orElse(null);
		showMessage(why == null || why.isBlank() ? "This network does not allow that edit." : why, true);
		return false;
	}

	/** Calls the family's diagram (contributed code); a failure is logged by its bundle and treated as "nothing". */
	private <T> Optional<T> safely(String what, Supplier<Optional<T>> call) {
		NetworkDiagram drawn = diagram instanceof ReadDiagram read ? read.family() : diagram;
		return Contributions.call(drawn == null ? call : drawn,
				"The network diagram of " + editor.getFile() + ", asked to " + what, call, Optional.empty());
	}

	/**
	 * The diagram's layers, connections and summary, read once (guarded) so that painting does not call into the
	 * family; its edits still go to the family's diagram. {@code null} when the family fails to describe it.
	 */
	private NetworkDiagram read(NetworkDiagram drawn) {
		return Contributions.call(drawn, "The network diagram of " + editor.getFile() + ", describing its layers",
				() -> new ReadDiagram(drawn, List.copyOf(drawn.layers()), List.copyOf(drawn.connections()),
						drawn.summary() == null ? "" : drawn.summary()),
				null);
	}

	/** A family's diagram as read once; edits go to the family's. */
	private record ReadDiagram(NetworkDiagram family, List<Layer> layers, List<NetworkDiagram.Connection> connections,
			String summary) implements NetworkDiagram {

		@Override
		public Optional<Command> addHiddenLayer(EditingDomain domain, String afterLayerId) {
			return family.addHiddenLayer(domain, afterLayerId);
		}

		@Override
		public Optional<Command> removeLayer(EditingDomain domain, String layerId) {
			return family.removeLayer(domain, layerId);
		}

		@Override
		public Optional<Command> setWidth(EditingDomain domain, String layerId, int width) {
			return family.setWidth(domain, layerId, width);
		}

		@Override
		public Optional<Command> toggleGate(EditingDomain domain, int connectionIndex) {
			return family.toggleGate(domain, connectionIndex);
		}

		@Override
		public String whyNot(String edit, String target) {
			return family.whyNot(edit, target);
		}
	}

	private void open(String layerId) {
		Layer layer = selectedLayer();
		if (layer == null || !layer.id().equals(layerId)) {
			canvas.select(layerId);
			layer = selectedLayer();
		}
		updateControls();
		if (layer == null) {
			return;
		}
		if (layer.widthEditable()) {
			showMessage("", false);
			widthSpinner.setFocus();
		} else {
			String id = layer.id();
			NetworkDiagram current = diagram;
			showMessage(safely("explain setWidth", () -> Optional.ofNullable(current.whyNot("setWidth", id)))
					.orElse("The width of this layer cannot be set here."), true);
		}
	}

	private void showMessage(String text, boolean problem) {
		if (message == null || message.isDisposed()) {
			return;
		}
		message.setText(text);
		message.setForeground(problem ? message.getDisplay().getSystemColor(SWT.COLOR_DARK_RED) : null);
		message.getParent().layout(new Control[] { message });
	}

	/** The diagram canvas, once the page is shown. */
	public NetworkDiagramCanvas canvas() {
		return canvas;
	}

	/** The palette's button of a tool, and its Module and Delete buttons: found by their text in tests. */
	ArchitecturePalette palette() {
		return palette;
	}

	/** The properties beside the drawing. */
	ArchitectureProperties properties() {
		return properties;
	}

	/** The width spinner, once the page is shown. */
	public Spinner widthSpinner() {
		return widthSpinner;
	}

	/** The text of the message line (why an edit is not possible, or why nothing is drawn). */
	public String message() {
		return message == null ? null : message.getText();
	}
}
