package org.plateau.figures.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.LinearGradientPaint;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeSet;

import org.ejml.data.DMatrixRMaj;
import org.plateau.core.family.MatrixDescriptor;
import org.plateau.core.family.PlotDescriptor;
import org.plateau.core.results.MatrixSnapshots;
import org.plateau.core.run.RunResult;
import org.plateau.core.run.TheoryResult;
import org.plateau.figures.Figure;

/**
 * A {@link PlotDescriptor#MATRICES} plot: a grid of heatmaps of one matrix, one column per snapshot step,
 * the simulation in the top row and one row below it per theory prediction of that matrix. All panels share one
 * diverging colour scale, symmetric around 0, shown by a colour bar. Drawn with plain {@link Graphics2D} calls;
 * cells are integer-sized rectangles so that neighbours meet without seams in the PNG and the SVG alike.
 */
final class MatrixGridFigure implements Figure {

	static final int WIDTH = 1200;
	/** More snapshots than this are thinned to evenly spaced ones (first and last kept). */
	static final int MAX_COLUMNS = 12;

	private static final int MAX_HEIGHT = 1600;
	private static final int MARGIN = 24;
	private static final int COLUMN_GAP = 14;
	private static final int ROW_GAP = 12;
	private static final int LINE = 22;
	private static final int MAX_CELL = 48;
	/** Below this cell size the row and column labels are left out: they would overlap. */
	private static final int MIN_LABELLED_CELL = 8;
	private static final int BAR_GAP = 28;
	private static final int BAR_WIDTH = 18;
	private static final int BAR_BLOCK = BAR_GAP + BAR_WIDTH + 90;
	private static final int MIN_BAR_HEIGHT = 160;
	/** Height kept free for column labels when the height cap limits the cell size. */
	private static final int COLUMN_LABEL_ROOM = 100;

	private static final Font HEADER_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
	private static final FontRenderContext MEASURE = new FontRenderContext(null, true, true);

	/** One row of panels: the simulation or one theory prediction. */
	record Row(String heading, NavigableMap<Long, DMatrixRMaj> snapshots) {
	}

	private final String title;
	private final List<String> subtitles = new ArrayList<>();
	private final String status;
	private final String xLabel;
	private final double timeScale;
	private final String valueLabel;
	private final String matrixName;
	private final List<Long> steps;
	private final List<Row> rows = new ArrayList<>();
	private final int matrixRows;
	private final int matrixColumns;
	private final List<String> rowLabels;
	private final List<String> columnLabels;
	private final DivergingPaintScale scale;

	// layout
	private final int cell;
	private final Font labelFont;
	private final int rowLabelWidth;
	private final int columnLabelHeight;
	private final boolean rotateColumnLabels;
	private final int left;
	private final int gridTop;
	private final int height;

	MatrixGridFigure(PlotDescriptor plot, RunResult result) {
		title = plot.title() == null ? plot.id() : plot.title();
		status = FigureStyle.statusLine(result);
		xLabel = plot.xLabel() == null ? "t" : plot.xLabel();
		timeScale = plot.timeScale();
		valueLabel = plot.yLabel() == null ? "" : plot.yLabel();
		matrixName = plot.matrixName();

		rows.add(new Row("Simulation", snapshots(result.snapshots(), matrixName)));
		if (result.theory() != null) {
			for (TheoryResult theory : result.theory()) {
				NavigableMap<Long, DMatrixRMaj> predicted = snapshots(theory.matrices(), matrixName);
				if (!predicted.isEmpty()) {
					rows.add(new Row("Theory: " + theory.prediction().label(), predicted));
				}
			}
		}
		TreeSet<Long> allSteps = new TreeSet<>(rows.get(0).snapshots().keySet());
		if (allSteps.isEmpty()) {
			rows.forEach(row -> allSteps.addAll(row.snapshots().keySet()));
		}
		steps = thin(new ArrayList<>(allSteps));

		if (!FigureStyle.experimentName(result).isEmpty()) {
			subtitles.add(FigureStyle.experimentName(result));
		}
		if (steps.size() < allSteps.size()) {
			subtitles.add(steps.size() + " of " + allSteps.size() + " snapshots shown");
		}

		DMatrixRMaj first = firstMatrix();
		matrixRows = first == null ? 0 : first.getNumRows();
		matrixColumns = first == null ? 0 : first.getNumCols();
		MatrixDescriptor descriptor = descriptor(result, matrixName);
		rowLabels = descriptor != null && descriptor.rowLabels().size() == matrixRows ? descriptor.rowLabels()
				: List.of();
		columnLabels = descriptor != null && descriptor.columnLabels().size() == matrixColumns
				? descriptor.columnLabels()
				: List.of();
		scale = new DivergingPaintScale(DivergingPaintScale.roundedLimit(maxAbs()));

		// Layout: the widest cell that fits the width (and the height cap), then labels sized to the cell.
		int titleBlock = MARGIN + 30 + subtitles.size() * LINE + (status.isEmpty() ? 0 : LINE) + 8;
		gridTop = titleBlock + 8;
		int nColumns = Math.max(1, steps.size());
		int labelGuess = rowLabels.isEmpty() ? 0 : maxWidth(rowLabels, font(12)) + 8;
		int available = WIDTH - 2 * MARGIN - labelGuess - BAR_BLOCK - (nColumns - 1) * COLUMN_GAP;
		int size = Math.min(MAX_CELL, available / Math.max(1, nColumns * matrixColumns));
		int heightForCells = MAX_HEIGHT - gridTop - LINE - MARGIN - rows.size() * (LINE + ROW_GAP) - COLUMN_LABEL_ROOM;
		size = Math.max(1, Math.min(size, heightForCells / Math.max(1, rows.size() * matrixRows)));
		cell = size;
		boolean labelled = cell >= MIN_LABELLED_CELL;
		labelFont = font(Math.max(8, Math.min(12, cell - 2)));
		rowLabelWidth = labelled && !rowLabels.isEmpty() ? maxWidth(rowLabels, labelFont) + 8 : 0;
		int columnLabelWidth = labelled && !columnLabels.isEmpty() ? maxWidth(columnLabels, labelFont) : 0;
		rotateColumnLabels = columnLabelWidth > cell - 2;
		columnLabelHeight = columnLabelWidth == 0 ? 0
				: 6 + (rotateColumnLabels ? columnLabelWidth : (int) Math.ceil(lineHeight(labelFont)));

		int used = rowLabelWidth + nColumns * panelWidth() + (nColumns - 1) * COLUMN_GAP + BAR_BLOCK;
		left = Math.max(MARGIN, (WIDTH - used) / 2);
		// one heading line per row, plus the column headers under the first heading
		int gridBottom = gridTop + LINE + rows.size() * (LINE + panelHeight() + ROW_GAP) - ROW_GAP;
		int barBottom = gridTop + 2 * LINE + Math.max(MIN_BAR_HEIGHT, gridBottom - gridTop - 2 * LINE);
		height = Math.max(Math.max(gridBottom + columnLabelHeight, barBottom + LINE) + MARGIN, 360);
	}

	@Override
	public int width() {
		return WIDTH;
	}

	@Override
	public int height() {
		return height;
	}

	/** The cell size in pixels, for tests. */
	int cell() {
		return cell;
	}

	/** The rows of panels, simulation first, for tests. */
	List<Row> rows() {
		return rows;
	}

	/** The snapshot steps drawn, one per column, for tests. */
	List<Long> steps() {
		return steps;
	}

	@Override
	public void paint(Graphics2D g2) {
		g2.setPaint(Color.WHITE);
		g2.fill(new Rectangle2D.Double(0, 0, WIDTH, height));
		paintTitles(g2);
		if (steps.isEmpty() || matrixRows == 0) {
			g2.setFont(FigureStyle.LABEL_FONT);
			g2.setPaint(FigureStyle.SUBTITLE_TEXT);
			drawCentred(g2, "No snapshots of matrix " + matrixName + " were recorded", WIDTH / 2.0, height / 2.0);
			return;
		}
		int gridLeft = left + rowLabelWidth;
		int y = gridTop;
		for (int r = 0; r < rows.size(); r++) {
			Row row = rows.get(r);
			g2.setFont(FigureStyle.HEADING_FONT);
			g2.setPaint(FigureStyle.TEXT);
			FontMetrics metrics = g2.getFontMetrics();
			g2.drawString(row.heading(), left, y + LINE - metrics.getDescent() - 4);
			y += LINE;
			if (r == 0) {
				paintColumnHeaders(g2, gridLeft, y);
				y += LINE;
			}
			if (!rowLabels.isEmpty() && rowLabelWidth > 0) {
				paintRowLabels(g2, gridLeft - 6, y);
			}
			for (int c = 0; c < steps.size(); c++) {
				paintPanel(g2, row.snapshots().get(steps.get(c)), panelX(gridLeft, c), y);
			}
			y += panelHeight() + ROW_GAP;
		}
		if (columnLabelHeight > 0) {
			int top = y - ROW_GAP + 4;
			for (int c = 0; c < steps.size(); c++) {
				paintColumnLabels(g2, panelX(gridLeft, c), top);
			}
		}
		int barX = panelX(gridLeft, steps.size() - 1) + panelWidth() + BAR_GAP;
		int barTop = gridTop + 2 * LINE;
		int barBottom = barTop + Math.max(MIN_BAR_HEIGHT, y - ROW_GAP - barTop);
		paintColourBar(g2, barX, barTop, barBottom);
	}

	private void paintTitles(Graphics2D g2) {
		g2.setFont(FigureStyle.TITLE_FONT);
		g2.setPaint(FigureStyle.TEXT);
		double y = MARGIN + 15;
		drawCentred(g2, title, WIDTH / 2.0, y);
		y += 15 + LINE / 2.0 + 4;
		g2.setFont(FigureStyle.SUBTITLE_FONT);
		g2.setPaint(FigureStyle.SUBTITLE_TEXT);
		for (String subtitle : subtitles) {
			drawCentred(g2, subtitle, WIDTH / 2.0, y);
			y += LINE;
		}
		if (!status.isEmpty()) {
			g2.setPaint(FigureStyle.WARNING_TEXT);
			drawCentred(g2, status, WIDTH / 2.0, y);
		}
	}

	/** "t/τ = 0.8" above each column; only the value where the whole text would not fit. */
	private void paintColumnHeaders(Graphics2D g2, int gridLeft, int top) {
		g2.setFont(HEADER_FONT);
		g2.setPaint(FigureStyle.TEXT);
		for (int c = 0; c < steps.size(); c++) {
			String value = FigureStyle.format(steps.get(c) * timeScale);
			String header = xLabel + " = " + value;
			if (c > 0 && width(header, HEADER_FONT) > panelWidth() + COLUMN_GAP) {
				header = value;
			}
			drawCentred(g2, header, panelX(gridLeft, c) + panelWidth() / 2.0, top + LINE / 2.0);
		}
	}

	private void paintPanel(Graphics2D g2, DMatrixRMaj matrix, int x, int y) {
		Rectangle2D frame = new Rectangle2D.Double(x - 0.5, y - 0.5, panelWidth() + 1, panelHeight() + 1);
		if (matrix == null) {
			g2.setPaint(FigureStyle.FRAME);
			g2.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] { 4f, 4f },
					0f));
			g2.draw(frame);
			g2.setFont(HEADER_FONT);
			drawCentred(g2, "no data", x + panelWidth() / 2.0, y + panelHeight() / 2.0);
			return;
		}
		for (int i = 0; i < matrix.getNumRows(); i++) {
			for (int j = 0; j < matrix.getNumCols(); j++) {
				g2.setPaint(scale.getPaint(matrix.get(i, j)));
				g2.fill(new Rectangle2D.Double(x + j * cell, y + i * cell, cell, cell));
			}
		}
		g2.setPaint(FigureStyle.FRAME);
		g2.setStroke(new BasicStroke(1f));
		g2.draw(frame);
	}

	private void paintRowLabels(Graphics2D g2, int right, int top) {
		g2.setFont(labelFont);
		g2.setPaint(FigureStyle.TEXT);
		FontMetrics metrics = g2.getFontMetrics();
		for (int i = 0; i < matrixRows; i++) {
			String label = rowLabels.get(i);
			float baseline = top + i * cell + cell / 2f + (metrics.getAscent() - metrics.getDescent()) / 2f;
			g2.drawString(label, right - metrics.stringWidth(label), baseline);
		}
	}

	private void paintColumnLabels(Graphics2D g2, int x, int top) {
		g2.setFont(labelFont);
		g2.setPaint(FigureStyle.TEXT);
		FontMetrics metrics = g2.getFontMetrics();
		float offset = (metrics.getAscent() - metrics.getDescent()) / 2f;
		for (int j = 0; j < matrixColumns; j++) {
			String label = columnLabels.get(j);
			double centre = x + j * cell + cell / 2.0;
			if (rotateColumnLabels) {
				// reads upwards, ending just below the panel
				AffineTransform saved = g2.getTransform();
				g2.translate(centre, top + metrics.stringWidth(label));
				g2.rotate(-Math.PI / 2);
				g2.drawString(label, 0f, offset);
				g2.setTransform(saved);
			} else {
				g2.drawString(label, (float) (centre - metrics.stringWidth(label) / 2.0), top + metrics.getAscent());
			}
		}
	}

	private void paintColourBar(Graphics2D g2, int x, int top, int bottom) {
		Color[] stops = { scale.getPaint(scale.getLowerBound()), scale.getPaint(scale.getLowerBound() / 2),
				scale.getPaint(0), scale.getPaint(scale.getUpperBound() / 2), scale.getPaint(scale.getUpperBound()) };
		// upper bound at the top
		g2.setPaint(new LinearGradientPaint(x, bottom, x, top, new float[] { 0f, 0.25f, 0.5f, 0.75f, 1f }, stops));
		Rectangle2D bar = new Rectangle2D.Double(x, top, BAR_WIDTH, bottom - top);
		g2.fill(bar);
		g2.setPaint(FigureStyle.FRAME);
		g2.setStroke(new BasicStroke(1f));
		g2.draw(bar);
		g2.setFont(FigureStyle.TICK_FONT);
		FontMetrics metrics = g2.getFontMetrics();
		int labelsRight = x + BAR_WIDTH + 6;
		int widest = 0;
		// ticks at quarters of the range, labels at both ends and at 0
		for (int k = 0; k <= 4; k++) {
			double y = bottom - k * (bottom - top) / 4.0;
			g2.setPaint(FigureStyle.FRAME);
			g2.draw(new Line2D.Double(x + BAR_WIDTH, y, x + BAR_WIDTH + 4, y));
			if (k % 2 == 0) {
				g2.setPaint(FigureStyle.TEXT);
				String label = FigureStyle.format(scale.getLowerBound() + k * scale.getUpperBound() / 2);
				widest = Math.max(widest, metrics.stringWidth(label));
				g2.drawString(label, labelsRight, (float) (y + (metrics.getAscent() - metrics.getDescent()) / 2.0));
			}
		}
		if (!valueLabel.isEmpty()) {
			g2.setFont(FigureStyle.LABEL_FONT);
			AffineTransform saved = g2.getTransform();
			g2.translate(labelsRight + widest + 8 + g2.getFontMetrics().getAscent() / 2.0, (top + bottom) / 2.0);
			g2.rotate(-Math.PI / 2);
			drawCentred(g2, valueLabel, 0, 0);
			g2.setTransform(saved);
		}
	}

	private int panelWidth() {
		return cell * matrixColumns;
	}

	private int panelHeight() {
		return cell * matrixRows;
	}

	private int panelX(int gridLeft, int column) {
		return gridLeft + column * (panelWidth() + COLUMN_GAP);
	}

	private DMatrixRMaj firstMatrix() {
		for (Row row : rows) {
			for (Long step : steps) {
				DMatrixRMaj matrix = row.snapshots().get(step);
				if (matrix != null) {
					return matrix;
				}
			}
		}
		return null;
	}

	/** The largest finite |value| over every panel drawn: the colour scale's limit. */
	private double maxAbs() {
		double max = 0;
		for (Row row : rows) {
			for (Long step : steps) {
				DMatrixRMaj matrix = row.snapshots().get(step);
				if (matrix == null) {
					continue;
				}
				for (double value : matrix.getData()) {
					if (Double.isFinite(value)) {
						max = Math.max(max, Math.abs(value));
					}
				}
			}
		}
		return max;
	}

	private static List<Long> thin(List<Long> steps) {
		if (steps.size() <= MAX_COLUMNS) {
			return steps;
		}
		List<Long> kept = new ArrayList<>(MAX_COLUMNS);
		for (int k = 0; k < MAX_COLUMNS; k++) {
			kept.add(steps.get((int) Math.round(k * (steps.size() - 1) / (double) (MAX_COLUMNS - 1))));
		}
		return kept;
	}

	private static NavigableMap<Long, DMatrixRMaj> snapshots(MatrixSnapshots snapshots, String name) {
		return snapshots == null ? new MatrixSnapshots().of(name) : snapshots.of(name);
	}

	private static MatrixDescriptor descriptor(RunResult result, String name) {
		if (result.matrices() != null) {
			for (MatrixDescriptor descriptor : result.matrices()) {
				if (descriptor.name().equals(name)) {
					return descriptor;
				}
			}
		}
		return null;
	}

	private static Font font(int size) {
		return new Font(Font.SANS_SERIF, Font.PLAIN, size);
	}

	private static int width(String text, Font font) {
		return (int) Math.ceil(font.getStringBounds(text, MEASURE).getWidth());
	}

	private static int maxWidth(Collection<String> texts, Font font) {
		int max = 0;
		for (String text : texts) {
			max = Math.max(max, width(text, font));
		}
		return max;
	}

	private static double lineHeight(Font font) {
		return font.getLineMetrics("Xg", MEASURE).getHeight();
	}

	/** Draws text centred horizontally on {@code cx} and vertically on {@code cy}. */
	private static void drawCentred(Graphics2D g2, String text, double cx, double cy) {
		FontMetrics metrics = g2.getFontMetrics();
		g2.drawString(text, (float) (cx - metrics.stringWidth(text) / 2.0),
				(float) (cy + (metrics.getAscent() - metrics.getDescent()) / 2.0));
	}
}
