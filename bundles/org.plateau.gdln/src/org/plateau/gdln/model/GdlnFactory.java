/**
 * Code marked @generated is produced by EMF from model/gdln.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.gdln.model;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.plateau.gdln.model.GdlnPackage
 * @generated
 */
public interface GdlnFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	GdlnFactory eINSTANCE = org.plateau.gdln.model.impl.GdlnFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Gated Architecture</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Gated Architecture</em>'.
	 * @generated
	 */
	GatedArchitecture createGatedArchitecture();

	/**
	 * Returns a new object of class '<em>Gated Node</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Gated Node</em>'.
	 * @generated
	 */
	GatedNode createGatedNode();

	/**
	 * Returns a new object of class '<em>Gated Edge</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Gated Edge</em>'.
	 * @generated
	 */
	GatedEdge createGatedEdge();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	GdlnPackage getGdlnPackage();

} //GdlnFactory
