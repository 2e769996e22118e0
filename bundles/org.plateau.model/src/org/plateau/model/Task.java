/**
 * Code marked @generated is produced by EMF from model/experiment.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Task</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What the network is trained on: the data set or the statistics of the input-output map. Each family subclasses it.
 * <!-- end-model-doc -->
 *
 *
 * @see org.plateau.model.PlateauPackage#getTask()
 * @model abstract="true"
 * @generated
 */
public interface Task extends EObject {
} // Task
