/**
 * Code marked @generated is produced by EMF from model/experiment.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Aligned Balanced Initialisation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Decoupled (aligned, balanced) initialisation: the weights' singular vectors are aligned with those of the input-output correlation and every mode starts with strength a0, so that each mode follows the closed-form sigmoidal trajectory of Saxe et al. (2014).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.plateau.model.AlignedBalancedInitialisation#getA0 <em>A0</em>}</li>
 * </ul>
 *
 * @see org.plateau.model.PlateauPackage#getAlignedBalancedInitialisation()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='a0Positive'"
 * @generated
 */
public interface AlignedBalancedInitialisation extends Initialisation {
	/**
	 * Returns the value of the '<em><b>A0</b></em>' attribute.
	 * The default value is <code>"1e-3"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Initial strength of every mode (product of the layers' singular values); must be positive.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>A0</em>' attribute.
	 * @see #setA0(double)
	 * @see org.plateau.model.PlateauPackage#getAlignedBalancedInitialisation_A0()
	 * @model default="1e-3"
	 *        annotation="http://www.plateau.org/display name='initial strength a\u2080'"
	 * @generated
	 */
	double getA0();

	/**
	 * Sets the value of the '{@link org.plateau.model.AlignedBalancedInitialisation#getA0 <em>A0</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>A0</em>' attribute.
	 * @see #getA0()
	 * @generated
	 */
	void setA0(double value);

} // AlignedBalancedInitialisation
