/**
 * Code marked @generated is produced by EMF from model/deeplinear.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.family.deeplinear.model;

import org.eclipse.emf.common.util.EList;

import org.plateau.model.Task;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Spectrum Task</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Whitened synthetic regression whose input-output correlation Sigma_yx has exactly the given singular values (with random singular vectors), so that each mode's learning time can be set directly.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.plateau.family.deeplinear.model.SpectrumTask#getInputDim <em>Input Dim</em>}</li>
 *   <li>{@link org.plateau.family.deeplinear.model.SpectrumTask#getOutputDim <em>Output Dim</em>}</li>
 *   <li>{@link org.plateau.family.deeplinear.model.SpectrumTask#getSingularValues <em>Singular Values</em>}</li>
 * </ul>
 *
 * @see org.plateau.family.deeplinear.model.DeepLinearPackage#getSpectrumTask()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='dimensionsPositive singularValuesValid'"
 * @generated
 */
public interface SpectrumTask extends Task {
	/**
	 * Returns the value of the '<em><b>Input Dim</b></em>' attribute.
	 * The default value is <code>"5"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Number of inputs N1; at least 1.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Input Dim</em>' attribute.
	 * @see #setInputDim(int)
	 * @see org.plateau.family.deeplinear.model.DeepLinearPackage#getSpectrumTask_InputDim()
	 * @model default="5"
	 * @generated
	 */
	int getInputDim();

	/**
	 * Sets the value of the '{@link org.plateau.family.deeplinear.model.SpectrumTask#getInputDim <em>Input Dim</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Input Dim</em>' attribute.
	 * @see #getInputDim()
	 * @generated
	 */
	void setInputDim(int value);

	/**
	 * Returns the value of the '<em><b>Output Dim</b></em>' attribute.
	 * The default value is <code>"5"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Number of outputs N3; at least 1.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Output Dim</em>' attribute.
	 * @see #setOutputDim(int)
	 * @see org.plateau.family.deeplinear.model.DeepLinearPackage#getSpectrumTask_OutputDim()
	 * @model default="5"
	 * @generated
	 */
	int getOutputDim();

	/**
	 * Sets the value of the '{@link org.plateau.family.deeplinear.model.SpectrumTask#getOutputDim <em>Output Dim</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Output Dim</em>' attribute.
	 * @see #getOutputDim()
	 * @generated
	 */
	void setOutputDim(int value);

	/**
	 * Returns the value of the '<em><b>Singular Values</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Double}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Singular values s_alpha of Sigma_yx; each positive, at most min(inputDim, outputDim) of them. Their number is the task's rank.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Singular Values</em>' attribute list.
	 * @see org.plateau.family.deeplinear.model.DeepLinearPackage#getSpectrumTask_SingularValues()
	 * @model annotation="http://www.plateau.org/display name='singular values s'"
	 * @generated
	 */
	EList<Double> getSingularValues();

} // SpectrumTask
