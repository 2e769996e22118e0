package org.plateau.figures.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Stroke;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYDataset;

import org.plateau.core.family.SimulationOutcome;
import org.plateau.core.figures.NumberLabels;
import org.plateau.core.run.RunResult;

/**
 * What every figure shares: fonts, the series palette, the strokes that tell simulation from theory, and the
 * subtitle that names the experiment and says when its run did not complete.
 */
final class FigureStyle {

	static {
		// JFreeChart draws rotated text (a value axis's label) through TextLayout by default, a workaround for JDK bugs
		// of 2004; drawString draws the same, and spares the first use of the JDK's HarfBuzz shaper, about 0.2 s of a
		// `plateau run` (issue 15). DecadeAxis does the same for the tick labels of log axes.
		TextUtils.setUseDrawRotatedStringWorkaround(false);
	}

	static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 22);
	static final Font SUBTITLE_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 15);
	static final Font HEADING_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 15);
	static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 16);
	static final Font TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
	static final Font LEGEND_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 14);

	static final Color TEXT = new Color(33, 33, 33);
	static final Color SUBTITLE_TEXT = new Color(90, 90, 90);
	/** Colour of the subtitle line reporting a run that was cancelled or diverged. */
	static final Color WARNING_TEXT = new Color(170, 30, 30);
	static final Color GRID = new Color(232, 232, 232);
	static final Color FRAME = new Color(150, 150, 150);

	/** Tableau 10: one colour per metric of a plot, shared by its simulation and its theory curves. */
	private static final Color[] PALETTE = { new Color(31, 119, 180), new Color(255, 127, 14), new Color(44, 160, 44),
			new Color(214, 39, 40), new Color(148, 103, 189), new Color(140, 86, 75), new Color(227, 119, 194),
			new Color(127, 127, 127), new Color(188, 189, 34), new Color(23, 190, 207) };

	/** Opacity of the simulation band, light enough that the theory's dashes stay visible inside it. */
	private static final int SIMULATION_ALPHA = 105;

	/** Dash patterns of the 1st, 2nd, ... theory prediction of a run. */
	private static final float[][] DASHES = { { 10f, 6f }, { 2.5f, 4f }, { 12f, 4f, 2.5f, 4f }, { 5f, 3f } };

	private FigureStyle() {
	}

	/** The colour of the {@code index}-th metric of a plot. */
	static Color seriesColour(int index) {
		return PALETTE[index % PALETTE.length];
	}

	/** The paint of a simulated series: the metric's colour, translucent. */
	static Color simulationPaint(Color colour) {
		return new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), SIMULATION_ALPHA);
	}

	/** A wide solid band under which the theory is drawn. */
	static Stroke simulationStroke() {
		return new BasicStroke(5.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
	}

	/** The dashed stroke of the {@code index}-th theory prediction of a run. */
	static Stroke theoryStroke(int index) {
		return new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
				DASHES[index % DASHES.length], 0f);
	}

	/** The experiment's name, or an empty string. The only place a figure reads the experiment. */
	static String experimentName(RunResult result) {
		if (result.experiment() == null || result.experiment().getName() == null) {
			return "";
		}
		return result.experiment().getName();
	}

	/** "Run diverged after 1234 steps: message", or an empty string when the run completed. */
	static String statusLine(RunResult result) {
		SimulationOutcome outcome = result.outcome();
		if (outcome == null || outcome.status() == SimulationOutcome.Status.COMPLETED) {
			return "";
		}
		String line = "Run " + outcome.status().name().toLowerCase(Locale.ROOT) + " after " + outcome.stepsCompleted()
				+ " steps";
		return outcome.message().isEmpty() ? line : line + ": " + outcome.message();
	}

	/** A number for a label: few digits, no trailing noise ({@code 0.25}, {@code 1.2e-05}, {@code 300}). */
	static String format(double value) {
		return NumberLabels.format(value);
	}
	/**
	 * An XY plot in the house style: white, light grid, thin frame, the axes' fonts; wider tick label footprints
	 * make JFreeChart's automatic tick selection choose fewer, rounder ticks.
	 */
	static XYPlot xyPlot(XYDataset dataset, ValueAxis domain, ValueAxis range, XYItemRenderer renderer) {
		for (ValueAxis axis : List.of(domain, range)) {
			axis.setLabelFont(LABEL_FONT);
			axis.setTickLabelFont(TICK_FONT);
			axis.setLabelPaint(TEXT);
			axis.setTickLabelPaint(TEXT);
		}
		domain.setTickLabelInsets(new RectangleInsets(4, 14, 2, 14));
		range.setTickLabelInsets(new RectangleInsets(12, 2, 12, 4));
		XYPlot plot = new XYPlot(dataset, domain, range, renderer);
		plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
		plot.setBackgroundPaint(Color.WHITE);
		plot.setDomainGridlinePaint(GRID);
		plot.setRangeGridlinePaint(GRID);
		plot.setDomainGridlineStroke(new BasicStroke(1f));
		plot.setRangeGridlineStroke(new BasicStroke(1f));
		plot.setOutlinePaint(FRAME);
		plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
		return plot;
	}

	/** A chart in the house style around a plot: title, legend below, white background. */
	static JFreeChart chart(String title, XYPlot plot) {
		JFreeChart chart = new JFreeChart(title, TITLE_FONT, plot, true);
		chart.setBackgroundPaint(Color.WHITE);
		chart.setAntiAlias(true);
		chart.setTextAntiAlias(true);
		chart.setPadding(new RectangleInsets(12, 12, 12, 24));
		chart.getTitle().setPaint(TEXT);
		LegendTitle legend = chart.getLegend();
		legend.setItemFont(LEGEND_FONT);
		legend.setItemPaint(TEXT);
		legend.setPosition(RectangleEdge.BOTTOM);
		legend.setFrame(BlockBorder.NONE);
		legend.setItemLabelPadding(new RectangleInsets(2, 4, 2, 14));
		return chart;
	}

	/** Adds a line under the title, unless the text is empty. */
	static void addSubtitle(JFreeChart chart, String text, Color colour) {
		if (text.isEmpty()) {
			return;
		}
		TextTitle subtitle = new TextTitle(text, SUBTITLE_FONT);
		subtitle.setPaint(colour);
		chart.addSubtitle(subtitle);
	}

	/**
	 * The white page of a figure drawn with plain {@link Graphics2D} calls, with its title and a subtitle line under it
	 * at the top left.
	 */
	static void paintHeading(Graphics2D g2, int width, int height, String title, String subtitle) {
		g2.setColor(Color.WHITE);
		g2.fillRect(0, 0, width, height);
		g2.setColor(TEXT);
		g2.setFont(TITLE_FONT);
		g2.drawString(title, 24, 44);
		g2.setFont(SUBTITLE_FONT);
		g2.setColor(SUBTITLE_TEXT);
		g2.drawString(subtitle, 24, 68);
	}
}
