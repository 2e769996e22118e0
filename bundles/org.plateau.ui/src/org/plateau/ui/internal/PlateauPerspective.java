package org.plateau.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.plateau.ui.internal.editor.ProblemsView;
import org.plateau.ui.internal.navigator.ExperimentsView;
import org.plateau.ui.internal.plots.PlotsView;
import org.plateau.ui.internal.runs.RunsView;
import org.plateau.ui.internal.sweeps.SweepSummaryView;
import org.plateau.ui.internal.whatif.WhatIfView;

/**
 * The Plateau perspective: experiments and model families on the left, the experiment editor at the top with the runs
 * table beside it, the plots below them (and the sweep summary beside them), and problems and progress beside the plots.
 */
public final class PlateauPerspective implements IPerspectiveFactory {

	public static final String ID = "org.plateau.ui.perspective";
	static final String PROGRESS_VIEW = "org.plateau.ui.progressView";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editor = layout.getEditorArea();
		layout.setEditorAreaVisible(true);
		IFolderLayout left = layout.createFolder("org.plateau.ui.left", IPageLayout.LEFT, 0.2f, editor);
		left.addView(ExperimentsView.ID);
		IFolderLayout families = layout.createFolder("org.plateau.ui.leftBottom", IPageLayout.BOTTOM, 0.62f,
				"org.plateau.ui.left");
		families.addView(FamiliesView.ID);
		// the plots get most of the window: 60% of its height and 80% of the width beside the navigator
		IFolderLayout bottom = layout.createFolder("org.plateau.ui.bottom", IPageLayout.BOTTOM, 0.4f, editor);
		// the runs table beside the editor, above the plots it fills
		IFolderLayout table = layout.createFolder("org.plateau.ui.topRight", IPageLayout.RIGHT, 0.55f, editor);
		table.addView(RunsView.ID);
		bottom.addView(PlotsView.ID);
		bottom.addPlaceholder(SweepSummaryView.ID);
		bottom.addPlaceholder(WhatIfView.ID);
		IFolderLayout right = layout.createFolder("org.plateau.ui.right", IPageLayout.RIGHT, 0.8f,
				"org.plateau.ui.bottom");
		right.addView(ProblemsView.ID);
		right.addView(PROGRESS_VIEW);
		layout.addShowViewShortcut(ExperimentsView.ID);
		layout.addShowViewShortcut(FamiliesView.ID);
		layout.addShowViewShortcut(PlotsView.ID);
		layout.addShowViewShortcut(SweepSummaryView.ID);
		layout.addShowViewShortcut(RunsView.ID);
		layout.addShowViewShortcut(WhatIfView.ID);
		layout.addShowViewShortcut(ProblemsView.ID);
		layout.addShowViewShortcut(PROGRESS_VIEW);
		layout.addNewWizardShortcut("org.plateau.ui.newExperimentWizard");
	}
}
