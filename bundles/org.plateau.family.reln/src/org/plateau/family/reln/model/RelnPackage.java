/**
 * Code marked @generated is produced by EMF from model/reln.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.family.reln.model;

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
 * The ReLU-equivalent family (Jarvis, Klein, Rosman and Saxe 2025, Make Haste Slowly): a contextual task learnt by a ReLU network and by the rectified linear network (ReLN) of gated linear modules that imitates it.
 * <!-- end-model-doc -->
 * @see org.plateau.family.reln.model.RelnFactory
 * @model kind="package"
 * @generated
 */
public interface RelnPackage extends EPackage {
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
	String eNS_URI = "http://www.plateau.org/model/family/reln/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "reln";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	RelnPackage eINSTANCE = org.plateau.family.reln.model.impl.RelnPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.plateau.family.reln.model.impl.ContextualTaskImpl <em>Contextual Task</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.plateau.family.reln.model.impl.ContextualTaskImpl
	 * @see org.plateau.family.reln.model.impl.RelnPackageImpl#getContextualTask()
	 * @generated
	 */
	int CONTEXTUAL_TASK = 0;

	/**
	 * The feature id for the '<em><b>Contexts</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTEXTUAL_TASK__CONTEXTS = PlateauPackage.TASK_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Structure</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTEXTUAL_TASK__STRUCTURE = PlateauPackage.TASK_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Context Scale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTEXTUAL_TASK__CONTEXT_SCALE = PlateauPackage.TASK_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Contextual Task</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTEXTUAL_TASK_FEATURE_COUNT = PlateauPackage.TASK_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Contextual Task</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTEXTUAL_TASK_OPERATION_COUNT = PlateauPackage.TASK_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.plateau.family.reln.model.impl.ReluNetworkImpl <em>Relu Network</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.plateau.family.reln.model.impl.ReluNetworkImpl
	 * @see org.plateau.family.reln.model.impl.RelnPackageImpl#getReluNetwork()
	 * @generated
	 */
	int RELU_NETWORK = 1;

	/**
	 * The feature id for the '<em><b>Hidden Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELU_NETWORK__HIDDEN_WIDTH = PlateauPackage.ARCHITECTURE_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Relu Network</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELU_NETWORK_FEATURE_COUNT = PlateauPackage.ARCHITECTURE_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Relu Network</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELU_NETWORK_OPERATION_COUNT = PlateauPackage.ARCHITECTURE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.plateau.family.reln.model.impl.RelnNetworkImpl <em>Network</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.plateau.family.reln.model.impl.RelnNetworkImpl
	 * @see org.plateau.family.reln.model.impl.RelnPackageImpl#getRelnNetwork()
	 * @generated
	 */
	int RELN_NETWORK = 2;

	/**
	 * The feature id for the '<em><b>Module Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELN_NETWORK__MODULE_WIDTH = PlateauPackage.ARCHITECTURE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Common Scale Ratio</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELN_NETWORK__COMMON_SCALE_RATIO = PlateauPackage.ARCHITECTURE_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Network</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELN_NETWORK_FEATURE_COUNT = PlateauPackage.ARCHITECTURE_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Network</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELN_NETWORK_OPERATION_COUNT = PlateauPackage.ARCHITECTURE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.plateau.family.reln.model.ContextStructure <em>Context Structure</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.plateau.family.reln.model.ContextStructure
	 * @see org.plateau.family.reln.model.impl.RelnPackageImpl#getContextStructure()
	 * @generated
	 */
	int CONTEXT_STRUCTURE = 3;


	/**
	 * Returns the meta object for class '{@link org.plateau.family.reln.model.ContextualTask <em>Contextual Task</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Contextual Task</em>'.
	 * @see org.plateau.family.reln.model.ContextualTask
	 * @generated
	 */
	EClass getContextualTask();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.family.reln.model.ContextualTask#getContexts <em>Contexts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Contexts</em>'.
	 * @see org.plateau.family.reln.model.ContextualTask#getContexts()
	 * @see #getContextualTask()
	 * @generated
	 */
	EAttribute getContextualTask_Contexts();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.family.reln.model.ContextualTask#getStructure <em>Structure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Structure</em>'.
	 * @see org.plateau.family.reln.model.ContextualTask#getStructure()
	 * @see #getContextualTask()
	 * @generated
	 */
	EAttribute getContextualTask_Structure();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.family.reln.model.ContextualTask#getContextScale <em>Context Scale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Context Scale</em>'.
	 * @see org.plateau.family.reln.model.ContextualTask#getContextScale()
	 * @see #getContextualTask()
	 * @generated
	 */
	EAttribute getContextualTask_ContextScale();

	/**
	 * Returns the meta object for class '{@link org.plateau.family.reln.model.ReluNetwork <em>Relu Network</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Relu Network</em>'.
	 * @see org.plateau.family.reln.model.ReluNetwork
	 * @generated
	 */
	EClass getReluNetwork();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.family.reln.model.ReluNetwork#getHiddenWidth <em>Hidden Width</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hidden Width</em>'.
	 * @see org.plateau.family.reln.model.ReluNetwork#getHiddenWidth()
	 * @see #getReluNetwork()
	 * @generated
	 */
	EAttribute getReluNetwork_HiddenWidth();

	/**
	 * Returns the meta object for class '{@link org.plateau.family.reln.model.RelnNetwork <em>Network</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Network</em>'.
	 * @see org.plateau.family.reln.model.RelnNetwork
	 * @generated
	 */
	EClass getRelnNetwork();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.family.reln.model.RelnNetwork#getModuleWidth <em>Module Width</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Module Width</em>'.
	 * @see org.plateau.family.reln.model.RelnNetwork#getModuleWidth()
	 * @see #getRelnNetwork()
	 * @generated
	 */
	EAttribute getRelnNetwork_ModuleWidth();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.family.reln.model.RelnNetwork#getCommonScaleRatio <em>Common Scale Ratio</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Common Scale Ratio</em>'.
	 * @see org.plateau.family.reln.model.RelnNetwork#getCommonScaleRatio()
	 * @see #getRelnNetwork()
	 * @generated
	 */
	EAttribute getRelnNetwork_CommonScaleRatio();

	/**
	 * Returns the meta object for enum '{@link org.plateau.family.reln.model.ContextStructure <em>Context Structure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Context Structure</em>'.
	 * @see org.plateau.family.reln.model.ContextStructure
	 * @generated
	 */
	EEnum getContextStructure();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	RelnFactory getRelnFactory();

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
		 * The meta object literal for the '{@link org.plateau.family.reln.model.impl.ContextualTaskImpl <em>Contextual Task</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.plateau.family.reln.model.impl.ContextualTaskImpl
		 * @see org.plateau.family.reln.model.impl.RelnPackageImpl#getContextualTask()
		 * @generated
		 */
		EClass CONTEXTUAL_TASK = eINSTANCE.getContextualTask();

		/**
		 * The meta object literal for the '<em><b>Contexts</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTEXTUAL_TASK__CONTEXTS = eINSTANCE.getContextualTask_Contexts();

		/**
		 * The meta object literal for the '<em><b>Structure</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTEXTUAL_TASK__STRUCTURE = eINSTANCE.getContextualTask_Structure();

		/**
		 * The meta object literal for the '<em><b>Context Scale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTEXTUAL_TASK__CONTEXT_SCALE = eINSTANCE.getContextualTask_ContextScale();

		/**
		 * The meta object literal for the '{@link org.plateau.family.reln.model.impl.ReluNetworkImpl <em>Relu Network</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.plateau.family.reln.model.impl.ReluNetworkImpl
		 * @see org.plateau.family.reln.model.impl.RelnPackageImpl#getReluNetwork()
		 * @generated
		 */
		EClass RELU_NETWORK = eINSTANCE.getReluNetwork();

		/**
		 * The meta object literal for the '<em><b>Hidden Width</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RELU_NETWORK__HIDDEN_WIDTH = eINSTANCE.getReluNetwork_HiddenWidth();

		/**
		 * The meta object literal for the '{@link org.plateau.family.reln.model.impl.RelnNetworkImpl <em>Network</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.plateau.family.reln.model.impl.RelnNetworkImpl
		 * @see org.plateau.family.reln.model.impl.RelnPackageImpl#getRelnNetwork()
		 * @generated
		 */
		EClass RELN_NETWORK = eINSTANCE.getRelnNetwork();

		/**
		 * The meta object literal for the '<em><b>Module Width</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RELN_NETWORK__MODULE_WIDTH = eINSTANCE.getRelnNetwork_ModuleWidth();

		/**
		 * The meta object literal for the '<em><b>Common Scale Ratio</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RELN_NETWORK__COMMON_SCALE_RATIO = eINSTANCE.getRelnNetwork_CommonScaleRatio();

		/**
		 * The meta object literal for the '{@link org.plateau.family.reln.model.ContextStructure <em>Context Structure</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.plateau.family.reln.model.ContextStructure
		 * @see org.plateau.family.reln.model.impl.RelnPackageImpl#getContextStructure()
		 * @generated
		 */
		EEnum CONTEXT_STRUCTURE = eINSTANCE.getContextStructure();

	}

} //RelnPackage
