package org.plateau.ui.internal;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The Plateau perspective: the model families and their examples. */
public final class PlateauPerspective implements IPerspectiveFactory {

	public static final String ID = "org.plateau.ui.perspective";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		layout.setEditorAreaVisible(false);
		layout.addStandaloneView(FamiliesView.ID, true, IPageLayout.LEFT, 1.0f, layout.getEditorArea());
	}
}
