package org.plateau.ui.internal;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.plateau.core.family.ExampleExperiment;
import org.plateau.core.family.ModelFamily;
import org.plateau.core.registry.FamilyRegistry;

/**
 * Lists the installed model families (OSGi services) and the example experiments each ships; double-clicking an
 * example starts an experiment from it.
 */
public final class FamiliesView extends ViewPart {

	public static final String ID = "org.plateau.ui.familiesView";

	private ServiceTracker<FamilyRegistry, FamilyRegistry> registryTracker;
	private TreeViewer viewer;
	/** Each family's examples, read once (reading parses every example file). */
	private final Map<ModelFamily, List<ExampleExperiment>> examples = new HashMap<>();
	private boolean loaded;

	@Override
	public void createPartControl(Composite parent) {
		BundleContext context = FrameworkUtil.getBundle(FamiliesView.class).getBundleContext();
		registryTracker = new ServiceTracker<>(context, FamilyRegistry.class, null);
		registryTracker.open();
		viewer = new TreeViewer(parent, SWT.FULL_SELECTION | SWT.BORDER);
		viewer.getTree().setHeaderVisible(true);
		viewer.getTree().setLinesVisible(true);
		TreeViewerColumn name = new TreeViewerColumn(viewer, SWT.LEFT);
		name.getColumn().setText("Family / example");
		name.getColumn().setWidth(380);
		name.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				if (element instanceof ModelFamily family) {
					return FamilyExamples.name(registry(), family);
				}
				return ((ExampleExperiment) element).fileName();
			}

			@Override
			public Image getImage(Object element) {
				// a family that failed is marked where the eye is, its description says how
				return element instanceof ModelFamily family && FamilyExamples.failed(registry(), family)
						? PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_ERROR_TSK)
						: null;
			}

			@Override
			public String getToolTipText(Object element) {
				return element instanceof ModelFamily family && FamilyExamples.failed(registry(), family)
						? FamilyExamples.description(registry(), family)
						: null;
			}
		});
		ColumnViewerToolTipSupport.enableFor(viewer);
		TreeViewerColumn description = new TreeViewerColumn(viewer, SWT.LEFT);
		description.getColumn().setText("Description");
		description.getColumn().setWidth(680);
		description.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				if (element instanceof ModelFamily family) {
					return FamilyExamples.description(registry(), family);
				}
				return ((ExampleExperiment) element).title();
			}
		});
		viewer.setContentProvider(new ITreeContentProvider() {
			@Override
			public Object[] getElements(Object input) {
				return ArrayContentProvider.getInstance().getElements(input);
			}

			@Override
			public Object[] getChildren(Object parentElement) {
				return parentElement instanceof ModelFamily family ? examples.getOrDefault(family, List.of()).toArray()
						: new Object[0];
			}

			@Override
			public Object getParent(Object element) {
				return null;
			}

			@Override
			public boolean hasChildren(Object element) {
				return element instanceof ModelFamily family && !examples.getOrDefault(family, List.of()).isEmpty();
			}
		});
		FamilyRegistry registry = registry();
		List<ModelFamily> families = registry.families();
		viewer.setInput(families);
		viewer.addOpenListener(event -> {
			if (((IStructuredSelection) event.getSelection())
					.getFirstElement() instanceof ExampleExperiment example) {
				openCopy(example);
			}
		});
		describe(registry, families);
		// the examples are read from the families' bundles in the background: not on the UI thread at start-up
		Display display = parent.getDisplay();
		Job reading = Job.create("Reading the examples of the model families", monitor -> {
			Map<ModelFamily, List<ExampleExperiment>> read = FamilyExamples.of(registry, true);
			display.asyncExec(() -> {
				if (viewer.getControl().isDisposed()) {
					return;
				}
				examples.putAll(read);
				viewer.refresh();
				viewer.expandAll();
				describe(registry, families);
				loaded = true;
			});
			return Status.OK_STATUS;
		});
		reading.setSystem(true);
		reading.schedule();
	}

	/** Whether the families' examples are listed (they are read in the background when the view opens). */
	public boolean isLoaded() {
		return loaded;
	}

	private void describe(FamilyRegistry registry, List<ModelFamily> families) {
		int failed = registry.problems().size();
		// a failure first, where a narrow view still shows it
		setContentDescription((failed == 0 ? "" : failed + (failed == 1 ? " call" : " calls")
				+ " into installed families failed (hover the marked family, or see the error log). ")
				+ (families.isEmpty() ? "No model family is installed."
						: "Double-click an example to start an experiment (or a sweep) from it: a copy in your workspace."));
	}

	/** The family registry (an OSGi service); an empty one while it is not there. */
	private FamilyRegistry registry() {
		FamilyRegistry registry = registryTracker.getService();
		return registry == null ? FamilyRegistry.of() : registry;
	}

	/**
	 * Copies an example into the workspace under a free name and opens it in its editor; an example sweep comes with
	 * a copy of its base experiment.
	 */
	public Path openCopy(ExampleExperiment example) {
		return FamilyExamples.openCopy(getSite().getPage(), example);
	}

	/** The tree, for tests. */
	TreeViewer viewer() {
		return viewer;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		registryTracker.close();
		super.dispose();
	}
}
