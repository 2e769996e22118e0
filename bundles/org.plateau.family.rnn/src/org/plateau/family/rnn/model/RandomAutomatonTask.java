/**
 * Code marked @generated is produced by EMF from model/rnn.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.family.rnn.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Random Automaton Task</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A random regular task (paper App. D.5, gen_rand_automaton): a random automaton of at most maxStates states drawn from automatonSeed, outputs drawn uniformly.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.plateau.family.rnn.model.RandomAutomatonTask#getMaxStates <em>Max States</em>}</li>
 *   <li>{@link org.plateau.family.rnn.model.RandomAutomatonTask#getNewStateProbability <em>New State Probability</em>}</li>
 *   <li>{@link org.plateau.family.rnn.model.RandomAutomatonTask#getOutputs <em>Outputs</em>}</li>
 *   <li>{@link org.plateau.family.rnn.model.RandomAutomatonTask#getAutomatonSeed <em>Automaton Seed</em>}</li>
 * </ul>
 *
 * @see org.plateau.family.rnn.model.RnnPackage#getRandomAutomatonTask()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='randomAutomatonValid'"
 * @generated
 */
public interface RandomAutomatonTask extends SequenceTask {
	/**
	 * Returns the value of the '<em><b>Max States</b></em>' attribute.
	 * The default value is <code>"7"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Upper bound on the number of states.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Max States</em>' attribute.
	 * @see #setMaxStates(int)
	 * @see org.plateau.family.rnn.model.RnnPackage#getRandomAutomatonTask_MaxStates()
	 * @model default="7"
	 *        annotation="http://www.plateau.org/display name='maximum states'"
	 * @generated
	 */
	int getMaxStates();

	/**
	 * Sets the value of the '{@link org.plateau.family.rnn.model.RandomAutomatonTask#getMaxStates <em>Max States</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max States</em>' attribute.
	 * @see #getMaxStates()
	 * @generated
	 */
	void setMaxStates(int value);

	/**
	 * Returns the value of the '<em><b>New State Probability</b></em>' attribute.
	 * The default value is <code>"0.75"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Probability that a transition opens a new state while there are fewer than maxStates (paper 0.75, notebook 0.6).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>New State Probability</em>' attribute.
	 * @see #setNewStateProbability(double)
	 * @see org.plateau.family.rnn.model.RnnPackage#getRandomAutomatonTask_NewStateProbability()
	 * @model default="0.75"
	 *        annotation="http://www.plateau.org/display name='new-state probability'"
	 * @generated
	 */
	double getNewStateProbability();

	/**
	 * Sets the value of the '{@link org.plateau.family.rnn.model.RandomAutomatonTask#getNewStateProbability <em>New State Probability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>New State Probability</em>' attribute.
	 * @see #getNewStateProbability()
	 * @generated
	 */
	void setNewStateProbability(double value);

	/**
	 * Returns the value of the '<em><b>Outputs</b></em>' attribute.
	 * The default value is <code>"2"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Size of the output alphabet.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Outputs</em>' attribute.
	 * @see #setOutputs(int)
	 * @see org.plateau.family.rnn.model.RnnPackage#getRandomAutomatonTask_Outputs()
	 * @model default="2"
	 *        annotation="http://www.plateau.org/display name='outputs'"
	 * @generated
	 */
	int getOutputs();

	/**
	 * Sets the value of the '{@link org.plateau.family.rnn.model.RandomAutomatonTask#getOutputs <em>Outputs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Outputs</em>' attribute.
	 * @see #getOutputs()
	 * @generated
	 */
	void setOutputs(int value);

	/**
	 * Returns the value of the '<em><b>Automaton Seed</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Seed of the automaton (the experiment's seed draws the weights and the data).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Automaton Seed</em>' attribute.
	 * @see #setAutomatonSeed(long)
	 * @see org.plateau.family.rnn.model.RnnPackage#getRandomAutomatonTask_AutomatonSeed()
	 * @model default="0"
	 *        annotation="http://www.plateau.org/display name='automaton seed'"
	 * @generated
	 */
	long getAutomatonSeed();

	/**
	 * Sets the value of the '{@link org.plateau.family.rnn.model.RandomAutomatonTask#getAutomatonSeed <em>Automaton Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Automaton Seed</em>' attribute.
	 * @see #getAutomatonSeed()
	 * @generated
	 */
	void setAutomatonSeed(long value);

} // RandomAutomatonTask
