/**
 * Code marked @generated is produced by EMF from model/committee.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.family.committee.model;

import org.plateau.model.Architecture;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Student Committee</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The student of spec 3(a): yhat = sum_k v_k g(w_k . x/sqrt N), K = M + L hidden units. With the second layer fixed (v = 1) it is a soft committee machine; trained, v follows SGD with the learning rate eta_v/N.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.plateau.family.committee.model.StudentCommittee#getHiddenUnits <em>Hidden Units</em>}</li>
 *   <li>{@link org.plateau.family.committee.model.StudentCommittee#getSecondLayer <em>Second Layer</em>}</li>
 *   <li>{@link org.plateau.family.committee.model.StudentCommittee#getSecondLayerLearningRate <em>Second Layer Learning Rate</em>}</li>
 *   <li>{@link org.plateau.family.committee.model.StudentCommittee#getWeightDecay <em>Weight Decay</em>}</li>
 * </ul>
 *
 * @see org.plateau.family.committee.model.CommitteePackage#getStudentCommittee()
 * @model
 * @generated
 */
public interface StudentCommittee extends Architecture {
	/**
	 * Returns the value of the '<em><b>Hidden Units</b></em>' attribute.
	 * The default value is <code>"2"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * K = M + L, the student's hidden units (L >= 0 extra units over-parameterise it).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Hidden Units</em>' attribute.
	 * @see #setHiddenUnits(int)
	 * @see org.plateau.family.committee.model.CommitteePackage#getStudentCommittee_HiddenUnits()
	 * @model default="2"
	 *        annotation="http://www.plateau.org/display name='student units K'"
	 * @generated
	 */
	int getHiddenUnits();

	/**
	 * Sets the value of the '{@link org.plateau.family.committee.model.StudentCommittee#getHiddenUnits <em>Hidden Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hidden Units</em>' attribute.
	 * @see #getHiddenUnits()
	 * @generated
	 */
	void setHiddenUnits(int value);

	/**
	 * Returns the value of the '<em><b>Second Layer</b></em>' attribute.
	 * The default value is <code>"FIXED"</code>.
	 * The literals are from the enumeration {@link org.plateau.family.committee.model.SecondLayer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Fixed at v = 1 (the soft committee machine) or trained by SGD with the first layer (both layers).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Second Layer</em>' attribute.
	 * @see org.plateau.family.committee.model.SecondLayer
	 * @see #setSecondLayer(SecondLayer)
	 * @see org.plateau.family.committee.model.CommitteePackage#getStudentCommittee_SecondLayer()
	 * @model default="FIXED"
	 *        annotation="http://www.plateau.org/display name='second layer v'"
	 * @generated
	 */
	SecondLayer getSecondLayer();

	/**
	 * Sets the value of the '{@link org.plateau.family.committee.model.StudentCommittee#getSecondLayer <em>Second Layer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Second Layer</em>' attribute.
	 * @see org.plateau.family.committee.model.SecondLayer
	 * @see #getSecondLayer()
	 * @generated
	 */
	void setSecondLayer(SecondLayer value);

	/**
	 * Returns the value of the '<em><b>Second Layer Learning Rate</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * eta_v of the second layer's update v_k -= (eta_v/N) g(lambda_k) Delta; 0 takes the first layer's eta.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Second Layer Learning Rate</em>' attribute.
	 * @see #setSecondLayerLearningRate(double)
	 * @see org.plateau.family.committee.model.CommitteePackage#getStudentCommittee_SecondLayerLearningRate()
	 * @model default="0.0"
	 *        annotation="http://www.plateau.org/display name='second-layer learning rate \u03b7_v'"
	 * @generated
	 */
	double getSecondLayerLearningRate();

	/**
	 * Sets the value of the '{@link org.plateau.family.committee.model.StudentCommittee#getSecondLayerLearningRate <em>Second Layer Learning Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Second Layer Learning Rate</em>' attribute.
	 * @see #getSecondLayerLearningRate()
	 * @generated
	 */
	void setSecondLayerLearningRate(double value);

	/**
	 * Returns the value of the '<em><b>Weight Decay</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * wd of the first layer: w_k -= (wd/N) w_k each step, so dR/dt gains -wd R and dQ/dt -2 wd Q (spec 3(d)).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Weight Decay</em>' attribute.
	 * @see #setWeightDecay(double)
	 * @see org.plateau.family.committee.model.CommitteePackage#getStudentCommittee_WeightDecay()
	 * @model default="0.0"
	 *        annotation="http://www.plateau.org/display name='weight decay'"
	 * @generated
	 */
	double getWeightDecay();

	/**
	 * Sets the value of the '{@link org.plateau.family.committee.model.StudentCommittee#getWeightDecay <em>Weight Decay</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Weight Decay</em>' attribute.
	 * @see #getWeightDecay()
	 * @generated
	 */
	void setWeightDecay(double value);

} // StudentCommittee
