/**
 * Code marked @generated is produced by EMF from model/reln.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.family.reln.model;

import org.plateau.model.Task;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Contextual Task</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The contextual task (spec 3(b)): 8 objects in C contexts, P = 8C datapoints; input [one-hot object; context one-hot x contextScale]; output [the object's 15 tree features, always; for each context a 15-row block, non-zero in that context only]. With the different-structure variant (3 contexts) the blocks are the tree, the ring and the cross; with the same structure every block is the tree.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.plateau.family.reln.model.ContextualTask#getContexts <em>Contexts</em>}</li>
 *   <li>{@link org.plateau.family.reln.model.ContextualTask#getStructure <em>Structure</em>}</li>
 *   <li>{@link org.plateau.family.reln.model.ContextualTask#getContextScale <em>Context Scale</em>}</li>
 * </ul>
 *
 * @see org.plateau.family.reln.model.RelnPackage#getContextualTask()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='contextsValid trainingHonoured'"
 * @generated
 */
public interface ContextualTask extends Task {
	/**
	 * Returns the value of the '<em><b>Contexts</b></em>' attribute.
	 * The default value is <code>"3"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * C, the number of contexts.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Contexts</em>' attribute.
	 * @see #setContexts(int)
	 * @see org.plateau.family.reln.model.RelnPackage#getContextualTask_Contexts()
	 * @model default="3"
	 *        annotation="http://www.plateau.org/display name='contexts K'"
	 * @generated
	 */
	int getContexts();

	/**
	 * Sets the value of the '{@link org.plateau.family.reln.model.ContextualTask#getContexts <em>Contexts</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Contexts</em>' attribute.
	 * @see #getContexts()
	 * @generated
	 */
	void setContexts(int value);

	/**
	 * Returns the value of the '<em><b>Structure</b></em>' attribute.
	 * The default value is <code>"DIFFERENT"</code>.
	 * The literals are from the enumeration {@link org.plateau.family.reln.model.ContextStructure}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether every context block is the tree (same) or, for 3 contexts, tree, ring and cross (different).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Structure</em>' attribute.
	 * @see org.plateau.family.reln.model.ContextStructure
	 * @see #setStructure(ContextStructure)
	 * @see org.plateau.family.reln.model.RelnPackage#getContextualTask_Structure()
	 * @model default="DIFFERENT"
	 * @generated
	 */
	ContextStructure getStructure();

	/**
	 * Sets the value of the '{@link org.plateau.family.reln.model.ContextualTask#getStructure <em>Structure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Structure</em>' attribute.
	 * @see org.plateau.family.reln.model.ContextStructure
	 * @see #getStructure()
	 * @generated
	 */
	void setStructure(ContextStructure value);

	/**
	 * Returns the value of the '<em><b>Context Scale</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Scale of the context one-hot in the input (1 for C = 3, 1.1 for 4, 1.35 for 5).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Context Scale</em>' attribute.
	 * @see #setContextScale(double)
	 * @see org.plateau.family.reln.model.RelnPackage#getContextualTask_ContextScale()
	 * @model default="1.0"
	 *        annotation="http://www.plateau.org/display name='context scale'"
	 * @generated
	 */
	double getContextScale();

	/**
	 * Sets the value of the '{@link org.plateau.family.reln.model.ContextualTask#getContextScale <em>Context Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Context Scale</em>' attribute.
	 * @see #getContextScale()
	 * @generated
	 */
	void setContextScale(double value);

} // ContextualTask
