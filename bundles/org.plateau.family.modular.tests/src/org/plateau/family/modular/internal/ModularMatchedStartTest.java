package org.plateau.family.modular.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.plateau.core.registry.FamilyRegistry;
import org.plateau.core.run.ExperimentRunner;
import org.plateau.core.run.RunResult;
import org.plateau.core.run.TheoryResult;
import org.plateau.core.testkit.Runs;
import org.plateau.gdln.family.ReductionTheory;
import org.plateau.model.AlignedBalancedInitialisation;
import org.plateau.model.Experiment;
import org.plateau.model.PlateauFactory;
import org.plateau.model.util.PlateauResources;

/**
 * The race reduction per independent pathway on the segregated and output-split modules (spec C4.4), and the
 * matched-start approximation from small random weights (Jarvis et al. 2023 draw the closed form over runs from random
 * weights, spec 4(d)-(e)): the closed form and the reduction started from each mode's effective initial strength
 * ||W1 v + W2^T u||² / 4, against gradient descent on modular-dense, modular-split and modular-segregated.
 */
class ModularMatchedStartTest {

	private final ExperimentRunner runner = new ExperimentRunner(FamilyRegistry.of(new ModularFamily()));

	private static Experiment example(String fileName) throws IOException {
		return PlateauResources.load(new ModularFamily().examples().stream().filter(e -> e.fileName().equals(fileName))
				.findFirst().orElseThrow(() -> new AssertionError("no example " + fileName)).location());
	}

	private RunResult run(Experiment experiment) throws Exception {
		return Runs.completed(runner, experiment);
	}

	private static TheoryResult theory(RunResult result, String id) {
		return Runs.theory(result, id);
	}

	private static double last(double[] values) {
		return values[values.length - 1];
	}

	/** The segregated modules from aligned weights a0 = 1e-4 at a learning rate, for steps. */
	private RunResult segregatedAligned(double learningRate, int steps) throws Exception {
		Experiment experiment = example("modular-segregated.plateau");
		AlignedBalancedInitialisation aligned = PlateauFactory.eINSTANCE.createAlignedBalancedInitialisation();
		aligned.setA0(1e-4);
		experiment.setInitialisation(aligned);
		experiment.getTraining().setLearningRate(learningRate);
		experiment.getTraining().setSteps(steps);
		return run(experiment);
	}

	@Test
	void c44TheSegregatedModulesFromAlignedWeightsReduceAndTheTheoryIsSystematic() throws Exception {
		// the example's lr 0.02 for 600 epochs, and a tenth of it for ten times as many (the same t/tau = 96)
		RunResult coarse = segregatedAligned(0.02, 600);
		RunResult fine = segregatedAligned(0.002, 6000);
		TheoryResult reduction = theory(coarse, ReductionTheory.ID);
		assertTrue(reduction.prediction().description().startsWith("diagonal mode dynamics of every edge from aligned weights, exact"),
				reduction.prediction().description());
		// one mode in the compositional module (its output has one unit), eight in the other
		assertTrue(reduction.prediction().description().contains("[1, 8]"), reduction.prediction().description());
		assertFalse(coarse.theory().stream().anyMatch(t -> t.prediction().id().equals(ModularClosedForm.ID)),
				"the dense closed form is not the segregated network's");
		// spec C4.4: the segregated network's theory gives W[Oy, Ox] = (1, 0, 0)
		assertEquals(1, last(reduction.table().column("sys.1")), 1e-6);
		assertEquals(0, last(reduction.table().column("sys.2")), 1e-12);
		assertEquals(0, last(reduction.table().column("sys.3")), 1e-12);
		// gradient descent follows it: max over the run of |theory - sim|, sys.1 relative to its asymptote 1, the loss
		// to its initial value
		double[] errors = new double[4];
		int k = 0;
		for (RunResult result : List.of(coarse, fine)) {
			TheoryResult theory = theory(result, ReductionTheory.ID);
			double[] loss = result.simulation().column("loss");
			errors[k++] = maxError(result.simulation().column("sys.1"), theory.table().column("sys.1"));
			errors[k++] = maxError(loss, theory.table().column("loss")) / loss[0];
		}
		System.out.println("segregated aligned: sys.1 error " + errors[0] + " / " + errors[2] + ", loss error " + errors[1]
				+ " / " + errors[3] + " at lr 0.02 / 0.002");
		// measured 0.1409 (sys.1) and 0.0836 (loss) at lr 0.02: gradient descent's lag at the example's large step,
		// first order in lr (at lr 0.002: 0.0143 and 0.0086, ratios 9.8 and 9.7), so none of it is the reduction's
		assertTrue(errors[0] < 0.15 && errors[1] < 0.09, "lr 0.02: " + errors[0] + ", " + errors[1]);
		assertTrue(errors[2] < 0.016 && errors[3] < 0.0095, "lr 0.002: " + errors[2] + ", " + errors[3]);
		assertEquals(10, errors[0] / errors[2], 1.5, "first order in lr (sys.1)");
		assertEquals(10, errors[1] / errors[3], 1.5, "first order in lr (loss)");
	}

	private static double maxError(double[] simulated, double[] theory) {
		double worst = 0;
		for (int i = 0; i < simulated.length; i++) {
			worst = Math.max(worst, Math.abs(simulated[i] - theory[i]));
		}
		return worst;
	}

	/** Max over the run of |theory - sim|: loss relative to its initial value, quadrants to the largest final norm. */
	private static double[] errors(RunResult result, TheoryResult theory, ModularSetup setup) {
		double[] loss = result.simulation().column("loss");
		double lossError = maxError(loss, theory.table().column("loss")) / loss[0];
		double scale = 0;
		for (String q : ModularSetup.QUADRANTS) {
			scale = Math.max(scale, last(result.simulation().column(q)));
		}
		double quadrantError = 0;
		for (String q : ModularSetup.QUADRANTS) {
			quadrantError = Math.max(quadrantError, maxError(result.simulation().column(q), theory.table().column(q)) / scale);
		}
		double modeError = 0;
		for (int g = 0; g < setup.groups.size(); g++) {
			int mode = setup.groups.get(g)[0];
			double asymptote = setup.singularValues[mode] / setup.inputVariances[mode];
			modeError = Math.max(modeError, maxError(result.simulation().column("a" + (g + 1)),
					theory.table().column("a" + (g + 1))) / asymptote);
		}
		return new double[] { lossError, quadrantError, modeError };
	}

	private void matchedStart(Experiment experiment, List<String> ids, double[][] tolerances) throws Exception {
		String example = experiment.getName() + " at lr " + experiment.getTraining().getLearningRate();
		RunResult result = run(experiment);
		ModularSetup setup = ModularSetup.of(result.experiment());
		for (int k = 0; k < ids.size(); k++) {
			TheoryResult theory = theory(result, ids.get(k));
			assertTrue(theory.prediction().description().startsWith("approximate: "), theory.prediction().description());
			assertTrue(theory.prediction().label().contains("approximate"), theory.prediction().label());
			double[] e = errors(result, theory, setup);
			System.out.println(example + " " + ids.get(k) + ": loss " + e[0] + ", quadrants " + e[1] + ", modes " + e[2]);
			String[] what = { "loss", "quadrant norms", "mode strengths" };
			for (int m = 0; m < 3; m++) {
				assertTrue(e[m] < tolerances[k][m], example + " " + ids.get(k) + " " + what[m] + ": " + e[m]);
			}
		}
	}

	@Test
	void theDenseNetworkFromSmallRandomWeightsFollowsTheMatchedStart() throws Exception {
		// measured (loss / quadrant norms / mode strengths): 0.1822 / 0.1548 / 0.2806 of their scales, both theories
		matchedStart(example("modular-dense.plateau"), List.of(ModularClosedForm.ID, ReductionTheory.ID),
				new double[][] { { 0.19, 0.16, 0.29 }, { 0.19, 0.16, 0.29 } });
		// most of it is gradient descent's lag at the example's lr 0.02 (tau = 6.25 epochs): at a tenth of the learning
		// rate for ten times the epochs (the same random weights, the same t/tau) it falls to 0.0196 / 0.0305 / 0.0398,
		// the approximation's own error (dropped coupling between modes, the alignment transient)
		Experiment fine = example("modular-dense.plateau");
		fine.getTraining().setLearningRate(0.002);
		fine.getTraining().setSteps(3000);
		fine.getTraining().setRecordInterval(10);
		matchedStart(fine, List.of(ModularClosedForm.ID), new double[][] { { 0.021, 0.032, 0.042 } });
	}

	@Test
	void theSplitModulesFromSmallRandomWeightsFollowTheMatchedStart() throws Exception {
		// measured 0.0952 / 0.0890 / 0.1429
		matchedStart(example("modular-split.plateau"), List.of(ReductionTheory.ID), new double[][] { { 0.10, 0.095, 0.15 } });
	}

	@Test
	void theSegregatedModulesFromSmallRandomWeightsFollowTheMatchedStart() throws Exception {
		RunResult result = run(example("modular-segregated.plateau"));
		// spec C4.4: the approximate theory, too, ends systematic
		assertEquals(1, last(theory(result, ReductionTheory.ID).table().column("sys.1")), 1e-3);
		assertFalse(result.theory().stream().anyMatch(t -> t.prediction().id().equals(ModularClosedForm.ID)),
				"the dense closed form is not the segregated network's");
		// measured 0.0824 / 0.0853 / 0.1238
		matchedStart(example("modular-segregated.plateau"), List.of(ReductionTheory.ID), new double[][] { { 0.09, 0.09, 0.13 } });
	}
}
