/**
 * Code marked @generated is produced by EMF from model/modular.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.family.modular.model.util;

import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.EObjectValidator;

import org.plateau.family.modular.model.*;
import org.plateau.gdln.model.util.GdlnValidator;
import org.plateau.model.LossConvention;
import org.plateau.model.util.PlateauValidator;

/**
 * <!-- begin-user-doc -->
 * The <b>Validator</b> for the model.
 * <!-- end-user-doc -->
 * @see org.plateau.family.modular.model.ModularPackage
 * @generated
 */
public class ModularValidator extends EObjectValidator {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final ModularValidator INSTANCE = new ModularValidator();

	/**
	 * A constant for the {@link org.eclipse.emf.common.util.Diagnostic#getSource() source} of diagnostic {@link org.eclipse.emf.common.util.Diagnostic#getCode() codes} from this package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.common.util.Diagnostic#getSource()
	 * @see org.eclipse.emf.common.util.Diagnostic#getCode()
	 * @generated
	 */
	public static final String DIAGNOSTIC_SOURCE = "org.plateau.family.modular.model";

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final int GENERATED_DIAGNOSTIC_CODE_COUNT = 0;

	/** Diagnostic code: a modular task's dimensions or scale are not usable. */
	public static final int MODULAR_TASK__DIMENSIONS_VALID = GENERATED_DIAGNOSTIC_CODE_COUNT + 1;

	/**
	 * Code of the trainingHonoured constraint (hand-written).
	 */
	public static final int MODULAR_TASK__TRAINING_HONOURED = GENERATED_DIAGNOSTIC_CODE_COUNT + 2;

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
	public ModularValidator() {
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
	  return ModularPackage.eINSTANCE;
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
			case ModularPackage.MODULAR_TASK:
				return validateModularTask((ModularTask)value, diagnostics, context);
			default:
				return true;
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateModularTask(ModularTask modularTask, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(modularTask, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(modularTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(modularTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(modularTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(modularTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(modularTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(modularTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(modularTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(modularTask, diagnostics, context);
		if (result || diagnostics != null) result &= validateModularTask_dimensionsValid(modularTask, diagnostics, context);
		if (result || diagnostics != null) result &= validateModularTask_trainingHonoured(modularTask, diagnostics, context);
		return result;
	}

	/**
	 * Validates the dimensionsValid constraint of '<em>Task</em>'.
	 * <!-- begin-user-doc -->
	 * 1 &lt;= n1 &lt;= 12, 0 &lt;= n2 &lt;= n1, k1, k2 &gt;= 0 with some output, 0 &lt;= trainingPatterns &lt;= P, r finite and positive.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateModularTask_dimensionsValid(ModularTask modularTask, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (modularTask.getN1() < 1 || modularTask.getN1() > 12) {
			return PlateauValidator.error(diagnostics, DIAGNOSTIC_SOURCE, MODULAR_TASK__DIMENSIONS_VALID, modularTask, ModularPackage.Literals.MODULAR_TASK__N1,
				"n1 must be 1 to 12 (P = 2^n1 datapoints), was " + modularTask.getN1());
		}
		if (modularTask.getN2() < 0 || modularTask.getN2() > modularTask.getN1()) {
			return PlateauValidator.error(diagnostics, DIAGNOSTIC_SOURCE, MODULAR_TASK__DIMENSIONS_VALID, modularTask, ModularPackage.Literals.MODULAR_TASK__N2,
				"n2 must lie in [0, n1] = [0, " + modularTask.getN1() + "], was " + modularTask.getN2());
		}
		if (modularTask.getK1() < 0) {
			return PlateauValidator.error(diagnostics, DIAGNOSTIC_SOURCE, MODULAR_TASK__DIMENSIONS_VALID, modularTask, ModularPackage.Literals.MODULAR_TASK__K1,
				"k1 must not be negative, was " + modularTask.getK1());
		}
		if (modularTask.getK2() < 0 || modularTask.getN2() + modularTask.getK2() == 0) {
			return PlateauValidator.error(diagnostics, DIAGNOSTIC_SOURCE, MODULAR_TASK__DIMENSIONS_VALID, modularTask, ModularPackage.Literals.MODULAR_TASK__K2,
				"k2 must not be negative, and the task needs an output (n2 + k2 > 0); k2 was " + modularTask.getK2());
		}
		int patterns = 1 << Math.min(modularTask.getN1(), 12);
		if (modularTask.getTrainingPatterns() < 0 || modularTask.getTrainingPatterns() > patterns) {
			return PlateauValidator.error(diagnostics, DIAGNOSTIC_SOURCE, MODULAR_TASK__DIMENSIONS_VALID, modularTask, ModularPackage.Literals.MODULAR_TASK__TRAINING_PATTERNS,
				"trainingPatterns must lie in [0, P] = [0, " + patterns + "] (0: all), was " + modularTask.getTrainingPatterns());
		}
		if (!(modularTask.getR() > 0) || !Double.isFinite(modularTask.getR())) {
			return PlateauValidator.error(diagnostics, DIAGNOSTIC_SOURCE, MODULAR_TASK__DIMENSIONS_VALID, modularTask, ModularPackage.Literals.MODULAR_TASK__R,
				"r must be finite and positive, was " + modularTask.getR());
		}
		return true;
	}

	/**
	 * Validates the trainingHonoured constraint of '<em>Modular Task</em>'.
	 * <!-- begin-user-doc -->
	 * The shared training settings the family honours: full-batch gradient descent, the SUM loss.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateModularTask_trainingHonoured(ModularTask modularTask, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return GdlnValidator.engineTrainingHonoured(diagnostics, DIAGNOSTIC_SOURCE, MODULAR_TASK__TRAINING_HONOURED, modularTask, "the modular family",
			LossConvention.SUM, "the sum over the dataset, the time of its closed form (spec 4(c))");
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

} //ModularValidator
