/**
 * Code marked @generated is produced by EMF from model/rnn.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.family.rnn.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.plateau.model.PlateauPackage;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The recurrent-network family (van Rossem & Saxe, ICML 2025, streaming parity; ICML 2024, When Representations Align): an Elman RNN learning a regular language given by an automaton, the automaton extracted from its hidden states, and the effective theory of a pair of representations.
 * <!-- end-model-doc -->
 * @see org.plateau.family.rnn.model.RnnFactory
 * @model kind="package"
 * @generated
 */
public interface RnnPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://www.plateau.org/model/family/rnn/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "rnn";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	RnnPackage eINSTANCE = org.plateau.family.rnn.model.impl.RnnPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.plateau.family.rnn.model.impl.SequenceTaskImpl <em>Sequence Task</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.plateau.family.rnn.model.impl.SequenceTaskImpl
	 * @see org.plateau.family.rnn.model.impl.RnnPackageImpl#getSequenceTask()
	 * @generated
	 */
	int SEQUENCE_TASK = 0;

	/**
	 * The feature id for the '<em><b>Symbols</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEQUENCE_TASK__SYMBOLS = PlateauPackage.TASK_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Max Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEQUENCE_TASK__MAX_LENGTH = PlateauPackage.TASK_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Data Fraction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEQUENCE_TASK__DATA_FRACTION = PlateauPackage.TASK_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Validation Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEQUENCE_TASK__VALIDATION_LENGTH = PlateauPackage.TASK_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Validation Strings</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEQUENCE_TASK__VALIDATION_STRINGS = PlateauPackage.TASK_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Test Lengths</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEQUENCE_TASK__TEST_LENGTHS = PlateauPackage.TASK_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Test Strings</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEQUENCE_TASK__TEST_STRINGS = PlateauPackage.TASK_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Test Every</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEQUENCE_TASK__TEST_EVERY = PlateauPackage.TASK_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Analysis Every</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEQUENCE_TASK__ANALYSIS_EVERY = PlateauPackage.TASK_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Epsilon Convention</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEQUENCE_TASK__EPSILON_CONVENTION = PlateauPackage.TASK_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Epsilon Fraction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEQUENCE_TASK__EPSILON_FRACTION = PlateauPackage.TASK_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Automaton Test Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEQUENCE_TASK__AUTOMATON_TEST_LENGTH = PlateauPackage.TASK_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Automaton Test Strings</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEQUENCE_TASK__AUTOMATON_TEST_STRINGS = PlateauPackage.TASK_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Pair String1</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEQUENCE_TASK__PAIR_STRING1 = PlateauPackage.TASK_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Pair String2</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEQUENCE_TASK__PAIR_STRING2 = PlateauPackage.TASK_FEATURE_COUNT + 14;

	/**
	 * The number of structural features of the '<em>Sequence Task</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEQUENCE_TASK_FEATURE_COUNT = PlateauPackage.TASK_FEATURE_COUNT + 15;

	/**
	 * The number of operations of the '<em>Sequence Task</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEQUENCE_TASK_OPERATION_COUNT = PlateauPackage.TASK_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.plateau.family.rnn.model.impl.AutomatonTaskImpl <em>Automaton Task</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.plateau.family.rnn.model.impl.AutomatonTaskImpl
	 * @see org.plateau.family.rnn.model.impl.RnnPackageImpl#getAutomatonTask()
	 * @generated
	 */
	int AUTOMATON_TASK = 1;

	/**
	 * The feature id for the '<em><b>Symbols</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTOMATON_TASK__SYMBOLS = SEQUENCE_TASK__SYMBOLS;

	/**
	 * The feature id for the '<em><b>Max Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTOMATON_TASK__MAX_LENGTH = SEQUENCE_TASK__MAX_LENGTH;

	/**
	 * The feature id for the '<em><b>Data Fraction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTOMATON_TASK__DATA_FRACTION = SEQUENCE_TASK__DATA_FRACTION;

	/**
	 * The feature id for the '<em><b>Validation Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTOMATON_TASK__VALIDATION_LENGTH = SEQUENCE_TASK__VALIDATION_LENGTH;

	/**
	 * The feature id for the '<em><b>Validation Strings</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTOMATON_TASK__VALIDATION_STRINGS = SEQUENCE_TASK__VALIDATION_STRINGS;

	/**
	 * The feature id for the '<em><b>Test Lengths</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTOMATON_TASK__TEST_LENGTHS = SEQUENCE_TASK__TEST_LENGTHS;

	/**
	 * The feature id for the '<em><b>Test Strings</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTOMATON_TASK__TEST_STRINGS = SEQUENCE_TASK__TEST_STRINGS;

	/**
	 * The feature id for the '<em><b>Test Every</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTOMATON_TASK__TEST_EVERY = SEQUENCE_TASK__TEST_EVERY;

	/**
	 * The feature id for the '<em><b>Analysis Every</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTOMATON_TASK__ANALYSIS_EVERY = SEQUENCE_TASK__ANALYSIS_EVERY;

	/**
	 * The feature id for the '<em><b>Epsilon Convention</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTOMATON_TASK__EPSILON_CONVENTION = SEQUENCE_TASK__EPSILON_CONVENTION;

	/**
	 * The feature id for the '<em><b>Epsilon Fraction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTOMATON_TASK__EPSILON_FRACTION = SEQUENCE_TASK__EPSILON_FRACTION;

	/**
	 * The feature id for the '<em><b>Automaton Test Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTOMATON_TASK__AUTOMATON_TEST_LENGTH = SEQUENCE_TASK__AUTOMATON_TEST_LENGTH;

	/**
	 * The feature id for the '<em><b>Automaton Test Strings</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTOMATON_TASK__AUTOMATON_TEST_STRINGS = SEQUENCE_TASK__AUTOMATON_TEST_STRINGS;

	/**
	 * The feature id for the '<em><b>Pair String1</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTOMATON_TASK__PAIR_STRING1 = SEQUENCE_TASK__PAIR_STRING1;

	/**
	 * The feature id for the '<em><b>Pair String2</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTOMATON_TASK__PAIR_STRING2 = SEQUENCE_TASK__PAIR_STRING2;

	/**
	 * The feature id for the '<em><b>States</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTOMATON_TASK__STATES = SEQUENCE_TASK_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Automaton Task</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTOMATON_TASK_FEATURE_COUNT = SEQUENCE_TASK_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Automaton Task</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTOMATON_TASK_OPERATION_COUNT = SEQUENCE_TASK_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.plateau.family.rnn.model.impl.TaskStateImpl <em>Task State</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.plateau.family.rnn.model.impl.TaskStateImpl
	 * @see org.plateau.family.rnn.model.impl.RnnPackageImpl#getTaskState()
	 * @generated
	 */
	int TASK_STATE = 2;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK_STATE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Output</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK_STATE__OUTPUT = 1;

	/**
	 * The feature id for the '<em><b>Next</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK_STATE__NEXT = 2;

	/**
	 * The number of structural features of the '<em>Task State</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK_STATE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Task State</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK_STATE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.plateau.family.rnn.model.impl.RandomAutomatonTaskImpl <em>Random Automaton Task</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.plateau.family.rnn.model.impl.RandomAutomatonTaskImpl
	 * @see org.plateau.family.rnn.model.impl.RnnPackageImpl#getRandomAutomatonTask()
	 * @generated
	 */
	int RANDOM_AUTOMATON_TASK = 3;

	/**
	 * The feature id for the '<em><b>Symbols</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANDOM_AUTOMATON_TASK__SYMBOLS = SEQUENCE_TASK__SYMBOLS;

	/**
	 * The feature id for the '<em><b>Max Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANDOM_AUTOMATON_TASK__MAX_LENGTH = SEQUENCE_TASK__MAX_LENGTH;

	/**
	 * The feature id for the '<em><b>Data Fraction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANDOM_AUTOMATON_TASK__DATA_FRACTION = SEQUENCE_TASK__DATA_FRACTION;

	/**
	 * The feature id for the '<em><b>Validation Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANDOM_AUTOMATON_TASK__VALIDATION_LENGTH = SEQUENCE_TASK__VALIDATION_LENGTH;

	/**
	 * The feature id for the '<em><b>Validation Strings</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANDOM_AUTOMATON_TASK__VALIDATION_STRINGS = SEQUENCE_TASK__VALIDATION_STRINGS;

	/**
	 * The feature id for the '<em><b>Test Lengths</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANDOM_AUTOMATON_TASK__TEST_LENGTHS = SEQUENCE_TASK__TEST_LENGTHS;

	/**
	 * The feature id for the '<em><b>Test Strings</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANDOM_AUTOMATON_TASK__TEST_STRINGS = SEQUENCE_TASK__TEST_STRINGS;

	/**
	 * The feature id for the '<em><b>Test Every</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANDOM_AUTOMATON_TASK__TEST_EVERY = SEQUENCE_TASK__TEST_EVERY;

	/**
	 * The feature id for the '<em><b>Analysis Every</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANDOM_AUTOMATON_TASK__ANALYSIS_EVERY = SEQUENCE_TASK__ANALYSIS_EVERY;

	/**
	 * The feature id for the '<em><b>Epsilon Convention</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANDOM_AUTOMATON_TASK__EPSILON_CONVENTION = SEQUENCE_TASK__EPSILON_CONVENTION;

	/**
	 * The feature id for the '<em><b>Epsilon Fraction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANDOM_AUTOMATON_TASK__EPSILON_FRACTION = SEQUENCE_TASK__EPSILON_FRACTION;

	/**
	 * The feature id for the '<em><b>Automaton Test Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANDOM_AUTOMATON_TASK__AUTOMATON_TEST_LENGTH = SEQUENCE_TASK__AUTOMATON_TEST_LENGTH;

	/**
	 * The feature id for the '<em><b>Automaton Test Strings</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANDOM_AUTOMATON_TASK__AUTOMATON_TEST_STRINGS = SEQUENCE_TASK__AUTOMATON_TEST_STRINGS;

	/**
	 * The feature id for the '<em><b>Pair String1</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANDOM_AUTOMATON_TASK__PAIR_STRING1 = SEQUENCE_TASK__PAIR_STRING1;

	/**
	 * The feature id for the '<em><b>Pair String2</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANDOM_AUTOMATON_TASK__PAIR_STRING2 = SEQUENCE_TASK__PAIR_STRING2;

	/**
	 * The feature id for the '<em><b>Max States</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANDOM_AUTOMATON_TASK__MAX_STATES = SEQUENCE_TASK_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>New State Probability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANDOM_AUTOMATON_TASK__NEW_STATE_PROBABILITY = SEQUENCE_TASK_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Outputs</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANDOM_AUTOMATON_TASK__OUTPUTS = SEQUENCE_TASK_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Automaton Seed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANDOM_AUTOMATON_TASK__AUTOMATON_SEED = SEQUENCE_TASK_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Random Automaton Task</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANDOM_AUTOMATON_TASK_FEATURE_COUNT = SEQUENCE_TASK_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Random Automaton Task</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANDOM_AUTOMATON_TASK_OPERATION_COUNT = SEQUENCE_TASK_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.plateau.family.rnn.model.impl.RecurrentNetworkImpl <em>Recurrent Network</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.plateau.family.rnn.model.impl.RecurrentNetworkImpl
	 * @see org.plateau.family.rnn.model.impl.RnnPackageImpl#getRecurrentNetwork()
	 * @generated
	 */
	int RECURRENT_NETWORK = 4;

	/**
	 * The feature id for the '<em><b>Hidden Units</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECURRENT_NETWORK__HIDDEN_UNITS = PlateauPackage.ARCHITECTURE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Activation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECURRENT_NETWORK__ACTIVATION = PlateauPackage.ARCHITECTURE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Initial State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECURRENT_NETWORK__INITIAL_STATE = PlateauPackage.ARCHITECTURE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Readout</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECURRENT_NETWORK__READOUT = PlateauPackage.ARCHITECTURE_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Recurrent Network</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECURRENT_NETWORK_FEATURE_COUNT = PlateauPackage.ARCHITECTURE_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Recurrent Network</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECURRENT_NETWORK_OPERATION_COUNT = PlateauPackage.ARCHITECTURE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.plateau.family.rnn.model.impl.XavierNormalInitialisationImpl <em>Xavier Normal Initialisation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.plateau.family.rnn.model.impl.XavierNormalInitialisationImpl
	 * @see org.plateau.family.rnn.model.impl.RnnPackageImpl#getXavierNormalInitialisation()
	 * @generated
	 */
	int XAVIER_NORMAL_INITIALISATION = 5;

	/**
	 * The feature id for the '<em><b>Gain</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int XAVIER_NORMAL_INITIALISATION__GAIN = PlateauPackage.INITIALISATION_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Xavier Normal Initialisation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int XAVIER_NORMAL_INITIALISATION_FEATURE_COUNT = PlateauPackage.INITIALISATION_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Xavier Normal Initialisation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int XAVIER_NORMAL_INITIALISATION_OPERATION_COUNT = PlateauPackage.INITIALISATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.plateau.family.rnn.model.impl.RepresentationPairTaskImpl <em>Representation Pair Task</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.plateau.family.rnn.model.impl.RepresentationPairTaskImpl
	 * @see org.plateau.family.rnn.model.impl.RnnPackageImpl#getRepresentationPairTask()
	 * @generated
	 */
	int REPRESENTATION_PAIR_TASK = 6;

	/**
	 * The feature id for the '<em><b>Targets1</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPRESENTATION_PAIR_TASK__TARGETS1 = PlateauPackage.TASK_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Targets2</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPRESENTATION_PAIR_TASK__TARGETS2 = PlateauPackage.TASK_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Representation Pair Task</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPRESENTATION_PAIR_TASK_FEATURE_COUNT = PlateauPackage.TASK_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Representation Pair Task</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPRESENTATION_PAIR_TASK_OPERATION_COUNT = PlateauPackage.TASK_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.plateau.family.rnn.model.impl.PairInitialisationImpl <em>Pair Initialisation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.plateau.family.rnn.model.impl.PairInitialisationImpl
	 * @see org.plateau.family.rnn.model.impl.RnnPackageImpl#getPairInitialisation()
	 * @generated
	 */
	int PAIR_INITIALISATION = 7;

	/**
	 * The feature id for the '<em><b>Hidden1</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAIR_INITIALISATION__HIDDEN1 = PlateauPackage.INITIALISATION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Hidden2</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAIR_INITIALISATION__HIDDEN2 = PlateauPackage.INITIALISATION_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Readout Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAIR_INITIALISATION__READOUT_WEIGHT = PlateauPackage.INITIALISATION_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Readout Bias</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAIR_INITIALISATION__READOUT_BIAS = PlateauPackage.INITIALISATION_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Pair Initialisation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAIR_INITIALISATION_FEATURE_COUNT = PlateauPackage.INITIALISATION_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Pair Initialisation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAIR_INITIALISATION_OPERATION_COUNT = PlateauPackage.INITIALISATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.plateau.family.rnn.model.impl.ExpansionModelImpl <em>Expansion Model</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.plateau.family.rnn.model.impl.ExpansionModelImpl
	 * @see org.plateau.family.rnn.model.impl.RnnPackageImpl#getExpansionModel()
	 * @generated
	 */
	int EXPANSION_MODEL = 8;

	/**
	 * The feature id for the '<em><b>Expansion Point</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPANSION_MODEL__EXPANSION_POINT = PlateauPackage.ARCHITECTURE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Hidden Rate1</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPANSION_MODEL__HIDDEN_RATE1 = PlateauPackage.ARCHITECTURE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Hidden Rate2</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPANSION_MODEL__HIDDEN_RATE2 = PlateauPackage.ARCHITECTURE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Readout Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPANSION_MODEL__READOUT_RATE = PlateauPackage.ARCHITECTURE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Bias Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPANSION_MODEL__BIAS_RATE = PlateauPackage.ARCHITECTURE_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Expansion Model</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPANSION_MODEL_FEATURE_COUNT = PlateauPackage.ARCHITECTURE_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Expansion Model</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPANSION_MODEL_OPERATION_COUNT = PlateauPackage.ARCHITECTURE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.plateau.family.rnn.model.impl.TwoPointTaskImpl <em>Two Point Task</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.plateau.family.rnn.model.impl.TwoPointTaskImpl
	 * @see org.plateau.family.rnn.model.impl.RnnPackageImpl#getTwoPointTask()
	 * @generated
	 */
	int TWO_POINT_TASK = 9;

	/**
	 * The feature id for the '<em><b>Input Distance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TWO_POINT_TASK__INPUT_DISTANCE = PlateauPackage.TASK_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Output Distance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TWO_POINT_TASK__OUTPUT_DISTANCE = PlateauPackage.TASK_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Input Dimension</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TWO_POINT_TASK__INPUT_DIMENSION = PlateauPackage.TASK_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Output Dimension</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TWO_POINT_TASK__OUTPUT_DIMENSION = PlateauPackage.TASK_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Two Point Task</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TWO_POINT_TASK_FEATURE_COUNT = PlateauPackage.TASK_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Two Point Task</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TWO_POINT_TASK_OPERATION_COUNT = PlateauPackage.TASK_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.plateau.family.rnn.model.impl.MultilayerPerceptronImpl <em>Multilayer Perceptron</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.plateau.family.rnn.model.impl.MultilayerPerceptronImpl
	 * @see org.plateau.family.rnn.model.impl.RnnPackageImpl#getMultilayerPerceptron()
	 * @generated
	 */
	int MULTILAYER_PERCEPTRON = 10;

	/**
	 * The feature id for the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MULTILAYER_PERCEPTRON__WIDTH = PlateauPackage.ARCHITECTURE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Hidden Layers</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MULTILAYER_PERCEPTRON__HIDDEN_LAYERS = PlateauPackage.ARCHITECTURE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Activation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MULTILAYER_PERCEPTRON__ACTIVATION = PlateauPackage.ARCHITECTURE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Tracked Layer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MULTILAYER_PERCEPTRON__TRACKED_LAYER = PlateauPackage.ARCHITECTURE_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Multilayer Perceptron</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MULTILAYER_PERCEPTRON_FEATURE_COUNT = PlateauPackage.ARCHITECTURE_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Multilayer Perceptron</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MULTILAYER_PERCEPTRON_OPERATION_COUNT = PlateauPackage.ARCHITECTURE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.plateau.family.rnn.model.EpsilonConvention <em>Epsilon Convention</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.plateau.family.rnn.model.EpsilonConvention
	 * @see org.plateau.family.rnn.model.impl.RnnPackageImpl#getEpsilonConvention()
	 * @generated
	 */
	int EPSILON_CONVENTION = 11;

	/**
	 * The meta object id for the '{@link org.plateau.family.rnn.model.Activation <em>Activation</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.plateau.family.rnn.model.Activation
	 * @see org.plateau.family.rnn.model.impl.RnnPackageImpl#getActivation()
	 * @generated
	 */
	int ACTIVATION = 12;

	/**
	 * The meta object id for the '{@link org.plateau.family.rnn.model.InitialState <em>Initial State</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.plateau.family.rnn.model.InitialState
	 * @see org.plateau.family.rnn.model.impl.RnnPackageImpl#getInitialState()
	 * @generated
	 */
	int INITIAL_STATE = 13;

	/**
	 * The meta object id for the '{@link org.plateau.family.rnn.model.Readout <em>Readout</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.plateau.family.rnn.model.Readout
	 * @see org.plateau.family.rnn.model.impl.RnnPackageImpl#getReadout()
	 * @generated
	 */
	int READOUT = 14;

	/**
	 * The meta object id for the '{@link org.plateau.family.rnn.model.ExpansionPoint <em>Expansion Point</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.plateau.family.rnn.model.ExpansionPoint
	 * @see org.plateau.family.rnn.model.impl.RnnPackageImpl#getExpansionPoint()
	 * @generated
	 */
	int EXPANSION_POINT = 15;


	/**
	 * Returns the meta object for class '{@link org.plateau.family.rnn.model.SequenceTask <em>Sequence Task</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Sequence Task</em>'.
	 * @see org.plateau.family.rnn.model.SequenceTask
	 * @generated
	 */
	EClass getSequenceTask();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.family.rnn.model.SequenceTask#getSymbols <em>Symbols</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Symbols</em>'.
	 * @see org.plateau.family.rnn.model.SequenceTask#getSymbols()
	 * @see #getSequenceTask()
	 * @generated
	 */
	EAttribute getSequenceTask_Symbols();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.family.rnn.model.SequenceTask#getMaxLength <em>Max Length</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Length</em>'.
	 * @see org.plateau.family.rnn.model.SequenceTask#getMaxLength()
	 * @see #getSequenceTask()
	 * @generated
	 */
	EAttribute getSequenceTask_MaxLength();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.family.rnn.model.SequenceTask#getDataFraction <em>Data Fraction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Data Fraction</em>'.
	 * @see org.plateau.family.rnn.model.SequenceTask#getDataFraction()
	 * @see #getSequenceTask()
	 * @generated
	 */
	EAttribute getSequenceTask_DataFraction();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.family.rnn.model.SequenceTask#getValidationLength <em>Validation Length</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Validation Length</em>'.
	 * @see org.plateau.family.rnn.model.SequenceTask#getValidationLength()
	 * @see #getSequenceTask()
	 * @generated
	 */
	EAttribute getSequenceTask_ValidationLength();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.family.rnn.model.SequenceTask#getValidationStrings <em>Validation Strings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Validation Strings</em>'.
	 * @see org.plateau.family.rnn.model.SequenceTask#getValidationStrings()
	 * @see #getSequenceTask()
	 * @generated
	 */
	EAttribute getSequenceTask_ValidationStrings();

	/**
	 * Returns the meta object for the attribute list '{@link org.plateau.family.rnn.model.SequenceTask#getTestLengths <em>Test Lengths</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Test Lengths</em>'.
	 * @see org.plateau.family.rnn.model.SequenceTask#getTestLengths()
	 * @see #getSequenceTask()
	 * @generated
	 */
	EAttribute getSequenceTask_TestLengths();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.family.rnn.model.SequenceTask#getTestStrings <em>Test Strings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Test Strings</em>'.
	 * @see org.plateau.family.rnn.model.SequenceTask#getTestStrings()
	 * @see #getSequenceTask()
	 * @generated
	 */
	EAttribute getSequenceTask_TestStrings();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.family.rnn.model.SequenceTask#getTestEvery <em>Test Every</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Test Every</em>'.
	 * @see org.plateau.family.rnn.model.SequenceTask#getTestEvery()
	 * @see #getSequenceTask()
	 * @generated
	 */
	EAttribute getSequenceTask_TestEvery();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.family.rnn.model.SequenceTask#getAnalysisEvery <em>Analysis Every</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Analysis Every</em>'.
	 * @see org.plateau.family.rnn.model.SequenceTask#getAnalysisEvery()
	 * @see #getSequenceTask()
	 * @generated
	 */
	EAttribute getSequenceTask_AnalysisEvery();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.family.rnn.model.SequenceTask#getEpsilonConvention <em>Epsilon Convention</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Epsilon Convention</em>'.
	 * @see org.plateau.family.rnn.model.SequenceTask#getEpsilonConvention()
	 * @see #getSequenceTask()
	 * @generated
	 */
	EAttribute getSequenceTask_EpsilonConvention();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.family.rnn.model.SequenceTask#getEpsilonFraction <em>Epsilon Fraction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Epsilon Fraction</em>'.
	 * @see org.plateau.family.rnn.model.SequenceTask#getEpsilonFraction()
	 * @see #getSequenceTask()
	 * @generated
	 */
	EAttribute getSequenceTask_EpsilonFraction();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.family.rnn.model.SequenceTask#getAutomatonTestLength <em>Automaton Test Length</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Automaton Test Length</em>'.
	 * @see org.plateau.family.rnn.model.SequenceTask#getAutomatonTestLength()
	 * @see #getSequenceTask()
	 * @generated
	 */
	EAttribute getSequenceTask_AutomatonTestLength();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.family.rnn.model.SequenceTask#getAutomatonTestStrings <em>Automaton Test Strings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Automaton Test Strings</em>'.
	 * @see org.plateau.family.rnn.model.SequenceTask#getAutomatonTestStrings()
	 * @see #getSequenceTask()
	 * @generated
	 */
	EAttribute getSequenceTask_AutomatonTestStrings();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.family.rnn.model.SequenceTask#getPairString1 <em>Pair String1</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pair String1</em>'.
	 * @see org.plateau.family.rnn.model.SequenceTask#getPairString1()
	 * @see #getSequenceTask()
	 * @generated
	 */
	EAttribute getSequenceTask_PairString1();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.family.rnn.model.SequenceTask#getPairString2 <em>Pair String2</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pair String2</em>'.
	 * @see org.plateau.family.rnn.model.SequenceTask#getPairString2()
	 * @see #getSequenceTask()
	 * @generated
	 */
	EAttribute getSequenceTask_PairString2();

	/**
	 * Returns the meta object for class '{@link org.plateau.family.rnn.model.AutomatonTask <em>Automaton Task</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Automaton Task</em>'.
	 * @see org.plateau.family.rnn.model.AutomatonTask
	 * @generated
	 */
	EClass getAutomatonTask();

	/**
	 * Returns the meta object for the containment reference list '{@link org.plateau.family.rnn.model.AutomatonTask#getStates <em>States</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>States</em>'.
	 * @see org.plateau.family.rnn.model.AutomatonTask#getStates()
	 * @see #getAutomatonTask()
	 * @generated
	 */
	EReference getAutomatonTask_States();

	/**
	 * Returns the meta object for class '{@link org.plateau.family.rnn.model.TaskState <em>Task State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Task State</em>'.
	 * @see org.plateau.family.rnn.model.TaskState
	 * @generated
	 */
	EClass getTaskState();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.family.rnn.model.TaskState#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.plateau.family.rnn.model.TaskState#getName()
	 * @see #getTaskState()
	 * @generated
	 */
	EAttribute getTaskState_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.family.rnn.model.TaskState#getOutput <em>Output</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Output</em>'.
	 * @see org.plateau.family.rnn.model.TaskState#getOutput()
	 * @see #getTaskState()
	 * @generated
	 */
	EAttribute getTaskState_Output();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.family.rnn.model.TaskState#getNext <em>Next</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Next</em>'.
	 * @see org.plateau.family.rnn.model.TaskState#getNext()
	 * @see #getTaskState()
	 * @generated
	 */
	EAttribute getTaskState_Next();

	/**
	 * Returns the meta object for class '{@link org.plateau.family.rnn.model.RandomAutomatonTask <em>Random Automaton Task</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Random Automaton Task</em>'.
	 * @see org.plateau.family.rnn.model.RandomAutomatonTask
	 * @generated
	 */
	EClass getRandomAutomatonTask();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.family.rnn.model.RandomAutomatonTask#getMaxStates <em>Max States</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max States</em>'.
	 * @see org.plateau.family.rnn.model.RandomAutomatonTask#getMaxStates()
	 * @see #getRandomAutomatonTask()
	 * @generated
	 */
	EAttribute getRandomAutomatonTask_MaxStates();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.family.rnn.model.RandomAutomatonTask#getNewStateProbability <em>New State Probability</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>New State Probability</em>'.
	 * @see org.plateau.family.rnn.model.RandomAutomatonTask#getNewStateProbability()
	 * @see #getRandomAutomatonTask()
	 * @generated
	 */
	EAttribute getRandomAutomatonTask_NewStateProbability();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.family.rnn.model.RandomAutomatonTask#getOutputs <em>Outputs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Outputs</em>'.
	 * @see org.plateau.family.rnn.model.RandomAutomatonTask#getOutputs()
	 * @see #getRandomAutomatonTask()
	 * @generated
	 */
	EAttribute getRandomAutomatonTask_Outputs();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.family.rnn.model.RandomAutomatonTask#getAutomatonSeed <em>Automaton Seed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Automaton Seed</em>'.
	 * @see org.plateau.family.rnn.model.RandomAutomatonTask#getAutomatonSeed()
	 * @see #getRandomAutomatonTask()
	 * @generated
	 */
	EAttribute getRandomAutomatonTask_AutomatonSeed();

	/**
	 * Returns the meta object for class '{@link org.plateau.family.rnn.model.RecurrentNetwork <em>Recurrent Network</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Recurrent Network</em>'.
	 * @see org.plateau.family.rnn.model.RecurrentNetwork
	 * @generated
	 */
	EClass getRecurrentNetwork();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.family.rnn.model.RecurrentNetwork#getHiddenUnits <em>Hidden Units</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hidden Units</em>'.
	 * @see org.plateau.family.rnn.model.RecurrentNetwork#getHiddenUnits()
	 * @see #getRecurrentNetwork()
	 * @generated
	 */
	EAttribute getRecurrentNetwork_HiddenUnits();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.family.rnn.model.RecurrentNetwork#getActivation <em>Activation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Activation</em>'.
	 * @see org.plateau.family.rnn.model.RecurrentNetwork#getActivation()
	 * @see #getRecurrentNetwork()
	 * @generated
	 */
	EAttribute getRecurrentNetwork_Activation();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.family.rnn.model.RecurrentNetwork#getInitialState <em>Initial State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Initial State</em>'.
	 * @see org.plateau.family.rnn.model.RecurrentNetwork#getInitialState()
	 * @see #getRecurrentNetwork()
	 * @generated
	 */
	EAttribute getRecurrentNetwork_InitialState();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.family.rnn.model.RecurrentNetwork#getReadout <em>Readout</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Readout</em>'.
	 * @see org.plateau.family.rnn.model.RecurrentNetwork#getReadout()
	 * @see #getRecurrentNetwork()
	 * @generated
	 */
	EAttribute getRecurrentNetwork_Readout();

	/**
	 * Returns the meta object for class '{@link org.plateau.family.rnn.model.XavierNormalInitialisation <em>Xavier Normal Initialisation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Xavier Normal Initialisation</em>'.
	 * @see org.plateau.family.rnn.model.XavierNormalInitialisation
	 * @generated
	 */
	EClass getXavierNormalInitialisation();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.family.rnn.model.XavierNormalInitialisation#getGain <em>Gain</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Gain</em>'.
	 * @see org.plateau.family.rnn.model.XavierNormalInitialisation#getGain()
	 * @see #getXavierNormalInitialisation()
	 * @generated
	 */
	EAttribute getXavierNormalInitialisation_Gain();

	/**
	 * Returns the meta object for class '{@link org.plateau.family.rnn.model.RepresentationPairTask <em>Representation Pair Task</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Representation Pair Task</em>'.
	 * @see org.plateau.family.rnn.model.RepresentationPairTask
	 * @generated
	 */
	EClass getRepresentationPairTask();

	/**
	 * Returns the meta object for the attribute list '{@link org.plateau.family.rnn.model.RepresentationPairTask#getTargets1 <em>Targets1</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Targets1</em>'.
	 * @see org.plateau.family.rnn.model.RepresentationPairTask#getTargets1()
	 * @see #getRepresentationPairTask()
	 * @generated
	 */
	EAttribute getRepresentationPairTask_Targets1();

	/**
	 * Returns the meta object for the attribute list '{@link org.plateau.family.rnn.model.RepresentationPairTask#getTargets2 <em>Targets2</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Targets2</em>'.
	 * @see org.plateau.family.rnn.model.RepresentationPairTask#getTargets2()
	 * @see #getRepresentationPairTask()
	 * @generated
	 */
	EAttribute getRepresentationPairTask_Targets2();

	/**
	 * Returns the meta object for class '{@link org.plateau.family.rnn.model.PairInitialisation <em>Pair Initialisation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Pair Initialisation</em>'.
	 * @see org.plateau.family.rnn.model.PairInitialisation
	 * @generated
	 */
	EClass getPairInitialisation();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.family.rnn.model.PairInitialisation#getHidden1 <em>Hidden1</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hidden1</em>'.
	 * @see org.plateau.family.rnn.model.PairInitialisation#getHidden1()
	 * @see #getPairInitialisation()
	 * @generated
	 */
	EAttribute getPairInitialisation_Hidden1();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.family.rnn.model.PairInitialisation#getHidden2 <em>Hidden2</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hidden2</em>'.
	 * @see org.plateau.family.rnn.model.PairInitialisation#getHidden2()
	 * @see #getPairInitialisation()
	 * @generated
	 */
	EAttribute getPairInitialisation_Hidden2();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.family.rnn.model.PairInitialisation#getReadoutWeight <em>Readout Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Readout Weight</em>'.
	 * @see org.plateau.family.rnn.model.PairInitialisation#getReadoutWeight()
	 * @see #getPairInitialisation()
	 * @generated
	 */
	EAttribute getPairInitialisation_ReadoutWeight();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.family.rnn.model.PairInitialisation#getReadoutBias <em>Readout Bias</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Readout Bias</em>'.
	 * @see org.plateau.family.rnn.model.PairInitialisation#getReadoutBias()
	 * @see #getPairInitialisation()
	 * @generated
	 */
	EAttribute getPairInitialisation_ReadoutBias();

	/**
	 * Returns the meta object for class '{@link org.plateau.family.rnn.model.ExpansionModel <em>Expansion Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Expansion Model</em>'.
	 * @see org.plateau.family.rnn.model.ExpansionModel
	 * @generated
	 */
	EClass getExpansionModel();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.family.rnn.model.ExpansionModel#getExpansionPoint <em>Expansion Point</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Expansion Point</em>'.
	 * @see org.plateau.family.rnn.model.ExpansionModel#getExpansionPoint()
	 * @see #getExpansionModel()
	 * @generated
	 */
	EAttribute getExpansionModel_ExpansionPoint();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.family.rnn.model.ExpansionModel#getHiddenRate1 <em>Hidden Rate1</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hidden Rate1</em>'.
	 * @see org.plateau.family.rnn.model.ExpansionModel#getHiddenRate1()
	 * @see #getExpansionModel()
	 * @generated
	 */
	EAttribute getExpansionModel_HiddenRate1();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.family.rnn.model.ExpansionModel#getHiddenRate2 <em>Hidden Rate2</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hidden Rate2</em>'.
	 * @see org.plateau.family.rnn.model.ExpansionModel#getHiddenRate2()
	 * @see #getExpansionModel()
	 * @generated
	 */
	EAttribute getExpansionModel_HiddenRate2();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.family.rnn.model.ExpansionModel#getReadoutRate <em>Readout Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Readout Rate</em>'.
	 * @see org.plateau.family.rnn.model.ExpansionModel#getReadoutRate()
	 * @see #getExpansionModel()
	 * @generated
	 */
	EAttribute getExpansionModel_ReadoutRate();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.family.rnn.model.ExpansionModel#getBiasRate <em>Bias Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bias Rate</em>'.
	 * @see org.plateau.family.rnn.model.ExpansionModel#getBiasRate()
	 * @see #getExpansionModel()
	 * @generated
	 */
	EAttribute getExpansionModel_BiasRate();

	/**
	 * Returns the meta object for class '{@link org.plateau.family.rnn.model.TwoPointTask <em>Two Point Task</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Two Point Task</em>'.
	 * @see org.plateau.family.rnn.model.TwoPointTask
	 * @generated
	 */
	EClass getTwoPointTask();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.family.rnn.model.TwoPointTask#getInputDistance <em>Input Distance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Input Distance</em>'.
	 * @see org.plateau.family.rnn.model.TwoPointTask#getInputDistance()
	 * @see #getTwoPointTask()
	 * @generated
	 */
	EAttribute getTwoPointTask_InputDistance();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.family.rnn.model.TwoPointTask#getOutputDistance <em>Output Distance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Output Distance</em>'.
	 * @see org.plateau.family.rnn.model.TwoPointTask#getOutputDistance()
	 * @see #getTwoPointTask()
	 * @generated
	 */
	EAttribute getTwoPointTask_OutputDistance();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.family.rnn.model.TwoPointTask#getInputDimension <em>Input Dimension</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Input Dimension</em>'.
	 * @see org.plateau.family.rnn.model.TwoPointTask#getInputDimension()
	 * @see #getTwoPointTask()
	 * @generated
	 */
	EAttribute getTwoPointTask_InputDimension();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.family.rnn.model.TwoPointTask#getOutputDimension <em>Output Dimension</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Output Dimension</em>'.
	 * @see org.plateau.family.rnn.model.TwoPointTask#getOutputDimension()
	 * @see #getTwoPointTask()
	 * @generated
	 */
	EAttribute getTwoPointTask_OutputDimension();

	/**
	 * Returns the meta object for class '{@link org.plateau.family.rnn.model.MultilayerPerceptron <em>Multilayer Perceptron</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Multilayer Perceptron</em>'.
	 * @see org.plateau.family.rnn.model.MultilayerPerceptron
	 * @generated
	 */
	EClass getMultilayerPerceptron();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.family.rnn.model.MultilayerPerceptron#getWidth <em>Width</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Width</em>'.
	 * @see org.plateau.family.rnn.model.MultilayerPerceptron#getWidth()
	 * @see #getMultilayerPerceptron()
	 * @generated
	 */
	EAttribute getMultilayerPerceptron_Width();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.family.rnn.model.MultilayerPerceptron#getHiddenLayers <em>Hidden Layers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hidden Layers</em>'.
	 * @see org.plateau.family.rnn.model.MultilayerPerceptron#getHiddenLayers()
	 * @see #getMultilayerPerceptron()
	 * @generated
	 */
	EAttribute getMultilayerPerceptron_HiddenLayers();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.family.rnn.model.MultilayerPerceptron#getActivation <em>Activation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Activation</em>'.
	 * @see org.plateau.family.rnn.model.MultilayerPerceptron#getActivation()
	 * @see #getMultilayerPerceptron()
	 * @generated
	 */
	EAttribute getMultilayerPerceptron_Activation();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.family.rnn.model.MultilayerPerceptron#getTrackedLayer <em>Tracked Layer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tracked Layer</em>'.
	 * @see org.plateau.family.rnn.model.MultilayerPerceptron#getTrackedLayer()
	 * @see #getMultilayerPerceptron()
	 * @generated
	 */
	EAttribute getMultilayerPerceptron_TrackedLayer();

	/**
	 * Returns the meta object for enum '{@link org.plateau.family.rnn.model.EpsilonConvention <em>Epsilon Convention</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Epsilon Convention</em>'.
	 * @see org.plateau.family.rnn.model.EpsilonConvention
	 * @generated
	 */
	EEnum getEpsilonConvention();

	/**
	 * Returns the meta object for enum '{@link org.plateau.family.rnn.model.Activation <em>Activation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Activation</em>'.
	 * @see org.plateau.family.rnn.model.Activation
	 * @generated
	 */
	EEnum getActivation();

	/**
	 * Returns the meta object for enum '{@link org.plateau.family.rnn.model.InitialState <em>Initial State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Initial State</em>'.
	 * @see org.plateau.family.rnn.model.InitialState
	 * @generated
	 */
	EEnum getInitialState();

	/**
	 * Returns the meta object for enum '{@link org.plateau.family.rnn.model.Readout <em>Readout</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Readout</em>'.
	 * @see org.plateau.family.rnn.model.Readout
	 * @generated
	 */
	EEnum getReadout();

	/**
	 * Returns the meta object for enum '{@link org.plateau.family.rnn.model.ExpansionPoint <em>Expansion Point</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Expansion Point</em>'.
	 * @see org.plateau.family.rnn.model.ExpansionPoint
	 * @generated
	 */
	EEnum getExpansionPoint();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	RnnFactory getRnnFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.plateau.family.rnn.model.impl.SequenceTaskImpl <em>Sequence Task</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.plateau.family.rnn.model.impl.SequenceTaskImpl
		 * @see org.plateau.family.rnn.model.impl.RnnPackageImpl#getSequenceTask()
		 * @generated
		 */
		EClass SEQUENCE_TASK = eINSTANCE.getSequenceTask();

		/**
		 * The meta object literal for the '<em><b>Symbols</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEQUENCE_TASK__SYMBOLS = eINSTANCE.getSequenceTask_Symbols();

		/**
		 * The meta object literal for the '<em><b>Max Length</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEQUENCE_TASK__MAX_LENGTH = eINSTANCE.getSequenceTask_MaxLength();

		/**
		 * The meta object literal for the '<em><b>Data Fraction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEQUENCE_TASK__DATA_FRACTION = eINSTANCE.getSequenceTask_DataFraction();

		/**
		 * The meta object literal for the '<em><b>Validation Length</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEQUENCE_TASK__VALIDATION_LENGTH = eINSTANCE.getSequenceTask_ValidationLength();

		/**
		 * The meta object literal for the '<em><b>Validation Strings</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEQUENCE_TASK__VALIDATION_STRINGS = eINSTANCE.getSequenceTask_ValidationStrings();

		/**
		 * The meta object literal for the '<em><b>Test Lengths</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEQUENCE_TASK__TEST_LENGTHS = eINSTANCE.getSequenceTask_TestLengths();

		/**
		 * The meta object literal for the '<em><b>Test Strings</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEQUENCE_TASK__TEST_STRINGS = eINSTANCE.getSequenceTask_TestStrings();

		/**
		 * The meta object literal for the '<em><b>Test Every</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEQUENCE_TASK__TEST_EVERY = eINSTANCE.getSequenceTask_TestEvery();

		/**
		 * The meta object literal for the '<em><b>Analysis Every</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEQUENCE_TASK__ANALYSIS_EVERY = eINSTANCE.getSequenceTask_AnalysisEvery();

		/**
		 * The meta object literal for the '<em><b>Epsilon Convention</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEQUENCE_TASK__EPSILON_CONVENTION = eINSTANCE.getSequenceTask_EpsilonConvention();

		/**
		 * The meta object literal for the '<em><b>Epsilon Fraction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEQUENCE_TASK__EPSILON_FRACTION = eINSTANCE.getSequenceTask_EpsilonFraction();

		/**
		 * The meta object literal for the '<em><b>Automaton Test Length</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEQUENCE_TASK__AUTOMATON_TEST_LENGTH = eINSTANCE.getSequenceTask_AutomatonTestLength();

		/**
		 * The meta object literal for the '<em><b>Automaton Test Strings</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEQUENCE_TASK__AUTOMATON_TEST_STRINGS = eINSTANCE.getSequenceTask_AutomatonTestStrings();

		/**
		 * The meta object literal for the '<em><b>Pair String1</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEQUENCE_TASK__PAIR_STRING1 = eINSTANCE.getSequenceTask_PairString1();

		/**
		 * The meta object literal for the '<em><b>Pair String2</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEQUENCE_TASK__PAIR_STRING2 = eINSTANCE.getSequenceTask_PairString2();

		/**
		 * The meta object literal for the '{@link org.plateau.family.rnn.model.impl.AutomatonTaskImpl <em>Automaton Task</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.plateau.family.rnn.model.impl.AutomatonTaskImpl
		 * @see org.plateau.family.rnn.model.impl.RnnPackageImpl#getAutomatonTask()
		 * @generated
		 */
		EClass AUTOMATON_TASK = eINSTANCE.getAutomatonTask();

		/**
		 * The meta object literal for the '<em><b>States</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AUTOMATON_TASK__STATES = eINSTANCE.getAutomatonTask_States();

		/**
		 * The meta object literal for the '{@link org.plateau.family.rnn.model.impl.TaskStateImpl <em>Task State</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.plateau.family.rnn.model.impl.TaskStateImpl
		 * @see org.plateau.family.rnn.model.impl.RnnPackageImpl#getTaskState()
		 * @generated
		 */
		EClass TASK_STATE = eINSTANCE.getTaskState();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TASK_STATE__NAME = eINSTANCE.getTaskState_Name();

		/**
		 * The meta object literal for the '<em><b>Output</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TASK_STATE__OUTPUT = eINSTANCE.getTaskState_Output();

		/**
		 * The meta object literal for the '<em><b>Next</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TASK_STATE__NEXT = eINSTANCE.getTaskState_Next();

		/**
		 * The meta object literal for the '{@link org.plateau.family.rnn.model.impl.RandomAutomatonTaskImpl <em>Random Automaton Task</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.plateau.family.rnn.model.impl.RandomAutomatonTaskImpl
		 * @see org.plateau.family.rnn.model.impl.RnnPackageImpl#getRandomAutomatonTask()
		 * @generated
		 */
		EClass RANDOM_AUTOMATON_TASK = eINSTANCE.getRandomAutomatonTask();

		/**
		 * The meta object literal for the '<em><b>Max States</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RANDOM_AUTOMATON_TASK__MAX_STATES = eINSTANCE.getRandomAutomatonTask_MaxStates();

		/**
		 * The meta object literal for the '<em><b>New State Probability</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RANDOM_AUTOMATON_TASK__NEW_STATE_PROBABILITY = eINSTANCE.getRandomAutomatonTask_NewStateProbability();

		/**
		 * The meta object literal for the '<em><b>Outputs</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RANDOM_AUTOMATON_TASK__OUTPUTS = eINSTANCE.getRandomAutomatonTask_Outputs();

		/**
		 * The meta object literal for the '<em><b>Automaton Seed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RANDOM_AUTOMATON_TASK__AUTOMATON_SEED = eINSTANCE.getRandomAutomatonTask_AutomatonSeed();

		/**
		 * The meta object literal for the '{@link org.plateau.family.rnn.model.impl.RecurrentNetworkImpl <em>Recurrent Network</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.plateau.family.rnn.model.impl.RecurrentNetworkImpl
		 * @see org.plateau.family.rnn.model.impl.RnnPackageImpl#getRecurrentNetwork()
		 * @generated
		 */
		EClass RECURRENT_NETWORK = eINSTANCE.getRecurrentNetwork();

		/**
		 * The meta object literal for the '<em><b>Hidden Units</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECURRENT_NETWORK__HIDDEN_UNITS = eINSTANCE.getRecurrentNetwork_HiddenUnits();

		/**
		 * The meta object literal for the '<em><b>Activation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECURRENT_NETWORK__ACTIVATION = eINSTANCE.getRecurrentNetwork_Activation();

		/**
		 * The meta object literal for the '<em><b>Initial State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECURRENT_NETWORK__INITIAL_STATE = eINSTANCE.getRecurrentNetwork_InitialState();

		/**
		 * The meta object literal for the '<em><b>Readout</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECURRENT_NETWORK__READOUT = eINSTANCE.getRecurrentNetwork_Readout();

		/**
		 * The meta object literal for the '{@link org.plateau.family.rnn.model.impl.XavierNormalInitialisationImpl <em>Xavier Normal Initialisation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.plateau.family.rnn.model.impl.XavierNormalInitialisationImpl
		 * @see org.plateau.family.rnn.model.impl.RnnPackageImpl#getXavierNormalInitialisation()
		 * @generated
		 */
		EClass XAVIER_NORMAL_INITIALISATION = eINSTANCE.getXavierNormalInitialisation();

		/**
		 * The meta object literal for the '<em><b>Gain</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute XAVIER_NORMAL_INITIALISATION__GAIN = eINSTANCE.getXavierNormalInitialisation_Gain();

		/**
		 * The meta object literal for the '{@link org.plateau.family.rnn.model.impl.RepresentationPairTaskImpl <em>Representation Pair Task</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.plateau.family.rnn.model.impl.RepresentationPairTaskImpl
		 * @see org.plateau.family.rnn.model.impl.RnnPackageImpl#getRepresentationPairTask()
		 * @generated
		 */
		EClass REPRESENTATION_PAIR_TASK = eINSTANCE.getRepresentationPairTask();

		/**
		 * The meta object literal for the '<em><b>Targets1</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPRESENTATION_PAIR_TASK__TARGETS1 = eINSTANCE.getRepresentationPairTask_Targets1();

		/**
		 * The meta object literal for the '<em><b>Targets2</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPRESENTATION_PAIR_TASK__TARGETS2 = eINSTANCE.getRepresentationPairTask_Targets2();

		/**
		 * The meta object literal for the '{@link org.plateau.family.rnn.model.impl.PairInitialisationImpl <em>Pair Initialisation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.plateau.family.rnn.model.impl.PairInitialisationImpl
		 * @see org.plateau.family.rnn.model.impl.RnnPackageImpl#getPairInitialisation()
		 * @generated
		 */
		EClass PAIR_INITIALISATION = eINSTANCE.getPairInitialisation();

		/**
		 * The meta object literal for the '<em><b>Hidden1</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PAIR_INITIALISATION__HIDDEN1 = eINSTANCE.getPairInitialisation_Hidden1();

		/**
		 * The meta object literal for the '<em><b>Hidden2</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PAIR_INITIALISATION__HIDDEN2 = eINSTANCE.getPairInitialisation_Hidden2();

		/**
		 * The meta object literal for the '<em><b>Readout Weight</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PAIR_INITIALISATION__READOUT_WEIGHT = eINSTANCE.getPairInitialisation_ReadoutWeight();

		/**
		 * The meta object literal for the '<em><b>Readout Bias</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PAIR_INITIALISATION__READOUT_BIAS = eINSTANCE.getPairInitialisation_ReadoutBias();

		/**
		 * The meta object literal for the '{@link org.plateau.family.rnn.model.impl.ExpansionModelImpl <em>Expansion Model</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.plateau.family.rnn.model.impl.ExpansionModelImpl
		 * @see org.plateau.family.rnn.model.impl.RnnPackageImpl#getExpansionModel()
		 * @generated
		 */
		EClass EXPANSION_MODEL = eINSTANCE.getExpansionModel();

		/**
		 * The meta object literal for the '<em><b>Expansion Point</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPANSION_MODEL__EXPANSION_POINT = eINSTANCE.getExpansionModel_ExpansionPoint();

		/**
		 * The meta object literal for the '<em><b>Hidden Rate1</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPANSION_MODEL__HIDDEN_RATE1 = eINSTANCE.getExpansionModel_HiddenRate1();

		/**
		 * The meta object literal for the '<em><b>Hidden Rate2</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPANSION_MODEL__HIDDEN_RATE2 = eINSTANCE.getExpansionModel_HiddenRate2();

		/**
		 * The meta object literal for the '<em><b>Readout Rate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPANSION_MODEL__READOUT_RATE = eINSTANCE.getExpansionModel_ReadoutRate();

		/**
		 * The meta object literal for the '<em><b>Bias Rate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPANSION_MODEL__BIAS_RATE = eINSTANCE.getExpansionModel_BiasRate();

		/**
		 * The meta object literal for the '{@link org.plateau.family.rnn.model.impl.TwoPointTaskImpl <em>Two Point Task</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.plateau.family.rnn.model.impl.TwoPointTaskImpl
		 * @see org.plateau.family.rnn.model.impl.RnnPackageImpl#getTwoPointTask()
		 * @generated
		 */
		EClass TWO_POINT_TASK = eINSTANCE.getTwoPointTask();

		/**
		 * The meta object literal for the '<em><b>Input Distance</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TWO_POINT_TASK__INPUT_DISTANCE = eINSTANCE.getTwoPointTask_InputDistance();

		/**
		 * The meta object literal for the '<em><b>Output Distance</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TWO_POINT_TASK__OUTPUT_DISTANCE = eINSTANCE.getTwoPointTask_OutputDistance();

		/**
		 * The meta object literal for the '<em><b>Input Dimension</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TWO_POINT_TASK__INPUT_DIMENSION = eINSTANCE.getTwoPointTask_InputDimension();

		/**
		 * The meta object literal for the '<em><b>Output Dimension</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TWO_POINT_TASK__OUTPUT_DIMENSION = eINSTANCE.getTwoPointTask_OutputDimension();

		/**
		 * The meta object literal for the '{@link org.plateau.family.rnn.model.impl.MultilayerPerceptronImpl <em>Multilayer Perceptron</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.plateau.family.rnn.model.impl.MultilayerPerceptronImpl
		 * @see org.plateau.family.rnn.model.impl.RnnPackageImpl#getMultilayerPerceptron()
		 * @generated
		 */
		EClass MULTILAYER_PERCEPTRON = eINSTANCE.getMultilayerPerceptron();

		/**
		 * The meta object literal for the '<em><b>Width</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MULTILAYER_PERCEPTRON__WIDTH = eINSTANCE.getMultilayerPerceptron_Width();

		/**
		 * The meta object literal for the '<em><b>Hidden Layers</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MULTILAYER_PERCEPTRON__HIDDEN_LAYERS = eINSTANCE.getMultilayerPerceptron_HiddenLayers();

		/**
		 * The meta object literal for the '<em><b>Activation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MULTILAYER_PERCEPTRON__ACTIVATION = eINSTANCE.getMultilayerPerceptron_Activation();

		/**
		 * The meta object literal for the '<em><b>Tracked Layer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MULTILAYER_PERCEPTRON__TRACKED_LAYER = eINSTANCE.getMultilayerPerceptron_TrackedLayer();

		/**
		 * The meta object literal for the '{@link org.plateau.family.rnn.model.EpsilonConvention <em>Epsilon Convention</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.plateau.family.rnn.model.EpsilonConvention
		 * @see org.plateau.family.rnn.model.impl.RnnPackageImpl#getEpsilonConvention()
		 * @generated
		 */
		EEnum EPSILON_CONVENTION = eINSTANCE.getEpsilonConvention();

		/**
		 * The meta object literal for the '{@link org.plateau.family.rnn.model.Activation <em>Activation</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.plateau.family.rnn.model.Activation
		 * @see org.plateau.family.rnn.model.impl.RnnPackageImpl#getActivation()
		 * @generated
		 */
		EEnum ACTIVATION = eINSTANCE.getActivation();

		/**
		 * The meta object literal for the '{@link org.plateau.family.rnn.model.InitialState <em>Initial State</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.plateau.family.rnn.model.InitialState
		 * @see org.plateau.family.rnn.model.impl.RnnPackageImpl#getInitialState()
		 * @generated
		 */
		EEnum INITIAL_STATE = eINSTANCE.getInitialState();

		/**
		 * The meta object literal for the '{@link org.plateau.family.rnn.model.Readout <em>Readout</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.plateau.family.rnn.model.Readout
		 * @see org.plateau.family.rnn.model.impl.RnnPackageImpl#getReadout()
		 * @generated
		 */
		EEnum READOUT = eINSTANCE.getReadout();

		/**
		 * The meta object literal for the '{@link org.plateau.family.rnn.model.ExpansionPoint <em>Expansion Point</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.plateau.family.rnn.model.ExpansionPoint
		 * @see org.plateau.family.rnn.model.impl.RnnPackageImpl#getExpansionPoint()
		 * @generated
		 */
		EEnum EXPANSION_POINT = eINSTANCE.getExpansionPoint();

	}

} //RnnPackage
