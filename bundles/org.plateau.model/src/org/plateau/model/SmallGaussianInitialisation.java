/**
 * Code marked @generated is produced by EMF from model/experiment.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Small Gaussian Initialisation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Independent Gaussian entries of standard deviation scale: the small random initialisation of Saxe et al. (2014), from which learning shows plateaus and sudden transitions.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.plateau.model.SmallGaussianInitialisation#getScale <em>Scale</em>}</li>
 * </ul>
 *
 * @see org.plateau.model.PlateauPackage#getSmallGaussianInitialisation()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='scaleNonNegative'"
 * @generated
 */
public interface SmallGaussianInitialisation extends Initialisation {
	/**
	 * Returns the value of the '<em><b>Scale</b></em>' attribute.
	 * The default value is <code>"1e-3"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Standard deviation of each weight entry; must be non-negative.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scale</em>' attribute.
	 * @see #setScale(double)
	 * @see org.plateau.model.PlateauPackage#getSmallGaussianInitialisation_Scale()
	 * @model default="1e-3"
	 *        annotation="http://www.plateau.org/display name='initial scale \u03c3'"
	 * @generated
	 */
	double getScale();

	/**
	 * Sets the value of the '{@link org.plateau.model.SmallGaussianInitialisation#getScale <em>Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scale</em>' attribute.
	 * @see #getScale()
	 * @generated
	 */
	void setScale(double value);

} // SmallGaussianInitialisation
