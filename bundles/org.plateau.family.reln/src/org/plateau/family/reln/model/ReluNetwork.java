/**
 * Code marked @generated is produced by EMF from model/reln.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.family.reln.model;

import org.plateau.model.Architecture;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Relu Network</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A two-layer ReLU network without biases, h = max(0, W1 x), y = W2 h (spec 3(a)).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.plateau.family.reln.model.ReluNetwork#getHiddenWidth <em>Hidden Width</em>}</li>
 * </ul>
 *
 * @see org.plateau.family.reln.model.RelnPackage#getReluNetwork()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='hiddenWidthPositive'"
 * @generated
 */
public interface ReluNetwork extends Architecture {
	/**
	 * Returns the value of the '<em><b>Hidden Width</b></em>' attribute.
	 * The default value is <code>"700"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Number of hidden ReLU units.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Hidden Width</em>' attribute.
	 * @see #setHiddenWidth(int)
	 * @see org.plateau.family.reln.model.RelnPackage#getReluNetwork_HiddenWidth()
	 * @model default="700"
	 *        annotation="http://www.plateau.org/display name='hidden width'"
	 * @generated
	 */
	int getHiddenWidth();

	/**
	 * Sets the value of the '{@link org.plateau.family.reln.model.ReluNetwork#getHiddenWidth <em>Hidden Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hidden Width</em>' attribute.
	 * @see #getHiddenWidth()
	 * @generated
	 */
	void setHiddenWidth(int value);

} // ReluNetwork
