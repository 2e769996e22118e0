package org.plateau.ui.internal;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Drives SWT widgets the way a user does (SWTBot is not on Maven Central): events are posted to the widgets'
 * listeners and the event loop runs until the UI has reacted. Every method runs on the UI thread (the tests do).
 */
public final class UiTestSupport {

	private UiTestSupport() {
	}

	/** Runs the event loop for a while. */
	public static void settle(long millis) {
		Display display = Display.getCurrent();
		long end = System.currentTimeMillis() + millis;
		while (System.currentTimeMillis() < end) {
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> {
				});
				display.sleep();
			}
		}
		while (display.readAndDispatch()) {
			// drain
		}
	}

	/** Runs the event loop until the condition holds; fails with the message after the timeout. */
	public static void waitUntil(String what, long timeoutMillis, BooleanSupplier condition) {
		Display display = Display.getCurrent();
		long end = System.currentTimeMillis() + timeoutMillis;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > end) {
				fail("timed out after " + timeoutMillis + " ms waiting for: " + what);
			}
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> {
				});
				display.sleep();
			}
		}
	}

	/** Types a value into a text field as a user does: replaces the text, then leaves the field. */
	public static void type(Text text, String value) {
		text.setFocus();
		text.setText(value);
		text.notifyListeners(SWT.Modify, new Event());
		Event enter = new Event();
		enter.character = SWT.CR;
		enter.keyCode = SWT.CR;
		text.notifyListeners(SWT.DefaultSelection, new Event());
		text.notifyListeners(SWT.FocusOut, new Event());
		settle(50);
	}

	/** Presses a button (push, check or radio) as a user does. */
	public static void press(Button button) {
		if ((button.getStyle() & (SWT.CHECK | SWT.TOGGLE)) != 0) {
			button.setSelection(!button.getSelection());
		} else if ((button.getStyle() & SWT.RADIO) != 0) {
			button.setSelection(true);
		}
		button.notifyListeners(SWT.Selection, new Event());
		settle(50);
	}

	/** Clicks a control at a point of its own coordinates (mouse down, up). */
	public static void click(Control control, int x, int y, int count) {
		Event down = new Event();
		down.x = x;
		down.y = y;
		down.button = 1;
		down.count = count;
		control.notifyListeners(SWT.MouseDown, down);
		Event up = new Event();
		up.x = x;
		up.y = y;
		up.button = 1;
		up.count = count;
		control.notifyListeners(SWT.MouseUp, up);
		if (count == 2) {
			Event dbl = new Event();
			dbl.x = x;
			dbl.y = y;
			dbl.button = 1;
			dbl.count = 2;
			control.notifyListeners(SWT.MouseDoubleClick, dbl);
		}
		settle(50);
	}

	/** Drags with the left button from one point of a control's coordinates to another, in a few moves. */
	public static void drag(Control control, Point from, Point to) {
		Event down = new Event();
		down.x = from.x;
		down.y = from.y;
		down.button = 1;
		down.count = 1;
		control.notifyListeners(SWT.MouseDown, down);
		for (int k = 1; k <= 5; k++) {
			Event move = new Event();
			move.x = from.x + (to.x - from.x) * k / 5;
			move.y = from.y + (to.y - from.y) * k / 5;
			move.stateMask = SWT.BUTTON1;
			control.notifyListeners(SWT.MouseMove, move);
			settle(10);
		}
		Event up = new Event();
		up.x = to.x;
		up.y = to.y;
		up.button = 1;
		up.count = 1;
		control.notifyListeners(SWT.MouseUp, up);
		settle(50);
	}

	/** The centre of a rectangle. */
	public static Point centre(Rectangle area) {
		return new Point(area.x + area.width / 2, area.y + area.height / 2);
	}

	/** Clicks the centre of a rectangle of a control's coordinates. */
	public static void click(Control control, Rectangle area) {
		Point centre = new Point(area.x + area.width / 2, area.y + area.height / 2);
		click(control, centre.x, centre.y, 1);
	}

	/** All the descendants of a composite that satisfy a predicate, depth first. */
	public static <T extends Control> List<T> find(Composite root, Class<T> type, Predicate<T> predicate) {
		List<T> found = new ArrayList<>();
		collect(root, type, predicate, found);
		return found;
	}

	/** The one button whose text is {@code text} (mnemonics ignored) under a composite. */
	public static Button button(Composite root, String text) {
		List<Button> buttons = find(root, Button.class, b -> b.getText().replace("&", "").equals(text));
		if (buttons.isEmpty()) {
			fail("no button '" + text + "'");
		}
		return buttons.get(0);
	}

	private static <T extends Control> void collect(Control control, Class<T> type, Predicate<T> predicate, List<T> found) {
		if (type.isInstance(control) && predicate.test(type.cast(control))) {
			found.add(type.cast(control));
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(child, type, predicate, found);
			}
		}
	}

	/**
	 * Copies an example that a family bundle ships into a folder.
	 *
	 * @param anyFamilyClass a class of the family's bundle, e.g. its model package
	 * @param fileName the example's file name, e.g. {@code semantic-development.plateau}
	 * @return the copy
	 */
	public static Path copyExample(Class<?> anyFamilyClass, String fileName, Path folder) throws IOException {
		java.net.URL example = org.osgi.framework.FrameworkUtil.getBundle(anyFamilyClass).getEntry("examples/" + fileName);
		if (example == null) {
			fail("the family of " + anyFamilyClass.getName() + " ships no example " + fileName);
		}
		Path file = folder.resolve(fileName);
		try (java.io.InputStream in = example.openStream()) {
			Files.copy(in, file);
		}
		return file;
	}

	/** Deletes a folder and everything in it. */
	public static void deleteTree(Path folder) throws IOException {
		try (java.util.stream.Stream<Path> files = Files.walk(folder)) {
			for (Path path : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}

	/**
	 * Saves a PNG of what the shell shows on the screen to {@code -Dplateau.screenshots} (when set), for people to
	 * look at: {@code target/screenshots/NAME}.
	 */
	public static Path screenshot(Shell shell, String name) {
		String folder = System.getProperty("plateau.screenshots");
		if (folder == null) {
			return null;
		}
		settle(200);
		try {
			Files.createDirectories(Path.of(folder));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
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
		Path file = Path.of(folder, name);
		loader.save(file.toString(), SWT.IMAGE_PNG);
		return file;
	}
}
