package org.plateau.core.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.plateau.core.family.MetricDescriptor;
import org.plateau.core.family.MetricSink;
import org.plateau.core.family.SimulationOutcome;
import org.plateau.core.family.Trainer;

/** Core's step loop: per-metric record intervals and the stopping rule. */
class StepLoopTest {

	/** Counts down from 100 by one per step: its "loss" is the count. */
	private static final class CountingTrainer implements Trainer {
		double value = 100;
		int analyses;

		@Override
		public boolean step() {
			value -= 1;
			return true;
		}

		@Override
		public void measure(double[] into) {
			throw new AssertionError("the loop asks with the due metrics");
		}

		@Override
		public void measure(double[] into, boolean[] due) {
			into[0] = value;
			if (due[1]) {
				analyses++; // the costly analysis, only when due
				into[1] = -value;
			}
		}

		@Override
		public boolean isFinite() {
			return true;
		}
	}

	private static final class Records implements MetricSink {
		final List<Long> steps = new ArrayList<>();
		final List<double[]> rows = new ArrayList<>();

		@Override
		public void record(long step, double[] values) {
			steps.add(step);
			rows.add(values.clone());
		}

		@Override
		public void snapshot(String name, long step, DMatrixRMaj matrix) {
		}
	}

	private static final List<MetricDescriptor> METRICS = List.of(new MetricDescriptor("loss", "loss", ""),
			new MetricDescriptor("analysis", "analysis", "").everyRecords(3));

	@Test
	void aMetricMeasuredEveryThirdRecordHasNoValueBetweenAndOneAtTheEnd() {
		CountingTrainer trainer = new CountingTrainer();
		Records records = new Records();
		// records at 0, 2, ..., 20: eleven, the analysis at records 0, 3, 6, 9 and the last (10)
		SimulationOutcome outcome = new StepLoop(trainer, new StepLoop.Schedule(20, 2, new long[0], 0), METRICS, List.of(),
				"count", "").run(records, null);
		assertEquals(SimulationOutcome.Status.COMPLETED, outcome.status());
		assertEquals(11, records.rows.size());
		List<Long> measured = new ArrayList<>();
		for (int i = 0; i < records.rows.size(); i++) {
			assertEquals(100 - records.steps.get(i), records.rows.get(i)[0], 0, "the loss at every record");
			if (!Double.isNaN(records.rows.get(i)[1])) {
				measured.add(records.steps.get(i));
				assertEquals(-(100 - records.steps.get(i)), records.rows.get(i)[1], 0);
			}
		}
		assertEquals(List.of(0L, 6L, 12L, 18L, 20L), measured);
		assertEquals(5, trainer.analyses, "computed only when due");
	}

	@Test
	void theLastStepIsRecordedEvenOffTheInterval() {
		org.junit.jupiter.api.Assertions.assertArrayEquals(new long[] { 0, 7, 14, 20 },
				new StepLoop.Schedule(20, 7, new long[0], 0).recordedSteps());
	}

	@Test
	void theStoppingRuleEndsTheRunAtTheFirstRecordBelowTheThreshold() {
		Records records = new Records();
		SimulationOutcome outcome = new StepLoop(new CountingTrainer(), new StepLoop.Schedule(100, 5, new long[0], 72.5),
				METRICS, List.of(), "count", "").run(records, null);
		assertEquals(SimulationOutcome.Status.COMPLETED, outcome.status());
		assertEquals(30, outcome.stepsCompleted(), "the loss 70 at step 30 is the first below 72.5");
		assertEquals(30L, records.steps.get(records.steps.size() - 1));
		assertTrue(outcome.message().contains("stopBelowLoss"), outcome.message());
	}
}
