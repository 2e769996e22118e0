/**
 * Code marked @generated is produced by EMF from model/deeplinear.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.family.deeplinear.model;

import org.plateau.model.Initialisation;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Lambda Balanced Initialisation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Lambda-balanced initialisation of a two-layer network, W2^T W2 - W1 W1^T = lambda I (Braun et al. 2022): lambda = 0 is the balanced rich regime, large |lambda| the lazy regime.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.plateau.family.deeplinear.model.LambdaBalancedInitialisation#getLambda <em>Lambda</em>}</li>
 *   <li>{@link org.plateau.family.deeplinear.model.LambdaBalancedInitialisation#getScale <em>Scale</em>}</li>
 * </ul>
 *
 * @see org.plateau.family.deeplinear.model.DeepLinearPackage#getLambdaBalancedInitialisation()
 * @model
 * @generated
 */
public interface LambdaBalancedInitialisation extends Initialisation {
	/**
	 * Returns the value of the '<em><b>Lambda</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Relative scale lambda of the two layers; 0 for balanced weights.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Lambda</em>' attribute.
	 * @see #setLambda(double)
	 * @see org.plateau.family.deeplinear.model.DeepLinearPackage#getLambdaBalancedInitialisation_Lambda()
	 * @model default="0.0"
	 *        annotation="http://www.plateau.org/display name='relative scale \u03bb'"
	 * @generated
	 */
	double getLambda();

	/**
	 * Sets the value of the '{@link org.plateau.family.deeplinear.model.LambdaBalancedInitialisation#getLambda <em>Lambda</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lambda</em>' attribute.
	 * @see #getLambda()
	 * @generated
	 */
	void setLambda(double value);

	/**
	 * Returns the value of the '<em><b>Scale</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Overall scale of the initial weights.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scale</em>' attribute.
	 * @see #setScale(double)
	 * @see org.plateau.family.deeplinear.model.DeepLinearPackage#getLambdaBalancedInitialisation_Scale()
	 * @model default="1.0"
	 *        annotation="http://www.plateau.org/display name='initial scale \u03c3'"
	 * @generated
	 */
	double getScale();

	/**
	 * Sets the value of the '{@link org.plateau.family.deeplinear.model.LambdaBalancedInitialisation#getScale <em>Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scale</em>' attribute.
	 * @see #getScale()
	 * @generated
	 */
	void setScale(double value);

} // LambdaBalancedInitialisation
