package org.plateau.ui.internal.sweeps;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.plateau.core.sweep.SweepPlan;
import org.plateau.core.sweep.SweepPoint;
import org.plateau.model.Experiment;
import org.plateau.model.PlateauFactory;
import org.plateau.model.PlateauPackage;
import org.plateau.model.Sweep;
import org.plateau.model.SweepAxis;
import org.plateau.model.util.ExperimentFileException;
import org.plateau.model.util.PlateauResources;
import org.plateau.model.util.SweepAxes;
import org.plateau.ui.internal.editor.AttributeValues;
import org.plateau.ui.internal.editor.EditorSupport;

/**
 * The sweep as a form: its own settings (name, notes, sampling, repetitions, seed) and base experiment, a table of
 * its axes (feature path, spacing, values or range) edited in place, and the points it will run, planned after every
 * edit. The form's header says how many points the sweep has, or why it cannot run (the axis, field and value at
 * fault). Every edit is one command on the editor's stack.
 */
public final class SweepPage extends FormPage {

	public static final String ID = "org.plateau.ui.sweepEditor.sweep";
	/** The most points the table lists. */
	static final int MAX_LISTED_POINTS = 500;

	private final SweepEditor editor;
	private ScrolledForm form;
	private FormToolkit toolkit;
	private final Map<EAttribute, Control> fields = new LinkedHashMap<>();
	private Combo baseCombo;
	private final List<Path> baseChoices = new ArrayList<>();
	private TableViewer axesViewer;
	private TableViewer pointsViewer;
	private Label pointsSummary;
	private List<String> pointColumns = List.of();
	private String parseError;

	public SweepPage(SweepEditor editor) {
		super(editor, ID, "Sweep");
		this.editor = editor;
	}

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		form = managedForm.getForm();
		toolkit = managedForm.getToolkit();
		toolkit.decorateFormHeading(form.getForm());
		EditorSupport.addRunAction(form, getSite(), "sweep",
				"Run the sweep on this machine's cores (a background job); running it again resumes it");
		Composite body = form.getBody();
		GridLayout layout = new GridLayout(2, true);
		layout.horizontalSpacing = 12;
		layout.verticalSpacing = 12;
		body.setLayout(layout);
		createAxes(body);
		createSettings(body);
		createPoints(body);
		refresh();
	}

	private Composite section(Composite parent, String title, String description, int span) {
		Section section = toolkit.createSection(parent, Section.TITLE_BAR | Section.DESCRIPTION);
		section.setText(title);
		section.setDescription(description);
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, span == 1, span, 1);
		// a small preferred width: the form then wraps the descriptions to its own width instead of scrolling sideways
		data.widthHint = 200;
		section.setLayoutData(data);
		Composite client = toolkit.createComposite(section);
		section.setClient(client);
		return client;
	}

	private void createSettings(Composite body) {
		Composite client = section(body, "Sweep", "The base experiment every point starts from, and how points are made.", 1);
		client.setLayout(new GridLayout(2, false));
		Sweep sweep = editor.getSweep();
		toolkit.createLabel(client, "Base experiment:");
		baseCombo = new Combo(client, SWT.READ_ONLY | SWT.DROP_DOWN);
		toolkit.adapt(baseCombo);
		baseCombo.setLayoutData(fieldData());
		baseCombo.addListener(SWT.Selection, event -> chooseBase(baseCombo.getSelectionIndex()));
		for (EAttribute attribute : sweep.eClass().getEAllAttributes()) {
			toolkit.createLabel(client, AttributeValues.label(attribute) + ":")
					.setLayoutData(new GridData(SWT.LEFT, attribute == PlateauPackage.Literals.SWEEP__NOTES ? SWT.TOP : SWT.CENTER, false, false));
			Control control;
			if (attribute.getEAttributeType() instanceof EEnum type) {
				Combo combo = new Combo(client, SWT.READ_ONLY | SWT.DROP_DOWN);
				toolkit.adapt(combo);
				for (EEnumLiteral literal : type.getELiterals()) {
					combo.add(literal.getLiteral());
				}
				combo.addListener(SWT.Selection, event -> set(sweep, attribute,
						type.getELiterals().get(combo.getSelectionIndex()).getInstance()));
				control = combo;
				control.setLayoutData(fieldData());
			} else {
				boolean notes = attribute == PlateauPackage.Literals.SWEEP__NOTES;
				Text text = toolkit.createText(client, "", notes ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE);
				GridData data = fieldData();
				if (notes) {
					data.heightHint = 48;
					data.widthHint = 200;
				} else {
					text.addListener(SWT.DefaultSelection, event -> commit(text, attribute));
				}
				text.setLayoutData(data);
				text.addListener(SWT.FocusOut, event -> commit(text, attribute));
				control = text;
			}
			control.setToolTipText(documentation(attribute));
			fields.put(attribute, control);
		}
	}

	/** A field's layout: as wide as its column, whatever its content. */
	private static GridData fieldData() {
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
		data.widthHint = 120;
		return data;
	}

	private void createPoints(Composite body) {
		Composite client = section(body, "Points", "Every point is the base experiment with the axes' values set, run with its own seed.", 1);
		client.setLayout(new GridLayout(1, false));
		pointsSummary = toolkit.createLabel(client, "", SWT.WRAP);
		GridData summaryData = new GridData(SWT.FILL, SWT.TOP, true, false);
		summaryData.widthHint = 200;
		pointsSummary.setLayoutData(summaryData);
		pointsViewer = new TableViewer(client, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		pointsViewer.getTable().setHeaderVisible(true);
		pointsViewer.getTable().setLinesVisible(true);
		pointsViewer.setContentProvider(ArrayContentProvider.getInstance());
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
		data.heightHint = 150;
		data.widthHint = 200;
		pointsViewer.getControl().setLayoutData(data);
	}

	private void createAxes(Composite body) {
		Composite client = section(body, "Axes",
				"Each axis sets one attribute of the base experiment, by its feature path, to a list of values (spacing LIST) "
						+ "or to count values from..to (LINEAR, or LOG: evenly in the logarithm). Click a cell to edit it.", 2);
		client.setLayout(new GridLayout(2, false));
		axesViewer = new TableViewer(client, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		axesViewer.getTable().setHeaderVisible(true);
		axesViewer.getTable().setLinesVisible(true);
		axesViewer.setContentProvider(ArrayContentProvider.getInstance());
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
		data.heightHint = 110;
		data.widthHint = 300;
		axesViewer.getControl().setLayoutData(data);
		for (EAttribute attribute : PlateauPackage.Literals.SWEEP_AXIS.getEAllAttributes()) {
			TableViewerColumn column = new TableViewerColumn(axesViewer, SWT.LEFT);
			column.getColumn().setText(AttributeValues.label(attribute));
			column.getColumn().setToolTipText(documentation(attribute));
			column.getColumn().setWidth(attribute == PlateauPackage.Literals.SWEEP_AXIS__VALUES ? 300
					: attribute == PlateauPackage.Literals.SWEEP_AXIS__FEATURE_PATH ? 220 : 90);
			column.setLabelProvider(new ColumnLabelProvider() {
				@Override
				public String getText(Object element) {
					return AttributeValues.format(attribute, ((SweepAxis) element).eGet(attribute));
				}
			});
			column.setEditingSupport(new AxisEditing(attribute));
		}
		Composite buttons = toolkit.createComposite(client);
		buttons.setLayout(new GridLayout(1, true));
		buttons.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
		Button add = toolkit.createButton(buttons, "Add axis", SWT.PUSH);
		add.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		add.addListener(SWT.Selection, event -> addAxis());
		Button remove = toolkit.createButton(buttons, "Remove axis", SWT.PUSH);
		remove.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		remove.addListener(SWT.Selection, event -> removeAxis());
	}

	/** Edits one attribute of an axis in its cell: a list of the paths or spacings, a text otherwise. */
	private final class AxisEditing extends EditingSupport {
		private final EAttribute attribute;
		private List<String> choices = List.of();
		private CellEditor cellEditor;

		AxisEditing(EAttribute attribute) {
			super(axesViewer);
			this.attribute = attribute;
		}

		/** One cell editor per column, made the first time (a list's items are set for each cell). */
		@Override
		protected CellEditor getCellEditor(Object element) {
			boolean list = attribute == PlateauPackage.Literals.SWEEP_AXIS__FEATURE_PATH
					|| attribute.getEAttributeType() instanceof EEnum;
			if (cellEditor == null) {
				cellEditor = list ? new ComboBoxCellEditor(axesViewer.getTable(), new String[0], SWT.READ_ONLY)
						: new TextCellEditor(axesViewer.getTable());
			}
			if (attribute == PlateauPackage.Literals.SWEEP_AXIS__FEATURE_PATH) {
				choices = new ArrayList<>(SweepAxes.paths(editor.getSweep().getBase()));
				String current = ((SweepAxis) element).getFeaturePath();
				if (current != null && !choices.contains(current)) {
					choices.add(0, current);
				}
			} else if (attribute.getEAttributeType() instanceof EEnum type) {
				choices = type.getELiterals().stream().map(EEnumLiteral::getLiteral).toList();
			}
			if (list) {
				((ComboBoxCellEditor) cellEditor).setItems(choices.toArray(String[]::new));
			}
			return cellEditor;
		}

		@Override
		protected boolean canEdit(Object element) {
			return true;
		}

		@Override
		protected Object getValue(Object element) {
			Object value = ((SweepAxis) element).eGet(attribute);
			if (attribute == PlateauPackage.Literals.SWEEP_AXIS__FEATURE_PATH) {
				return Math.max(0, choices.indexOf(value));
			}
			if (value instanceof Enumerator literal) {
				return Math.max(0, choices.indexOf(literal.getLiteral()));
			}
			return AttributeValues.format(attribute, value);
		}

		@Override
		protected void setValue(Object element, Object value) {
			SweepAxis axis = (SweepAxis) element;
			if (value instanceof Integer index) {
				if (index < 0 || index >= choices.size()) {
					return;
				}
				Object chosen = attribute.getEAttributeType() instanceof EEnum type
						? type.getEEnumLiteralByLiteral(choices.get(index)).getInstance()
						: choices.get(index);
				set(axis, attribute, chosen);
				return;
			}
			try {
				set(axis, attribute, AttributeValues.parse(attribute, (String) value));
				parseError = null;
			} catch (IllegalArgumentException e) {
				parseError = "Axis " + (editor.getSweep().getAxes().indexOf(axis) + 1) + ": " + e.getMessage();
				refreshHeader();
			}
		}
	}

	/** Sets an attribute by a command, if the value differs (a list attribute's items are replaced). */
	void set(EObject owner, EAttribute attribute, Object value) {
		if (Objects.equals(owner.eGet(attribute), value)) {
			refresh();
			return;
		}
		EditingDomain domain = editor.getEditingDomain();
		execute(SetCommand.create(domain, owner, attribute, value));
	}

	private void execute(Command command) {
		if (command.canExecute()) {
			editor.getEditingDomain().getCommandStack().execute(command);
		}
	}

	private void commit(Text text, EAttribute attribute) {
		if (text.isDisposed()) {
			return;
		}
		Sweep sweep = editor.getSweep();
		try {
			Object value = AttributeValues.parse(attribute, text.getText());
			parseError = null;
			set(sweep, attribute, value);
		} catch (IllegalArgumentException e) {
			parseError = e.getMessage();
			refreshHeader();
		}
	}

	/** Applies the field being typed in, as leaving it does (before a save). */
	void commitFocusedField() {
		for (Map.Entry<EAttribute, Control> field : fields.entrySet()) {
			if (field.getValue() instanceof Text text && text.isFocusControl()) {
				commit(text, field.getKey());
			}
		}
	}

	/** Adds an axis over the first attribute not swept yet, with its current value as the one value. */
	public void addAxis() {
		Sweep sweep = editor.getSweep();
		List<String> used = sweep.getAxes().stream().map(SweepAxis::getFeaturePath).toList();
		String path = SweepAxes.paths(sweep.getBase()).stream()
				.filter(p -> !used.contains(p) && !p.equals("seed")).findFirst().orElse("seed");
		SweepAxis axis = PlateauFactory.eINSTANCE.createSweepAxis();
		axis.setFeaturePath(path);
		axis.getValues().add(SweepAxes.format(SweepAxes.attribute(sweep.getBase(), path), SweepAxes.get(sweep.getBase(), path)));
		execute(AddCommand.create(editor.getEditingDomain(), sweep, PlateauPackage.Literals.SWEEP__AXES, axis));
		axesViewer.setSelection(new StructuredSelection(axis), true);
	}

	/** Removes the selected axis. */
	public void removeAxis() {
		Object selected = ((IStructuredSelection) axesViewer.getSelection()).getFirstElement();
		if (selected != null) {
			execute(RemoveCommand.create(editor.getEditingDomain(), editor.getSweep(), PlateauPackage.Literals.SWEEP__AXES,
					selected));
		}
	}

	/** Makes another experiment the base: one of the experiment files beside the sweep's. */
	private void chooseBase(int index) {
		if (index < 0 || index >= baseChoices.size()) {
			return;
		}
		Path chosen = baseChoices.get(index);
		Experiment current = editor.getSweep().getBase();
		if (chosen.equals(fileOf(current))) {
			return;
		}
		try {
			Experiment experiment = PlateauResources.load(editor.getEditingDomain().getResourceSet(), chosen);
			execute(SetCommand.create(editor.getEditingDomain(), editor.getSweep(), PlateauPackage.Literals.SWEEP__BASE,
					experiment));
		} catch (ExperimentFileException e) {
			MessageDialog.openError(getSite().getShell(), "Base experiment", e.getMessage());
			refresh();
		}
	}

	private static Path fileOf(Experiment experiment) {
		Resource resource = experiment == null ? null : experiment.eResource();
		if (resource == null || !resource.getURI().isFile()) {
			return null;
		}
		return Path.of(resource.getURI().toFileString()).toAbsolutePath().normalize();
	}

	/** Shows the model as it is now: fields, axes, points and the header. */
	public void refresh() {
		if (form == null || form.isDisposed()) {
			return;
		}
		// a command (an edit, an undo) supersedes a value that did not parse
		parseError = null;
		Sweep sweep = editor.getSweep();
		for (Map.Entry<EAttribute, Control> field : fields.entrySet()) {
			Object value = sweep.eGet(field.getKey());
			if (field.getValue() instanceof Combo combo) {
				combo.select(combo.indexOf(((Enumerator) value).getLiteral()));
			} else if (field.getValue() instanceof Text text) {
				String shown = AttributeValues.format(field.getKey(), value);
				if (!text.getText().equals(shown)) {
					text.setText(shown);
				}
			}
		}
		refreshBase();
		axesViewer.setInput(sweep.getAxes().toArray());
		refreshPoints();
		refreshHeader();
		form.reflow(true);
	}

	private void refreshBase() {
		baseChoices.clear();
		baseCombo.removeAll();
		Path current = fileOf(editor.getSweep().getBase());
		if (current != null) {
			baseChoices.add(current);
		}
		Path folder = editor.getFile().getParent();
		if (folder != null) {
			try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*." + PlateauResources.FILE_EXTENSION)) {
				List<Path> others = new ArrayList<>();
				files.forEach(f -> others.add(f.toAbsolutePath().normalize()));
				others.sort(null);
				others.stream().filter(f -> !f.equals(current)).forEach(baseChoices::add);
			} catch (IOException e) {
				// only the current base is offered
			}
		}
		for (Path choice : baseChoices) {
			baseCombo.add(folder != null && folder.equals(choice.getParent()) ? choice.getFileName().toString() : choice.toString());
		}
		if (current != null) {
			baseCombo.select(0);
		}
		baseCombo.setToolTipText(current == null ? "the base experiment is not in a file" : current.toString());
	}

	private void refreshPoints() {
		SweepPlan plan = editor.getPlan();
		List<String> columns = new ArrayList<>(List.of("point", "setting", "repetition", "seed"));
		if (plan != null) {
			plan.attributes().forEach(attribute -> columns.add(AttributeValues.label(attribute)));
		}
		if (!columns.equals(pointColumns)) {
			for (TableColumn column : pointsViewer.getTable().getColumns()) {
				column.dispose();
			}
			for (int c = 0; c < columns.size(); c++) {
				int index = c;
				TableViewerColumn column = new TableViewerColumn(pointsViewer, SWT.LEFT);
				column.getColumn().setText(columns.get(c));
				column.getColumn().setWidth(c < 4 ? 70 : 130);
				column.setLabelProvider(new ColumnLabelProvider() {
					@Override
					public String getText(Object element) {
						SweepPoint point = (SweepPoint) element;
						return switch (index) {
						case 0 -> point.id();
						case 1 -> Integer.toString(point.setting());
						case 2 -> Integer.toString(point.repetition());
						case 3 -> Long.toString(point.seed());
						default -> editor.getPlan().format(index - 4, point.values().get(index - 4));
						};
					}
				});
			}
			pointColumns = columns;
		}
		if (plan == null) {
			pointsSummary.setText("No points: " + editor.problem());
			pointsViewer.setInput(new Object[0]);
			return;
		}
		List<SweepPoint> points = plan.points();
		pointsSummary.setText(summary(plan) + (points.size() > MAX_LISTED_POINTS ? "; the first " + MAX_LISTED_POINTS + " are listed" : ""));
		pointsViewer.setInput(points.subList(0, Math.min(points.size(), MAX_LISTED_POINTS)).toArray());
	}

	/** "33 points: 11 settings × 3 repetitions of generalization-alpha-1 (grid)". */
	static String summary(SweepPlan plan) {
		Sweep sweep = plan.sweep();
		return String.format("%d points: %d settings × %d repetitions of %s (%s sampling)", plan.points().size(),
				plan.settings(), sweep.getRepetitions(), sweep.getBase().getName(),
				sweep.getSampling().getLiteral().toLowerCase(Locale.ROOT));
	}

	private void refreshHeader() {
		String problem = parseError != null ? parseError : editor.problem();
		if (problem != null) {
			form.setMessage(problem, IMessageProvider.ERROR);
		} else {
			form.setMessage(summary(editor.getPlan()), IMessageProvider.NONE);
		}
		form.setText("Sweep " + editor.getSweep().getName());
	}

	/** The header's message: the points, or why the sweep cannot run. */
	public String headerMessage() {
		return form.getMessage();
	}

	/** The text field of a sweep attribute, for tests. */
	public Control field(EAttribute attribute) {
		return fields.get(attribute);
	}

	/** The axes table, for tests. */
	public TableViewer axesViewer() {
		return axesViewer;
	}

	/** The points table, for tests. */
	public TableViewer pointsViewer() {
		return pointsViewer;
	}

	private static String documentation(EAttribute attribute) {
		return EcoreUtil.getDocumentation(attribute);
	}

	@Override
	public void setFocus() {
		super.setFocus();
		if (baseCombo != null && !baseCombo.isDisposed()) {
			baseCombo.setFocus();
		}
	}
}
