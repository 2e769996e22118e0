package org.plateau.figures.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.QuadCurve2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

import org.ejml.data.DMatrixRMaj;
import org.plateau.core.family.PlotDescriptor;
import org.plateau.core.run.RunResult;
import org.plateau.figures.Figure;

/**
 * A {@link PlotDescriptor#STATE_GRAPH} plot: the automaton of the last snapshot of a transition matrix (entry (s, a) is
 * the state reached from s on symbol a), its states on a circle, each transition an arrow labelled with its symbols,
 * the start state (0) marked by an arrow from outside, e.g. the automaton extracted from an RNN's hidden states.
 */
final class StateGraphFigure implements Figure {

	private static final int WIDTH = 900;
	private static final int HEIGHT = 820;
	private static final int MARGIN = 24;
	private static final double NODE = 26;

	/** The transitions from one state to another, with the symbols that take them. */
	record Edge(int from, int to, String symbols) {
	}

	private final String title;
	private final String subtitle;
	private final List<String> states = new ArrayList<>();
	private final List<Edge> edges = new ArrayList<>();

	StateGraphFigure(PlotDescriptor plot, RunResult result) {
		this.title = plot.title();
		NavigableMap<Long, DMatrixRMaj> snapshots = result.snapshots().of(plot.matrixName());
		DMatrixRMaj transitions = snapshots.isEmpty() ? new DMatrixRMaj(0, 0) : snapshots.lastEntry().getValue();
		String[] symbols = plot.option("symbols", "").isEmpty() ? new String[0] : plot.option("symbols", "").split(",");
		String[] names = plot.option("states", "").isEmpty() ? new String[0] : plot.option("states", "").split(",");
		for (int s = 0; s < transitions.numRows; s++) {
			states.add(s < names.length ? names[s] : "s" + s);
		}
		Map<List<Integer>, List<String>> grouped = new LinkedHashMap<>();
		for (int s = 0; s < transitions.numRows; s++) {
			for (int a = 0; a < transitions.numCols; a++) {
				double target = transitions.get(s, a);
				if (Double.isFinite(target) && target >= 0 && Math.round(target) < transitions.numRows) {
					grouped.computeIfAbsent(List.of(s, (int) Math.round(target)), k -> new ArrayList<>())
							.add(a < symbols.length ? symbols[a] : Integer.toString(a));
				}
			}
		}
		grouped.forEach((pair, on) -> edges.add(new Edge(pair.get(0), pair.get(1), String.join(",", on))));
		String experiment = FigureStyle.experimentName(result);
		this.subtitle = (experiment.isEmpty() ? "" : experiment + " · ") + states.size() + " states, " + edges.size()
				+ " transitions" + (snapshots.isEmpty() ? "" : " · step " + snapshots.lastKey());
	}

	/** For tests: the transitions drawn. */
	List<Edge> edges() {
		return List.copyOf(edges);
	}

	@Override
	public int width() {
		return WIDTH;
	}

	@Override
	public int height() {
		return HEIGHT;
	}

	private double[] position(int state) {
		double cx = WIDTH / 2.0;
		double cy = (HEIGHT + 80) / 2.0;
		double radius = states.size() == 1 ? 0 : Math.min(WIDTH, HEIGHT - 120) / 2.0 - 90;
		double angle = -Math.PI / 2 + 2 * Math.PI * state / Math.max(1, states.size());
		return new double[] { cx + radius * Math.cos(angle), cy + radius * Math.sin(angle) };
	}

	@Override
	public void paint(Graphics2D g2) {
		FigureStyle.paintHeading(g2, WIDTH, HEIGHT, title, subtitle);
		if (states.isEmpty()) {
			g2.setColor(FigureStyle.WARNING_TEXT);
			g2.drawString("no snapshot of the transitions was recorded: set the experiment's snapshot steps", MARGIN, 110);
			return;
		}
		g2.setStroke(new BasicStroke(1.8f));
		g2.setFont(FigureStyle.LEGEND_FONT);
		for (Edge edge : edges) {
			double[] a = position(edge.from());
			double[] b = position(edge.to());
			g2.setColor(FigureStyle.seriesColour(0));
			if (edge.from() == edge.to()) {
				// a loop outside the circle of states
				double cx = WIDTH / 2.0;
				double cy = (HEIGHT + 80) / 2.0;
				double dx = a[0] - cx;
				double dy = a[1] - cy;
				double norm = Math.max(1e-9, Math.hypot(dx, dy));
				double ux = states.size() == 1 ? 0 : dx / norm;
				double uy = states.size() == 1 ? -1 : dy / norm;
				double lx = a[0] + ux * (NODE + 14);
				double ly = a[1] + uy * (NODE + 14);
				g2.draw(new Ellipse2D.Double(lx - 16, ly - 16, 32, 32));
				label(g2, edge.symbols(), lx + ux * 30, ly + uy * 30);
				continue;
			}
			boolean reverse = edges.stream().anyMatch(e -> e.from() == edge.to() && e.to() == edge.from());
			double mx = (a[0] + b[0]) / 2;
			double my = (a[1] + b[1]) / 2;
			double length = Math.max(1e-9, Math.hypot(b[0] - a[0], b[1] - a[1]));
			double nx = -(b[1] - a[1]) / length;
			double ny = (b[0] - a[0]) / length;
			double bend = reverse ? 40 : 0;
			double qx = mx + nx * bend;
			double qy = my + ny * bend;
			double[] start = towards(a, qx, qy, NODE);
			double[] end = towards(b, qx, qy, NODE + 2);
			g2.draw(new QuadCurve2D.Double(start[0], start[1], qx, qy, end[0], end[1]));
			arrowHead(g2, qx, qy, end[0], end[1]);
			label(g2, edge.symbols(), mx + nx * (bend / 2 + 14), my + ny * (bend / 2 + 14));
		}
		// the start state
		double[] first = position(0);
		double[] from = { first[0] - NODE - 50, first[1] };
		g2.setColor(FigureStyle.TEXT);
		g2.drawLine((int) from[0], (int) from[1], (int) (first[0] - NODE - 2), (int) first[1]);
		arrowHead(g2, from[0], from[1], first[0] - NODE - 2, first[1]);
		for (int s = 0; s < states.size(); s++) {
			double[] p = position(s);
			Ellipse2D node = new Ellipse2D.Double(p[0] - NODE, p[1] - NODE, 2 * NODE, 2 * NODE);
			g2.setColor(new Color(245, 245, 245));
			g2.fill(node);
			g2.setColor(FigureStyle.TEXT);
			g2.draw(node);
			label(g2, states.get(s), p[0], p[1]);
		}
	}

	private static double[] towards(double[] centre, double x, double y, double distance) {
		double dx = x - centre[0];
		double dy = y - centre[1];
		double norm = Math.max(1e-9, Math.hypot(dx, dy));
		return new double[] { centre[0] + dx / norm * distance, centre[1] + dy / norm * distance };
	}

	private static void arrowHead(Graphics2D g2, double fromX, double fromY, double x, double y) {
		double angle = Math.atan2(y - fromY, x - fromX);
		Path2D head = new Path2D.Double();
		head.moveTo(x, y);
		head.lineTo(x - 12 * Math.cos(angle - 0.4), y - 12 * Math.sin(angle - 0.4));
		head.lineTo(x - 12 * Math.cos(angle + 0.4), y - 12 * Math.sin(angle + 0.4));
		head.closePath();
		g2.fill(head);
	}

	private static void label(Graphics2D g2, String text, double x, double y) {
		FontMetrics metrics = g2.getFontMetrics();
		Color colour = g2.getColor();
		g2.setColor(FigureStyle.TEXT);
		g2.drawString(text, (float) (x - metrics.stringWidth(text) / 2.0), (float) (y + metrics.getAscent() / 2.0 - 2));
		g2.setColor(colour);
	}
}
