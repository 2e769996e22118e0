/**
 * Code marked @generated is produced by EMF from model/gated.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.family.gated.model;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.plateau.family.gated.model.GatedPackage
 * @generated
 */
public interface GatedFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	GatedFactory eINSTANCE = org.plateau.family.gated.model.impl.GatedFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Routing Task</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Routing Task</em>'.
	 * @generated
	 */
	RoutingTask createRoutingTask();

	/**
	 * Returns a new object of class '<em>Race Task</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Race Task</em>'.
	 * @generated
	 */
	RaceTask createRaceTask();

	/**
	 * Returns a new object of class '<em>Decoupled Initialisation</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Decoupled Initialisation</em>'.
	 * @generated
	 */
	DecoupledInitialisation createDecoupledInitialisation();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	GatedPackage getGatedPackage();

} //GatedFactory
