package org.plateau.family.rnn.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.plateau.family.rnn.ui.internal.TransitionGraph.Edge;

/** The layouts without a display: graphs, slider positions, scatter scaling. */
class GraphLayoutTest {

	private static final double W = 600;
	private static final double H = 520;

	/** Every state's circle lies inside the rectangle, and no two states' centres are closer than {@code minGap}. */
	private static void assertInsideAndApart(GraphLayout layout, double minGap) {
		int n = layout.graph().states();
		for (int s = 0; s < n; s++) {
			double r = layout.pr()[s];
			assertTrue(layout.px()[s] - r >= layout.x() && layout.px()[s] + r <= layout.x() + layout.width(),
					"state " + s + " x=" + layout.px()[s] + " leaves the panel");
			assertTrue(layout.py()[s] - r >= layout.y() && layout.py()[s] + r <= layout.y() + layout.height(),
					"state " + s + " y=" + layout.py()[s] + " leaves the panel");
		}
		for (int s = 0; s < n; s++) {
			for (int t = s + 1; t < n; t++) {
				double d = Math.hypot(layout.px()[s] - layout.px()[t], layout.py()[s] - layout.py()[t]);
				assertTrue(d >= minGap, "states " + s + " and " + t + " are " + d + " px apart, less than " + minGap);
			}
		}
	}

	/**
	 * Every edge is drawn once, from the border of its source state to the border of its target: a curve whose ends lie
	 * at distance r (start) and r + 1 (end) from the two centres, or, for a self-loop, a circle touching the state.
	 */
	private static void assertEveryTransitionDrawn(GraphLayout layout, Drawing drawing) {
		List<Drawing.Quad> curves = drawing.shapes(Drawing.Quad.class);
		List<Drawing.Circle> circles = drawing.shapes(Drawing.Circle.class);
		int loops = 0;
		int arrows = 0;
		int heads = 0;
		Set<Drawing.Quad> used = new HashSet<>();
		for (Edge e : layout.graph().edges()) {
			double r = layout.pr()[e.from()];
			double rb = layout.pr()[e.to()];
			heads += layout.hasHead(e.to()) ? 1 : 0;
			double ax = layout.px()[e.from()];
			double ay = layout.py()[e.from()];
			double bx = layout.px()[e.to()];
			double by = layout.py()[e.to()];
			if (e.from() == e.to()) {
				loops++;
				boolean found = false;
				for (Drawing.Circle c : circles) {
					double d = Math.hypot(c.x() - ax, c.y() - ay);
					// a loop circle (no fill) crossing the state's border
					found |= c.fill() == Drawing.NONE && d > r * 0.5 && d < r + c.r() && d + c.r() > r;
				}
				assertTrue(found, "no loop drawn at state " + e.from());
				continue;
			}
			arrows++;
			Drawing.Quad match = null;
			for (Drawing.Quad q : curves) {
				if (!used.contains(q) && Math.abs(Math.hypot(q.x1() - ax, q.y1() - ay) - r) < 1e-6
						&& Math.abs(Math.hypot(q.x2() - bx, q.y2() - by) - (rb + 1)) < 1e-6) {
					match = q;
					break;
				}
			}
			assertTrue(match != null, "transition " + e + " is not drawn");
			used.add(match);
		}
		assertEquals(arrows, curves.size(), "one curve per edge between two states");
		// one head per edge and per loop into a state large enough to show it, and the start arrow's
		assertEquals(heads + 1, drawing.shapes(Drawing.Polygon.class).size());
		if (layout.labelled()) {
			assertEquals(arrows + loops, heads);
		}
	}

	@Test
	void parityAutomatonOnACircleWithLabelledTransitions() {
		TransitionGraph g = TransitionGraph.of(RnnRuns.parityAutomaton(), new String[] { "0", "1" },
				new DMatrixRMaj(new double[][] { { 0 }, { 1 } }));
		assertEquals(2, g.states());
		assertEquals(4, g.transitions());
		assertTrue(g.finite());
		assertEquals(List.of(new Edge(0, 0, "0"), new Edge(0, 1, "1"), new Edge(1, 0, "1"), new Edge(1, 1, "0")),
				g.edges().stream().sorted((p, q) -> p.from() != q.from() ? p.from() - q.from() : p.to() - q.to()).toList());
		GraphLayout layout = GraphLayout.of(g, 10, 40, W, H);
		assertTrue(layout.labelled());
		assertInsideAndApart(layout, 2 * layout.radius());
		Drawing drawing = new Drawing(700, 600, 0xFFFFFF);
		layout.draw(drawing, Palette.LIGHT, List.of());
		assertEveryTransitionDrawn(layout, drawing);
		List<String> texts = drawing.shapes(Drawing.Text.class).stream().map(Drawing.Text::text).toList();
		// state names and each edge's symbol
		assertTrue(texts.containsAll(List.of("s0", "s1")), texts.toString());
		assertEquals(2, texts.stream().filter("0"::equals).count(), "the two self-loops on 0: " + texts);
		assertEquals(2, texts.stream().filter("1"::equals).count(), "the two arrows on 1: " + texts);
		// filled by output: state 0 (even) in output 0's tint, state 1 in output 1's
		List<Drawing.Circle> states = drawing.shapes(Drawing.Circle.class).stream()
				.filter(c -> c.fill() != Drawing.NONE).toList();
		assertEquals(GraphLayout.stateFill(Palette.LIGHT, 0), states.get(0).fill());
		assertEquals(GraphLayout.stateFill(Palette.LIGHT, 1), states.get(1).fill());
		// names in dark ink on the light fills, in light ink on a dark fill (the dark theme's blank states)
		for (Drawing.Text t : drawing.shapes(Drawing.Text.class)) {
			if (t.text().startsWith("s")) {
				assertEquals(0x202020, t.colour(), t.text());
			}
		}
		assertEquals(0xF0F0F0, GraphLayout.ink(0x3A3D44));
	}

	@Test
	void twentyOneStatesStillOnACircleApart() {
		TransitionGraph g = TransitionGraph.of(RnnRuns.treeMinimal(RnnRuns.TREE_DEPTH), new String[] { "0", "1" }, null);
		assertEquals(21, g.states());
		// the 1 + 2*9 states of length < 10 have both transitions, the 2 of length 10 none
		assertEquals(38, g.transitions());
		assertFalse(g.finite());
		GraphLayout layout = GraphLayout.of(g, 0, 0, 460, 520);
		assertTrue(layout.labelled());
		assertInsideAndApart(layout, 3 * layout.radius());
		Drawing drawing = new Drawing(460, 520, 0xFFFFFF);
		layout.draw(drawing, Palette.LIGHT, List.of());
		assertEveryTransitionDrawn(layout, drawing);
	}

	@Test
	void treeOf2047StatesByDepthBreadthFirst() {
		TransitionGraph g = TransitionGraph.of(RnnRuns.tree(RnnRuns.TREE_DEPTH), new String[] { "0", "1" }, null);
		assertEquals(2047, g.states());
		assertEquals(2046, g.transitions());
		assertFalse(g.finite());
		int[] depth = g.depths();
		for (int s = 0; s < g.states(); s++) {
			assertEquals(RnnRuns.length(s), depth[s], "depth of state " + s + " = length of its string");
		}
		// breadth first from 0 over the symbols in order: the tree's own numbering
		int[] order = g.breadthFirstOrder();
		for (int s = 0; s < g.states(); s++) {
			assertEquals(s, order[s]);
		}
		double width = 740;
		GraphLayout layout = GraphLayout.of(g, 0, 50, width, 520);
		assertFalse(layout.labelled());
		// 1024 leaves in one row of 740 - 32 px: 0.69 px apart, distinct
		assertInsideAndApart(layout, 0.69);
		// rows of few states have visible circles with arrows, the crowded rows dots
		assertEquals(6, layout.pr()[0], 1e-12);
		assertEquals(0.8, layout.pr()[2046], 1e-12);
		assertTrue(layout.hasHead(1) && !layout.hasHead(2046));
		TreeMap<Double, Integer> rows = new TreeMap<>();
		for (int s = 0; s < g.states(); s++) {
			rows.merge(layout.py()[s], 1, Integer::sum);
		}
		assertEquals(11, rows.size(), "one row per length 0..10");
		int d = 0;
		for (int count : rows.values()) {
			assertEquals(1 << d++, count, "row of length " + (d - 1));
		}
		for (int s = 1; s < g.states(); s++) {
			int parent = (s - 1) / 2;
			assertTrue(layout.py()[s] > layout.py()[parent], "a child below its parent");
			if (depth[s] == depth[s - 1]) {
				// left to right in breadth-first order, so the children of a state stay under it: no crossings
				assertTrue(layout.px()[s] > layout.px()[s - 1]);
			}
		}
		Drawing drawing = new Drawing((int) width, 600, 0xFFFFFF);
		layout.draw(drawing, Palette.LIGHT, List.of());
		assertEveryTransitionDrawn(layout, drawing);
		assertTrue(drawing.shapes(Drawing.Text.class).isEmpty(), "no labels on a 2047-state tree");
	}

	@Test
	void unreachableStatesGoBelowTheDeepest() {
		// 0 -> 1 on both symbols, 1 -> 1; state 2 not reachable
		DMatrixRMaj m = new DMatrixRMaj(new double[][] { { 1, 1 }, { 1, 1 }, { 0, Double.NaN } });
		TransitionGraph g = TransitionGraph.of(m, null, null);
		assertEquals(List.of(new Edge(0, 1, "0,1"), new Edge(1, 1, "0,1"), new Edge(2, 0, "0")), g.edges());
		assertEquals(List.of(0, 1, 2), java.util.Arrays.stream(g.depths()).boxed().toList());
		assertFalse(g.finite());
	}

	@Test
	void sliderPositionsAreTheUnionOfEpochs() {
		TreeMap<Long, String> a = new TreeMap<>();
		a.put(5L, "a5");
		a.put(50L, "a50");
		TreeMap<Long, String> b = new TreeMap<>();
		b.put(20L, "b20");
		b.put(50L, "b50");
		EpochIndex epochs = new EpochIndex(List.of(a, b));
		assertEquals(List.of(5L, 20L, 50L), epochs.steps());
		assertEquals("a5", epochs.at(a, 1), "a at epoch 20: its snapshot of epoch 5");
		assertNull(epochs.at(b, 0), "b had no snapshot by epoch 5");
		assertEquals("b50", epochs.at(b, 2));
		assertEquals(1, epochs.position(49));
		assertEquals(0, epochs.position(0));
		// the data grow: a slider on the last epoch follows, one elsewhere stays on its epoch
		a.put(80L, "a80");
		EpochIndex grown = new EpochIndex(List.of(a, b));
		assertEquals(3, grown.follow(epochs, 2));
		assertEquals(1, grown.follow(epochs, 1));
		assertEquals(3, grown.follow(null, 0));
	}

	@Test
	void scatterScaleKeepsEveryPointInsideWithFivePercentPadding() {
		double[] x = { -2, 0, 3 };
		double[] y = { 1, 1.5, 2 };
		ScatterScale s = ScatterScale.fit(x, y, 70, 40, 670, 440);
		for (int i = 0; i < x.length; i++) {
			assertTrue(s.px(x[i]) > 70 && s.px(x[i]) < 670);
			assertTrue(s.py(y[i]) > 40 && s.py(y[i]) < 440);
		}
		// x binds (5.5 data units over 600 px against 1.1 over 400): padded by 0.25 each side, -2 is 0.25/5.5 of 600 px
		// from the left
		assertEquals(70 + 600 * 0.25 / 5.5, s.px(-2), 1e-9);
		// the same units per pixel on y, centred: y = 1.5 mid-height, y = 1 lower by 0.5 * 600 / 5.5 px
		assertEquals(240, s.py(1.5), 1e-9);
		assertEquals(240 + 0.5 * 600 / 5.5, s.py(1), 1e-9, "y up: the smaller y lower");
		assertEquals((s.xMax() - s.xMin()) / 600, (s.yMax() - s.yMin()) / 400, 1e-12);
		// one value: a unit interval around it
		ScatterScale flat = ScatterScale.fit(new double[] { 4, 4 }, new double[] { Double.NaN, 1 }, 0, 0, 100, 100);
		assertEquals(50, flat.px(4), 1e-9);
		assertEquals(List.of(-2.0, -1.0, 0.0, 1.0, 2.0, 3.0), ScatterScale.ticks(-2.2, 3.2, 6));
		assertEquals("0.5", ScatterScale.label(0.5, 0.1));
	}

	@Test
	void collapsedHiddenStatesAreTwoDistinctPoints() {
		HiddenPcaScene scene = new HiddenPcaScene(new HiddenPcaPlotKind().plotsFor(RnnRuns.parityRun()).get(0),
				RnnRuns.parityRun(), "");
		assertEquals(List.of(5L, 50L, 200L), scene.epochs().steps());
		HiddenPcaScene.Points tree = scene.points(0);
		assertEquals(2047, tree.size());
		// a tree: every string of length <= 10 at its own place (pc1 = signed sum of 0.45^k differs for every string
		// of the same length, pc2 = 0.15 length separates the lengths)
		assertEquals(2047, HiddenPcaScene.distinct(tree, 1e-4));
		// collapsed onto the parity automaton's two states: points within 1% of +-1
		assertEquals(2, HiddenPcaScene.distinct(scene.points(2), 0.02));
		assertEquals("epoch 200: 2047 analysis strings (length <= 10), 2 distinct points at 1% of the spread",
				scene.caption(2));
	}
}
