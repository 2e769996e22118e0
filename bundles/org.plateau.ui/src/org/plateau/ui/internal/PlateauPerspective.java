package org.plateau.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.plateau.ui.internal.editor.ProblemsView;
import org.plateau.ui.internal.navigator.ExperimentsView;
import org.plateau.ui.internal.plots.PlotsView;
import org.plateau.ui.internal.sweeps.SweepSummaryView;

/**
 * The Plateau perspective: experiments and model families on the left, the experiment editor at the top, the plots
 * below it (and the sweep summary beside them), and problems and progress beside the plots.
 */
public final class PlateauPerspective implements IPerspectiveFactory {

	public static final String ID = "org.plateau.ui.perspective";
	static final String PROGRESS_VIEW = "org.plateau.ui.progressView";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editor = layout.getEditorArea();
		layout.setEditorAreaVisible(true);
		IFolderLayout left = layout.createFolder("org.plateau.ui.left", IPageLayout.LEFT, 0.22f, editor);
		left.addView(ExperimentsView.ID);
		IFolderLayout families = layout.createFolder("org.plateau.ui.leftBottom", IPageLayout.BOTTOM, 0.62f,
				"org.plateau.ui.left");
		families.addView(FamiliesView.ID);
		IFolderLayout bottom = layout.createFolder("org.plateau.ui.bottom", IPageLayout.BOTTOM, 0.5f, editor);
		bottom.addView(PlotsView.ID);
		bottom.addPlaceholder(SweepSummaryView.ID);
		IFolderLayout right = layout.createFolder("org.plateau.ui.right", IPageLayout.RIGHT, 0.76f,
				"org.plateau.ui.bottom");
		right.addView(ProblemsView.ID);
		right.addView(PROGRESS_VIEW);
		layout.addShowViewShortcut(ExperimentsView.ID);
		layout.addShowViewShortcut(FamiliesView.ID);
		layout.addShowViewShortcut(PlotsView.ID);
		layout.addShowViewShortcut(SweepSummaryView.ID);
		layout.addShowViewShortcut(ProblemsView.ID);
		layout.addShowViewShortcut(PROGRESS_VIEW);
		layout.addNewWizardShortcut("org.plateau.ui.newExperimentWizard");
	}
}
