package org.plateau.family.rnn.ui.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Scale;
import org.plateau.core.run.RunResult;
import org.plateau.ui.plots.Plot;
import org.plateau.ui.plots.PlotTheme;
import org.plateau.ui.plots.PlottedRun;

/**
 * A plot of one run over the epochs it analysed: a canvas painting an {@link EpochScene} at the slider's epoch, and
 * under it the slider ({@link Scale}) with the scene's caption. Several runs compared: the first run that has the data
 * is shown (the caption says which). When a live run grows, the slider follows the newest epoch if it was on the last
 * one. Exports write the drawing at the current epoch (PNG, SVG, the caption in the picture) and every epoch's data
 * (CSV). Used on the UI thread only.
 */
public final class EpochPlot implements Plot {

	private final BiFunction<RunResult, String, EpochScene> sceneOf;
	private final Palette palette;
	private final Composite root;
	private final Canvas canvas;
	private final Scale slider;
	private final Label caption;
	private final Font bold;
	private EpochScene scene;
	private String run = "";
	private Drawing drawn;

	/**
	 * A plot in a parent composite.
	 *
	 * @param sceneOf the scene of a run's result and label (null when the run has nothing to show)
	 */
	public EpochPlot(Composite parent, PlotTheme theme, BiFunction<RunResult, String, EpochScene> sceneOf) {
		this.sceneOf = sceneOf;
		this.palette = palette(theme);
		root = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(2, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		root.setLayout(layout);
		canvas = new Canvas(root, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
		canvas.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
		bold = DrawingCanvas.bold(canvas.getDisplay(), canvas.getFont());
		canvas.addDisposeListener(e -> bold.dispose());
		canvas.addPaintListener(e -> {
			Point size = canvas.getSize();
			if (drawn == null || drawn.width() != size.x || drawn.height() != size.y) {
				drawn = drawing(size.x, size.y, false);
			}
			DrawingCanvas.paint(e.gc, drawn, bold);
		});
		slider = new Scale(root, SWT.HORIZONTAL);
		GridData sliderData = new GridData(SWT.FILL, SWT.CENTER, true, false);
		sliderData.widthHint = 300;
		slider.setLayoutData(sliderData);
		slider.setMinimum(0);
		slider.setMaximum(1);
		slider.setIncrement(1);
		slider.setPageIncrement(1);
		slider.addListener(SWT.Selection, e -> select(slider.getSelection()));
		caption = new Label(root, SWT.NONE);
		GridData captionData = new GridData(SWT.FILL, SWT.CENTER, true, false);
		captionData.widthHint = 420;
		caption.setLayoutData(captionData);
		caption.setText("nothing to show yet");
	}

	/** The scene colours of a theme. */
	static Palette palette(PlotTheme theme) {
		int[] series = new int[8];
		for (int i = 0; i < series.length; i++) {
			series[i] = DrawingCanvas.colour(theme.seriesColour(i));
		}
		int node = theme == PlotTheme.DARK ? 0x3A3D44 : 0xF5F5F5;
		return new Palette(DrawingCanvas.colour(theme.background()), DrawingCanvas.colour(theme.foreground()),
				DrawingCanvas.colour(theme.grid()), node, series);
	}

	@Override
	public Control control() {
		return root;
	}

	@Override
	public void show(List<PlottedRun> runs) {
		EpochIndex before = scene == null ? null : scene.epochs();
		int position = slider.getSelection();
		scene = null;
		for (PlottedRun r : runs) {
			EpochScene s = sceneOf.apply(r.result(), runs.size() > 1 ? r.label() : "");
			if (s != null && !s.epochs().isEmpty()) {
				scene = s;
				run = r.label();
				break;
			}
		}
		if (scene == null) {
			slider.setEnabled(false);
			caption.setText("nothing recorded yet");
			drawn = null;
			canvas.redraw();
			return;
		}
		EpochIndex epochs = scene.epochs();
		slider.setEnabled(epochs.size() > 1);
		slider.setMaximum(Math.max(1, epochs.size() - 1));
		select(epochs.follow(before, position));
	}

	/** Moves the slider to a position and draws that epoch. */
	public void select(int position) {
		if (scene == null) {
			return;
		}
		int p = Math.max(0, Math.min(scene.epochs().size() - 1, position));
		slider.setSelection(p);
		caption.setText(scene.caption(p));
		caption.setToolTipText(run);
		drawn = null;
		canvas.redraw();
	}

	/** The Plots view's time cursor moves the slider to the last epoch at or before its step. */
	@Override
	public void setTimeCursor(long step) {
		if (step >= 0 && scene != null && !scene.epochs().isEmpty()) {
			select(scene.epochs().position(step));
		}
	}

	/** The slider's position. */
	public int position() {
		return slider.getSelection();
	}

	/** The slider, for tests. */
	Scale slider() {
		return slider;
	}

	/** The caption's text. */
	public String caption() {
		return caption.getText();
	}

	/** The scene shown, or null. */
	public EpochScene scene() {
		return scene;
	}

	/** The drawing at the slider's epoch; with the caption when written to a file. */
	Drawing drawing(int width, int height, boolean withCaption) {
		if (scene == null) {
			Drawing empty = new Drawing(width, height, palette.background());
			empty.add(new Drawing.Text(width / 2.0, height / 2.0, "Nothing recorded yet", Drawing.Anchor.MIDDLE, false,
					palette.foreground(), Drawing.NONE));
			return empty;
		}
		if (!withCaption) {
			return scene.draw(slider.getSelection(), width, height, palette);
		}
		Drawing drawing = scene.draw(slider.getSelection(), width, height - 24, palette);
		Drawing framed = new Drawing(width, height, palette.background());
		drawing.shapes().forEach(framed::add);
		framed.add(new Drawing.Text(width / 2.0, height - 12, caption.getText(), Drawing.Anchor.MIDDLE, false,
				palette.foreground(), Drawing.NONE));
		return framed;
	}

	private Point exportSize() {
		Point size = canvas.getSize();
		return new Point(Math.max(size.x, 900), Math.max(size.y, 600));
	}

	@Override
	public void exportPng(Path file) throws IOException {
		Point size = exportSize();
		DrawingCanvas.writePng(canvas.getDisplay(), drawing(size.x, size.y, true), bold, file);
	}

	@Override
	public void exportSvg(Path file) throws IOException {
		Point size = exportSize();
		DrawingCanvas.writeSvg(drawing(size.x, size.y, true), file);
	}

	/** Writes the scene's own CSV (see {@link AutomatonScene#writeCsv}, {@link HiddenPcaScene#writeCsv}). */
	@Override
	public void exportCsv(Path file) throws IOException {
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			if (scene != null) {
				scene.writeCsv(out);
			}
		}
	}
}
