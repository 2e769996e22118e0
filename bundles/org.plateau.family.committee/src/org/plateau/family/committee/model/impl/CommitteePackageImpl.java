/**
 * Code marked @generated is produced by EMF from model/committee.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.family.committee.model.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.plateau.family.committee.model.CommitteeActivation;
import org.plateau.family.committee.model.CommitteeFactory;
import org.plateau.family.committee.model.CommitteeInitialisation;
import org.plateau.family.committee.model.CommitteePackage;
import org.plateau.family.committee.model.CommitteeStart;
import org.plateau.family.committee.model.SecondLayer;
import org.plateau.family.committee.model.StudentCommittee;
import org.plateau.family.committee.model.TeacherTask;

import org.plateau.model.PlateauPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class CommitteePackageImpl extends EPackageImpl implements CommitteePackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass teacherTaskEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass studentCommitteeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass committeeInitialisationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum committeeActivationEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum committeeStartEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum secondLayerEEnum = null;

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
	 * @see org.plateau.family.committee.model.CommitteePackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private CommitteePackageImpl() {
		super(eNS_URI, CommitteeFactory.eINSTANCE);
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
	 * <p>This method is used to initialize {@link CommitteePackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static CommitteePackage init() {
		if (isInited) return (CommitteePackage)EPackage.Registry.INSTANCE.getEPackage(CommitteePackage.eNS_URI);

		// Obtain or create and register package
		Object registeredCommitteePackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		CommitteePackageImpl theCommitteePackage = registeredCommitteePackage instanceof CommitteePackageImpl ? (CommitteePackageImpl)registeredCommitteePackage : new CommitteePackageImpl();

		isInited = true;

		// Initialize simple dependencies
		PlateauPackage.eINSTANCE.eClass();

		// Create package meta-data objects
		theCommitteePackage.createPackageContents();

		// Initialize created meta-data
		theCommitteePackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theCommitteePackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(CommitteePackage.eNS_URI, theCommitteePackage);
		return theCommitteePackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTeacherTask() {
		return teacherTaskEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTeacherTask_InputDimension() {
		return (EAttribute)teacherTaskEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTeacherTask_TeacherUnits() {
		return (EAttribute)teacherTaskEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTeacherTask_Activation() {
		return (EAttribute)teacherTaskEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTeacherTask_TeacherSecondLayer() {
		return (EAttribute)teacherTaskEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTeacherTask_Noise() {
		return (EAttribute)teacherTaskEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStudentCommittee() {
		return studentCommitteeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudentCommittee_HiddenUnits() {
		return (EAttribute)studentCommitteeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudentCommittee_SecondLayer() {
		return (EAttribute)studentCommitteeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudentCommittee_SecondLayerLearningRate() {
		return (EAttribute)studentCommitteeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudentCommittee_WeightDecay() {
		return (EAttribute)studentCommitteeEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCommitteeInitialisation() {
		return committeeInitialisationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCommitteeInitialisation_Start() {
		return (EAttribute)committeeInitialisationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCommitteeInitialisation_InitialOverlap() {
		return (EAttribute)committeeInitialisationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCommitteeInitialisation_SecondLayerScale() {
		return (EAttribute)committeeInitialisationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCommitteeActivation() {
		return committeeActivationEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCommitteeStart() {
		return committeeStartEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSecondLayer() {
		return secondLayerEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CommitteeFactory getCommitteeFactory() {
		return (CommitteeFactory)getEFactoryInstance();
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
		teacherTaskEClass = createEClass(TEACHER_TASK);
		createEAttribute(teacherTaskEClass, TEACHER_TASK__INPUT_DIMENSION);
		createEAttribute(teacherTaskEClass, TEACHER_TASK__TEACHER_UNITS);
		createEAttribute(teacherTaskEClass, TEACHER_TASK__ACTIVATION);
		createEAttribute(teacherTaskEClass, TEACHER_TASK__TEACHER_SECOND_LAYER);
		createEAttribute(teacherTaskEClass, TEACHER_TASK__NOISE);

		studentCommitteeEClass = createEClass(STUDENT_COMMITTEE);
		createEAttribute(studentCommitteeEClass, STUDENT_COMMITTEE__HIDDEN_UNITS);
		createEAttribute(studentCommitteeEClass, STUDENT_COMMITTEE__SECOND_LAYER);
		createEAttribute(studentCommitteeEClass, STUDENT_COMMITTEE__SECOND_LAYER_LEARNING_RATE);
		createEAttribute(studentCommitteeEClass, STUDENT_COMMITTEE__WEIGHT_DECAY);

		committeeInitialisationEClass = createEClass(COMMITTEE_INITIALISATION);
		createEAttribute(committeeInitialisationEClass, COMMITTEE_INITIALISATION__START);
		createEAttribute(committeeInitialisationEClass, COMMITTEE_INITIALISATION__INITIAL_OVERLAP);
		createEAttribute(committeeInitialisationEClass, COMMITTEE_INITIALISATION__SECOND_LAYER_SCALE);

		// Create enums
		committeeActivationEEnum = createEEnum(COMMITTEE_ACTIVATION);
		committeeStartEEnum = createEEnum(COMMITTEE_START);
		secondLayerEEnum = createEEnum(SECOND_LAYER);
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
		teacherTaskEClass.getESuperTypes().add(thePlateauPackage.getTask());
		studentCommitteeEClass.getESuperTypes().add(thePlateauPackage.getArchitecture());
		committeeInitialisationEClass.getESuperTypes().add(thePlateauPackage.getInitialisation());

		// Initialize classes, features, and operations; add parameters
		initEClass(teacherTaskEClass, TeacherTask.class, "TeacherTask", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTeacherTask_InputDimension(), ecorePackage.getEInt(), "inputDimension", "500", 0, 1, TeacherTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTeacherTask_TeacherUnits(), ecorePackage.getEInt(), "teacherUnits", "2", 0, 1, TeacherTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTeacherTask_Activation(), this.getCommitteeActivation(), "activation", "ERF", 0, 1, TeacherTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTeacherTask_TeacherSecondLayer(), ecorePackage.getEDouble(), "teacherSecondLayer", "1.0", 0, 1, TeacherTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTeacherTask_Noise(), ecorePackage.getEDouble(), "noise", "0.0", 0, 1, TeacherTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(studentCommitteeEClass, StudentCommittee.class, "StudentCommittee", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getStudentCommittee_HiddenUnits(), ecorePackage.getEInt(), "hiddenUnits", "2", 0, 1, StudentCommittee.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStudentCommittee_SecondLayer(), this.getSecondLayer(), "secondLayer", "FIXED", 0, 1, StudentCommittee.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStudentCommittee_SecondLayerLearningRate(), ecorePackage.getEDouble(), "secondLayerLearningRate", "0.0", 0, 1, StudentCommittee.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStudentCommittee_WeightDecay(), ecorePackage.getEDouble(), "weightDecay", "0.0", 0, 1, StudentCommittee.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(committeeInitialisationEClass, CommitteeInitialisation.class, "CommitteeInitialisation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCommitteeInitialisation_Start(), this.getCommitteeStart(), "start", "RANDOM", 0, 1, CommitteeInitialisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCommitteeInitialisation_InitialOverlap(), ecorePackage.getEDouble(), "initialOverlap", "0.2", 0, 1, CommitteeInitialisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCommitteeInitialisation_SecondLayerScale(), ecorePackage.getEDouble(), "secondLayerScale", "0.0", 0, 1, CommitteeInitialisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(committeeActivationEEnum, CommitteeActivation.class, "CommitteeActivation");
		addEEnumLiteral(committeeActivationEEnum, CommitteeActivation.ERF);
		addEEnumLiteral(committeeActivationEEnum, CommitteeActivation.RELU);
		addEEnumLiteral(committeeActivationEEnum, CommitteeActivation.LINEAR);
		addEEnumLiteral(committeeActivationEEnum, CommitteeActivation.SIGN);

		initEEnum(committeeStartEEnum, CommitteeStart.class, "CommitteeStart");
		addEEnumLiteral(committeeStartEEnum, CommitteeStart.RANDOM);
		addEEnumLiteral(committeeStartEEnum, CommitteeStart.NEAR_TEACHER);

		initEEnum(secondLayerEEnum, SecondLayer.class, "SecondLayer");
		addEEnumLiteral(secondLayerEEnum, SecondLayer.FIXED);
		addEEnumLiteral(secondLayerEEnum, SecondLayer.TRAINED);

		// Create resource
		createResource(eNS_URI);

		// Create annotations
		// http://www.plateau.org/display
		createDisplayAnnotations();
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
		  (getTeacherTask_InputDimension(),
		   source,
		   new String[] {
			   "name", "input dimension N"
		   });
		addAnnotation
		  (getTeacherTask_TeacherUnits(),
		   source,
		   new String[] {
			   "name", "teacher units M"
		   });
		addAnnotation
		  (getTeacherTask_Activation(),
		   source,
		   new String[] {
			   "name", "activation g"
		   });
		addAnnotation
		  (getTeacherTask_TeacherSecondLayer(),
		   source,
		   new String[] {
			   "name", "teacher second layer A"
		   });
		addAnnotation
		  (getTeacherTask_Noise(),
		   source,
		   new String[] {
			   "name", "label noise \u03c3"
		   });
		addAnnotation
		  (committeeActivationEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "name", "erf(x/\u221a2)"
		   });
		addAnnotation
		  (committeeActivationEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "name", "ReLU"
		   });
		addAnnotation
		  (committeeActivationEEnum.getELiterals().get(2),
		   source,
		   new String[] {
			   "name", "linear"
		   });
		addAnnotation
		  (committeeActivationEEnum.getELiterals().get(3),
		   source,
		   new String[] {
			   "name", "sign"
		   });
		addAnnotation
		  (getStudentCommittee_HiddenUnits(),
		   source,
		   new String[] {
			   "name", "student units K"
		   });
		addAnnotation
		  (getStudentCommittee_SecondLayer(),
		   source,
		   new String[] {
			   "name", "second layer v"
		   });
		addAnnotation
		  (getStudentCommittee_SecondLayerLearningRate(),
		   source,
		   new String[] {
			   "name", "second-layer learning rate \u03b7_v"
		   });
		addAnnotation
		  (getStudentCommittee_WeightDecay(),
		   source,
		   new String[] {
			   "name", "weight decay"
		   });
		addAnnotation
		  (getCommitteeInitialisation_Start(),
		   source,
		   new String[] {
			   "name", "start"
		   });
		addAnnotation
		  (getCommitteeInitialisation_InitialOverlap(),
		   source,
		   new String[] {
			   "name", "initial overlap Q0"
		   });
		addAnnotation
		  (getCommitteeInitialisation_SecondLayerScale(),
		   source,
		   new String[] {
			   "name", "initial second-layer spread"
		   });
		addAnnotation
		  (committeeStartEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "name", "random"
		   });
		addAnnotation
		  (committeeStartEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "name", "near the teacher"
		   });
		addAnnotation
		  (secondLayerEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "name", "fixed (v = 1)"
		   });
		addAnnotation
		  (secondLayerEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "name", "trained"
		   });
	}

} //CommitteePackageImpl
