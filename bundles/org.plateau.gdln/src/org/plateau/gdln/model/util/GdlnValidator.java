/**
 * Code marked @generated is produced by EMF from model/gdln.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.gdln.model.util;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.EObjectValidator;

import org.plateau.gdln.family.GatedArchitectures;
import org.plateau.gdln.model.*;
import org.plateau.model.LossConvention;
import org.plateau.model.LossKind;
import org.plateau.model.PlateauPackage;
import org.plateau.model.Task;
import org.plateau.model.TrainingAlgorithm;
import org.plateau.model.util.PlateauValidator;

/**
 * <!-- begin-user-doc -->
 * The <b>Validator</b> for the model.
 * <!-- end-user-doc -->
 * @see org.plateau.gdln.model.GdlnPackage
 * @generated
 */
public class GdlnValidator extends EObjectValidator {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final GdlnValidator INSTANCE = new GdlnValidator();

	/**
	 * A constant for the {@link org.eclipse.emf.common.util.Diagnostic#getSource() source} of diagnostic {@link org.eclipse.emf.common.util.Diagnostic#getCode() codes} from this package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.common.util.Diagnostic#getSource()
	 * @see org.eclipse.emf.common.util.Diagnostic#getCode()
	 * @generated
	 */
	public static final String DIAGNOSTIC_SOURCE = "org.plateau.gdln.model";

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final int GENERATED_DIAGNOSTIC_CODE_COUNT = 0;

	/**
	 * The diagnostic code for constraint '<em>Graph Well Formed</em>' of '<em>Gated Architecture</em>' (hand-written).
	 */
	public static final int GATED_ARCHITECTURE__GRAPH_WELL_FORMED = GENERATED_DIAGNOSTIC_CODE_COUNT + 1;

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants in a derived class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static final int DIAGNOSTIC_CODE_COUNT = GENERATED_DIAGNOSTIC_CODE_COUNT;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public GdlnValidator() {
		super();
	}

	/**
	 * Returns the package of this validator switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EPackage getEPackage() {
	  return GdlnPackage.eINSTANCE;
	}

	/**
	 * Calls <code>validateXXX</code> for the corresponding classifier of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean validate(int classifierID, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
		switch (classifierID) {
			case GdlnPackage.GATED_ARCHITECTURE:
				return validateGatedArchitecture((GatedArchitecture)value, diagnostics, context);
			case GdlnPackage.GATED_NODE:
				return validateGatedNode((GatedNode)value, diagnostics, context);
			case GdlnPackage.GATED_EDGE:
				return validateGatedEdge((GatedEdge)value, diagnostics, context);
			case GdlnPackage.NODE_KIND:
				return validateNodeKind((NodeKind)value, diagnostics, context);
			default:
				return true;
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateGatedArchitecture(GatedArchitecture gatedArchitecture, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(gatedArchitecture, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(gatedArchitecture, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(gatedArchitecture, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(gatedArchitecture, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(gatedArchitecture, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(gatedArchitecture, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(gatedArchitecture, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(gatedArchitecture, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(gatedArchitecture, diagnostics, context);
		if (result || diagnostics != null) result &= validateGatedArchitecture_graphWellFormed(gatedArchitecture, diagnostics, context);
		return result;
	}

	/**
	 * Validates the graphWellFormed constraint of '<em>Gated Architecture</em>'.
	 * <!-- begin-user-doc -->
	 * Everything the engine checks before it trains, so that validation refuses what a run would: node and edge names
	 * are set and unique, dims are at least 1, every edge has both ends among the network's nodes, leaves no output
	 * and enters no input, the edges make no cycle, every weight matrix fits in memory's largest array, and every
	 * node and edge lies on a path from an input to an output (the engine's own graph builder decides the last).
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateGatedArchitecture_graphWellFormed(GatedArchitecture gatedArchitecture, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean valid = true;
		Set<String> names = new HashSet<>();
		for (GatedNode node : gatedArchitecture.getNodes()) {
			String name = node.getName();
			if (name == null || name.isBlank()) {
				valid = PlateauValidator.error(diagnostics, DIAGNOSTIC_SOURCE, GATED_ARCHITECTURE__GRAPH_WELL_FORMED, node, GdlnPackage.Literals.GATED_NODE__NAME,
					"a node has no name");
			}
			else if (!names.add(name)) {
				valid = PlateauValidator.error(diagnostics, DIAGNOSTIC_SOURCE, GATED_ARCHITECTURE__GRAPH_WELL_FORMED, node, GdlnPackage.Literals.GATED_NODE__NAME,
					"two nodes are named '" + name + "'");
			}
			if (node.getDim() < 1) {
				valid = PlateauValidator.error(diagnostics, DIAGNOSTIC_SOURCE, GATED_ARCHITECTURE__GRAPH_WELL_FORMED, node, GdlnPackage.Literals.GATED_NODE__DIM,
					"dim of node '" + name + "' must be at least 1, was " + node.getDim());
			}
		}
		Set<String> edgeNames = new HashSet<>();
		for (GatedEdge edge : gatedArchitecture.getEdges()) {
			String name = edge.getName();
			if (name == null || name.isBlank() || !edgeNames.add(name)) {
				valid = PlateauValidator.error(diagnostics, DIAGNOSTIC_SOURCE, GATED_ARCHITECTURE__GRAPH_WELL_FORMED, edge, GdlnPackage.Literals.GATED_EDGE__NAME,
					name == null || name.isBlank() ? "an edge has no name" : "two edges are named '" + name + "'");
			}
			if (edge.getSource() == null || edge.getTarget() == null) {
				valid = PlateauValidator.error(diagnostics, DIAGNOSTIC_SOURCE, GATED_ARCHITECTURE__GRAPH_WELL_FORMED, edge,
					edge.getSource() == null ? GdlnPackage.Literals.GATED_EDGE__SOURCE : GdlnPackage.Literals.GATED_EDGE__TARGET,
					"edge '" + name + "' has no " + (edge.getSource() == null ? "source" : "target") + " node");
			}
		}
		if (gatedArchitecture.getNodes().isEmpty() || gatedArchitecture.getEdges().isEmpty()) {
			valid = PlateauValidator.error(diagnostics, DIAGNOSTIC_SOURCE, GATED_ARCHITECTURE__GRAPH_WELL_FORMED, gatedArchitecture,
				gatedArchitecture.getNodes().isEmpty() ? GdlnPackage.Literals.GATED_ARCHITECTURE__NODES : GdlnPackage.Literals.GATED_ARCHITECTURE__EDGES,
				"the network has no " + (gatedArchitecture.getNodes().isEmpty() ? "node" : "edge"));
		}
		if (!valid) {
			return false;
		}
		valid = edgesConnectTheNetwork(gatedArchitecture, diagnostics) && valid;
		if (valid || diagnostics != null) {
			valid = acyclic(gatedArchitecture, diagnostics) && valid;
		}
		if (valid) {
			valid = onPaths(gatedArchitecture, diagnostics);
		}
		if (valid || diagnostics != null) {
			valid = matricesFit(gatedArchitecture, diagnostics) && valid;
		}
		if (valid) {
			try {
				GatedArchitectures.build(gatedArchitecture);
			}
			catch (IllegalArgumentException e) {
				valid = PlateauValidator.error(diagnostics, DIAGNOSTIC_SOURCE, GATED_ARCHITECTURE__GRAPH_WELL_FORMED, gatedArchitecture,
					GdlnPackage.Literals.GATED_ARCHITECTURE__EDGES, "edges: " + e.getMessage());
			}
		}
		return valid;
	}

	/**
	 * An edge's end outside its network is reported by {@link #validateGatedArchitecture_graphWellFormed} in words
	 * (which node, which edge, the network's nodes), not as EMF's dangling reference with its object dumps.
	 */
	@Override
	public boolean validate_EveryReferenceIsContained(org.eclipse.emf.ecore.EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return eObject instanceof GatedEdge edge && edge.eContainer() instanceof GatedArchitecture ? true
			: super.validate_EveryReferenceIsContained(eObject, diagnostics, context);
	}

	/**
	 * The most entries a weight matrix or a layer's activations may have: the engine keeps each in one Java array of
	 * doubles, whose length is at most a little below {@link Integer#MAX_VALUE}.
	 * @generated NOT
	 */
	public static final long MAX_MATRIX_ENTRIES = Integer.MAX_VALUE - 8;

	/** Every edge's ends are nodes of this network; no edge enters an input or leaves an output. */
	private static boolean edgesConnectTheNetwork(GatedArchitecture architecture, DiagnosticChain diagnostics) {
		boolean valid = true;
		for (GatedEdge edge : architecture.getEdges()) {
			GatedNode source = edge.getSource();
			GatedNode target = edge.getTarget();
			if (source.eIsProxy() || source.eContainer() != architecture) {
				valid = PlateauValidator.error(diagnostics, DIAGNOSTIC_SOURCE, GATED_ARCHITECTURE__GRAPH_WELL_FORMED, edge, GdlnPackage.Literals.GATED_EDGE__SOURCE,
					"source of edge '" + edge.getName() + "' names no node of this network; its nodes are " + names(architecture.getNodes()));
			}
			else if (source.getKind() == NodeKind.OUTPUT) {
				valid = PlateauValidator.error(diagnostics, DIAGNOSTIC_SOURCE, GATED_ARCHITECTURE__GRAPH_WELL_FORMED, edge, GdlnPackage.Literals.GATED_EDGE__SOURCE,
					"edge '" + edge.getName() + "' leaves the output node '" + source.getName() + "' (its kind is OUTPUT): an output node ends every path");
			}
			if (target.eIsProxy() || target.eContainer() != architecture) {
				valid = PlateauValidator.error(diagnostics, DIAGNOSTIC_SOURCE, GATED_ARCHITECTURE__GRAPH_WELL_FORMED, edge, GdlnPackage.Literals.GATED_EDGE__TARGET,
					"target of edge '" + edge.getName() + "' names no node of this network; its nodes are " + names(architecture.getNodes()));
			}
			else if (target.getKind() == NodeKind.INPUT) {
				valid = PlateauValidator.error(diagnostics, DIAGNOSTIC_SOURCE, GATED_ARCHITECTURE__GRAPH_WELL_FORMED, edge, GdlnPackage.Literals.GATED_EDGE__TARGET,
					"edge '" + edge.getName() + "' enters the input node '" + target.getName() + "' (its kind is INPUT): an input node starts every path");
			}
		}
		return valid;
	}

	/** The edges make no cycle; a cycle is named node by node. */
	private static boolean acyclic(GatedArchitecture architecture, DiagnosticChain diagnostics) {
		Map<GatedNode, List<GatedEdge>> out = new HashMap<>();
		for (GatedEdge edge : architecture.getEdges()) {
			out.computeIfAbsent(edge.getSource(), node -> new ArrayList<>()).add(edge);
		}
		// depth-first search: 1 on the current path, 2 done
		Map<GatedNode, Integer> state = new HashMap<>();
		for (GatedNode start : architecture.getNodes()) {
			List<GatedEdge> cycle = cycleFrom(start, out, state, new ArrayList<>());
			if (cycle != null) {
				StringBuilder through = new StringBuilder(cycle.get(0).getSource().getName());
				for (GatedEdge edge : cycle) {
					through.append(" → ").append(edge.getTarget().getName());
				}
				return PlateauValidator.error(diagnostics, DIAGNOSTIC_SOURCE, GATED_ARCHITECTURE__GRAPH_WELL_FORMED, cycle.get(cycle.size() - 1),
					GdlnPackage.Literals.GATED_EDGE__TARGET, "edges " + names(cycle.stream().map(GatedEdge::getName).toList())
						+ " make a cycle " + through + ": a gated deep linear network is acyclic");
			}
		}
		return true;
	}

	private static List<GatedEdge> cycleFrom(GatedNode node, Map<GatedNode, List<GatedEdge>> out, Map<GatedNode, Integer> state, List<GatedEdge> path) {
		Integer seen = state.get(node);
		if (seen != null) {
			if (seen == 2) {
				return null;
			}
			for (int i = 0; i < path.size(); i++) {
				if (path.get(i).getSource() == node) {
					return new ArrayList<>(path.subList(i, path.size()));
				}
			}
			return null;
		}
		state.put(node, 1);
		for (GatedEdge edge : out.getOrDefault(node, List.of())) {
			path.add(edge);
			List<GatedEdge> cycle = cycleFrom(edge.getTarget(), out, state, path);
			path.remove(path.size() - 1);
			if (cycle != null) {
				return cycle;
			}
		}
		state.put(node, 2);
		return null;
	}

	/**
	 * Every node and edge lies on a path from an input to an output (in a gated deep linear network, the network map is
	 * a sum over such paths: spec 2(c)); each one that does not is named on itself, so that the drawing marks it.
	 * An acyclic network is assumed.
	 */
	private static boolean onPaths(GatedArchitecture architecture, DiagnosticChain diagnostics) {
		Set<GatedNode> fromInput = new HashSet<>();
		Set<GatedNode> toOutput = new HashSet<>();
		for (GatedNode node : architecture.getNodes()) {
			if (node.getKind() == NodeKind.INPUT) {
				fromInput.add(node);
			}
			if (node.getKind() == NodeKind.OUTPUT) {
				toOutput.add(node);
			}
		}
		// grow both sets to a fixed point: at most one pass per node
		for (int pass = 0; pass < architecture.getNodes().size(); pass++) {
			boolean grown = false;
			for (GatedEdge edge : architecture.getEdges()) {
				grown |= fromInput.contains(edge.getSource()) && fromInput.add(edge.getTarget());
				grown |= toOutput.contains(edge.getTarget()) && toOutput.add(edge.getSource());
			}
			if (!grown) {
				break;
			}
		}
		boolean valid = true;
		for (GatedNode node : architecture.getNodes()) {
			if (!fromInput.contains(node) || !toOutput.contains(node)) {
				valid = PlateauValidator.error(diagnostics, DIAGNOSTIC_SOURCE, GATED_ARCHITECTURE__GRAPH_WELL_FORMED, node, GdlnPackage.Literals.GATED_NODE__NAME,
					"node '" + node.getName() + "' (its kind is " + node.getKind().getName().toLowerCase(Locale.ROOT) + ") is on no path from an input node to an output node: " + (!fromInput.contains(node)
						? "nothing from an input reaches it" : "it reaches no output") + "; connect it or delete it");
			}
		}
		for (GatedEdge edge : architecture.getEdges()) {
			if (fromInput.contains(edge.getSource()) && toOutput.contains(edge.getTarget())) {
				continue;
			}
			valid = PlateauValidator.error(diagnostics, DIAGNOSTIC_SOURCE, GATED_ARCHITECTURE__GRAPH_WELL_FORMED, edge, GdlnPackage.Literals.GATED_EDGE__SOURCE,
				"edge '" + edge.getName() + "' is on no path from an input node to an output node: " + (!fromInput.contains(edge.getSource())
					? "nothing from an input reaches its source '" + edge.getSource().getName() + "' (its kind is " + edge.getSource().getKind().getName().toLowerCase(Locale.ROOT) + ")"
					: "its target '" + edge.getTarget().getName() + "' (its kind is " + edge.getTarget().getKind().getName().toLowerCase(Locale.ROOT) + ") reaches no output"));
		}
		return valid;
	}

	/** Every weight matrix (target dim x source dim) fits in one array: a node of a billion units does not. */
	private static boolean matricesFit(GatedArchitecture architecture, DiagnosticChain diagnostics) {
		boolean valid = true;
		Set<GatedNode> reported = new HashSet<>();
		for (GatedEdge edge : architecture.getEdges()) {
			long entries = (long)edge.getSource().getDim() * edge.getTarget().getDim();
			if (entries > MAX_MATRIX_ENTRIES) {
				GatedNode larger = edge.getSource().getDim() >= edge.getTarget().getDim() ? edge.getSource() : edge.getTarget();
				if (reported.add(larger)) {
					valid = PlateauValidator.error(diagnostics, DIAGNOSTIC_SOURCE, GATED_ARCHITECTURE__GRAPH_WELL_FORMED, larger, GdlnPackage.Literals.GATED_NODE__DIM,
						"dim " + larger.getDim() + " of node '" + larger.getName() + "' is too large: the weight matrix of edge '" + edge.getName()
							+ "' would have " + edge.getTarget().getDim() + " x " + edge.getSource().getDim() + " = " + entries
							+ " entries, and a matrix holds at most " + MAX_MATRIX_ENTRIES);
				}
			}
		}
		return valid;
	}

	private static String names(List<?> items) {
		List<String> names = new ArrayList<>();
		for (Object item : items) {
			names.add(item instanceof GatedNode node ? node.getName() : String.valueOf(item));
		}
		return String.join(", ", names);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateGatedNode(GatedNode gatedNode, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(gatedNode, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateGatedEdge(GatedEdge gatedEdge, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(gatedEdge, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateNodeKind(NodeKind nodeKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * Returns the resource locator that will be used to fetch messages for this validator's diagnostics.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		// TODO
		// Specialize this to return a resource locator for messages specific to this validator.
		// Ensure that you remove @generated or mark it @generated NOT
		return super.getResourceLocator();
	}

	/**
	 * Refuses, naming the field, the shared training settings the GDLN engine does not honour for a family's task: it
	 * trains by exact full-batch gradient descent (Saxe, Sodhani and Lewallen 2022, spec 2(c)) on half the squared
	 * error, reduced over the samples by the family's convention.
	 *
	 * @param task the family's task, contained in its experiment
	 * @param family the family, e.g. "the gated family"
	 * @param convention the loss convention the family's time and theory assume
	 * @param why why that convention, e.g. "the paper's mean over items and features (spec 2(b))"
	 * @generated NOT
	 */
	public static boolean engineTrainingHonoured(DiagnosticChain diagnostics, String source, int code, Task task,
			String family, LossConvention convention, String why) {
		boolean result = PlateauValidator.honours(diagnostics, source, code, task, PlateauPackage.Literals.TRAINING__ALGORITHM,
			family + " trains by exact full-batch gradient descent (spec 2(c))", TrainingAlgorithm.FULL_BATCH_GD);
		result &= PlateauValidator.honours(diagnostics, source, code, task, PlateauPackage.Literals.TRAINING__LOSS_KIND,
			family + " trains on half the squared error, the loss of its theory", LossKind.HALF_SQUARED_ERROR);
		return PlateauValidator.honours(diagnostics, source, code, task, PlateauPackage.Literals.TRAINING__LOSS_CONVENTION,
			family + "'s loss is " + why, convention) && result;
	}

} //GdlnValidator
