package org.plateau.core.results;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.plateau.core.family.MetricDescriptor;
import org.plateau.core.family.MetricDescriptor.Summary;

/** A run's manifest keeps what its family said of each metric, so that a sweep read back later says it too. */
class RunDescriptorsTest {

	@Test
	void whatASummaryMeansIsKeptInTheManifest() {
		MetricDescriptor generalization = new MetricDescriptor("E_g", "E_g (generalization)", "generalization error")
				.meaning(Summary.MIN, "optimal early stopping").meaning(Summary.ARGMIN, "optimal stopping time");
		MetricDescriptor strength = new MetricDescriptor("a1", "a1", "mode strength").summarisedBy(Summary.FINAL,
				Summary.HALF_TIME);
		List<MetricDescriptor> read = RunDescriptors.metrics(RunDescriptors.metrics(List.of(generalization, strength)));
		assertEquals(List.of(generalization, strength), read);
		assertEquals("optimal stopping time", read.get(0).meaningOf(Summary.ARGMIN));
	}
}
