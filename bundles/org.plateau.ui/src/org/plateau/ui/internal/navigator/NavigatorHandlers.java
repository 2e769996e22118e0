package org.plateau.ui.internal.navigator;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.handlers.HandlerUtil;
import org.plateau.ui.internal.runs.RunSource;

/** What the Experiments view's handlers share: the selected entries and the view. */
final class NavigatorHandlers {

	private NavigatorHandlers() {
	}

	static List<Object> selected(ExecutionEvent event) {
		ISelection selection = HandlerUtil.getCurrentSelection(event);
		return selection instanceof IStructuredSelection s ? new ArrayList<>(s.toList()) : List.of();
	}

	static List<RunSource> selectedRuns(ExecutionEvent event) {
		List<RunSource> runs = new ArrayList<>();
		for (Object element : selected(event)) {
			RunSource source = Adapters.adapt(element, RunSource.class);
			if (source != null) {
				runs.add(source);
			}
		}
		return runs;
	}

	static ExperimentsView view(IWorkbenchPage page) {
		return page.findView(ExperimentsView.ID) instanceof ExperimentsView view ? view : null;
	}
}
