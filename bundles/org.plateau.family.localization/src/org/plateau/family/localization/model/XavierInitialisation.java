/**
 * Code marked @generated is produced by EMF from model/localization.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.family.localization.model;

import org.plateau.model.Initialisation;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Xavier Initialisation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Xavier-normal weights times sqrt(scale) (the authors' initializers.py): w ~ N(0, 2 scale/(D + K)); biases start at 0.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.plateau.family.localization.model.XavierInitialisation#getScale <em>Scale</em>}</li>
 * </ul>
 *
 * @see org.plateau.family.localization.model.LocalizationPackage#getXavierInitialisation()
 * @model
 * @generated
 */
public interface XavierInitialisation extends Initialisation {
	/**
	 * Returns the value of the '<em><b>Scale</b></em>' attribute.
	 * The default value is <code>"0.001"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * init_scale: 0.001 for the single neuron, 0.1 for the 10 sigmoid neurons, 0.01 for the 2-D net.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scale</em>' attribute.
	 * @see #setScale(double)
	 * @see org.plateau.family.localization.model.LocalizationPackage#getXavierInitialisation_Scale()
	 * @model default="0.001"
	 *        annotation="http://www.plateau.org/display name='initial scale'"
	 * @generated
	 */
	double getScale();

	/**
	 * Sets the value of the '{@link org.plateau.family.localization.model.XavierInitialisation#getScale <em>Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scale</em>' attribute.
	 * @see #getScale()
	 * @generated
	 */
	void setScale(double value);

} // XavierInitialisation
