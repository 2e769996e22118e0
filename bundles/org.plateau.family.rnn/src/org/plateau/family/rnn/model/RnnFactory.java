/**
 * Code marked @generated is produced by EMF from model/rnn.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.family.rnn.model;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.plateau.family.rnn.model.RnnPackage
 * @generated
 */
public interface RnnFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	RnnFactory eINSTANCE = org.plateau.family.rnn.model.impl.RnnFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Automaton Task</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Automaton Task</em>'.
	 * @generated
	 */
	AutomatonTask createAutomatonTask();

	/**
	 * Returns a new object of class '<em>Task State</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Task State</em>'.
	 * @generated
	 */
	TaskState createTaskState();

	/**
	 * Returns a new object of class '<em>Random Automaton Task</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Random Automaton Task</em>'.
	 * @generated
	 */
	RandomAutomatonTask createRandomAutomatonTask();

	/**
	 * Returns a new object of class '<em>Recurrent Network</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Recurrent Network</em>'.
	 * @generated
	 */
	RecurrentNetwork createRecurrentNetwork();

	/**
	 * Returns a new object of class '<em>Xavier Normal Initialisation</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Xavier Normal Initialisation</em>'.
	 * @generated
	 */
	XavierNormalInitialisation createXavierNormalInitialisation();

	/**
	 * Returns a new object of class '<em>Representation Pair Task</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Representation Pair Task</em>'.
	 * @generated
	 */
	RepresentationPairTask createRepresentationPairTask();

	/**
	 * Returns a new object of class '<em>Pair Initialisation</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Pair Initialisation</em>'.
	 * @generated
	 */
	PairInitialisation createPairInitialisation();

	/**
	 * Returns a new object of class '<em>Expansion Model</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Expansion Model</em>'.
	 * @generated
	 */
	ExpansionModel createExpansionModel();

	/**
	 * Returns a new object of class '<em>Two Point Task</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Two Point Task</em>'.
	 * @generated
	 */
	TwoPointTask createTwoPointTask();

	/**
	 * Returns a new object of class '<em>Multilayer Perceptron</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Multilayer Perceptron</em>'.
	 * @generated
	 */
	MultilayerPerceptron createMultilayerPerceptron();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	RnnPackage getRnnPackage();

} //RnnFactory
