package org.plateau.family.reln.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.plateau.core.family.ExperimentException;
import org.plateau.core.family.SimulationOutcome;
import org.plateau.core.registry.FamilyRegistry;
import org.plateau.core.run.ExperimentRunner;
import org.plateau.core.run.RunResult;
import org.plateau.core.run.TheoryResult;
import org.plateau.family.reln.model.ContextStructure;
import org.plateau.family.reln.model.ContextualTask;
import org.plateau.family.reln.model.RelnFactory;
import org.plateau.model.Experiment;
import org.plateau.model.SmallGaussianInitialisation;

/**
 * The paper's two-stage closed form (Jarvis et al. 2025, closed.py, closed3-5.py), an approximation: against an
 * independent numpy implementation of the authors' scripts, and its error against the simulated ReLU network and
 * ReLN, measured over the whole run.
 */
class TwoStageTheoryTest {

	private static final long[] EPOCHS = { 0, 500, 1000, 2000, 3000, 4000, 6000, 8000 };

	private final ExperimentRunner runner = new ExperimentRunner(FamilyRegistry.of(new RelnFamily()));

	private static ContextualData data(int contexts, ContextStructure structure, double scale) {
		ContextualTask task = RelnFactory.eINSTANCE.createContextualTask();
		task.setContexts(contexts);
		task.setStructure(structure);
		task.setContextScale(scale);
		return new ContextualData(task);
	}

	/**
	 * The closed form against scripts/two_stage_closed_form.py (this bundle), a numpy re-implementation of closed.py and closed3/4/5.py (the
	 * authors' scripts themselves, run with numpy in place of jax, give the same losses within 2e-13 for the
	 * different-structure task; for the same-structure task the residual has modes of zero correlation whose
	 * directions numpy draws arbitrarily, which the scripts keep at a0 and we leave out: 4e-4, 9e-4, 0.013 apart at
	 * t = 0 for C = 3, 4, 5, less later). Loss, common module's loss, its largest strength, the modules' at 8000.
	 */
	@Test
	void theClosedFormIsTheAuthorsTwoStageScript() throws Exception {
		check(3, ContextStructure.DIFFERENT, 1.0, new double[] { 105.62151783878835, 70.97787938728673, 47.27626243192936,
				23.069877135033067, 8.352660277522714, 5.024445340868683, 2.2098931919897655, 0.6237480301572369 },
				new double[] { 105.62299955993737, 70.98342496237782, 47.309635982976644, 24.922429665729837,
						16.994541233147345, 16.699017148248444, 16.699016362582736, 16.699016362582864 },
				new double[] { 5.000000000000001e-09, 2.4916557354105398, 2.4931823982915913, 3.0376711342016622,
						3.0376714065874104, 3.037671406587414, 3.037671406587414, 3.037671406587414 },
				// sv.12, sv.23, sv.13 (left out: 3, 1, 2)
				new double[] { 2.1709753240222915, 2.1709801693448747, 2.1610372116255947 });
		check(3, ContextStructure.SAME, 1.0, new double[] { 95.9987614140932, 65.98792323688863, 47.64045921650296,
				23.271045434418404, 8.623110633708684, 4.078730208678111, 0.9051815075367622, 0.004479329375388001 },
				new double[] { 95.99999958689537, 65.99358596546921, 47.674450913130315, 24.930966824919967,
						17.25473161910062, 17.000000362126602, 17.0, 17.0 },
				new double[] { 5.000000000000001e-09, 2.327925868706893, 2.3354968324845164, 3.0550502396543373,
						3.0550504633038917, 3.0550504633038944, 3.0550504633038944, 3.0550504633038944 },
				new double[] { 2.1602468993782753, 2.1602468993782753, 2.1602468993782753 });
		check(4, ContextStructure.SAME, 1.1, new double[] { 127.99649685027934, 90.40391133917772, 49.58707426733949,
				24.016791001053413, 9.557103332072174, 4.865497841489728, 0.26418453653272367, 0.00040775602007194736 },
				new double[] { 127.99999886606439, 90.42163734580615, 49.707992923972554, 29.797999964407147,
						25.50000061660449, 25.50000000000001, 25.5, 25.5 },
				new double[] { 1.0000000000000002e-08, 2.341457799413709, 2.912541821192115, 2.9580398915473656,
						2.958039891549806, 2.958039891549806, 2.958039891549806, 2.958039891549806 },
				new double[] { 2.2912878474716294, 2.2912878474716294, 2.2912878474716294, 2.2912878474716294 });
		check(5, ContextStructure.SAME, 1.35, new double[] { 159.98643762746212, 114.74265087679434, 60.574773618469365,
				20.5852617860644, 8.205911664124365, 3.91845962065827, 0.029803607662747297, 2.629278554267633e-05 },
				new double[] { 159.99999984349347, 114.81538396963275, 61.10396687653262, 34.75466572303122,
						34.00000000041078, 34.0, 34.0, 34.0 },
				new double[] { 1e-09, 2.143951272034807, 2.896103129509503, 2.898275349237889, 2.8982753492378897,
						2.8982753492378897, 2.8982753492378897, 2.8982753492378897 },
				new double[] { 2.3664319132391745, 2.3664319132391745, 2.3664319132391745, 2.3664319132391745,
						2.3664319132391745 });
	}

	private static void check(int contexts, ContextStructure structure, double scale, double[] loss, double[] commonLoss,
			double[] common, double[] modules) throws ExperimentException {
		TwoStageTheory theory = new TwoStageTheory(data(contexts, structure, scale), 1e-3, 8000, true);
		double[][] values = theory.predict(EPOCHS);
		List<String> ids = theory.metricIds();
		String where = "C = " + contexts + " " + structure + ": ";
		assertEquals(3 + contexts, ids.size(), where + ids);
		for (int i = 0; i < EPOCHS.length; i++) {
			// 1e-9 relative: the last loss of C = 5 is 2.6e-5, a difference of squares of order 1
			assertEquals(loss[i], values[0][i], 1e-9 * loss[0], where + "loss at " + EPOCHS[i]);
			assertEquals(commonLoss[i], values[1][i], 1e-9 * commonLoss[0], where + "common loss at " + EPOCHS[i]);
			assertEquals(common[i], values[2][i], 1e-9 * common[common.length - 1], where + "sv.common at " + EPOCHS[i]);
		}
		for (int m = 0; m < contexts; m++) {
			if (contexts == 3) {
				assertEquals("sv." + List.of("12", "23", "13").get(m), ids.get(3 + m));
			}
			assertEquals(modules[m], values[3 + m][EPOCHS.length - 1], 1e-9, where + ids.get(3 + m) + " at 8000");
		}
	}

	/** Two contexts (or six) have no fitted initial strengths in the paper: refused by name. */
	@Test
	void aContextCountThePaperDidNotFitIsRefusedByName() {
		ExperimentException e = assertThrows(ExperimentException.class,
				() -> new TwoStageTheory(data(2, ContextStructure.SAME, 1.0), 1e-3, 8000, false));
		assertTrue(e.getMessage().contains("contexts"), e.getMessage());
	}

	/** The measured error of the approximation against one simulated run. */
	record Error(double lossToHalf, double lossWhole, double lossFinal, double lossOfStart, double commonFinal,
			double modulesFinal) {
		@Override
		public String toString() {
			return String.format(Locale.ROOT,
					"loss: max rel. error %.4f to epoch 4000, %.3f over the run, %.3f at the end; max |error| %.4f of the "
							+ "initial loss; sv.common %.4f, modules %.4f at the end",
					lossToHalf, lossWhole, lossFinal, lossOfStart, commonFinal, modulesFinal);
		}
	}

	private Error measure(Experiment experiment) throws Exception {
		RunResult result = runner.run(experiment, new NullProgressMonitor());
		assertEquals(SimulationOutcome.Status.COMPLETED, result.outcome().status(), result.outcome().message());
		TheoryResult theory = result.theory().stream().filter(t -> t.prediction().id().equals(TwoStageTheory.ID))
				.findFirst().orElseThrow(() -> new AssertionError("no two-stage theory: " + result.warnings()));
		assertTrue(theory.prediction().description().startsWith("approximate"), theory.prediction().description());
		assertTrue(theory.prediction().label().contains("approximate"), theory.prediction().label());
		long[] steps = result.simulation().steps();
		double[] simulated = result.simulation().column(RelnSetup.LOSS);
		double[] predicted = theory.table().column(RelnSetup.LOSS);
		double toHalf = 0;
		double whole = 0;
		double ofStart = 0;
		for (int i = 0; i < steps.length; i++) {
			double error = Math.abs(predicted[i] - simulated[i]) / simulated[i];
			whole = Math.max(whole, error);
			ofStart = Math.max(ofStart, Math.abs(predicted[i] - simulated[i]) / simulated[0]);
			if (steps[i] <= 4000) {
				toHalf = Math.max(toHalf, error);
			}
		}
		int last = steps.length - 1;
		double commonError = Double.NaN;
		double modulesError = Double.NaN;
		if (theory.table().columns().contains("sv.common")) {
			commonError = relative(theory.table().column("sv.common")[last], result.simulation().column("sv.common")[last]);
			modulesError = 0;
			for (String id : theory.table().columns()) {
				if (id.startsWith("sv.") && !id.equals("sv.common")) {
					modulesError = Math.max(modulesError,
							relative(theory.table().column(id)[last], result.simulation().column(id)[last]));
				}
			}
		}
		Error error = new Error(toHalf, whole, Math.abs(predicted[last] - simulated[last]) / simulated[last], ofStart, commonError,
				modulesError);
		System.out.println(experiment.getName() + " (C = " + ((ContextualTask) experiment.getTask()).getContexts() + "): "
				+ error + "; final loss " + predicted[last] + " (closed form) against " + simulated[last]);
		return error;
	}

	private static double relative(double predicted, double simulated) {
		return Math.abs(predicted - simulated) / simulated;
	}

	private static Experiment sameStructure(String example, int contexts, double scale, int width, double init)
			throws Exception {
		Experiment experiment = ContextualTaskTest.example(example);
		ContextualTask task = (ContextualTask) experiment.getTask();
		task.setContexts(contexts);
		task.setStructure(ContextStructure.SAME);
		task.setContextScale(scale);
		if (experiment.getArchitecture() instanceof org.plateau.family.reln.model.ReluNetwork relu) {
			relu.setHiddenWidth(width);
		}
		((SmallGaussianInitialisation) experiment.getInitialisation()).setScale(init);
		return experiment;
	}

	@Test
	void theApproximationsErrorAgainstTheSimulatedNetworks() throws Exception {
		Error relu = measure(ContextualTaskTest.example("reln-relu.plateau"));
		Error reln = measure(ContextualTaskTest.example("reln-modules.plateau"));
		Error same3 = measure(ContextualTaskTest.example("reln-relu-same.plateau"));
		Error same4 = measure(sameStructure("reln-relu-same.plateau", 4, 1.1, 500, 0.005 / 500));
		Error same5 = measure(sameStructure("reln-relu-same.plateau", 5, 1.35, 600, 0.005 / 600));
		Experiment relnSame = ContextualTaskTest.example("reln-modules.plateau");
		((ContextualTask) relnSame.getTask()).setStructure(ContextStructure.SAME);
		Error relnSame3 = measure(relnSame);
		// measured (seed 0): loss within 17.1%, 14.5%, 27.1%, 15.6%, 25.8%, 11.0% of the simulation to epoch 4000;
		// the closed form's tail is the paper's too: it ends at 0.62 (different structure) where the networks reach
		// 0.02-0.04, and at 0.0045, 4e-4, 3e-5 (same structure, C = 3, 4, 5) where the ReLU network is at 0.1-0.15
		assertBelow(relu.lossToHalf(), 0.18, "ReLU, different structure: loss to epoch 4000");
		assertBelow(reln.lossToHalf(), 0.155, "ReLN, different structure: loss to epoch 4000");
		assertBelow(same3.lossToHalf(), 0.28, "ReLU, same structure, C = 3: loss to epoch 4000");
		assertBelow(same4.lossToHalf(), 0.165, "ReLU, same structure, C = 4: loss to epoch 4000");
		assertBelow(same5.lossToHalf(), 0.27, "ReLU, same structure, C = 5: loss to epoch 4000");
		assertBelow(relnSame3.lossToHalf(), 0.12, "ReLN, same structure: loss to epoch 4000");
		// the largest |error| of the loss over the whole run, as a fraction of the initial loss: measured 0.0185,
		// 0.0262, 0.0250, 0.0172, 0.113 (C = 5, at the context stage), 0.0664
		double[] ofStart = { 0.02, 0.028, 0.027, 0.019, 0.12, 0.07 };
		List<Error> errors = List.of(relu, reln, same3, same4, same5, relnSame3);
		for (int i = 0; i < errors.size(); i++) {
			assertBelow(errors.get(i).lossOfStart(), ofStart[i], "run " + i + ": the largest loss error, of the initial loss");
		}
		// the modules' largest singular values at epoch 8000: common 0.22% and 0.003%, C - 1-context modules 2.0% and 0.30%
		assertBelow(reln.commonFinal(), 0.003, "ReLN, different structure: sv.common at 8000");
		assertBelow(reln.modulesFinal(), 0.021, "ReLN, different structure: pair modules at 8000");
		assertBelow(relnSame3.commonFinal(), 1e-4, "ReLN, same structure: sv.common at 8000");
		assertBelow(relnSame3.modulesFinal(), 0.004, "ReLN, same structure: pair modules at 8000");
	}

	private static void assertBelow(double measured, double tolerance, String what) {
		assertTrue(measured <= tolerance, what + ": " + measured + ", more than " + tolerance);
	}
}
