/**
 * Code marked @generated is produced by EMF from model/committee.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.family.committee.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;

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
 * Soft committee machines (Goldt, Advani, Saxe, Krzakala & Zdeborova, NeurIPS 2019, arXiv 1906.08632; arXiv 1901.09085): a two-layer student learns a two-layer teacher by online SGD on fresh Gaussian inputs; its order parameters Q, R and v obey deterministic ODEs as N grows, with the plateau of the unspecialised fixed point.
 * <!-- end-model-doc -->
 * @see org.plateau.family.committee.model.CommitteeFactory
 * @model kind="package"
 * @generated
 */
public interface CommitteePackage extends EPackage {
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
	String eNS_URI = "http://www.plateau.org/model/family/committee/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "committee";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	CommitteePackage eINSTANCE = org.plateau.family.committee.model.impl.CommitteePackageImpl.init();

	/**
	 * The meta object id for the '{@link org.plateau.family.committee.model.impl.TeacherTaskImpl <em>Teacher Task</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.plateau.family.committee.model.impl.TeacherTaskImpl
	 * @see org.plateau.family.committee.model.impl.CommitteePackageImpl#getTeacherTask()
	 * @generated
	 */
	int TEACHER_TASK = 0;

	/**
	 * The feature id for the '<em><b>Input Dimension</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEACHER_TASK__INPUT_DIMENSION = PlateauPackage.TASK_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Teacher Units</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEACHER_TASK__TEACHER_UNITS = PlateauPackage.TASK_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Activation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEACHER_TASK__ACTIVATION = PlateauPackage.TASK_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Teacher Second Layer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEACHER_TASK__TEACHER_SECOND_LAYER = PlateauPackage.TASK_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Noise</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEACHER_TASK__NOISE = PlateauPackage.TASK_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Teacher Task</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEACHER_TASK_FEATURE_COUNT = PlateauPackage.TASK_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Teacher Task</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEACHER_TASK_OPERATION_COUNT = PlateauPackage.TASK_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.plateau.family.committee.model.impl.StudentCommitteeImpl <em>Student Committee</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.plateau.family.committee.model.impl.StudentCommitteeImpl
	 * @see org.plateau.family.committee.model.impl.CommitteePackageImpl#getStudentCommittee()
	 * @generated
	 */
	int STUDENT_COMMITTEE = 1;

	/**
	 * The feature id for the '<em><b>Hidden Units</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDENT_COMMITTEE__HIDDEN_UNITS = PlateauPackage.ARCHITECTURE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Second Layer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDENT_COMMITTEE__SECOND_LAYER = PlateauPackage.ARCHITECTURE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Second Layer Learning Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDENT_COMMITTEE__SECOND_LAYER_LEARNING_RATE = PlateauPackage.ARCHITECTURE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Weight Decay</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDENT_COMMITTEE__WEIGHT_DECAY = PlateauPackage.ARCHITECTURE_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Student Committee</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDENT_COMMITTEE_FEATURE_COUNT = PlateauPackage.ARCHITECTURE_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Student Committee</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDENT_COMMITTEE_OPERATION_COUNT = PlateauPackage.ARCHITECTURE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.plateau.family.committee.model.impl.CommitteeInitialisationImpl <em>Initialisation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.plateau.family.committee.model.impl.CommitteeInitialisationImpl
	 * @see org.plateau.family.committee.model.impl.CommitteePackageImpl#getCommitteeInitialisation()
	 * @generated
	 */
	int COMMITTEE_INITIALISATION = 2;

	/**
	 * The feature id for the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITTEE_INITIALISATION__START = PlateauPackage.INITIALISATION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Initial Overlap</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITTEE_INITIALISATION__INITIAL_OVERLAP = PlateauPackage.INITIALISATION_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Second Layer Scale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITTEE_INITIALISATION__SECOND_LAYER_SCALE = PlateauPackage.INITIALISATION_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Initialisation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITTEE_INITIALISATION_FEATURE_COUNT = PlateauPackage.INITIALISATION_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Initialisation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITTEE_INITIALISATION_OPERATION_COUNT = PlateauPackage.INITIALISATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.plateau.family.committee.model.CommitteeActivation <em>Activation</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.plateau.family.committee.model.CommitteeActivation
	 * @see org.plateau.family.committee.model.impl.CommitteePackageImpl#getCommitteeActivation()
	 * @generated
	 */
	int COMMITTEE_ACTIVATION = 3;

	/**
	 * The meta object id for the '{@link org.plateau.family.committee.model.CommitteeStart <em>Start</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.plateau.family.committee.model.CommitteeStart
	 * @see org.plateau.family.committee.model.impl.CommitteePackageImpl#getCommitteeStart()
	 * @generated
	 */
	int COMMITTEE_START = 4;

	/**
	 * The meta object id for the '{@link org.plateau.family.committee.model.SecondLayer <em>Second Layer</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.plateau.family.committee.model.SecondLayer
	 * @see org.plateau.family.committee.model.impl.CommitteePackageImpl#getSecondLayer()
	 * @generated
	 */
	int SECOND_LAYER = 5;


	/**
	 * Returns the meta object for class '{@link org.plateau.family.committee.model.TeacherTask <em>Teacher Task</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Teacher Task</em>'.
	 * @see org.plateau.family.committee.model.TeacherTask
	 * @generated
	 */
	EClass getTeacherTask();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.family.committee.model.TeacherTask#getInputDimension <em>Input Dimension</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Input Dimension</em>'.
	 * @see org.plateau.family.committee.model.TeacherTask#getInputDimension()
	 * @see #getTeacherTask()
	 * @generated
	 */
	EAttribute getTeacherTask_InputDimension();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.family.committee.model.TeacherTask#getTeacherUnits <em>Teacher Units</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Teacher Units</em>'.
	 * @see org.plateau.family.committee.model.TeacherTask#getTeacherUnits()
	 * @see #getTeacherTask()
	 * @generated
	 */
	EAttribute getTeacherTask_TeacherUnits();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.family.committee.model.TeacherTask#getActivation <em>Activation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Activation</em>'.
	 * @see org.plateau.family.committee.model.TeacherTask#getActivation()
	 * @see #getTeacherTask()
	 * @generated
	 */
	EAttribute getTeacherTask_Activation();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.family.committee.model.TeacherTask#getTeacherSecondLayer <em>Teacher Second Layer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Teacher Second Layer</em>'.
	 * @see org.plateau.family.committee.model.TeacherTask#getTeacherSecondLayer()
	 * @see #getTeacherTask()
	 * @generated
	 */
	EAttribute getTeacherTask_TeacherSecondLayer();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.family.committee.model.TeacherTask#getNoise <em>Noise</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Noise</em>'.
	 * @see org.plateau.family.committee.model.TeacherTask#getNoise()
	 * @see #getTeacherTask()
	 * @generated
	 */
	EAttribute getTeacherTask_Noise();

	/**
	 * Returns the meta object for class '{@link org.plateau.family.committee.model.StudentCommittee <em>Student Committee</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Student Committee</em>'.
	 * @see org.plateau.family.committee.model.StudentCommittee
	 * @generated
	 */
	EClass getStudentCommittee();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.family.committee.model.StudentCommittee#getHiddenUnits <em>Hidden Units</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hidden Units</em>'.
	 * @see org.plateau.family.committee.model.StudentCommittee#getHiddenUnits()
	 * @see #getStudentCommittee()
	 * @generated
	 */
	EAttribute getStudentCommittee_HiddenUnits();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.family.committee.model.StudentCommittee#getSecondLayer <em>Second Layer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Second Layer</em>'.
	 * @see org.plateau.family.committee.model.StudentCommittee#getSecondLayer()
	 * @see #getStudentCommittee()
	 * @generated
	 */
	EAttribute getStudentCommittee_SecondLayer();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.family.committee.model.StudentCommittee#getSecondLayerLearningRate <em>Second Layer Learning Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Second Layer Learning Rate</em>'.
	 * @see org.plateau.family.committee.model.StudentCommittee#getSecondLayerLearningRate()
	 * @see #getStudentCommittee()
	 * @generated
	 */
	EAttribute getStudentCommittee_SecondLayerLearningRate();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.family.committee.model.StudentCommittee#getWeightDecay <em>Weight Decay</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Weight Decay</em>'.
	 * @see org.plateau.family.committee.model.StudentCommittee#getWeightDecay()
	 * @see #getStudentCommittee()
	 * @generated
	 */
	EAttribute getStudentCommittee_WeightDecay();

	/**
	 * Returns the meta object for class '{@link org.plateau.family.committee.model.CommitteeInitialisation <em>Initialisation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Initialisation</em>'.
	 * @see org.plateau.family.committee.model.CommitteeInitialisation
	 * @generated
	 */
	EClass getCommitteeInitialisation();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.family.committee.model.CommitteeInitialisation#getStart <em>Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start</em>'.
	 * @see org.plateau.family.committee.model.CommitteeInitialisation#getStart()
	 * @see #getCommitteeInitialisation()
	 * @generated
	 */
	EAttribute getCommitteeInitialisation_Start();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.family.committee.model.CommitteeInitialisation#getInitialOverlap <em>Initial Overlap</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Initial Overlap</em>'.
	 * @see org.plateau.family.committee.model.CommitteeInitialisation#getInitialOverlap()
	 * @see #getCommitteeInitialisation()
	 * @generated
	 */
	EAttribute getCommitteeInitialisation_InitialOverlap();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.family.committee.model.CommitteeInitialisation#getSecondLayerScale <em>Second Layer Scale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Second Layer Scale</em>'.
	 * @see org.plateau.family.committee.model.CommitteeInitialisation#getSecondLayerScale()
	 * @see #getCommitteeInitialisation()
	 * @generated
	 */
	EAttribute getCommitteeInitialisation_SecondLayerScale();

	/**
	 * Returns the meta object for enum '{@link org.plateau.family.committee.model.CommitteeActivation <em>Activation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Activation</em>'.
	 * @see org.plateau.family.committee.model.CommitteeActivation
	 * @generated
	 */
	EEnum getCommitteeActivation();

	/**
	 * Returns the meta object for enum '{@link org.plateau.family.committee.model.CommitteeStart <em>Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Start</em>'.
	 * @see org.plateau.family.committee.model.CommitteeStart
	 * @generated
	 */
	EEnum getCommitteeStart();

	/**
	 * Returns the meta object for enum '{@link org.plateau.family.committee.model.SecondLayer <em>Second Layer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Second Layer</em>'.
	 * @see org.plateau.family.committee.model.SecondLayer
	 * @generated
	 */
	EEnum getSecondLayer();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	CommitteeFactory getCommitteeFactory();

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
		 * The meta object literal for the '{@link org.plateau.family.committee.model.impl.TeacherTaskImpl <em>Teacher Task</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.plateau.family.committee.model.impl.TeacherTaskImpl
		 * @see org.plateau.family.committee.model.impl.CommitteePackageImpl#getTeacherTask()
		 * @generated
		 */
		EClass TEACHER_TASK = eINSTANCE.getTeacherTask();

		/**
		 * The meta object literal for the '<em><b>Input Dimension</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEACHER_TASK__INPUT_DIMENSION = eINSTANCE.getTeacherTask_InputDimension();

		/**
		 * The meta object literal for the '<em><b>Teacher Units</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEACHER_TASK__TEACHER_UNITS = eINSTANCE.getTeacherTask_TeacherUnits();

		/**
		 * The meta object literal for the '<em><b>Activation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEACHER_TASK__ACTIVATION = eINSTANCE.getTeacherTask_Activation();

		/**
		 * The meta object literal for the '<em><b>Teacher Second Layer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEACHER_TASK__TEACHER_SECOND_LAYER = eINSTANCE.getTeacherTask_TeacherSecondLayer();

		/**
		 * The meta object literal for the '<em><b>Noise</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEACHER_TASK__NOISE = eINSTANCE.getTeacherTask_Noise();

		/**
		 * The meta object literal for the '{@link org.plateau.family.committee.model.impl.StudentCommitteeImpl <em>Student Committee</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.plateau.family.committee.model.impl.StudentCommitteeImpl
		 * @see org.plateau.family.committee.model.impl.CommitteePackageImpl#getStudentCommittee()
		 * @generated
		 */
		EClass STUDENT_COMMITTEE = eINSTANCE.getStudentCommittee();

		/**
		 * The meta object literal for the '<em><b>Hidden Units</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDENT_COMMITTEE__HIDDEN_UNITS = eINSTANCE.getStudentCommittee_HiddenUnits();

		/**
		 * The meta object literal for the '<em><b>Second Layer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDENT_COMMITTEE__SECOND_LAYER = eINSTANCE.getStudentCommittee_SecondLayer();

		/**
		 * The meta object literal for the '<em><b>Second Layer Learning Rate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDENT_COMMITTEE__SECOND_LAYER_LEARNING_RATE = eINSTANCE.getStudentCommittee_SecondLayerLearningRate();

		/**
		 * The meta object literal for the '<em><b>Weight Decay</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDENT_COMMITTEE__WEIGHT_DECAY = eINSTANCE.getStudentCommittee_WeightDecay();

		/**
		 * The meta object literal for the '{@link org.plateau.family.committee.model.impl.CommitteeInitialisationImpl <em>Initialisation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.plateau.family.committee.model.impl.CommitteeInitialisationImpl
		 * @see org.plateau.family.committee.model.impl.CommitteePackageImpl#getCommitteeInitialisation()
		 * @generated
		 */
		EClass COMMITTEE_INITIALISATION = eINSTANCE.getCommitteeInitialisation();

		/**
		 * The meta object literal for the '<em><b>Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMMITTEE_INITIALISATION__START = eINSTANCE.getCommitteeInitialisation_Start();

		/**
		 * The meta object literal for the '<em><b>Initial Overlap</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMMITTEE_INITIALISATION__INITIAL_OVERLAP = eINSTANCE.getCommitteeInitialisation_InitialOverlap();

		/**
		 * The meta object literal for the '<em><b>Second Layer Scale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMMITTEE_INITIALISATION__SECOND_LAYER_SCALE = eINSTANCE.getCommitteeInitialisation_SecondLayerScale();

		/**
		 * The meta object literal for the '{@link org.plateau.family.committee.model.CommitteeActivation <em>Activation</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.plateau.family.committee.model.CommitteeActivation
		 * @see org.plateau.family.committee.model.impl.CommitteePackageImpl#getCommitteeActivation()
		 * @generated
		 */
		EEnum COMMITTEE_ACTIVATION = eINSTANCE.getCommitteeActivation();

		/**
		 * The meta object literal for the '{@link org.plateau.family.committee.model.CommitteeStart <em>Start</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.plateau.family.committee.model.CommitteeStart
		 * @see org.plateau.family.committee.model.impl.CommitteePackageImpl#getCommitteeStart()
		 * @generated
		 */
		EEnum COMMITTEE_START = eINSTANCE.getCommitteeStart();

		/**
		 * The meta object literal for the '{@link org.plateau.family.committee.model.SecondLayer <em>Second Layer</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.plateau.family.committee.model.SecondLayer
		 * @see org.plateau.family.committee.model.impl.CommitteePackageImpl#getSecondLayer()
		 * @generated
		 */
		EEnum SECOND_LAYER = eINSTANCE.getSecondLayer();

	}

} //CommitteePackage
