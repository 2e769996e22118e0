package org.plateau.ui.internal.editor;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.ui.IElementFactory;
import org.eclipse.ui.IMemento;

/** Restores an {@link ExperimentEditorInput} from its memento; a file that no longer exists restores to nothing. */
public final class ExperimentEditorInputFactory implements IElementFactory {

	/** The factory id declared in <code>plugin.xml</code>. */
	public static final String ID = "org.plateau.ui.experimentEditorInputFactory";

	@Override
	public IAdaptable createElement(IMemento memento) {
		String path = memento.getString(ExperimentEditorInput.PATH_KEY);
		if (path == null) {
			return null;
		}
		try {
			Path file = Path.of(path);
			return Files.isRegularFile(file) ? new ExperimentEditorInput(file) : null;
		} catch (InvalidPathException e) {
			return null;
		}
	}
}
