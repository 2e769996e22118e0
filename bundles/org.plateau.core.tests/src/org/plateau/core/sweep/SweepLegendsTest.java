package org.plateau.core.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.plateau.core.family.MetricDescriptor;
import org.plateau.core.family.MetricDescriptor.Summary;
import org.plateau.core.family.TheoryPrediction;
import org.plateau.core.figures.ParameterPlot.Series;
import org.plateau.core.figures.ParameterPlot.Style;

/**
 * What the sweep figures' legends say (issue 19, item 4): theories by name without their citation, not by id; a
 * summary by what the family says it means; and no theory line hidden under an identical one.
 */
class SweepLegendsTest {

	@Test
	void aTheoryIsNamedWithoutTheCitationItsLabelEndsWith() {
		assertEquals("closed form", TheoryPrediction.shortLabel("closed form (Saxe et al. 2014, eq. 7)"));
		assertEquals("Riccati solution", TheoryPrediction.shortLabel("Riccati solution (Dominé et al. 2024, eq. 12)"));
		assertEquals("exact: w(t) = s + (w0 - s)(1 - eta)^t",
				TheoryPrediction.shortLabel("exact: w(t) = s + (w0 - s)(1 - eta)^t"), "no citation to strip");
		assertEquals("f(x)", TheoryPrediction.shortLabel("f(x)"), "a parenthesis of the name itself stays");
		assertEquals("", TheoryPrediction.shortLabel(null));
	}

	@Test
	void aSummaryIsNamedByWhatTheFamilySaysItMeans() {
		MetricDescriptor generalization = new MetricDescriptor("E_g", "E_g", "generalization error")
				.meaning(Summary.MIN, "optimal early stopping");
		assertEquals("optimal early stopping", generalization.meaningOf(Summary.MIN));
		assertEquals("", generalization.meaningOf(Summary.FINAL));
		assertEquals("optimal early stopping", generalization.everyRecords(5).summarisedBy(Summary.MIN).meaningOf(Summary.MIN),
				"kept by the other withers");
	}

	@Test
	void aTheoryLineIdenticalToAnEarlierOneIsMergedIntoItsLegend() {
		double[] x = { 1, 2, 3 };
		Series simulation = new Series("E_g final — simulation", Style.POINTS, 0, 0, x, new double[] { 1, 2, 3 },
				new double[3]);
		Series closedForm = new Series("E_g final — theory closed form", Style.LINE, 0, 1, x, new double[] { 1, 2, 3 }, null);
		Series ode = new Series("E_g final — theory reduced ODE", Style.LINE, 0, 2, x,
				new double[] { 1, 2 + 1e-12, 3 }, null);
		Series other = new Series("E_g final — theory mean field", Style.LINE, 0, 3, x, new double[] { 1, 2.1, 3 }, null);
		Series otherColour = new Series("E_t final — theory closed form", Style.LINE, 1, 1, x, new double[] { 1, 2, 3 }, null);
		List<Series> merged = SweepFigures.merged(List.of(simulation, closedForm, ode, other, otherColour));
		assertEquals(List.of("E_g final — simulation", "E_g final — theory closed form = reduced ODE",
				"E_g final — theory mean field", "E_t final — theory closed form"),
				merged.stream().map(Series::label).toList(),
				"the points stay, the ODE equal to 1e-12 joins the closed form, a line 5% off and another metric's stay");
	}
}
