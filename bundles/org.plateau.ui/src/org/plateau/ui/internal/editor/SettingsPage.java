package org.plateau.ui.internal.editor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.core.databinding.Binding;
import org.eclipse.core.databinding.DataBindingContext;
import org.eclipse.core.databinding.UpdateValueStrategy;
import org.eclipse.core.databinding.conversion.IConverter;
import org.eclipse.core.databinding.observable.Realm;
import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.core.databinding.validation.ValidationStatus;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.databinding.edit.EMFEditProperties;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.databinding.swt.DisplayRealm;
import org.eclipse.jface.databinding.swt.typed.WidgetProperties;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.plateau.core.family.ExperimentException;
import org.plateau.core.family.ModelFamily;
import org.plateau.core.family.UnusedSetting;
import org.plateau.model.Experiment;
import org.plateau.model.util.FieldNames;
import org.plateau.ui.internal.runs.RunManager;

/**
 * The experiment's settings as a form: one section for the experiment and one for each of its parts (task,
 * architecture, initialisation, training, theory), each listing the attributes of the part generically by EMF
 * reflection, so that a family's own classes get their fields without code. Text fields are bound with EMF edit
 * databinding: each accepted edit is one command on the editor's stack. Abstract parts have a type combo that
 * replaces the part with a new instance of another concrete class. Validation problems decorate their fields.
 */
public final class SettingsPage extends FormPage {

	public static final String ID = "org.plateau.ui.editor.settings";


	private static final String MULTI_LINE_FEATURE = "notes";

	private final ExperimentEditor editor;
	private ScrolledForm form;
	private FormToolkit toolkit;
	private Realm realm;
	private final List<Part> parts = new ArrayList<>();
	private final Map<Key, Field> fields = new HashMap<>();

	/** An attribute of an object. */
	private record Key(EObject owner, EStructuralFeature feature) {
	}

	/** The widget of one attribute (or one part's type), its decoration and its pending parse error. */
	private static final class Field {
		final Control control;
		final ControlDecoration decoration;
		final EAttribute attribute;
		Binding binding;
		String parseError;
		/** Why the family does not use this setting in the experiment as it is; {@code null} when it does. */
		String unusedBecause;

		Field(Control control, ControlDecoration decoration, EAttribute attribute) {
			this.control = control;
			this.decoration = decoration;
			this.attribute = attribute;
		}
	}

	/** A section: the experiment itself ({@code slot == null}) or the part held by one of its references. */
	private final class Part {
		final EReference slot;
		Section section;
		Composite fieldsArea;
		Combo typeCombo;
		List<EClass> types = List.of();
		EObject bound;
		DataBindingContext bindings;
		final List<Key> keys = new ArrayList<>();

		Part(EReference slot) {
			this.slot = slot;
		}

		EObject owner() {
			Experiment experiment = editor.getExperiment();
			return slot == null ? experiment : (EObject) experiment.eGet(slot);
		}
	}

	public SettingsPage(ExperimentEditor editor) {
		super(editor, ID, "Settings");
		this.editor = editor;
	}

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		form = managedForm.getForm();
		toolkit = managedForm.getToolkit();
		realm = DisplayRealm.getRealm(form.getDisplay());
		toolkit.decorateFormHeading(form.getForm());
		EditorSupport.addRunAction(form, getSite(), "experiment", "Run the experiment (a background job)");

		Composite body = form.getBody();
		GridLayout layout = new GridLayout(2, true);
		layout.horizontalSpacing = 12;
		layout.verticalSpacing = 12;
		body.setLayout(layout);

		Experiment experiment = editor.getExperiment();
		parts.add(new Part(null));
		for (EReference reference : experiment.eClass().getEAllContainments()) {
			if (!reference.isMany()) {
				parts.add(new Part(reference));
			}
		}
		for (Part part : parts) {
			createSection(body, part);
			fill(part);
		}
		refreshHeader();
		refreshDecorations();
	}

	private void createSection(Composite body, Part part) {
		Section section = toolkit.createSection(body, ExpandableComposite.TITLE_BAR | ExpandableComposite.TWISTIE
				| ExpandableComposite.EXPANDED);
		section.setText(part.slot == null ? "Experiment" : AttributeValues.label(part.slot));
		section.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		if (part.slot != null) {
			section.setToolTipText(EcoreUtil.getDocumentation(part.slot));
		}
		Composite client = toolkit.createComposite(section);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		client.setLayout(layout);
		if (part.slot != null && part.slot.getEReferenceType().isAbstract()) {
			Composite typeRow = toolkit.createComposite(client);
			typeRow.setLayout(new GridLayout(2, false));
			typeRow.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
			toolkit.createLabel(typeRow, "Type:");
			Combo combo = new Combo(typeRow, SWT.READ_ONLY | SWT.DROP_DOWN);
			toolkit.adapt(combo, true, false);
			combo.setLayoutData(indented(new GridData(SWT.FILL, SWT.CENTER, true, false)));
			combo.setToolTipText("The kind of " + AttributeValues.label(part.slot).toLowerCase()
					+ "; choosing another replaces it with a new one with default settings");
			combo.addListener(SWT.Selection, event -> chooseType(part));
			part.typeCombo = combo;
			ControlDecoration decoration = decorate(combo);
			fields.put(new Key(editor.getExperiment(), part.slot), new Field(combo, decoration, null));
		}
		part.fieldsArea = toolkit.createComposite(client);
		part.fieldsArea.setLayout(new GridLayout(2, false));
		part.fieldsArea.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		section.setClient(client);
		part.section = section;
	}

	/** (Re)creates the fields of a part for the object it holds now. */
	private void fill(Part part) {
		if (part.bindings != null) {
			part.bindings.dispose();
		}
		for (Key key : part.keys) {
			fields.remove(key);
		}
		part.keys.clear();
		for (Control child : part.fieldsArea.getChildren()) {
			child.dispose();
		}
		part.bindings = new DataBindingContext(realm);
		EObject owner = part.owner();
		part.bound = owner;
		if (owner == null) {
			toolkit.createLabel(part.fieldsArea, "Not set.");
			EClass type = part.slot.getEReferenceType();
			if (!type.isAbstract()) {
				Button create = toolkit.createButton(part.fieldsArea, "Create " + AttributeValues.label(part.slot).toLowerCase(),
						SWT.PUSH);
				create.addListener(SWT.Selection, event -> execute(
						SetCommand.create(domain(), editor.getExperiment(), part.slot, EcoreUtil.create(type))));
			}
		} else {
			for (EAttribute attribute : owner.eClass().getEAllAttributes()) {
				if (attribute.isChangeable() && !attribute.isDerived() && !attribute.isTransient()) {
					createField(part, owner, attribute);
				}
			}
		}
		if (part.typeCombo != null) {
			updateTypeCombo(part);
		}
		part.fieldsArea.layout(true, true);
		part.section.layout(true, true);
		form.reflow(true);
	}

	@SuppressWarnings("unchecked")
	private void createField(Part part, EObject owner, EAttribute attribute) {
		String documentation = EcoreUtil.getDocumentation(attribute);
		Label label = toolkit.createLabel(part.fieldsArea, AttributeValues.label(attribute) + ":");
		label.setToolTipText(documentation);
		IObservableValue<Object> model = EMFEditProperties.value(domain(), attribute).observe(realm, owner);
		Control control;
		Binding binding = null;
		GridData layoutData = indented(new GridData(SWT.FILL, SWT.CENTER, true, false));
		if (AttributeValues.isBoolean(attribute)) {
			Button check = toolkit.createButton(part.fieldsArea, "", SWT.CHECK);
			binding = part.bindings.bindValue(WidgetProperties.buttonSelection().observe(check), model,
					new UpdateValueStrategy<Boolean, Object>().setConverter(IConverter.create(Boolean.class, Object.class,
							value -> value)),
					new UpdateValueStrategy<Object, Boolean>().setConverter(IConverter.create(Object.class, Boolean.class,
							value -> Boolean.TRUE.equals(value))));
			control = check;
		} else if (attribute.getEAttributeType() instanceof EEnum eEnum && !attribute.isMany()) {
			Combo combo = new Combo(part.fieldsArea, SWT.READ_ONLY | SWT.DROP_DOWN);
			toolkit.adapt(combo, true, false);
			for (EEnumLiteral literal : eEnum.getELiterals()) {
				combo.add(FieldNames.capitalise(FieldNames.of(literal)));
			}
			binding = part.bindings.bindValue(WidgetProperties.singleSelectionIndex().observe(combo), model,
					new UpdateValueStrategy<Integer, Object>().setConverter(IConverter.create(Integer.class, Object.class,
							index -> index == null || index < 0 ? null : eEnum.getELiterals().get(index).getInstance())),
					new UpdateValueStrategy<Object, Integer>().setConverter(IConverter.create(Object.class, Integer.class,
							value -> value instanceof Enumerator enumerator && eEnum.getEEnumLiteral(enumerator.getValue()) != null
									? eEnum.getELiterals().indexOf(eEnum.getEEnumLiteral(enumerator.getValue()))
									: -1)));
			control = combo;
		} else if (attribute.isMany()) {
			// a list: one SetCommand replacing the whole list when the field is left or Enter is pressed
			Text text = toolkit.createText(part.fieldsArea, AttributeValues.format(attribute, owner.eGet(attribute)),
					SWT.SINGLE | SWT.BORDER);
			text.setMessage("comma-separated values");
			control = text;
		} else {
			boolean multiLine = MULTI_LINE_FEATURE.equals(attribute.getName());
			Text text = toolkit.createText(part.fieldsArea, "",
					(multiLine ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE) | SWT.BORDER);
			if (multiLine) {
				layoutData.heightHint = 4 * text.getLineHeight();
				layoutData.widthHint = 200;
			}
			// committed when the field is left or Enter is pressed: one command per accepted edit
			int[] events = multiLine ? new int[] { SWT.FocusOut } : new int[] { SWT.FocusOut, SWT.DefaultSelection };
			UpdateValueStrategy<String, Object> toModel = new UpdateValueStrategy<String, Object>()
					.setAfterGetValidator(value -> {
						// a number shown rounded and not edited keeps its exact value
						if (value.equals(AttributeValues.format(attribute, owner.eGet(attribute)))) {
							return ValidationStatus.cancel("unchanged");
						}
						try {
							AttributeValues.parse(attribute, value);
							return ValidationStatus.ok();
						} catch (IllegalArgumentException e) {
							return ValidationStatus.error(e.getMessage());
						}
					})
					.setConverter(IConverter.create(String.class, Object.class, value -> AttributeValues.parse(attribute, value)))
					.setAfterConvertValidator(value -> Objects.equals(value, owner.eGet(attribute))
							? ValidationStatus.cancel("unchanged")
							: ValidationStatus.ok());
			UpdateValueStrategy<Object, String> toTarget = new UpdateValueStrategy<Object, String>()
					.setConverter(IConverter.create(Object.class, String.class, value -> {
						// the exact value beside the documentation when the field shows it rounded
						String shown = AttributeValues.format(attribute, value);
						String exact = AttributeValues.exact(attribute, value);
						text.setToolTipText(shown.equals(exact) || value instanceof String ? documentation
								: (documentation == null ? "" : documentation + "\n") + "Exact value: " + exact);
						return shown;
					}));
			binding = part.bindings.bindValue(WidgetProperties.<Text>text(events).observe(text), model, toModel, toTarget);
			control = text;
		}
		if (control.getToolTipText() == null) {
			control.setToolTipText(documentation);
		}
		control.setLayoutData(layoutData);
		Field field = new Field(control, decorate(control), attribute);
		field.binding = binding;
		if (binding != null) {
			binding.getValidationStatus().addValueChangeListener(event -> updateDecoration(field, problemsByField()));
		} else {
			control.addListener(SWT.DefaultSelection, event -> commitList(owner, field));
			control.addListener(SWT.FocusOut, event -> commitList(owner, field));
		}
		Key key = new Key(owner, attribute);
		fields.put(key, field);
		part.keys.add(key);
	}

	private void commitList(EObject owner, Field field) {
		Text text = (Text) field.control;
		if (text.isDisposed()) {
			return;
		}
		try {
			Object value = AttributeValues.parse(field.attribute, text.getText());
			field.parseError = null;
			if (!Objects.equals(value, owner.eGet(field.attribute))) {
				execute(SetCommand.create(domain(), owner, field.attribute, value));
			}
		} catch (IllegalArgumentException e) {
			field.parseError = e.getMessage();
		}
		if (!field.control.isDisposed()) {
			updateDecoration(field, problemsByField());
		}
	}

	private static GridData indented(GridData data) {
		data.horizontalIndent = FieldDecorationRegistry.getDefault().getMaximumDecorationWidth();
		return data;
	}

	private static ControlDecoration decorate(Control control) {
		ControlDecoration decoration = new ControlDecoration(control, SWT.LEFT | SWT.TOP);
		FieldDecoration error = FieldDecorationRegistry.getDefault().getFieldDecoration(FieldDecorationRegistry.DEC_ERROR);
		decoration.setImage(error.getImage());
		decoration.setShowHover(true);
		decoration.hide();
		return decoration;
	}

	/** The concrete classes that can fill a part: those of the slot's package and of the experiment's parts. */
	private List<EClass> candidateTypes(EReference slot) {
		EClass type = slot.getEReferenceType();
		Set<EPackage> packages = new LinkedHashSet<>();
		packages.add(type.getEPackage());
		EObject current = (EObject) editor.getExperiment().eGet(slot);
		if (current != null) {
			packages.add(current.eClass().getEPackage());
		} else {
			for (EObject child : editor.getExperiment().eContents()) {
				packages.add(child.eClass().getEPackage());
			}
		}
		List<EClass> types = new ArrayList<>();
		for (EPackage ePackage : packages) {
			for (EClassifier classifier : ePackage.getEClassifiers()) {
				if (classifier instanceof EClass eClass && !eClass.isAbstract() && !eClass.isInterface()
						&& type.isSuperTypeOf(eClass) && !types.contains(eClass)) {
					types.add(eClass);
				}
			}
		}
		if (current != null && !types.contains(current.eClass())) {
			types.add(current.eClass());
		}
		return types;
	}

	private void updateTypeCombo(Part part) {
		part.types = candidateTypes(part.slot);
		String slotType = part.slot.getEReferenceType().getName();
		String[] labels = new String[part.types.size()];
		for (int i = 0; i < labels.length; i++) {
			labels[i] = AttributeValues.typeLabel(part.types.get(i).getName(), slotType);
		}
		if (!Arrays.equals(labels, part.typeCombo.getItems())) {
			part.typeCombo.setItems(labels);
		}
		EObject owner = part.owner();
		int index = owner == null ? -1 : part.types.indexOf(owner.eClass());
		if (index >= 0) {
			part.typeCombo.select(index);
		} else {
			part.typeCombo.deselectAll();
		}
		part.typeCombo.setEnabled(!part.types.isEmpty());
	}

	/** Replaces the part with a new instance of the chosen class: one undoable command. */
	private void chooseType(Part part) {
		int index = part.typeCombo.getSelectionIndex();
		if (index < 0 || index >= part.types.size()) {
			return;
		}
		EClass chosen = part.types.get(index);
		EObject owner = part.owner();
		if (owner != null && owner.eClass() == chosen) {
			return;
		}
		execute(SetCommand.create(domain(), editor.getExperiment(), part.slot, EcoreUtil.create(chosen)));
	}

	private void execute(Command command) {
		if (command.canExecute()) {
			domain().getCommandStack().execute(command);
		}
	}

	private EditingDomain domain() {
		return editor.getEditingDomain();
	}

	/** Brings the page up to date with the model after a command: parts replaced, lists, title, problems. */
	void refresh() {
		if (form == null || form.isDisposed()) {
			return;
		}
		for (Part part : parts) {
			if (part.owner() != part.bound) {
				fill(part);
			} else {
				if (part.typeCombo != null) {
					updateTypeCombo(part);
				}
				for (Key key : part.keys) {
					Field field = fields.get(key);
					if (field.binding == null && field.parseError == null && field.control instanceof Text text) {
						String value = AttributeValues.format(field.attribute, key.owner().eGet(key.feature()));
						if (!value.equals(text.getText())) {
							text.setText(value);
						}
					}
				}
			}
		}
		refreshHeader();
		refreshDecorations();
	}

	private void refreshHeader() {
		String name = editor.getExperiment().getName();
		form.setText(name == null || name.isBlank() ? editor.getFile().getFileName().toString() : name);
	}

	private Map<Key, List<Problem>> problemsByField() {
		Map<Key, List<Problem>> problems = new HashMap<>();
		for (Problem problem : Problem.of(editor.getDiagnostic())) {
			if (problem.object() != null && problem.feature() != null) {
				problems.computeIfAbsent(new Key(problem.object(), problem.feature()), key -> new ArrayList<>()).add(problem);
			}
		}
		return problems;
	}

	/**
	 * The settings the family says play no part in the experiment as it is (a hidden width at depth 1, say), with
	 * why: their fields are disabled and say why. None while the experiment has errors (it cannot be prepared).
	 */
	private Map<Key, String> unusedSettings() {
		Map<Key, String> unused = new HashMap<>();
		Experiment experiment = editor.getExperiment();
		if (experiment == null || editor.hasErrors()) {
			return unused;
		}
		RunManager runs = PlatformUI.getWorkbench().getService(RunManager.class);
		try {
			ModelFamily family = runs == null ? null : runs.registry().familyFor(experiment).orElse(null);
			if (family != null) {
				for (UnusedSetting setting : family.prepare(experiment).unusedSettings()) {
					unused.put(new Key(setting.owner(), setting.feature()), setting.why());
				}
			}
		} catch (ExperimentException | RuntimeException e) {
			// the family cannot prepare it as it is: every field stays open, and a run says why
		}
		return unused;
	}

	private void refreshDecorations() {
		Map<Key, List<Problem>> problems = problemsByField();
		Map<Key, String> unused = unusedSettings();
		for (Map.Entry<Key, Field> entry : fields.entrySet()) {
			Field field = entry.getValue();
			field.unusedBecause = unused.get(entry.getKey());
			if (!field.control.isDisposed()) {
				field.control.setEnabled(field.unusedBecause == null);
			}
			updateDecoration(field, problems);
		}
		List<Problem> all = Problem.of(editor.getDiagnostic());
		long errors = all.stream().filter(Problem::isError).count();
		long warnings = all.size() - errors;
		if (all.isEmpty()) {
			form.setMessage(null, IMessageProvider.NONE);
		} else {
			String message = count(errors, "error") + (errors > 0 && warnings > 0 ? ", " : "") + count(warnings, "warning")
					+ (all.size() == 1 ? ": " + all.get(0).message() : " (see the Problems view)");
			form.setMessage(message, errors > 0 ? IMessageProvider.ERROR : IMessageProvider.WARNING);
		}
	}

	private static String count(long n, String what) {
		return n == 0 ? "" : n + " " + what + (n == 1 ? "" : "s");
	}

	private void updateDecoration(Field field, Map<Key, List<Problem>> problems) {
		if (field.control.isDisposed()) {
			return;
		}
		List<String> messages = new ArrayList<>();
		boolean error = false;
		String parseError = field.parseError;
		if (field.binding != null) {
			IStatus status = field.binding.getValidationStatus().getValue();
			parseError = status != null && status.getSeverity() == IStatus.ERROR ? status.getMessage() : null;
		}
		if (parseError != null) {
			messages.add(parseError);
			error = true;
		}
		for (Map.Entry<Key, Field> entry : fields.entrySet()) {
			if (entry.getValue() == field) {
				for (Problem problem : problems.getOrDefault(entry.getKey(), List.of())) {
					messages.add(problem.message());
					error |= problem.isError();
				}
				break;
			}
		}
		if (messages.isEmpty() && field.unusedBecause != null) {
			// a disabled field shows no tool tip: its decoration says why it is off
			field.decoration.setImage(FieldDecorationRegistry.getDefault()
					.getFieldDecoration(FieldDecorationRegistry.DEC_INFORMATION).getImage());
			field.decoration.setDescriptionText("Not used in this experiment: " + field.unusedBecause);
			field.decoration.show();
			return;
		}
		if (messages.isEmpty()) {
			field.decoration.hide();
			return;
		}
		String id = error ? FieldDecorationRegistry.DEC_ERROR : FieldDecorationRegistry.DEC_WARNING;
		field.decoration.setImage(FieldDecorationRegistry.getDefault().getFieldDecoration(id).getImage());
		field.decoration.setDescriptionText(String.join("\n", messages));
		field.decoration.show();
	}

	/** Commits the focused text field if its text differs from the model (before a save). */
	void commitFocusedField() {
		if (form == null || form.isDisposed()) {
			return;
		}
		Control focus = form.getDisplay().getFocusControl();
		for (Map.Entry<Key, Field> entry : fields.entrySet()) {
			Field field = entry.getValue();
			if (field.control == focus && field.control instanceof Text text && field.attribute != null) {
				Object current = entry.getKey().owner().eGet(field.attribute);
				if (!AttributeValues.format(field.attribute, current).equals(text.getText())) {
					if (field.binding != null) {
						field.binding.updateTargetToModel();
					} else {
						commitList(entry.getKey().owner(), field);
					}
				}
			}
		}
	}

	/** Shows the field of a feature of an object (or the type combo of a part) and focuses it. */
	void reveal(EObject object, EStructuralFeature feature) {
		if (form == null || form.isDisposed()) {
			return;
		}
		Field field = fields.get(new Key(object, feature));
		if (field == null && object != null) {
			// a problem of a whole part: its type combo
			EObject container = object.eContainer();
			EStructuralFeature slot = object.eContainingFeature();
			field = container == null ? null : fields.get(new Key(container, slot));
		}
		if (field == null) {
			return;
		}
		for (Part part : parts) {
			if (part.section.getClient() != null && isAncestor(part.section, field.control)) {
				part.section.setExpanded(true);
			}
		}
		form.reflow(true);
		form.showControl(field.control);
		field.control.setFocus();
	}

	private static boolean isAncestor(Composite ancestor, Control control) {
		for (Control c = control; c != null; c = c.getParent()) {
			if (c == ancestor) {
				return true;
			}
		}
		return false;
	}

	/** The widget that edits an attribute of an object (a Text, Combo or check Button); {@code null} if none. */
	public Control field(EObject owner, EStructuralFeature feature) {
		Field field = fields.get(new Key(owner, feature));
		return field == null ? null : field.control;
	}

	/** The combo that chooses the class of the part held by a reference of the experiment. */
	public Combo typeCombo(EReference slot) {
		for (Part part : parts) {
			if (part.slot == slot) {
				return part.typeCombo;
			}
		}
		return null;
	}

	/** The problem decoration of the field of an attribute of an object (or of a part's type combo). */
	public ControlDecoration decoration(EObject owner, EStructuralFeature feature) {
		Field field = fields.get(new Key(owner, feature));
		return field == null ? null : field.decoration;
	}

	@Override
	public void dispose() {
		for (Part part : parts) {
			if (part.bindings != null) {
				part.bindings.dispose();
			}
		}
		super.dispose();
	}
}
