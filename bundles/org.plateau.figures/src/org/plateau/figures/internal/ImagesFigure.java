package org.plateau.figures.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

import org.ejml.data.DMatrixRMaj;
import org.plateau.core.family.MatrixDescriptor;
import org.plateau.core.family.PlotDescriptor;
import org.plateau.core.run.RunResult;
import org.plateau.core.run.TheoryResult;
import org.plateau.figures.Figure;

/**
 * A {@link PlotDescriptor#IMAGES} plot: every row of a matrix reshaped into a small image, one column of images per
 * row of the matrix and one row of images per snapshot step (and per theory predicting the matrix), on one diverging
 * colour scale symmetric around 0: receptive fields that localise over training read from top to bottom.
 */
final class ImagesFigure implements Figure {

	/** More matrix rows than this are not drawn (the first ones are). */
	static final int MAX_IMAGES = PlotDescriptor.DEFAULT_MAX_IMAGES;
	/** More snapshot steps than this are thinned to evenly spaced ones. */
	static final int MAX_STEPS = 10;

	private static final int WIDTH = 1200;
	private static final int MARGIN = 24;
	private static final int LABEL_WIDTH = 170;
	private static final int GAP = 8;
	private static final int TITLE_HEIGHT = 70;

	/** One row of images: a step of the simulation or of a theory. */
	private record Line(String label, DMatrixRMaj matrix) {
	}

	private final String title;
	private final String subtitle;
	private final List<String> headers = new ArrayList<>();
	private final List<Line> lines = new ArrayList<>();
	private final int images;
	private final int imageRows;
	private final int imageColumns;
	private final int pixel;
	/** Images per strip, and strips per line (more than one when the images wrap: a grid of many neurons). */
	private final int perStrip;
	private final int strips;
	private final DivergingPaintScale scale;

	ImagesFigure(PlotDescriptor plot, RunResult result) {
		this.title = plot.title();
		NavigableMap<Long, DMatrixRMaj> simulated = result.snapshots().of(plot.matrixName());
		List<Long> steps = thinned(new ArrayList<>(simulated.keySet()));
		if (Boolean.parseBoolean(plot.option("lastOnly", "false")) && !steps.isEmpty()) {
			steps = List.of(steps.get(steps.size() - 1));
		}
		String only = plot.option("theory", null);
		double max = 0;
		int length = 0;
		int rows = 0;
		for (long step : steps) {
			lines.add(new Line(plot.xLabel() + " = " + FigureStyle.format(step * plot.timeScale()), simulated.get(step)));
			for (TheoryResult theory : result.theory()) {
				if (only != null && !only.equals(theory.prediction().id())) {
					continue;
				}
				DMatrixRMaj predicted = theory.matrices().of(plot.matrixName()).get(step);
				if (predicted != null) {
					lines.add(new Line(theory.prediction().id(), predicted));
				}
			}
		}
		for (Line line : lines) {
			rows = Math.max(rows, line.matrix().numRows);
			length = Math.max(length, line.matrix().numCols);
			for (double v : line.matrix().data) {
				if (Double.isFinite(v)) {
					max = Math.max(max, Math.abs(v));
				}
			}
		}
		this.images = Math.min(rows, Math.max(1, Integer.parseInt(plot.option("maxImages", Integer.toString(MAX_IMAGES)))));
		this.perStrip = Math.max(1, Math.min(images, Integer.parseInt(plot.option("perLine", Integer.toString(images)))));
		this.strips = (images + perStrip - 1) / perStrip;
		int requested = Integer.parseInt(plot.option("imageRows", "0"));
		int square = (int) Math.round(Math.sqrt(length));
		int height = requested > 0 && length % requested == 0 ? requested : square * square == length ? square : 1;
		this.imageRows = Math.max(1, height);
		this.imageColumns = Math.max(1, length / this.imageRows);
		int room = (WIDTH - 2 * MARGIN - LABEL_WIDTH) / perStrip - GAP;
		// 2-D images keep at least 3 screen pixels per image pixel (a 30 x 30 field stays legible): the figure widens
		this.pixel = Math.max(imageRows > 1 ? 3 : 1, Math.min(14, room / imageColumns));
		this.scale = new DivergingPaintScale(DivergingPaintScale.roundedLimit(max));
		List<String> names = matrixRowLabels(result, plot.matrixName());
		for (int k = 0; k < images; k++) {
			headers.add(k < names.size() ? names.get(k) : "#" + (k + 1));
		}
		String experiment = FigureStyle.experimentName(result);
		this.subtitle = (experiment.isEmpty() ? "" : experiment + " · ") + "each " + imageRows + " × " + imageColumns
				+ " image is a row of " + plot.matrixName() + (rows > images ? " (first " + images + " of " + rows + ")" : "")
				+ (strips > 1 ? ", " + perStrip + " per line in order" : "")
				+ " · colour scale ±" + FigureStyle.format(scale.getUpperBound());
	}

	private static List<String> matrixRowLabels(RunResult result, String name) {
		if (result.matrices() != null) {
			for (MatrixDescriptor matrix : result.matrices()) {
				if (matrix.name().equals(name)) {
					return matrix.rowLabels();
				}
			}
		}
		return List.of();
	}

	/** At most {@link #MAX_STEPS} of the steps, evenly spaced, the first and the last kept. */
	static List<Long> thinned(List<Long> steps) {
		if (steps.size() <= MAX_STEPS) {
			return steps;
		}
		List<Long> kept = new ArrayList<>();
		for (int i = 0; i < MAX_STEPS; i++) {
			long step = steps.get((int) Math.round(i * (steps.size() - 1) / (double) (MAX_STEPS - 1)));
			if (!kept.contains(step)) {
				kept.add(step);
			}
		}
		return kept;
	}

	/** The height of one image pixel: a one-line image (a ring's field) is drawn at least 10 high to be seen. */
	private int cellHeight() {
		return imageRows == 1 ? Math.max(pixel, 10) : pixel;
	}

	private int imageHeight() {
		return imageRows * cellHeight();
	}

	@Override
	public int width() {
		return Math.max(WIDTH, 2 * MARGIN + LABEL_WIDTH + perStrip * (imageColumns * pixel + GAP));
	}

	@Override
	public int height() {
		return TITLE_HEIGHT + 30 + Math.max(1, lines.size()) * lineHeight() + MARGIN;
	}

	/** The height of a line's strips and the gap after them (wider between wrapped lines). */
	private int lineHeight() {
		return strips * (imageHeight() + GAP) + (strips > 1 ? 2 * GAP : 4);
	}

	@Override
	public void paint(Graphics2D g2) {
		FigureStyle.paintHeading(g2, width(), height(), title, subtitle);
		if (lines.isEmpty()) {
			g2.setColor(FigureStyle.WARNING_TEXT);
			g2.drawString("no snapshot was recorded: set the experiment's snapshot steps", MARGIN, TITLE_HEIGHT + 30);
			return;
		}
		int x0 = MARGIN + LABEL_WIDTH;
		int step = imageColumns * pixel + GAP;
		g2.setFont(FigureStyle.TICK_FONT);
		g2.setColor(FigureStyle.TEXT);
		for (int k = 0; k < (strips == 1 ? images : 0); k++) {
			// a label wider than its image is cut to its number ("neuron 12" -> "12"), so that labels never overlap
			String header = headers.get(k);
			if (g2.getFontMetrics().stringWidth(header) > step - 2) {
				header = header.replaceAll("^.*?(\\d+)$", "$1");
			}
			g2.drawString(header, x0 + k * step, TITLE_HEIGHT + 20);
		}
		int y = TITLE_HEIGHT + 30;
		for (Line line : lines) {
			g2.setColor(FigureStyle.TEXT);
			g2.drawString(line.label(), MARGIN, y + imageHeight() / 2 + 5);
			int cell = cellHeight();
			for (int k = 0; k < images && k < line.matrix().numRows; k++) {
				int left = x0 + (k % perStrip) * step;
				int top = y + (k / perStrip) * (imageHeight() + GAP);
				if (strips > 1 && k % perStrip == 0) {
					g2.setColor(FigureStyle.SUBTITLE_TEXT);
					g2.drawString((k + 1) + "–" + Math.min(images, k + perStrip), x0 - 52, top + imageHeight() / 2 + 5);
				}
				for (int p = 0; p < imageRows * imageColumns && p < line.matrix().numCols; p++) {
					g2.setColor(scale.getPaint(line.matrix().get(k, p)));
					g2.fillRect(left + (p % imageColumns) * pixel, top + (p / imageColumns) * cell, pixel, cell);
				}
				g2.setColor(FigureStyle.FRAME);
				g2.drawRect(left, top, imageColumns * pixel, imageHeight());
			}
			y += lineHeight();
		}
	}

	/** For tests: how the rows are reshaped. */
	Map<String, Integer> shape() {
		return Map.of("images", images, "rows", imageRows, "columns", imageColumns, "lines", lines.size(), "strips",
				strips);
	}
}
