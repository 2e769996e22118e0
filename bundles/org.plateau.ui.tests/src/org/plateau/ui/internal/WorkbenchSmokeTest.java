package org.plateau.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

/** Opens the Plateau workbench and checks that the families view lists the installed family and its examples. */
class WorkbenchSmokeTest {

	private static void settle(Display display, long millis) {
		long end = System.currentTimeMillis() + millis;
		while (System.currentTimeMillis() < end) {
			if (!display.readAndDispatch()) {
				display.sleep();
			}
		}
	}

	@Test
	void theWorkbenchShowsTheDeepLinearFamilyAndItsExamples() throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		IWorkbenchPage page = window.getActivePage();
		assertEquals(PlateauPerspective.ID, page.getPerspective().getId());
		FamiliesView view = (FamiliesView) page.showView(FamiliesView.ID);
		Display display = window.getShell().getDisplay();
		settle(display, 500);

		TreeItem[] families = view.viewer().getTree().getItems();
		assertEquals(1, families.length, "one family installed");
		assertEquals("Deep linear networks", families[0].getText(0));
		assertTrue(families[0].getItemCount() >= 4, "the family's examples are listed");
		boolean semantic = false;
		for (TreeItem example : families[0].getItems()) {
			semantic |= example.getText(0).equals("semantic-development.plateau");
		}
		assertTrue(semantic, "semantic-development.plateau is listed");
		screenshot(window.getShell(), "workbench.png");
	}

	private static void screenshot(Shell shell, String name) throws Exception {
		String folder = System.getProperty("plateau.screenshots");
		if (folder == null) {
			return;
		}
		Files.createDirectories(Path.of(folder));
		Rectangle bounds = shell.getBounds();
		Display display = shell.getDisplay();
		Image image = new Image(display, bounds.width, bounds.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, bounds.x, bounds.y);
		} finally {
			gc.dispose();
		}
		ImageData data = image.getImageData();
		image.dispose();
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { data };
		loader.save(Path.of(folder, name).toString(), SWT.IMAGE_PNG);
	}
}
