package org.plateau.ui.internal.editor;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.plateau.core.family.NetworkDiagram.Role;
import org.plateau.ui.internal.diagram.NetworkDiagramCanvas.Gesture;

/**
 * The palette beside a gated network's drawing: the tool the next click on the drawing uses (select and move, add an
 * input, hidden or output layer, connect by a weight matrix, gate a layer) and the two actions that need no place
 * (add a module, delete the selection). A tool that adds one thing returns to Select when it is done.
 */
final class ArchitecturePalette {

	/** What the next click on the drawing does. */
	enum Tool {
		SELECT("Select / move", "Select a layer or weight matrix; drag a layer up or down its column to move it", Gesture.SELECT, null),
		INPUT("Input layer", "Click on the drawing to add an input layer", Gesture.PLACE, Role.INPUT),
		HIDDEN("Hidden layer", "Click on the drawing to add a hidden layer", Gesture.PLACE, Role.HIDDEN),
		OUTPUT("Output layer", "Click on the drawing to add an output layer", Gesture.PLACE, Role.OUTPUT),
		CONNECT("Weight matrix", "Drag from one layer to another (or click one, then the other) to connect them",
				Gesture.CONNECT, null),
		GATE("Gate", "Click on a hidden layer for the task to switch it on and off per datapoint", Gesture.PLACE, null);

		final String label;
		final String hint;
		final Gesture gesture;
		/** The role of the layer this tool adds, or {@code null}. */
		final Role role;

		Tool(String label, String hint, Gesture gesture, Role role) {
			this.label = label;
			this.hint = hint;
			this.gesture = gesture;
			this.role = role;
		}
	}

	private final Composite control;
	private final Map<Tool, Button> buttons = new EnumMap<>(Tool.class);
	private final Button module;
	private final Button delete;
	private Tool tool = Tool.SELECT;
	private final Consumer<Tool> toolListener;

	/**
	 * @param toolListener told when the user picks a tool
	 * @param addModule run when the user asks for a module
	 * @param deleteSelection run when the user asks to delete the selection
	 */
	ArchitecturePalette(Composite parent, FormToolkit toolkit, Consumer<Tool> toolListener, Runnable addModule,
			Runnable deleteSelection) {
		this.toolListener = toolListener;
		control = toolkit.createComposite(parent);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		layout.verticalSpacing = 3;
		control.setLayout(layout);
		Label title = toolkit.createLabel(control, "Palette");
		title.setFont(parent.getFont());
		for (Tool each : Tool.values()) {
			// a plain toggle (not the form toolkit's flat one), so that the tool in use shows pressed
			Button button = new Button(control, SWT.TOGGLE);
			button.setText(each.label);
			button.setToolTipText(each.hint);
			button.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
			button.addListener(SWT.Selection, event -> choose(each, true));
			buttons.put(each, button);
		}
		module = toolkit.createButton(control, "Module", SWT.PUSH);
		module.setToolTipText("Add a module: a hidden layer with a weight matrix from every input layer and to every output layer");
		module.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		module.addListener(SWT.Selection, event -> addModule.run());
		delete = toolkit.createButton(control, "Delete", SWT.PUSH);
		delete.setToolTipText("Delete the selected layer (with its weight matrices) or weight matrix (Delete)");
		delete.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		delete.addListener(SWT.Selection, event -> deleteSelection.run());
		choose(Tool.SELECT, false);
	}

	/** Picks a tool (as the user does, when {@code tell}), pressing its button alone. */
	void choose(Tool chosen, boolean tell) {
		tool = chosen;
		buttons.forEach((each, button) -> button.setSelection(each == chosen));
		if (tell) {
			toolListener.accept(chosen);
		}
	}

	Tool tool() {
		return tool;
	}

	Composite control() {
		return control;
	}
}
