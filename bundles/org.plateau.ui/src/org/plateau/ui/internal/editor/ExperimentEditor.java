package org.plateau.ui.internal.editor;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.statushandlers.StatusManager;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.plateau.core.family.ModelFamily;
import org.plateau.core.registry.Contributors;
import org.plateau.core.registry.FamilyRegistry;
import org.plateau.model.Experiment;
import org.plateau.model.util.ExperimentFileException;
import org.plateau.model.util.PlateauResources;

/**
 * The editor of an experiment file: a Settings form, the Architecture diagram and the Model tree over one EMF
 * editing domain, so that every edit on any page is a command on one stack (undo, redo, dirty state). The
 * experiment is validated after every command (the model's and every family's EMF validators) and the pages show
 * the problems on their fields. A file that cannot be read opens a single page naming the file, line and problem.
 */
public final class ExperimentEditor extends PlateauFileEditor<Experiment> {

	public static final String ID = "org.plateau.ui.experimentEditor";

	private Diagnostic diagnostic = Diagnostic.OK_INSTANCE;
	private final List<Consumer<Diagnostic>> validationListeners = new CopyOnWriteArrayList<>();
	private ServiceTracker<FamilyRegistry, FamilyRegistry> registryTracker;
	private SettingsPage settingsPage;
	private ArchitecturePage architecturePage;
	private ModelPage modelPage;

	public ExperimentEditor() {
		super("experiment", PlateauResources.FILE_EXTENSION);
	}

	@Override
	protected Experiment load(ResourceSet resourceSet, Path from) throws ExperimentFileException {
		return PlateauResources.load(resourceSet, from);
	}

	@Override
	protected void save(Experiment object, Path to) throws ExperimentFileException {
		PlateauResources.save(object, to);
	}

	@Override
	protected void initialized() {
		BundleContext context = FrameworkUtil.getBundle(ExperimentEditor.class).getBundleContext();
		registryTracker = new ServiceTracker<>(context, FamilyRegistry.class, null);
		registryTracker.open();
		super.initialized();
	}

	@Override
	protected void addEditorPages() throws PartInitException {
		settingsPage = new SettingsPage(this);
		architecturePage = new ArchitecturePage(this);
		modelPage = new ModelPage(this);
		addPage(settingsPage);
		addPage(architecturePage);
		addPage(modelPage);
	}

	@Override
	protected void commandStackChanged() {
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
		Experiment experiment = root();
		if (experiment == null) {
			return;
		}
		BasicDiagnostic result = Diagnostician.INSTANCE.createDefaultDiagnostic(experiment);
		try {
			Diagnostician.INSTANCE.validate(experiment, result, Diagnostician.INSTANCE.createDefaultContext());
		} catch (RuntimeException | LinkageError e) {
			// a family's validator is contributed code: its failure is an error of the experiment, and is logged
			String message = "Validation of " + getFile() + " failed (a model family's validator): "
					+ Contributors.reason(e);
			StatusManager.getManager().handle(new Status(IStatus.ERROR,
					FrameworkUtil.getBundle(ExperimentEditor.class).getSymbolicName(), message, e), StatusManager.LOG);
			result.add(new BasicDiagnostic(Diagnostic.ERROR, FrameworkUtil.getBundle(ExperimentEditor.class)
					.getSymbolicName(), 0, message, new Object[] { experiment }));
		}
		diagnostic = result;
		for (Consumer<Diagnostic> listener : validationListeners) {
			listener.accept(result);
		}
	}

	@Override
	protected void commitFocusedField() {
		if (settingsPage != null) {
			settingsPage.commitFocusedField();
		}
	}

	/** The edited experiment; {@code null} when the file could not be read. */
	public Experiment getExperiment() {
		return root();
	}

	/** The latest validation of the experiment (after the last command). */
	public Diagnostic getDiagnostic() {
		return diagnostic;
	}

	/** Whether the experiment cannot be run as it stands (validation errors, or the file could not be read). */
	public boolean hasErrors() {
		return root() == null || diagnostic.getSeverity() >= Diagnostic.ERROR;
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

	/**
	 * The family that handles the experiment, if one is installed. A family that fails to answer is skipped, and
	 * reported by the registry (logged by its bundle's name).
	 */
	Optional<ModelFamily> family() {
		return root() == null ? Optional.empty() : registry().familyFor(root());
	}

	/** The family registry (an OSGi service), through which the pages ask the family; an empty one while absent. */
	FamilyRegistry registry() {
		FamilyRegistry registry = registryTracker == null ? null : registryTracker.getService();
		return registry == null ? FamilyRegistry.of() : registry;
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
		validationListeners.clear();
		if (registryTracker != null) {
			registryTracker.close();
		}
		super.dispose();
	}
}
