/**
 * Code marked @generated is produced by EMF from model/experiment.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.model.util;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.eclipse.emf.ecore.util.EcoreUtil;

import org.plateau.model.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Validator</b> for the model.
 * <!-- end-user-doc -->
 * @see org.plateau.model.PlateauPackage
 * @generated
 */
public class PlateauValidator extends EObjectValidator {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final PlateauValidator INSTANCE = new PlateauValidator();

	/**
	 * A constant for the {@link org.eclipse.emf.common.util.Diagnostic#getSource() source} of diagnostic {@link org.eclipse.emf.common.util.Diagnostic#getCode() codes} from this package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.common.util.Diagnostic#getSource()
	 * @see org.eclipse.emf.common.util.Diagnostic#getCode()
	 * @generated
	 */
	public static final String DIAGNOSTIC_SOURCE = "org.plateau.model";

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final int GENERATED_DIAGNOSTIC_CODE_COUNT = 0;

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants in a derived class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static final int DIAGNOSTIC_CODE_COUNT = GENERATED_DIAGNOSTIC_CODE_COUNT;

	/**
	 * Diagnostic code: An experiment lacks its task, architecture, initialisation or training.
	 */
	public static final int EXPERIMENT__HAS_REQUIRED_PARTS = GENERATED_DIAGNOSTIC_CODE_COUNT + 1;

	/**
	 * Diagnostic code: A name or another text of an experiment or a sweep holds a control character, or one XML cannot store.
	 */
	public static final int TEXTS_STORABLE = GENERATED_DIAGNOSTIC_CODE_COUNT + 18;

	/**
	 * Diagnostic code: The learning rate is not positive or not finite.
	 */
	public static final int TRAINING__LEARNING_RATE_POSITIVE = GENERATED_DIAGNOSTIC_CODE_COUNT + 2;

	/**
	 * Diagnostic code: The number of steps is not positive.
	 */
	public static final int TRAINING__STEPS_POSITIVE = GENERATED_DIAGNOSTIC_CODE_COUNT + 3;

	/**
	 * Diagnostic code: The record interval is not positive or exceeds the number of steps.
	 */
	public static final int TRAINING__RECORD_INTERVAL_VALID = GENERATED_DIAGNOSTIC_CODE_COUNT + 4;

	/**
	 * Diagnostic code: A snapshot step lies outside [0, steps].
	 */
	public static final int TRAINING__SNAPSHOT_STEPS_IN_RANGE = GENERATED_DIAGNOSTIC_CODE_COUNT + 5;

	/**
	 * The diagnostic code for constraint '<em>Batch Size Valid</em>' of '<em>Training</em>' (hand-written).
	 */
	public static final int TRAINING__BATCH_SIZE_VALID = GENERATED_DIAGNOSTIC_CODE_COUNT + 16;

	/**
	 * The diagnostic code for constraint '<em>Stop Below Loss Valid</em>' of '<em>Training</em>' (hand-written).
	 */
	public static final int TRAINING__STOP_BELOW_LOSS_VALID = GENERATED_DIAGNOSTIC_CODE_COUNT + 17;

	/**
	 * Diagnostic code: The scale of a small Gaussian initialisation is negative or not finite.
	 */
	public static final int SMALL_GAUSSIAN_INITIALISATION__SCALE_NON_NEGATIVE = GENERATED_DIAGNOSTIC_CODE_COUNT + 6;

	/**
	 * Diagnostic code: The gain of a random orthogonal initialisation is not positive or not finite.
	 */
	public static final int RANDOM_ORTHOGONAL_INITIALISATION__GAIN_POSITIVE = GENERATED_DIAGNOSTIC_CODE_COUNT + 7;

	/**
	 * Diagnostic code: The initial mode strength of an aligned balanced initialisation is not positive or not finite.
	 */
	public static final int ALIGNED_BALANCED_INITIALISATION__A0_POSITIVE = GENERATED_DIAGNOSTIC_CODE_COUNT + 8;

	/**
	 * Diagnostic code: A sweep has no base experiment, one that cannot be read, or no axis.
	 */
	public static final int SWEEP__HAS_BASE_AND_AXES = GENERATED_DIAGNOSTIC_CODE_COUNT + 9;

	/**
	 * Diagnostic code: A random sweep draws no point.
	 */
	public static final int SWEEP__SAMPLES_POSITIVE = GENERATED_DIAGNOSTIC_CODE_COUNT + 10;

	/**
	 * Diagnostic code: A sweep repeats its points less than once.
	 */
	public static final int SWEEP__REPETITIONS_POSITIVE = GENERATED_DIAGNOSTIC_CODE_COUNT + 11;

	/**
	 * Diagnostic code: Two axes of a sweep set the same attribute.
	 */
	public static final int SWEEP__AXES_DISTINCT = GENERATED_DIAGNOSTIC_CODE_COUNT + 12;

	/**
	 * Diagnostic code: The feature path of a sweep axis names no number or enumeration attribute of its base.
	 */
	public static final int SWEEP_AXIS__FEATURE_PATH_RESOLVES = GENERATED_DIAGNOSTIC_CODE_COUNT + 13;

	/**
	 * Diagnostic code: A sweep axis gives a value that cannot be read or that makes its base experiment invalid.
	 */
	public static final int SWEEP_AXIS__VALUES_VALID = GENERATED_DIAGNOSTIC_CODE_COUNT + 14;


	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PlateauValidator() {
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
	  return PlateauPackage.eINSTANCE;
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
			case PlateauPackage.EXPERIMENT:
				return validateExperiment((Experiment)value, diagnostics, context);
			case PlateauPackage.TASK:
				return validateTask((Task)value, diagnostics, context);
			case PlateauPackage.ARCHITECTURE:
				return validateArchitecture((Architecture)value, diagnostics, context);
			case PlateauPackage.INITIALISATION:
				return validateInitialisation((Initialisation)value, diagnostics, context);
			case PlateauPackage.SMALL_GAUSSIAN_INITIALISATION:
				return validateSmallGaussianInitialisation((SmallGaussianInitialisation)value, diagnostics, context);
			case PlateauPackage.RANDOM_ORTHOGONAL_INITIALISATION:
				return validateRandomOrthogonalInitialisation((RandomOrthogonalInitialisation)value, diagnostics, context);
			case PlateauPackage.ALIGNED_BALANCED_INITIALISATION:
				return validateAlignedBalancedInitialisation((AlignedBalancedInitialisation)value, diagnostics, context);
			case PlateauPackage.TRAINING:
				return validateTraining((Training)value, diagnostics, context);
			case PlateauPackage.THEORY_SELECTION:
				return validateTheorySelection((TheorySelection)value, diagnostics, context);
			case PlateauPackage.RUN:
				return validateRun((Run)value, diagnostics, context);
			case PlateauPackage.SWEEP:
				return validateSweep((Sweep)value, diagnostics, context);
			case PlateauPackage.SWEEP_AXIS:
				return validateSweepAxis((SweepAxis)value, diagnostics, context);
			case PlateauPackage.TRAINING_ALGORITHM:
				return validateTrainingAlgorithm((TrainingAlgorithm)value, diagnostics, context);
			case PlateauPackage.LOSS_KIND:
				return validateLossKind((LossKind)value, diagnostics, context);
			case PlateauPackage.LOSS_CONVENTION:
				return validateLossConvention((LossConvention)value, diagnostics, context);
			case PlateauPackage.RUN_STATUS:
				return validateRunStatus((RunStatus)value, diagnostics, context);
			case PlateauPackage.SWEEP_SAMPLING:
				return validateSweepSampling((SweepSampling)value, diagnostics, context);
			case PlateauPackage.AXIS_SPACING:
				return validateAxisSpacing((AxisSpacing)value, diagnostics, context);
			default:
				return true;
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateExperiment(Experiment experiment, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(experiment, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(experiment, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(experiment, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(experiment, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(experiment, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(experiment, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(experiment, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(experiment, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(experiment, diagnostics, context);
		if (result || diagnostics != null) result &= validateExperiment_hasRequiredParts(experiment, diagnostics, context);
		if (result || diagnostics != null) result &= validateExperiment_textsStorable(experiment, diagnostics, context);
		return result;
	}

	/**
	 * Validates the hasRequiredParts constraint of '<em>Experiment</em>'.
	 * <!-- begin-user-doc -->
	 * An experiment needs a task, an architecture, an initialisation and a training; one error for each that is missing.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateExperiment_hasRequiredParts(Experiment experiment, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = true;
		if (experiment.getTask() == null) {
			result &= error(diagnostics, DIAGNOSTIC_SOURCE, EXPERIMENT__HAS_REQUIRED_PARTS, experiment, PlateauPackage.Literals.EXPERIMENT__TASK,
				"task is missing");
		}
		if (experiment.getArchitecture() == null) {
			result &= error(diagnostics, DIAGNOSTIC_SOURCE, EXPERIMENT__HAS_REQUIRED_PARTS, experiment, PlateauPackage.Literals.EXPERIMENT__ARCHITECTURE,
				"architecture is missing");
		}
		if (experiment.getInitialisation() == null) {
			result &= error(diagnostics, DIAGNOSTIC_SOURCE, EXPERIMENT__HAS_REQUIRED_PARTS, experiment, PlateauPackage.Literals.EXPERIMENT__INITIALISATION,
				"initialisation is missing");
		}
		if (experiment.getTraining() == null) {
			result &= error(diagnostics, DIAGNOSTIC_SOURCE, EXPERIMENT__HAS_REQUIRED_PARTS, experiment, PlateauPackage.Literals.EXPERIMENT__TRAINING,
				"training is missing");
		}
		return result;
	}

	/**
	 * Validates the textsStorable constraint of '<em>Experiment</em>'.
	 * <!-- begin-user-doc -->
	 * Every text of the experiment, its families' parts included (names of nodes, ...), can be shown and saved: no
	 * control character, none that XML cannot store; notes and messages may hold line feeds and tabs.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateExperiment_textsStorable(Experiment experiment, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return textsStorable(experiment, diagnostics);
	}

	/**
	 * Validates the textsStorable constraint of '<em>Sweep</em>'.
	 * <!-- begin-user-doc -->
	 * As for an experiment: the sweep's name, notes, feature paths and values.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateSweep_textsStorable(Sweep sweep, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return textsStorable(sweep, diagnostics);
	}

	/** The text attributes that may span lines: free text, and messages the program writes. */
	private static final Set<String> MULTI_LINE = Set.of("notes", "message");

	/**
	 * Checks every text attribute of an object and of everything it contains, whatever its package: one error for
	 * each text with a control character or a character XML 1.0 cannot store, naming the field and the character.
	 */
	private static boolean textsStorable(EObject root, DiagnosticChain diagnostics) {
		boolean valid = true;
		for (java.util.Iterator<EObject> objects = EcoreUtil.getAllProperContents(java.util.Collections.singleton(root), false); objects.hasNext();) {
			EObject object = objects.next();
			for (EAttribute attribute : object.eClass().getEAllAttributes()) {
				if (attribute.getEAttributeType().getInstanceClass() != String.class || attribute.isTransient() || attribute.isDerived()) {
					continue;
				}
				List<Object> texts = attribute.isMany() ? new ArrayList<>((List<?>)object.eGet(attribute)) : java.util.Collections.singletonList(object.eGet(attribute));
				for (Object value : texts) {
					String text = (String)value;
					int at = Texts.firstUnstorable(text, MULTI_LINE.contains(attribute.getName()));
					if (at >= 0) {
						valid = error(diagnostics, DIAGNOSTIC_SOURCE, TEXTS_STORABLE, object, attribute, FieldNames.of(attribute) + " '"
							+ Texts.printable(text) + "' holds " + (Character.isISOControl(text.charAt(at)) ? "the control character " : "the character ")
							+ Texts.escape(text.charAt(at)) + (Character.isISOControl(text.charAt(at)) ? "" : ", which an XML file cannot store,") + " at position " + (at + 1)
							+ (MULTI_LINE.contains(attribute.getName()) ? ": a text may hold line breaks and tabs, but no other control character"
								: ": " + FieldNames.of(attribute) + " is one line of printable characters, so that it can be shown and saved")
							+ "; remove it");
						if (diagnostics == null) {
							return false;
						}
					}
				}
			}
		}
		return valid;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTask(Task task, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(task, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateArchitecture(Architecture architecture, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(architecture, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInitialisation(Initialisation initialisation, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(initialisation, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSmallGaussianInitialisation(SmallGaussianInitialisation smallGaussianInitialisation, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(smallGaussianInitialisation, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(smallGaussianInitialisation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(smallGaussianInitialisation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(smallGaussianInitialisation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(smallGaussianInitialisation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(smallGaussianInitialisation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(smallGaussianInitialisation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(smallGaussianInitialisation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(smallGaussianInitialisation, diagnostics, context);
		if (result || diagnostics != null) result &= validateSmallGaussianInitialisation_scaleNonNegative(smallGaussianInitialisation, diagnostics, context);
		return result;
	}

	/**
	 * Validates the scaleNonNegative constraint of '<em>Small Gaussian Initialisation</em>'.
	 * <!-- begin-user-doc -->
	 * The standard deviation <code>scale</code> is finite and non-negative.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateSmallGaussianInitialisation_scaleNonNegative(SmallGaussianInitialisation smallGaussianInitialisation, DiagnosticChain diagnostics, Map<Object, Object> context) {
		double scale = smallGaussianInitialisation.getScale();
		if (Double.isFinite(scale) && scale >= 0) {
			return true;
		}
		return error(diagnostics, DIAGNOSTIC_SOURCE, SMALL_GAUSSIAN_INITIALISATION__SCALE_NON_NEGATIVE, smallGaussianInitialisation, PlateauPackage.Literals.SMALL_GAUSSIAN_INITIALISATION__SCALE,
			(Double.isFinite(scale) ? "scale must be non-negative, was " : "scale must be finite, was ") + scale);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRandomOrthogonalInitialisation(RandomOrthogonalInitialisation randomOrthogonalInitialisation, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(randomOrthogonalInitialisation, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(randomOrthogonalInitialisation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(randomOrthogonalInitialisation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(randomOrthogonalInitialisation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(randomOrthogonalInitialisation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(randomOrthogonalInitialisation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(randomOrthogonalInitialisation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(randomOrthogonalInitialisation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(randomOrthogonalInitialisation, diagnostics, context);
		if (result || diagnostics != null) result &= validateRandomOrthogonalInitialisation_gainPositive(randomOrthogonalInitialisation, diagnostics, context);
		return result;
	}

	/**
	 * Validates the gainPositive constraint of '<em>Random Orthogonal Initialisation</em>'.
	 * <!-- begin-user-doc -->
	 * The <code>gain</code> is finite and positive.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateRandomOrthogonalInitialisation_gainPositive(RandomOrthogonalInitialisation randomOrthogonalInitialisation, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return positive(diagnostics, RANDOM_ORTHOGONAL_INITIALISATION__GAIN_POSITIVE, randomOrthogonalInitialisation,
			PlateauPackage.Literals.RANDOM_ORTHOGONAL_INITIALISATION__GAIN, randomOrthogonalInitialisation.getGain());
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAlignedBalancedInitialisation(AlignedBalancedInitialisation alignedBalancedInitialisation, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(alignedBalancedInitialisation, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(alignedBalancedInitialisation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(alignedBalancedInitialisation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(alignedBalancedInitialisation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(alignedBalancedInitialisation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(alignedBalancedInitialisation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(alignedBalancedInitialisation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(alignedBalancedInitialisation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(alignedBalancedInitialisation, diagnostics, context);
		if (result || diagnostics != null) result &= validateAlignedBalancedInitialisation_a0Positive(alignedBalancedInitialisation, diagnostics, context);
		return result;
	}

	/**
	 * Validates the a0Positive constraint of '<em>Aligned Balanced Initialisation</em>'.
	 * <!-- begin-user-doc -->
	 * The initial mode strength <code>a0</code> is finite and positive.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateAlignedBalancedInitialisation_a0Positive(AlignedBalancedInitialisation alignedBalancedInitialisation, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return positive(diagnostics, ALIGNED_BALANCED_INITIALISATION__A0_POSITIVE, alignedBalancedInitialisation,
			PlateauPackage.Literals.ALIGNED_BALANCED_INITIALISATION__A0, alignedBalancedInitialisation.getA0());
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTraining(Training training, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(training, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(training, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(training, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(training, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(training, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(training, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(training, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(training, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(training, diagnostics, context);
		if (result || diagnostics != null) result &= validateTraining_learningRatePositive(training, diagnostics, context);
		if (result || diagnostics != null) result &= validateTraining_stepsPositive(training, diagnostics, context);
		if (result || diagnostics != null) result &= validateTraining_recordIntervalValid(training, diagnostics, context);
		if (result || diagnostics != null) result &= validateTraining_snapshotStepsInRange(training, diagnostics, context);
		if (result || diagnostics != null) result &= validateTraining_batchSizeValid(training, diagnostics, context);
		if (result || diagnostics != null) result &= validateTraining_stopBelowLossValid(training, diagnostics, context);
		return result;
	}

	/**
	 * Validates the learningRatePositive constraint of '<em>Training</em>'.
	 * <!-- begin-user-doc -->
	 * The learning rate is finite and positive.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateTraining_learningRatePositive(Training training, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return positive(diagnostics, TRAINING__LEARNING_RATE_POSITIVE, training, PlateauPackage.Literals.TRAINING__LEARNING_RATE, training.getLearningRate());
	}

	/**
	 * Validates the stepsPositive constraint of '<em>Training</em>'.
	 * <!-- begin-user-doc -->
	 * The number of steps is positive.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateTraining_stepsPositive(Training training, DiagnosticChain diagnostics, Map<Object, Object> context) {
		long steps = training.getSteps();
		if (steps > 0) {
			return true;
		}
		return error(diagnostics, DIAGNOSTIC_SOURCE, TRAINING__STEPS_POSITIVE, training, PlateauPackage.Literals.TRAINING__STEPS,
			"steps must be positive, was " + steps);
	}

	/**
	 * Validates the recordIntervalValid constraint of '<em>Training</em>'.
	 * <!-- begin-user-doc -->
	 * The record interval is positive and at most the number of steps (not checked against an invalid number of steps,
	 * which has its own error).
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateTraining_recordIntervalValid(Training training, DiagnosticChain diagnostics, Map<Object, Object> context) {
		long recordInterval = training.getRecordInterval();
		long steps = training.getSteps();
		if (recordInterval <= 0) {
			return error(diagnostics, DIAGNOSTIC_SOURCE, TRAINING__RECORD_INTERVAL_VALID, training, PlateauPackage.Literals.TRAINING__RECORD_INTERVAL,
				"recordInterval must be positive, was " + recordInterval);
		}
		if (steps > 0 && recordInterval > steps) {
			return error(diagnostics, DIAGNOSTIC_SOURCE, TRAINING__RECORD_INTERVAL_VALID, training, PlateauPackage.Literals.TRAINING__RECORD_INTERVAL,
				"recordInterval must be at most steps (" + steps + "), was " + recordInterval);
		}
		return true;
	}

	/**
	 * Validates the snapshotStepsInRange constraint of '<em>Training</em>'.
	 * <!-- begin-user-doc -->
	 * Every snapshot step lies in [0, steps]; one error for each that does not (not checked against an invalid number
	 * of steps, which has its own error).
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateTraining_snapshotStepsInRange(Training training, DiagnosticChain diagnostics, Map<Object, Object> context) {
		long steps = training.getSteps();
		if (steps <= 0) {
			return true;
		}
		boolean result = true;
		EList<Long> snapshotSteps = training.getSnapshotSteps();
		for (int i = 0; i < snapshotSteps.size(); i++) {
			long step = snapshotSteps.get(i);
			if (step < 0 || step > steps) {
				result &= error(diagnostics, DIAGNOSTIC_SOURCE, TRAINING__SNAPSHOT_STEPS_IN_RANGE, training, PlateauPackage.Literals.TRAINING__SNAPSHOT_STEPS,
					"snapshotSteps[" + i + "] must lie in [0, steps] = [0, " + steps + "], was " + step);
				if (diagnostics == null) {
					return false;
				}
			}
		}
		return result;
	}

	/**
	 * Validates the batchSizeValid constraint of '<em>Training</em>'.
	 * <!-- begin-user-doc -->
	 * MINI_BATCH_SGD takes at least one sample per step; the other algorithms take no batch size (a setting they would ignore).
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateTraining_batchSizeValid(Training training, DiagnosticChain diagnostics, Map<Object, Object> context) {
		int size = training.getBatchSize();
		if (training.getAlgorithm() == TrainingAlgorithm.MINI_BATCH_SGD) {
			return size >= 1 || error(diagnostics, DIAGNOSTIC_SOURCE, TRAINING__BATCH_SIZE_VALID, training,
				PlateauPackage.Literals.TRAINING__BATCH_SIZE, "batchSize must be at least 1 for MINI_BATCH_SGD, was " + size);
		}
		return size == 0 || error(diagnostics, DIAGNOSTIC_SOURCE, TRAINING__BATCH_SIZE_VALID, training,
			PlateauPackage.Literals.TRAINING__BATCH_SIZE, "batchSize " + size + " is used by MINI_BATCH_SGD only, not by "
				+ training.getAlgorithm() + "; set it to 0 or choose MINI_BATCH_SGD");
	}

	/**
	 * Validates the stopBelowLossValid constraint of '<em>Training</em>'.
	 * <!-- begin-user-doc -->
	 * The stopping threshold is finite and non-negative (0: no early stop).
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateTraining_stopBelowLossValid(Training training, DiagnosticChain diagnostics, Map<Object, Object> context) {
		double threshold = training.getStopBelowLoss();
		if (Double.isFinite(threshold) && threshold >= 0) {
			return true;
		}
		return error(diagnostics, DIAGNOSTIC_SOURCE, TRAINING__STOP_BELOW_LOSS_VALID, training,
			PlateauPackage.Literals.TRAINING__STOP_BELOW_LOSS, "stopBelowLoss must be finite and non-negative (0 never stops early), was " + threshold);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTheorySelection(TheorySelection theorySelection, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(theorySelection, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRun(Run run, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(run, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSweep(Sweep sweep, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(sweep, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(sweep, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(sweep, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(sweep, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(sweep, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(sweep, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(sweep, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(sweep, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(sweep, diagnostics, context);
		if (result || diagnostics != null) result &= validateSweep_hasBaseAndAxes(sweep, diagnostics, context);
		if (result || diagnostics != null) result &= validateSweep_samplesPositive(sweep, diagnostics, context);
		if (result || diagnostics != null) result &= validateSweep_repetitionsPositive(sweep, diagnostics, context);
		if (result || diagnostics != null) result &= validateSweep_axesDistinct(sweep, diagnostics, context);
		if (result || diagnostics != null) result &= validateSweep_textsStorable(sweep, diagnostics, context);
		return result;
	}

	/**
	 * Validates the hasBaseAndAxes constraint of '<em>Sweep</em>'.
	 * <!-- begin-user-doc -->
	 * The sweep has a base experiment that can be found, and at least one axis.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateSweep_hasBaseAndAxes(Sweep sweep, DiagnosticChain diagnostics, Map<Object, Object> context) {
		Experiment base = sweep.getBase();
		if (base == null) {
			return error(diagnostics, DIAGNOSTIC_SOURCE, SWEEP__HAS_BASE_AND_AXES, sweep, PlateauPackage.Literals.SWEEP__BASE,
				"base: the sweep names no base experiment");
		}
		if (base.eIsProxy()) {
			return error(diagnostics, DIAGNOSTIC_SOURCE, SWEEP__HAS_BASE_AND_AXES, sweep, PlateauPackage.Literals.SWEEP__BASE,
				"base: cannot read the base experiment " + ((InternalEObject)base).eProxyURI().trimFragment());
		}
		if (sweep.getAxes().isEmpty()) {
			return error(diagnostics, DIAGNOSTIC_SOURCE, SWEEP__HAS_BASE_AND_AXES, sweep, PlateauPackage.Literals.SWEEP__AXES,
				"axes: the sweep has no axis");
		}
		return true;
	}

	/**
	 * Validates the samplesPositive constraint of '<em>Sweep</em>'.
	 * <!-- begin-user-doc -->
	 * A random sweep draws at least one point.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateSweep_samplesPositive(Sweep sweep, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (sweep.getSampling() != SweepSampling.RANDOM || sweep.getSamples() > 0) {
			return true;
		}
		return error(diagnostics, DIAGNOSTIC_SOURCE, SWEEP__SAMPLES_POSITIVE, sweep, PlateauPackage.Literals.SWEEP__SAMPLES,
			"samples must be positive for random sampling, was " + sweep.getSamples());
	}

	/**
	 * Validates the repetitionsPositive constraint of '<em>Sweep</em>'.
	 * <!-- begin-user-doc -->
	 * Every point runs at least once.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateSweep_repetitionsPositive(Sweep sweep, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (sweep.getRepetitions() > 0) {
			return true;
		}
		return error(diagnostics, DIAGNOSTIC_SOURCE, SWEEP__REPETITIONS_POSITIVE, sweep, PlateauPackage.Literals.SWEEP__REPETITIONS,
			"repetitions must be positive, was " + sweep.getRepetitions());
	}

	/**
	 * Validates the axesDistinct constraint of '<em>Sweep</em>'.
	 * <!-- begin-user-doc -->
	 * No two axes set the same attribute; zipped axes give as many values each.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateSweep_axesDistinct(Sweep sweep, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (sweep.getSampling() == SweepSampling.ZIP && sweep.getBase() != null && !sweep.getBase().eIsProxy()) {
			int first = -1;
			for (SweepAxis axis : sweep.getAxes()) {
				int count;
				try {
					count = SweepAxes.values(axis, SweepAxes.attribute(sweep.getBase(), axis.getFeaturePath())).size();
				}
				catch (IllegalArgumentException e) {
					continue;
				}
				if (count == 1) {
					continue;
				}
				if (first < 0) {
					first = count;
				}
				else if (count != first) {
					return error(diagnostics, DIAGNOSTIC_SOURCE, SWEEP__AXES_DISTINCT, axis, PlateauPackage.Literals.SWEEP_AXIS__VALUES,
						"zip sampling takes the axes' values together, but this axis gives " + count + " values and another " + first
							+ " (an axis of one value holds at every point)");
				}
			}
		}
		Set<String> seen = new HashSet<>();
		for (SweepAxis axis : sweep.getAxes()) {
			String path = axis.getFeaturePath() == null ? "" : axis.getFeaturePath().strip();
			if (!path.isEmpty() && !seen.add(path)) {
				return error(diagnostics, DIAGNOSTIC_SOURCE, SWEEP__AXES_DISTINCT, axis, PlateauPackage.Literals.SWEEP_AXIS__FEATURE_PATH,
					"two axes set " + path);
			}
		}
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSweepAxis(SweepAxis sweepAxis, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(sweepAxis, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(sweepAxis, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(sweepAxis, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(sweepAxis, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(sweepAxis, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(sweepAxis, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(sweepAxis, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(sweepAxis, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(sweepAxis, diagnostics, context);
		if (result || diagnostics != null) result &= validateSweepAxis_featurePathResolves(sweepAxis, diagnostics, context);
		if (result || diagnostics != null) result &= validateSweepAxis_valuesValid(sweepAxis, diagnostics, context);
		return result;
	}

	/**
	 * Validates the featurePathResolves constraint of '<em>Sweep Axis</em>'.
	 * <!-- begin-user-doc -->
	 * The feature path names a number or enumeration attribute of the base experiment (not checked without a base,
	 * which has its own error).
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateSweepAxis_featurePathResolves(SweepAxis sweepAxis, DiagnosticChain diagnostics, Map<Object, Object> context) {
		Experiment base = sweepAxis.eContainer() instanceof Sweep sweep ? sweep.getBase() : null;
		if (base == null || base.eIsProxy()) {
			return true;
		}
		try {
			SweepAxes.attribute(base, sweepAxis.getFeaturePath());
			return true;
		}
		catch (IllegalArgumentException e) {
			return error(diagnostics, DIAGNOSTIC_SOURCE, SWEEP_AXIS__FEATURE_PATH_RESOLVES, sweepAxis, PlateauPackage.Literals.SWEEP_AXIS__FEATURE_PATH,
				e.getMessage());
		}
	}

	/**
	 * Validates the valuesValid constraint of '<em>Sweep Axis</em>'.
	 * <!-- begin-user-doc -->
	 * The axis gives values of its attribute's type, and each keeps the base experiment valid: the base with the value
	 * set passes validation (its family's included). Not checked when the path does not resolve.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateSweepAxis_valuesValid(SweepAxis sweepAxis, DiagnosticChain diagnostics, Map<Object, Object> context) {
		Experiment base = sweepAxis.eContainer() instanceof Sweep sweep ? sweep.getBase() : null;
		if (base == null || base.eIsProxy()) {
			return true;
		}
		EAttribute attribute;
		try {
			attribute = SweepAxes.attribute(base, sweepAxis.getFeaturePath());
		}
		catch (IllegalArgumentException e) {
			return true;
		}
		EStructuralFeature valuesFeature = sweepAxis.getSpacing() == AxisSpacing.LIST ? PlateauPackage.Literals.SWEEP_AXIS__VALUES
			: PlateauPackage.Literals.SWEEP_AXIS__SPACING;
		long count = sweepAxis.getSpacing() == AxisSpacing.LIST ? sweepAxis.getValues().size() : sweepAxis.getCount();
		if (count > MAX_AXIS_VALUES) {
			// not made one by one: ten million values would not answer
			return error(diagnostics, DIAGNOSTIC_SOURCE, SWEEP_AXIS__VALUES_VALID, sweepAxis, PlateauPackage.Literals.SWEEP_AXIS__COUNT,
				"axis '" + sweepAxis.getFeaturePath() + "' has " + count + " values, more than a sweep may have (" + MAX_AXIS_VALUES + ")");
		}
		if (Diagnostician.INSTANCE.validate(base).getSeverity() >= Diagnostic.ERROR) {
			// the base's own errors are reported on the base, not once per value of every axis
			return true;
		}
		List<Object> values;
		try {
			values = SweepAxes.values(sweepAxis, attribute);
		}
		catch (IllegalArgumentException e) {
			return error(diagnostics, DIAGNOSTIC_SOURCE, SWEEP_AXIS__VALUES_VALID, sweepAxis, valuesFeature, e.getMessage());
		}
		boolean valid = true;
		// at most VALUES_CHECKED values, evenly spread and the ends included: ranges are monotone, so the ends bound them
		int stride = Math.max(1, (values.size() + VALUES_CHECKED - 1) / VALUES_CHECKED);
		for (int i = 0; i < values.size(); i++) {
			if (i % stride != 0 && i != values.size() - 1) {
				continue;
			}
			Object value = values.get(i);
			Experiment point = EcoreUtil.copy(base);
			SweepAxes.apply(point, sweepAxis.getFeaturePath(), value);
			Diagnostic pointDiagnostic = Diagnostician.INSTANCE.validate(point);
			if (pointDiagnostic.getSeverity() >= Diagnostic.ERROR) {
				List<String> problems = new ArrayList<>();
				for (Diagnostic child : pointDiagnostic.getChildren()) {
					if (child.getSeverity() >= Diagnostic.ERROR) {
						problems.add(child.getMessage());
					}
				}
				valid = error(diagnostics, DIAGNOSTIC_SOURCE, SWEEP_AXIS__VALUES_VALID, sweepAxis, valuesFeature,
					"value " + SweepAxes.format(attribute, value) + " of " + sweepAxis.getFeaturePath() + " is out of range: "
						+ String.join("; ", problems));
				if (diagnostics == null) {
					return false;
				}
			}
		}
		return valid;
	}


	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTrainingAlgorithm(TrainingAlgorithm trainingAlgorithm, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLossKind(LossKind lossKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLossConvention(LossConvention lossConvention, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRunStatus(RunStatus runStatus, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSweepSampling(SweepSampling sweepSampling, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAxisSpacing(AxisSpacing axisSpacing, DiagnosticChain diagnostics, Map<Object, Object> context) {
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
	 * Describes a model object for a diagnostic message: its class and the experiment it belongs to, for example
	 * <code>Training of experiment 'semantic-development'</code> or <code>Experiment 'semantic-development'</code>.
	 *
	 * @param object a model object, possibly outside any experiment
	 * @return a short description naming the object's class and its experiment
	 */
	public static String describe(EObject object) {
		Experiment experiment = null;
		for (EObject container = object; container != null; container = container.eContainer()) {
			if (container instanceof Experiment) {
				experiment = (Experiment)container;
				break;
			}
		}
		String name = experiment == null || experiment.getName() == null ? null : Texts.printable(experiment.getName());
		boolean named = name != null && !name.isBlank();
		if (experiment == null) {
			if (object instanceof Sweep sweep) {
				return sweep.getName() == null || sweep.getName().isBlank() ? "Unnamed sweep" : "Sweep '" + Texts.printable(sweep.getName()) + "'";
			}
			if (object instanceof SweepAxis axis && axis.eContainer() != null) {
				return "Axis " + (axis.getFeaturePath() == null ? "" : "'" + Texts.printable(axis.getFeaturePath()) + "' ") + "of " + describe(axis.eContainer());
			}
			return object.eClass().getName();
		}
		if (object == experiment) {
			return named ? "Experiment '" + name + "'" : "Unnamed experiment";
		}
		return object.eClass().getName() + (named ? " of experiment '" + name + "'" : " of an unnamed experiment");
	}

	/**
	 * Labels for the messages of EMF's own constraints (a dangling reference, a value out of its type), in words
	 * instead of object dumps such as <code>org.plateau.model.impl.TrainingImpl@1a2b (name: ...)</code>: objects as
	 * {@link #describe(EObject)} names them, fields as {@link FieldNames} does, values with their control characters
	 * escaped. Put it in a validation context under <code>SubstitutionLabelProvider.class</code>.
	 */
	/**
	 * A validation context whose messages name model objects in words ({@link #LABELS}), never as Java object dumps.
	 */
	public static Map<Object, Object> context() {
		Map<Object, Object> context = Diagnostician.INSTANCE.createDefaultContext();
		context.put(EValidator.SubstitutionLabelProvider.class, LABELS);
		return context;
	}

	/** The most values a sweep axis may have (a sweep has at most a million points). */
	public static final int MAX_AXIS_VALUES = 1_000_000;

	/** The values of an axis each checked against the base, evenly spread over the axis. */
	private static final int VALUES_CHECKED = 1_000;

	public static final EValidator.SubstitutionLabelProvider LABELS = new EValidator.SubstitutionLabelProvider() {
		@Override
		public String getObjectLabel(EObject eObject) {
			return describe(eObject);
		}

		@Override
		public String getFeatureLabel(EStructuralFeature eStructuralFeature) {
			return FieldNames.of(eStructuralFeature);
		}

		@Override
		public String getValueLabel(org.eclipse.emf.ecore.EDataType eDataType, Object value) {
			return Texts.printable(EcoreUtil.convertToString(eDataType, value));
		}
	};

	/**
	 * Adds an error about one feature of a model object to the chain, if there is a chain, and returns
	 * <code>false</code>. The message reads <code>&lt;{@link #describe(EObject) object}&gt;: &lt;problem&gt;</code>;
	 * the diagnostic's data are the object and the feature, so that an editor can select them.
	 *
	 * @param diagnostics the chain to add to, or <code>null</code> when only the verdict is wanted
	 * @param source the diagnostic source, the <code>DIAGNOSTIC_SOURCE</code> of the calling validator
	 * @param code the diagnostic code
	 * @param object the offending object
	 * @param feature the offending feature
	 * @param problem what is wrong, naming the feature and the offending value
	 * @return <code>false</code>
	 */
	public static boolean error(DiagnosticChain diagnostics, String source, int code, EObject object, EStructuralFeature feature, String problem) {
		if (diagnostics != null) {
			diagnostics.add(new BasicDiagnostic(Diagnostic.ERROR, source, code, describe(object) + ": " + problem, new Object[] { object, feature }));
		}
		return false;
	}

	/**
	 * Checks that a real-valued feature is finite and positive.
	 */
	private static boolean positive(DiagnosticChain diagnostics, int code, EObject object, EAttribute attribute, double value) {
		if (Double.isFinite(value) && value > 0) {
			return true;
		}
		String problem = Double.isFinite(value) ? " must be positive, was " : " must be finite, was ";
		return error(diagnostics, DIAGNOSTIC_SOURCE, code, object, attribute, attribute.getName() + problem + value);
	}

	/**
	 * Refuses, on the experiment's training, a value of a shared training setting that a family does not honour,
	 * naming the field, the value, what the family does instead and why: a setting the form offers must change the run
	 * or be refused.
	 *
	 * @param part a part of the family's (its task or architecture), contained in its experiment
	 * @param attribute an attribute of {@link Training}, e.g. {@code algorithm}
	 * @param why what the family does, e.g. "the gated family trains by exact full-batch gradient descent (spec 2(c))"
	 * @param honoured the values the family honours
	 * @return whether the setting has one of the honoured values
	 */
	public static boolean honours(DiagnosticChain diagnostics, String source, int code, EObject part, EAttribute attribute,
			String why, Object... honoured) {
		Training training = part.eContainer() instanceof Experiment experiment ? experiment.getTraining() : null;
		if (training == null || List.of(honoured).contains(training.eGet(attribute))) {
			return true;
		}
		return error(diagnostics, source, code, training, attribute, attribute.getName() + " " + training.eGet(attribute)
				+ " is not honoured: " + why + "; set " + (honoured.length == 1 ? honoured[0] : "one of " + List.of(honoured)));
	}

} //PlateauValidator
