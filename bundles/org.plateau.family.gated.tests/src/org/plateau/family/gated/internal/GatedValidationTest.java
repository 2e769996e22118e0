package org.plateau.family.gated.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plateau.core.family.ExperimentException;
import org.plateau.core.run.ExperimentRunner;
import org.plateau.family.gated.model.GatedPackage;
import org.plateau.family.gated.model.RaceTask;
import org.plateau.family.gated.model.RoutingTask;
import org.plateau.gdln.model.GatedArchitecture;
import org.plateau.gdln.model.GatedEdge;
import org.plateau.gdln.model.GatedNode;
import org.plateau.gdln.model.GdlnFactory;
import org.plateau.gdln.model.GdlnPackage;
import org.plateau.model.Experiment;
import org.plateau.model.PlateauFactory;
import org.plateau.model.PlateauPackage;
import org.plateau.model.util.PlateauResources;

/**
 * Validation refuses what a run of the gated family would refuse, before it starts (issue 13, point 6): EMF validation
 * alone (what the workbench's Problems view shows, and {@link ExperimentRunner#validate}) names the field of each
 * problem: a cyclic graph, an edge or a gated node that names no node, oversized dimensions, a network the task cannot
 * use, an initialisation the family does not draw.
 */
class GatedValidationTest {

	@TempDir
	Path folder;

	@Test
	void aCyclicGraphIsInvalid() throws Exception {
		Path file = Files.writeString(folder.resolve("cyclic.plateau"), """
			<?xml version="1.0" encoding="UTF-8"?>
			<plateau:Experiment xmlns:gdln="http://www.plateau.org/model/gdln/1.0" xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
			    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:plateau="http://www.plateau.org/model/experiment/2.0"
			    xmlns:gated="http://www.plateau.org/model/family/gated/1.0" name="cyclic" seed="5">
			  <task xsi:type="gated:RaceTask" inputDim="2" gatedFraction="0.5" gatedNode="hB">
			    <singularValues>2.0</singularValues>
			  </task>
			  <architecture xsi:type="gdln:GatedArchitecture">
			    <nodes name="x" dim="2" kind="INPUT"/>
			    <nodes name="hA" dim="4"/>
			    <nodes name="hB" dim="4"/>
			    <nodes name="y" dim="2" kind="OUTPUT"/>
			    <edges name="W_inA" source="//@architecture/@nodes.0" target="//@architecture/@nodes.1"/>
			    <edges name="W_AB" source="//@architecture/@nodes.1" target="//@architecture/@nodes.2"/>
			    <edges name="W_BA" source="//@architecture/@nodes.2" target="//@architecture/@nodes.1"/>
			    <edges name="W_outB" source="//@architecture/@nodes.2" target="//@architecture/@nodes.3"/>
			  </architecture>
			  <initialisation xsi:type="gated:DecoupledInitialisation" b0="0.03"/>
			  <training learningRate="0.01" steps="10" lossConvention="MEAN" recordInterval="1"/>
			</plateau:Experiment>
			""", StandardCharsets.UTF_8);
		Experiment experiment = PlateauResources.load(file);

		Diagnostic diagnostic = Diagnostician.INSTANCE.validate(experiment);

		assertEquals(List.of("GatedEdge of experiment 'cyclic': edges W_AB, W_BA make a cycle hA → hB → hA: a gated deep linear network is acyclic"),
			errors(diagnostic));
		assertEquals(GdlnPackage.Literals.GATED_EDGE__TARGET, feature(diagnostic));
		ExperimentException refused = assertThrows(ExperimentException.class, () -> ExperimentRunner.validate(experiment));
		assertTrue(refused.getMessage().contains("make a cycle hA → hB → hA"), refused.getMessage());
	}

	@Test
	void aGatedNodeThatNamesNoNodeIsInvalid() throws Exception {
		Experiment experiment = Examples.load("race-toy.plateau");
		((RaceTask)experiment.getTask()).setGatedNode("hC");

		Diagnostic diagnostic = Diagnostician.INSTANCE.validate(experiment);

		assertEquals(List.of("RaceTask of experiment 'race-toy': gatedNode 'hC' names no node of the architecture; its nodes are [x, hA, hB, y]"),
			errors(diagnostic));
		assertEquals(GatedPackage.Literals.RACE_TASK__GATED_NODE, feature(diagnostic));
	}

	@Test
	void anEdgeToANodeOfAnotherNetworkIsInvalid() throws Exception {
		Experiment experiment = Examples.load("race-toy.plateau");
		GatedArchitecture other = GdlnFactory.eINSTANCE.createGatedArchitecture();
		GatedNode stranger = GdlnFactory.eINSTANCE.createGatedNode();
		stranger.setName("z");
		other.getNodes().add(stranger);
		GatedEdge edge = ((GatedArchitecture)experiment.getArchitecture()).getEdges().get(1);
		edge.setTarget(stranger);

		Diagnostic diagnostic = Diagnostician.INSTANCE.validate(experiment);

		assertEquals(List.of("GatedEdge of experiment 'race-toy': target of edge 'W_outA' names no node of this network; its nodes are x, hA, hB, y"),
			errors(diagnostic));
		assertEquals(GdlnPackage.Literals.GATED_EDGE__TARGET, feature(diagnostic));
	}

	@Test
	void aHiddenLayerOfABillionUnitsIsInvalid() throws Exception {
		Experiment experiment = Examples.load("routing-random.plateau");
		GatedNode hidden = ((GatedArchitecture)experiment.getArchitecture()).getNodes().get(7);
		hidden.setDim(1_000_000_000);

		Diagnostic diagnostic = Diagnostician.INSTANCE.validate(experiment);

		assertEquals(List.of("GatedNode of experiment 'routing-random': dim 1000000000 of node 'h1' is too large: the weight matrix of edge 'W_in0' "
			+ "would have 1000000000 x 4 = 4000000000 entries, and a matrix holds at most 2147483639"), errors(diagnostic));
		assertEquals(GdlnPackage.Literals.GATED_NODE__DIM, feature(diagnostic));
	}

	@Test
	void aRaceTaskTooLargeForMemoryIsInvalid() throws Exception {
		Experiment experiment = Examples.load("race-toy.plateau");
		((RaceTask)experiment.getTask()).setInputDim(1_000_000_000);

		Diagnostic diagnostic = Diagnostician.INSTANCE.validate(experiment);

		assertTrue(errors(diagnostic).contains("RaceTask of experiment 'race-toy': inputDim 1000000000 is too large: the task's data would be "
			+ "1000000000 x 20000000000 = 20000000000000000000 entries, and a matrix holds at most 2147483639".replace("20000000000000000000",
				Long.toString(1_000_000_000L * 20_000_000_000L))), errors(diagnostic)::toString);
	}

	@Test
	void aRoutingTaskNeedsItsDomainsNodes() throws Exception {
		Experiment experiment = Examples.load("routing-decoupled.plateau");
		((GatedArchitecture)experiment.getArchitecture()).getNodes().get(0).setName("input0");

		Diagnostic diagnostic = Diagnostician.INSTANCE.validate(experiment);

		assertEquals(1, errors(diagnostic).size(), errors(diagnostic)::toString);
		assertTrue(errors(diagnostic).get(0).startsWith("RoutingTask of experiment 'routing-decoupled': domains = "
			+ ((RoutingTask)experiment.getTask()).getDomains() + " needs an input node 'in0' of 4 units; the nodes are [input0, "), errors(diagnostic)::toString);
		assertEquals(GatedPackage.Literals.ROUTING_TASK__DOMAINS, feature(diagnostic));
	}

	@Test
	void anInitialisationTheFamilyDoesNotDrawIsInvalid() throws Exception {
		Experiment experiment = Examples.load("race-toy.plateau");
		experiment.setInitialisation(PlateauFactory.eINSTANCE.createAlignedBalancedInitialisation());

		Diagnostic diagnostic = Diagnostician.INSTANCE.validate(experiment);

		assertEquals(List.of("Experiment 'race-toy': initialisation AlignedBalancedInitialisation is not one the gated family draws: use "
			+ "DecoupledInitialisation, RandomOrthogonalInitialisation or SmallGaussianInitialisation"), errors(diagnostic));
		assertEquals(PlateauPackage.Literals.EXPERIMENT__INITIALISATION, feature(diagnostic));
	}

	@Test
	void theExamplesStayValid() throws Exception {
		for (String example : new String[] { "race-toy.plateau", "routing-decoupled.plateau", "routing-random.plateau" }) {
			assertEquals(List.of(), errors(Diagnostician.INSTANCE.validate(Examples.load(example))), example);
		}
	}

	private static List<String> errors(Diagnostic diagnostic) {
		List<String> errors = new ArrayList<>();
		for (Diagnostic child : diagnostic.getChildren()) {
			if (child.getSeverity() >= Diagnostic.ERROR) {
				errors.add(child.getMessage());
			}
		}
		return errors;
	}

	/** The field the first error is about (the second datum of an error, as the Problems view reads it). */
	private static EStructuralFeature feature(Diagnostic diagnostic) {
		for (Diagnostic child : diagnostic.getChildren()) {
			if (child.getSeverity() >= Diagnostic.ERROR) {
				return (EStructuralFeature)child.getData().get(1);
			}
		}
		throw new AssertionError("no error");
	}
}
