/**
 * Code marked @generated is produced by EMF from model/rnn.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.family.rnn.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Task State</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A state of a task automaton: its output and the state reached on each input symbol.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.plateau.family.rnn.model.TaskState#getName <em>Name</em>}</li>
 *   <li>{@link org.plateau.family.rnn.model.TaskState#getOutput <em>Output</em>}</li>
 *   <li>{@link org.plateau.family.rnn.model.TaskState#getNext <em>Next</em>}</li>
 * </ul>
 *
 * @see org.plateau.family.rnn.model.RnnPackage#getTaskState()
 * @model
 * @generated
 */
public interface TaskState extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Name of the state, unique in the task, e.g. even.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.plateau.family.rnn.model.RnnPackage#getTaskState_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.plateau.family.rnn.model.TaskState#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Output</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The output (class) of a string that ends in this state, 0 or more.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Output</em>' attribute.
	 * @see #setOutput(int)
	 * @see org.plateau.family.rnn.model.RnnPackage#getTaskState_Output()
	 * @model default="0"
	 * @generated
	 */
	int getOutput();

	/**
	 * Sets the value of the '{@link org.plateau.family.rnn.model.TaskState#getOutput <em>Output</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Output</em>' attribute.
	 * @see #getOutput()
	 * @generated
	 */
	void setOutput(int value);

	/**
	 * Returns the value of the '<em><b>Next</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The states reached on symbols 0, 1, ... by name, separated by spaces, e.g. "even odd".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Next</em>' attribute.
	 * @see #setNext(String)
	 * @see org.plateau.family.rnn.model.RnnPackage#getTaskState_Next()
	 * @model
	 * @generated
	 */
	String getNext();

	/**
	 * Sets the value of the '{@link org.plateau.family.rnn.model.TaskState#getNext <em>Next</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Next</em>' attribute.
	 * @see #getNext()
	 * @generated
	 */
	void setNext(String value);

} // TaskState
