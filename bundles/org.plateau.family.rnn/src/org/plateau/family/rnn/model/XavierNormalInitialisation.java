/**
 * Code marked @generated is produced by EMF from model/rnn.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.family.rnn.model;

import org.plateau.model.Initialisation;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Xavier Normal Initialisation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Xavier-normal weights, std = gain sqrt(2/(fan_in + fan_out)), on W_ih, W_hh and W_hy; zero biases (spec 1.2(c)).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.plateau.family.rnn.model.XavierNormalInitialisation#getGain <em>Gain</em>}</li>
 * </ul>
 *
 * @see org.plateau.family.rnn.model.RnnPackage#getXavierNormalInitialisation()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='gainPositive'"
 * @generated
 */
public interface XavierNormalInitialisation extends Initialisation {
	/**
	 * Returns the value of the '<em><b>Gain</b></em>' attribute.
	 * The default value is <code>"0.1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The gain (0.1 in the paper; 0.4-1.0 for the rich-lazy runs).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Gain</em>' attribute.
	 * @see #setGain(double)
	 * @see org.plateau.family.rnn.model.RnnPackage#getXavierNormalInitialisation_Gain()
	 * @model default="0.1"
	 *        annotation="http://www.plateau.org/display name='gain'"
	 * @generated
	 */
	double getGain();

	/**
	 * Sets the value of the '{@link org.plateau.family.rnn.model.XavierNormalInitialisation#getGain <em>Gain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Gain</em>' attribute.
	 * @see #getGain()
	 * @generated
	 */
	void setGain(double value);

} // XavierNormalInitialisation
