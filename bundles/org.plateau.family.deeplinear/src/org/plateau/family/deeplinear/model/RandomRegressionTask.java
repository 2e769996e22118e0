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
 *   <li>{@link org.plateau.family.deeplinear.model.RandomRegressionTask#getTeacherScale <em>Teacher Scale</em>}</li>
 *   <li>{@link org.plateau.family.deeplinear.model.RandomRegressionTask#getNoiseScale <em>Noise Scale</em>}</li>
 * </ul>
 *
 * @see org.plateau.family.deeplinear.model.DeepLinearPackage#getRandomRegressionTask()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='dimensionsPositive enoughSamplesToWhiten scalesValid'"
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

	/**
	 * Returns the value of the '<em><b>Teacher Scale</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Scale c of the teacher W_t, whose entries are i.i.d. N(0, c^2 / inputDim); positive. 1 (the default) gives singular values of order 1; sqrt(inputDim) gives N(0, 1) entries, the teacher of Dominé et al. (2024, spec C1.11: c = 2 for 4 inputs).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Teacher Scale</em>' attribute.
	 * @see #setTeacherScale(double)
	 * @see org.plateau.family.deeplinear.model.DeepLinearPackage#getRandomRegressionTask_TeacherScale()
	 * @model default="1.0"
	 *        annotation="http://www.plateau.org/display name='teacher scale'"
	 * @generated
	 */
	double getTeacherScale();

	/**
	 * Sets the value of the '{@link org.plateau.family.deeplinear.model.RandomRegressionTask#getTeacherScale <em>Teacher Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Teacher Scale</em>' attribute.
	 * @see #getTeacherScale()
	 * @generated
	 */
	void setTeacherScale(double value);

	/**
	 * Returns the value of the '<em><b>Noise Scale</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Standard deviation sigma of the label noise: Y = W_t X + sigma N with N i.i.d. N(0, 1), drawn after the inputs; non-negative. 0 (the default) is a noise-free teacher; spec C1.11 uses 0.3.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Noise Scale</em>' attribute.
	 * @see #setNoiseScale(double)
	 * @see org.plateau.family.deeplinear.model.DeepLinearPackage#getRandomRegressionTask_NoiseScale()
	 * @model default="0.0"
	 *        annotation="http://www.plateau.org/display name='label noise \u03c3'"
	 * @generated
	 */
	double getNoiseScale();

	/**
	 * Sets the value of the '{@link org.plateau.family.deeplinear.model.RandomRegressionTask#getNoiseScale <em>Noise Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Noise Scale</em>' attribute.
	 * @see #getNoiseScale()
	 * @generated
	 */
	void setNoiseScale(double value);

} // RandomRegressionTask
