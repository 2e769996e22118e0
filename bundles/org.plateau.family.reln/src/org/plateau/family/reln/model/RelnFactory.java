/**
 * Code marked @generated is produced by EMF from model/reln.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.family.reln.model;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.plateau.family.reln.model.RelnPackage
 * @generated
 */
public interface RelnFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	RelnFactory eINSTANCE = org.plateau.family.reln.model.impl.RelnFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Contextual Task</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Contextual Task</em>'.
	 * @generated
	 */
	ContextualTask createContextualTask();

	/**
	 * Returns a new object of class '<em>Relu Network</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Relu Network</em>'.
	 * @generated
	 */
	ReluNetwork createReluNetwork();

	/**
	 * Returns a new object of class '<em>Network</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Network</em>'.
	 * @generated
	 */
	RelnNetwork createRelnNetwork();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	RelnPackage getRelnPackage();

} //RelnFactory
