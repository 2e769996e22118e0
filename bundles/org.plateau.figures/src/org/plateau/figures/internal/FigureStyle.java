package org.plateau.figures.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;
import java.util.Locale;

import org.plateau.core.family.SimulationOutcome;
import org.plateau.core.figures.NumberLabels;
import org.plateau.core.run.RunResult;

/**
 * What every figure shares: fonts, the series palette, the strokes that tell simulation from theory, and the
 * subtitle that names the experiment and says when its run did not complete.
 */
final class FigureStyle {

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
}
