package org.plateau.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.IStructuredContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;

/**
 * The whole experiment as a tree of its objects (from the EMF item providers) beside a table of the selected
 * object's properties (from its {@link IItemPropertySource}), editable in place; each edit is a command on the
 * editor's stack through {@link IItemPropertyDescriptor#setPropertyValue}.
 */
public final class ModelPage extends FormPage {

	public static final String ID = "org.plateau.ui.editor.model";

	private static final String[] BOOLEANS = { "false", "true" };

	private final ExperimentEditor editor;
	private ScrolledForm form;
	private TreeViewer tree;
	private TableViewer properties;

	public ModelPage(ExperimentEditor editor) {
		super(editor, ID, "Model");
		this.editor = editor;
	}

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		form = managedForm.getForm();
		FormToolkit toolkit = managedForm.getToolkit();
		toolkit.decorateFormHeading(form.getForm());
		form.setText("Model");
		Composite body = form.getBody();
		body.setLayout(new GridLayout(1, false));
		SashForm sash = new SashForm(body, SWT.HORIZONTAL);
		toolkit.adapt(sash);
		GridData sashData = new GridData(SWT.FILL, SWT.FILL, true, true);
		sashData.heightHint = 360;
		sash.setLayoutData(sashData);

		tree = new TreeViewer(sash, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION);
		tree.setContentProvider(new ItemContentProvider(editor.adapterFactory()));
		tree.setLabelProvider(new ItemContentProvider.ItemLabelProvider(editor.adapterFactory()));
		tree.setInput(new Object[] { editor.getExperiment() });
		tree.expandToLevel(2);
		tree.addSelectionChangedListener(event -> {
			Object selected = ((IStructuredSelection) event.getSelection()).getFirstElement();
			if (selected instanceof EObject object && object != properties.getInput()) {
				properties.setInput(object);
			}
		});

		properties = new TableViewer(sash, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION);
		properties.getTable().setHeaderVisible(true);
		properties.getTable().setLinesVisible(true);
		properties.setContentProvider(new PropertyContentProvider());
		TableViewerColumn name = new TableViewerColumn(properties, SWT.LEFT);
		name.getColumn().setText("Property");
		name.getColumn().setWidth(200);
		name.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return ((IItemPropertyDescriptor) element).getDisplayName(owner());
			}

			@Override
			public String getToolTipText(Object element) {
				return ((IItemPropertyDescriptor) element).getDescription(owner());
			}
		});
		TableViewerColumn value = new TableViewerColumn(properties, SWT.LEFT);
		value.getColumn().setText("Value");
		value.getColumn().setWidth(320);
		value.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return valueText((IItemPropertyDescriptor) element);
			}
		});
		value.setEditingSupport(new ValueEditingSupport());
		sash.setWeights(2, 3);
		tree.setSelection(new StructuredSelection(editor.getExperiment()), true);
	}

	/** The object whose properties the table shows. */
	private EObject owner() {
		return (EObject) properties.getInput();
	}

	private String valueText(IItemPropertyDescriptor descriptor) {
		EObject owner = owner();
		Object feature = descriptor.getFeature(owner);
		if (feature instanceof EAttribute attribute) {
			return AttributeValues.format(attribute, owner.eGet(attribute));
		}
		if (feature instanceof EReference reference) {
			Object value = owner.eGet(reference);
			if (value instanceof List<?> list) {
				List<String> labels = new ArrayList<>();
				for (Object item : list) {
					labels.add(label(item));
				}
				return String.join(", ", labels);
			}
			return value == null ? "" : label(value);
		}
		Object value = descriptor.getPropertyValue(owner);
		return value == null ? "" : descriptor.getLabelProvider(owner).getText(value);
	}

	private String label(Object object) {
		IItemLabelProvider provider = (IItemLabelProvider) editor.adapterFactory().adapt(object, IItemLabelProvider.class);
		return provider == null ? String.valueOf(object) : provider.getText(object);
	}

	/** The property descriptors of the table's input. */
	private final class PropertyContentProvider implements IStructuredContentProvider {
		@Override
		public Object[] getElements(Object input) {
			IItemPropertySource source = (IItemPropertySource) editor.adapterFactory().adapt(input, IItemPropertySource.class);
			return source == null ? new Object[0] : source.getPropertyDescriptors(input).toArray();
		}
	}

	/** In-place editing of attribute values: a combo for enums and booleans, text otherwise. */
	private final class ValueEditingSupport extends EditingSupport {

		/** Made once, reused for every row: the viewer does not dispose editing support's editors. */
		private TextCellEditor textEditor;
		private ComboBoxCellEditor comboEditor;

		ValueEditingSupport() {
			super(properties);
		}

		private CellEditor combo(String[] items) {
			if (comboEditor == null) {
				comboEditor = new ComboBoxCellEditor(properties.getTable(), items, SWT.READ_ONLY);
			} else {
				comboEditor.setItems(items);
			}
			return comboEditor;
		}

		private EAttribute attribute(Object element) {
			Object feature = ((IItemPropertyDescriptor) element).getFeature(owner());
			return feature instanceof EAttribute attribute && attribute.isChangeable() ? attribute : null;
		}

		@Override
		protected boolean canEdit(Object element) {
			return attribute(element) != null && ((IItemPropertyDescriptor) element).canSetProperty(owner());
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			EAttribute attribute = attribute(element);
			if (attribute.getEAttributeType() instanceof EEnum eEnum && !attribute.isMany()) {
				return combo(eEnum.getELiterals().stream().map(EEnumLiteral::getLiteral).toArray(String[]::new));
			}
			if (AttributeValues.isBoolean(attribute)) {
				return combo(BOOLEANS);
			}
			if (textEditor == null) {
				textEditor = new TextCellEditor(properties.getTable());
			}
			return textEditor;
		}

		@Override
		protected Object getValue(Object element) {
			EAttribute attribute = attribute(element);
			Object value = owner().eGet(attribute);
			if (attribute.getEAttributeType() instanceof EEnum eEnum && !attribute.isMany()) {
				EEnumLiteral literal = value == null ? null
						: eEnum.getEEnumLiteral(((Enumerator) value).getValue());
				return literal == null ? -1 : eEnum.getELiterals().indexOf(literal);
			}
			if (AttributeValues.isBoolean(attribute)) {
				return Boolean.TRUE.equals(value) ? 1 : 0;
			}
			return AttributeValues.format(attribute, value);
		}

		@Override
		protected void setValue(Object element, Object edited) {
			IItemPropertyDescriptor descriptor = (IItemPropertyDescriptor) element;
			EAttribute attribute = attribute(element);
			EObject owner = owner();
			Object value;
			if (attribute.getEAttributeType() instanceof EEnum eEnum && !attribute.isMany()) {
				int index = (Integer) edited;
				if (index < 0) {
					return;
				}
				value = eEnum.getELiterals().get(index).getInstance();
			} else if (AttributeValues.isBoolean(attribute)) {
				value = ((Integer) edited) == 1;
			} else {
				try {
					value = AttributeValues.parse(attribute, (String) edited);
				} catch (IllegalArgumentException e) {
					form.setMessage(e.getMessage(), IMessageProvider.ERROR);
					return;
				}
			}
			form.setMessage(null, IMessageProvider.NONE);
			if (!Objects.equals(value, owner.eGet(attribute))) {
				// executes a SetCommand on the stack of the editing domain of the owner's resource set
				descriptor.setPropertyValue(owner, value);
			}
		}
	}

	/** Brings the tree and the table up to date after a command. */
	void refresh() {
		if (tree == null || tree.getControl().isDisposed()) {
			return;
		}
		tree.refresh();
		EObject owner = owner();
		if (owner == null || owner.eResource() == null) {
			tree.setSelection(new StructuredSelection(editor.getExperiment()), true);
			properties.setInput(editor.getExperiment());
		} else {
			properties.refresh();
		}
	}

	/** The tree of the model's objects, once the page is shown. */
	public TreeViewer tree() {
		return tree;
	}

	/** The property table of the selected object, once the page is shown. */
	public TableViewer properties() {
		return properties;
	}

	/** Selects an object in the tree (its properties show in the table). */
	public void select(EObject object) {
		tree.setSelection(new StructuredSelection(object), true);
		properties.setInput(object);
	}
}
