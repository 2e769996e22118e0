/**
 * Code marked @generated is produced by EMF from model/committee.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.family.committee.model;

import org.plateau.model.Task;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Teacher Task</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The teacher of spec 3(a, b): y = sum_m A_m g(B_m . x/sqrt N) + sigma zeta, with B_m ~ N(0, I_N) drawn once from the seed, inputs x ~ N(0, I_N) drawn fresh at every step, and the label noise zeta ~ N(0, 1) in the training labels only.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.plateau.family.committee.model.TeacherTask#getInputDimension <em>Input Dimension</em>}</li>
 *   <li>{@link org.plateau.family.committee.model.TeacherTask#getTeacherUnits <em>Teacher Units</em>}</li>
 *   <li>{@link org.plateau.family.committee.model.TeacherTask#getActivation <em>Activation</em>}</li>
 *   <li>{@link org.plateau.family.committee.model.TeacherTask#getTeacherSecondLayer <em>Teacher Second Layer</em>}</li>
 *   <li>{@link org.plateau.family.committee.model.TeacherTask#getNoise <em>Noise</em>}</li>
 * </ul>
 *
 * @see org.plateau.family.committee.model.CommitteePackage#getTeacherTask()
 * @model
 * @generated
 */
public interface TeacherTask extends Task {
	/**
	 * Returns the value of the '<em><b>Input Dimension</b></em>' attribute.
	 * The default value is <code>"500"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * N, the number of inputs; the ODEs are exact as N grows (N = 500 and 5000 in the paper).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Input Dimension</em>' attribute.
	 * @see #setInputDimension(int)
	 * @see org.plateau.family.committee.model.CommitteePackage#getTeacherTask_InputDimension()
	 * @model default="500"
	 *        annotation="http://www.plateau.org/display name='input dimension N'"
	 * @generated
	 */
	int getInputDimension();

	/**
	 * Sets the value of the '{@link org.plateau.family.committee.model.TeacherTask#getInputDimension <em>Input Dimension</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Input Dimension</em>' attribute.
	 * @see #getInputDimension()
	 * @generated
	 */
	void setInputDimension(int value);

	/**
	 * Returns the value of the '<em><b>Teacher Units</b></em>' attribute.
	 * The default value is <code>"2"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * M, the teacher's hidden units.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Teacher Units</em>' attribute.
	 * @see #setTeacherUnits(int)
	 * @see org.plateau.family.committee.model.CommitteePackage#getTeacherTask_TeacherUnits()
	 * @model default="2"
	 *        annotation="http://www.plateau.org/display name='teacher units M'"
	 * @generated
	 */
	int getTeacherUnits();

	/**
	 * Sets the value of the '{@link org.plateau.family.committee.model.TeacherTask#getTeacherUnits <em>Teacher Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Teacher Units</em>' attribute.
	 * @see #getTeacherUnits()
	 * @generated
	 */
	void setTeacherUnits(int value);

	/**
	 * Returns the value of the '<em><b>Activation</b></em>' attribute.
	 * The default value is <code>"ERF"</code>.
	 * The literals are from the enumeration {@link org.plateau.family.committee.model.CommitteeActivation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * g of the teacher's and the student's hidden units (the paper: erf(x/sqrt 2)).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Activation</em>' attribute.
	 * @see org.plateau.family.committee.model.CommitteeActivation
	 * @see #setActivation(CommitteeActivation)
	 * @see org.plateau.family.committee.model.CommitteePackage#getTeacherTask_Activation()
	 * @model default="ERF"
	 *        annotation="http://www.plateau.org/display name='activation g'"
	 * @generated
	 */
	CommitteeActivation getActivation();

	/**
	 * Sets the value of the '{@link org.plateau.family.committee.model.TeacherTask#getActivation <em>Activation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Activation</em>' attribute.
	 * @see org.plateau.family.committee.model.CommitteeActivation
	 * @see #getActivation()
	 * @generated
	 */
	void setActivation(CommitteeActivation value);

	/**
	 * Returns the value of the '<em><b>Teacher Second Layer</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A_m, the same for every teacher unit (A = 1 in the paper's main experiments).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Teacher Second Layer</em>' attribute.
	 * @see #setTeacherSecondLayer(double)
	 * @see org.plateau.family.committee.model.CommitteePackage#getTeacherTask_TeacherSecondLayer()
	 * @model default="1.0"
	 *        annotation="http://www.plateau.org/display name='teacher second layer A'"
	 * @generated
	 */
	double getTeacherSecondLayer();

	/**
	 * Sets the value of the '{@link org.plateau.family.committee.model.TeacherTask#getTeacherSecondLayer <em>Teacher Second Layer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Teacher Second Layer</em>' attribute.
	 * @see #getTeacherSecondLayer()
	 * @generated
	 */
	void setTeacherSecondLayer(double value);

	/**
	 * Returns the value of the '<em><b>Noise</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * sigma, the standard deviation of the Gaussian noise added to each training label; the generalisation error is measured without it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Noise</em>' attribute.
	 * @see #setNoise(double)
	 * @see org.plateau.family.committee.model.CommitteePackage#getTeacherTask_Noise()
	 * @model default="0.0"
	 *        annotation="http://www.plateau.org/display name='label noise \u03c3'"
	 * @generated
	 */
	double getNoise();

	/**
	 * Sets the value of the '{@link org.plateau.family.committee.model.TeacherTask#getNoise <em>Noise</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Noise</em>' attribute.
	 * @see #getNoise()
	 * @generated
	 */
	void setNoise(double value);

} // TeacherTask
