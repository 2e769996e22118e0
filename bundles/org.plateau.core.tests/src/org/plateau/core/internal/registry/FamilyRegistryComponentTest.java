package org.plateau.core.internal.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.plateau.core.family.ExampleExperiment;
import org.plateau.core.family.ModelFamily;
import org.plateau.core.family.PreparedExperiment;
import org.plateau.model.Experiment;
import org.plateau.model.PlateauFactory;

class FamilyRegistryComponentTest {

	/** A family that handles experiments whose name starts with its id. */
	private record NamedFamily(String id) implements ModelFamily {
		@Override
		public String name() {
			return id;
		}

		@Override
		public String description() {
			return "";
		}

		@Override
		public boolean handles(Experiment experiment) {
			return experiment.getName().startsWith(id);
		}

		@Override
		public List<ExampleExperiment> examples() {
			return List.of();
		}

		@Override
		public PreparedExperiment prepare(Experiment experiment) {
			throw new UnsupportedOperationException();
		}
	}

	@Test
	void findsTheFamilyThatHandlesAnExperimentAndForgetsRemovedOnes() {
		FamilyRegistryComponent registry = new FamilyRegistryComponent();
		NamedFamily beta = new NamedFamily("beta");
		registry.addFamily(beta);
		registry.addFamily(new NamedFamily("alpha"));
		assertEquals(List.of("alpha", "beta"), registry.families().stream().map(ModelFamily::id).toList());

		Experiment experiment = PlateauFactory.eINSTANCE.createExperiment();
		experiment.setName("beta-run");
		assertEquals("beta", registry.familyFor(experiment).orElseThrow().id());

		registry.removeFamily(beta);
		assertTrue(registry.familyFor(experiment).isEmpty());
	}
}
