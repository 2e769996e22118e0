/**
 * Code marked @generated is produced by EMF from model/gated.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.family.gated.model;

import org.eclipse.emf.common.util.EList;

import org.plateau.model.Task;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Routing Task</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The routing (multi-domain) task (spec 2(b)): M input and M output domains share the same 4 items and 7 features, Y = [6 6 6 6; 4 4 0 0; 0 0 4 4; 3 0 0 0; 0 3 0 0; 0 0 3 0; 0 0 0 3]. Input domain i is trained with the output domains (i + d) mod M for each offset d; the other pairs are untrained and test systematic generalization. The architecture must have input nodes in0 .. in(M-1) of 4 units and output nodes out0 .. out(M-1) of 7. The loss is the paper's: the mean squared error over items and features, summed over the trained pathways.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.plateau.family.gated.model.RoutingTask#getDomains <em>Domains</em>}</li>
 *   <li>{@link org.plateau.family.gated.model.RoutingTask#getOffsets <em>Offsets</em>}</li>
 * </ul>
 *
 * @see org.plateau.family.gated.model.GatedPackage#getRoutingTask()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='domainsValid offsetsValid trainingHonoured'"
 * @generated
 */
public interface RoutingTask extends Task {
	/**
	 * Returns the value of the '<em><b>Domains</b></em>' attribute.
	 * The default value is <code>"7"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * M, the number of input (and output) domains.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Domains</em>' attribute.
	 * @see #setDomains(int)
	 * @see org.plateau.family.gated.model.GatedPackage#getRoutingTask_Domains()
	 * @model default="7"
	 * @generated
	 */
	int getDomains();

	/**
	 * Sets the value of the '{@link org.plateau.family.gated.model.RoutingTask#getDomains <em>Domains</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Domains</em>' attribute.
	 * @see #getDomains()
	 * @generated
	 */
	void setDomains(int value);

	/**
	 * Returns the value of the '<em><b>Offsets</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Integer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The offsets d: input domain i is trained with output domains (i + d) mod M.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Offsets</em>' attribute list.
	 * @see org.plateau.family.gated.model.GatedPackage#getRoutingTask_Offsets()
	 * @model
	 * @generated
	 */
	EList<Integer> getOffsets();

} // RoutingTask
