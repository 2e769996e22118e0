package org.plateau.ui.internal.editor;

import java.util.function.BiConsumer;
import java.util.function.IntConsumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.plateau.core.family.NetworkDiagram;
import org.plateau.core.family.NetworkDiagram.Connection;
import org.plateau.core.family.NetworkDiagram.Layer;

/**
 * The properties of the layer or weight matrix selected on a gated network's drawing, beside it: its name and width
 * (each change, on Enter or on leaving the field, one command), what it is, what it connects, its gate and its
 * validation problem.
 */
final class ArchitectureProperties {

	private final Composite control;
	private final Label title;
	private final Text name;
	private final Spinner width;
	private final Label widthLabel;
	private final Label about;
	private final Label problem;
	/** What is shown: a layer, or a connection's index. */
	private Layer layer;
	private int connection = -1;
	/** The name of what is shown, as the network has it. */
	private String shownName = "";

	/**
	 * @param rename told the new name of the shown layer (its id) or connection ("#" and its index)
	 * @param resize told the new width of the shown layer
	 */
	ArchitectureProperties(Composite parent, FormToolkit toolkit, BiConsumer<String, String> rename, IntConsumer resize) {
		control = toolkit.createComposite(parent);
		control.setLayout(new GridLayout(2, false));
		title = toolkit.createLabel(control, "", SWT.WRAP);
		title.setLayoutData(span(2, 200));
		toolkit.createLabel(control, "Name:");
		name = toolkit.createText(control, "", SWT.BORDER);
		name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		name.setToolTipText("Unique within the network; tasks refer to layers by name (Enter to apply)");
		Runnable applyName = () -> {
			String target = layer != null ? layer.id() : connection >= 0 ? "#" + connection : null;
			if (target != null && !name.getText().equals(shownName)) {
				rename.accept(target, name.getText());
			}
		};
		name.addListener(SWT.DefaultSelection, event -> applyName.run());
		name.addListener(SWT.FocusOut, event -> applyName.run());
		widthLabel = toolkit.createLabel(control, "Width:");
		width = new Spinner(control, SWT.BORDER);
		width.setValues(1, 1, 100_000, 0, 1, 10);
		width.setToolTipText("Units of the layer (Enter to apply)");
		toolkit.adapt(width);
		Runnable applyWidth = () -> {
			if (layer != null && layer.widthEditable() && width.getSelection() != layer.width()) {
				resize.accept(width.getSelection());
			}
		};
		width.addListener(SWT.DefaultSelection, event -> applyWidth.run());
		width.addListener(SWT.FocusOut, event -> applyWidth.run());
		about = toolkit.createLabel(control, "", SWT.WRAP);
		about.setLayoutData(span(2, 200));
		problem = toolkit.createLabel(control, "", SWT.WRAP);
		problem.setLayoutData(span(2, 200));
		problem.setForeground(control.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		show(null, null, -1, null);
	}

	private static GridData span(int columns, int widthHint) {
		GridData data = new GridData(SWT.FILL, SWT.TOP, true, false, columns, 1);
		data.widthHint = widthHint;
		return data;
	}

	/**
	 * Shows the selection.
	 *
	 * @param diagram the network drawn
	 * @param selected the selected layer, or {@code null}
	 * @param selectedConnection the selected connection's index, or -1
	 * @param why the validation problem of the selection, or {@code null}
	 */
	void show(NetworkDiagram diagram, Layer selected, int selectedConnection, String why) {
		layer = selected;
		connection = selected == null && diagram != null && selectedConnection >= 0
				&& selectedConnection < diagram.connections().size() ? selectedConnection : -1;
		boolean any = layer != null || connection >= 0;
		name.setEnabled(any);
		if (layer != null) {
			title.setText(role(layer) + " layer " + layer.label());
			shownName = layer.label();
			setText(name, shownName);
			width.setEnabled(layer.widthEditable());
			width.setSelection(Math.max(1, layer.width()));
			widthLabel.setEnabled(layer.widthEditable());
			long in = diagram.connections().stream().filter(c -> c.to().equals(layer.id())).count();
			long out = diagram.connections().stream().filter(c -> c.from().equals(layer.id())).count();
			boolean gated = diagram.connections().stream()
					.anyMatch(c -> c.gated() && (c.to().equals(layer.id()) || c.from().equals(layer.id())));
			about.setText(in + (in == 1 ? " weight matrix" : " weight matrices") + " in, " + out + " out" + (gated ? "; gated by the task" : "")
					+ (layer.widthEditable() ? "" : "; its width is the task's"));
		} else if (connection >= 0) {
			Connection shown = diagram.connections().get(connection);
			title.setText("Weight matrix " + shown.label());
			shownName = shown.label();
			setText(name, shownName);
			width.setEnabled(false);
			widthLabel.setEnabled(false);
			about.setText(label(diagram, shown.from()) + " → " + label(diagram, shown.to())
					+ (shown.gated() ? "; gated by the task" : "; always on"));
		} else {
			title.setText("Select a layer or weight matrix to see its properties.");
			shownName = "";
			setText(name, "");
			width.setEnabled(false);
			widthLabel.setEnabled(false);
			about.setText("");
		}
		problem.setText(why == null ? "" : "Problem: " + why);
		control.layout(new Control[] { title, about, problem });
	}

	private static void setText(Text text, String value) {
		if (!text.getText().equals(value)) {
			text.setText(value);
		}
	}

	private static String role(Layer layer) {
		return switch (layer.role()) {
			case INPUT -> "Input";
			case HIDDEN -> "Hidden";
			case OUTPUT -> "Output";
		};
	}

	private static String label(NetworkDiagram diagram, String id) {
		return diagram.layers().stream().filter(l -> l.id().equals(id)).map(Layer::label).findFirst().orElse(id);
	}

	Composite control() {
		return control;
	}

	Text nameField() {
		return name;
	}

	Spinner widthField() {
		return width;
	}

	String problem() {
		return problem.getText();
	}
}
