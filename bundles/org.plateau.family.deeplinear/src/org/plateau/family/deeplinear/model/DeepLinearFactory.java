/**
 * Code marked @generated is produced by EMF from model/deeplinear.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.family.deeplinear.model;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.plateau.family.deeplinear.model.DeepLinearPackage
 * @generated
 */
public interface DeepLinearFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	DeepLinearFactory eINSTANCE = org.plateau.family.deeplinear.model.impl.DeepLinearFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Hierarchy Task</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Hierarchy Task</em>'.
	 * @generated
	 */
	HierarchyTask createHierarchyTask();

	/**
	 * Returns a new object of class '<em>Spectrum Task</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Spectrum Task</em>'.
	 * @generated
	 */
	SpectrumTask createSpectrumTask();

	/**
	 * Returns a new object of class '<em>Random Regression Task</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Random Regression Task</em>'.
	 * @generated
	 */
	RandomRegressionTask createRandomRegressionTask();

	/**
	 * Returns a new object of class '<em>Teacher Student Task</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Teacher Student Task</em>'.
	 * @generated
	 */
	TeacherStudentTask createTeacherStudentTask();

	/**
	 * Returns a new object of class '<em>Reversal Learning Task</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Reversal Learning Task</em>'.
	 * @generated
	 */
	ReversalLearningTask createReversalLearningTask();

	/**
	 * Returns a new object of class '<em>Continual Learning Task</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Continual Learning Task</em>'.
	 * @generated
	 */
	ContinualLearningTask createContinualLearningTask();

	/**
	 * Returns a new object of class '<em>Network</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Network</em>'.
	 * @generated
	 */
	DeepLinearNetwork createDeepLinearNetwork();

	/**
	 * Returns a new object of class '<em>Lambda Balanced Initialisation</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Lambda Balanced Initialisation</em>'.
	 * @generated
	 */
	LambdaBalancedInitialisation createLambdaBalancedInitialisation();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	DeepLinearPackage getDeepLinearPackage();

} //DeepLinearFactory
