package org.plateau.ui.internal.editor;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.EventObject;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IPathEditorInput;
import org.eclipse.ui.IPersistableElement;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.XMLMemento;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.statushandlers.StatusManager;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.plateau.core.family.ModelFamily;
import org.plateau.core.registry.FamilyRegistry;
import org.plateau.model.Experiment;
import org.plateau.model.PlateauPackage;
import org.plateau.model.util.ExperimentFileException;
import org.plateau.model.util.PlateauResources;

/**
 * The editor of an experiment file: a Settings form, the Architecture diagram and the Model tree over one EMF
 * editing domain, so that every edit on any page is a command on one stack (undo, redo, dirty state). The
 * experiment is validated after every command (the model's and every family's EMF validators) and the pages show
 * the problems on their fields. A file that cannot be read opens a single page naming the file, line and problem.
 */
public final class ExperimentEditor extends FormEditor implements IEditingDomainProvider {

	public static final String ID = "org.plateau.ui.experimentEditor";

	private Path file;
	private ComposedAdapterFactory adapterFactory;
	private AdapterFactoryEditingDomain domain;
	private Experiment experiment;
	private ExperimentFileException loadError;
	private Diagnostic diagnostic = Diagnostic.OK_INSTANCE;
	private final List<Consumer<Diagnostic>> validationListeners = new CopyOnWriteArrayList<>();
	private ServiceTracker<FamilyRegistry, FamilyRegistry> registryTracker;
	private SettingsPage settingsPage;
	private ArchitecturePage architecturePage;
	private ModelPage modelPage;
	private final CommandStackListener stackListener = this::commandStackChanged;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof IPathEditorInput pathInput)) {
			throw new PartInitException("The experiment editor opens files, not " + input.getClass().getSimpleName());
		}
		super.init(site, input);
		file = pathInput.getPath().toFile().toPath().toAbsolutePath().normalize();
		updateTitle();

		adapterFactory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
		adapterFactory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
		BasicCommandStack stack = new BasicCommandStack();
		// the domain's resource set knows the editing domain (property descriptors execute through it) and
		// delegates to the global package registry, where the model and every family register their packages
		domain = new AdapterFactoryEditingDomain(adapterFactory, stack);
		domain.getResourceSet().getPackageRegistry().put(PlateauPackage.eNS_URI, PlateauPackage.eINSTANCE);
		try {
			experiment = PlateauResources.load(domain.getResourceSet(), file);
		} catch (ExperimentFileException e) {
			loadError = e;
		}
		stack.addCommandStackListener(stackListener);

		BundleContext context = FrameworkUtil.getBundle(ExperimentEditor.class).getBundleContext();
		registryTracker = new ServiceTracker<>(context, FamilyRegistry.class, null);
		registryTracker.open();
		validate();
		rememberInput();
	}

	/**
	 * Writes the editor's memento (its input, by the input's element factory) into its part of the workbench model at
	 * once, rather than only when the workbench closes normally, so that the editor comes back after a restart
	 * however the previous session ended (the workbench model is saved periodically too).
	 */
	private void rememberInput() {
		MPart part = getSite().getService(MPart.class);
		IPersistableElement persistable = getEditorInput().getPersistable();
		if (part == null || persistable == null) {
			return;
		}
		// the memento that the workbench's EditorReference reads back: editor attributes and an input child
		XMLMemento memento = XMLMemento.createWriteRoot("editor");
		memento.putString("id", getSite().getId());
		memento.putString("name", getEditorInput().getName());
		memento.putString("title", getTitle());
		memento.putString("tooltip", getTitleToolTip());
		memento.putString("partName", getPartName());
		IMemento input = memento.createChild("input");
		input.putString("factoryID", persistable.getFactoryId());
		persistable.saveState(input);
		StringWriter writer = new StringWriter();
		try {
			memento.save(writer);
			part.getPersistedState().put("memento", writer.toString());
		} catch (IOException e) {
			// the workbench still persists the editor when it closes normally
		}
	}

	@Override
	protected void addPages() {
		if (experiment == null) {
			int index = addPage(createLoadErrorPage(getContainer()));
			setPageText(index, "Problem");
			return;
		}
		settingsPage = new SettingsPage(this);
		architecturePage = new ArchitecturePage(this);
		modelPage = new ModelPage(this);
		try {
			addPage(settingsPage);
			addPage(architecturePage);
			addPage(modelPage);
		} catch (PartInitException e) {
			StatusManager.getManager().handle(new Status(IStatus.ERROR, bundleId(),
					"Cannot create the pages of the editor of " + file, e), StatusManager.LOG | StatusManager.SHOW);
		}
	}

	private Composite createLoadErrorPage(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(1, false));
		Label title = new Label(page, SWT.WRAP);
		title.setText("This experiment file cannot be opened. Correct it in a text editor, then open it again.");
		title.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		Text message = new Text(page, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL);
		message.setText(loadError.getMessage());
		message.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		return page;
	}

	private static String bundleId() {
		return FrameworkUtil.getBundle(ExperimentEditor.class).getSymbolicName();
	}

	private void updateTitle() {
		setPartName(file.getFileName() == null ? file.toString() : file.getFileName().toString());
		setTitleToolTip(file.toString());
	}

	private void commandStackChanged(EventObject event) {
		firePropertyChange(PROP_DIRTY);
		validate();
		refreshPages();
	}

	private void refreshPages() {
		if (settingsPage != null) {
			settingsPage.refresh();
		}
		if (architecturePage != null) {
			architecturePage.refresh();
		}
		if (modelPage != null) {
			modelPage.refresh();
		}
	}

	/** Validates the experiment with the EMF validators of the model and the families, and tells the listeners. */
	private void validate() {
		if (experiment == null) {
			return;
		}
		BasicDiagnostic result = Diagnostician.INSTANCE.createDefaultDiagnostic(experiment);
		Diagnostician.INSTANCE.validate(experiment, result, Diagnostician.INSTANCE.createDefaultContext());
		diagnostic = result;
		for (Consumer<Diagnostic> listener : validationListeners) {
			listener.accept(result);
		}
	}

	@Override
	public boolean isDirty() {
		return domain != null && ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded();
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		if (experiment == null) {
			return;
		}
		if (settingsPage != null) {
			settingsPage.commitFocusedField();
		}
		if (!write(file) && monitor != null) {
			monitor.setCanceled(true);
		}
	}

	@Override
	public void doSaveAs() {
		if (experiment == null) {
			return;
		}
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
		dialog.setText("Save experiment as");
		dialog.setFilterExtensions(new String[] { "*." + PlateauResources.FILE_EXTENSION });
		dialog.setFilterNames(new String[] { "Plateau experiments (*." + PlateauResources.FILE_EXTENSION + ")" });
		dialog.setFilterPath(file.getParent() == null ? null : file.getParent().toString());
		dialog.setFileName(file.getFileName() == null ? null : file.getFileName().toString());
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen != null) {
			String name = chosen.endsWith("." + PlateauResources.FILE_EXTENSION) ? chosen
					: chosen + "." + PlateauResources.FILE_EXTENSION;
			saveAs(Path.of(name));
		}
	}

	/**
	 * Saves the experiment to another file and makes it this editor's input, as Save As does after its dialog.
	 *
	 * @return whether the file was written; if not, a dialog said why and the editor still edits its old file
	 */
	public boolean saveAs(Path target) {
		if (experiment == null) {
			return false;
		}
		if (settingsPage != null) {
			settingsPage.commitFocusedField();
		}
		Path normalized = target.toAbsolutePath().normalize();
		if (!write(normalized)) {
			return false;
		}
		file = normalized;
		setInputWithNotify(new ExperimentEditorInput(normalized));
		updateTitle();
		rememberInput();
		return true;
	}

	/** Writes the experiment; a failure shows a dialog naming the file and keeps the editor dirty. */
	private boolean write(Path target) {
		Resource resource = experiment.eResource();
		URI previous = resource == null ? null : resource.getURI();
		try {
			PlateauResources.save(experiment, target);
		} catch (ExperimentFileException e) {
			if (resource != null) {
				resource.setURI(previous);
			}
			MessageDialog.openError(getSite().getShell(), "Cannot save " + target.getFileName(), e.getMessage());
			return false;
		}
		((BasicCommandStack) domain.getCommandStack()).saveIsDone();
		firePropertyChange(PROP_DIRTY);
		return true;
	}

	@Override
	public boolean isSaveAsAllowed() {
		return experiment != null;
	}

	@Override
	public EditingDomain getEditingDomain() {
		return domain;
	}

	/** The edited experiment; {@code null} when the file could not be read. */
	public Experiment getExperiment() {
		return experiment;
	}

	/** The edited file (absolute, normalized); changes on Save As. */
	public Path getFile() {
		return file;
	}

	/** Why the file could not be read, or {@code null} when it was. */
	public ExperimentFileException getLoadError() {
		return loadError;
	}

	/** The latest validation of the experiment (after the last command). */
	public Diagnostic getDiagnostic() {
		return diagnostic;
	}

	/** Whether the experiment cannot be run as it stands (validation errors, or the file could not be read). */
	public boolean hasErrors() {
		return experiment == null || diagnostic.getSeverity() >= Diagnostic.ERROR;
	}

	/** Tells a listener the experiment's validation after every command. */
	public void addValidationListener(Consumer<Diagnostic> listener) {
		validationListeners.add(listener);
	}

	public void removeValidationListener(Consumer<Diagnostic> listener) {
		validationListeners.remove(listener);
	}

	/** Shows the Settings page with the field of a feature of an object focused. */
	public void reveal(EObject object, EStructuralFeature feature) {
		if (settingsPage == null) {
			return;
		}
		setActivePage(SettingsPage.ID);
		settingsPage.reveal(object, feature);
	}

	/** The family that handles the experiment, if one is installed. */
	Optional<ModelFamily> family() {
		FamilyRegistry registry = registryTracker == null ? null : registryTracker.getService();
		if (registry == null || experiment == null) {
			return Optional.empty();
		}
		try {
			return registry.familyFor(experiment);
		} catch (RuntimeException e) {
			// a family's handles() failed: report it, and edit the experiment without a family
			StatusManager.getManager().handle(new Status(IStatus.ERROR, bundleId(),
					"A model family failed to say whether it handles " + file, e), StatusManager.LOG);
			return Optional.empty();
		}
	}

	/** The adapter factory of the editing domain (item providers for the tree and the property table). */
	ComposedAdapterFactory adapterFactory() {
		return adapterFactory;
	}

	public SettingsPage settingsPage() {
		return settingsPage;
	}

	public ArchitecturePage architecturePage() {
		return architecturePage;
	}

	public ModelPage modelPage() {
		return modelPage;
	}

	@Override
	public void dispose() {
		if (domain != null) {
			domain.getCommandStack().removeCommandStackListener(stackListener);
		}
		validationListeners.clear();
		if (registryTracker != null) {
			registryTracker.close();
		}
		super.dispose();
		if (adapterFactory != null) {
			adapterFactory.dispose();
		}
	}
}
