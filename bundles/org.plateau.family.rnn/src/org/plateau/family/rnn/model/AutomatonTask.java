/**
 * Code marked @generated is produced by EMF from model/rnn.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.family.rnn.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Automaton Task</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A task given by its automaton, typed state by state (e.g. streaming parity: states even and odd; counting ones mod 3): the start state is the first; the read-out has one unit per output value 0..max.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.plateau.family.rnn.model.AutomatonTask#getStates <em>States</em>}</li>
 * </ul>
 *
 * @see org.plateau.family.rnn.model.RnnPackage#getAutomatonTask()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='automatonValid'"
 * @generated
 */
public interface AutomatonTask extends SequenceTask {
	/**
	 * Returns the value of the '<em><b>States</b></em>' containment reference list.
	 * The list contents are of type {@link org.plateau.family.rnn.model.TaskState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The automaton's states; the first is the start state.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>States</em>' containment reference list.
	 * @see org.plateau.family.rnn.model.RnnPackage#getAutomatonTask_States()
	 * @model containment="true"
	 * @generated
	 */
	EList<TaskState> getStates();

} // AutomatonTask
