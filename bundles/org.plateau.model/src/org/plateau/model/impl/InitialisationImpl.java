/**
 * Code marked @generated is produced by EMF from model/experiment.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.model.impl;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.plateau.model.Initialisation;
import org.plateau.model.PlateauPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Initialisation</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public abstract class InitialisationImpl extends MinimalEObjectImpl.Container implements Initialisation {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected InitialisationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PlateauPackage.Literals.INITIALISATION;
	}

} //InitialisationImpl
