package org.plateau.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

/** Opens the Plateau workbench and checks that the families view lists the installed family and its examples. */
class WorkbenchSmokeTest {

	@Test
	void theWorkbenchShowsTheDeepLinearFamilyAndItsExamples() throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		IWorkbenchPage page = window.getActivePage();
		assertEquals(PlateauPerspective.ID, page.getPerspective().getId());
		FamiliesView view = (FamiliesView) page.showView(FamiliesView.ID);
		UiTestSupport.settle(500);

		TreeItem[] families = view.viewer().getTree().getItems();
		assertEquals(1, families.length, "one family installed");
		assertEquals("Deep linear networks", families[0].getText(0));
		assertTrue(families[0].getItemCount() >= 4, "the family's examples are listed");
		boolean semantic = false;
		for (TreeItem example : families[0].getItems()) {
			semantic |= example.getText(0).equals("semantic-development.plateau");
		}
		assertTrue(semantic, "semantic-development.plateau is listed");
		UiTestSupport.screenshot(window.getShell(), "workbench.png");
	}
}
