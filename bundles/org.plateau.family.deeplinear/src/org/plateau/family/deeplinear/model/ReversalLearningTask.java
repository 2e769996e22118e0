/**
 * Code marked @generated is produced by EMF from model/deeplinear.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.family.deeplinear.model;

import org.plateau.model.Task;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Reversal Learning Task</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Reversal learning (Dominé et al. 2024): the network learns a base task until reversalStep, then its reversal, the same inputs with the targets negated (Y -> -Y). Every mode must then pass through a = 0, a fixed point of the balanced rich dynamics: the reversal is slow or stuck at lambda = 0 and finite for lambda != 0.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.plateau.family.deeplinear.model.ReversalLearningTask#getTask <em>Task</em>}</li>
 *   <li>{@link org.plateau.family.deeplinear.model.ReversalLearningTask#getReversalStep <em>Reversal Step</em>}</li>
 * </ul>
 *
 * @see org.plateau.family.deeplinear.model.DeepLinearPackage#getReversalLearningTask()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='baseTaskValid'"
 * @generated
 */
public interface ReversalLearningTask extends Task {
	/**
	 * Returns the value of the '<em><b>Task</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The base task learnt first; a deep linear task other than a reversal.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Task</em>' containment reference.
	 * @see #setTask(Task)
	 * @see org.plateau.family.deeplinear.model.DeepLinearPackage#getReversalLearningTask_Task()
	 * @model containment="true"
	 * @generated
	 */
	Task getTask();

	/**
	 * Sets the value of the '{@link org.plateau.family.deeplinear.model.ReversalLearningTask#getTask <em>Task</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Task</em>' containment reference.
	 * @see #getTask()
	 * @generated
	 */
	void setTask(Task value);

	/**
	 * Returns the value of the '<em><b>Reversal Step</b></em>' attribute.
	 * The default value is <code>"1000"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The training step at which the targets are negated; at least 0.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reversal Step</em>' attribute.
	 * @see #setReversalStep(long)
	 * @see org.plateau.family.deeplinear.model.DeepLinearPackage#getReversalLearningTask_ReversalStep()
	 * @model default="1000"
	 * @generated
	 */
	long getReversalStep();

	/**
	 * Sets the value of the '{@link org.plateau.family.deeplinear.model.ReversalLearningTask#getReversalStep <em>Reversal Step</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reversal Step</em>' attribute.
	 * @see #getReversalStep()
	 * @generated
	 */
	void setReversalStep(long value);

} // ReversalLearningTask
