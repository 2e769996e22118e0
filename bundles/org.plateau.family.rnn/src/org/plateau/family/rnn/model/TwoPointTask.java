/**
 * Code marked @generated is produced by EMF from model/rnn.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.family.rnn.model;

import org.plateau.model.Task;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Two Point Task</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The two data points of the 2024 paper's '2 points' experiment (spec 1.1(b)): x_A = -1/sqrt(d_in) 1, x_B = (-1 + sqrt(dx2))/sqrt(d_in) 1, y_A* = 0.6/sqrt(d_out) 1, y_B* = (0.6 + sqrt(dy2))/sqrt(d_out) 1, so that ||x_B - x_A||^2 = dx2 and ||y_B* - y_A*||^2 = dy2.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.plateau.family.rnn.model.TwoPointTask#getInputDistance <em>Input Distance</em>}</li>
 *   <li>{@link org.plateau.family.rnn.model.TwoPointTask#getOutputDistance <em>Output Distance</em>}</li>
 *   <li>{@link org.plateau.family.rnn.model.TwoPointTask#getInputDimension <em>Input Dimension</em>}</li>
 *   <li>{@link org.plateau.family.rnn.model.TwoPointTask#getOutputDimension <em>Output Dimension</em>}</li>
 * </ul>
 *
 * @see org.plateau.family.rnn.model.RnnPackage#getTwoPointTask()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='distancesPositive dimensionsPositive'"
 * @generated
 */
public interface TwoPointTask extends Task {
	/**
	 * Returns the value of the '<em><b>Input Distance</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ||x_B - x_A||^2 (1 in the paper).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Input Distance</em>' attribute.
	 * @see #setInputDistance(double)
	 * @see org.plateau.family.rnn.model.RnnPackage#getTwoPointTask_InputDistance()
	 * @model default="1.0"
	 *        annotation="http://www.plateau.org/display name='input distance dx2'"
	 * @generated
	 */
	double getInputDistance();

	/**
	 * Sets the value of the '{@link org.plateau.family.rnn.model.TwoPointTask#getInputDistance <em>Input Distance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Input Distance</em>' attribute.
	 * @see #getInputDistance()
	 * @generated
	 */
	void setInputDistance(double value);

	/**
	 * Returns the value of the '<em><b>Output Distance</b></em>' attribute.
	 * The default value is <code>"0.5"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ||y_B* - y_A*||^2 (0.5 in the paper).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Output Distance</em>' attribute.
	 * @see #setOutputDistance(double)
	 * @see org.plateau.family.rnn.model.RnnPackage#getTwoPointTask_OutputDistance()
	 * @model default="0.5"
	 *        annotation="http://www.plateau.org/display name='target distance dy2'"
	 * @generated
	 */
	double getOutputDistance();

	/**
	 * Sets the value of the '{@link org.plateau.family.rnn.model.TwoPointTask#getOutputDistance <em>Output Distance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Output Distance</em>' attribute.
	 * @see #getOutputDistance()
	 * @generated
	 */
	void setOutputDistance(double value);

	/**
	 * Returns the value of the '<em><b>Input Dimension</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Dimension of the inputs (1 in the paper).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Input Dimension</em>' attribute.
	 * @see #setInputDimension(int)
	 * @see org.plateau.family.rnn.model.RnnPackage#getTwoPointTask_InputDimension()
	 * @model default="1"
	 *        annotation="http://www.plateau.org/display name='input dimension d_in'"
	 * @generated
	 */
	int getInputDimension();

	/**
	 * Sets the value of the '{@link org.plateau.family.rnn.model.TwoPointTask#getInputDimension <em>Input Dimension</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Input Dimension</em>' attribute.
	 * @see #getInputDimension()
	 * @generated
	 */
	void setInputDimension(int value);

	/**
	 * Returns the value of the '<em><b>Output Dimension</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Dimension of the outputs (1 in the paper).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Output Dimension</em>' attribute.
	 * @see #setOutputDimension(int)
	 * @see org.plateau.family.rnn.model.RnnPackage#getTwoPointTask_OutputDimension()
	 * @model default="1"
	 *        annotation="http://www.plateau.org/display name='output dimension d_out'"
	 * @generated
	 */
	int getOutputDimension();

	/**
	 * Sets the value of the '{@link org.plateau.family.rnn.model.TwoPointTask#getOutputDimension <em>Output Dimension</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Output Dimension</em>' attribute.
	 * @see #getOutputDimension()
	 * @generated
	 */
	void setOutputDimension(int value);

} // TwoPointTask
