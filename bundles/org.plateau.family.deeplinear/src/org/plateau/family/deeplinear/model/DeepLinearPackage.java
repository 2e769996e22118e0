/**
 * Code marked @generated is produced by EMF from model/deeplinear.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.family.deeplinear.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.EReference;
import org.plateau.model.PlateauPackage;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Experiment model of the deep linear network family: tasks whose input-output correlation has a known singular value decomposition, and fully connected linear networks of any depth (Saxe, McClelland and Ganguli 2014, 2019).
 * <!-- end-model-doc -->
 * @see org.plateau.family.deeplinear.model.DeepLinearFactory
 * @model kind="package"
 * @generated
 */
public interface DeepLinearPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://www.plateau.org/model/family/deeplinear/2.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "deeplinear";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	DeepLinearPackage eINSTANCE = org.plateau.family.deeplinear.model.impl.DeepLinearPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.plateau.family.deeplinear.model.impl.HierarchyTaskImpl <em>Hierarchy Task</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.plateau.family.deeplinear.model.impl.HierarchyTaskImpl
	 * @see org.plateau.family.deeplinear.model.impl.DeepLinearPackageImpl#getHierarchyTask()
	 * @generated
	 */
	int HIERARCHY_TASK = 0;

	/**
	 * The feature id for the '<em><b>Dataset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HIERARCHY_TASK__DATASET = PlateauPackage.TASK_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Hierarchy Task</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HIERARCHY_TASK_FEATURE_COUNT = PlateauPackage.TASK_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Hierarchy Task</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HIERARCHY_TASK_OPERATION_COUNT = PlateauPackage.TASK_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.plateau.family.deeplinear.model.impl.SpectrumTaskImpl <em>Spectrum Task</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.plateau.family.deeplinear.model.impl.SpectrumTaskImpl
	 * @see org.plateau.family.deeplinear.model.impl.DeepLinearPackageImpl#getSpectrumTask()
	 * @generated
	 */
	int SPECTRUM_TASK = 1;

	/**
	 * The feature id for the '<em><b>Input Dim</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPECTRUM_TASK__INPUT_DIM = PlateauPackage.TASK_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Output Dim</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPECTRUM_TASK__OUTPUT_DIM = PlateauPackage.TASK_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Singular Values</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPECTRUM_TASK__SINGULAR_VALUES = PlateauPackage.TASK_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Spectrum Task</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPECTRUM_TASK_FEATURE_COUNT = PlateauPackage.TASK_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Spectrum Task</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPECTRUM_TASK_OPERATION_COUNT = PlateauPackage.TASK_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.plateau.family.deeplinear.model.impl.RandomRegressionTaskImpl <em>Random Regression Task</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.plateau.family.deeplinear.model.impl.RandomRegressionTaskImpl
	 * @see org.plateau.family.deeplinear.model.impl.DeepLinearPackageImpl#getRandomRegressionTask()
	 * @generated
	 */
	int RANDOM_REGRESSION_TASK = 2;

	/**
	 * The feature id for the '<em><b>Input Dim</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANDOM_REGRESSION_TASK__INPUT_DIM = PlateauPackage.TASK_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Output Dim</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANDOM_REGRESSION_TASK__OUTPUT_DIM = PlateauPackage.TASK_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Samples</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANDOM_REGRESSION_TASK__SAMPLES = PlateauPackage.TASK_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Whitened</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANDOM_REGRESSION_TASK__WHITENED = PlateauPackage.TASK_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Teacher Scale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANDOM_REGRESSION_TASK__TEACHER_SCALE = PlateauPackage.TASK_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Noise Scale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANDOM_REGRESSION_TASK__NOISE_SCALE = PlateauPackage.TASK_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Random Regression Task</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANDOM_REGRESSION_TASK_FEATURE_COUNT = PlateauPackage.TASK_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Random Regression Task</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANDOM_REGRESSION_TASK_OPERATION_COUNT = PlateauPackage.TASK_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.plateau.family.deeplinear.model.impl.TeacherStudentTaskImpl <em>Teacher Student Task</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.plateau.family.deeplinear.model.impl.TeacherStudentTaskImpl
	 * @see org.plateau.family.deeplinear.model.impl.DeepLinearPackageImpl#getTeacherStudentTask()
	 * @generated
	 */
	int TEACHER_STUDENT_TASK = 3;

	/**
	 * The feature id for the '<em><b>Input Dim</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEACHER_STUDENT_TASK__INPUT_DIM = PlateauPackage.TASK_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Samples</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEACHER_STUDENT_TASK__SAMPLES = PlateauPackage.TASK_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Weight Variance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEACHER_STUDENT_TASK__WEIGHT_VARIANCE = PlateauPackage.TASK_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Noise Variance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEACHER_STUDENT_TASK__NOISE_VARIANCE = PlateauPackage.TASK_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Teacher Student Task</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEACHER_STUDENT_TASK_FEATURE_COUNT = PlateauPackage.TASK_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Teacher Student Task</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEACHER_STUDENT_TASK_OPERATION_COUNT = PlateauPackage.TASK_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.plateau.family.deeplinear.model.impl.ReversalLearningTaskImpl <em>Reversal Learning Task</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.plateau.family.deeplinear.model.impl.ReversalLearningTaskImpl
	 * @see org.plateau.family.deeplinear.model.impl.DeepLinearPackageImpl#getReversalLearningTask()
	 * @generated
	 */
	int REVERSAL_LEARNING_TASK = 4;

	/**
	 * The feature id for the '<em><b>Task</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVERSAL_LEARNING_TASK__TASK = PlateauPackage.TASK_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Reversal Step</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVERSAL_LEARNING_TASK__REVERSAL_STEP = PlateauPackage.TASK_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Reversal Learning Task</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVERSAL_LEARNING_TASK_FEATURE_COUNT = PlateauPackage.TASK_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Reversal Learning Task</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVERSAL_LEARNING_TASK_OPERATION_COUNT = PlateauPackage.TASK_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.plateau.family.deeplinear.model.impl.ContinualLearningTaskImpl <em>Continual Learning Task</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.plateau.family.deeplinear.model.impl.ContinualLearningTaskImpl
	 * @see org.plateau.family.deeplinear.model.impl.DeepLinearPackageImpl#getContinualLearningTask()
	 * @generated
	 */
	int CONTINUAL_LEARNING_TASK = 5;

	/**
	 * The feature id for the '<em><b>Input Dim</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTINUAL_LEARNING_TASK__INPUT_DIM = PlateauPackage.TASK_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Output Dim</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTINUAL_LEARNING_TASK__OUTPUT_DIM = PlateauPackage.TASK_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Samples</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTINUAL_LEARNING_TASK__SAMPLES = PlateauPackage.TASK_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Number Of Tasks</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTINUAL_LEARNING_TASK__NUMBER_OF_TASKS = PlateauPackage.TASK_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Steps Per Task</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTINUAL_LEARNING_TASK__STEPS_PER_TASK = PlateauPackage.TASK_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Continual Learning Task</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTINUAL_LEARNING_TASK_FEATURE_COUNT = PlateauPackage.TASK_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Continual Learning Task</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTINUAL_LEARNING_TASK_OPERATION_COUNT = PlateauPackage.TASK_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.plateau.family.deeplinear.model.impl.DeepLinearNetworkImpl <em>Network</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.plateau.family.deeplinear.model.impl.DeepLinearNetworkImpl
	 * @see org.plateau.family.deeplinear.model.impl.DeepLinearPackageImpl#getDeepLinearNetwork()
	 * @generated
	 */
	int DEEP_LINEAR_NETWORK = 6;

	/**
	 * The feature id for the '<em><b>Depth</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEEP_LINEAR_NETWORK__DEPTH = PlateauPackage.ARCHITECTURE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Hidden Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEEP_LINEAR_NETWORK__HIDDEN_WIDTH = PlateauPackage.ARCHITECTURE_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Network</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEEP_LINEAR_NETWORK_FEATURE_COUNT = PlateauPackage.ARCHITECTURE_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Network</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEEP_LINEAR_NETWORK_OPERATION_COUNT = PlateauPackage.ARCHITECTURE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.plateau.family.deeplinear.model.impl.LambdaBalancedInitialisationImpl <em>Lambda Balanced Initialisation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.plateau.family.deeplinear.model.impl.LambdaBalancedInitialisationImpl
	 * @see org.plateau.family.deeplinear.model.impl.DeepLinearPackageImpl#getLambdaBalancedInitialisation()
	 * @generated
	 */
	int LAMBDA_BALANCED_INITIALISATION = 7;

	/**
	 * The feature id for the '<em><b>Lambda</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAMBDA_BALANCED_INITIALISATION__LAMBDA = PlateauPackage.INITIALISATION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Scale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAMBDA_BALANCED_INITIALISATION__SCALE = PlateauPackage.INITIALISATION_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Lambda Balanced Initialisation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAMBDA_BALANCED_INITIALISATION_FEATURE_COUNT = PlateauPackage.INITIALISATION_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Lambda Balanced Initialisation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAMBDA_BALANCED_INITIALISATION_OPERATION_COUNT = PlateauPackage.INITIALISATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.plateau.family.deeplinear.model.HierarchyDataset <em>Hierarchy Dataset</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.plateau.family.deeplinear.model.HierarchyDataset
	 * @see org.plateau.family.deeplinear.model.impl.DeepLinearPackageImpl#getHierarchyDataset()
	 * @generated
	 */
	int HIERARCHY_DATASET = 8;


	/**
	 * Returns the meta object for class '{@link org.plateau.family.deeplinear.model.HierarchyTask <em>Hierarchy Task</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Hierarchy Task</em>'.
	 * @see org.plateau.family.deeplinear.model.HierarchyTask
	 * @generated
	 */
	EClass getHierarchyTask();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.family.deeplinear.model.HierarchyTask#getDataset <em>Dataset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dataset</em>'.
	 * @see org.plateau.family.deeplinear.model.HierarchyTask#getDataset()
	 * @see #getHierarchyTask()
	 * @generated
	 */
	EAttribute getHierarchyTask_Dataset();

	/**
	 * Returns the meta object for class '{@link org.plateau.family.deeplinear.model.SpectrumTask <em>Spectrum Task</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Spectrum Task</em>'.
	 * @see org.plateau.family.deeplinear.model.SpectrumTask
	 * @generated
	 */
	EClass getSpectrumTask();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.family.deeplinear.model.SpectrumTask#getInputDim <em>Input Dim</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Input Dim</em>'.
	 * @see org.plateau.family.deeplinear.model.SpectrumTask#getInputDim()
	 * @see #getSpectrumTask()
	 * @generated
	 */
	EAttribute getSpectrumTask_InputDim();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.family.deeplinear.model.SpectrumTask#getOutputDim <em>Output Dim</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Output Dim</em>'.
	 * @see org.plateau.family.deeplinear.model.SpectrumTask#getOutputDim()
	 * @see #getSpectrumTask()
	 * @generated
	 */
	EAttribute getSpectrumTask_OutputDim();

	/**
	 * Returns the meta object for the attribute list '{@link org.plateau.family.deeplinear.model.SpectrumTask#getSingularValues <em>Singular Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Singular Values</em>'.
	 * @see org.plateau.family.deeplinear.model.SpectrumTask#getSingularValues()
	 * @see #getSpectrumTask()
	 * @generated
	 */
	EAttribute getSpectrumTask_SingularValues();

	/**
	 * Returns the meta object for class '{@link org.plateau.family.deeplinear.model.RandomRegressionTask <em>Random Regression Task</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Random Regression Task</em>'.
	 * @see org.plateau.family.deeplinear.model.RandomRegressionTask
	 * @generated
	 */
	EClass getRandomRegressionTask();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.family.deeplinear.model.RandomRegressionTask#getInputDim <em>Input Dim</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Input Dim</em>'.
	 * @see org.plateau.family.deeplinear.model.RandomRegressionTask#getInputDim()
	 * @see #getRandomRegressionTask()
	 * @generated
	 */
	EAttribute getRandomRegressionTask_InputDim();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.family.deeplinear.model.RandomRegressionTask#getOutputDim <em>Output Dim</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Output Dim</em>'.
	 * @see org.plateau.family.deeplinear.model.RandomRegressionTask#getOutputDim()
	 * @see #getRandomRegressionTask()
	 * @generated
	 */
	EAttribute getRandomRegressionTask_OutputDim();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.family.deeplinear.model.RandomRegressionTask#getSamples <em>Samples</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Samples</em>'.
	 * @see org.plateau.family.deeplinear.model.RandomRegressionTask#getSamples()
	 * @see #getRandomRegressionTask()
	 * @generated
	 */
	EAttribute getRandomRegressionTask_Samples();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.family.deeplinear.model.RandomRegressionTask#isWhitened <em>Whitened</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Whitened</em>'.
	 * @see org.plateau.family.deeplinear.model.RandomRegressionTask#isWhitened()
	 * @see #getRandomRegressionTask()
	 * @generated
	 */
	EAttribute getRandomRegressionTask_Whitened();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.family.deeplinear.model.RandomRegressionTask#getTeacherScale <em>Teacher Scale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Teacher Scale</em>'.
	 * @see org.plateau.family.deeplinear.model.RandomRegressionTask#getTeacherScale()
	 * @see #getRandomRegressionTask()
	 * @generated
	 */
	EAttribute getRandomRegressionTask_TeacherScale();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.family.deeplinear.model.RandomRegressionTask#getNoiseScale <em>Noise Scale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Noise Scale</em>'.
	 * @see org.plateau.family.deeplinear.model.RandomRegressionTask#getNoiseScale()
	 * @see #getRandomRegressionTask()
	 * @generated
	 */
	EAttribute getRandomRegressionTask_NoiseScale();

	/**
	 * Returns the meta object for class '{@link org.plateau.family.deeplinear.model.TeacherStudentTask <em>Teacher Student Task</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Teacher Student Task</em>'.
	 * @see org.plateau.family.deeplinear.model.TeacherStudentTask
	 * @generated
	 */
	EClass getTeacherStudentTask();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.family.deeplinear.model.TeacherStudentTask#getInputDim <em>Input Dim</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Input Dim</em>'.
	 * @see org.plateau.family.deeplinear.model.TeacherStudentTask#getInputDim()
	 * @see #getTeacherStudentTask()
	 * @generated
	 */
	EAttribute getTeacherStudentTask_InputDim();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.family.deeplinear.model.TeacherStudentTask#getSamples <em>Samples</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Samples</em>'.
	 * @see org.plateau.family.deeplinear.model.TeacherStudentTask#getSamples()
	 * @see #getTeacherStudentTask()
	 * @generated
	 */
	EAttribute getTeacherStudentTask_Samples();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.family.deeplinear.model.TeacherStudentTask#getWeightVariance <em>Weight Variance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Weight Variance</em>'.
	 * @see org.plateau.family.deeplinear.model.TeacherStudentTask#getWeightVariance()
	 * @see #getTeacherStudentTask()
	 * @generated
	 */
	EAttribute getTeacherStudentTask_WeightVariance();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.family.deeplinear.model.TeacherStudentTask#getNoiseVariance <em>Noise Variance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Noise Variance</em>'.
	 * @see org.plateau.family.deeplinear.model.TeacherStudentTask#getNoiseVariance()
	 * @see #getTeacherStudentTask()
	 * @generated
	 */
	EAttribute getTeacherStudentTask_NoiseVariance();

	/**
	 * Returns the meta object for class '{@link org.plateau.family.deeplinear.model.ReversalLearningTask <em>Reversal Learning Task</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Reversal Learning Task</em>'.
	 * @see org.plateau.family.deeplinear.model.ReversalLearningTask
	 * @generated
	 */
	EClass getReversalLearningTask();

	/**
	 * Returns the meta object for the containment reference '{@link org.plateau.family.deeplinear.model.ReversalLearningTask#getTask <em>Task</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Task</em>'.
	 * @see org.plateau.family.deeplinear.model.ReversalLearningTask#getTask()
	 * @see #getReversalLearningTask()
	 * @generated
	 */
	EReference getReversalLearningTask_Task();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.family.deeplinear.model.ReversalLearningTask#getReversalStep <em>Reversal Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reversal Step</em>'.
	 * @see org.plateau.family.deeplinear.model.ReversalLearningTask#getReversalStep()
	 * @see #getReversalLearningTask()
	 * @generated
	 */
	EAttribute getReversalLearningTask_ReversalStep();

	/**
	 * Returns the meta object for class '{@link org.plateau.family.deeplinear.model.ContinualLearningTask <em>Continual Learning Task</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Continual Learning Task</em>'.
	 * @see org.plateau.family.deeplinear.model.ContinualLearningTask
	 * @generated
	 */
	EClass getContinualLearningTask();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.family.deeplinear.model.ContinualLearningTask#getInputDim <em>Input Dim</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Input Dim</em>'.
	 * @see org.plateau.family.deeplinear.model.ContinualLearningTask#getInputDim()
	 * @see #getContinualLearningTask()
	 * @generated
	 */
	EAttribute getContinualLearningTask_InputDim();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.family.deeplinear.model.ContinualLearningTask#getOutputDim <em>Output Dim</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Output Dim</em>'.
	 * @see org.plateau.family.deeplinear.model.ContinualLearningTask#getOutputDim()
	 * @see #getContinualLearningTask()
	 * @generated
	 */
	EAttribute getContinualLearningTask_OutputDim();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.family.deeplinear.model.ContinualLearningTask#getSamples <em>Samples</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Samples</em>'.
	 * @see org.plateau.family.deeplinear.model.ContinualLearningTask#getSamples()
	 * @see #getContinualLearningTask()
	 * @generated
	 */
	EAttribute getContinualLearningTask_Samples();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.family.deeplinear.model.ContinualLearningTask#getNumberOfTasks <em>Number Of Tasks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number Of Tasks</em>'.
	 * @see org.plateau.family.deeplinear.model.ContinualLearningTask#getNumberOfTasks()
	 * @see #getContinualLearningTask()
	 * @generated
	 */
	EAttribute getContinualLearningTask_NumberOfTasks();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.family.deeplinear.model.ContinualLearningTask#getStepsPerTask <em>Steps Per Task</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Steps Per Task</em>'.
	 * @see org.plateau.family.deeplinear.model.ContinualLearningTask#getStepsPerTask()
	 * @see #getContinualLearningTask()
	 * @generated
	 */
	EAttribute getContinualLearningTask_StepsPerTask();

	/**
	 * Returns the meta object for class '{@link org.plateau.family.deeplinear.model.DeepLinearNetwork <em>Network</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Network</em>'.
	 * @see org.plateau.family.deeplinear.model.DeepLinearNetwork
	 * @generated
	 */
	EClass getDeepLinearNetwork();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.family.deeplinear.model.DeepLinearNetwork#getDepth <em>Depth</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Depth</em>'.
	 * @see org.plateau.family.deeplinear.model.DeepLinearNetwork#getDepth()
	 * @see #getDeepLinearNetwork()
	 * @generated
	 */
	EAttribute getDeepLinearNetwork_Depth();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.family.deeplinear.model.DeepLinearNetwork#getHiddenWidth <em>Hidden Width</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hidden Width</em>'.
	 * @see org.plateau.family.deeplinear.model.DeepLinearNetwork#getHiddenWidth()
	 * @see #getDeepLinearNetwork()
	 * @generated
	 */
	EAttribute getDeepLinearNetwork_HiddenWidth();

	/**
	 * Returns the meta object for class '{@link org.plateau.family.deeplinear.model.LambdaBalancedInitialisation <em>Lambda Balanced Initialisation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Lambda Balanced Initialisation</em>'.
	 * @see org.plateau.family.deeplinear.model.LambdaBalancedInitialisation
	 * @generated
	 */
	EClass getLambdaBalancedInitialisation();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.family.deeplinear.model.LambdaBalancedInitialisation#getLambda <em>Lambda</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lambda</em>'.
	 * @see org.plateau.family.deeplinear.model.LambdaBalancedInitialisation#getLambda()
	 * @see #getLambdaBalancedInitialisation()
	 * @generated
	 */
	EAttribute getLambdaBalancedInitialisation_Lambda();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.family.deeplinear.model.LambdaBalancedInitialisation#getScale <em>Scale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scale</em>'.
	 * @see org.plateau.family.deeplinear.model.LambdaBalancedInitialisation#getScale()
	 * @see #getLambdaBalancedInitialisation()
	 * @generated
	 */
	EAttribute getLambdaBalancedInitialisation_Scale();

	/**
	 * Returns the meta object for enum '{@link org.plateau.family.deeplinear.model.HierarchyDataset <em>Hierarchy Dataset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Hierarchy Dataset</em>'.
	 * @see org.plateau.family.deeplinear.model.HierarchyDataset
	 * @generated
	 */
	EEnum getHierarchyDataset();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	DeepLinearFactory getDeepLinearFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.plateau.family.deeplinear.model.impl.HierarchyTaskImpl <em>Hierarchy Task</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.plateau.family.deeplinear.model.impl.HierarchyTaskImpl
		 * @see org.plateau.family.deeplinear.model.impl.DeepLinearPackageImpl#getHierarchyTask()
		 * @generated
		 */
		EClass HIERARCHY_TASK = eINSTANCE.getHierarchyTask();

		/**
		 * The meta object literal for the '<em><b>Dataset</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HIERARCHY_TASK__DATASET = eINSTANCE.getHierarchyTask_Dataset();

		/**
		 * The meta object literal for the '{@link org.plateau.family.deeplinear.model.impl.SpectrumTaskImpl <em>Spectrum Task</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.plateau.family.deeplinear.model.impl.SpectrumTaskImpl
		 * @see org.plateau.family.deeplinear.model.impl.DeepLinearPackageImpl#getSpectrumTask()
		 * @generated
		 */
		EClass SPECTRUM_TASK = eINSTANCE.getSpectrumTask();

		/**
		 * The meta object literal for the '<em><b>Input Dim</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPECTRUM_TASK__INPUT_DIM = eINSTANCE.getSpectrumTask_InputDim();

		/**
		 * The meta object literal for the '<em><b>Output Dim</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPECTRUM_TASK__OUTPUT_DIM = eINSTANCE.getSpectrumTask_OutputDim();

		/**
		 * The meta object literal for the '<em><b>Singular Values</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPECTRUM_TASK__SINGULAR_VALUES = eINSTANCE.getSpectrumTask_SingularValues();

		/**
		 * The meta object literal for the '{@link org.plateau.family.deeplinear.model.impl.RandomRegressionTaskImpl <em>Random Regression Task</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.plateau.family.deeplinear.model.impl.RandomRegressionTaskImpl
		 * @see org.plateau.family.deeplinear.model.impl.DeepLinearPackageImpl#getRandomRegressionTask()
		 * @generated
		 */
		EClass RANDOM_REGRESSION_TASK = eINSTANCE.getRandomRegressionTask();

		/**
		 * The meta object literal for the '<em><b>Input Dim</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RANDOM_REGRESSION_TASK__INPUT_DIM = eINSTANCE.getRandomRegressionTask_InputDim();

		/**
		 * The meta object literal for the '<em><b>Output Dim</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RANDOM_REGRESSION_TASK__OUTPUT_DIM = eINSTANCE.getRandomRegressionTask_OutputDim();

		/**
		 * The meta object literal for the '<em><b>Samples</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RANDOM_REGRESSION_TASK__SAMPLES = eINSTANCE.getRandomRegressionTask_Samples();

		/**
		 * The meta object literal for the '<em><b>Whitened</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RANDOM_REGRESSION_TASK__WHITENED = eINSTANCE.getRandomRegressionTask_Whitened();

		/**
		 * The meta object literal for the '<em><b>Teacher Scale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RANDOM_REGRESSION_TASK__TEACHER_SCALE = eINSTANCE.getRandomRegressionTask_TeacherScale();

		/**
		 * The meta object literal for the '<em><b>Noise Scale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RANDOM_REGRESSION_TASK__NOISE_SCALE = eINSTANCE.getRandomRegressionTask_NoiseScale();

		/**
		 * The meta object literal for the '{@link org.plateau.family.deeplinear.model.impl.TeacherStudentTaskImpl <em>Teacher Student Task</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.plateau.family.deeplinear.model.impl.TeacherStudentTaskImpl
		 * @see org.plateau.family.deeplinear.model.impl.DeepLinearPackageImpl#getTeacherStudentTask()
		 * @generated
		 */
		EClass TEACHER_STUDENT_TASK = eINSTANCE.getTeacherStudentTask();

		/**
		 * The meta object literal for the '<em><b>Input Dim</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEACHER_STUDENT_TASK__INPUT_DIM = eINSTANCE.getTeacherStudentTask_InputDim();

		/**
		 * The meta object literal for the '<em><b>Samples</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEACHER_STUDENT_TASK__SAMPLES = eINSTANCE.getTeacherStudentTask_Samples();

		/**
		 * The meta object literal for the '<em><b>Weight Variance</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEACHER_STUDENT_TASK__WEIGHT_VARIANCE = eINSTANCE.getTeacherStudentTask_WeightVariance();

		/**
		 * The meta object literal for the '<em><b>Noise Variance</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEACHER_STUDENT_TASK__NOISE_VARIANCE = eINSTANCE.getTeacherStudentTask_NoiseVariance();

		/**
		 * The meta object literal for the '{@link org.plateau.family.deeplinear.model.impl.ReversalLearningTaskImpl <em>Reversal Learning Task</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.plateau.family.deeplinear.model.impl.ReversalLearningTaskImpl
		 * @see org.plateau.family.deeplinear.model.impl.DeepLinearPackageImpl#getReversalLearningTask()
		 * @generated
		 */
		EClass REVERSAL_LEARNING_TASK = eINSTANCE.getReversalLearningTask();

		/**
		 * The meta object literal for the '<em><b>Task</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REVERSAL_LEARNING_TASK__TASK = eINSTANCE.getReversalLearningTask_Task();

		/**
		 * The meta object literal for the '<em><b>Reversal Step</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVERSAL_LEARNING_TASK__REVERSAL_STEP = eINSTANCE.getReversalLearningTask_ReversalStep();

		/**
		 * The meta object literal for the '{@link org.plateau.family.deeplinear.model.impl.ContinualLearningTaskImpl <em>Continual Learning Task</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.plateau.family.deeplinear.model.impl.ContinualLearningTaskImpl
		 * @see org.plateau.family.deeplinear.model.impl.DeepLinearPackageImpl#getContinualLearningTask()
		 * @generated
		 */
		EClass CONTINUAL_LEARNING_TASK = eINSTANCE.getContinualLearningTask();

		/**
		 * The meta object literal for the '<em><b>Input Dim</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTINUAL_LEARNING_TASK__INPUT_DIM = eINSTANCE.getContinualLearningTask_InputDim();

		/**
		 * The meta object literal for the '<em><b>Output Dim</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTINUAL_LEARNING_TASK__OUTPUT_DIM = eINSTANCE.getContinualLearningTask_OutputDim();

		/**
		 * The meta object literal for the '<em><b>Samples</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTINUAL_LEARNING_TASK__SAMPLES = eINSTANCE.getContinualLearningTask_Samples();

		/**
		 * The meta object literal for the '<em><b>Number Of Tasks</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTINUAL_LEARNING_TASK__NUMBER_OF_TASKS = eINSTANCE.getContinualLearningTask_NumberOfTasks();

		/**
		 * The meta object literal for the '<em><b>Steps Per Task</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTINUAL_LEARNING_TASK__STEPS_PER_TASK = eINSTANCE.getContinualLearningTask_StepsPerTask();

		/**
		 * The meta object literal for the '{@link org.plateau.family.deeplinear.model.impl.DeepLinearNetworkImpl <em>Network</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.plateau.family.deeplinear.model.impl.DeepLinearNetworkImpl
		 * @see org.plateau.family.deeplinear.model.impl.DeepLinearPackageImpl#getDeepLinearNetwork()
		 * @generated
		 */
		EClass DEEP_LINEAR_NETWORK = eINSTANCE.getDeepLinearNetwork();

		/**
		 * The meta object literal for the '<em><b>Depth</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEEP_LINEAR_NETWORK__DEPTH = eINSTANCE.getDeepLinearNetwork_Depth();

		/**
		 * The meta object literal for the '<em><b>Hidden Width</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEEP_LINEAR_NETWORK__HIDDEN_WIDTH = eINSTANCE.getDeepLinearNetwork_HiddenWidth();

		/**
		 * The meta object literal for the '{@link org.plateau.family.deeplinear.model.impl.LambdaBalancedInitialisationImpl <em>Lambda Balanced Initialisation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.plateau.family.deeplinear.model.impl.LambdaBalancedInitialisationImpl
		 * @see org.plateau.family.deeplinear.model.impl.DeepLinearPackageImpl#getLambdaBalancedInitialisation()
		 * @generated
		 */
		EClass LAMBDA_BALANCED_INITIALISATION = eINSTANCE.getLambdaBalancedInitialisation();

		/**
		 * The meta object literal for the '<em><b>Lambda</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAMBDA_BALANCED_INITIALISATION__LAMBDA = eINSTANCE.getLambdaBalancedInitialisation_Lambda();

		/**
		 * The meta object literal for the '<em><b>Scale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAMBDA_BALANCED_INITIALISATION__SCALE = eINSTANCE.getLambdaBalancedInitialisation_Scale();

		/**
		 * The meta object literal for the '{@link org.plateau.family.deeplinear.model.HierarchyDataset <em>Hierarchy Dataset</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.plateau.family.deeplinear.model.HierarchyDataset
		 * @see org.plateau.family.deeplinear.model.impl.DeepLinearPackageImpl#getHierarchyDataset()
		 * @generated
		 */
		EEnum HIERARCHY_DATASET = eINSTANCE.getHierarchyDataset();

	}

} //DeepLinearPackage
