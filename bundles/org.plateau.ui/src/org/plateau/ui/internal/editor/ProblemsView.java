package org.plateau.ui.internal.editor;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;

import org.plateau.model.util.FieldNames;

/**
 * The errors and warnings of the active experiment editor's validation, one row each (severity, message, object,
 * field), kept current after every command. Double-clicking a row reveals its field on the editor's Settings page.
 */
public final class ProblemsView extends ViewPart {

	public static final String ID = "org.plateau.ui.problemsView";

	private TableViewer viewer;
	private ExperimentEditor editor;
	private final Consumer<Diagnostic> validationListener = diagnostic -> update();

	private final IPartListener2 partListener = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference reference) {
			IWorkbenchPart part = reference.getPart(false);
			if (part instanceof ExperimentEditor experimentEditor) {
				track(experimentEditor);
			}
		}

		@Override
		public void partBroughtToTop(IWorkbenchPartReference reference) {
			partActivated(reference);
		}

		@Override
		public void partClosed(IWorkbenchPartReference reference) {
			if (editor != null && reference.getPart(false) == editor) {
				IEditorPart next = getSite().getPage().getActiveEditor();
				track(next instanceof ExperimentEditor other && other != editor ? other : null);
			}
		}

		@Override
		public void partInputChanged(IWorkbenchPartReference reference) {
			if (editor != null && reference.getPart(false) == editor) {
				update();
			}
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column("Severity", 90, problem -> problem.isError() ? "Error" : "Warning", this::image);
		column("Message", 520, Problem::message, null);
		column("Object", 200, problem -> problem.object() == null ? "" : problem.object().eClass().getName(), null);
		column("Field", 140, problem -> problem.feature() == null ? "" : FieldNames.of(problem.feature()), null);
		viewer.addDoubleClickListener(event -> {
			Object selected = ((IStructuredSelection) event.getSelection()).getFirstElement();
			if (selected instanceof Problem problem && editor != null) {
				getSite().getPage().activate(editor);
				editor.reveal(problem.object(), problem.feature());
			}
		});
		getSite().getPage().addPartListener(partListener);
		IEditorPart active = getSite().getPage().getActiveEditor();
		track(active instanceof ExperimentEditor experimentEditor ? experimentEditor : null);
	}

	private void column(String title, int width, Function<Problem, String> text,
			Function<Problem, Image> image) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Problem) element);
			}

			@Override
			public Image getImage(Object element) {
				return image == null ? null : image.apply((Problem) element);
			}
		});
	}

	private Image image(Problem problem) {
		return PlatformUI.getWorkbench().getSharedImages()
				.getImage(problem.isError() ? ISharedImages.IMG_OBJS_ERROR_TSK : ISharedImages.IMG_OBJS_WARN_TSK);
	}

	private void track(ExperimentEditor next) {
		if (next == editor) {
			update();
			return;
		}
		if (editor != null) {
			editor.removeValidationListener(validationListener);
		}
		editor = next;
		if (editor != null) {
			editor.addValidationListener(validationListener);
		}
		update();
	}

	private void update() {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		if (editor == null) {
			viewer.setInput(List.of());
			setContentDescription("No experiment editor is active.");
			return;
		}
		List<Problem> problems = Problem.of(editor.getDiagnostic());
		viewer.setInput(problems);
		long errors = problems.stream().filter(Problem::isError).count();
		long warnings = problems.size() - errors;
		String file = editor.getFile().getFileName().toString();
		if (editor.getExperiment() == null) {
			setContentDescription(file + " cannot be read: see the editor.");
		} else if (problems.isEmpty()) {
			setContentDescription("No problems in " + file);
		} else {
			String counts = (errors > 0 ? errors + (errors == 1 ? " error" : " errors") : "")
					+ (errors > 0 && warnings > 0 ? ", " : "")
					+ (warnings > 0 ? warnings + (warnings == 1 ? " warning" : " warnings") : "");
			setContentDescription(counts + " in " + file);
		}
	}

	/** The table of problems (for tests). */
	public TableViewer viewer() {
		return viewer;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removePartListener(partListener);
		if (editor != null) {
			editor.removeValidationListener(validationListener);
		}
		super.dispose();
	}
}
