/**
 * Code marked @generated is produced by EMF from model/deeplinear.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.family.deeplinear.model;

import org.plateau.model.Architecture;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Network</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Fully connected linear network y = W_D ... W_1 x without biases. Its input and output sizes are those of the task.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.plateau.family.deeplinear.model.DeepLinearNetwork#getDepth <em>Depth</em>}</li>
 *   <li>{@link org.plateau.family.deeplinear.model.DeepLinearNetwork#getHiddenWidth <em>Hidden Width</em>}</li>
 * </ul>
 *
 * @see org.plateau.family.deeplinear.model.DeepLinearPackage#getDeepLinearNetwork()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='depthPositive hiddenWidthPositive hiddenWidthCoversTaskRank trainingHonoured'"
 * @generated
 */
public interface DeepLinearNetwork extends Architecture {
	/**
	 * Returns the value of the '<em><b>Depth</b></em>' attribute.
	 * The default value is <code>"2"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Number D of weight matrices; 1 is a shallow network, 2 has one hidden layer. At least 1.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Depth</em>' attribute.
	 * @see #setDepth(int)
	 * @see org.plateau.family.deeplinear.model.DeepLinearPackage#getDeepLinearNetwork_Depth()
	 * @model default="2"
	 * @generated
	 */
	int getDepth();

	/**
	 * Sets the value of the '{@link org.plateau.family.deeplinear.model.DeepLinearNetwork#getDepth <em>Depth</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Depth</em>' attribute.
	 * @see #getDepth()
	 * @generated
	 */
	void setDepth(int value);

	/**
	 * Returns the value of the '<em><b>Hidden Width</b></em>' attribute.
	 * The default value is <code>"32"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Width of every hidden layer (unused when depth is 1); at least 1, and at least the task's rank so that every mode can be learnt.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Hidden Width</em>' attribute.
	 * @see #setHiddenWidth(int)
	 * @see org.plateau.family.deeplinear.model.DeepLinearPackage#getDeepLinearNetwork_HiddenWidth()
	 * @model default="32"
	 *        annotation="http://www.plateau.org/display name='hidden width N_h'"
	 * @generated
	 */
	int getHiddenWidth();

	/**
	 * Sets the value of the '{@link org.plateau.family.deeplinear.model.DeepLinearNetwork#getHiddenWidth <em>Hidden Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hidden Width</em>' attribute.
	 * @see #getHiddenWidth()
	 * @generated
	 */
	void setHiddenWidth(int value);

} // DeepLinearNetwork
