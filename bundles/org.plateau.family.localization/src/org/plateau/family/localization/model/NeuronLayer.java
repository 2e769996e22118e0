/**
 * Code marked @generated is produced by EMF from model/localization.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.family.localization.model;

import org.plateau.model.Architecture;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Neuron Layer</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * K neurons on the image (spec 2(a)): yhat = (1/K) sum_k act(w_k . x + b_k) with a fixed mean readout (one ReLU neuron without bias is the paper's main object), or yhat = W2 act(W1 x + b1)/K + b2 with a trained readout.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.plateau.family.localization.model.NeuronLayer#getNeurons <em>Neurons</em>}</li>
 *   <li>{@link org.plateau.family.localization.model.NeuronLayer#getActivation <em>Activation</em>}</li>
 *   <li>{@link org.plateau.family.localization.model.NeuronLayer#isBias <em>Bias</em>}</li>
 *   <li>{@link org.plateau.family.localization.model.NeuronLayer#isTrainedReadout <em>Trained Readout</em>}</li>
 * </ul>
 *
 * @see org.plateau.family.localization.model.LocalizationPackage#getNeuronLayer()
 * @model
 * @generated
 */
public interface NeuronLayer extends Architecture {
	/**
	 * Returns the value of the '<em><b>Neurons</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Number of hidden neurons.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Neurons</em>' attribute.
	 * @see #setNeurons(int)
	 * @see org.plateau.family.localization.model.LocalizationPackage#getNeuronLayer_Neurons()
	 * @model default="1"
	 *        annotation="http://www.plateau.org/display name='neurons K'"
	 * @generated
	 */
	int getNeurons();

	/**
	 * Sets the value of the '{@link org.plateau.family.localization.model.NeuronLayer#getNeurons <em>Neurons</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Neurons</em>' attribute.
	 * @see #getNeurons()
	 * @generated
	 */
	void setNeurons(int value);

	/**
	 * Returns the value of the '<em><b>Activation</b></em>' attribute.
	 * The default value is <code>"RELU"</code>.
	 * The literals are from the enumeration {@link org.plateau.family.localization.model.NeuronActivation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Of the hidden neurons.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Activation</em>' attribute.
	 * @see org.plateau.family.localization.model.NeuronActivation
	 * @see #setActivation(NeuronActivation)
	 * @see org.plateau.family.localization.model.LocalizationPackage#getNeuronLayer_Activation()
	 * @model default="RELU"
	 *        annotation="http://www.plateau.org/display name='activation'"
	 * @generated
	 */
	NeuronActivation getActivation();

	/**
	 * Sets the value of the '{@link org.plateau.family.localization.model.NeuronLayer#getActivation <em>Activation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Activation</em>' attribute.
	 * @see org.plateau.family.localization.model.NeuronActivation
	 * @see #getActivation()
	 * @generated
	 */
	void setActivation(NeuronActivation value);

	/**
	 * Returns the value of the '<em><b>Bias</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether each neuron has a trained bias b_k (starting at 0).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Bias</em>' attribute.
	 * @see #setBias(boolean)
	 * @see org.plateau.family.localization.model.LocalizationPackage#getNeuronLayer_Bias()
	 * @model default="false"
	 *        annotation="http://www.plateau.org/display name='bias'"
	 * @generated
	 */
	boolean isBias();

	/**
	 * Sets the value of the '{@link org.plateau.family.localization.model.NeuronLayer#isBias <em>Bias</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bias</em>' attribute.
	 * @see #isBias()
	 * @generated
	 */
	void setBias(boolean value);

	/**
	 * Returns the value of the '<em><b>Trained Readout</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the readout W2, b2 is trained (the authors' MLP, W2 starting Xavier + 1) rather than the fixed mean.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Trained Readout</em>' attribute.
	 * @see #setTrainedReadout(boolean)
	 * @see org.plateau.family.localization.model.LocalizationPackage#getNeuronLayer_TrainedReadout()
	 * @model default="false"
	 *        annotation="http://www.plateau.org/display name='trained readout'"
	 * @generated
	 */
	boolean isTrainedReadout();

	/**
	 * Sets the value of the '{@link org.plateau.family.localization.model.NeuronLayer#isTrainedReadout <em>Trained Readout</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Trained Readout</em>' attribute.
	 * @see #isTrainedReadout()
	 * @generated
	 */
	void setTrainedReadout(boolean value);

} // NeuronLayer
