package org.plateau.core.run;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.opentest4j.AssertionFailedError;
import org.plateau.core.family.ModelFamily;
import org.plateau.core.family.TheoryParameter;
import org.plateau.core.family.Trainer;
import org.plateau.core.testkit.FakeFamily;
import org.plateau.core.testkit.FakeFamily.RelaxingTrainer;
import org.plateau.core.testkit.ModelFamilyConformanceTest;

/**
 * The conformance kit catches a family that breaks the contract: each broken variant of the fake family fails the
 * kit's check of the promise it breaks.
 */
class BrokenFamiliesFailTheKitTest {

	/** Runs the kit on a family. */
	private static ModelFamilyConformanceTest kit(ModelFamily family) {
		return new ModelFamilyConformanceTest() {
			@Override
			protected ModelFamily family() {
				return family;
			}

			@Override
			protected Map<String, Double> exactTheoryTolerances() {
				return Map.of("relax-up.plateau", 1e-12);
			}
		};
	}

	private static void fails(Executable check) {
		assertThrows(AssertionFailedError.class, check);
	}

	@Test
	void aFamilyThatNeverReturnsToTheLoopFailsTheCancellationCheck() {
		ModelFamily family = new FakeFamily() {
			@Override
			protected Trainer trainer(double target, double eta, double w0, long seed) {
				return new RelaxingTrainer(target, eta, w0) {
					private long steps;

					@Override
					public boolean step() {
						if (++steps == 50) {
							// trains the rest inside one call, deaf to the monitor
							try {
								Thread.sleep(120_000);
							} catch (InterruptedException e) {
								Thread.currentThread().interrupt();
							}
						}
						return super.step();
					}
				};
			}
		};
		fails(kit(family)::aCancelledRunStopsPromptlyAndKeepsItsRecords);
	}

	@Test
	void aFamilyWhoseStepAllocatesFailsTheAllocationCheck() {
		ModelFamily family = new FakeFamily() {
			@Override
			protected Trainer trainer(double target, double eta, double w0, long seed) {
				return new RelaxingTrainer(target, eta, w0) {
					private double[] history;

					@Override
					public boolean step() {
						history = new double[] { w, target, eta }; // a new array every step
						w -= eta * (history[0] - history[1]);
						return true;
					}
				};
			}
		};
		fails(kit(family)::theStepAllocatesNothing);
	}

	@Test
	void aFamilyThatDrawsWithoutItsSeedFailsTheDeterminismCheck() {
		ModelFamily family = new FakeFamily() {
			@Override
			protected Trainer trainer(double target, double eta, double w0, long seed) {
				// a start drawn from an unseeded generator
				return new RelaxingTrainer(target, eta, w0 + 1e-6 * new Random().nextGaussian());
			}
		};
		fails(kit(family)::everyExampleRunsToCompletionDeterministically);
	}

	@Test
	void aFamilyThatIgnoresTheLearningRateFailsTheSettingsCheck() {
		ModelFamily family = new FakeFamily() {
			@Override
			protected Trainer trainer(double target, double eta, double w0, long seed) {
				return new RelaxingTrainer(target, 0.05, w0);
			}
		};
		fails(kit(family)::everySettingChangesTheRunOrIsRefusedByName);
	}

	@Test
	void aFamilyThatNeverDivergesFailsTheDivergenceCheck() {
		ModelFamily family = new FakeFamily() {
			@Override
			protected Trainer trainer(double target, double eta, double w0, long seed) {
				// clips the weight: a blown-up run looks finished
				return new RelaxingTrainer(target, eta, w0) {
					@Override
					public boolean step() {
						w = Math.max(-1e3, Math.min(1e3, w - eta * (w - target)));
						return true;
					}
				};
			}
		};
		fails(kit(family)::aDivergingRunStopsWithAMessageAndKeepsFinitePartialRecords);
	}

	@Test
	void aTheoryThatDeclaresASettingItDoesNotDependOnFailsTheParameterCheck() {
		ModelFamily family = new FakeFamily() {
			@Override
			protected List<TheoryParameter> theoryParameters() {
				// the exact solution at a step does not depend on how many steps the run takes
				return List.of(new TheoryParameter("training.steps", "steps", 1, 1e6, true));
			}
		};
		fails(kit(family)::everyTheoryParameterNamesASettingThatChangesThePrediction);
	}
}
