package org.plateau.family.gated.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.plateau.core.registry.FamilyRegistry;
import org.plateau.core.run.ExperimentRunner;
import org.plateau.core.run.RunResult;
import org.plateau.core.run.TheoryResult;
import org.plateau.core.testkit.Runs;
import org.plateau.gdln.family.ReductionTheory;
import org.plateau.model.Experiment;

/**
 * Spec C2.1: the routing task of Saxe, Sodhani &amp; Lewallen (2022) trained by gradient descent on the GDLN engine
 * from decoupled weights (b0 = 0.08, lr 0.02), against the race reduction and the paper's b2 ODE.
 */
class RoutingTaskTest {

	private final ExperimentRunner runner = new ExperimentRunner(FamilyRegistry.of(new GatedFamily()));

	private RunResult run(Experiment experiment) throws Exception {
		return Runs.completed(runner, experiment);
	}

	private static TheoryResult theory(RunResult result, String id) {
		return Runs.theory(result, id);
	}

	/** The first step at which the loss is at most half its initial value. */
	private static long halfLossStep(double[] loss, long[] steps) {
		for (int i = 0; i < loss.length; i++) {
			if (loss[i] <= loss[0] / 2) {
				return steps[i];
			}
		}
		return -1;
	}

	@Test
	void fromDecoupledWeightsTheLossFollowsTheRaceReduction() throws Exception {
		RunResult result = run(Examples.load("routing-decoupled.plateau"));
		double[] loss = result.simulation().column(GatedSetup.LOSS);
		long[] steps = result.simulation().steps();
		double[] reduction = theory(result, ReductionTheory.ID).table().column(GatedSetup.LOSS);
		double[] ode = theory(result, RoutingOdeTheory.ID).table().column(GatedSetup.LOSS);
		// spec C2.1: loss (sim / theory) at epoch 0: 243.973 / 243.973; 100: 58.850 / 58.845; 200: 17.906 / 17.905
		assertEquals(243.973, loss[0], 1e-3);
		assertEquals(243.973, reduction[0], 1e-3);
		assertEquals(58.850, loss[100], 0.01 * 58.850, "epoch 100, simulation");
		assertEquals(58.845, reduction[100], 0.01 * 58.845, "epoch 100, race reduction");
		assertEquals(17.906, loss[200], 0.01 * 17.906, "epoch 200, simulation");
		assertEquals(17.905, reduction[200], 0.01 * 17.905, "epoch 200, race reduction");
		assertTrue(loss[499] < 1e-3 && reduction[499] < 1e-3, "epoch 499: " + loss[499] + ", " + reduction[499]);
		// the engine's general reduction and the paper's one-ODE form are the same dynamics
		for (int i = 0; i < ode.length; i++) {
			assertEquals(reduction[i], ode[i], 1e-6 * (1 + reduction[i]), "race reduction against the b2 ODE at epoch " + steps[i]);
		}
		// spec C2.1: epoch at which the loss first falls to half: simulation 78, theory 76 (within 3 epochs)
		assertEquals(78, halfLossStep(loss, steps), 3, "simulation");
		assertEquals(76, halfLossStep(reduction, steps), 3, "theory");

		// spec C2.1: hidden singular values at epoch 200, sim (4.5641, 3.5489, 0.3467) vs theory (4.5635, 3.5486, 0.3486)
		double[] simulated200 = new double[3];
		double[] theory200 = new double[3];
		for (int a = 0; a < 3; a++) {
			simulated200[a] = result.simulation().column("b2." + (a + 1))[200];
			theory200[a] = theory(result, RoutingOdeTheory.ID).table().column("b2." + (a + 1))[200];
		}
		assertEquals(4.5641, simulated200[0], 0.01 * 4.5641);
		assertEquals(3.5489, simulated200[1], 0.01 * 3.5489);
		assertEquals(0.3467, simulated200[2], 0.05 * 0.3467, "the third mode is mid-transition: compare loosely");
		assertEquals(4.5635, theory200[0], 0.01 * 4.5635);
		assertEquals(3.5486, theory200[1], 0.01 * 3.5486);
		assertEquals(0.3486, theory200[2], 0.05 * 0.3486);
		// spec C2.1: final b2 = 4.5635, 3.5486, 2.7543 (x2)
		double[] expected = { 4.5635, 3.5486, 2.7543, 2.7543 };
		for (int a = 0; a < 4; a++) {
			double[] hidden = result.simulation().column("b2." + (a + 1));
			assertEquals(expected[a], hidden[hidden.length - 1], 1e-3 * expected[a], "final b2 mode " + (a + 1));
		}
		// systematic generalization: from decoupled weights the 21 untrained pathways learn with the trained ones
		double[] untrained = result.simulation().column(GatedSetup.UNTRAINED);
		assertTrue(untrained[0] > 100 && untrained[untrained.length - 1] < 1e-3,
				"untrained pathways: " + untrained[0] + " -> " + untrained[untrained.length - 1]);
	}

	@Test
	void theQuadratureTimesOfTheHiddenModesAreThePapers() throws Exception {
		GatedSetup setup = GatedSetup.of(Examples.load("routing-decoupled.plateau"));
		RoutingOdeTheory ode = new RoutingOdeTheory(setup, 0.08);
		// spec C2.1: epochs for b2 to reach 2.0 (b0 = 0.08, lr = 0.02) = 71.55 (s = 13.60), 152.72 (6.40), 329.84 (3)
		assertEquals(List.of(13.6015, 6.4031, 3.0, 3.0), List.of(round(setup.singularValues[0]), round(setup.singularValues[1]),
				round(setup.singularValues[2]), round(setup.singularValues[3])));
		assertEquals(71.55, ode.stepsToReach(setup.singularValues[0], 2.0), 0.01);
		assertEquals(152.72, ode.stepsToReach(setup.singularValues[1], 2.0), 0.01);
		assertEquals(329.84, ode.stepsToReach(setup.singularValues[2], 2.0), 0.01);
		// and the integrated ODE crosses 2.0 there too (spec: fine-step integration 71.57 / 152.74 / 329.86)
		long[] steps = new long[400];
		for (int i = 0; i < steps.length; i++) {
			steps[i] = i;
		}
		double[][] b2 = ode.hiddenStrengths(steps);
		assertTrue(b2[0][71] < 2 && b2[0][72] > 2, b2[0][71] + ", " + b2[0][72]);
		assertTrue(b2[2][329] < 2 && b2[2][330] > 2, b2[2][329] + ", " + b2[2][330]);
	}

	@Test
	void fromRandomOrthogonalWeightsTheLossHalvesNearTheDecoupledTime() throws Exception {
		RunResult result = run(Examples.load("routing-random.plateau"));
		assertTrue(result.theory().isEmpty() && result.warnings().stream().anyMatch(w -> w.contains("decoupled weights only")),
				"no exact theory from random weights, and the run says why: " + result.warnings());
		double[] loss = result.simulation().column(GatedSetup.LOSS);
		// spec C2.1: random orthogonal (gain 0.2) halves its loss at epoch 71 (one draw; the decoupled run at 78)
		assertEquals(71, halfLossStep(loss, result.simulation().steps()), 8);
		// small initial weights: the shared representation generalizes to the untrained pathways (rich regime)
		double[] untrained = result.simulation().column(GatedSetup.UNTRAINED);
		assertTrue(untrained[untrained.length - 1] < 0.05 * untrained[0], "untrained: " + untrained[0] + " -> "
				+ untrained[untrained.length - 1]);
	}

	@Test
	void theEncodersLearnOneRepresentationSharedAcrossDomains() throws Exception {
		RunResult result = run(Examples.load("routing-decoupled.plateau"));
		var simulated = result.snapshots().of(GatedSetup.ENCODER_RSA);
		var predicted = theory(result, ReductionTheory.ID).matrices().of(GatedSetup.ENCODER_RSA);
		assertEquals(java.util.Set.of(0L, 100L, 500L), simulated.keySet());
		org.ejml.data.DMatrixRMaj rsa = simulated.get(500L);
		org.ejml.data.DMatrixRMaj theory = predicted.get(500L);
		// spec 2(e): the M x M grid of 4 x 4 blocks; from decoupled weights every block is the same (shared hidden
		// representation), and the race reduction draws it
		double scale = org.ejml.dense.row.CommonOps_DDRM.elementMaxAbs(rsa);
		for (int i = 0; i < 28; i++) {
			for (int j = 0; j < 28; j++) {
				assertEquals(rsa.get(i % 4, j % 4), rsa.get(i, j), 1e-9 * scale, "block (" + i / 4 + ", " + j / 4 + ")");
				assertEquals(theory.get(i, j), rsa.get(i, j), 0.01 * scale, "theory at " + i + ", " + j);
			}
		}
	}

	private static double round(double x) {
		return Math.round(x * 1e4) / 1e4;
	}
}
