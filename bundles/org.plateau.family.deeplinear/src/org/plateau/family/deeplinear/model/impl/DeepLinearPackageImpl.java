/**
 * Code marked @generated is produced by EMF from model/deeplinear.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.family.deeplinear.model.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EValidator;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.plateau.family.deeplinear.model.ContinualLearningTask;
import org.plateau.family.deeplinear.model.DeepLinearFactory;
import org.plateau.family.deeplinear.model.DeepLinearNetwork;
import org.plateau.family.deeplinear.model.DeepLinearPackage;
import org.plateau.family.deeplinear.model.HierarchyDataset;
import org.plateau.family.deeplinear.model.HierarchyTask;
import org.plateau.family.deeplinear.model.LambdaBalancedInitialisation;
import org.plateau.family.deeplinear.model.RandomRegressionTask;
import org.plateau.family.deeplinear.model.ReversalLearningTask;
import org.plateau.family.deeplinear.model.SpectrumTask;

import org.plateau.family.deeplinear.model.TeacherStudentTask;
import org.plateau.family.deeplinear.model.util.DeepLinearValidator;

import org.plateau.model.PlateauPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class DeepLinearPackageImpl extends EPackageImpl implements DeepLinearPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass hierarchyTaskEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass spectrumTaskEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass randomRegressionTaskEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass teacherStudentTaskEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass reversalLearningTaskEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass continualLearningTaskEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass deepLinearNetworkEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass lambdaBalancedInitialisationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum hierarchyDatasetEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.plateau.family.deeplinear.model.DeepLinearPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private DeepLinearPackageImpl() {
		super(eNS_URI, DeepLinearFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link DeepLinearPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static DeepLinearPackage init() {
		if (isInited) return (DeepLinearPackage)EPackage.Registry.INSTANCE.getEPackage(DeepLinearPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredDeepLinearPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		DeepLinearPackageImpl theDeepLinearPackage = registeredDeepLinearPackage instanceof DeepLinearPackageImpl ? (DeepLinearPackageImpl)registeredDeepLinearPackage : new DeepLinearPackageImpl();

		isInited = true;

		// Initialize simple dependencies
		PlateauPackage.eINSTANCE.eClass();

		// Create package meta-data objects
		theDeepLinearPackage.createPackageContents();

		// Initialize created meta-data
		theDeepLinearPackage.initializePackageContents();

		// Register package validator
		EValidator.Registry.INSTANCE.put
			(theDeepLinearPackage,
			 new EValidator.Descriptor() {
				 @Override
				 public EValidator getEValidator() {
					 return DeepLinearValidator.INSTANCE;
				 }
			 });

		// Mark meta-data to indicate it can't be changed
		theDeepLinearPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(DeepLinearPackage.eNS_URI, theDeepLinearPackage);
		return theDeepLinearPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHierarchyTask() {
		return hierarchyTaskEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHierarchyTask_Dataset() {
		return (EAttribute)hierarchyTaskEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSpectrumTask() {
		return spectrumTaskEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSpectrumTask_InputDim() {
		return (EAttribute)spectrumTaskEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSpectrumTask_OutputDim() {
		return (EAttribute)spectrumTaskEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSpectrumTask_SingularValues() {
		return (EAttribute)spectrumTaskEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRandomRegressionTask() {
		return randomRegressionTaskEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRandomRegressionTask_InputDim() {
		return (EAttribute)randomRegressionTaskEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRandomRegressionTask_OutputDim() {
		return (EAttribute)randomRegressionTaskEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRandomRegressionTask_Samples() {
		return (EAttribute)randomRegressionTaskEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRandomRegressionTask_Whitened() {
		return (EAttribute)randomRegressionTaskEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRandomRegressionTask_TeacherScale() {
		return (EAttribute)randomRegressionTaskEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRandomRegressionTask_NoiseScale() {
		return (EAttribute)randomRegressionTaskEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTeacherStudentTask() {
		return teacherStudentTaskEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTeacherStudentTask_InputDim() {
		return (EAttribute)teacherStudentTaskEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTeacherStudentTask_Samples() {
		return (EAttribute)teacherStudentTaskEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTeacherStudentTask_WeightVariance() {
		return (EAttribute)teacherStudentTaskEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTeacherStudentTask_NoiseVariance() {
		return (EAttribute)teacherStudentTaskEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getReversalLearningTask() {
		return reversalLearningTaskEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReversalLearningTask_Task() {
		return (EReference)reversalLearningTaskEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReversalLearningTask_ReversalStep() {
		return (EAttribute)reversalLearningTaskEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getContinualLearningTask() {
		return continualLearningTaskEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContinualLearningTask_InputDim() {
		return (EAttribute)continualLearningTaskEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContinualLearningTask_OutputDim() {
		return (EAttribute)continualLearningTaskEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContinualLearningTask_Samples() {
		return (EAttribute)continualLearningTaskEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContinualLearningTask_NumberOfTasks() {
		return (EAttribute)continualLearningTaskEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContinualLearningTask_StepsPerTask() {
		return (EAttribute)continualLearningTaskEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDeepLinearNetwork() {
		return deepLinearNetworkEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeepLinearNetwork_Depth() {
		return (EAttribute)deepLinearNetworkEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeepLinearNetwork_HiddenWidth() {
		return (EAttribute)deepLinearNetworkEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLambdaBalancedInitialisation() {
		return lambdaBalancedInitialisationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLambdaBalancedInitialisation_Lambda() {
		return (EAttribute)lambdaBalancedInitialisationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLambdaBalancedInitialisation_Scale() {
		return (EAttribute)lambdaBalancedInitialisationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getHierarchyDataset() {
		return hierarchyDatasetEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DeepLinearFactory getDeepLinearFactory() {
		return (DeepLinearFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		hierarchyTaskEClass = createEClass(HIERARCHY_TASK);
		createEAttribute(hierarchyTaskEClass, HIERARCHY_TASK__DATASET);

		spectrumTaskEClass = createEClass(SPECTRUM_TASK);
		createEAttribute(spectrumTaskEClass, SPECTRUM_TASK__INPUT_DIM);
		createEAttribute(spectrumTaskEClass, SPECTRUM_TASK__OUTPUT_DIM);
		createEAttribute(spectrumTaskEClass, SPECTRUM_TASK__SINGULAR_VALUES);

		randomRegressionTaskEClass = createEClass(RANDOM_REGRESSION_TASK);
		createEAttribute(randomRegressionTaskEClass, RANDOM_REGRESSION_TASK__INPUT_DIM);
		createEAttribute(randomRegressionTaskEClass, RANDOM_REGRESSION_TASK__OUTPUT_DIM);
		createEAttribute(randomRegressionTaskEClass, RANDOM_REGRESSION_TASK__SAMPLES);
		createEAttribute(randomRegressionTaskEClass, RANDOM_REGRESSION_TASK__WHITENED);
		createEAttribute(randomRegressionTaskEClass, RANDOM_REGRESSION_TASK__TEACHER_SCALE);
		createEAttribute(randomRegressionTaskEClass, RANDOM_REGRESSION_TASK__NOISE_SCALE);

		teacherStudentTaskEClass = createEClass(TEACHER_STUDENT_TASK);
		createEAttribute(teacherStudentTaskEClass, TEACHER_STUDENT_TASK__INPUT_DIM);
		createEAttribute(teacherStudentTaskEClass, TEACHER_STUDENT_TASK__SAMPLES);
		createEAttribute(teacherStudentTaskEClass, TEACHER_STUDENT_TASK__WEIGHT_VARIANCE);
		createEAttribute(teacherStudentTaskEClass, TEACHER_STUDENT_TASK__NOISE_VARIANCE);

		reversalLearningTaskEClass = createEClass(REVERSAL_LEARNING_TASK);
		createEReference(reversalLearningTaskEClass, REVERSAL_LEARNING_TASK__TASK);
		createEAttribute(reversalLearningTaskEClass, REVERSAL_LEARNING_TASK__REVERSAL_STEP);

		continualLearningTaskEClass = createEClass(CONTINUAL_LEARNING_TASK);
		createEAttribute(continualLearningTaskEClass, CONTINUAL_LEARNING_TASK__INPUT_DIM);
		createEAttribute(continualLearningTaskEClass, CONTINUAL_LEARNING_TASK__OUTPUT_DIM);
		createEAttribute(continualLearningTaskEClass, CONTINUAL_LEARNING_TASK__SAMPLES);
		createEAttribute(continualLearningTaskEClass, CONTINUAL_LEARNING_TASK__NUMBER_OF_TASKS);
		createEAttribute(continualLearningTaskEClass, CONTINUAL_LEARNING_TASK__STEPS_PER_TASK);

		deepLinearNetworkEClass = createEClass(DEEP_LINEAR_NETWORK);
		createEAttribute(deepLinearNetworkEClass, DEEP_LINEAR_NETWORK__DEPTH);
		createEAttribute(deepLinearNetworkEClass, DEEP_LINEAR_NETWORK__HIDDEN_WIDTH);

		lambdaBalancedInitialisationEClass = createEClass(LAMBDA_BALANCED_INITIALISATION);
		createEAttribute(lambdaBalancedInitialisationEClass, LAMBDA_BALANCED_INITIALISATION__LAMBDA);
		createEAttribute(lambdaBalancedInitialisationEClass, LAMBDA_BALANCED_INITIALISATION__SCALE);

		// Create enums
		hierarchyDatasetEEnum = createEEnum(HIERARCHY_DATASET);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Obtain other dependent packages
		PlateauPackage thePlateauPackage = (PlateauPackage)EPackage.Registry.INSTANCE.getEPackage(PlateauPackage.eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		hierarchyTaskEClass.getESuperTypes().add(thePlateauPackage.getTask());
		spectrumTaskEClass.getESuperTypes().add(thePlateauPackage.getTask());
		randomRegressionTaskEClass.getESuperTypes().add(thePlateauPackage.getTask());
		teacherStudentTaskEClass.getESuperTypes().add(thePlateauPackage.getTask());
		reversalLearningTaskEClass.getESuperTypes().add(thePlateauPackage.getTask());
		continualLearningTaskEClass.getESuperTypes().add(thePlateauPackage.getTask());
		deepLinearNetworkEClass.getESuperTypes().add(thePlateauPackage.getArchitecture());
		lambdaBalancedInitialisationEClass.getESuperTypes().add(thePlateauPackage.getInitialisation());

		// Initialize classes, features, and operations; add parameters
		initEClass(hierarchyTaskEClass, HierarchyTask.class, "HierarchyTask", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getHierarchyTask_Dataset(), this.getHierarchyDataset(), "dataset", "FOUR_ITEMS", 0, 1, HierarchyTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(spectrumTaskEClass, SpectrumTask.class, "SpectrumTask", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSpectrumTask_InputDim(), ecorePackage.getEInt(), "inputDim", "5", 0, 1, SpectrumTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSpectrumTask_OutputDim(), ecorePackage.getEInt(), "outputDim", "5", 0, 1, SpectrumTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSpectrumTask_SingularValues(), ecorePackage.getEDouble(), "singularValues", null, 0, -1, SpectrumTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(randomRegressionTaskEClass, RandomRegressionTask.class, "RandomRegressionTask", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRandomRegressionTask_InputDim(), ecorePackage.getEInt(), "inputDim", "32", 0, 1, RandomRegressionTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRandomRegressionTask_OutputDim(), ecorePackage.getEInt(), "outputDim", "32", 0, 1, RandomRegressionTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRandomRegressionTask_Samples(), ecorePackage.getEInt(), "samples", "32", 0, 1, RandomRegressionTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRandomRegressionTask_Whitened(), ecorePackage.getEBoolean(), "whitened", "true", 0, 1, RandomRegressionTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRandomRegressionTask_TeacherScale(), ecorePackage.getEDouble(), "teacherScale", "1.0", 0, 1, RandomRegressionTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRandomRegressionTask_NoiseScale(), ecorePackage.getEDouble(), "noiseScale", "0.0", 0, 1, RandomRegressionTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(teacherStudentTaskEClass, TeacherStudentTask.class, "TeacherStudentTask", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTeacherStudentTask_InputDim(), ecorePackage.getEInt(), "inputDim", "400", 0, 1, TeacherStudentTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTeacherStudentTask_Samples(), ecorePackage.getEInt(), "samples", "400", 0, 1, TeacherStudentTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTeacherStudentTask_WeightVariance(), ecorePackage.getEDouble(), "weightVariance", "1.0", 0, 1, TeacherStudentTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTeacherStudentTask_NoiseVariance(), ecorePackage.getEDouble(), "noiseVariance", "0.25", 0, 1, TeacherStudentTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(reversalLearningTaskEClass, ReversalLearningTask.class, "ReversalLearningTask", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getReversalLearningTask_Task(), thePlateauPackage.getTask(), null, "task", null, 0, 1, ReversalLearningTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReversalLearningTask_ReversalStep(), ecorePackage.getELong(), "reversalStep", "1000", 0, 1, ReversalLearningTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(continualLearningTaskEClass, ContinualLearningTask.class, "ContinualLearningTask", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getContinualLearningTask_InputDim(), ecorePackage.getEInt(), "inputDim", "5", 0, 1, ContinualLearningTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContinualLearningTask_OutputDim(), ecorePackage.getEInt(), "outputDim", "5", 0, 1, ContinualLearningTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContinualLearningTask_Samples(), ecorePackage.getEInt(), "samples", "25", 0, 1, ContinualLearningTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContinualLearningTask_NumberOfTasks(), ecorePackage.getEInt(), "numberOfTasks", "3", 0, 1, ContinualLearningTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContinualLearningTask_StepsPerTask(), ecorePackage.getELong(), "stepsPerTask", "6000", 0, 1, ContinualLearningTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(deepLinearNetworkEClass, DeepLinearNetwork.class, "DeepLinearNetwork", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDeepLinearNetwork_Depth(), ecorePackage.getEInt(), "depth", "2", 0, 1, DeepLinearNetwork.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDeepLinearNetwork_HiddenWidth(), ecorePackage.getEInt(), "hiddenWidth", "32", 0, 1, DeepLinearNetwork.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(lambdaBalancedInitialisationEClass, LambdaBalancedInitialisation.class, "LambdaBalancedInitialisation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLambdaBalancedInitialisation_Lambda(), ecorePackage.getEDouble(), "lambda", "0.0", 0, 1, LambdaBalancedInitialisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLambdaBalancedInitialisation_Scale(), ecorePackage.getEDouble(), "scale", "1.0", 0, 1, LambdaBalancedInitialisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(hierarchyDatasetEEnum, HierarchyDataset.class, "HierarchyDataset");
		addEEnumLiteral(hierarchyDatasetEEnum, HierarchyDataset.FOUR_ITEMS);
		addEEnumLiteral(hierarchyDatasetEEnum, HierarchyDataset.EIGHT_ITEM_TREE);

		// Create resource
		createResource(eNS_URI);

		// Create annotations
		// http://www.eclipse.org/emf/2002/Ecore
		createEcoreAnnotations();
		// http://www.plateau.org/display
		createDisplayAnnotations();
	}

	/**
	 * Initializes the annotations for <b>http://www.eclipse.org/emf/2002/Ecore</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createEcoreAnnotations() {
		String source = "http://www.eclipse.org/emf/2002/Ecore";
		addAnnotation
		  (spectrumTaskEClass,
		   source,
		   new String[] {
			   "constraints", "dimensionsPositive singularValuesValid"
		   });
		addAnnotation
		  (randomRegressionTaskEClass,
		   source,
		   new String[] {
			   "constraints", "dimensionsPositive enoughSamplesToWhiten scalesValid"
		   });
		addAnnotation
		  (teacherStudentTaskEClass,
		   source,
		   new String[] {
			   "constraints", "dimensionsPositive variancesValid"
		   });
		addAnnotation
		  (reversalLearningTaskEClass,
		   source,
		   new String[] {
			   "constraints", "baseTaskValid"
		   });
		addAnnotation
		  (continualLearningTaskEClass,
		   source,
		   new String[] {
			   "constraints", "sequenceValid"
		   });
		addAnnotation
		  (deepLinearNetworkEClass,
		   source,
		   new String[] {
			   "constraints", "depthPositive hiddenWidthPositive hiddenWidthCoversTaskRank trainingHonoured"
		   });
	}

	/**
	 * Initializes the annotations for <b>http://www.plateau.org/display</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createDisplayAnnotations() {
		String source = "http://www.plateau.org/display";
		addAnnotation
		  (getSpectrumTask_SingularValues(),
		   source,
		   new String[] {
			   "name", "singular values s"
		   });
		addAnnotation
		  (getRandomRegressionTask_Samples(),
		   source,
		   new String[] {
			   "name", "samples P"
		   });
		addAnnotation
		  (getRandomRegressionTask_TeacherScale(),
		   source,
		   new String[] {
			   "name", "teacher scale"
		   });
		addAnnotation
		  (getRandomRegressionTask_NoiseScale(),
		   source,
		   new String[] {
			   "name", "label noise \u03c3"
		   });
		addAnnotation
		  (getTeacherStudentTask_InputDim(),
		   source,
		   new String[] {
			   "name", "input dimension N"
		   });
		addAnnotation
		  (getTeacherStudentTask_Samples(),
		   source,
		   new String[] {
			   "name", "samples P"
		   });
		addAnnotation
		  (getTeacherStudentTask_WeightVariance(),
		   source,
		   new String[] {
			   "name", "teacher weight variance \u03c3\u00b2_w"
		   });
		addAnnotation
		  (getTeacherStudentTask_NoiseVariance(),
		   source,
		   new String[] {
			   "name", "noise variance \u03c3\u00b2_\u03b5"
		   });
		addAnnotation
		  (getContinualLearningTask_Samples(),
		   source,
		   new String[] {
			   "name", "samples P"
		   });
		addAnnotation
		  (getDeepLinearNetwork_HiddenWidth(),
		   source,
		   new String[] {
			   "name", "hidden width N_h"
		   });
		addAnnotation
		  (getLambdaBalancedInitialisation_Lambda(),
		   source,
		   new String[] {
			   "name", "relative scale \u03bb"
		   });
		addAnnotation
		  (getLambdaBalancedInitialisation_Scale(),
		   source,
		   new String[] {
			   "name", "initial scale \u03c3"
		   });
	}

} //DeepLinearPackageImpl
