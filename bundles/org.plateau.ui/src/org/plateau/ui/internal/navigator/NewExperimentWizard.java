package org.plateau.ui.internal.navigator;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.plateau.core.family.ExampleExperiment;
import org.plateau.core.family.ModelFamily;
import org.plateau.ui.internal.FamilyExamples;
import org.plateau.ui.internal.prefs.PlateauPreferences;
import org.plateau.ui.internal.runs.RunManager;

/**
 * Creates an experiment in the workspace from a starting point that a model family contributes: each installed
 * family lists its examples (its {@link ModelFamily#examples()}), the user picks one and names the new experiment,
 * which then opens in the editor.
 */
public final class NewExperimentWizard extends Wizard implements INewWizard {

	private IWorkbench workbench;
	private ExperimentsWorkspace workspace;
	private StartPage page;

	public NewExperimentWizard() {
		setWindowTitle("New Experiment");
		setNeedsProgressMonitor(false);
	}

	@Override
	public void init(IWorkbench bench, IStructuredSelection selection) {
		this.workbench = bench;
		this.workspace = new ExperimentsWorkspace(PlateauPreferences.workspaceFolder(), bench.getService(RunManager.class));
	}

	@Override
	public void addPages() {
		page = new StartPage(workbench.getService(RunManager.class));
		addPage(page);
	}

	/** The page, for tests. */
	public StartPage startPage() {
		return page;
	}

	@Override
	public boolean performFinish() {
		ExampleExperiment example = page.example();
		String name = page.name();
		try {
			Path file = workspace.create(example, name);
			ExperimentsView.showCreated(workbench.getActiveWorkbenchWindow().getActivePage(), file);
			return true;
		} catch (IOException | PartInitException e) {
			page.setErrorMessage("Cannot create " + workspace.fileOf(name) + ": " + e.getMessage());
			return false;
		}
	}

	/** Choose the family and the example to start from, and the name. */
	public final class StartPage extends WizardPage {

		private final RunManager runs;
		private final Map<ModelFamily, List<ExampleExperiment>> examples = new LinkedHashMap<>();
		private TreeViewer tree;
		private Text nameText;
		private Text description;
		private boolean nameEdited;

		StartPage(RunManager runs) {
			super("start");
			this.runs = runs;
			setTitle("New experiment");
			setDescription("Start from an example of an installed model family: it reproduces a figure of the paper, "
					+ "and you change it from there.");
		}

		@Override
		public void createControl(Composite parent) {
			Composite root = new Composite(parent, SWT.NONE);
			root.setLayout(new GridLayout(2, false));
			examples.putAll(FamilyExamples.of(runs.registry()));
			Label label = new Label(root, SWT.NONE);
			label.setText("Family and example:");
			label.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false, 2, 1));
			tree = new TreeViewer(root, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION);
			tree.getTree().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
			tree.setContentProvider(new ITreeContentProvider() {
				@Override
				public Object[] getElements(Object input) {
					return examples.keySet().toArray();
				}

				@Override
				public Object[] getChildren(Object element) {
					return element instanceof ModelFamily f ? examples.get(f).toArray() : new Object[0];
				}

				@Override
				public Object getParent(Object element) {
					return null;
				}

				@Override
				public boolean hasChildren(Object element) {
					return element instanceof ModelFamily f && !examples.get(f).isEmpty();
				}
			});
			tree.setLabelProvider(new ColumnLabelProvider() {
				@Override
				public String getText(Object element) {
					return element instanceof ModelFamily f ? FamilyExamples.name(runs.registry(), f)
							: ((ExampleExperiment) element).title() + "  (" + ((ExampleExperiment) element).fileName() + ")";
				}
			});
			tree.setInput(examples);
			tree.expandAll();
			description = new Text(root, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL);
			GridData descriptionData = new GridData(SWT.FILL, SWT.FILL, true, false, 2, 1);
			descriptionData.heightHint = 80;
			description.setLayoutData(descriptionData);
			Label nameLabel = new Label(root, SWT.NONE);
			nameLabel.setText("Name:");
			nameText = new Text(root, SWT.BORDER);
			nameText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			nameText.addModifyListener(e -> {
				nameEdited = nameText.isFocusControl();
				validate();
			});
			tree.addSelectionChangedListener(e -> selectionChanged());
			tree.addDoubleClickListener(e -> {
				if (isPageComplete() && getWizard().performFinish()) {
					getShell().close();
				}
			});
			List<ExampleExperiment> first = new ArrayList<>();
			examples.values().forEach(first::addAll);
			if (!first.isEmpty()) {
				tree.setSelection(new StructuredSelection(first.get(0)), true);
			}
			setControl(root);
			validate();
		}

		private void selectionChanged() {
			ExampleExperiment example = example();
			if (example != null) {
				description.setText(example.description());
				if (!nameEdited) {
					nameText.setText(workspace.freeName(example.name()));
				}
			} else if (tree.getStructuredSelection().getFirstElement() instanceof ModelFamily family) {
				description.setText(FamilyExamples.description(runs.registry(), family));
			}
			validate();
		}

		private void validate() {
			String problem = example() == null ? "Choose an example to start from." : workspace.checkNewName(name());
			setErrorMessage(example() == null ? null : problem);
			setMessage(example() == null ? problem : null);
			setPageComplete(problem == null);
		}

		/** The example chosen, or {@code null}. */
		public ExampleExperiment example() {
			return tree.getStructuredSelection().getFirstElement() instanceof ExampleExperiment e ? e : null;
		}

		/** The name typed. */
		public String name() {
			return nameText.getText().strip();
		}

		/** The tree of families and examples, for tests. */
		public TreeViewer tree() {
			return tree;
		}

		/** The name field, for tests. */
		public Text nameField() {
			return nameText;
		}
	}
}
