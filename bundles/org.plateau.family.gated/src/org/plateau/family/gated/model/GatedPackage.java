/**
 * Code marked @generated is produced by EMF from model/gated.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.family.gated.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
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
 * The gated deep linear network family (Saxe, Sodhani and Lewallen 2022): tasks whose datapoints switch pathways of a GatedArchitecture on and off, and the decoupled initialisation of the neural race reduction.
 * <!-- end-model-doc -->
 * @see org.plateau.family.gated.model.GatedFactory
 * @model kind="package"
 * @generated
 */
public interface GatedPackage extends EPackage {
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
	String eNS_URI = "http://www.plateau.org/model/family/gated/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "gated";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	GatedPackage eINSTANCE = org.plateau.family.gated.model.impl.GatedPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.plateau.family.gated.model.impl.RoutingTaskImpl <em>Routing Task</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.plateau.family.gated.model.impl.RoutingTaskImpl
	 * @see org.plateau.family.gated.model.impl.GatedPackageImpl#getRoutingTask()
	 * @generated
	 */
	int ROUTING_TASK = 0;

	/**
	 * The feature id for the '<em><b>Domains</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROUTING_TASK__DOMAINS = PlateauPackage.TASK_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Offsets</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROUTING_TASK__OFFSETS = PlateauPackage.TASK_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Routing Task</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROUTING_TASK_FEATURE_COUNT = PlateauPackage.TASK_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Routing Task</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROUTING_TASK_OPERATION_COUNT = PlateauPackage.TASK_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.plateau.family.gated.model.impl.RaceTaskImpl <em>Race Task</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.plateau.family.gated.model.impl.RaceTaskImpl
	 * @see org.plateau.family.gated.model.impl.GatedPackageImpl#getRaceTask()
	 * @generated
	 */
	int RACE_TASK = 1;

	/**
	 * The feature id for the '<em><b>Input Dim</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RACE_TASK__INPUT_DIM = PlateauPackage.TASK_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Singular Values</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RACE_TASK__SINGULAR_VALUES = PlateauPackage.TASK_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Gated Fraction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RACE_TASK__GATED_FRACTION = PlateauPackage.TASK_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Gated Node</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RACE_TASK__GATED_NODE = PlateauPackage.TASK_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Race Task</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RACE_TASK_FEATURE_COUNT = PlateauPackage.TASK_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Race Task</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RACE_TASK_OPERATION_COUNT = PlateauPackage.TASK_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.plateau.family.gated.model.impl.DecoupledInitialisationImpl <em>Decoupled Initialisation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.plateau.family.gated.model.impl.DecoupledInitialisationImpl
	 * @see org.plateau.family.gated.model.impl.GatedPackageImpl#getDecoupledInitialisation()
	 * @generated
	 */
	int DECOUPLED_INITIALISATION = 2;

	/**
	 * The feature id for the '<em><b>B0</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECOUPLED_INITIALISATION__B0 = PlateauPackage.INITIALISATION_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Decoupled Initialisation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECOUPLED_INITIALISATION_FEATURE_COUNT = PlateauPackage.INITIALISATION_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Decoupled Initialisation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECOUPLED_INITIALISATION_OPERATION_COUNT = PlateauPackage.INITIALISATION_OPERATION_COUNT + 0;


	/**
	 * Returns the meta object for class '{@link org.plateau.family.gated.model.RoutingTask <em>Routing Task</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Routing Task</em>'.
	 * @see org.plateau.family.gated.model.RoutingTask
	 * @generated
	 */
	EClass getRoutingTask();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.family.gated.model.RoutingTask#getDomains <em>Domains</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Domains</em>'.
	 * @see org.plateau.family.gated.model.RoutingTask#getDomains()
	 * @see #getRoutingTask()
	 * @generated
	 */
	EAttribute getRoutingTask_Domains();

	/**
	 * Returns the meta object for the attribute list '{@link org.plateau.family.gated.model.RoutingTask#getOffsets <em>Offsets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Offsets</em>'.
	 * @see org.plateau.family.gated.model.RoutingTask#getOffsets()
	 * @see #getRoutingTask()
	 * @generated
	 */
	EAttribute getRoutingTask_Offsets();

	/**
	 * Returns the meta object for class '{@link org.plateau.family.gated.model.RaceTask <em>Race Task</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Race Task</em>'.
	 * @see org.plateau.family.gated.model.RaceTask
	 * @generated
	 */
	EClass getRaceTask();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.family.gated.model.RaceTask#getInputDim <em>Input Dim</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Input Dim</em>'.
	 * @see org.plateau.family.gated.model.RaceTask#getInputDim()
	 * @see #getRaceTask()
	 * @generated
	 */
	EAttribute getRaceTask_InputDim();

	/**
	 * Returns the meta object for the attribute list '{@link org.plateau.family.gated.model.RaceTask#getSingularValues <em>Singular Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Singular Values</em>'.
	 * @see org.plateau.family.gated.model.RaceTask#getSingularValues()
	 * @see #getRaceTask()
	 * @generated
	 */
	EAttribute getRaceTask_SingularValues();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.family.gated.model.RaceTask#getGatedFraction <em>Gated Fraction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Gated Fraction</em>'.
	 * @see org.plateau.family.gated.model.RaceTask#getGatedFraction()
	 * @see #getRaceTask()
	 * @generated
	 */
	EAttribute getRaceTask_GatedFraction();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.family.gated.model.RaceTask#getGatedNode <em>Gated Node</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Gated Node</em>'.
	 * @see org.plateau.family.gated.model.RaceTask#getGatedNode()
	 * @see #getRaceTask()
	 * @generated
	 */
	EAttribute getRaceTask_GatedNode();

	/**
	 * Returns the meta object for class '{@link org.plateau.family.gated.model.DecoupledInitialisation <em>Decoupled Initialisation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Decoupled Initialisation</em>'.
	 * @see org.plateau.family.gated.model.DecoupledInitialisation
	 * @generated
	 */
	EClass getDecoupledInitialisation();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.family.gated.model.DecoupledInitialisation#getB0 <em>B0</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>B0</em>'.
	 * @see org.plateau.family.gated.model.DecoupledInitialisation#getB0()
	 * @see #getDecoupledInitialisation()
	 * @generated
	 */
	EAttribute getDecoupledInitialisation_B0();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	GatedFactory getGatedFactory();

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
		 * The meta object literal for the '{@link org.plateau.family.gated.model.impl.RoutingTaskImpl <em>Routing Task</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.plateau.family.gated.model.impl.RoutingTaskImpl
		 * @see org.plateau.family.gated.model.impl.GatedPackageImpl#getRoutingTask()
		 * @generated
		 */
		EClass ROUTING_TASK = eINSTANCE.getRoutingTask();

		/**
		 * The meta object literal for the '<em><b>Domains</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROUTING_TASK__DOMAINS = eINSTANCE.getRoutingTask_Domains();

		/**
		 * The meta object literal for the '<em><b>Offsets</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROUTING_TASK__OFFSETS = eINSTANCE.getRoutingTask_Offsets();

		/**
		 * The meta object literal for the '{@link org.plateau.family.gated.model.impl.RaceTaskImpl <em>Race Task</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.plateau.family.gated.model.impl.RaceTaskImpl
		 * @see org.plateau.family.gated.model.impl.GatedPackageImpl#getRaceTask()
		 * @generated
		 */
		EClass RACE_TASK = eINSTANCE.getRaceTask();

		/**
		 * The meta object literal for the '<em><b>Input Dim</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RACE_TASK__INPUT_DIM = eINSTANCE.getRaceTask_InputDim();

		/**
		 * The meta object literal for the '<em><b>Singular Values</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RACE_TASK__SINGULAR_VALUES = eINSTANCE.getRaceTask_SingularValues();

		/**
		 * The meta object literal for the '<em><b>Gated Fraction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RACE_TASK__GATED_FRACTION = eINSTANCE.getRaceTask_GatedFraction();

		/**
		 * The meta object literal for the '<em><b>Gated Node</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RACE_TASK__GATED_NODE = eINSTANCE.getRaceTask_GatedNode();

		/**
		 * The meta object literal for the '{@link org.plateau.family.gated.model.impl.DecoupledInitialisationImpl <em>Decoupled Initialisation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.plateau.family.gated.model.impl.DecoupledInitialisationImpl
		 * @see org.plateau.family.gated.model.impl.GatedPackageImpl#getDecoupledInitialisation()
		 * @generated
		 */
		EClass DECOUPLED_INITIALISATION = eINSTANCE.getDecoupledInitialisation();

		/**
		 * The meta object literal for the '<em><b>B0</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECOUPLED_INITIALISATION__B0 = eINSTANCE.getDecoupledInitialisation_B0();

	}

} //GatedPackage
