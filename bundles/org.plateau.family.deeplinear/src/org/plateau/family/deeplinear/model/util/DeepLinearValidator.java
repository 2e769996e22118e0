/**
 * Code marked @generated is produced by EMF from model/deeplinear.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.family.deeplinear.model.util;

import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.EObjectValidator;

import org.plateau.family.deeplinear.model.*;

import org.plateau.model.Experiment;
import org.plateau.model.LossKind;
import org.plateau.model.PlateauPackage;
import org.plateau.model.Task;
import org.plateau.model.TrainingAlgorithm;

import org.plateau.model.util.PlateauValidator;

/**
 * <!-- begin-user-doc -->
 * The <b>Validator</b> for the model.
 * <!-- end-user-doc -->
 * @see org.plateau.family.deeplinear.model.DeepLinearPackage
 * @generated
 */
public class DeepLinearValidator extends EObjectValidator {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final DeepLinearValidator INSTANCE = new DeepLinearValidator();

	/**
	 * A constant for the {@link org.eclipse.emf.common.util.Diagnostic#getSource() source} of diagnostic {@link org.eclipse.emf.common.util.Diagnostic#getCode() codes} from this package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.common.util.Diagnostic#getSource()
	 * @see org.eclipse.emf.common.util.Diagnostic#getCode()
	 * @generated
	 */
	public static final String DIAGNOSTIC_SOURCE = "org.plateau.family.deeplinear.model";

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
	 * Diagnostic code: A dimension of a spectrum task is below 1.
	 */
	public static final int SPECTRUM_TASK__DIMENSIONS_POSITIVE = GENERATED_DIAGNOSTIC_CODE_COUNT + 1;

	/**
	 * Diagnostic code: A spectrum task has too many singular values, or one that is not positive and finite.
	 */
	public static final int SPECTRUM_TASK__SINGULAR_VALUES_VALID = GENERATED_DIAGNOSTIC_CODE_COUNT + 2;

	/**
	 * Diagnostic code: A dimension or the number of samples of a random regression task is below 1.
	 */
	public static final int RANDOM_REGRESSION_TASK__DIMENSIONS_POSITIVE = GENERATED_DIAGNOSTIC_CODE_COUNT + 3;

	/**
	 * Diagnostic code: A whitened random regression task has fewer samples than inputs.
	 */
	public static final int RANDOM_REGRESSION_TASK__ENOUGH_SAMPLES_TO_WHITEN = GENERATED_DIAGNOSTIC_CODE_COUNT + 4;

	/**
	 * Diagnostic code: A deep linear network has no weight matrix.
	 */
	public static final int DEEP_LINEAR_NETWORK__DEPTH_POSITIVE = GENERATED_DIAGNOSTIC_CODE_COUNT + 5;

	/**
	 * Diagnostic code: A deep linear network has an empty hidden layer.
	 */
	public static final int DEEP_LINEAR_NETWORK__HIDDEN_WIDTH_POSITIVE = GENERATED_DIAGNOSTIC_CODE_COUNT + 6;

	/**
	 * Diagnostic code: A deep linear network's hidden layers are narrower than the rank of the task.
	 */
	public static final int DEEP_LINEAR_NETWORK__HIDDEN_WIDTH_COVERS_TASK_RANK = GENERATED_DIAGNOSTIC_CODE_COUNT + 7;

	/**
	 * Diagnostic code: The input dimension or the number of examples of a teacher-student task is below 1.
	 */
	public static final int TEACHER_STUDENT_TASK__DIMENSIONS_POSITIVE = GENERATED_DIAGNOSTIC_CODE_COUNT + 8;

	/**
	 * Diagnostic code: A variance of a teacher-student task is negative, not finite, or (the teacher's) zero.
	 */
	public static final int TEACHER_STUDENT_TASK__VARIANCES_VALID = GENERATED_DIAGNOSTIC_CODE_COUNT + 9;

	/**
	 * Diagnostic code: A reversal learning task has no valid base task or a negative reversal step.
	 */
	public static final int REVERSAL_LEARNING_TASK__BASE_TASK_VALID = GENERATED_DIAGNOSTIC_CODE_COUNT + 10;

	/**
	 * Diagnostic code: A continual learning task has a size, number of tasks or steps per task below 1, or too few
	 * examples to whiten.
	 */
	public static final int CONTINUAL_LEARNING_TASK__SEQUENCE_VALID = GENERATED_DIAGNOSTIC_CODE_COUNT + 11;

	/**
	 * The diagnostic code for constraint '<em>Training Honoured</em>' of '<em>Deep Linear Network</em>' (hand-written).
	 */
	public static final int DEEP_LINEAR_NETWORK__TRAINING_HONOURED = GENERATED_DIAGNOSTIC_CODE_COUNT + 12;

	/**
	 * Diagnostic code: The teacher scale of a random regression task is not positive, or its label noise negative, or
	 * either is not finite.
	 */
	public static final int RANDOM_REGRESSION_TASK__SCALES_VALID = GENERATED_DIAGNOSTIC_CODE_COUNT + 13;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DeepLinearValidator() {
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
	  return DeepLinearPackage.eINSTANCE;
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
			case DeepLinearPackage.HIERARCHY_TASK:
				return validateHierarchyTask((HierarchyTask)value, diagnostics, context);
			case DeepLinearPackage.SPECTRUM_TASK:
				return validateSpectrumTask((SpectrumTask)value, diagnostics, context);
			case DeepLinearPackage.RANDOM_REGRESSION_TASK:
				return validateRandomRegressionTask((RandomRegressionTask)value, diagnostics, context);
			case DeepLinearPackage.TEACHER_STUDENT_TASK:
				return validateTeacherStudentTask((TeacherStudentTask)value, diagnostics, context);
			case DeepLinearPackage.REVERSAL_LEARNING_TASK:
				return validateReversalLearningTask((ReversalLearningTask)value, diagnostics, context);
			case DeepLinearPackage.CONTINUAL_LEARNING_TASK:
				return validateContinualLearningTask((ContinualLearningTask)value, diagnostics, context);
			case DeepLinearPackage.DEEP_LINEAR_NETWORK:
				return validateDeepLinearNetwork((DeepLinearNetwork)value, diagnostics, context);
			case DeepLinearPackage.LAMBDA_BALANCED_INITIALISATION:
				return validateLambdaBalancedInitialisation((LambdaBalancedInitialisation)value, diagnostics, context);
			case DeepLinearPackage.HIERARCHY_DATASET:
				return validateHierarchyDataset((HierarchyDataset)value, diagnostics, context);
			default:
				return true;
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateHierarchyTask(HierarchyTask hierarchyTask, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(hierarchyTask, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSpectrumTask(SpectrumTask spectrumTask, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(spectrumTask, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(spectrumTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(spectrumTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(spectrumTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(spectrumTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(spectrumTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(spectrumTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(spectrumTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(spectrumTask, diagnostics, context);
		if (result || diagnostics != null) result &= validateSpectrumTask_dimensionsPositive(spectrumTask, diagnostics, context);
		if (result || diagnostics != null) result &= validateSpectrumTask_singularValuesValid(spectrumTask, diagnostics, context);
		return result;
	}

	/**
	 * Validates the dimensionsPositive constraint of '<em>Spectrum Task</em>'.
	 * <!-- begin-user-doc -->
	 * Input and output dimensions are at least 1.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateSpectrumTask_dimensionsPositive(SpectrumTask spectrumTask, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = true;
		if (spectrumTask.getInputDim() < 1) {
			result &= PlateauValidator.error(diagnostics, DIAGNOSTIC_SOURCE, SPECTRUM_TASK__DIMENSIONS_POSITIVE, spectrumTask, DeepLinearPackage.Literals.SPECTRUM_TASK__INPUT_DIM,
				"inputDim must be at least 1, was " + spectrumTask.getInputDim());
		}
		if (spectrumTask.getOutputDim() < 1) {
			result &= PlateauValidator.error(diagnostics, DIAGNOSTIC_SOURCE, SPECTRUM_TASK__DIMENSIONS_POSITIVE, spectrumTask, DeepLinearPackage.Literals.SPECTRUM_TASK__OUTPUT_DIM,
				"outputDim must be at least 1, was " + spectrumTask.getOutputDim());
		}
		return result;
	}

	/**
	 * Validates the singularValuesValid constraint of '<em>Spectrum Task</em>'.
	 * <!-- begin-user-doc -->
	 * There are at most min(inputDim, outputDim) singular values, each finite and positive.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateSpectrumTask_singularValuesValid(SpectrumTask spectrumTask, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = true;
		EList<Double> singularValues = spectrumTask.getSingularValues();
		int maximum = Math.min(spectrumTask.getInputDim(), spectrumTask.getOutputDim());
		if (maximum >= 1 && singularValues.size() > maximum) {
			result &= PlateauValidator.error(diagnostics, DIAGNOSTIC_SOURCE, SPECTRUM_TASK__SINGULAR_VALUES_VALID, spectrumTask, DeepLinearPackage.Literals.SPECTRUM_TASK__SINGULAR_VALUES,
				"singularValues must have at most min(inputDim, outputDim) = " + maximum + " values, has " + singularValues.size());
		}
		for (int i = 0; i < singularValues.size(); i++) {
			double singularValue = singularValues.get(i);
			if (!(Double.isFinite(singularValue) && singularValue > 0)) {
				result &= PlateauValidator.error(diagnostics, DIAGNOSTIC_SOURCE, SPECTRUM_TASK__SINGULAR_VALUES_VALID, spectrumTask, DeepLinearPackage.Literals.SPECTRUM_TASK__SINGULAR_VALUES,
					"singularValues[" + i + "] must be positive and finite, was " + singularValue);
			}
		}
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRandomRegressionTask(RandomRegressionTask randomRegressionTask, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(randomRegressionTask, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(randomRegressionTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(randomRegressionTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(randomRegressionTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(randomRegressionTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(randomRegressionTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(randomRegressionTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(randomRegressionTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(randomRegressionTask, diagnostics, context);
		if (result || diagnostics != null) result &= validateRandomRegressionTask_dimensionsPositive(randomRegressionTask, diagnostics, context);
		if (result || diagnostics != null) result &= validateRandomRegressionTask_enoughSamplesToWhiten(randomRegressionTask, diagnostics, context);
		if (result || diagnostics != null) result &= validateRandomRegressionTask_scalesValid(randomRegressionTask, diagnostics, context);
		return result;
	}

	/**
	 * Validates the dimensionsPositive constraint of '<em>Random Regression Task</em>'.
	 * <!-- begin-user-doc -->
	 * Input and output dimensions and the number of samples are at least 1.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateRandomRegressionTask_dimensionsPositive(RandomRegressionTask randomRegressionTask, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = true;
		if (randomRegressionTask.getInputDim() < 1) {
			result &= PlateauValidator.error(diagnostics, DIAGNOSTIC_SOURCE, RANDOM_REGRESSION_TASK__DIMENSIONS_POSITIVE, randomRegressionTask, DeepLinearPackage.Literals.RANDOM_REGRESSION_TASK__INPUT_DIM,
				"inputDim must be at least 1, was " + randomRegressionTask.getInputDim());
		}
		if (randomRegressionTask.getOutputDim() < 1) {
			result &= PlateauValidator.error(diagnostics, DIAGNOSTIC_SOURCE, RANDOM_REGRESSION_TASK__DIMENSIONS_POSITIVE, randomRegressionTask, DeepLinearPackage.Literals.RANDOM_REGRESSION_TASK__OUTPUT_DIM,
				"outputDim must be at least 1, was " + randomRegressionTask.getOutputDim());
		}
		if (randomRegressionTask.getSamples() < 1) {
			result &= PlateauValidator.error(diagnostics, DIAGNOSTIC_SOURCE, RANDOM_REGRESSION_TASK__DIMENSIONS_POSITIVE, randomRegressionTask, DeepLinearPackage.Literals.RANDOM_REGRESSION_TASK__SAMPLES,
				"samples must be at least 1, was " + randomRegressionTask.getSamples());
		}
		return result;
	}

	/**
	 * Validates the enoughSamplesToWhiten constraint of '<em>Random Regression Task</em>'.
	 * <!-- begin-user-doc -->
	 * Whitening the inputs (Sigma_xx = I) needs at least as many samples as inputs.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateRandomRegressionTask_enoughSamplesToWhiten(RandomRegressionTask randomRegressionTask, DiagnosticChain diagnostics, Map<Object, Object> context) {
		int samples = randomRegressionTask.getSamples();
		int inputDim = randomRegressionTask.getInputDim();
		if (!randomRegressionTask.isWhitened() || samples >= inputDim) {
			return true;
		}
		return PlateauValidator.error(diagnostics, DIAGNOSTIC_SOURCE, RANDOM_REGRESSION_TASK__ENOUGH_SAMPLES_TO_WHITEN, randomRegressionTask, DeepLinearPackage.Literals.RANDOM_REGRESSION_TASK__SAMPLES,
			"samples must be at least inputDim (" + inputDim + ") when the inputs are whitened, was " + samples);
	}

	/**
	 * Validates the scalesValid constraint of '<em>Random Regression Task</em>'.
	 * <!-- begin-user-doc -->
	 * The teacher's scale is positive, the label noise's standard deviation non-negative, both finite.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateRandomRegressionTask_scalesValid(RandomRegressionTask randomRegressionTask, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = true;
		double teacher = randomRegressionTask.getTeacherScale();
		if (!(teacher > 0) || !Double.isFinite(teacher)) {
			result &= PlateauValidator.error(diagnostics, DIAGNOSTIC_SOURCE, RANDOM_REGRESSION_TASK__SCALES_VALID, randomRegressionTask, DeepLinearPackage.Literals.RANDOM_REGRESSION_TASK__TEACHER_SCALE,
				"teacherScale must be positive and finite, was " + teacher);
		}
		double noise = randomRegressionTask.getNoiseScale();
		if (!(noise >= 0) || !Double.isFinite(noise)) {
			result &= PlateauValidator.error(diagnostics, DIAGNOSTIC_SOURCE, RANDOM_REGRESSION_TASK__SCALES_VALID, randomRegressionTask, DeepLinearPackage.Literals.RANDOM_REGRESSION_TASK__NOISE_SCALE,
				"noiseScale must be non-negative and finite, was " + noise);
		}
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTeacherStudentTask(TeacherStudentTask teacherStudentTask, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(teacherStudentTask, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(teacherStudentTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(teacherStudentTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(teacherStudentTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(teacherStudentTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(teacherStudentTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(teacherStudentTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(teacherStudentTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(teacherStudentTask, diagnostics, context);
		if (result || diagnostics != null) result &= validateTeacherStudentTask_dimensionsPositive(teacherStudentTask, diagnostics, context);
		if (result || diagnostics != null) result &= validateTeacherStudentTask_variancesValid(teacherStudentTask, diagnostics, context);
		return result;
	}

	/**
	 * Validates the dimensionsPositive constraint of '<em>Teacher Student Task</em>'.
	 * <!-- begin-user-doc -->
	 * The input dimension N and the number of examples P are at least 1.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateTeacherStudentTask_dimensionsPositive(TeacherStudentTask teacherStudentTask, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = true;
		if (teacherStudentTask.getInputDim() < 1) {
			result &= PlateauValidator.error(diagnostics, DIAGNOSTIC_SOURCE, TEACHER_STUDENT_TASK__DIMENSIONS_POSITIVE, teacherStudentTask, DeepLinearPackage.Literals.TEACHER_STUDENT_TASK__INPUT_DIM,
				"inputDim must be at least 1, was " + teacherStudentTask.getInputDim());
		}
		if (teacherStudentTask.getSamples() < 1) {
			result &= PlateauValidator.error(diagnostics, DIAGNOSTIC_SOURCE, TEACHER_STUDENT_TASK__DIMENSIONS_POSITIVE, teacherStudentTask, DeepLinearPackage.Literals.TEACHER_STUDENT_TASK__SAMPLES,
				"samples must be at least 1, was " + teacherStudentTask.getSamples());
		}
		return result;
	}

	/**
	 * Validates the variancesValid constraint of '<em>Teacher Student Task</em>'.
	 * <!-- begin-user-doc -->
	 * The teacher's weight variance is positive, the label noise variance non-negative, both finite.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateTeacherStudentTask_variancesValid(TeacherStudentTask teacherStudentTask, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = true;
		double weight = teacherStudentTask.getWeightVariance();
		if (!(weight > 0) || !Double.isFinite(weight)) {
			result &= PlateauValidator.error(diagnostics, DIAGNOSTIC_SOURCE, TEACHER_STUDENT_TASK__VARIANCES_VALID, teacherStudentTask, DeepLinearPackage.Literals.TEACHER_STUDENT_TASK__WEIGHT_VARIANCE,
				"weightVariance must be positive and finite, was " + weight);
		}
		double noise = teacherStudentTask.getNoiseVariance();
		if (!(noise >= 0) || !Double.isFinite(noise)) {
			result &= PlateauValidator.error(diagnostics, DIAGNOSTIC_SOURCE, TEACHER_STUDENT_TASK__VARIANCES_VALID, teacherStudentTask, DeepLinearPackage.Literals.TEACHER_STUDENT_TASK__NOISE_VARIANCE,
				"noiseVariance must be non-negative and finite, was " + noise);
		}
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateReversalLearningTask(ReversalLearningTask reversalLearningTask, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(reversalLearningTask, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(reversalLearningTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(reversalLearningTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(reversalLearningTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(reversalLearningTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(reversalLearningTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(reversalLearningTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(reversalLearningTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(reversalLearningTask, diagnostics, context);
		if (result || diagnostics != null) result &= validateReversalLearningTask_baseTaskValid(reversalLearningTask, diagnostics, context);
		return result;
	}

	/**
	 * Validates the baseTaskValid constraint of '<em>Reversal Learning Task</em>'.
	 * <!-- begin-user-doc -->
	 * The base task is set, is a deep linear task and is not itself a reversal; the reversal step is not negative.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateReversalLearningTask_baseTaskValid(ReversalLearningTask reversalLearningTask, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = true;
		Task base = reversalLearningTask.getTask();
		if (base == null || base.eClass().getEPackage() != DeepLinearPackage.eINSTANCE || base instanceof ReversalLearningTask) {
			result &= PlateauValidator.error(diagnostics, DIAGNOSTIC_SOURCE, REVERSAL_LEARNING_TASK__BASE_TASK_VALID, reversalLearningTask, DeepLinearPackage.Literals.REVERSAL_LEARNING_TASK__TASK,
				"task must be a deep linear task to learn and then reverse (hierarchy, spectrum, random regression or teacher-student), was "
					+ (base == null ? "none" : base.eClass().getName()));
		}
		if (reversalLearningTask.getReversalStep() < 0) {
			result &= PlateauValidator.error(diagnostics, DIAGNOSTIC_SOURCE, REVERSAL_LEARNING_TASK__BASE_TASK_VALID, reversalLearningTask, DeepLinearPackage.Literals.REVERSAL_LEARNING_TASK__REVERSAL_STEP,
				"reversalStep must be at least 0, was " + reversalLearningTask.getReversalStep());
		}
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateContinualLearningTask(ContinualLearningTask continualLearningTask, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(continualLearningTask, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(continualLearningTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(continualLearningTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(continualLearningTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(continualLearningTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(continualLearningTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(continualLearningTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(continualLearningTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(continualLearningTask, diagnostics, context);
		if (result || diagnostics != null) result &= validateContinualLearningTask_sequenceValid(continualLearningTask, diagnostics, context);
		return result;
	}

	/**
	 * Validates the sequenceValid constraint of '<em>Continual Learning Task</em>'.
	 * <!-- begin-user-doc -->
	 * Sizes, number of tasks and steps per task are at least 1, and there are enough examples to whiten the inputs.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateContinualLearningTask_sequenceValid(ContinualLearningTask continualLearningTask, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = true;
		ContinualLearningTask task = continualLearningTask;
		Object[][] checks = {
			{ task.getInputDim() >= 1, DeepLinearPackage.Literals.CONTINUAL_LEARNING_TASK__INPUT_DIM, "inputDim must be at least 1, was " + task.getInputDim() },
			{ task.getOutputDim() >= 1, DeepLinearPackage.Literals.CONTINUAL_LEARNING_TASK__OUTPUT_DIM, "outputDim must be at least 1, was " + task.getOutputDim() },
			{ task.getSamples() >= Math.max(1, task.getInputDim()), DeepLinearPackage.Literals.CONTINUAL_LEARNING_TASK__SAMPLES, "samples must be at least inputDim (" + task.getInputDim() + ") so that the inputs can be whitened, was " + task.getSamples() },
			{ task.getNumberOfTasks() >= 1, DeepLinearPackage.Literals.CONTINUAL_LEARNING_TASK__NUMBER_OF_TASKS, "numberOfTasks must be at least 1, was " + task.getNumberOfTasks() },
			{ task.getStepsPerTask() >= 1, DeepLinearPackage.Literals.CONTINUAL_LEARNING_TASK__STEPS_PER_TASK, "stepsPerTask must be at least 1, was " + task.getStepsPerTask() } };
		for (Object[] check : checks) {
			if (!(Boolean)check[0]) {
				result &= PlateauValidator.error(diagnostics, DIAGNOSTIC_SOURCE, CONTINUAL_LEARNING_TASK__SEQUENCE_VALID, task, (org.eclipse.emf.ecore.EStructuralFeature)check[1], (String)check[2]);
			}
		}
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDeepLinearNetwork(DeepLinearNetwork deepLinearNetwork, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(deepLinearNetwork, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(deepLinearNetwork, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(deepLinearNetwork, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(deepLinearNetwork, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(deepLinearNetwork, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(deepLinearNetwork, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(deepLinearNetwork, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(deepLinearNetwork, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(deepLinearNetwork, diagnostics, context);
		if (result || diagnostics != null) result &= validateDeepLinearNetwork_depthPositive(deepLinearNetwork, diagnostics, context);
		if (result || diagnostics != null) result &= validateDeepLinearNetwork_hiddenWidthPositive(deepLinearNetwork, diagnostics, context);
		if (result || diagnostics != null) result &= validateDeepLinearNetwork_hiddenWidthCoversTaskRank(deepLinearNetwork, diagnostics, context);
		if (result || diagnostics != null) result &= validateDeepLinearNetwork_trainingHonoured(deepLinearNetwork, diagnostics, context);
		return result;
	}

	/**
	 * Validates the depthPositive constraint of '<em>Network</em>'.
	 * <!-- begin-user-doc -->
	 * The network has at least one weight matrix.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateDeepLinearNetwork_depthPositive(DeepLinearNetwork deepLinearNetwork, DiagnosticChain diagnostics, Map<Object, Object> context) {
		int depth = deepLinearNetwork.getDepth();
		if (depth >= 1) {
			return true;
		}
		return PlateauValidator.error(diagnostics, DIAGNOSTIC_SOURCE, DEEP_LINEAR_NETWORK__DEPTH_POSITIVE, deepLinearNetwork, DeepLinearPackage.Literals.DEEP_LINEAR_NETWORK__DEPTH,
			"depth must be at least 1, was " + depth);
	}

	/**
	 * Validates the hiddenWidthPositive constraint of '<em>Network</em>'.
	 * <!-- begin-user-doc -->
	 * The hidden layers have at least one unit.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateDeepLinearNetwork_hiddenWidthPositive(DeepLinearNetwork deepLinearNetwork, DiagnosticChain diagnostics, Map<Object, Object> context) {
		int hiddenWidth = deepLinearNetwork.getHiddenWidth();
		if (hiddenWidth >= 1) {
			return true;
		}
		return PlateauValidator.error(diagnostics, DIAGNOSTIC_SOURCE, DEEP_LINEAR_NETWORK__HIDDEN_WIDTH_POSITIVE, deepLinearNetwork, DeepLinearPackage.Literals.DEEP_LINEAR_NETWORK__HIDDEN_WIDTH,
			"hiddenWidth must be at least 1, was " + hiddenWidth);
	}

	/**
	 * Validates the hiddenWidthCoversTaskRank constraint of '<em>Network</em>'.
	 * <!-- begin-user-doc -->
	 * With hidden layers (depth at least 2), every hidden layer is at least as wide as the rank of the experiment's task,
	 * so that every mode of the input-output correlation can be learnt. The task is found through the containing
	 * {@link Experiment}; tasks of other families, or a network outside an experiment, are not checked.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateDeepLinearNetwork_hiddenWidthCoversTaskRank(DeepLinearNetwork deepLinearNetwork, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (deepLinearNetwork.getDepth() < 2 || !(deepLinearNetwork.eContainer() instanceof Experiment)) {
			return true;
		}
		Task task = ((Experiment)deepLinearNetwork.eContainer()).getTask();
		int rank = rankOf(task);
		int hiddenWidth = deepLinearNetwork.getHiddenWidth();
		if (rank < 0 || hiddenWidth < 1 || hiddenWidth >= rank) {
			return true;
		}
		return PlateauValidator.error(diagnostics, DIAGNOSTIC_SOURCE, DEEP_LINEAR_NETWORK__HIDDEN_WIDTH_COVERS_TASK_RANK, deepLinearNetwork, DeepLinearPackage.Literals.DEEP_LINEAR_NETWORK__HIDDEN_WIDTH,
			"hiddenWidth must be at least " + rank + ", the rank of the task (" + describeRank(task) + "), was " + hiddenWidth);
	}

	/**
	 * Validates the trainingHonoured constraint of '<em>Deep Linear Network</em>'.
	 * <!-- begin-user-doc -->
	 * The shared training settings the family honours: full-batch GD or online SGD, on half the squared error.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateDeepLinearNetwork_trainingHonoured(DeepLinearNetwork deepLinearNetwork, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = PlateauValidator.honours(diagnostics, DIAGNOSTIC_SOURCE, DEEP_LINEAR_NETWORK__TRAINING_HONOURED,
			deepLinearNetwork, PlateauPackage.Literals.TRAINING__ALGORITHM,
			"the deep linear family trains by full-batch gradient descent or online SGD (spec 0.1)",
			TrainingAlgorithm.FULL_BATCH_GD, TrainingAlgorithm.ONLINE_SGD);
		return PlateauValidator.honours(diagnostics, DIAGNOSTIC_SOURCE, DEEP_LINEAR_NETWORK__TRAINING_HONOURED,
			deepLinearNetwork, PlateauPackage.Literals.TRAINING__LOSS_KIND,
			"the exact solutions are those of half the squared error (Saxe et al. 2014, eq. 2)", LossKind.HALF_SQUARED_ERROR)
			&& result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLambdaBalancedInitialisation(LambdaBalancedInitialisation lambdaBalancedInitialisation, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(lambdaBalancedInitialisation, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateHierarchyDataset(HierarchyDataset hierarchyDataset, DiagnosticChain diagnostics, Map<Object, Object> context) {
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
	 * The rank of a task's input-output correlation <code>Sigma_yx</code>: the number of modes a network can learn,
	 * and so the hidden width a deep network needs to learn them all.
	 *
	 * @param task a task, possibly <code>null</code> or of another family
	 * @return 4 for {@link HierarchyDataset#FOUR_ITEMS}, 8 for {@link HierarchyDataset#EIGHT_ITEM_TREE}, the number of
	 *         singular values of a {@link SpectrumTask}, min(inputDim, outputDim, samples) for a
	 *         {@link RandomRegressionTask}; -1 when the rank is not known (no task, or a task of another family)
	 */
	public static int rankOf(Task task) {
		if (task instanceof ContinualLearningTask) {
			ContinualLearningTask sequence = (ContinualLearningTask)task;
			return Math.min(Math.min(sequence.getInputDim(), sequence.getOutputDim()), sequence.getSamples());
		}
		if (task instanceof ReversalLearningTask) {
			// the reversal -Y has the base task's rank
			ReversalLearningTask reversal = (ReversalLearningTask)task;
			return reversal.getTask() instanceof ReversalLearningTask ? -1 : rankOf(reversal.getTask());
		}
		if (task instanceof HierarchyTask) {
			return switch (((HierarchyTask)task).getDataset()) {
				case FOUR_ITEMS -> 4;
				case EIGHT_ITEM_TREE -> 8;
			};
		}
		if (task instanceof SpectrumTask) {
			return ((SpectrumTask)task).getSingularValues().size();
		}
		if (task instanceof RandomRegressionTask) {
			// Sigma_yx = Y X^T / P has rank at most min(outputDim, inputDim, P).
			RandomRegressionTask randomRegressionTask = (RandomRegressionTask)task;
			return Math.min(Math.min(randomRegressionTask.getInputDim(), randomRegressionTask.getOutputDim()), randomRegressionTask.getSamples());
		}
		return -1;
	}

	/**
	 * Names a task and the source of its rank for a diagnostic message.
	 */
	private static String describeRank(Task task) {
		if (task instanceof HierarchyTask) {
			return "HierarchyTask " + ((HierarchyTask)task).getDataset().getLiteral();
		}
		if (task instanceof SpectrumTask) {
			return "SpectrumTask with " + ((SpectrumTask)task).getSingularValues().size() + " singular values";
		}
		RandomRegressionTask randomRegressionTask = (RandomRegressionTask)task;
		return "RandomRegressionTask, min(inputDim, outputDim, samples) of " + randomRegressionTask.getInputDim() + ", "
			+ randomRegressionTask.getOutputDim() + ", " + randomRegressionTask.getSamples();
	}

} //DeepLinearValidator
