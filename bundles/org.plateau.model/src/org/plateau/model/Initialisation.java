/**
 * Code marked @generated is produced by EMF from model/experiment.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Initialisation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How the weights are drawn before training. Common schemes are defined here; a family may add its own.
 * <!-- end-model-doc -->
 *
 *
 * @see org.plateau.model.PlateauPackage#getInitialisation()
 * @model abstract="true"
 * @generated
 */
public interface Initialisation extends EObject {
} // Initialisation
