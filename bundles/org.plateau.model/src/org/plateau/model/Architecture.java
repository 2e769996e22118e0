/**
 * Code marked @generated is produced by EMF from model/experiment.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Architecture</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The network that is trained. Each family subclasses it.
 * <!-- end-model-doc -->
 *
 *
 * @see org.plateau.model.PlateauPackage#getArchitecture()
 * @model abstract="true"
 * @generated
 */
public interface Architecture extends EObject {
} // Architecture
