package org.plateau.family.rnn.ui.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.plateau.family.rnn.ui.internal.Drawing.Anchor;
import org.plateau.family.rnn.ui.internal.TransitionGraph.Edge;

/**
 * Where the states of an automaton go in a rectangle, and the drawing of its transitions. Up to
 * {@value #CIRCLE_MAX} states: on a circle, named, edges as labelled arrows (curved when both directions exist),
 * self-loops outside the circle. More (the tree-like automata of early training, up to the 2047 analysis strings of
 * length &lt;= 10): by depth from the start state, breadth first, one row per depth, small circles without labels and
 * thin arrows, so that a tree reads as a tree and merged branches as edges going back up.
 *
 * @param graph the automaton
 * @param x the rectangle's left
 * @param y its top
 * @param width its width
 * @param height its height
 * @param px state centres, x
 * @param py state centres, y
 * @param radius the largest state's radius
 * @param pr each state's radius (in the depth layout, a row of few states has larger circles than a crowded one)
 * @param labelled whether states and transitions are labelled (the circle layout)
 */
public record GraphLayout(TransitionGraph graph, double x, double y, double width, double height, double[] px,
		double[] py, double radius, double[] pr, boolean labelled) {

	/** The most states laid out on a circle with labels. */
	public static final int CIRCLE_MAX = 30;

	/** The room kept free around the circle for self-loops, their labels and the start arrow. */
	private static final double RIM = 58;

	/** Lays a graph out in a rectangle: on a circle up to {@value #CIRCLE_MAX} states, else by depth. */
	public static GraphLayout of(TransitionGraph graph, double x, double y, double width, double height) {
		int n = graph.states();
		double[] px = new double[n];
		double[] py = new double[n];
		if (n == 0) {
			return new GraphLayout(graph, x, y, width, height, px, py, 0, new double[0], true);
		}
		if (n <= CIRCLE_MAX) {
			double cx = x + width / 2;
			double cy = y + height / 2;
			double ring = n == 1 ? 0 : Math.max(10, Math.min(width, height) / 2 - RIM);
			// neighbours on the ring are 2 ring sin(pi/n) apart: states of radius r keep a gap of at least r
			double r = n == 1 ? 22 : Math.max(9, Math.min(22, ring * Math.sin(Math.PI / n) / 1.55));
			for (int s = 0; s < n; s++) {
				// state 0 on the left, where the start arrow comes in; the others clockwise
				double angle = Math.PI + 2 * Math.PI * s / n;
				px[s] = cx + ring * Math.cos(angle);
				py[s] = cy + ring * Math.sin(angle);
			}
			double[] pr = new double[n];
			java.util.Arrays.fill(pr, r);
			return new GraphLayout(graph, x, y, width, height, px, py, r, pr, true);
		}
		int[] depth = graph.depths();
		int layers = 0;
		for (int d : depth) {
			layers = Math.max(layers, d + 1);
		}
		int[] count = new int[layers];
		for (int d : depth) {
			count[d]++;
		}
		int widest = 0;
		for (int c : count) {
			widest = Math.max(widest, c);
		}
		double margin = 16;
		double rowGap = layers == 1 ? height : (height - 2 * margin) / (layers - 1);
		int[] placed = new int[layers];
		double[] pr = new double[n];
		double r = 0;
		// breadth-first order keeps each state's children together, under it: no crossings within a tree
		for (int s : graph.breadthFirstOrder()) {
			int d = depth[s];
			double slot = (width - 2 * margin) / count[d];
			px[s] = x + margin + (placed[d]++ + 0.5) * slot;
			py[s] = layers == 1 ? y + height / 2 : y + margin + d * rowGap;
			pr[s] = Math.max(0.8, Math.min(6, Math.min(rowGap, slot) * 0.35));
			r = Math.max(r, pr[s]);
		}
		return new GraphLayout(graph, x, y, width, height, px, py, r, pr, false);
	}

	/** The smallest state (radius, pixels) of the depth layout whose incoming arrows get a head. */
	public static final double HEAD_MIN_RADIUS = 1.5;

	/** Whether an arrow into {@code state} has a head (always on the circle; in the depth layout, if it is visible). */
	public boolean hasHead(int state) {
		return labelled || pr[state] >= HEAD_MIN_RADIUS;
	}

	/**
	 * Draws the automaton: edges first, then the start arrow, then the states (filled by output when known) and, in
	 * the circle layout, their names, then the edges' symbols on top so that no state hides them.
	 *
	 * @param names the states' names (missing ones are {@code s<i>})
	 */
	public void draw(Drawing drawing, Palette palette, List<String> names) {
		int n = graph.states();
		if (n == 0) {
			return;
		}
		int[] outputs = graph.outputs();
		int edgeColour = labelled ? palette.foreground() : Palette.lighter(palette.foreground(), 0.45);
		List<Drawing.Text> labels = new ArrayList<>();
		Set<Long> pairs = new HashSet<>();
		for (Edge e : graph.edges()) {
			pairs.add((long) e.from() * n + e.to());
		}
		double cx = x + width / 2;
		double cy = y + height / 2;
		for (Edge e : graph.edges()) {
			double ax = px[e.from()];
			double ay = py[e.from()];
			double ra = pr[e.from()];
			double rb = pr[e.to()];
			double lineWidth = labelled ? 1.6 : rb >= 3 ? 1 : 0.6;
			double head = labelled ? 10 : Math.min(7, 1.8 * rb);
			if (e.from() == e.to()) {
				// a loop outside: away from the circle's centre, or above a state of the depth layout
				double ux = 0;
				double uy = -1;
				if (labelled && n > 1) {
					double norm = Math.hypot(ax - cx, ay - cy);
					ux = (ax - cx) / norm;
					uy = (ay - cy) / norm;
				}
				double loop = labelled ? 13 : Math.max(1.5, ra * 0.8);
				double lx = ax + ux * (ra + loop * 0.7);
				double ly = ay + uy * (ra + loop * 0.7);
				drawing.add(new Drawing.Circle(lx, ly, loop, Drawing.NONE, edgeColour));
				if (hasHead(e.to())) {
					// the head where the loop re-enters the state, turned from the loop's axis away from the start arrow
					double tx = ax + (ux * Math.cos(-0.75) - uy * Math.sin(-0.75)) * ra;
					double ty = ay + (ux * Math.sin(-0.75) + uy * Math.cos(-0.75)) * ra;
					drawing.arrowHead(tx + (tx - ax) / ra * head, ty + (ty - ay) / ra * head, tx, ty, head * 0.9,
							edgeColour);
				}
				if (labelled) {
					labels.add(new Drawing.Text(lx + ux * (loop + 10), ly + uy * (loop + 9), e.symbols(), Anchor.MIDDLE,
							false, palette.foreground(), palette.background()));
				}
				continue;
			}
			double bx = px[e.to()];
			double by = py[e.to()];
			double length = Math.max(1e-9, Math.hypot(bx - ax, by - ay));
			double nx = -(by - ay) / length;
			double ny = (bx - ax) / length;
			boolean reverse = pairs.contains((long) e.to() * n + e.from());
			double bend = labelled ? bend(e, reverse ? Math.min(40, 0.18 * length) : 0, nx, ny) : 0;
			double qx = (ax + bx) / 2 + nx * bend;
			double qy = (ay + by) / 2 + ny * bend;
			double[] start = towards(ax, ay, qx, qy, ra);
			double[] end = towards(bx, by, qx, qy, rb + 1);
			drawing.add(new Drawing.Quad(start[0], start[1], qx, qy, end[0], end[1], edgeColour, lineWidth));
			if (hasHead(e.to())) {
				drawing.arrowHead(qx, qy, end[0], end[1], head, edgeColour);
			}
			if (labelled) {
				// on the curve, a little to its side when it is one of a pair: the middle, or the point nearest to it
				// that is clear of the states and of the labels placed before
				double side = reverse ? 11 : 0;
				double[] at = null;
				for (double t : LABEL_POSITIONS) {
					double u = 1 - t;
					double lx = u * u * start[0] + 2 * t * u * qx + t * t * end[0] + nx * side;
					double ly = u * u * start[1] + 2 * t * u * qy + t * t * end[1] + ny * side;
					if (at == null) {
						at = new double[] { lx, ly };
					}
					if (clear(lx, ly, labels)) {
						at = new double[] { lx, ly };
						break;
					}
				}
				labels.add(new Drawing.Text(at[0], at[1], e.symbols(), Anchor.MIDDLE, false, palette.foreground(),
						palette.background()));
			}
		}
		// the start state: an arrow from outside, from the upper left on the circle (its self-loop points left)
		double dx = -1;
		double dy = 0;
		if (labelled && n > 1) {
			dx = -Math.cos(Math.PI / 3);
			dy = -Math.sin(Math.PI / 3);
		}
		double length = labelled ? 34 : Math.max(12, 4 * pr[0]);
		double tipX = px[0] + dx * (pr[0] + 1);
		double tipY = py[0] + dy * (pr[0] + 1);
		double tailX = tipX + dx * length;
		double tailY = tipY + dy * length;
		drawing.add(new Drawing.Line(tailX, tailY, tipX, tipY, palette.foreground(), labelled ? 2 : 1.2));
		drawing.arrowHead(tailX, tailY, tipX, tipY, labelled ? 10 : 6, palette.foreground());
		for (int s = 0; s < n; s++) {
			if (labelled) {
				int fill = outputs != null && outputs[s] >= 0 ? stateFill(palette, outputs[s]) : palette.node();
				drawing.add(new Drawing.Circle(px[s], py[s], pr[s], fill, palette.foreground()));
				String name = s < names.size() ? names.get(s) : "s" + s;
				drawing.add(new Drawing.Text(px[s], py[s], name, Anchor.MIDDLE, s == 0, ink(fill), Drawing.NONE));
			} else {
				int colour = outputs != null && outputs[s] >= 0 ? palette.output(outputs[s]) : palette.foreground();
				drawing.add(new Drawing.Circle(px[s], py[s], pr[s], colour, s == 0 ? palette.foreground() : Drawing.NONE));
			}
		}
		labels.forEach(drawing::add);
	}

	/**
	 * How far an edge's curve bends (its control point's offset from the chord's middle along the normal): the least
	 * bend, from {@code base} outwards (both ways when base is 0), whose curve keeps at least 6 px off every other
	 * state, so that an edge never runs under a state it does not touch (on a circle, the chord from state k to k + 2
	 * passes right under state k + 1); the clearest one tried when none does.
	 */
	private double bend(Edge e, double base, double nx, double ny) {
		double ax = px[e.from()];
		double ay = py[e.from()];
		double bx = px[e.to()];
		double by = py[e.to()];
		double best = base;
		double bestClearance = Double.NEGATIVE_INFINITY;
		for (int k = 0; k <= 24; k++) {
			double step = 8 * ((k + 1) / 2);
			double b = base > 0 ? base + 8 * k : (k % 2 == 1 ? step : -step);
			double qx = (ax + bx) / 2 + nx * b;
			double qy = (ay + by) / 2 + ny * b;
			double clearance = Double.POSITIVE_INFINITY;
			for (int i = 1; i < 16; i++) {
				double t = i / 16.0;
				double u = 1 - t;
				double cx = u * u * ax + 2 * t * u * qx + t * t * bx;
				double cy = u * u * ay + 2 * t * u * qy + t * t * by;
				for (int s = 0; s < px.length; s++) {
					if (s != e.from() && s != e.to()) {
						clearance = Math.min(clearance, Math.hypot(cx - px[s], cy - py[s]) - pr[s]);
					}
				}
			}
			if (clearance >= 6) {
				return b;
			}
			if (clearance > bestClearance) {
				bestClearance = clearance;
				best = b;
			}
		}
		return best;
	}

	/** Where on an edge (curve parameter) its label may go, best first. */
	private static final double[] LABEL_POSITIONS = { 0.5, 0.4, 0.6, 0.32, 0.68, 0.25, 0.75 };

	/** Whether a label centred at (lx, ly) keeps off every state's circle and every label placed before. */
	private boolean clear(double lx, double ly, List<Drawing.Text> placed) {
		for (int s = 0; s < px.length; s++) {
			if (Math.abs(lx - px[s]) < pr[s] + 8 && Math.abs(ly - py[s]) < pr[s] + 8) {
				return false;
			}
		}
		for (Drawing.Text t : placed) {
			if (Math.abs(lx - t.x()) < 14 && Math.abs(ly - t.y()) < 14) {
				return false;
			}
		}
		return true;
	}

	/** Dark text on a light fill, light text on a dark one (relative luminance, ITU-R BT.709 weights). */
	static int ink(int fill) {
		double luminance = (0.2126 * ((fill >> 16) & 0xFF) + 0.7152 * ((fill >> 8) & 0xFF) + 0.0722 * (fill & 0xFF)) / 255;
		return luminance > 0.5 ? 0x202020 : 0xF0F0F0;
	}

	/** The fill of a state of some output in the circle layout: its output's colour, light enough for its name. */
	static int stateFill(Palette palette, int output) {
		return Palette.lighter(palette.output(output), 0.55);
	}

	private static double[] towards(double cx, double cy, double x, double y, double distance) {
		double dx = x - cx;
		double dy = y - cy;
		double norm = Math.max(1e-9, Math.hypot(dx, dy));
		return new double[] { cx + dx / norm * distance, cy + dy / norm * distance };
	}
}
