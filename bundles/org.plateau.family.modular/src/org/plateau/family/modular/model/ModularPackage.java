/**
 * Code marked @generated is produced by EMF from model/modular.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.family.modular.model;

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
 * The modular network family (Jarvis, Klein, Rosman and Saxe 2023, On the specialization of neural modules): the dataset space of compositional and non-compositional features, learnt by dense, shallow, output-split or fully segregated linear networks given as GatedArchitectures.
 * <!-- end-model-doc -->
 * @see org.plateau.family.modular.model.ModularFactory
 * @model kind="package"
 * @generated
 */
public interface ModularPackage extends EPackage {
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
	String eNS_URI = "http://www.plateau.org/model/family/modular/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "modular";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ModularPackage eINSTANCE = org.plateau.family.modular.model.impl.ModularPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.plateau.family.modular.model.impl.ModularTaskImpl <em>Task</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.plateau.family.modular.model.impl.ModularTaskImpl
	 * @see org.plateau.family.modular.model.impl.ModularPackageImpl#getModularTask()
	 * @generated
	 */
	int MODULAR_TASK = 0;

	/**
	 * The feature id for the '<em><b>N1</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODULAR_TASK__N1 = PlateauPackage.TASK_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>N2</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODULAR_TASK__N2 = PlateauPackage.TASK_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>K1</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODULAR_TASK__K1 = PlateauPackage.TASK_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>K2</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODULAR_TASK__K2 = PlateauPackage.TASK_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>R</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODULAR_TASK__R = PlateauPackage.TASK_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Training Patterns</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODULAR_TASK__TRAINING_PATTERNS = PlateauPackage.TASK_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Task</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODULAR_TASK_FEATURE_COUNT = PlateauPackage.TASK_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Task</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODULAR_TASK_OPERATION_COUNT = PlateauPackage.TASK_OPERATION_COUNT + 0;


	/**
	 * Returns the meta object for class '{@link org.plateau.family.modular.model.ModularTask <em>Task</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Task</em>'.
	 * @see org.plateau.family.modular.model.ModularTask
	 * @generated
	 */
	EClass getModularTask();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.family.modular.model.ModularTask#getN1 <em>N1</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>N1</em>'.
	 * @see org.plateau.family.modular.model.ModularTask#getN1()
	 * @see #getModularTask()
	 * @generated
	 */
	EAttribute getModularTask_N1();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.family.modular.model.ModularTask#getN2 <em>N2</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>N2</em>'.
	 * @see org.plateau.family.modular.model.ModularTask#getN2()
	 * @see #getModularTask()
	 * @generated
	 */
	EAttribute getModularTask_N2();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.family.modular.model.ModularTask#getK1 <em>K1</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>K1</em>'.
	 * @see org.plateau.family.modular.model.ModularTask#getK1()
	 * @see #getModularTask()
	 * @generated
	 */
	EAttribute getModularTask_K1();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.family.modular.model.ModularTask#getK2 <em>K2</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>K2</em>'.
	 * @see org.plateau.family.modular.model.ModularTask#getK2()
	 * @see #getModularTask()
	 * @generated
	 */
	EAttribute getModularTask_K2();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.family.modular.model.ModularTask#getR <em>R</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>R</em>'.
	 * @see org.plateau.family.modular.model.ModularTask#getR()
	 * @see #getModularTask()
	 * @generated
	 */
	EAttribute getModularTask_R();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.family.modular.model.ModularTask#getTrainingPatterns <em>Training Patterns</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Training Patterns</em>'.
	 * @see org.plateau.family.modular.model.ModularTask#getTrainingPatterns()
	 * @see #getModularTask()
	 * @generated
	 */
	EAttribute getModularTask_TrainingPatterns();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	ModularFactory getModularFactory();

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
		 * The meta object literal for the '{@link org.plateau.family.modular.model.impl.ModularTaskImpl <em>Task</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.plateau.family.modular.model.impl.ModularTaskImpl
		 * @see org.plateau.family.modular.model.impl.ModularPackageImpl#getModularTask()
		 * @generated
		 */
		EClass MODULAR_TASK = eINSTANCE.getModularTask();

		/**
		 * The meta object literal for the '<em><b>N1</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODULAR_TASK__N1 = eINSTANCE.getModularTask_N1();

		/**
		 * The meta object literal for the '<em><b>N2</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODULAR_TASK__N2 = eINSTANCE.getModularTask_N2();

		/**
		 * The meta object literal for the '<em><b>K1</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODULAR_TASK__K1 = eINSTANCE.getModularTask_K1();

		/**
		 * The meta object literal for the '<em><b>K2</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODULAR_TASK__K2 = eINSTANCE.getModularTask_K2();

		/**
		 * The meta object literal for the '<em><b>R</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODULAR_TASK__R = eINSTANCE.getModularTask_R();

		/**
		 * The meta object literal for the '<em><b>Training Patterns</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODULAR_TASK__TRAINING_PATTERNS = eINSTANCE.getModularTask_TrainingPatterns();

	}

} //ModularPackage
