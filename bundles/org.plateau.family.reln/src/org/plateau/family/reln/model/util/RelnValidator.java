/**
 * Code marked @generated is produced by EMF from model/reln.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.family.reln.model.util;

import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.EObjectValidator;

import org.plateau.family.reln.model.*;
import org.plateau.gdln.model.util.GdlnValidator;
import org.plateau.model.LossConvention;
import org.plateau.model.util.PlateauValidator;

/**
 * <!-- begin-user-doc -->
 * The <b>Validator</b> for the model.
 * <!-- end-user-doc -->
 * @see org.plateau.family.reln.model.RelnPackage
 * @generated
 */
public class RelnValidator extends EObjectValidator {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final RelnValidator INSTANCE = new RelnValidator();

	/**
	 * A constant for the {@link org.eclipse.emf.common.util.Diagnostic#getSource() source} of diagnostic {@link org.eclipse.emf.common.util.Diagnostic#getCode() codes} from this package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.common.util.Diagnostic#getSource()
	 * @see org.eclipse.emf.common.util.Diagnostic#getCode()
	 * @generated
	 */
	public static final String DIAGNOSTIC_SOURCE = "org.plateau.family.reln.model";

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final int GENERATED_DIAGNOSTIC_CODE_COUNT = 0;

	/** Diagnostic code: a contextual task's contexts, structure or scale are not usable. */
	public static final int CONTEXTUAL_TASK__CONTEXTS_VALID = GENERATED_DIAGNOSTIC_CODE_COUNT + 1;

	/** Diagnostic code: a ReLU network has no hidden unit. */
	public static final int RELU_NETWORK__HIDDEN_WIDTH_POSITIVE = GENERATED_DIAGNOSTIC_CODE_COUNT + 2;

	/** Diagnostic code: a ReLN's modules have no unit, or its common scale ratio is not positive. */
	public static final int RELN_NETWORK__MODULE_WIDTH_POSITIVE = GENERATED_DIAGNOSTIC_CODE_COUNT + 3;

	/**
	 * Code of the trainingHonoured constraint (hand-written).
	 */
	public static final int CONTEXTUAL_TASK__TRAINING_HONOURED = GENERATED_DIAGNOSTIC_CODE_COUNT + 4;

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
	public RelnValidator() {
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
	  return RelnPackage.eINSTANCE;
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
			case RelnPackage.CONTEXTUAL_TASK:
				return validateContextualTask((ContextualTask)value, diagnostics, context);
			case RelnPackage.RELU_NETWORK:
				return validateReluNetwork((ReluNetwork)value, diagnostics, context);
			case RelnPackage.RELN_NETWORK:
				return validateRelnNetwork((RelnNetwork)value, diagnostics, context);
			case RelnPackage.CONTEXT_STRUCTURE:
				return validateContextStructure((ContextStructure)value, diagnostics, context);
			default:
				return true;
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateContextualTask(ContextualTask contextualTask, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(contextualTask, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(contextualTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(contextualTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(contextualTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(contextualTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(contextualTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(contextualTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(contextualTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(contextualTask, diagnostics, context);
		if (result || diagnostics != null) result &= validateContextualTask_contextsValid(contextualTask, diagnostics, context);
		if (result || diagnostics != null) result &= validateContextualTask_trainingHonoured(contextualTask, diagnostics, context);
		return result;
	}

	/**
	 * Validates the contextsValid constraint of '<em>Contextual Task</em>'.
	 * <!-- begin-user-doc -->
	 * 2 to 8 contexts; the different-structure variant has exactly 3; a finite positive context scale.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateContextualTask_contextsValid(ContextualTask contextualTask, DiagnosticChain diagnostics, Map<Object, Object> context) {
		int c = contextualTask.getContexts();
		if (c < 2 || c > 8) {
			return PlateauValidator.error(diagnostics, DIAGNOSTIC_SOURCE, CONTEXTUAL_TASK__CONTEXTS_VALID, contextualTask, RelnPackage.Literals.CONTEXTUAL_TASK__CONTEXTS,
				"contexts must be 2 to 8, was " + c);
		}
		if (contextualTask.getStructure() == ContextStructure.DIFFERENT && c != 3) {
			return PlateauValidator.error(diagnostics, DIAGNOSTIC_SOURCE, CONTEXTUAL_TASK__CONTEXTS_VALID, contextualTask, RelnPackage.Literals.CONTEXTUAL_TASK__STRUCTURE,
				"structure DIFFERENT (tree, ring, cross) needs 3 contexts, the task has " + c + "; use SAME");
		}
		if (!(contextualTask.getContextScale() > 0) || !Double.isFinite(contextualTask.getContextScale())) {
			return PlateauValidator.error(diagnostics, DIAGNOSTIC_SOURCE, CONTEXTUAL_TASK__CONTEXTS_VALID, contextualTask, RelnPackage.Literals.CONTEXTUAL_TASK__CONTEXT_SCALE,
				"contextScale must be finite and positive, was " + contextualTask.getContextScale());
		}
		return true;
	}

	/**
	 * Validates the trainingHonoured constraint of '<em>Contextual Task</em>'.
	 * <!-- begin-user-doc -->
	 * The shared training settings the family honours: full-batch gradient descent, the SUM loss.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateContextualTask_trainingHonoured(ContextualTask contextualTask, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return GdlnValidator.engineTrainingHonoured(diagnostics, DIAGNOSTIC_SOURCE, CONTEXTUAL_TASK__TRAINING_HONOURED, contextualTask, "the ReLU-equivalent family",
			LossConvention.SUM, "the paper's sum over the samples (spec 3(c))");
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateReluNetwork(ReluNetwork reluNetwork, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(reluNetwork, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(reluNetwork, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(reluNetwork, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(reluNetwork, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(reluNetwork, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(reluNetwork, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(reluNetwork, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(reluNetwork, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(reluNetwork, diagnostics, context);
		if (result || diagnostics != null) result &= validateReluNetwork_hiddenWidthPositive(reluNetwork, diagnostics, context);
		return result;
	}

	/**
	 * Validates the hiddenWidthPositive constraint of '<em>Relu Network</em>'.
	 * <!-- begin-user-doc -->
	 * At least one hidden unit.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateReluNetwork_hiddenWidthPositive(ReluNetwork reluNetwork, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (reluNetwork.getHiddenWidth() >= 1) {
			return true;
		}
		return PlateauValidator.error(diagnostics, DIAGNOSTIC_SOURCE, RELU_NETWORK__HIDDEN_WIDTH_POSITIVE, reluNetwork, RelnPackage.Literals.RELU_NETWORK__HIDDEN_WIDTH,
			"hiddenWidth must be at least 1, was " + reluNetwork.getHiddenWidth());
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRelnNetwork(RelnNetwork relnNetwork, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(relnNetwork, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(relnNetwork, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(relnNetwork, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(relnNetwork, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(relnNetwork, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(relnNetwork, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(relnNetwork, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(relnNetwork, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(relnNetwork, diagnostics, context);
		if (result || diagnostics != null) result &= validateRelnNetwork_moduleWidthPositive(relnNetwork, diagnostics, context);
		return result;
	}

	/**
	 * Validates the moduleWidthPositive constraint of '<em>Network</em>'.
	 * <!-- begin-user-doc -->
	 * At least one unit per module; a finite positive common scale ratio.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateRelnNetwork_moduleWidthPositive(RelnNetwork relnNetwork, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (relnNetwork.getModuleWidth() < 1) {
			return PlateauValidator.error(diagnostics, DIAGNOSTIC_SOURCE, RELN_NETWORK__MODULE_WIDTH_POSITIVE, relnNetwork, RelnPackage.Literals.RELN_NETWORK__MODULE_WIDTH,
				"moduleWidth must be at least 1, was " + relnNetwork.getModuleWidth());
		}
		if (!(relnNetwork.getCommonScaleRatio() > 0) || !Double.isFinite(relnNetwork.getCommonScaleRatio())) {
			return PlateauValidator.error(diagnostics, DIAGNOSTIC_SOURCE, RELN_NETWORK__MODULE_WIDTH_POSITIVE, relnNetwork, RelnPackage.Literals.RELN_NETWORK__COMMON_SCALE_RATIO,
				"commonScaleRatio must be finite and positive, was " + relnNetwork.getCommonScaleRatio());
		}
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateContextStructure(ContextStructure contextStructure, DiagnosticChain diagnostics, Map<Object, Object> context) {
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

} //RelnValidator
