/**
 * Code marked @generated is produced by EMF from model/rnn.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.family.rnn.model;

import org.plateau.model.Initialisation;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Pair Initialisation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The start of a representation pair: the two scalar representations and the size of the maps, which start orthogonal to each other and to the targets (the notebook's zero angles).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.plateau.family.rnn.model.PairInitialisation#getHidden1 <em>Hidden1</em>}</li>
 *   <li>{@link org.plateau.family.rnn.model.PairInitialisation#getHidden2 <em>Hidden2</em>}</li>
 *   <li>{@link org.plateau.family.rnn.model.PairInitialisation#getReadoutWeight <em>Readout Weight</em>}</li>
 *   <li>{@link org.plateau.family.rnn.model.PairInitialisation#getReadoutBias <em>Readout Bias</em>}</li>
 * </ul>
 *
 * @see org.plateau.family.rnn.model.RnnPackage#getPairInitialisation()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='startValid'"
 * @generated
 */
public interface PairInitialisation extends Initialisation {
	/**
	 * Returns the value of the '<em><b>Hidden1</b></em>' attribute.
	 * The default value is <code>"0.05"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * h1(0), the first representation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Hidden1</em>' attribute.
	 * @see #setHidden1(double)
	 * @see org.plateau.family.rnn.model.RnnPackage#getPairInitialisation_Hidden1()
	 * @model default="0.05"
	 *        annotation="http://www.plateau.org/display name='h1(0)'"
	 * @generated
	 */
	double getHidden1();

	/**
	 * Sets the value of the '{@link org.plateau.family.rnn.model.PairInitialisation#getHidden1 <em>Hidden1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hidden1</em>' attribute.
	 * @see #getHidden1()
	 * @generated
	 */
	void setHidden1(double value);

	/**
	 * Returns the value of the '<em><b>Hidden2</b></em>' attribute.
	 * The default value is <code>"-0.08"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * h2(0), the second representation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Hidden2</em>' attribute.
	 * @see #setHidden2(double)
	 * @see org.plateau.family.rnn.model.RnnPackage#getPairInitialisation_Hidden2()
	 * @model default="-0.08"
	 *        annotation="http://www.plateau.org/display name='h2(0)'"
	 * @generated
	 */
	double getHidden2();

	/**
	 * Sets the value of the '{@link org.plateau.family.rnn.model.PairInitialisation#getHidden2 <em>Hidden2</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hidden2</em>' attribute.
	 * @see #getHidden2()
	 * @generated
	 */
	void setHidden2(double value);

	/**
	 * Returns the value of the '<em><b>Readout Weight</b></em>' attribute.
	 * The default value is <code>"0.1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ||D_i(0)|| (the fixed model's Dv_i), the same for every continuation: ||Dv||^2 = 0.01 in the notebook.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Readout Weight</em>' attribute.
	 * @see #setReadoutWeight(double)
	 * @see org.plateau.family.rnn.model.RnnPackage#getPairInitialisation_ReadoutWeight()
	 * @model default="0.1"
	 *        annotation="http://www.plateau.org/display name='read-out ||D(0)||'"
	 * @generated
	 */
	double getReadoutWeight();

	/**
	 * Sets the value of the '{@link org.plateau.family.rnn.model.PairInitialisation#getReadoutWeight <em>Readout Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Readout Weight</em>' attribute.
	 * @see #getReadoutWeight()
	 * @generated
	 */
	void setReadoutWeight(double value);

	/**
	 * Returns the value of the '<em><b>Readout Bias</b></em>' attribute.
	 * The default value is <code>"0.1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ||b_i(0)|| (the mean model's ybar_i(0)), the same for every continuation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Readout Bias</em>' attribute.
	 * @see #setReadoutBias(double)
	 * @see org.plateau.family.rnn.model.RnnPackage#getPairInitialisation_ReadoutBias()
	 * @model default="0.1"
	 *        annotation="http://www.plateau.org/display name='bias ||b(0)||'"
	 * @generated
	 */
	double getReadoutBias();

	/**
	 * Sets the value of the '{@link org.plateau.family.rnn.model.PairInitialisation#getReadoutBias <em>Readout Bias</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Readout Bias</em>' attribute.
	 * @see #getReadoutBias()
	 * @generated
	 */
	void setReadoutBias(double value);

} // PairInitialisation
