/**
 * Code marked @generated is produced by EMF from model/reln.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.family.reln.model;

import org.plateau.model.Architecture;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Network</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The rectified linear network of the contextual task (spec 3(a)): a common module (objects and context, on for every datapoint) and one linear module per proper subset of the contexts (objects only, on in those contexts): for 3 contexts the single-context modules a, b, c and the pair modules d (1, 2), e (2, 3), f (1, 3). The output is the sum of the modules on; the common module learns from its own loss, the others the residual it leaves.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.plateau.family.reln.model.RelnNetwork#getModuleWidth <em>Module Width</em>}</li>
 *   <li>{@link org.plateau.family.reln.model.RelnNetwork#getCommonScaleRatio <em>Common Scale Ratio</em>}</li>
 * </ul>
 *
 * @see org.plateau.family.reln.model.RelnPackage#getRelnNetwork()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='moduleWidthPositive'"
 * @generated
 */
public interface RelnNetwork extends Architecture {
	/**
	 * Returns the value of the '<em><b>Module Width</b></em>' attribute.
	 * The default value is <code>"100"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Hidden units of every module.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Module Width</em>' attribute.
	 * @see #setModuleWidth(int)
	 * @see org.plateau.family.reln.model.RelnPackage#getRelnNetwork_ModuleWidth()
	 * @model default="100"
	 * @generated
	 */
	int getModuleWidth();

	/**
	 * Sets the value of the '{@link org.plateau.family.reln.model.RelnNetwork#getModuleWidth <em>Module Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Module Width</em>' attribute.
	 * @see #getModuleWidth()
	 * @generated
	 */
	void setModuleWidth(int value);

	/**
	 * Returns the value of the '<em><b>Common Scale Ratio</b></em>' attribute.
	 * The default value is <code>"0.5"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Initial scale of the common module relative to the initialisation scale of the others (the paper: 10x against 20x).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Common Scale Ratio</em>' attribute.
	 * @see #setCommonScaleRatio(double)
	 * @see org.plateau.family.reln.model.RelnPackage#getRelnNetwork_CommonScaleRatio()
	 * @model default="0.5"
	 *        annotation="http://www.plateau.org/display name='common scale ratio'"
	 * @generated
	 */
	double getCommonScaleRatio();

	/**
	 * Sets the value of the '{@link org.plateau.family.reln.model.RelnNetwork#getCommonScaleRatio <em>Common Scale Ratio</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Common Scale Ratio</em>' attribute.
	 * @see #getCommonScaleRatio()
	 * @generated
	 */
	void setCommonScaleRatio(double value);

} // RelnNetwork
