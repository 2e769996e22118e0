/**
 * Code marked @generated is produced by EMF from model/rnn.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.family.rnn.model;

import org.eclipse.emf.common.util.EList;

import org.plateau.model.Task;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Sequence Task</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A regular-language task on strings (spec 1.2(b)): the training set keeps one dataset per length 1..maxLength (all strings, or a fraction p of them), validated on random longer strings; the target of a string is the task automaton's output after reading it. Also says how the network's automaton is extracted (spec 1.2(d)).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.plateau.family.rnn.model.SequenceTask#getSymbols <em>Symbols</em>}</li>
 *   <li>{@link org.plateau.family.rnn.model.SequenceTask#getMaxLength <em>Max Length</em>}</li>
 *   <li>{@link org.plateau.family.rnn.model.SequenceTask#getDataFraction <em>Data Fraction</em>}</li>
 *   <li>{@link org.plateau.family.rnn.model.SequenceTask#getValidationLength <em>Validation Length</em>}</li>
 *   <li>{@link org.plateau.family.rnn.model.SequenceTask#getValidationStrings <em>Validation Strings</em>}</li>
 *   <li>{@link org.plateau.family.rnn.model.SequenceTask#getTestLengths <em>Test Lengths</em>}</li>
 *   <li>{@link org.plateau.family.rnn.model.SequenceTask#getTestStrings <em>Test Strings</em>}</li>
 *   <li>{@link org.plateau.family.rnn.model.SequenceTask#getTestEvery <em>Test Every</em>}</li>
 *   <li>{@link org.plateau.family.rnn.model.SequenceTask#getAnalysisEvery <em>Analysis Every</em>}</li>
 *   <li>{@link org.plateau.family.rnn.model.SequenceTask#getEpsilonConvention <em>Epsilon Convention</em>}</li>
 *   <li>{@link org.plateau.family.rnn.model.SequenceTask#getEpsilonFraction <em>Epsilon Fraction</em>}</li>
 *   <li>{@link org.plateau.family.rnn.model.SequenceTask#getAutomatonTestLength <em>Automaton Test Length</em>}</li>
 *   <li>{@link org.plateau.family.rnn.model.SequenceTask#getAutomatonTestStrings <em>Automaton Test Strings</em>}</li>
 *   <li>{@link org.plateau.family.rnn.model.SequenceTask#getPairString1 <em>Pair String1</em>}</li>
 *   <li>{@link org.plateau.family.rnn.model.SequenceTask#getPairString2 <em>Pair String2</em>}</li>
 * </ul>
 *
 * @see org.plateau.family.rnn.model.RnnPackage#getSequenceTask()
 * @model abstract="true"
 *        annotation="http://www.eclipse.org/emf/2002/Ecore constraints='lengthsValid trainingHonoured pairValid'"
 * @generated
 */
public interface SequenceTask extends Task {
	/**
	 * Returns the value of the '<em><b>Symbols</b></em>' attribute.
	 * The default value is <code>"2"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Size of the input alphabet; symbol a is the one-hot input e_a.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Symbols</em>' attribute.
	 * @see #setSymbols(int)
	 * @see org.plateau.family.rnn.model.RnnPackage#getSequenceTask_Symbols()
	 * @model default="2"
	 *        annotation="http://www.plateau.org/display name='symbols'"
	 * @generated
	 */
	int getSymbols();

	/**
	 * Sets the value of the '{@link org.plateau.family.rnn.model.SequenceTask#getSymbols <em>Symbols</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Symbols</em>' attribute.
	 * @see #getSymbols()
	 * @generated
	 */
	void setSymbols(int value);

	/**
	 * Returns the value of the '<em><b>Max Length</b></em>' attribute.
	 * The default value is <code>"10"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The training set has one dataset per string length 1..maxLength (2046 binary strings for 10).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Max Length</em>' attribute.
	 * @see #setMaxLength(int)
	 * @see org.plateau.family.rnn.model.RnnPackage#getSequenceTask_MaxLength()
	 * @model default="10"
	 *        annotation="http://www.plateau.org/display name='longest training length'"
	 * @generated
	 */
	int getMaxLength();

	/**
	 * Sets the value of the '{@link org.plateau.family.rnn.model.SequenceTask#getMaxLength <em>Max Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Length</em>' attribute.
	 * @see #getMaxLength()
	 * @generated
	 */
	void setMaxLength(int value);

	/**
	 * Returns the value of the '<em><b>Data Fraction</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Fraction p of the strings of each length kept for training: n ~ Binomial(S^L, p) distinct strings drawn from the seed (paper Fig. 9); 1 keeps all.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Data Fraction</em>' attribute.
	 * @see #setDataFraction(double)
	 * @see org.plateau.family.rnn.model.RnnPackage#getSequenceTask_DataFraction()
	 * @model default="1.0"
	 *        annotation="http://www.plateau.org/display name='data fraction p'"
	 * @generated
	 */
	double getDataFraction();

	/**
	 * Sets the value of the '{@link org.plateau.family.rnn.model.SequenceTask#getDataFraction <em>Data Fraction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Data Fraction</em>' attribute.
	 * @see #getDataFraction()
	 * @generated
	 */
	void setDataFraction(double value);

	/**
	 * Returns the value of the '<em><b>Validation Length</b></em>' attribute.
	 * The default value is <code>"50"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Length of the random validation strings (the notebook: 50; the grid experiment: 100).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Validation Length</em>' attribute.
	 * @see #setValidationLength(int)
	 * @see org.plateau.family.rnn.model.RnnPackage#getSequenceTask_ValidationLength()
	 * @model default="50"
	 *        annotation="http://www.plateau.org/display name='validation length'"
	 * @generated
	 */
	int getValidationLength();

	/**
	 * Sets the value of the '{@link org.plateau.family.rnn.model.SequenceTask#getValidationLength <em>Validation Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Validation Length</em>' attribute.
	 * @see #getValidationLength()
	 * @generated
	 */
	void setValidationLength(int value);

	/**
	 * Returns the value of the '<em><b>Validation Strings</b></em>' attribute.
	 * The default value is <code>"100"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Number of random validation strings.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Validation Strings</em>' attribute.
	 * @see #setValidationStrings(int)
	 * @see org.plateau.family.rnn.model.RnnPackage#getSequenceTask_ValidationStrings()
	 * @model default="100"
	 *        annotation="http://www.plateau.org/display name='validation strings'"
	 * @generated
	 */
	int getValidationStrings();

	/**
	 * Sets the value of the '{@link org.plateau.family.rnn.model.SequenceTask#getValidationStrings <em>Validation Strings</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Validation Strings</em>' attribute.
	 * @see #getValidationStrings()
	 * @generated
	 */
	void setValidationStrings(int value);

	/**
	 * Returns the value of the '<em><b>Test Lengths</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Integer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Lengths of the long test strings (the paper: 25 100 250 1000 2500 10000), evaluated every testEvery records.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Test Lengths</em>' attribute list.
	 * @see org.plateau.family.rnn.model.RnnPackage#getSequenceTask_TestLengths()
	 * @model annotation="http://www.plateau.org/display name='test lengths'"
	 * @generated
	 */
	EList<Integer> getTestLengths();

	/**
	 * Returns the value of the '<em><b>Test Strings</b></em>' attribute.
	 * The default value is <code>"10"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Random strings per test length.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Test Strings</em>' attribute.
	 * @see #setTestStrings(int)
	 * @see org.plateau.family.rnn.model.RnnPackage#getSequenceTask_TestStrings()
	 * @model default="10"
	 *        annotation="http://www.plateau.org/display name='test strings'"
	 * @generated
	 */
	int getTestStrings();

	/**
	 * Sets the value of the '{@link org.plateau.family.rnn.model.SequenceTask#getTestStrings <em>Test Strings</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Test Strings</em>' attribute.
	 * @see #getTestStrings()
	 * @generated
	 */
	void setTestStrings(int value);

	/**
	 * Returns the value of the '<em><b>Test Every</b></em>' attribute.
	 * The default value is <code>"10"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Records between two evaluations of the long test strings (and at the last record).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Test Every</em>' attribute.
	 * @see #setTestEvery(int)
	 * @see org.plateau.family.rnn.model.RnnPackage#getSequenceTask_TestEvery()
	 * @model default="10"
	 *        annotation="http://www.plateau.org/display name='test every (records)'"
	 * @generated
	 */
	int getTestEvery();

	/**
	 * Sets the value of the '{@link org.plateau.family.rnn.model.SequenceTask#getTestEvery <em>Test Every</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Test Every</em>' attribute.
	 * @see #getTestEvery()
	 * @generated
	 */
	void setTestEvery(int value);

	/**
	 * Returns the value of the '<em><b>Analysis Every</b></em>' attribute.
	 * The default value is <code>"5"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Records between two automaton extractions (and at the last record); 0 extracts no automaton.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Analysis Every</em>' attribute.
	 * @see #setAnalysisEvery(int)
	 * @see org.plateau.family.rnn.model.RnnPackage#getSequenceTask_AnalysisEvery()
	 * @model default="5"
	 *        annotation="http://www.plateau.org/display name='analysis every (records)'"
	 * @generated
	 */
	int getAnalysisEvery();

	/**
	 * Sets the value of the '{@link org.plateau.family.rnn.model.SequenceTask#getAnalysisEvery <em>Analysis Every</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Analysis Every</em>' attribute.
	 * @see #getAnalysisEvery()
	 * @generated
	 */
	void setAnalysisEvery(int value);

	/**
	 * Returns the value of the '<em><b>Epsilon Convention</b></em>' attribute.
	 * The default value is <code>"RUNNING_STD"</code>.
	 * The literals are from the enumeration {@link org.plateau.family.rnn.model.EpsilonConvention}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the merging distance eps is set (spec 1.2(d)).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Epsilon Convention</em>' attribute.
	 * @see org.plateau.family.rnn.model.EpsilonConvention
	 * @see #setEpsilonConvention(EpsilonConvention)
	 * @see org.plateau.family.rnn.model.RnnPackage#getSequenceTask_EpsilonConvention()
	 * @model default="RUNNING_STD"
	 *        annotation="http://www.plateau.org/display name='eps convention'"
	 * @generated
	 */
	EpsilonConvention getEpsilonConvention();

	/**
	 * Sets the value of the '{@link org.plateau.family.rnn.model.SequenceTask#getEpsilonConvention <em>Epsilon Convention</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Epsilon Convention</em>' attribute.
	 * @see org.plateau.family.rnn.model.EpsilonConvention
	 * @see #getEpsilonConvention()
	 * @generated
	 */
	void setEpsilonConvention(EpsilonConvention value);

	/**
	 * Returns the value of the '<em><b>Epsilon Fraction</b></em>' attribute.
	 * The default value is <code>"0.01"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * eps = fraction x ||per-unit std of hidden activity|| (0.01 in the main notebook, 0.1 in the grid); for the FIXED convention eps itself.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Epsilon Fraction</em>' attribute.
	 * @see #setEpsilonFraction(double)
	 * @see org.plateau.family.rnn.model.RnnPackage#getSequenceTask_EpsilonFraction()
	 * @model default="0.01"
	 *        annotation="http://www.plateau.org/display name='eps fraction'"
	 * @generated
	 */
	double getEpsilonFraction();

	/**
	 * Sets the value of the '{@link org.plateau.family.rnn.model.SequenceTask#getEpsilonFraction <em>Epsilon Fraction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Epsilon Fraction</em>' attribute.
	 * @see #getEpsilonFraction()
	 * @generated
	 */
	void setEpsilonFraction(double value);

	/**
	 * Returns the value of the '<em><b>Automaton Test Length</b></em>' attribute.
	 * The default value is <code>"500"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Length of the random strings on which the extracted automaton is run against the task (check 1.2-C: 500).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Automaton Test Length</em>' attribute.
	 * @see #setAutomatonTestLength(int)
	 * @see org.plateau.family.rnn.model.RnnPackage#getSequenceTask_AutomatonTestLength()
	 * @model default="500"
	 *        annotation="http://www.plateau.org/display name='automaton test length'"
	 * @generated
	 */
	int getAutomatonTestLength();

	/**
	 * Sets the value of the '{@link org.plateau.family.rnn.model.SequenceTask#getAutomatonTestLength <em>Automaton Test Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Automaton Test Length</em>' attribute.
	 * @see #getAutomatonTestLength()
	 * @generated
	 */
	void setAutomatonTestLength(int value);

	/**
	 * Returns the value of the '<em><b>Automaton Test Strings</b></em>' attribute.
	 * The default value is <code>"200"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Number of those strings (check 1.2-C: 200).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Automaton Test Strings</em>' attribute.
	 * @see #setAutomatonTestStrings(int)
	 * @see org.plateau.family.rnn.model.RnnPackage#getSequenceTask_AutomatonTestStrings()
	 * @model default="200"
	 *        annotation="http://www.plateau.org/display name='automaton test strings'"
	 * @generated
	 */
	int getAutomatonTestStrings();

	/**
	 * Sets the value of the '{@link org.plateau.family.rnn.model.SequenceTask#getAutomatonTestStrings <em>Automaton Test Strings</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Automaton Test Strings</em>' attribute.
	 * @see #getAutomatonTestStrings()
	 * @generated
	 */
	void setAutomatonTestStrings(int value);

	/**
	 * Returns the value of the '<em><b>Pair String1</b></em>' attribute.
	 * The default value is <code>""</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A string (symbols as digits, e.g. 0) whose representation the analysis follows beside pairString2's: ||dh||^2 and, over their common continuations, the prediction distance and the alignment; the local interaction model's 3-scalar ODE is fitted to them and its merger criterion evaluated (2025 eqs 9, 13-15, 24-25). Empty: no pair.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pair String1</em>' attribute.
	 * @see #setPairString1(String)
	 * @see org.plateau.family.rnn.model.RnnPackage#getSequenceTask_PairString1()
	 * @model default=""
	 *        annotation="http://www.plateau.org/display name='pair: first string'"
	 * @generated
	 */
	String getPairString1();

	/**
	 * Sets the value of the '{@link org.plateau.family.rnn.model.SequenceTask#getPairString1 <em>Pair String1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pair String1</em>' attribute.
	 * @see #getPairString1()
	 * @generated
	 */
	void setPairString1(String value);

	/**
	 * Returns the value of the '<em><b>Pair String2</b></em>' attribute.
	 * The default value is <code>""</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The other string of the pair (e.g. 00, which agrees with 0 on every future output of parity; 1 disagrees). Empty: no pair.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pair String2</em>' attribute.
	 * @see #setPairString2(String)
	 * @see org.plateau.family.rnn.model.RnnPackage#getSequenceTask_PairString2()
	 * @model default=""
	 *        annotation="http://www.plateau.org/display name='pair: second string'"
	 * @generated
	 */
	String getPairString2();

	/**
	 * Sets the value of the '{@link org.plateau.family.rnn.model.SequenceTask#getPairString2 <em>Pair String2</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pair String2</em>' attribute.
	 * @see #getPairString2()
	 * @generated
	 */
	void setPairString2(String value);

} // SequenceTask
