package org.plateau.family.rnn.ui.internal;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.NavigableMap;

import org.ejml.data.DMatrixRMaj;
import org.plateau.core.family.PlotDescriptor;
import org.plateau.core.results.MatrixSnapshots;
import org.plateau.core.run.RunResult;
import org.plateau.family.rnn.ui.internal.Drawing.Anchor;

/**
 * The automaton extracted from a run's hidden states (van Rossem &amp; Saxe 2025, App. A) beside its minimal automaton
 * (Hopcroft), at each epoch that was analysed: the snapshots {@code automaton} and {@code minimal-automaton}, each
 * states x symbols with entry (s, a) the state reached from s on a (NaN: none), start state 0. The states are filled
 * by their output when the run recorded it as snapshots {@code <matrix>-output} (states x 1).
 * <p>
 * Options of the plot: {@code symbols} (the symbols' names, comma-separated), {@code states} (the extracted states'
 * names), {@code minimal} (the minimal automaton's matrix, default {@code minimal-automaton}).
 */
public final class AutomatonScene implements EpochScene {

	/** The default name of the minimal automaton's snapshots. */
	public static final String MINIMAL = "minimal-automaton";
	/** The suffix of the snapshots that give each state's output. */
	public static final String OUTPUT_SUFFIX = "-output";

	private static final int HEADER = 30;
	private static final int PANEL_TITLE = 22;
	private static final int LEGEND = 22;

	private final String title;
	private final String run;
	private final String extractedName;
	private final String minimalName;
	private final NavigableMap<Long, DMatrixRMaj> extracted;
	private final NavigableMap<Long, DMatrixRMaj> minimal;
	private final NavigableMap<Long, DMatrixRMaj> extractedOutputs;
	private final NavigableMap<Long, DMatrixRMaj> minimalOutputs;
	private final String[] symbols;
	private final List<String> stateNames;
	private final EpochIndex epochs;

	/**
	 * The scene of one run.
	 *
	 * @param plot the plot (its matrix: the extracted automaton's snapshots)
	 * @param result the run
	 * @param run the run's label
	 */
	public AutomatonScene(PlotDescriptor plot, RunResult result, String run) {
		this.title = plot.title() == null ? plot.id() : plot.title();
		this.run = run;
		this.extractedName = plot.matrixName();
		this.minimalName = plot.option("minimal", MINIMAL);
		MatrixSnapshots snapshots = result.snapshots() == null ? new MatrixSnapshots() : result.snapshots();
		this.extracted = snapshots.of(extractedName);
		this.minimal = snapshots.of(minimalName);
		this.extractedOutputs = snapshots.of(extractedName + OUTPUT_SUFFIX);
		this.minimalOutputs = snapshots.of(minimalName + OUTPUT_SUFFIX);
		String names = plot.option("symbols", "");
		this.symbols = names.isEmpty() ? new String[0] : names.split(",");
		String states = plot.option("states", "");
		this.stateNames = states.isEmpty() ? List.of() : Arrays.asList(states.split(","));
		this.epochs = new EpochIndex(List.of(extracted, minimal));
	}

	@Override
	public EpochIndex epochs() {
		return epochs;
	}

	/** The extracted automaton shown at a position, or null when none was recorded by then. */
	public TransitionGraph extracted(int position) {
		DMatrixRMaj m = epochs.at(extracted, position);
		return m == null ? null : TransitionGraph.of(m, symbols, epochs.at(extractedOutputs, position));
	}

	/** The minimal automaton shown at a position, or null when none was recorded by then. */
	public TransitionGraph minimal(int position) {
		DMatrixRMaj m = epochs.at(minimal, position);
		return m == null ? null : TransitionGraph.of(m, symbols, epochs.at(minimalOutputs, position));
	}

	@Override
	public String caption(int position) {
		if (epochs.isEmpty()) {
			return "no automaton recorded yet";
		}
		TransitionGraph a = extracted(position);
		TransitionGraph m = minimal(position);
		StringBuilder text = new StringBuilder("epoch ").append(epochs.step(position)).append(": ");
		if (a == null) {
			text.append("no extracted automaton");
		} else {
			text.append(a.states()).append(a.states() == 1 ? " state (" : " states (")
					.append(a.finite() ? "finite" : "not finite").append(')');
		}
		if (m == null) {
			text.append(", no minimal automaton");
		} else {
			text.append(", minimal ").append(m.states()).append(m.states() == 1 ? " state" : " states");
		}
		return text.toString();
	}

	/** The layouts of the extracted and the minimal automaton at a position (either null when not recorded). */
	public GraphLayout[] layouts(int position, int width, int height) {
		TransitionGraph a = epochs.isEmpty() ? null : extracted(position);
		TransitionGraph m = epochs.isEmpty() ? null : minimal(position);
		// a large tree gets the larger share of the width, the minimal automaton (a few states) the rest
		double share = a != null && m != null && a.states() > GraphLayout.CIRCLE_MAX && m.states() <= GraphLayout.CIRCLE_MAX
				? 0.62 : 0.5;
		double split = Math.round(width * share);
		double top = HEADER + PANEL_TITLE;
		double bottom = height - LEGEND;
		GraphLayout left = a == null ? null : GraphLayout.of(a, 0, top, split, Math.max(40, bottom - top));
		GraphLayout right = m == null ? null : GraphLayout.of(m, split, top, width - split, Math.max(40, bottom - top));
		return new GraphLayout[] { left, right };
	}

	@Override
	public Drawing draw(int position, int width, int height, Palette palette) {
		Drawing drawing = new Drawing(width, height, palette.background());
		String heading = run.isEmpty() ? title : title + " · " + run;
		drawing.add(new Drawing.Text(width / 2.0, 14, heading, Anchor.MIDDLE, true, palette.foreground(), Drawing.NONE));
		if (epochs.isEmpty()) {
			drawing.add(new Drawing.Text(width / 2.0, height / 2.0, "No snapshots of " + extractedName
					+ " recorded (the run analyses its automaton at its tracked epochs)", Anchor.MIDDLE, false,
					palette.foreground(), Drawing.NONE));
			return drawing;
		}
		GraphLayout[] layouts = layouts(position, width, height);
		TransitionGraph a = extracted(position);
		TransitionGraph m = minimal(position);
		double split = layouts[0] != null ? layouts[0].width() : layouts[1] != null ? layouts[1].x() : width / 2.0;
		drawing.add(new Drawing.Line(split, HEADER, split, height - 6, palette.grid(), 1));
		double titleY = HEADER + PANEL_TITLE / 2.0;
		drawing.add(new Drawing.Text(split / 2, titleY, a == null ? "extracted: not recorded"
				: "extracted: " + a.states() + " states, " + a.transitions() + " transitions, "
						+ (a.finite() ? "finite" : "not finite"),
				Anchor.MIDDLE, false, palette.foreground(), Drawing.NONE));
		drawing.add(new Drawing.Text((split + width) / 2, titleY, m == null ? "minimal: not recorded"
				: "minimal (Hopcroft): " + m.states() + " states, " + m.transitions() + " transitions", Anchor.MIDDLE,
				false, palette.foreground(), Drawing.NONE));
		if (layouts[0] != null) {
			layouts[0].draw(drawing, palette, stateNames);
		}
		if (layouts[1] != null) {
			layouts[1].draw(drawing, palette, List.of());
		}
		legend(drawing, palette, height, a, m);
		return drawing;
	}

	/** The outputs' colours, when the run recorded them, along the bottom. */
	private static void legend(Drawing drawing, Palette palette, int height, TransitionGraph a, TransitionGraph m) {
		int outputs = 0;
		for (TransitionGraph g : new TransitionGraph[] { a, m }) {
			if (g != null && g.outputs() != null) {
				for (int o : g.outputs()) {
					outputs = Math.max(outputs, o + 1);
				}
			}
		}
		double y = height - LEGEND / 2.0;
		for (int o = 0; o < outputs; o++) {
			double x = 16 + o * 90;
			drawing.add(new Drawing.Circle(x, y, 6, GraphLayout.stateFill(palette, o), palette.foreground()));
			drawing.add(new Drawing.Text(x + 10, y, "output " + o, Anchor.START, false, palette.foreground(),
					Drawing.NONE));
		}
	}

	/** Rows {@code run,automaton,step,state,symbol,target} (target empty for none), every epoch. */
	@Override
	public void writeCsv(Appendable out) throws IOException {
		out.append("run,automaton,step,state,symbol,target\n");
		writeCsv(out, extractedName, extracted);
		writeCsv(out, minimalName, minimal);
	}

	private void writeCsv(Appendable out, String name, NavigableMap<Long, DMatrixRMaj> series) throws IOException {
		for (var entry : series.entrySet()) {
			TransitionGraph g = TransitionGraph.of(entry.getValue(), symbols, null);
			for (int s = 0; s < g.states(); s++) {
				for (int a = 0; a < g.symbols(); a++) {
					int t = g.next(s, a);
					out.append(csv(run)).append(',').append(name).append(',').append(Long.toString(entry.getKey()))
							.append(',').append(Integer.toString(s)).append(',')
							.append(csv(a < symbols.length ? symbols[a] : Integer.toString(a))).append(',')
							.append(t < 0 ? "" : Integer.toString(t)).append('\n');
				}
			}
		}
	}

	/** A CSV field, quoted when it needs to be. */
	static String csv(String field) {
		if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0) {
			return field;
		}
		return '"' + field.replace("\"", "\"\"") + '"';
	}
}
