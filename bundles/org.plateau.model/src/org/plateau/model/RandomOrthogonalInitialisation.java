/**
 * Code marked @generated is produced by EMF from model/experiment.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Random Orthogonal Initialisation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Random orthogonal weight matrices multiplied by gain (Saxe et al. 2014): dynamical isometry for deep linear networks.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.plateau.model.RandomOrthogonalInitialisation#getGain <em>Gain</em>}</li>
 * </ul>
 *
 * @see org.plateau.model.PlateauPackage#getRandomOrthogonalInitialisation()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='gainPositive'"
 * @generated
 */
public interface RandomOrthogonalInitialisation extends Initialisation {
	/**
	 * Returns the value of the '<em><b>Gain</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Factor applied to the random orthogonal matrices; must be positive.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Gain</em>' attribute.
	 * @see #setGain(double)
	 * @see org.plateau.model.PlateauPackage#getRandomOrthogonalInitialisation_Gain()
	 * @model default="1.0"
	 * @generated
	 */
	double getGain();

	/**
	 * Sets the value of the '{@link org.plateau.model.RandomOrthogonalInitialisation#getGain <em>Gain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Gain</em>' attribute.
	 * @see #getGain()
	 * @generated
	 */
	void setGain(double value);

} // RandomOrthogonalInitialisation
