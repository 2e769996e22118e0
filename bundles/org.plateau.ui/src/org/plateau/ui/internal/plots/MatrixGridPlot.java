package org.plateau.ui.internal.plots;

import static org.plateau.ui.internal.plots.PlotFormat.escape;
import static org.plateau.ui.internal.plots.PlotFormat.format;
import static org.plateau.ui.internal.plots.PlotFormat.num;
import static org.plateau.ui.internal.plots.PlotFormat.svg;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeSet;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.ejml.data.DMatrixRMaj;
import org.plateau.core.family.MatrixDescriptor;
import org.plateau.core.family.PlotDescriptor;
import org.plateau.core.run.RunResult;
import org.plateau.core.run.TheoryResult;
import org.plateau.ui.plots.Curve;
import org.plateau.ui.plots.Plot;
import org.plateau.ui.plots.PlotTheme;
import org.plateau.ui.plots.PlottedRun;

/**
 * A grid of heatmaps of one matrix: a column per snapshot step ({@code t = step · timeScale}), the simulation's row
 * above one row per theory prediction of that matrix, on one diverging blue-white-red scale symmetric around 0;
 * compared runs are stacked, one grid each. Hovering shows the entry under the mouse. The drawing is a list of
 * boxes and labels, painted on the canvas or written as SVG, so both show the same.
 */
public final class MatrixGridPlot implements Plot {

	/** Colours at -1, -0.5, 0, 0.5, 1 of the limit (the figures bundle's scale). */
	private static final RGB[] STOPS = { new RGB(33, 102, 172), new RGB(103, 169, 207), new RGB(255, 255, 255),
			new RGB(239, 138, 98), new RGB(178, 24, 43) };
	private static final RGB NOT_FINITE = new RGB(190, 190, 190);

	private static final int MARGIN = 8;
	private static final int TITLE = 26;
	private static final int HEADER = 20;
	private static final int COLUMN_TITLE = 18;
	private static final int ROW_TITLE = 120;
	private static final int BAR = 96;
	private static final int GAP = 8;
	private static final int LABEL_GUTTER = 56;
	private static final int LABEL_ROW = 16;

	private final PlotDescriptor descriptor;
	private final PlotTheme theme;
	private final Canvas canvas;
	private final Font boldFont;
	private List<Grid> grids = List.of();
	private double limit = 1;
	private Scene scene;
	/** The time cursor's step, or -1. */
	private long cursor = -1;
	private static final RGB CURSOR = new RGB(255, 150, 0);

	/** One run's snapshots: rows (simulation, theories) × columns (steps). */
	record Grid(String run, List<String> sources, List<String> sourceLabels, List<NavigableMap<Long, DMatrixRMaj>> rows,
			List<Long> steps, MatrixDescriptor matrix, double timeScale) {
	}

	/** A box of the drawing; {@code stroke} may be null. */
	record Box(double x, double y, double w, double h, RGB fill, RGB stroke) {
	}

	/** A line of text whose top-left (or top-centre, top-right by {@code align}) is at x, y. */
	record Text(double x, double y, String text, int align, boolean bold, RGB colour) {
	}

	/** Where one heatmap was drawn, for the hover. */
	record Cell(double x, double y, double entry, Grid grid, int row, long step, DMatrixRMaj matrix) {
	}

	/** The drawing at one size. */
	record Scene(int width, int height, List<Box> boxes, List<Text> texts, List<Cell> cells) {
	}

	public MatrixGridPlot(Composite parent, PlotDescriptor descriptor, PlotTheme theme) {
		this.descriptor = descriptor;
		this.theme = theme;
		canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
		canvas.setBackground(new Color(canvas.getDisplay(), theme.background()));
		FontData[] data = canvas.getFont().getFontData();
		for (FontData d : data) {
			d.setStyle(SWT.BOLD);
		}
		boldFont = new Font(canvas.getDisplay(), data);
		canvas.addDisposeListener(e -> boldFont.dispose());
		canvas.addPaintListener(e -> {
			Point size = canvas.getSize();
			if (scene == null || scene.width() != size.x || scene.height() != size.y) {
				scene = layout(size.x, size.y);
			}
			paint(e.gc, scene);
		});
		canvas.addListener(SWT.MouseMove, e -> canvas.setToolTipText(entryAt(e.x, e.y)));
	}

	@Override
	public Control control() {
		return canvas;
	}

	@Override
	public void show(List<PlottedRun> runs) {
		List<Grid> next = new ArrayList<>();
		for (PlottedRun run : runs) {
			Grid grid = grid(run);
			if (grid != null) {
				next.add(grid);
			}
		}
		grids = next;
		double max = 0;
		for (Grid grid : grids) {
			for (NavigableMap<Long, DMatrixRMaj> row : grid.rows()) {
				for (DMatrixRMaj m : row.values()) {
					for (double v : m.data) {
						if (Double.isFinite(v)) {
							max = Math.max(max, Math.abs(v));
						}
					}
				}
			}
		}
		limit = max > 0 ? max : 1;
		scene = null;
		canvas.redraw();
	}

	/** The grids shown, for tests. */
	List<Grid> grids() {
		return grids;
	}

	@Override
	public void setTimeCursor(long step) {
		if (cursor != step) {
			cursor = step;
			scene = null;
			canvas.redraw();
		}
	}

	/**
	 * The column of a grid the time cursor marks: the latest snapshot at or before the cursor's step; -1 without a
	 * cursor or before the first snapshot.
	 */
	static int cursorColumn(Grid grid, long cursor) {
		int column = -1;
		for (int c = 0; cursor >= 0 && c < grid.steps().size() && grid.steps().get(c) <= cursor; c++) {
			column = c;
		}
		return column;
	}

	/** The column the time cursor marks in each grid shown (for tests). */
	public List<Integer> cursorColumns() {
		return grids.stream().map(grid -> cursorColumn(grid, cursor)).toList();
	}

	/** The colour scale's limit: values in [-limit, limit], symmetric around 0. */
	public double limit() {
		return limit;
	}

	private Grid grid(PlottedRun run) {
		RunResult result = run.result();
		String name = descriptor.matrixName();
		List<String> sources = new ArrayList<>();
		List<String> labels = new ArrayList<>();
		List<NavigableMap<Long, DMatrixRMaj>> rows = new ArrayList<>();
		TreeSet<Long> steps = new TreeSet<>();
		if (result.snapshots() != null && !result.snapshots().of(name).isEmpty()) {
			sources.add(Curve.SIMULATION);
			labels.add("simulation");
			rows.add(result.snapshots().of(name));
			steps.addAll(result.snapshots().of(name).keySet());
		}
		for (TheoryResult theory : result.theory() == null ? List.<TheoryResult>of() : result.theory()) {
			if (theory.matrices() != null && !theory.matrices().of(name).isEmpty()) {
				sources.add(theory.prediction().id());
				labels.add(shortName(theory.prediction().label()));
				rows.add(theory.matrices().of(name));
				// a live run's theory is known ahead: its columns show before the simulation reaches them
				steps.addAll(theory.matrices().of(name).keySet());
			}
		}
		if (rows.isEmpty()) {
			return null;
		}
		MatrixDescriptor matrix = null;
		for (MatrixDescriptor m : result.matrices() == null ? List.<MatrixDescriptor>of() : result.matrices()) {
			if (m.name().equals(name)) {
				matrix = m;
			}
		}
		if (matrix == null) {
			matrix = new MatrixDescriptor(name, name, List.of(), List.of());
		}
		return new Grid(run.label(), sources, labels, rows, List.copyOf(steps), matrix, run.timeScale(descriptor));
	}

	/** The colour of a value on the diverging scale over [-limit, limit]. */
	RGB colour(double value) {
		if (!Double.isFinite(value)) {
			return NOT_FINITE;
		}
		double t = Math.max(-1, Math.min(1, value / limit));
		double position = (t + 1) * 2;
		int i = Math.min(3, (int) Math.floor(position));
		double f = position - i;
		RGB a = STOPS[i];
		RGB b = STOPS[i + 1];
		return new RGB(mix(a.red, b.red, f), mix(a.green, b.green, f), mix(a.blue, b.blue, f));
	}

	private static int mix(int a, int b, double f) {
		return (int) Math.round(a + (b - a) * f);
	}

	/** Lays the grids out in a {@code width × height} drawing. */
	Scene layout(int width, int height) {
		width = Math.max(width, 300);
		height = Math.max(height, 200);
		List<Box> boxes = new ArrayList<>();
		List<Text> texts = new ArrayList<>();
		List<Cell> cells = new ArrayList<>();
		RGB fg = theme.foreground();
		texts.add(new Text(width / 2.0, MARGIN, descriptor.title() == null ? descriptor.id() : descriptor.title(),
				SWT.CENTER, true, fg));
		if (grids.isEmpty()) {
			texts.add(new Text(width / 2.0, height / 2.0, "No snapshots of " + descriptor.matrixName() + " recorded",
					SWT.CENTER, false, fg));
			return new Scene(width, height, boxes, texts, cells);
		}
		boolean compare = grids.size() > 1;
		int columns = 1;
		int rowCount = 0;
		int mRows = 1;
		int mColumns = 1;
		for (Grid grid : grids) {
			columns = Math.max(columns, grid.steps().size());
			rowCount += grid.rows().size();
			for (NavigableMap<Long, DMatrixRMaj> row : grid.rows()) {
				for (DMatrixRMaj m : row.values()) {
					mRows = Math.max(mRows, m.numRows);
					mColumns = Math.max(mColumns, m.numCols);
				}
			}
		}
		int headers = grids.size() * (COLUMN_TITLE + (compare ? HEADER : 0));
		MatrixDescriptor matrix = grids.get(0).matrix();
		boolean hasLabels = !matrix.rowLabels().isEmpty() || !matrix.columnLabels().isEmpty();
		double entry = entrySize(width, height, columns, rowCount, headers, mRows, mColumns, 0, 0);
		boolean labels = hasLabels && entry >= 14;
		int gutter = labels ? LABEL_GUTTER : 0;
		if (labels) {
			entry = entrySize(width, height, columns, rowCount, headers, mRows, mColumns, gutter,
					grids.size() * LABEL_ROW);
			labels = entry >= 12;
		}
		double cellW = entry * mColumns;
		double cellH = entry * mRows;
		double y = MARGIN + TITLE;
		double top = y;
		double left = MARGIN + ROW_TITLE + gutter;
		for (Grid grid : grids) {
			if (compare) {
				texts.add(new Text(MARGIN, y, grid.run(), SWT.LEFT, true, fg));
				y += HEADER;
			}
			for (int c = 0; c < grid.steps().size(); c++) {
				double x = left + c * (cellW + GAP);
				texts.add(new Text(x + cellW / 2, y, "t = " + format(grid.steps().get(c) * grid.timeScale()),
						SWT.CENTER, false, fg));
			}
			y += COLUMN_TITLE;
			int marked = cursorColumn(grid, cursor);
			if (marked >= 0) {
				// the time cursor: a frame around the snapshot shown at its step, header to last row
				double x = left + marked * (cellW + GAP);
				double frame = grid.rows().size() * (cellH + GAP) - GAP + COLUMN_TITLE;
				boxes.add(new Box(x - 4, y - COLUMN_TITLE - 2, cellW + 8, frame + 6, null, CURSOR));
				boxes.add(new Box(x - 3, y - COLUMN_TITLE - 1, cellW + 6, frame + 4, null, CURSOR));
			}
			for (int r = 0; r < grid.rows().size(); r++) {
				texts.add(new Text(MARGIN, y + cellH / 2 - 8, shorten(grid.sourceLabels().get(r), 18), SWT.LEFT, false, fg));
				for (int c = 0; c < grid.steps().size(); c++) {
					long step = grid.steps().get(c);
					double x = left + c * (cellW + GAP);
					DMatrixRMaj m = grid.rows().get(r).get(step);
					if (m == null) {
						// not recorded (yet)
						boxes.add(new Box(x, y, cellW, cellH, theme.background(), theme.grid()));
						continue;
					}
					for (int i = 0; i < m.numRows; i++) {
						for (int j = 0; j < m.numCols; j++) {
							boxes.add(new Box(x + j * entry, y + i * entry, entry, entry, colour(m.get(i, j)), null));
						}
					}
					boxes.add(new Box(x, y, m.numCols * entry, m.numRows * entry, null, fg));
					cells.add(new Cell(x, y, entry, grid, r, step, m));
					if (labels && c == 0) {
						for (int i = 0; i < Math.min(m.numRows, grid.matrix().rowLabels().size()); i++) {
							texts.add(new Text(x - 4, y + i * entry + entry / 2 - 8,
									shorten(grid.matrix().rowLabels().get(i), 8), SWT.RIGHT, false, fg));
						}
					}
				}
				y += cellH + GAP;
			}
			if (labels) {
				for (int c = 0; c < grid.steps().size(); c++) {
					double x = left + c * (cellW + GAP);
					for (int j = 0; j < Math.min(mColumns, grid.matrix().columnLabels().size()); j++) {
						texts.add(new Text(x + j * entry + entry / 2, y - GAP + 1,
								shorten(grid.matrix().columnLabels().get(j), Math.max(1, (int) (entry / 7))), SWT.CENTER,
								false, fg));
					}
				}
				y += LABEL_ROW;
			}
		}
		// the colour bar: +limit at the top, -limit at the bottom
		double barX = Math.min(width - BAR + 10, left + columns * (cellW + GAP) + 16);
		double barTop = top + COLUMN_TITLE + (compare ? HEADER : 0);
		double barHeight = Math.max(60, Math.min(y - GAP - barTop, height - MARGIN - barTop));
		int steps = 64;
		for (int k = 0; k < steps; k++) {
			double value = limit * (1 - 2.0 * (k + 0.5) / steps);
			boxes.add(new Box(barX, barTop + k * barHeight / steps, 14, barHeight / steps + 0.5, colour(value), null));
		}
		boxes.add(new Box(barX, barTop, 14, barHeight, null, fg));
		texts.add(new Text(barX, barTop - 18, descriptor.yLabel() == null ? "" : descriptor.yLabel(), SWT.LEFT, false, fg));
		texts.add(new Text(barX + 18, barTop - 6, format(limit), SWT.LEFT, false, fg));
		texts.add(new Text(barX + 18, barTop + barHeight / 2 - 8, "0", SWT.LEFT, false, fg));
		texts.add(new Text(barX + 18, barTop + barHeight - 10, format(-limit), SWT.LEFT, false, fg));
		return new Scene(width, height, boxes, texts, cells);
	}

	/** The side of one matrix entry that fits the grid into the drawing (at least 1 pixel). */
	private static double entrySize(int width, int height, int columns, int rows, int headers, int mRows, int mColumns,
			int gutter, int labelRows) {
		double cellW = (width - 2 * MARGIN - ROW_TITLE - gutter - BAR - (columns - 1) * GAP) / (double) columns;
		double cellH = (height - 2 * MARGIN - TITLE - headers - labelRows - rows * GAP) / (double) rows;
		return Math.max(1, Math.floor(Math.min(cellW / mColumns, cellH / mRows)));
	}

	/** "closed form (Saxe et al. 2014, eq. 7)" → "closed form". */
	private static String shortName(String label) {
		int paren = label == null ? -1 : label.indexOf(" (");
		return label == null || label.isBlank() ? "theory" : paren > 0 ? label.substring(0, paren) : label;
	}

	private static String shorten(String text, int max) {
		return text.length() <= max ? text : text.substring(0, Math.max(1, max - 1)) + "…";
	}

	/** The entry under a pixel as "run · source · t: row, column = value", or null. */
	public String entryAt(int px, int py) {
		if (scene == null) {
			Point size = canvas.getSize();
			scene = layout(size.x, size.y);
		}
		for (Cell cell : scene.cells()) {
			int j = (int) Math.floor((px - cell.x()) / cell.entry());
			int i = (int) Math.floor((py - cell.y()) / cell.entry());
			if (px >= cell.x() && py >= cell.y() && i < cell.matrix().numRows && j < cell.matrix().numCols) {
				MatrixDescriptor m = cell.grid().matrix();
				String row = i < m.rowLabels().size() ? m.rowLabels().get(i) : "row " + (i + 1);
				String column = j < m.columnLabels().size() ? m.columnLabels().get(j) : "column " + (j + 1);
				return cell.grid().run() + " · " + cell.grid().sourceLabels().get(cell.row()) + " · t = "
						+ format(cell.step() * cell.grid().timeScale()) + "\n" + row + ", " + column + " = "
						+ format(cell.matrix().get(i, j));
			}
		}
		return null;
	}

	private void paint(GC gc, Scene scene) {
		gc.setBackground(new Color(gc.getDevice(), theme.background()));
		gc.fillRectangle(0, 0, scene.width(), scene.height());
		for (Box box : scene.boxes()) {
			int x = (int) Math.round(box.x());
			int y = (int) Math.round(box.y());
			int w = (int) Math.round(box.x() + box.w()) - x;
			int h = (int) Math.round(box.y() + box.h()) - y;
			if (box.fill() != null) {
				gc.setBackground(new Color(gc.getDevice(), box.fill()));
				gc.fillRectangle(x, y, w, h);
			}
			if (box.stroke() != null) {
				gc.setForeground(new Color(gc.getDevice(), box.stroke()));
				gc.drawRectangle(x, y, w, h);
			}
		}
		Font normal = gc.getFont();
		for (Text text : scene.texts()) {
			gc.setFont(text.bold() ? boldFont : normal);
			gc.setForeground(new Color(gc.getDevice(), text.colour()));
			int extent = gc.textExtent(text.text()).x;
			int x = (int) Math.round(text.align() == SWT.CENTER ? text.x() - extent / 2.0
					: text.align() == SWT.RIGHT ? text.x() - extent : text.x());
			gc.drawText(text.text(), x, (int) Math.round(text.y()), true);
		}
		gc.setFont(normal);
	}

	@Override
	public void exportPng(Path file) throws IOException {
		Point size = canvas.getSize();
		Scene drawing = layout(size.x > 0 ? size.x : 1200, size.y > 0 ? size.y : 800);
		Image image = new Image(canvas.getDisplay(), drawing.width(), drawing.height());
		try {
			GC gc = new GC(image);
			try {
				gc.setFont(canvas.getFont());
				paint(gc, drawing);
			} finally {
				gc.dispose();
			}
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			loader.save(file.toString(), SWT.IMAGE_PNG);
		} catch (SWTException e) {
			throw new IOException("Could not write " + file + ": " + e.getMessage(), e);
		} finally {
			image.dispose();
		}
	}

	@Override
	public void exportSvg(Path file) throws IOException {
		Point size = canvas.getSize();
		Scene drawing = layout(size.x > 0 ? size.x : 1200, size.y > 0 ? size.y : 800);
		StringBuilder out = new StringBuilder();
		out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
		out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(drawing.width()).append("\" height=\"")
				.append(drawing.height()).append("\" font-family=\"sans-serif\" font-size=\"12\">\n");
		out.append("<rect width=\"100%\" height=\"100%\" fill=\"").append(svg(theme.background())).append("\"/>\n");
		for (Box box : drawing.boxes()) {
			out.append("<rect x=\"").append(num(box.x())).append("\" y=\"").append(num(box.y())).append("\" width=\"")
					.append(num(box.w())).append("\" height=\"").append(num(box.h())).append("\" fill=\"")
					.append(box.fill() == null ? "none" : svg(box.fill())).append('"');
			if (box.stroke() != null) {
				out.append(" stroke=\"").append(svg(box.stroke())).append('"');
			}
			out.append("/>\n");
		}
		for (Text text : drawing.texts()) {
			String anchor = text.align() == SWT.CENTER ? "middle" : text.align() == SWT.RIGHT ? "end" : "start";
			out.append("<text x=\"").append(num(text.x())).append("\" y=\"").append(num(text.y() + 12))
					.append("\" text-anchor=\"").append(anchor).append("\" fill=\"").append(svg(text.colour()))
					.append('"').append(text.bold() ? " font-weight=\"bold\"" : "").append('>')
					.append(escape(text.text())).append("</text>\n");
		}
		out.append("</svg>\n");
		Files.writeString(file, out, StandardCharsets.UTF_8);
	}

	/**
	 * Writes every entry of every matrix shown: {@code run,matrix,source,step,row,column,value}; rows and columns are
	 * the matrix's labels where it has them, otherwise 0-based indices.
	 */
	@Override
	public void exportCsv(Path file) throws IOException {
		CSVFormat format = CSVFormat.DEFAULT.builder()
				.setHeader("run", "matrix", "source", "step", "row", "column", "value").setRecordSeparator("\n").get();
		try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
				CSVPrinter printer = new CSVPrinter(writer, format)) {
			for (Grid grid : grids) {
				MatrixDescriptor matrix = grid.matrix();
				for (int r = 0; r < grid.rows().size(); r++) {
					for (var snapshot : grid.rows().get(r).entrySet()) {
						DMatrixRMaj m = snapshot.getValue();
						for (int i = 0; i < m.numRows; i++) {
							for (int j = 0; j < m.numCols; j++) {
								printer.printRecord(grid.run(), matrix.name(), grid.sources().get(r),
										Long.toString(snapshot.getKey()),
										i < matrix.rowLabels().size() ? matrix.rowLabels().get(i) : Integer.toString(i),
										j < matrix.columnLabels().size() ? matrix.columnLabels().get(j) : Integer.toString(j),
										Double.toString(m.get(i, j)));
							}
						}
					}
				}
			}
		}
	}
}
