/**
 * Code marked @generated is produced by EMF from model/rnn.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.family.rnn.model;

import org.plateau.model.Architecture;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Expansion Model</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The linearised maps around the pair, trained by gradient descent with one learning rate per parameter group (2025 App. B): at the mean expansion point y = ybar_i + (1/2) D_i (h_a - h_(not a)) (eqs 2-9, reduced to 3 scalars), or at a fixed one, y = b_i + D_i h_a (eqs 36-43, 9 scalars).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.plateau.family.rnn.model.ExpansionModel#getExpansionPoint <em>Expansion Point</em>}</li>
 *   <li>{@link org.plateau.family.rnn.model.ExpansionModel#getHiddenRate1 <em>Hidden Rate1</em>}</li>
 *   <li>{@link org.plateau.family.rnn.model.ExpansionModel#getHiddenRate2 <em>Hidden Rate2</em>}</li>
 *   <li>{@link org.plateau.family.rnn.model.ExpansionModel#getReadoutRate <em>Readout Rate</em>}</li>
 *   <li>{@link org.plateau.family.rnn.model.ExpansionModel#getBiasRate <em>Bias Rate</em>}</li>
 * </ul>
 *
 * @see org.plateau.family.rnn.model.RnnPackage#getExpansionModel()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='ratesPositive'"
 * @generated
 */
public interface ExpansionModel extends Architecture {
	/**
	 * Returns the value of the '<em><b>Expansion Point</b></em>' attribute.
	 * The default value is <code>"FIXED"</code>.
	 * The literals are from the enumeration {@link org.plateau.family.rnn.model.ExpansionPoint}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the maps are linearised.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Expansion Point</em>' attribute.
	 * @see org.plateau.family.rnn.model.ExpansionPoint
	 * @see #setExpansionPoint(ExpansionPoint)
	 * @see org.plateau.family.rnn.model.RnnPackage#getExpansionModel_ExpansionPoint()
	 * @model default="FIXED"
	 *        annotation="http://www.plateau.org/display name='expansion point'"
	 * @generated
	 */
	ExpansionPoint getExpansionPoint();

	/**
	 * Sets the value of the '{@link org.plateau.family.rnn.model.ExpansionModel#getExpansionPoint <em>Expansion Point</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Expansion Point</em>' attribute.
	 * @see org.plateau.family.rnn.model.ExpansionPoint
	 * @see #getExpansionPoint()
	 * @generated
	 */
	void setExpansionPoint(ExpansionPoint value);

	/**
	 * Returns the value of the '<em><b>Hidden Rate1</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * eta_h1 / eta: the learning rate of h1 relative to the training's (1/tau_h1).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Hidden Rate1</em>' attribute.
	 * @see #setHiddenRate1(double)
	 * @see org.plateau.family.rnn.model.RnnPackage#getExpansionModel_HiddenRate1()
	 * @model default="1.0"
	 *        annotation="http://www.plateau.org/display name='hidden rate 1'"
	 * @generated
	 */
	double getHiddenRate1();

	/**
	 * Sets the value of the '{@link org.plateau.family.rnn.model.ExpansionModel#getHiddenRate1 <em>Hidden Rate1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hidden Rate1</em>' attribute.
	 * @see #getHiddenRate1()
	 * @generated
	 */
	void setHiddenRate1(double value);

	/**
	 * Returns the value of the '<em><b>Hidden Rate2</b></em>' attribute.
	 * The default value is <code>"10.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * eta_h2 / eta (the notebook: 10; ratios 1:1, 1:3, 1:10).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Hidden Rate2</em>' attribute.
	 * @see #setHiddenRate2(double)
	 * @see org.plateau.family.rnn.model.RnnPackage#getExpansionModel_HiddenRate2()
	 * @model default="10.0"
	 *        annotation="http://www.plateau.org/display name='hidden rate 2'"
	 * @generated
	 */
	double getHiddenRate2();

	/**
	 * Sets the value of the '{@link org.plateau.family.rnn.model.ExpansionModel#getHiddenRate2 <em>Hidden Rate2</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hidden Rate2</em>' attribute.
	 * @see #getHiddenRate2()
	 * @generated
	 */
	void setHiddenRate2(double value);

	/**
	 * Returns the value of the '<em><b>Readout Rate</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * eta_a / eta, of the read-out maps D_i (1/tau_y).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Readout Rate</em>' attribute.
	 * @see #setReadoutRate(double)
	 * @see org.plateau.family.rnn.model.RnnPackage#getExpansionModel_ReadoutRate()
	 * @model default="1.0"
	 *        annotation="http://www.plateau.org/display name='read-out rate'"
	 * @generated
	 */
	double getReadoutRate();

	/**
	 * Sets the value of the '{@link org.plateau.family.rnn.model.ExpansionModel#getReadoutRate <em>Readout Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Readout Rate</em>' attribute.
	 * @see #getReadoutRate()
	 * @generated
	 */
	void setReadoutRate(double value);

	/**
	 * Returns the value of the '<em><b>Bias Rate</b></em>' attribute.
	 * The default value is <code>"0.25"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * eta_b / eta, of the biases b_i or mean predictions ybar_i (the notebook: 1/4).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Bias Rate</em>' attribute.
	 * @see #setBiasRate(double)
	 * @see org.plateau.family.rnn.model.RnnPackage#getExpansionModel_BiasRate()
	 * @model default="0.25"
	 *        annotation="http://www.plateau.org/display name='bias rate'"
	 * @generated
	 */
	double getBiasRate();

	/**
	 * Sets the value of the '{@link org.plateau.family.rnn.model.ExpansionModel#getBiasRate <em>Bias Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bias Rate</em>' attribute.
	 * @see #getBiasRate()
	 * @generated
	 */
	void setBiasRate(double value);

} // ExpansionModel
