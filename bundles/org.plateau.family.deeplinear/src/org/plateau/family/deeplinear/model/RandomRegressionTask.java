/**
 * Code marked @generated is produced by EMF from model/deeplinear.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.family.deeplinear.model;

import org.plateau.model.Task;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Random Regression Task</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Regression onto the outputs of a random linear teacher from random Gaussian inputs.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.plateau.family.deeplinear.model.RandomRegressionTask#getInputDim <em>Input Dim</em>}</li>
 *   <li>{@link org.plateau.family.deeplinear.model.RandomRegressionTask#getOutputDim <em>Output Dim</em>}</li>
 *   <li>{@link org.plateau.family.deeplinear.model.RandomRegressionTask#getSamples <em>Samples</em>}</li>
 *   <li>{@link org.plateau.family.deeplinear.model.RandomRegressionTask#isWhitened <em>Whitened</em>}</li>
 * </ul>
 *
 * @see org.plateau.family.deeplinear.model.DeepLinearPackage#getRandomRegressionTask()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='dimensionsPositive enoughSamplesToWhiten'"
 * @generated
 */
public interface RandomRegressionTask extends Task {
	/**
	 * Returns the value of the '<em><b>Input Dim</b></em>' attribute.
	 * The default value is <code>"32"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Number of inputs; at least 1.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Input Dim</em>' attribute.
	 * @see #setInputDim(int)
	 * @see org.plateau.family.deeplinear.model.DeepLinearPackage#getRandomRegressionTask_InputDim()
	 * @model default="32"
	 * @generated
	 */
	int getInputDim();

	/**
	 * Sets the value of the '{@link org.plateau.family.deeplinear.model.RandomRegressionTask#getInputDim <em>Input Dim</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Input Dim</em>' attribute.
	 * @see #getInputDim()
	 * @generated
	 */
	void setInputDim(int value);

	/**
	 * Returns the value of the '<em><b>Output Dim</b></em>' attribute.
	 * The default value is <code>"32"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Number of outputs; at least 1.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Output Dim</em>' attribute.
	 * @see #setOutputDim(int)
	 * @see org.plateau.family.deeplinear.model.DeepLinearPackage#getRandomRegressionTask_OutputDim()
	 * @model default="32"
	 * @generated
	 */
	int getOutputDim();

	/**
	 * Sets the value of the '{@link org.plateau.family.deeplinear.model.RandomRegressionTask#getOutputDim <em>Output Dim</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Output Dim</em>' attribute.
	 * @see #getOutputDim()
	 * @generated
	 */
	void setOutputDim(int value);

	/**
	 * Returns the value of the '<em><b>Samples</b></em>' attribute.
	 * The default value is <code>"32"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Number of training samples P; at least 1, and at least inputDim when the inputs are whitened.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Samples</em>' attribute.
	 * @see #setSamples(int)
	 * @see org.plateau.family.deeplinear.model.DeepLinearPackage#getRandomRegressionTask_Samples()
	 * @model default="32"
	 *        annotation="http://www.plateau.org/display name='samples P'"
	 * @generated
	 */
	int getSamples();

	/**
	 * Sets the value of the '{@link org.plateau.family.deeplinear.model.RandomRegressionTask#getSamples <em>Samples</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Samples</em>' attribute.
	 * @see #getSamples()
	 * @generated
	 */
	void setSamples(int value);

	/**
	 * Returns the value of the '<em><b>Whitened</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the inputs are whitened (input correlation Sigma_xx = I), the condition under which the closed-form theory is exact.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Whitened</em>' attribute.
	 * @see #setWhitened(boolean)
	 * @see org.plateau.family.deeplinear.model.DeepLinearPackage#getRandomRegressionTask_Whitened()
	 * @model default="true"
	 * @generated
	 */
	boolean isWhitened();

	/**
	 * Sets the value of the '{@link org.plateau.family.deeplinear.model.RandomRegressionTask#isWhitened <em>Whitened</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Whitened</em>' attribute.
	 * @see #isWhitened()
	 * @generated
	 */
	void setWhitened(boolean value);

} // RandomRegressionTask
