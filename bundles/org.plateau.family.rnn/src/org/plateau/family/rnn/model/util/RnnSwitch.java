/**
 * Code marked @generated is produced by EMF from model/rnn.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.family.rnn.model.util;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.Switch;

import org.plateau.family.rnn.model.*;

import org.plateau.model.Architecture;
import org.plateau.model.Initialisation;
import org.plateau.model.Task;

/**
 * <!-- begin-user-doc -->
 * The <b>Switch</b> for the model's inheritance hierarchy.
 * It supports the call {@link #doSwitch(EObject) doSwitch(object)}
 * to invoke the <code>caseXXX</code> method for each class of the model,
 * starting with the actual class of the object
 * and proceeding up the inheritance hierarchy
 * until a non-null result is returned,
 * which is the result of the switch.
 * <!-- end-user-doc -->
 * @see org.plateau.family.rnn.model.RnnPackage
 * @generated
 */
public class RnnSwitch<T> extends Switch<T> {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static RnnPackage modelPackage;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RnnSwitch() {
		if (modelPackage == null) {
			modelPackage = RnnPackage.eINSTANCE;
		}
	}

	/**
	 * Checks whether this is a switch for the given package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param ePackage the package in question.
	 * @return whether this is a switch for the given package.
	 * @generated
	 */
	@Override
	protected boolean isSwitchFor(EPackage ePackage) {
		return ePackage == modelPackage;
	}

	/**
	 * Calls <code>caseXXX</code> for each class of the model until one returns a non null result; it yields that result.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the first non-null result returned by a <code>caseXXX</code> call.
	 * @generated
	 */
	@Override
	protected T doSwitch(int classifierID, EObject theEObject) {
		switch (classifierID) {
			case RnnPackage.SEQUENCE_TASK: {
				SequenceTask sequenceTask = (SequenceTask)theEObject;
				T result = caseSequenceTask(sequenceTask);
				if (result == null) result = caseTask(sequenceTask);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case RnnPackage.AUTOMATON_TASK: {
				AutomatonTask automatonTask = (AutomatonTask)theEObject;
				T result = caseAutomatonTask(automatonTask);
				if (result == null) result = caseSequenceTask(automatonTask);
				if (result == null) result = caseTask(automatonTask);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case RnnPackage.TASK_STATE: {
				TaskState taskState = (TaskState)theEObject;
				T result = caseTaskState(taskState);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case RnnPackage.RANDOM_AUTOMATON_TASK: {
				RandomAutomatonTask randomAutomatonTask = (RandomAutomatonTask)theEObject;
				T result = caseRandomAutomatonTask(randomAutomatonTask);
				if (result == null) result = caseSequenceTask(randomAutomatonTask);
				if (result == null) result = caseTask(randomAutomatonTask);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case RnnPackage.RECURRENT_NETWORK: {
				RecurrentNetwork recurrentNetwork = (RecurrentNetwork)theEObject;
				T result = caseRecurrentNetwork(recurrentNetwork);
				if (result == null) result = caseArchitecture(recurrentNetwork);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case RnnPackage.XAVIER_NORMAL_INITIALISATION: {
				XavierNormalInitialisation xavierNormalInitialisation = (XavierNormalInitialisation)theEObject;
				T result = caseXavierNormalInitialisation(xavierNormalInitialisation);
				if (result == null) result = caseInitialisation(xavierNormalInitialisation);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case RnnPackage.REPRESENTATION_PAIR_TASK: {
				RepresentationPairTask representationPairTask = (RepresentationPairTask)theEObject;
				T result = caseRepresentationPairTask(representationPairTask);
				if (result == null) result = caseTask(representationPairTask);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case RnnPackage.PAIR_INITIALISATION: {
				PairInitialisation pairInitialisation = (PairInitialisation)theEObject;
				T result = casePairInitialisation(pairInitialisation);
				if (result == null) result = caseInitialisation(pairInitialisation);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case RnnPackage.EXPANSION_MODEL: {
				ExpansionModel expansionModel = (ExpansionModel)theEObject;
				T result = caseExpansionModel(expansionModel);
				if (result == null) result = caseArchitecture(expansionModel);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case RnnPackage.TWO_POINT_TASK: {
				TwoPointTask twoPointTask = (TwoPointTask)theEObject;
				T result = caseTwoPointTask(twoPointTask);
				if (result == null) result = caseTask(twoPointTask);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case RnnPackage.MULTILAYER_PERCEPTRON: {
				MultilayerPerceptron multilayerPerceptron = (MultilayerPerceptron)theEObject;
				T result = caseMultilayerPerceptron(multilayerPerceptron);
				if (result == null) result = caseArchitecture(multilayerPerceptron);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			default: return defaultCase(theEObject);
		}
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Sequence Task</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Sequence Task</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSequenceTask(SequenceTask object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Automaton Task</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Automaton Task</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAutomatonTask(AutomatonTask object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Task State</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Task State</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTaskState(TaskState object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Random Automaton Task</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Random Automaton Task</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRandomAutomatonTask(RandomAutomatonTask object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Recurrent Network</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Recurrent Network</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRecurrentNetwork(RecurrentNetwork object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Xavier Normal Initialisation</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Xavier Normal Initialisation</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseXavierNormalInitialisation(XavierNormalInitialisation object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Representation Pair Task</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Representation Pair Task</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRepresentationPairTask(RepresentationPairTask object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Pair Initialisation</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Pair Initialisation</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePairInitialisation(PairInitialisation object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Expansion Model</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Expansion Model</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseExpansionModel(ExpansionModel object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Two Point Task</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Two Point Task</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTwoPointTask(TwoPointTask object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Multilayer Perceptron</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Multilayer Perceptron</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMultilayerPerceptron(MultilayerPerceptron object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Task</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Task</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTask(Task object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Architecture</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Architecture</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseArchitecture(Architecture object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Initialisation</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Initialisation</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseInitialisation(Initialisation object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch, but this is the last case anyway.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject)
	 * @generated
	 */
	@Override
	public T defaultCase(EObject object) {
		return null;
	}

} //RnnSwitch
