/**
 * Code marked @generated is produced by EMF from model/experiment.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Theory Selection</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Which theoretical predictions are computed alongside the simulation.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.plateau.model.TheorySelection#isEnabled <em>Enabled</em>}</li>
 *   <li>{@link org.plateau.model.TheorySelection#getPredictions <em>Predictions</em>}</li>
 * </ul>
 *
 * @see org.plateau.model.PlateauPackage#getTheorySelection()
 * @model
 * @generated
 */
public interface TheorySelection extends EObject {
	/**
	 * Returns the value of the '<em><b>Enabled</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether theory is computed at all.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Enabled</em>' attribute.
	 * @see #setEnabled(boolean)
	 * @see org.plateau.model.PlateauPackage#getTheorySelection_Enabled()
	 * @model default="true"
	 * @generated
	 */
	boolean isEnabled();

	/**
	 * Sets the value of the '{@link org.plateau.model.TheorySelection#isEnabled <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Enabled</em>' attribute.
	 * @see #isEnabled()
	 * @generated
	 */
	void setEnabled(boolean value);

	/**
	 * Returns the value of the '<em><b>Predictions</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Identifiers of the predictions to compute, among those the family offers; empty means all.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Predictions</em>' attribute list.
	 * @see org.plateau.model.PlateauPackage#getTheorySelection_Predictions()
	 * @model
	 * @generated
	 */
	EList<String> getPredictions();

} // TheorySelection
