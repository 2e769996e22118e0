package org.plateau.ui.internal.editor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IPathEditorInput;
import org.eclipse.ui.IPersistableElement;
import org.eclipse.ui.PlatformUI;

/**
 * An experiment file (<code>*.plateau</code>) opened in the {@link ExperimentEditor}, identified by its absolute,
 * normalized path. Persisted by {@link ExperimentEditorInputFactory} so that open editors come back on restart.
 */
public final class ExperimentEditorInput implements IPathEditorInput, IPersistableElement {

	/** The memento key of the absolute path. */
	static final String PATH_KEY = "path";

	private final Path file;

	public ExperimentEditorInput(Path file) {
		this.file = Objects.requireNonNull(file, "file").toAbsolutePath().normalize();
	}

	/** The experiment file. */
	public Path file() {
		return file;
	}

	@Override
	public IPath getPath() {
		return IPath.fromOSString(file.toString());
	}

	@Override
	public boolean exists() {
		return Files.exists(file);
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return PlatformUI.getWorkbench().getEditorRegistry().getImageDescriptor(getName());
	}

	@Override
	public String getName() {
		Path name = file.getFileName();
		return name == null ? file.toString() : name.toString();
	}

	@Override
	public IPersistableElement getPersistable() {
		return this;
	}

	@Override
	public String getToolTipText() {
		return file.toString();
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == Path.class) {
			return adapter.cast(file);
		}
		return null;
	}

	@Override
	public String getFactoryId() {
		return ExperimentEditorInputFactory.ID;
	}

	@Override
	public void saveState(IMemento memento) {
		memento.putString(PATH_KEY, file.toString());
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ExperimentEditorInput input && input.file.equals(file);
	}

	@Override
	public int hashCode() {
		return file.hashCode();
	}

	@Override
	public String toString() {
		return file.toString();
	}
}
