/**
 * Code marked @generated is produced by EMF from model/deeplinear.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.family.deeplinear.model;

import org.plateau.model.Task;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Teacher Student Task</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The high-dimensional linear teacher-student task of Advani and Saxe (2017): P examples x with i.i.d. N(0, 1/N) entries, labels y = w_bar . x + eps from a teacher w_bar with i.i.d. N(0, weightVariance) entries and label noise of variance noiseVariance. Train a shallow network (depth 1) with one output on it, with the SUM loss; the generalization error follows the Marchenko-Pastur theory, with its overtraining peak at alpha = P/N = 1.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.plateau.family.deeplinear.model.TeacherStudentTask#getInputDim <em>Input Dim</em>}</li>
 *   <li>{@link org.plateau.family.deeplinear.model.TeacherStudentTask#getSamples <em>Samples</em>}</li>
 *   <li>{@link org.plateau.family.deeplinear.model.TeacherStudentTask#getWeightVariance <em>Weight Variance</em>}</li>
 *   <li>{@link org.plateau.family.deeplinear.model.TeacherStudentTask#getNoiseVariance <em>Noise Variance</em>}</li>
 * </ul>
 *
 * @see org.plateau.family.deeplinear.model.DeepLinearPackage#getTeacherStudentTask()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='dimensionsPositive variancesValid'"
 * @generated
 */
public interface TeacherStudentTask extends Task {
	/**
	 * Returns the value of the '<em><b>Input Dim</b></em>' attribute.
	 * The default value is <code>"400"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Input dimension N; at least 1.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Input Dim</em>' attribute.
	 * @see #setInputDim(int)
	 * @see org.plateau.family.deeplinear.model.DeepLinearPackage#getTeacherStudentTask_InputDim()
	 * @model default="400"
	 *        annotation="http://www.plateau.org/display name='input dimension N'"
	 * @generated
	 */
	int getInputDim();

	/**
	 * Sets the value of the '{@link org.plateau.family.deeplinear.model.TeacherStudentTask#getInputDim <em>Input Dim</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Input Dim</em>' attribute.
	 * @see #getInputDim()
	 * @generated
	 */
	void setInputDim(int value);

	/**
	 * Returns the value of the '<em><b>Samples</b></em>' attribute.
	 * The default value is <code>"400"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Number of training examples P; at least 1. The load is alpha = P/N.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Samples</em>' attribute.
	 * @see #setSamples(int)
	 * @see org.plateau.family.deeplinear.model.DeepLinearPackage#getTeacherStudentTask_Samples()
	 * @model default="400"
	 *        annotation="http://www.plateau.org/display name='samples P'"
	 * @generated
	 */
	int getSamples();

	/**
	 * Sets the value of the '{@link org.plateau.family.deeplinear.model.TeacherStudentTask#getSamples <em>Samples</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Samples</em>' attribute.
	 * @see #getSamples()
	 * @generated
	 */
	void setSamples(int value);

	/**
	 * Returns the value of the '<em><b>Weight Variance</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Variance sigma_w^2 of the teacher's weights; positive.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Weight Variance</em>' attribute.
	 * @see #setWeightVariance(double)
	 * @see org.plateau.family.deeplinear.model.DeepLinearPackage#getTeacherStudentTask_WeightVariance()
	 * @model default="1.0"
	 *        annotation="http://www.plateau.org/display name='teacher weight variance \u03c3\262_w'"
	 * @generated
	 */
	double getWeightVariance();

	/**
	 * Sets the value of the '{@link org.plateau.family.deeplinear.model.TeacherStudentTask#getWeightVariance <em>Weight Variance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Weight Variance</em>' attribute.
	 * @see #getWeightVariance()
	 * @generated
	 */
	void setWeightVariance(double value);

	/**
	 * Returns the value of the '<em><b>Noise Variance</b></em>' attribute.
	 * The default value is <code>"0.25"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Variance sigma_eps^2 of the label noise; non-negative. SNR = weightVariance / noiseVariance.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Noise Variance</em>' attribute.
	 * @see #setNoiseVariance(double)
	 * @see org.plateau.family.deeplinear.model.DeepLinearPackage#getTeacherStudentTask_NoiseVariance()
	 * @model default="0.25"
	 *        annotation="http://www.plateau.org/display name='noise variance \u03c3\262_\u03b5'"
	 * @generated
	 */
	double getNoiseVariance();

	/**
	 * Sets the value of the '{@link org.plateau.family.deeplinear.model.TeacherStudentTask#getNoiseVariance <em>Noise Variance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Noise Variance</em>' attribute.
	 * @see #getNoiseVariance()
	 * @generated
	 */
	void setNoiseVariance(double value);

} // TeacherStudentTask
