package org.plateau.ui.internal.plots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.plateau.core.family.PlotDescriptor;
import org.plateau.core.run.RunResult;
import org.plateau.plots.transitions.internal.LearningSpeedPlotKind;
import org.plateau.ui.internal.UiTestSupport;
import org.plateau.ui.plots.Curve;
import org.plateau.ui.plots.CurvesPlot;
import org.plateau.ui.plots.Plot;
import org.plateau.ui.plots.PlotTheme;
import org.plateau.ui.plots.PlottedRun;

/** The example plot kind of org.plateau.plots.transitions, found through the extension point. */
class LearningSpeedPlotKindTest {

	private static final String KIND = "org.plateau.plots.transitions.learningSpeed";

	@Test
	void threePointDifferencesAreExactForQuadratics() {
		// uneven spacing on purpose: the three-point formulas are exact for t², so only rounding remains
		double[] t = { 0, 0.1, 0.3, 0.35, 0.8, 1.0, 1.7, 2.0 };
		double[] v = new double[t.length];
		for (int i = 0; i < t.length; i++) {
			v[i] = t[i] * t[i];
		}
		double[] d = LearningSpeedPlotKind.derivative(t, v);
		for (int i = 0; i < t.length; i++) {
			// rounding of differences of values <= 4 over spacings >= 0.05: far below 1e-12
			assertEquals(2 * t[i], d[i], 1e-12, "d/dt t² at t = " + t[i]);
		}
	}

	@Test
	void secondOrderOnASmoothCurve() {
		int n = 201;
		double h = 0.01;
		double[] t = new double[n];
		double[] v = new double[n];
		for (int i = 0; i < n; i++) {
			t[i] = i * h;
			v[i] = Math.sin(t[i]);
		}
		double[] d = LearningSpeedPlotKind.derivative(t, v);
		for (int i = 0; i < n; i++) {
			// truncation error h²/6·|f'''| inside, h²/3·|f'''| at the ends: at most 3.4e-5 for sin with h = 0.01
			assertEquals(Math.cos(t[i]), d[i], 4e-5, "at t = " + t[i]);
		}
	}

	@Test
	void derivedPlotsOfTheRunsCurvesButNotOfTheLossAlone() {
		PlotKindRegistry.Entry entry = PlotKindRegistry.fromPlatform().kind(KIND)
				.orElseThrow(() -> new AssertionError("the example bundle contributes " + KIND));
		assertEquals(50, entry.order());
		RunResult run = PlotsTestData.run("run");
		List<PlotDescriptor> plots = PlotKindRegistry.plotsFor(entry, run);
		assertEquals(1, plots.size(), "modes only, not the loss: " + plots);
		PlotDescriptor speed = plots.get(0);
		assertEquals("speed-modes", speed.id());
		assertEquals("Learning speed d/dt of: Mode strengths", speed.title());
		assertEquals("d/dt", speed.yLabel());
		assertEquals(PlotsTestData.TIME_SCALE, speed.timeScale());

		Shell shell = new Shell(Display.getCurrent());
		try {
			shell.setLayout(new FillLayout());
			shell.setSize(1000, 700);
			Plot plot = PlotKindRegistry.create(entry, shell, speed, () -> PlotTheme.LIGHT).orElseThrow();
			shell.open();
			plot.show(List.of(new PlottedRun("run", run, false)));
			shell.layout();
			UiTestSupport.settle(100);
			List<Curve> curves = ((CurvesPlot) plot).curves();
			assertEquals(4, curves.size());
			for (Curve curve : curves) {
				boolean a1 = curve.series().equals("a_1");
				for (int i = 0; i < curve.size(); i++) {
					double expected = a1 ? 2 * curve.times()[i] : 1;
					// a1 = t² (+0.01 in theory), a2 = t - 1: exact for the three-point formulas up to rounding
					assertEquals(expected, curve.values()[i], 1e-9, curve.source() + " " + curve.series());
				}
				assertEquals(!curve.isSimulation(), curve.dashed());
			}
			assertTrue(curves.stream().anyMatch(c -> c.source().equals(PlotsTestData.CLOSED_FORM)));
			UiTestSupport.screenshot(shell, "plots-learning-speed.png");
		} finally {
			shell.dispose();
		}
	}
}
