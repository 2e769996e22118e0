package org.plateau.ui.internal.editor;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.SWT;
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
import org.plateau.ui.internal.Contributions;
import org.plateau.ui.internal.diagram.NetworkDiagramCanvas;
import org.plateau.ui.internal.runs.LiveRun;
import org.plateau.ui.internal.runs.RunManager;

/**
 * The experiment's network as its family draws it ({@link ModelFamily#diagram}), with the edits the family allows:
 * add a hidden layer after the selected one, remove the selected layer, set its width, toggle the gate of the
 * selected connection. Each edit is the family's command on the editor's stack; an edit the network does not allow
 * says why in the message line. The diagram is asked for again after every command.
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
	private NetworkDiagram diagram;
	/** The experiment's latest run (set on the run's thread), whose weights the diagram shows; its version drawn. */
	private volatile LiveRun followed;
	private LiveRun drawn;
	private long drawnVersion = -1;
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

		Composite tools = toolkit.createComposite(body);
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

		canvas = new NetworkDiagramCanvas(body, SWT.BORDER);
		GridData canvasData = new GridData(SWT.FILL, SWT.FILL, true, true);
		// a small preferred size: the canvas fills the page and the painter scales the network to it
		canvasData.heightHint = 160;
		canvasData.widthHint = 300;
		canvas.setLayoutData(canvasData);
		canvas.addSelectionListener(this::selectionChanged);
		canvas.addOpenListener(this::open);
		canvas.addListener(SWT.KeyDown, event -> {
			if (event.keyCode == SWT.DEL) {
				removeLayer();
			} else if (event.keyCode == SWT.INSERT) {
				addHiddenLayer();
			}
		});

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
		LiveRun run = followed;
		if (run != null && (run != drawn || run.version() != drawnVersion)) {
			drawn = run;
			drawnVersion = run.version();
			run.networkState().ifPresent(state -> canvas.setLiveState(state.state(),
					run.label() + (run.isLive() ? " at step " : " ended at step ") + state.step()));
		}
		canvas.getDisplay().timerExec(LIVE_PERIOD, this::followRuns);
	}

	/** Asks the family for the diagram again (after every command) and updates the page. */
	void refresh() {
		if (canvas == null || canvas.isDisposed()) {
			return;
		}
		String name = editor.getExperiment().getName();
		form.setText(name == null || name.isBlank() ? "Architecture" : name);
		Optional<ModelFamily> family = editor.family();
		diagram = family.flatMap(f -> editor.registry().ask(f, "diagram()", d -> d.diagram(editor.getExperiment())))
				.flatMap(drawn -> drawn).map(this::read).orElse(null);
		canvas.setDiagram(diagram);
		// many parallel layers (a gated network's domains) need room: about 72 pixels a row, labels included
		int rows = diagram == null ? 1 : diagram.layers().stream().mapToInt(l -> l.row() + 1).max().orElse(1);
		if (canvas.getLayoutData() instanceof GridData data && data.heightHint != Math.max(160, 72 * rows + 40)) {
			data.heightHint = Math.max(160, 72 * rows + 40);
			form.reflow(true);
		}
		showMessage(family.isEmpty() ? NO_FAMILY : diagram == null ? NO_NETWORK : "", false);
		updateControls();
	}

	private void selectionChanged() {
		showMessage("", false);
		updateControls();
	}

	private void updateControls() {
		boolean drawn = diagram != null;
		Layer layer = selectedLayer();
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
		Layer layer = selectedLayer();
		if (diagram == null) {
			return;
		}
		if (layer == null) {
			showMessage("Select the layer whose width to set.", true);
			return;
		}
		int width = widthSpinner.getSelection();
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

	/** The width spinner, once the page is shown. */
	public Spinner widthSpinner() {
		return widthSpinner;
	}

	/** The text of the message line (why an edit is not possible, or why nothing is drawn). */
	public String message() {
		return message == null ? null : message.getText();
	}
}
