/**
 * Code marked @generated is produced by EMF from model/rnn.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.family.rnn.model;

import org.plateau.model.Architecture;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Multilayer Perceptron</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A fully connected network with biases (the 2024 paper's MLP): L hidden layers of equal width, the activation after each, a linear output layer; the representation h is the activity of one hidden layer.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.plateau.family.rnn.model.MultilayerPerceptron#getWidth <em>Width</em>}</li>
 *   <li>{@link org.plateau.family.rnn.model.MultilayerPerceptron#getHiddenLayers <em>Hidden Layers</em>}</li>
 *   <li>{@link org.plateau.family.rnn.model.MultilayerPerceptron#getActivation <em>Activation</em>}</li>
 *   <li>{@link org.plateau.family.rnn.model.MultilayerPerceptron#getTrackedLayer <em>Tracked Layer</em>}</li>
 * </ul>
 *
 * @see org.plateau.family.rnn.model.RnnPackage#getMultilayerPerceptron()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='sizesPositive trackedLayerInRange trainingHonoured'"
 * @generated
 */
public interface MultilayerPerceptron extends Architecture {
	/**
	 * Returns the value of the '<em><b>Width</b></em>' attribute.
	 * The default value is <code>"500"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Units per hidden layer (500 in the paper, 50 for the narrow net).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Width</em>' attribute.
	 * @see #setWidth(int)
	 * @see org.plateau.family.rnn.model.RnnPackage#getMultilayerPerceptron_Width()
	 * @model default="500"
	 *        annotation="http://www.plateau.org/display name='width P'"
	 * @generated
	 */
	int getWidth();

	/**
	 * Sets the value of the '{@link org.plateau.family.rnn.model.MultilayerPerceptron#getWidth <em>Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Width</em>' attribute.
	 * @see #getWidth()
	 * @generated
	 */
	void setWidth(int value);

	/**
	 * Returns the value of the '<em><b>Hidden Layers</b></em>' attribute.
	 * The default value is <code>"20"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Number of hidden layers (20 in the paper, 2 for the shallow net).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Hidden Layers</em>' attribute.
	 * @see #setHiddenLayers(int)
	 * @see org.plateau.family.rnn.model.RnnPackage#getMultilayerPerceptron_HiddenLayers()
	 * @model default="20"
	 *        annotation="http://www.plateau.org/display name='hidden layers L'"
	 * @generated
	 */
	int getHiddenLayers();

	/**
	 * Sets the value of the '{@link org.plateau.family.rnn.model.MultilayerPerceptron#getHiddenLayers <em>Hidden Layers</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hidden Layers</em>' attribute.
	 * @see #getHiddenLayers()
	 * @generated
	 */
	void setHiddenLayers(int value);

	/**
	 * Returns the value of the '<em><b>Activation</b></em>' attribute.
	 * The default value is <code>"LEAKY_RELU"</code>.
	 * The literals are from the enumeration {@link org.plateau.family.rnn.model.Activation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The nonlinearity after each hidden layer (leaky ReLU in the paper).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Activation</em>' attribute.
	 * @see org.plateau.family.rnn.model.Activation
	 * @see #setActivation(Activation)
	 * @see org.plateau.family.rnn.model.RnnPackage#getMultilayerPerceptron_Activation()
	 * @model default="LEAKY_RELU"
	 *        annotation="http://www.plateau.org/display name='activation'"
	 * @generated
	 */
	Activation getActivation();

	/**
	 * Sets the value of the '{@link org.plateau.family.rnn.model.MultilayerPerceptron#getActivation <em>Activation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Activation</em>' attribute.
	 * @see org.plateau.family.rnn.model.Activation
	 * @see #getActivation()
	 * @generated
	 */
	void setActivation(Activation value);

	/**
	 * Returns the value of the '<em><b>Tracked Layer</b></em>' attribute.
	 * The default value is <code>"10"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The hidden layer whose activity is the representation h, counted from 0 (10 in the paper, 1 for the shallow net).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tracked Layer</em>' attribute.
	 * @see #setTrackedLayer(int)
	 * @see org.plateau.family.rnn.model.RnnPackage#getMultilayerPerceptron_TrackedLayer()
	 * @model default="10"
	 *        annotation="http://www.plateau.org/display name='tracked hidden layer'"
	 * @generated
	 */
	int getTrackedLayer();

	/**
	 * Sets the value of the '{@link org.plateau.family.rnn.model.MultilayerPerceptron#getTrackedLayer <em>Tracked Layer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tracked Layer</em>' attribute.
	 * @see #getTrackedLayer()
	 * @generated
	 */
	void setTrackedLayer(int value);

} // MultilayerPerceptron
