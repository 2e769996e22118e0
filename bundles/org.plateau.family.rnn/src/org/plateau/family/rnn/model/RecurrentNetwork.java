/**
 * Code marked @generated is produced by EMF from model/rnn.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.family.rnn.model;

import org.plateau.model.Architecture;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Recurrent Network</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A single-layer Elman RNN with both biases (spec 1.2(a)): h_t = f(W_ih x_t + b_ih + W_hh h_(t-1) + b_hh), read out at the end, y = W_hy h_T + b_hy.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.plateau.family.rnn.model.RecurrentNetwork#getHiddenUnits <em>Hidden Units</em>}</li>
 *   <li>{@link org.plateau.family.rnn.model.RecurrentNetwork#getActivation <em>Activation</em>}</li>
 *   <li>{@link org.plateau.family.rnn.model.RecurrentNetwork#getInitialState <em>Initial State</em>}</li>
 *   <li>{@link org.plateau.family.rnn.model.RecurrentNetwork#getReadout <em>Readout</em>}</li>
 * </ul>
 *
 * @see org.plateau.family.rnn.model.RnnPackage#getRecurrentNetwork()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='hiddenUnitsPositive activationOfRecurrentNetwork'"
 * @generated
 */
public interface RecurrentNetwork extends Architecture {
	/**
	 * Returns the value of the '<em><b>Hidden Units</b></em>' attribute.
	 * The default value is <code>"100"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Number of hidden units P.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Hidden Units</em>' attribute.
	 * @see #setHiddenUnits(int)
	 * @see org.plateau.family.rnn.model.RnnPackage#getRecurrentNetwork_HiddenUnits()
	 * @model default="100"
	 *        annotation="http://www.plateau.org/display name='hidden units P'"
	 * @generated
	 */
	int getHiddenUnits();

	/**
	 * Sets the value of the '{@link org.plateau.family.rnn.model.RecurrentNetwork#getHiddenUnits <em>Hidden Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hidden Units</em>' attribute.
	 * @see #getHiddenUnits()
	 * @generated
	 */
	void setHiddenUnits(int value);

	/**
	 * Returns the value of the '<em><b>Activation</b></em>' attribute.
	 * The default value is <code>"RELU"</code>.
	 * The literals are from the enumeration {@link org.plateau.family.rnn.model.Activation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The hidden nonlinearity f.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Activation</em>' attribute.
	 * @see org.plateau.family.rnn.model.Activation
	 * @see #setActivation(Activation)
	 * @see org.plateau.family.rnn.model.RnnPackage#getRecurrentNetwork_Activation()
	 * @model default="RELU"
	 *        annotation="http://www.plateau.org/display name='activation'"
	 * @generated
	 */
	Activation getActivation();

	/**
	 * Sets the value of the '{@link org.plateau.family.rnn.model.RecurrentNetwork#getActivation <em>Activation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Activation</em>' attribute.
	 * @see org.plateau.family.rnn.model.Activation
	 * @see #getActivation()
	 * @generated
	 */
	void setActivation(Activation value);

	/**
	 * Returns the value of the '<em><b>Initial State</b></em>' attribute.
	 * The default value is <code>"ONES"</code>.
	 * The literals are from the enumeration {@link org.plateau.family.rnn.model.InitialState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * h_0: ones (the paper, to leave the zero fixed point) or zeros.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Initial State</em>' attribute.
	 * @see org.plateau.family.rnn.model.InitialState
	 * @see #setInitialState(InitialState)
	 * @see org.plateau.family.rnn.model.RnnPackage#getRecurrentNetwork_InitialState()
	 * @model default="ONES"
	 *        annotation="http://www.plateau.org/display name='initial state h0'"
	 * @generated
	 */
	InitialState getInitialState();

	/**
	 * Sets the value of the '{@link org.plateau.family.rnn.model.RecurrentNetwork#getInitialState <em>Initial State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Initial State</em>' attribute.
	 * @see org.plateau.family.rnn.model.InitialState
	 * @see #getInitialState()
	 * @generated
	 */
	void setInitialState(InitialState value);

	/**
	 * Returns the value of the '<em><b>Readout</b></em>' attribute.
	 * The default value is <code>"LINEAR"</code>.
	 * The literals are from the enumeration {@link org.plateau.family.rnn.model.Readout}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The output nonlinearity: none, or the discontinuity of App. D.9 with its straight-through gradient.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Readout</em>' attribute.
	 * @see org.plateau.family.rnn.model.Readout
	 * @see #setReadout(Readout)
	 * @see org.plateau.family.rnn.model.RnnPackage#getRecurrentNetwork_Readout()
	 * @model default="LINEAR"
	 *        annotation="http://www.plateau.org/display name='read-out'"
	 * @generated
	 */
	Readout getReadout();

	/**
	 * Sets the value of the '{@link org.plateau.family.rnn.model.RecurrentNetwork#getReadout <em>Readout</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Readout</em>' attribute.
	 * @see org.plateau.family.rnn.model.Readout
	 * @see #getReadout()
	 * @generated
	 */
	void setReadout(Readout value);

} // RecurrentNetwork
