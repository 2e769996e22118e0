/**
 * Code marked @generated is produced by EMF from model/modular.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.family.modular.model;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.plateau.family.modular.model.ModularPackage
 * @generated
 */
public interface ModularFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ModularFactory eINSTANCE = org.plateau.family.modular.model.impl.ModularFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Task</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Task</em>'.
	 * @generated
	 */
	ModularTask createModularTask();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	ModularPackage getModularPackage();

} //ModularFactory
