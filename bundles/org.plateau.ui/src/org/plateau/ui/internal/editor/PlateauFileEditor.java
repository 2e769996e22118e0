package org.plateau.ui.internal.editor;

import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IPathEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.statushandlers.StatusManager;
import org.osgi.framework.FrameworkUtil;
import org.plateau.model.PlateauPackage;
import org.plateau.model.util.ExperimentFileException;

/**
 * What the editors of Plateau's files share: the file (an {@link ExperimentEditorInput}), one EMF editing domain whose
 * command stack every page edits through (undo, redo, dirty state), Save and Save As with a dialog naming the file
 * when it cannot be written, and a single page naming the problem when the file cannot be read.
 *
 * @param <T> the root object of the file
 */
public abstract class PlateauFileEditor<T extends EObject> extends FormEditor implements IEditingDomainProvider {

	private final String kind;
	private final String extension;
	private Path file;
	private ComposedAdapterFactory adapterFactory;
	private AdapterFactoryEditingDomain domain;
	private T root;
	private ExperimentFileException loadError;
	private final CommandStackListener stackListener = event -> {
		firePropertyChange(PROP_DIRTY);
		commandStackChanged();
	};

	/**
	 * @param kind what the file holds, for messages: "experiment", "sweep"
	 * @param extension its file extension, without the dot
	 */
	protected PlateauFileEditor(String kind, String extension) {
		this.kind = kind;
		this.extension = extension;
	}

	/** Reads the file's root into the editor's resource set. */
	protected abstract T load(ResourceSet resourceSet, Path from) throws ExperimentFileException;

	/** Writes the root to a file. */
	protected abstract void save(T object, Path to) throws ExperimentFileException;

	/** After every command (and once the file is read): validate, and show the model again. */
	protected abstract void commandStackChanged();

	/** Adds the pages of a file that could be read. */
	protected abstract void addEditorPages() throws PartInitException;

	/** Applies the field being typed in, as leaving it does, before a save. */
	protected void commitFocusedField() {
	}

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof IPathEditorInput pathInput)) {
			throw new PartInitException("The " + kind + " editor opens files, not " + input.getClass().getSimpleName());
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
			root = load(domain.getResourceSet(), file);
		} catch (ExperimentFileException e) {
			loadError = e;
		}
		stack.addCommandStackListener(stackListener);
		initialized();
		EditorSupport.rememberInput(this);
	}

	/** Called once the file is read (or could not be), before the pages are made. */
	protected void initialized() {
		commandStackChanged();
	}

	@Override
	protected final void addPages() {
		if (root == null) {
			setPageText(addPage(EditorSupport.loadErrorPage(getContainer(), kind, loadError.getMessage())), "Problem");
			return;
		}
		try {
			addEditorPages();
		} catch (PartInitException e) {
			StatusManager.getManager().handle(new Status(IStatus.ERROR, FrameworkUtil.getBundle(getClass()).getSymbolicName(),
					"Cannot create the pages of the editor of " + file, e), StatusManager.LOG | StatusManager.SHOW);
		}
	}

	private void updateTitle() {
		setPartName(file.getFileName() == null ? file.toString() : file.getFileName().toString());
		setTitleToolTip(file.toString());
	}

	@Override
	public boolean isDirty() {
		return domain != null && ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded();
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		if (root == null) {
			return;
		}
		commitFocusedField();
		if (!write(file) && monitor != null) {
			monitor.setCanceled(true);
		}
	}

	@Override
	public void doSaveAs() {
		if (root == null) {
			return;
		}
		String dotted = "." + extension;
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
		dialog.setText("Save " + kind + " as");
		dialog.setFilterExtensions(new String[] { "*" + dotted });
		dialog.setFilterNames(new String[] { "Plateau " + kind + "s (*" + dotted + ")" });
		dialog.setFilterPath(file.getParent() == null ? null : file.getParent().toString());
		dialog.setFileName(file.getFileName() == null ? null : file.getFileName().toString());
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen != null) {
			saveAs(Path.of(chosen.endsWith(dotted) ? chosen : chosen + dotted));
		}
	}

	/**
	 * Saves to another file and makes it this editor's input, as Save As does after its dialog.
	 *
	 * @return whether the file was written; if not, a dialog said why and the editor still edits its old file
	 */
	public boolean saveAs(Path target) {
		if (root == null) {
			return false;
		}
		commitFocusedField();
		Path normalized = target.toAbsolutePath().normalize();
		if (!write(normalized)) {
			return false;
		}
		file = normalized;
		setInputWithNotify(new ExperimentEditorInput(normalized));
		updateTitle();
		EditorSupport.rememberInput(this);
		return true;
	}

	/** Writes the file; a failure shows a dialog naming the file and keeps the editor dirty. */
	private boolean write(Path target) {
		Resource resource = root.eResource();
		URI previous = resource == null ? null : resource.getURI();
		try {
			save(root, target);
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
		return root != null;
	}

	@Override
	public EditingDomain getEditingDomain() {
		return domain;
	}

	/** The edited root object; {@code null} when the file could not be read. */
	protected T root() {
		return root;
	}

	/** The edited file (absolute, normalized); changes on Save As. */
	public Path getFile() {
		return file;
	}

	/** Why the file could not be read, or {@code null} when it was. */
	public ExperimentFileException getLoadError() {
		return loadError;
	}

	/** The adapter factory of the editing domain (item providers for trees and property tables). */
	protected ComposedAdapterFactory adapterFactory() {
		return adapterFactory;
	}

	@Override
	public void dispose() {
		if (domain != null) {
			domain.getCommandStack().removeCommandStackListener(stackListener);
		}
		super.dispose();
		if (adapterFactory != null) {
			adapterFactory.dispose();
		}
	}
}
