package org.plateau.family.localization.ui.internal;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.ejml.data.DMatrixRMaj;
import org.plateau.core.family.PlotDescriptor;
import org.plateau.core.run.RunResult;
import org.plateau.core.run.TheoryResult;
import org.plateau.figures.Figure;
import org.plateau.figures.Figures;
import org.plateau.ui.plots.Plot;
import org.plateau.ui.plots.PlottedRun;

/**
 * A plot drawn by the headless figure of its kind ({@link Figures#of}): the view paints it at the canvas's size, and
 * its PNG and SVG are the figure's own, so the screen and the files show the same receptive fields. The first run
 * shown is drawn (receptive fields of two runs do not overlay; the caption names the run). The CSV holds the matrix
 * the figure draws, simulated and predicted, one row per entry, or the functions of a {@link PlotDescriptor#FUNCTIONS}
 * plot, one row per argument.
 */
final class FigurePlot implements Plot {

	private final PlotDescriptor descriptor;
	private final Canvas canvas;
	private Figure figure;
	private RunResult shown;
	/** The shown run's own descriptor of this plot (its time scale is the run's). */
	private PlotDescriptor shownDescriptor;
	private String runLabel = "";
	private Image image;
	private Point imageSize = new Point(0, 0);

	FigurePlot(Composite parent, PlotDescriptor descriptor) {
		this.descriptor = descriptor;
		this.canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
		canvas.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
		canvas.addPaintListener(e -> paint(e.gc));
		canvas.addListener(SWT.Resize, e -> {
			disposeImage();
			canvas.redraw();
		});
		canvas.addDisposeListener(e -> disposeImage());
	}

	@Override
	public Control control() {
		return canvas;
	}

	@Override
	public void show(List<PlottedRun> runs) {
		RunResult first = runs.isEmpty() ? null : runs.get(0).result();
		String label = runs.isEmpty() ? ""
				: runs.size() > 1 ? runs.get(0).label() + " (the first of " + runs.size() + " runs)" : runs.get(0).label();
		if (first == shown && label.equals(runLabel)) {
			return; // the same results (a live run's grow into a new instance): nothing to draw again
		}
		shown = first;
		runLabel = label;
		shownDescriptor = first == null ? descriptor : runs.get(0).own(descriptor);
		figure = first == null ? null : Figures.of(shownDescriptor, first);
		disposeImage();
		if (!canvas.isDisposed()) {
			canvas.redraw();
		}
	}

	/** The figure shown, for tests; {@code null} before a run is shown. */
	Figure figure() {
		return figure;
	}

	/** The run drawn, named as the view names it. */
	String runLabel() {
		return runLabel;
	}

	private void paint(GC gc) {
		Rectangle area = canvas.getClientArea();
		gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
		gc.fillRectangle(area);
		if (figure == null || area.width < 2 || area.height < 2) {
			gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
			gc.drawText(figure == null ? "No run to draw yet: run an experiment whose family declares this plot"
					: "", 12, 12, true);
			return;
		}
		if (image == null || imageSize.x != area.width || imageSize.y != area.height) {
			disposeImage();
			image = new Image(canvas.getDisplay(), imageData(Figures.image(figure, area.width, area.height)));
			imageSize = new Point(area.width, area.height);
		}
		gc.drawImage(image, area.x, area.y);
		// which run is drawn: one of several only, so say which
		if (runLabel.contains("(the first of")) {
			gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
			Point extent = gc.textExtent(runLabel);
			gc.drawText(runLabel, area.x + area.width - extent.x - 8, area.y + area.height - extent.y - 6, true);
		}
	}

	/** An AWT image as SWT image data (24-bit, no copy of the palette). */
	static ImageData imageData(BufferedImage awt) {
		int width = awt.getWidth();
		int height = awt.getHeight();
		ImageData data = new ImageData(width, height, 24, new PaletteData(0xFF0000, 0x00FF00, 0x0000FF));
		int[] row = new int[width];
		for (int y = 0; y < height; y++) {
			awt.getRGB(0, y, width, 1, row, 0, width);
			for (int x = 0; x < width; x++) {
				row[x] &= 0xFFFFFF;
			}
			data.setPixels(0, y, width, row, 0);
		}
		return data;
	}

	private void disposeImage() {
		if (image != null) {
			image.dispose();
			image = null;
		}
	}

	private Figure figureToWrite(Path file) throws IOException {
		if (figure == null) {
			throw new IOException("The plot '" + descriptor.id() + "' shows no run yet, so there is nothing to write to "
					+ file);
		}
		return figure;
	}

	@Override
	public void exportPng(Path file) throws IOException {
		Figures.writePng(figureToWrite(file), file);
	}

	@Override
	public void exportSvg(Path file) throws IOException {
		Figures.writeSvg(figureToWrite(file), file);
	}

	/**
	 * What the plot draws, {@code run,series,source,step,time,value}: the matrix's entries, series
	 * {@code <matrix>[row,column]} (1-based, e.g. {@code receptive-field[1,37]}), source {@code simulation} or the id of
	 * the theory drawn, within the plot's options (the {@code row} of a profile, the {@code maxImages} rows of images,
	 * the {@code lastOnly} snapshot, the {@code theory} named); or a function's values.
	 */
	@Override
	public void exportCsv(Path file) throws IOException {
		figureToWrite(file);
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write("run,series,source,step,time,value\n");
			if (descriptor.kind().equals(PlotDescriptor.FUNCTIONS)) {
				writeFunctions(out);
				return;
			}
			String name = descriptor.matrixName();
			NavigableMap<Long, DMatrixRMaj> simulated = shown.snapshots().of(name);
			Long last = simulated.isEmpty() ? null : simulated.lastKey();
			write(out, simulated, last, name, "simulation");
			String only = descriptor.option("theory", null);
			for (TheoryResult theory : shown.theory()) {
				if (only == null || only.equals(theory.prediction().id())) {
					write(out, theory.matrices().of(name), last, name, theory.prediction().id());
				}
			}
		}
	}

	/** A function of the setting: source {@code setting}, no step, its argument in the time column. */
	private void writeFunctions(Writer out) throws IOException {
		double[] x = descriptor.functionArguments();
		for (PlotDescriptor.FunctionCurve curve : descriptor.functionCurves()) {
			for (int i = 0; i < x.length; i++) {
				out.write(quoted(runLabel) + "," + quoted(curve.label()) + ",\"setting\",," + x[i] + "," + curve.y()[i]
						+ "\n");
			}
		}
	}

	private void write(Writer out, Map<Long, DMatrixRMaj> snapshots, Long last, String name, String source)
			throws IOException {
		String run = quoted(runLabel);
		boolean lastOnly = Boolean.parseBoolean(descriptor.option("lastOnly", "false"));
		int firstRow = 0;
		int rows = Integer.MAX_VALUE;
		if (descriptor.kind().equals(PlotDescriptor.PROFILES)) {
			firstRow = Integer.parseInt(descriptor.option("row", "0"));
			rows = 1;
		} else if (descriptor.kind().equals(PlotDescriptor.IMAGES)) {
			rows = Integer.parseInt(descriptor.option("maxImages", Integer.toString(PlotDescriptor.DEFAULT_MAX_IMAGES)));
		}
		for (Map.Entry<Long, DMatrixRMaj> snapshot : snapshots.entrySet()) {
			if (lastOnly && !snapshot.getKey().equals(last)) {
				continue;
			}
			DMatrixRMaj m = snapshot.getValue();
			long step = snapshot.getKey();
			double time = step * shownDescriptor.timeScale();
			for (int r = firstRow; r < Math.min(m.numRows, firstRow + rows); r++) {
				for (int c = 0; c < m.numCols; c++) {
					out.write(run + "," + quoted(name + "[" + (r + 1) + "," + (c + 1) + "]") + "," + quoted(source) + ","
							+ step + "," + time + "," + m.get(r, c) + "\n");
				}
			}
		}
	}

	private static String quoted(String text) {
		return "\"" + text.replace("\"", "\"\"") + "\"";
	}
}
