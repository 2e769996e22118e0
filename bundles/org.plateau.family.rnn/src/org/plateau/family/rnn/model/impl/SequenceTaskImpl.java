/**
 * Code marked @generated is produced by EMF from model/rnn.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.family.rnn.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import org.plateau.family.rnn.model.EpsilonConvention;
import org.plateau.family.rnn.model.RnnPackage;
import org.plateau.family.rnn.model.SequenceTask;

import org.plateau.model.impl.TaskImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Sequence Task</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.plateau.family.rnn.model.impl.SequenceTaskImpl#getSymbols <em>Symbols</em>}</li>
 *   <li>{@link org.plateau.family.rnn.model.impl.SequenceTaskImpl#getMaxLength <em>Max Length</em>}</li>
 *   <li>{@link org.plateau.family.rnn.model.impl.SequenceTaskImpl#getDataFraction <em>Data Fraction</em>}</li>
 *   <li>{@link org.plateau.family.rnn.model.impl.SequenceTaskImpl#getValidationLength <em>Validation Length</em>}</li>
 *   <li>{@link org.plateau.family.rnn.model.impl.SequenceTaskImpl#getValidationStrings <em>Validation Strings</em>}</li>
 *   <li>{@link org.plateau.family.rnn.model.impl.SequenceTaskImpl#getTestLengths <em>Test Lengths</em>}</li>
 *   <li>{@link org.plateau.family.rnn.model.impl.SequenceTaskImpl#getTestStrings <em>Test Strings</em>}</li>
 *   <li>{@link org.plateau.family.rnn.model.impl.SequenceTaskImpl#getTestEvery <em>Test Every</em>}</li>
 *   <li>{@link org.plateau.family.rnn.model.impl.SequenceTaskImpl#getAnalysisEvery <em>Analysis Every</em>}</li>
 *   <li>{@link org.plateau.family.rnn.model.impl.SequenceTaskImpl#getEpsilonConvention <em>Epsilon Convention</em>}</li>
 *   <li>{@link org.plateau.family.rnn.model.impl.SequenceTaskImpl#getEpsilonFraction <em>Epsilon Fraction</em>}</li>
 *   <li>{@link org.plateau.family.rnn.model.impl.SequenceTaskImpl#getAutomatonTestLength <em>Automaton Test Length</em>}</li>
 *   <li>{@link org.plateau.family.rnn.model.impl.SequenceTaskImpl#getAutomatonTestStrings <em>Automaton Test Strings</em>}</li>
 *   <li>{@link org.plateau.family.rnn.model.impl.SequenceTaskImpl#getPairString1 <em>Pair String1</em>}</li>
 *   <li>{@link org.plateau.family.rnn.model.impl.SequenceTaskImpl#getPairString2 <em>Pair String2</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class SequenceTaskImpl extends TaskImpl implements SequenceTask {
	/**
	 * The default value of the '{@link #getSymbols() <em>Symbols</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSymbols()
	 * @generated
	 * @ordered
	 */
	protected static final int SYMBOLS_EDEFAULT = 2;

	/**
	 * The cached value of the '{@link #getSymbols() <em>Symbols</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSymbols()
	 * @generated
	 * @ordered
	 */
	protected int symbols = SYMBOLS_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaxLength() <em>Max Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxLength()
	 * @generated
	 * @ordered
	 */
	protected static final int MAX_LENGTH_EDEFAULT = 10;

	/**
	 * The cached value of the '{@link #getMaxLength() <em>Max Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxLength()
	 * @generated
	 * @ordered
	 */
	protected int maxLength = MAX_LENGTH_EDEFAULT;

	/**
	 * The default value of the '{@link #getDataFraction() <em>Data Fraction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataFraction()
	 * @generated
	 * @ordered
	 */
	protected static final double DATA_FRACTION_EDEFAULT = 1.0;

	/**
	 * The cached value of the '{@link #getDataFraction() <em>Data Fraction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataFraction()
	 * @generated
	 * @ordered
	 */
	protected double dataFraction = DATA_FRACTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getValidationLength() <em>Validation Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidationLength()
	 * @generated
	 * @ordered
	 */
	protected static final int VALIDATION_LENGTH_EDEFAULT = 50;

	/**
	 * The cached value of the '{@link #getValidationLength() <em>Validation Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidationLength()
	 * @generated
	 * @ordered
	 */
	protected int validationLength = VALIDATION_LENGTH_EDEFAULT;

	/**
	 * The default value of the '{@link #getValidationStrings() <em>Validation Strings</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidationStrings()
	 * @generated
	 * @ordered
	 */
	protected static final int VALIDATION_STRINGS_EDEFAULT = 100;

	/**
	 * The cached value of the '{@link #getValidationStrings() <em>Validation Strings</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidationStrings()
	 * @generated
	 * @ordered
	 */
	protected int validationStrings = VALIDATION_STRINGS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTestLengths() <em>Test Lengths</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTestLengths()
	 * @generated
	 * @ordered
	 */
	protected EList<Integer> testLengths;

	/**
	 * The default value of the '{@link #getTestStrings() <em>Test Strings</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTestStrings()
	 * @generated
	 * @ordered
	 */
	protected static final int TEST_STRINGS_EDEFAULT = 10;

	/**
	 * The cached value of the '{@link #getTestStrings() <em>Test Strings</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTestStrings()
	 * @generated
	 * @ordered
	 */
	protected int testStrings = TEST_STRINGS_EDEFAULT;

	/**
	 * The default value of the '{@link #getTestEvery() <em>Test Every</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTestEvery()
	 * @generated
	 * @ordered
	 */
	protected static final int TEST_EVERY_EDEFAULT = 10;

	/**
	 * The cached value of the '{@link #getTestEvery() <em>Test Every</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTestEvery()
	 * @generated
	 * @ordered
	 */
	protected int testEvery = TEST_EVERY_EDEFAULT;

	/**
	 * The default value of the '{@link #getAnalysisEvery() <em>Analysis Every</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnalysisEvery()
	 * @generated
	 * @ordered
	 */
	protected static final int ANALYSIS_EVERY_EDEFAULT = 5;

	/**
	 * The cached value of the '{@link #getAnalysisEvery() <em>Analysis Every</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnalysisEvery()
	 * @generated
	 * @ordered
	 */
	protected int analysisEvery = ANALYSIS_EVERY_EDEFAULT;

	/**
	 * The default value of the '{@link #getEpsilonConvention() <em>Epsilon Convention</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEpsilonConvention()
	 * @generated
	 * @ordered
	 */
	protected static final EpsilonConvention EPSILON_CONVENTION_EDEFAULT = EpsilonConvention.RUNNING_STD;

	/**
	 * The cached value of the '{@link #getEpsilonConvention() <em>Epsilon Convention</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEpsilonConvention()
	 * @generated
	 * @ordered
	 */
	protected EpsilonConvention epsilonConvention = EPSILON_CONVENTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getEpsilonFraction() <em>Epsilon Fraction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEpsilonFraction()
	 * @generated
	 * @ordered
	 */
	protected static final double EPSILON_FRACTION_EDEFAULT = 0.01;

	/**
	 * The cached value of the '{@link #getEpsilonFraction() <em>Epsilon Fraction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEpsilonFraction()
	 * @generated
	 * @ordered
	 */
	protected double epsilonFraction = EPSILON_FRACTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getAutomatonTestLength() <em>Automaton Test Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAutomatonTestLength()
	 * @generated
	 * @ordered
	 */
	protected static final int AUTOMATON_TEST_LENGTH_EDEFAULT = 500;

	/**
	 * The cached value of the '{@link #getAutomatonTestLength() <em>Automaton Test Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAutomatonTestLength()
	 * @generated
	 * @ordered
	 */
	protected int automatonTestLength = AUTOMATON_TEST_LENGTH_EDEFAULT;

	/**
	 * The default value of the '{@link #getAutomatonTestStrings() <em>Automaton Test Strings</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAutomatonTestStrings()
	 * @generated
	 * @ordered
	 */
	protected static final int AUTOMATON_TEST_STRINGS_EDEFAULT = 200;

	/**
	 * The cached value of the '{@link #getAutomatonTestStrings() <em>Automaton Test Strings</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAutomatonTestStrings()
	 * @generated
	 * @ordered
	 */
	protected int automatonTestStrings = AUTOMATON_TEST_STRINGS_EDEFAULT;

	/**
	 * The default value of the '{@link #getPairString1() <em>Pair String1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPairString1()
	 * @generated
	 * @ordered
	 */
	protected static final String PAIR_STRING1_EDEFAULT = "";

	/**
	 * The cached value of the '{@link #getPairString1() <em>Pair String1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPairString1()
	 * @generated
	 * @ordered
	 */
	protected String pairString1 = PAIR_STRING1_EDEFAULT;

	/**
	 * The default value of the '{@link #getPairString2() <em>Pair String2</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPairString2()
	 * @generated
	 * @ordered
	 */
	protected static final String PAIR_STRING2_EDEFAULT = "";

	/**
	 * The cached value of the '{@link #getPairString2() <em>Pair String2</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPairString2()
	 * @generated
	 * @ordered
	 */
	protected String pairString2 = PAIR_STRING2_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SequenceTaskImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RnnPackage.Literals.SEQUENCE_TASK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSymbols() {
		return symbols;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSymbols(int newSymbols) {
		int oldSymbols = symbols;
		symbols = newSymbols;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RnnPackage.SEQUENCE_TASK__SYMBOLS, oldSymbols, symbols));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMaxLength() {
		return maxLength;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxLength(int newMaxLength) {
		int oldMaxLength = maxLength;
		maxLength = newMaxLength;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RnnPackage.SEQUENCE_TASK__MAX_LENGTH, oldMaxLength, maxLength));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getDataFraction() {
		return dataFraction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDataFraction(double newDataFraction) {
		double oldDataFraction = dataFraction;
		dataFraction = newDataFraction;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RnnPackage.SEQUENCE_TASK__DATA_FRACTION, oldDataFraction, dataFraction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValidationLength() {
		return validationLength;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValidationLength(int newValidationLength) {
		int oldValidationLength = validationLength;
		validationLength = newValidationLength;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RnnPackage.SEQUENCE_TASK__VALIDATION_LENGTH, oldValidationLength, validationLength));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValidationStrings() {
		return validationStrings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValidationStrings(int newValidationStrings) {
		int oldValidationStrings = validationStrings;
		validationStrings = newValidationStrings;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RnnPackage.SEQUENCE_TASK__VALIDATION_STRINGS, oldValidationStrings, validationStrings));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Integer> getTestLengths() {
		if (testLengths == null) {
			testLengths = new EDataTypeUniqueEList<Integer>(Integer.class, this, RnnPackage.SEQUENCE_TASK__TEST_LENGTHS);
		}
		return testLengths;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getTestStrings() {
		return testStrings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTestStrings(int newTestStrings) {
		int oldTestStrings = testStrings;
		testStrings = newTestStrings;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RnnPackage.SEQUENCE_TASK__TEST_STRINGS, oldTestStrings, testStrings));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getTestEvery() {
		return testEvery;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTestEvery(int newTestEvery) {
		int oldTestEvery = testEvery;
		testEvery = newTestEvery;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RnnPackage.SEQUENCE_TASK__TEST_EVERY, oldTestEvery, testEvery));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getAnalysisEvery() {
		return analysisEvery;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnalysisEvery(int newAnalysisEvery) {
		int oldAnalysisEvery = analysisEvery;
		analysisEvery = newAnalysisEvery;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RnnPackage.SEQUENCE_TASK__ANALYSIS_EVERY, oldAnalysisEvery, analysisEvery));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EpsilonConvention getEpsilonConvention() {
		return epsilonConvention;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEpsilonConvention(EpsilonConvention newEpsilonConvention) {
		EpsilonConvention oldEpsilonConvention = epsilonConvention;
		epsilonConvention = newEpsilonConvention == null ? EPSILON_CONVENTION_EDEFAULT : newEpsilonConvention;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RnnPackage.SEQUENCE_TASK__EPSILON_CONVENTION, oldEpsilonConvention, epsilonConvention));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getEpsilonFraction() {
		return epsilonFraction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEpsilonFraction(double newEpsilonFraction) {
		double oldEpsilonFraction = epsilonFraction;
		epsilonFraction = newEpsilonFraction;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RnnPackage.SEQUENCE_TASK__EPSILON_FRACTION, oldEpsilonFraction, epsilonFraction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getAutomatonTestLength() {
		return automatonTestLength;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAutomatonTestLength(int newAutomatonTestLength) {
		int oldAutomatonTestLength = automatonTestLength;
		automatonTestLength = newAutomatonTestLength;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RnnPackage.SEQUENCE_TASK__AUTOMATON_TEST_LENGTH, oldAutomatonTestLength, automatonTestLength));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getAutomatonTestStrings() {
		return automatonTestStrings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAutomatonTestStrings(int newAutomatonTestStrings) {
		int oldAutomatonTestStrings = automatonTestStrings;
		automatonTestStrings = newAutomatonTestStrings;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RnnPackage.SEQUENCE_TASK__AUTOMATON_TEST_STRINGS, oldAutomatonTestStrings, automatonTestStrings));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPairString1() {
		return pairString1;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPairString1(String newPairString1) {
		String oldPairString1 = pairString1;
		pairString1 = newPairString1;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RnnPackage.SEQUENCE_TASK__PAIR_STRING1, oldPairString1, pairString1));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPairString2() {
		return pairString2;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPairString2(String newPairString2) {
		String oldPairString2 = pairString2;
		pairString2 = newPairString2;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RnnPackage.SEQUENCE_TASK__PAIR_STRING2, oldPairString2, pairString2));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RnnPackage.SEQUENCE_TASK__SYMBOLS:
				return getSymbols();
			case RnnPackage.SEQUENCE_TASK__MAX_LENGTH:
				return getMaxLength();
			case RnnPackage.SEQUENCE_TASK__DATA_FRACTION:
				return getDataFraction();
			case RnnPackage.SEQUENCE_TASK__VALIDATION_LENGTH:
				return getValidationLength();
			case RnnPackage.SEQUENCE_TASK__VALIDATION_STRINGS:
				return getValidationStrings();
			case RnnPackage.SEQUENCE_TASK__TEST_LENGTHS:
				return getTestLengths();
			case RnnPackage.SEQUENCE_TASK__TEST_STRINGS:
				return getTestStrings();
			case RnnPackage.SEQUENCE_TASK__TEST_EVERY:
				return getTestEvery();
			case RnnPackage.SEQUENCE_TASK__ANALYSIS_EVERY:
				return getAnalysisEvery();
			case RnnPackage.SEQUENCE_TASK__EPSILON_CONVENTION:
				return getEpsilonConvention();
			case RnnPackage.SEQUENCE_TASK__EPSILON_FRACTION:
				return getEpsilonFraction();
			case RnnPackage.SEQUENCE_TASK__AUTOMATON_TEST_LENGTH:
				return getAutomatonTestLength();
			case RnnPackage.SEQUENCE_TASK__AUTOMATON_TEST_STRINGS:
				return getAutomatonTestStrings();
			case RnnPackage.SEQUENCE_TASK__PAIR_STRING1:
				return getPairString1();
			case RnnPackage.SEQUENCE_TASK__PAIR_STRING2:
				return getPairString2();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case RnnPackage.SEQUENCE_TASK__SYMBOLS:
				setSymbols((Integer)newValue);
				return;
			case RnnPackage.SEQUENCE_TASK__MAX_LENGTH:
				setMaxLength((Integer)newValue);
				return;
			case RnnPackage.SEQUENCE_TASK__DATA_FRACTION:
				setDataFraction((Double)newValue);
				return;
			case RnnPackage.SEQUENCE_TASK__VALIDATION_LENGTH:
				setValidationLength((Integer)newValue);
				return;
			case RnnPackage.SEQUENCE_TASK__VALIDATION_STRINGS:
				setValidationStrings((Integer)newValue);
				return;
			case RnnPackage.SEQUENCE_TASK__TEST_LENGTHS:
				getTestLengths().clear();
				getTestLengths().addAll((Collection<? extends Integer>)newValue);
				return;
			case RnnPackage.SEQUENCE_TASK__TEST_STRINGS:
				setTestStrings((Integer)newValue);
				return;
			case RnnPackage.SEQUENCE_TASK__TEST_EVERY:
				setTestEvery((Integer)newValue);
				return;
			case RnnPackage.SEQUENCE_TASK__ANALYSIS_EVERY:
				setAnalysisEvery((Integer)newValue);
				return;
			case RnnPackage.SEQUENCE_TASK__EPSILON_CONVENTION:
				setEpsilonConvention((EpsilonConvention)newValue);
				return;
			case RnnPackage.SEQUENCE_TASK__EPSILON_FRACTION:
				setEpsilonFraction((Double)newValue);
				return;
			case RnnPackage.SEQUENCE_TASK__AUTOMATON_TEST_LENGTH:
				setAutomatonTestLength((Integer)newValue);
				return;
			case RnnPackage.SEQUENCE_TASK__AUTOMATON_TEST_STRINGS:
				setAutomatonTestStrings((Integer)newValue);
				return;
			case RnnPackage.SEQUENCE_TASK__PAIR_STRING1:
				setPairString1((String)newValue);
				return;
			case RnnPackage.SEQUENCE_TASK__PAIR_STRING2:
				setPairString2((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case RnnPackage.SEQUENCE_TASK__SYMBOLS:
				setSymbols(SYMBOLS_EDEFAULT);
				return;
			case RnnPackage.SEQUENCE_TASK__MAX_LENGTH:
				setMaxLength(MAX_LENGTH_EDEFAULT);
				return;
			case RnnPackage.SEQUENCE_TASK__DATA_FRACTION:
				setDataFraction(DATA_FRACTION_EDEFAULT);
				return;
			case RnnPackage.SEQUENCE_TASK__VALIDATION_LENGTH:
				setValidationLength(VALIDATION_LENGTH_EDEFAULT);
				return;
			case RnnPackage.SEQUENCE_TASK__VALIDATION_STRINGS:
				setValidationStrings(VALIDATION_STRINGS_EDEFAULT);
				return;
			case RnnPackage.SEQUENCE_TASK__TEST_LENGTHS:
				getTestLengths().clear();
				return;
			case RnnPackage.SEQUENCE_TASK__TEST_STRINGS:
				setTestStrings(TEST_STRINGS_EDEFAULT);
				return;
			case RnnPackage.SEQUENCE_TASK__TEST_EVERY:
				setTestEvery(TEST_EVERY_EDEFAULT);
				return;
			case RnnPackage.SEQUENCE_TASK__ANALYSIS_EVERY:
				setAnalysisEvery(ANALYSIS_EVERY_EDEFAULT);
				return;
			case RnnPackage.SEQUENCE_TASK__EPSILON_CONVENTION:
				setEpsilonConvention(EPSILON_CONVENTION_EDEFAULT);
				return;
			case RnnPackage.SEQUENCE_TASK__EPSILON_FRACTION:
				setEpsilonFraction(EPSILON_FRACTION_EDEFAULT);
				return;
			case RnnPackage.SEQUENCE_TASK__AUTOMATON_TEST_LENGTH:
				setAutomatonTestLength(AUTOMATON_TEST_LENGTH_EDEFAULT);
				return;
			case RnnPackage.SEQUENCE_TASK__AUTOMATON_TEST_STRINGS:
				setAutomatonTestStrings(AUTOMATON_TEST_STRINGS_EDEFAULT);
				return;
			case RnnPackage.SEQUENCE_TASK__PAIR_STRING1:
				setPairString1(PAIR_STRING1_EDEFAULT);
				return;
			case RnnPackage.SEQUENCE_TASK__PAIR_STRING2:
				setPairString2(PAIR_STRING2_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case RnnPackage.SEQUENCE_TASK__SYMBOLS:
				return symbols != SYMBOLS_EDEFAULT;
			case RnnPackage.SEQUENCE_TASK__MAX_LENGTH:
				return maxLength != MAX_LENGTH_EDEFAULT;
			case RnnPackage.SEQUENCE_TASK__DATA_FRACTION:
				return dataFraction != DATA_FRACTION_EDEFAULT;
			case RnnPackage.SEQUENCE_TASK__VALIDATION_LENGTH:
				return validationLength != VALIDATION_LENGTH_EDEFAULT;
			case RnnPackage.SEQUENCE_TASK__VALIDATION_STRINGS:
				return validationStrings != VALIDATION_STRINGS_EDEFAULT;
			case RnnPackage.SEQUENCE_TASK__TEST_LENGTHS:
				return testLengths != null && !testLengths.isEmpty();
			case RnnPackage.SEQUENCE_TASK__TEST_STRINGS:
				return testStrings != TEST_STRINGS_EDEFAULT;
			case RnnPackage.SEQUENCE_TASK__TEST_EVERY:
				return testEvery != TEST_EVERY_EDEFAULT;
			case RnnPackage.SEQUENCE_TASK__ANALYSIS_EVERY:
				return analysisEvery != ANALYSIS_EVERY_EDEFAULT;
			case RnnPackage.SEQUENCE_TASK__EPSILON_CONVENTION:
				return epsilonConvention != EPSILON_CONVENTION_EDEFAULT;
			case RnnPackage.SEQUENCE_TASK__EPSILON_FRACTION:
				return epsilonFraction != EPSILON_FRACTION_EDEFAULT;
			case RnnPackage.SEQUENCE_TASK__AUTOMATON_TEST_LENGTH:
				return automatonTestLength != AUTOMATON_TEST_LENGTH_EDEFAULT;
			case RnnPackage.SEQUENCE_TASK__AUTOMATON_TEST_STRINGS:
				return automatonTestStrings != AUTOMATON_TEST_STRINGS_EDEFAULT;
			case RnnPackage.SEQUENCE_TASK__PAIR_STRING1:
				return PAIR_STRING1_EDEFAULT == null ? pairString1 != null : !PAIR_STRING1_EDEFAULT.equals(pairString1);
			case RnnPackage.SEQUENCE_TASK__PAIR_STRING2:
				return PAIR_STRING2_EDEFAULT == null ? pairString2 != null : !PAIR_STRING2_EDEFAULT.equals(pairString2);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (symbols: ");
		result.append(symbols);
		result.append(", maxLength: ");
		result.append(maxLength);
		result.append(", dataFraction: ");
		result.append(dataFraction);
		result.append(", validationLength: ");
		result.append(validationLength);
		result.append(", validationStrings: ");
		result.append(validationStrings);
		result.append(", testLengths: ");
		result.append(testLengths);
		result.append(", testStrings: ");
		result.append(testStrings);
		result.append(", testEvery: ");
		result.append(testEvery);
		result.append(", analysisEvery: ");
		result.append(analysisEvery);
		result.append(", epsilonConvention: ");
		result.append(epsilonConvention);
		result.append(", epsilonFraction: ");
		result.append(epsilonFraction);
		result.append(", automatonTestLength: ");
		result.append(automatonTestLength);
		result.append(", automatonTestStrings: ");
		result.append(automatonTestStrings);
		result.append(", pairString1: ");
		result.append(pairString1);
		result.append(", pairString2: ");
		result.append(pairString2);
		result.append(')');
		return result.toString();
	}

} //SequenceTaskImpl
