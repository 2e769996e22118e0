/**
 * Code marked @generated is produced by EMF from model/gated.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.family.gated.model;

import org.plateau.model.Initialisation;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Decoupled Initialisation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The decoupled initialisation of the neural race reduction (spec 2(c)): W_e = R_t b0 R_s^T on the first K modes of every edge, with the task's singular vectors at input and output nodes and random orthonormal bases (from the seed) at hidden nodes.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.plateau.family.gated.model.DecoupledInitialisation#getB0 <em>B0</em>}</li>
 * </ul>
 *
 * @see org.plateau.family.gated.model.GatedPackage#getDecoupledInitialisation()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='b0Positive'"
 * @generated
 */
public interface DecoupledInitialisation extends Initialisation {
	/**
	 * Returns the value of the '<em><b>B0</b></em>' attribute.
	 * The default value is <code>"0.08"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The initial mode strength of every edge.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>B0</em>' attribute.
	 * @see #setB0(double)
	 * @see org.plateau.family.gated.model.GatedPackage#getDecoupledInitialisation_B0()
	 * @model default="0.08"
	 *        annotation="http://www.plateau.org/display name='initial strength b\u2080'"
	 * @generated
	 */
	double getB0();

	/**
	 * Sets the value of the '{@link org.plateau.family.gated.model.DecoupledInitialisation#getB0 <em>B0</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>B0</em>' attribute.
	 * @see #getB0()
	 * @generated
	 */
	void setB0(double value);

} // DecoupledInitialisation
