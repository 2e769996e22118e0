package org.plateau.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

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
		UiTestSupport.waitUntil("the families' examples are read", 20_000, view::isLoaded);
		UiTestSupport.settle(200);

		TreeItem[] families = view.viewer().getTree().getItems();
		List<String> names = Arrays.stream(families).map(item -> item.getText(0)).toList();
		assertTrue(names.contains("Deep linear networks") && names.contains("Gated deep linear networks"),
				"the installed families are listed: " + names);
		TreeItem deepLinear = families[names.indexOf("Deep linear networks")];
		assertTrue(deepLinear.getItemCount() >= 4, "the family's examples are listed");
		boolean semantic = false;
		for (TreeItem example : deepLinear.getItems()) {
			semantic |= example.getText(0).equals("semantic-development.plateau");
		}
		assertTrue(semantic, "semantic-development.plateau is listed");
		UiTestSupport.screenshot(window.getShell(), "workbench.png");
	}
}
