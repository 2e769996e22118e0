package org.plateau.family.rnn.ui.internal;

import java.io.IOException;
import java.util.List;
import java.util.NavigableMap;

import org.ejml.data.DMatrixRMaj;
import org.plateau.core.family.MatrixDescriptor;
import org.plateau.core.family.PlotDescriptor;
import org.plateau.core.results.MatrixSnapshots;
import org.plateau.core.run.RunResult;
import org.plateau.family.rnn.ui.internal.Drawing.Anchor;

/**
 * The final hidden states of every analysis string projected on their first two principal components, at each epoch
 * that was analysed (snapshot {@code hidden-pca}: a row per string, columns {@code pc1, pc2, length, output}), as a
 * scatter plot coloured by the task's output for the string: early in training the strings spread as a tree of
 * representations, later they collapse onto a few points, the states of the automaton the network has learnt (van
 * Rossem &amp; Saxe 2025, Fig. 4). The axes are fitted to each epoch.
 */
public final class HiddenPcaScene implements EpochScene {

	/** The snapshot's name. */
	public static final String MATRIX = "hidden-pca";

	private static final int HEADER = 30;
	private static final int LEFT = 70;
	private static final int RIGHT = 20;
	private static final int BOTTOM = 52;
	private static final double POINT = 3.5;

	private final String title;
	private final String run;
	private final NavigableMap<Long, DMatrixRMaj> snapshots;
	private final int pc1;
	private final int pc2;
	private final int length;
	private final int output;
	private final EpochIndex epochs;

	/** The points of one epoch: coordinates, string length and output of each analysis string. */
	public record Points(double[] pc1, double[] pc2, int[] length, int[] output) {

		/** The number of points. */
		public int size() {
			return pc1.length;
		}
	}

	/**
	 * The scene of one run.
	 *
	 * @param plot the plot (its matrix: the PCA snapshots)
	 * @param result the run
	 * @param run the run's label
	 */
	public HiddenPcaScene(PlotDescriptor plot, RunResult result, String run) {
		this.title = plot.title() == null ? plot.id() : plot.title();
		this.run = run;
		String name = plot.matrixName() == null ? MATRIX : plot.matrixName();
		MatrixSnapshots all = result.snapshots() == null ? new MatrixSnapshots() : result.snapshots();
		this.snapshots = all.of(name);
		List<String> columns = List.of();
		for (MatrixDescriptor m : result.matrices() == null ? List.<MatrixDescriptor>of() : result.matrices()) {
			if (m.name().equals(name) && m.columnLabels() != null) {
				columns = m.columnLabels();
			}
		}
		this.pc1 = column(columns, "pc1", 0);
		this.pc2 = column(columns, "pc2", 1);
		this.length = column(columns, "length", 2);
		this.output = column(columns, "output", 3);
		this.epochs = new EpochIndex(List.of(snapshots));
	}

	private static int column(List<String> columns, String name, int fallback) {
		int i = columns.indexOf(name);
		return i >= 0 ? i : fallback;
	}

	@Override
	public EpochIndex epochs() {
		return epochs;
	}

	/** The points shown at a position, or null when nothing was recorded. */
	public Points points(int position) {
		DMatrixRMaj m = epochs.at(snapshots, position);
		if (m == null) {
			return null;
		}
		int n = m.numRows;
		double[] x = new double[n];
		double[] y = new double[n];
		int[] len = new int[n];
		int[] out = new int[n];
		for (int i = 0; i < n; i++) {
			x[i] = m.get(i, pc1);
			y[i] = m.numCols > pc2 ? m.get(i, pc2) : 0;
			len[i] = m.numCols > length && Double.isFinite(m.get(i, length)) ? (int) Math.round(m.get(i, length)) : -1;
			out[i] = m.numCols > output && Double.isFinite(m.get(i, output)) ? (int) Math.round(m.get(i, output)) : -1;
		}
		return new Points(x, y, len, out);
	}

	@Override
	public String caption(int position) {
		Points p = epochs.isEmpty() ? null : points(position);
		if (p == null) {
			return "no hidden-state PCA recorded yet";
		}
		int maxLength = 0;
		for (int l : p.length()) {
			maxLength = Math.max(maxLength, l);
		}
		return "epoch " + epochs.step(position) + ": " + p.size() + " analysis strings (length <= " + maxLength
				+ "), " + distinct(p, 0.01) + " distinct points at 1% of the spread";
	}

	/**
	 * The number of groups of points closer than {@code fraction} of the larger PC range to a group's first point
	 * (greedy, in row order): what the eye counts as separate points, the collapse onto the automaton's states.
	 */
	public static int distinct(Points p, double fraction) {
		double x0 = Double.POSITIVE_INFINITY;
		double x1 = Double.NEGATIVE_INFINITY;
		double y0 = Double.POSITIVE_INFINITY;
		double y1 = Double.NEGATIVE_INFINITY;
		for (int i = 0; i < p.size(); i++) {
			x0 = Math.min(x0, p.pc1()[i]);
			x1 = Math.max(x1, p.pc1()[i]);
			y0 = Math.min(y0, p.pc2()[i]);
			y1 = Math.max(y1, p.pc2()[i]);
		}
		double eps = fraction * Math.max(1e-300, Math.max(x1 - x0, y1 - y0));
		double[] gx = new double[p.size()];
		double[] gy = new double[p.size()];
		int groups = 0;
		for (int i = 0; i < p.size(); i++) {
			boolean found = false;
			for (int g = 0; g < groups && !found; g++) {
				found = Math.abs(p.pc1()[i] - gx[g]) <= eps && Math.abs(p.pc2()[i] - gy[g]) <= eps;
			}
			if (!found) {
				gx[groups] = p.pc1()[i];
				gy[groups] = p.pc2()[i];
				groups++;
			}
		}
		return groups;
	}

	/** The data-to-pixel scale of the plot area at a position, in a {@code width x height} drawing. */
	public ScatterScale scale(int position, int width, int height) {
		Points p = points(position);
		return ScatterScale.fit(p.pc1(), p.pc2(), LEFT, HEADER + 10, width - RIGHT, height - BOTTOM);
	}

	@Override
	public Drawing draw(int position, int width, int height, Palette palette) {
		Drawing drawing = new Drawing(width, height, palette.background());
		int fg = palette.foreground();
		String heading = run.isEmpty() ? title : title + " · " + run;
		drawing.add(new Drawing.Text(width / 2.0, 14, heading, Anchor.MIDDLE, true, fg, Drawing.NONE));
		Points p = epochs.isEmpty() ? null : points(position);
		if (p == null) {
			drawing.add(new Drawing.Text(width / 2.0, height / 2.0, "No snapshots of " + MATRIX + " recorded",
					Anchor.MIDDLE, false, fg, Drawing.NONE));
			return drawing;
		}
		ScatterScale s = scale(position, width, height);
		List<Double> xTicks = ScatterScale.ticks(s.xMin(), s.xMax(), 8);
		List<Double> yTicks = ScatterScale.ticks(s.yMin(), s.yMax(), 6);
		double xStep = xTicks.size() > 1 ? xTicks.get(1) - xTicks.get(0) : 1;
		double yStep = yTicks.size() > 1 ? yTicks.get(1) - yTicks.get(0) : 1;
		for (double t : xTicks) {
			double x = s.px(t);
			drawing.add(new Drawing.Line(x, s.top(), x, s.bottom(), palette.grid(), 1));
			drawing.add(new Drawing.Line(x, s.bottom(), x, s.bottom() + 5, fg, 1));
			drawing.add(new Drawing.Text(x, s.bottom() + 14, ScatterScale.label(t, xStep), Anchor.MIDDLE, false, fg,
					Drawing.NONE));
		}
		for (double t : yTicks) {
			double y = s.py(t);
			drawing.add(new Drawing.Line(s.left(), y, s.right(), y, palette.grid(), 1));
			drawing.add(new Drawing.Line(s.left() - 5, y, s.left(), y, fg, 1));
			drawing.add(new Drawing.Text(s.left() - 8, y, ScatterScale.label(t, yStep), Anchor.END, false, fg,
					Drawing.NONE));
		}
		double[] frame = { s.left(), s.top(), s.right(), s.top(), s.right(), s.bottom(), s.left(), s.bottom() };
		for (int k = 0; k < 4; k++) {
			drawing.add(new Drawing.Line(frame[2 * k], frame[2 * k + 1], frame[(2 * k + 2) % 8], frame[(2 * k + 3) % 8],
					fg, 1));
		}
		drawing.add(new Drawing.Text((s.left() + s.right()) / 2, height - 22, "PC 1 of the final hidden states",
				Anchor.MIDDLE, false, fg, Drawing.NONE));
		drawing.add(new Drawing.Text(8, s.top() - 10, "PC 2", Anchor.START, false, fg, Drawing.NONE));
		int outputs = 0;
		for (int i = 0; i < p.size(); i++) {
			if (Double.isFinite(p.pc1()[i]) && Double.isFinite(p.pc2()[i])) {
				int colour = p.output()[i] >= 0 ? palette.output(p.output()[i]) : fg;
				drawing.add(new Drawing.Circle(s.px(p.pc1()[i]), s.py(p.pc2()[i]), POINT, colour, Drawing.NONE));
			}
			outputs = Math.max(outputs, p.output()[i] + 1);
		}
		if (outputs > 0) {
			double x0 = s.right() - 102;
			double y0 = s.top() + 4;
			double y1 = s.top() + 24 + 18 * (outputs - 1);
			drawing.add(new Drawing.Polygon(new double[] { x0, y0, s.right() - 4, y0, s.right() - 4, y1, x0, y1 },
					palette.background()));
		}
		for (int o = 0; o < outputs; o++) {
			double x = s.right() - 90;
			double y = s.top() + 14 + o * 18;
			drawing.add(new Drawing.Circle(x, y, POINT + 1, palette.output(o), Drawing.NONE));
			drawing.add(new Drawing.Text(x + 10, y, "output " + o, Anchor.START, false, fg, palette.background()));
		}
		return drawing;
	}

	/** Rows {@code run,step,string,pc1,pc2,length,output}, every epoch. */
	@Override
	public void writeCsv(Appendable out) throws IOException {
		out.append("run,step,string,pc1,pc2,length,output\n");
		for (int position = 0; position < epochs.size(); position++) {
			Points p = points(position);
			for (int i = 0; i < p.size(); i++) {
				out.append(AutomatonScene.csv(run)).append(',').append(Long.toString(epochs.step(position))).append(',')
						.append(Integer.toString(i)).append(',').append(Double.toString(p.pc1()[i])).append(',')
						.append(Double.toString(p.pc2()[i])).append(',').append(Integer.toString(p.length()[i]))
						.append(',').append(Integer.toString(p.output()[i])).append('\n');
			}
		}
	}
}
