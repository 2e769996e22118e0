/**
 * Code marked @generated is produced by EMF from model/gated.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.family.gated.model.util;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.EObjectValidator;

import org.plateau.family.gated.model.*;
import org.plateau.gdln.model.GatedArchitecture;
import org.plateau.gdln.model.GatedNode;
import org.plateau.gdln.model.NodeKind;
import org.plateau.gdln.model.util.GdlnValidator;
import org.plateau.model.Experiment;
import org.plateau.model.LossConvention;
import org.plateau.model.util.PlateauValidator;

/**
 * <!-- begin-user-doc -->
 * The <b>Validator</b> for the model.
 * <!-- end-user-doc -->
 * @see org.plateau.family.gated.model.GatedPackage
 * @generated
 */
public class GatedValidator extends EObjectValidator {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final GatedValidator INSTANCE = new GatedValidator();

	/**
	 * A constant for the {@link org.eclipse.emf.common.util.Diagnostic#getSource() source} of diagnostic {@link org.eclipse.emf.common.util.Diagnostic#getCode() codes} from this package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.common.util.Diagnostic#getSource()
	 * @see org.eclipse.emf.common.util.Diagnostic#getCode()
	 * @generated
	 */
	public static final String DIAGNOSTIC_SOURCE = "org.plateau.family.gated.model";

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final int GENERATED_DIAGNOSTIC_CODE_COUNT = 0;

	/** Diagnostic code: a routing task has fewer than two domains. */
	public static final int ROUTING_TASK__DOMAINS_VALID = GENERATED_DIAGNOSTIC_CODE_COUNT + 1;

	/** Diagnostic code: a routing task trains no output domain, or one twice. */
	public static final int ROUTING_TASK__OFFSETS_VALID = GENERATED_DIAGNOSTIC_CODE_COUNT + 2;

	/** Diagnostic code: a race task's dimensions or singular values are not usable. */
	public static final int RACE_TASK__DIMENSIONS_VALID = GENERATED_DIAGNOSTIC_CODE_COUNT + 3;

	/** Diagnostic code: a race task's gated fraction or gated node is not usable. */
	public static final int RACE_TASK__GATED_FRACTION_VALID = GENERATED_DIAGNOSTIC_CODE_COUNT + 4;

	/** Diagnostic code: a decoupled initialisation's b0 is not positive. */
	public static final int DECOUPLED_INITIALISATION__B0_POSITIVE = GENERATED_DIAGNOSTIC_CODE_COUNT + 5;

	/**
	 * Codes of the trainingHonoured constraints (hand-written).
	 */
	public static final int ROUTING_TASK__TRAINING_HONOURED = GENERATED_DIAGNOSTIC_CODE_COUNT + 6;
	public static final int RACE_TASK__TRAINING_HONOURED = GENERATED_DIAGNOSTIC_CODE_COUNT + 7;

	/** The race task's data is this many copies of whitened inputs, so that a gated fraction is a multiple of its inverse. */
	public static final int RACE_TASK_COPIES = 20;

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
	public GatedValidator() {
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
	  return GatedPackage.eINSTANCE;
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
			case GatedPackage.ROUTING_TASK:
				return validateRoutingTask((RoutingTask)value, diagnostics, context);
			case GatedPackage.RACE_TASK:
				return validateRaceTask((RaceTask)value, diagnostics, context);
			case GatedPackage.DECOUPLED_INITIALISATION:
				return validateDecoupledInitialisation((DecoupledInitialisation)value, diagnostics, context);
			default:
				return true;
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRoutingTask(RoutingTask routingTask, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(routingTask, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(routingTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(routingTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(routingTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(routingTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(routingTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(routingTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(routingTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(routingTask, diagnostics, context);
		if (result || diagnostics != null) result &= validateRoutingTask_domainsValid(routingTask, diagnostics, context);
		if (result || diagnostics != null) result &= validateRoutingTask_offsetsValid(routingTask, diagnostics, context);
		if (result || diagnostics != null) result &= validateRoutingTask_trainingHonoured(routingTask, diagnostics, context);
		return result;
	}

	/**
	 * Validates the domainsValid constraint of '<em>Routing Task</em>'.
	 * <!-- begin-user-doc -->
	 * At least two domains.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateRoutingTask_domainsValid(RoutingTask routingTask, DiagnosticChain diagnostics, Map<Object, Object> context) {
		int m = routingTask.getDomains();
		if (m < 2) {
			return PlateauValidator.error(diagnostics, DIAGNOSTIC_SOURCE, ROUTING_TASK__DOMAINS_VALID, routingTask, GatedPackage.Literals.ROUTING_TASK__DOMAINS,
				"domains must be at least 2, was " + m);
		}
		GatedArchitecture architecture = architecture(routingTask);
		if (architecture == null) {
			return true;
		}
		// what the family's setup needs of the network: in0 .. in(M-1) of 4 units, out0 .. out(M-1) of 7, no other input or output
		boolean valid = true;
		int inputs = 0;
		int outputs = 0;
		for (GatedNode node : architecture.getNodes()) {
			inputs += node.getKind() == NodeKind.INPUT ? 1 : 0;
			outputs += node.getKind() == NodeKind.OUTPUT ? 1 : 0;
		}
		for (int i = 0; i < m && valid; i++) {
			valid = routingNode(routingTask, architecture, "in" + i, NodeKind.INPUT, ROUTING_ITEMS, diagnostics)
				& routingNode(routingTask, architecture, "out" + i, NodeKind.OUTPUT, ROUTING_FEATURES, diagnostics);
		}
		if (valid && (inputs != m || outputs != m)) {
			valid = PlateauValidator.error(diagnostics, DIAGNOSTIC_SOURCE, ROUTING_TASK__DOMAINS_VALID, routingTask, GatedPackage.Literals.ROUTING_TASK__DOMAINS,
				"a routing task of " + m + " domains needs exactly the input nodes in0 .. in" + (m - 1) + " and the output nodes out0 .. out"
					+ (m - 1) + "; the architecture has " + inputs + " nodes of kind INPUT and " + outputs + " of kind OUTPUT");
		}
		return valid;
	}

	/** The routing task's items per domain (the inputs' dim) and features (the outputs' dim), spec 2(b). */
	public static final int ROUTING_ITEMS = 4;

	/** See {@link #ROUTING_ITEMS}. */
	public static final int ROUTING_FEATURES = 7;

	/** A node the routing task needs: its name, kind and dim. */
	private static boolean routingNode(RoutingTask task, GatedArchitecture architecture, String name, NodeKind kind, int dim,
			DiagnosticChain diagnostics) {
		GatedNode node = node(architecture, name);
		if (node == null) {
			return PlateauValidator.error(diagnostics, DIAGNOSTIC_SOURCE, ROUTING_TASK__DOMAINS_VALID, task, GatedPackage.Literals.ROUTING_TASK__DOMAINS,
				"domains = " + task.getDomains() + " needs an " + kind.getLiteral().toLowerCase() + " node '" + name + "' of " + dim
					+ " units; the nodes are " + nodeNames(architecture));
		}
		if (node.getKind() != kind || node.getDim() != dim) {
			return PlateauValidator.error(diagnostics, DIAGNOSTIC_SOURCE, ROUTING_TASK__DOMAINS_VALID, node,
				node.getKind() != kind ? org.plateau.gdln.model.GdlnPackage.Literals.GATED_NODE__KIND : org.plateau.gdln.model.GdlnPackage.Literals.GATED_NODE__DIM,
				"node '" + name + "' must be of kind " + kind.getLiteral() + " and dim " + dim + " for the routing task, is of kind "
					+ node.getKind().getLiteral() + " and dim " + node.getDim());
		}
		return true;
	}

	/** The gated architecture of the task's experiment, or null. */
	private static GatedArchitecture architecture(org.plateau.model.Task task) {
		return task.eContainer() instanceof Experiment experiment && experiment.getArchitecture() instanceof GatedArchitecture architecture
			? architecture : null;
	}

	private static GatedNode node(GatedArchitecture architecture, String name) {
		for (GatedNode node : architecture.getNodes()) {
			if (name.equals(node.getName())) {
				return node;
			}
		}
		return null;
	}

	private static String nodeNames(GatedArchitecture architecture) {
		return architecture.getNodes().stream().map(GatedNode::getName).toList().toString();
	}

	/**
	 * Validates the offsetsValid constraint of '<em>Routing Task</em>'.
	 * <!-- begin-user-doc -->
	 * At least one offset, and no two offsets naming the same output domain.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateRoutingTask_offsetsValid(RoutingTask routingTask, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (routingTask.getOffsets().isEmpty()) {
			return PlateauValidator.error(diagnostics, DIAGNOSTIC_SOURCE, ROUTING_TASK__OFFSETS_VALID, routingTask, GatedPackage.Literals.ROUTING_TASK__OFFSETS,
				"offsets: no output domain is trained (give at least one offset d, e.g. 0)");
		}
		int domains = Math.max(1, routingTask.getDomains());
		java.util.Set<Integer> seen = new java.util.HashSet<>();
		for (int offset : routingTask.getOffsets()) {
			if (!seen.add(Math.floorMod(offset, domains))) {
				return PlateauValidator.error(diagnostics, DIAGNOSTIC_SOURCE, ROUTING_TASK__OFFSETS_VALID, routingTask, GatedPackage.Literals.ROUTING_TASK__OFFSETS,
					"offsets " + routingTask.getOffsets() + " name the same output domain twice (mod " + domains + ")");
			}
		}
		return true;
	}

	/**
	 * Validates the trainingHonoured constraint of '<em>Routing Task</em>'.
	 * <!-- begin-user-doc -->
	 * The shared training settings the family honours: full-batch gradient descent, the MEAN loss.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateRoutingTask_trainingHonoured(RoutingTask routingTask, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return GdlnValidator.engineTrainingHonoured(diagnostics, DIAGNOSTIC_SOURCE, ROUTING_TASK__TRAINING_HONOURED, routingTask, "the gated family",
			LossConvention.MEAN, "the paper's mean over items and features (spec 2(b))")
			& initialisationSupported(routingTask, ROUTING_TASK__TRAINING_HONOURED, diagnostics);
	}

	/** The family draws its initial weights decoupled, random orthogonal or small Gaussian, and refuses any other start. */
	private static boolean initialisationSupported(org.plateau.model.Task task, int code, DiagnosticChain diagnostics) {
		if (!(task.eContainer() instanceof Experiment experiment) || experiment.getInitialisation() == null
			|| experiment.getInitialisation() instanceof DecoupledInitialisation
			|| experiment.getInitialisation() instanceof org.plateau.model.RandomOrthogonalInitialisation
			|| experiment.getInitialisation() instanceof org.plateau.model.SmallGaussianInitialisation) {
			return true;
		}
		return PlateauValidator.error(diagnostics, DIAGNOSTIC_SOURCE, code, experiment, org.plateau.model.PlateauPackage.Literals.EXPERIMENT__INITIALISATION,
			"initialisation " + experiment.getInitialisation().eClass().getName() + " is not one the gated family draws: use "
				+ "DecoupledInitialisation, RandomOrthogonalInitialisation or SmallGaussianInitialisation");
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRaceTask(RaceTask raceTask, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(raceTask, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(raceTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(raceTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(raceTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(raceTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(raceTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(raceTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(raceTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(raceTask, diagnostics, context);
		if (result || diagnostics != null) result &= validateRaceTask_dimensionsValid(raceTask, diagnostics, context);
		if (result || diagnostics != null) result &= validateRaceTask_gatedFractionValid(raceTask, diagnostics, context);
		if (result || diagnostics != null) result &= validateRaceTask_trainingHonoured(raceTask, diagnostics, context);
		return result;
	}

	/**
	 * Validates the dimensionsValid constraint of '<em>Race Task</em>'.
	 * <!-- begin-user-doc -->
	 * inputDim is at least 1; one to inputDim singular values, each finite and positive.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateRaceTask_dimensionsValid(RaceTask raceTask, DiagnosticChain diagnostics, Map<Object, Object> context) {
		int n = raceTask.getInputDim();
		if (n < 1) {
			return PlateauValidator.error(diagnostics, DIAGNOSTIC_SOURCE, RACE_TASK__DIMENSIONS_VALID, raceTask, GatedPackage.Literals.RACE_TASK__INPUT_DIM,
				"inputDim must be at least 1, was " + n);
		}
		// the task's map is inputDim x inputDim, its data inputDim x (inputDim x copies), each in one array
		long samples = (long)n * RACE_TASK_COPIES;
		if ((long)n * n > GdlnValidator.MAX_MATRIX_ENTRIES || (long)n * samples > GdlnValidator.MAX_MATRIX_ENTRIES) {
			return PlateauValidator.error(diagnostics, DIAGNOSTIC_SOURCE, RACE_TASK__DIMENSIONS_VALID, raceTask, GatedPackage.Literals.RACE_TASK__INPUT_DIM,
				"inputDim " + n + " is too large: the task's data would be " + n + " x " + samples + " = " + n * samples
					+ " entries, and a matrix holds at most " + GdlnValidator.MAX_MATRIX_ENTRIES);
		}
		GatedArchitecture architecture = architecture(raceTask);
		if (architecture != null) {
			for (NodeKind kind : new NodeKind[] { NodeKind.INPUT, NodeKind.OUTPUT }) {
				List<GatedNode> nodes = architecture.getNodes().stream().filter(node -> node.getKind() == kind).toList();
				if (nodes.size() != 1 || nodes.get(0).getDim() != n) {
					return PlateauValidator.error(diagnostics, DIAGNOSTIC_SOURCE, RACE_TASK__DIMENSIONS_VALID, raceTask, GatedPackage.Literals.RACE_TASK__INPUT_DIM,
						"the race task needs one node of kind " + kind.getLiteral() + " and dim " + n + " (inputDim); the architecture has "
							+ (nodes.isEmpty() ? "none" : nodes.stream().map(node -> node.getName() + " of dim " + node.getDim()).toList()));
				}
			}
			for (GatedNode node : architecture.getNodes()) {
				if ((long)node.getDim() * samples > GdlnValidator.MAX_MATRIX_ENTRIES) {
					return PlateauValidator.error(diagnostics, DIAGNOSTIC_SOURCE, RACE_TASK__DIMENSIONS_VALID, node, org.plateau.gdln.model.GdlnPackage.Literals.GATED_NODE__DIM,
						"dim " + node.getDim() + " of node '" + node.getName() + "' is too large: its activations over the race task's " + samples
							+ " datapoints would be " + (long)node.getDim() * samples + " entries, and a matrix holds at most " + GdlnValidator.MAX_MATRIX_ENTRIES);
				}
			}
		}
		if (raceTask.getSingularValues().isEmpty() || raceTask.getSingularValues().size() > n) {
			return PlateauValidator.error(diagnostics, DIAGNOSTIC_SOURCE, RACE_TASK__DIMENSIONS_VALID, raceTask, GatedPackage.Literals.RACE_TASK__SINGULAR_VALUES,
				"singularValues must give 1 to inputDim (" + n + ") values, gave " + raceTask.getSingularValues().size());
		}
		for (double s : raceTask.getSingularValues()) {
			if (!(s > 0) || !Double.isFinite(s)) {
				return PlateauValidator.error(diagnostics, DIAGNOSTIC_SOURCE, RACE_TASK__DIMENSIONS_VALID, raceTask, GatedPackage.Literals.RACE_TASK__SINGULAR_VALUES,
					"singularValues must be finite and positive, " + raceTask.getSingularValues() + " holds " + s);
			}
		}
		return true;
	}

	/**
	 * Validates the gatedFractionValid constraint of '<em>Race Task</em>'.
	 * <!-- begin-user-doc -->
	 * The gated fraction is a multiple of 0.05 in (0, 1], and a gated node is named.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateRaceTask_gatedFractionValid(RaceTask raceTask, DiagnosticChain diagnostics, Map<Object, Object> context) {
		double p = raceTask.getGatedFraction();
		double copies = p * RACE_TASK_COPIES;
		if (!(p > 0 && p <= 1) || Math.abs(copies - Math.rint(copies)) > 1e-9) {
			return PlateauValidator.error(diagnostics, DIAGNOSTIC_SOURCE, RACE_TASK__GATED_FRACTION_VALID, raceTask, GatedPackage.Literals.RACE_TASK__GATED_FRACTION,
				"gatedFraction must be a multiple of " + 1.0 / RACE_TASK_COPIES + " in (0, 1], was " + p);
		}
		if (raceTask.getGatedNode() == null || raceTask.getGatedNode().isBlank()) {
			return PlateauValidator.error(diagnostics, DIAGNOSTIC_SOURCE, RACE_TASK__GATED_FRACTION_VALID, raceTask, GatedPackage.Literals.RACE_TASK__GATED_NODE,
				"gatedNode names no node");
		}
		GatedArchitecture architecture = architecture(raceTask);
		if (architecture != null && node(architecture, raceTask.getGatedNode()) == null) {
			return PlateauValidator.error(diagnostics, DIAGNOSTIC_SOURCE, RACE_TASK__GATED_FRACTION_VALID, raceTask, GatedPackage.Literals.RACE_TASK__GATED_NODE,
				"gatedNode '" + org.plateau.model.util.Texts.printable(raceTask.getGatedNode()) + "' names no node of the architecture; its nodes are "
					+ nodeNames(architecture));
		}
		return true;
	}

	/**
	 * Validates the trainingHonoured constraint of '<em>Race Task</em>'.
	 * <!-- begin-user-doc -->
	 * The shared training settings the family honours: full-batch gradient descent, the MEAN loss.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateRaceTask_trainingHonoured(RaceTask raceTask, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return GdlnValidator.engineTrainingHonoured(diagnostics, DIAGNOSTIC_SOURCE, RACE_TASK__TRAINING_HONOURED, raceTask, "the gated family",
			LossConvention.MEAN, "the mean over the whitened datapoints, the time of the race reduction (Saxe, Sodhani & Lewallen 2022)")
			& initialisationSupported(raceTask, RACE_TASK__TRAINING_HONOURED, diagnostics);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDecoupledInitialisation(DecoupledInitialisation decoupledInitialisation, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(decoupledInitialisation, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(decoupledInitialisation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(decoupledInitialisation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(decoupledInitialisation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(decoupledInitialisation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(decoupledInitialisation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(decoupledInitialisation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(decoupledInitialisation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(decoupledInitialisation, diagnostics, context);
		if (result || diagnostics != null) result &= validateDecoupledInitialisation_b0Positive(decoupledInitialisation, diagnostics, context);
		return result;
	}

	/**
	 * Validates the b0Positive constraint of '<em>Decoupled Initialisation</em>'.
	 * <!-- begin-user-doc -->
	 * b0 is finite and positive.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateDecoupledInitialisation_b0Positive(DecoupledInitialisation decoupledInitialisation, DiagnosticChain diagnostics, Map<Object, Object> context) {
		double b0 = decoupledInitialisation.getB0();
		if (b0 > 0 && Double.isFinite(b0)) {
			return true;
		}
		return PlateauValidator.error(diagnostics, DIAGNOSTIC_SOURCE, DECOUPLED_INITIALISATION__B0_POSITIVE, decoupledInitialisation,
			GatedPackage.Literals.DECOUPLED_INITIALISATION__B0, "b0 must be finite and positive, was " + b0);
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

} //GatedValidator
