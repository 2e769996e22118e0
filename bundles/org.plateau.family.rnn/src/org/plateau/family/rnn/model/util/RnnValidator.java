/**
 * Code marked @generated is produced by EMF from model/rnn.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.family.rnn.model.util;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.ecore.util.EObjectValidator;

import org.plateau.family.rnn.model.*;
import org.plateau.model.Experiment;
import org.plateau.model.LossConvention;
import org.plateau.model.LossKind;
import org.plateau.model.PlateauPackage;
import org.plateau.model.TrainingAlgorithm;
import org.plateau.model.util.PlateauValidator;

/**
 * <!-- begin-user-doc -->
 * The <b>Validator</b> for the model.
 * <!-- end-user-doc -->
 * @see org.plateau.family.rnn.model.RnnPackage
 * @generated
 */
public class RnnValidator extends EObjectValidator {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final RnnValidator INSTANCE = new RnnValidator();

	/**
	 * A constant for the {@link org.eclipse.emf.common.util.Diagnostic#getSource() source} of diagnostic {@link org.eclipse.emf.common.util.Diagnostic#getCode() codes} from this package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.common.util.Diagnostic#getSource()
	 * @see org.eclipse.emf.common.util.Diagnostic#getCode()
	 * @generated
	 */
	public static final String DIAGNOSTIC_SOURCE = "org.plateau.family.rnn.model";

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final int GENERATED_DIAGNOSTIC_CODE_COUNT = 0;

	/** Diagnostic code: a sequence task's alphabet, lengths, fractions or analysis settings are not usable. */
	public static final int SEQUENCE_TASK__LENGTHS_VALID = GENERATED_DIAGNOSTIC_CODE_COUNT + 1;

	/** Diagnostic code: a sequence task's training asks for what the family cannot do. */
	public static final int SEQUENCE_TASK__TRAINING_HONOURED = GENERATED_DIAGNOSTIC_CODE_COUNT + 2;

	/** Diagnostic code: a typed task automaton is not a complete deterministic automaton. */
	public static final int AUTOMATON_TASK__AUTOMATON_VALID = GENERATED_DIAGNOSTIC_CODE_COUNT + 3;

	/** Diagnostic code: a random automaton's settings are out of range. */
	public static final int RANDOM_AUTOMATON_TASK__RANDOM_AUTOMATON_VALID = GENERATED_DIAGNOSTIC_CODE_COUNT + 4;

	/** Diagnostic code: an RNN's hidden units are out of range. */
	public static final int RECURRENT_NETWORK__HIDDEN_UNITS_POSITIVE = GENERATED_DIAGNOSTIC_CODE_COUNT + 5;

	/** Diagnostic code: a Xavier gain is not finite and positive. */
	public static final int XAVIER_NORMAL_INITIALISATION__GAIN_POSITIVE = GENERATED_DIAGNOSTIC_CODE_COUNT + 6;

	/** Diagnostic code: a representation pair's targets or initial values are not usable. */
	public static final int REPRESENTATION_PAIR_TASK__PAIR_VALID = GENERATED_DIAGNOSTIC_CODE_COUNT + 7;

	/** Diagnostic code: a representation pair's training is not the gradient descent of its theory. */
	public static final int REPRESENTATION_PAIR_TASK__TRAINING_HONOURED = GENERATED_DIAGNOSTIC_CODE_COUNT + 8;

	/** Diagnostic code: a representation pair's start is not usable. */
	public static final int PAIR_INITIALISATION__START_VALID = GENERATED_DIAGNOSTIC_CODE_COUNT + 10;

	/** Diagnostic code: an expansion model's relative rates are not finite and positive. */
	public static final int EXPANSION_MODEL__RATES_POSITIVE = GENERATED_DIAGNOSTIC_CODE_COUNT + 9;

	/** Diagnostic code: an RNN's activation is one only the MLP has. */
	public static final int RECURRENT_NETWORK__ACTIVATION_OF_RECURRENT_NETWORK = GENERATED_DIAGNOSTIC_CODE_COUNT + 11;

	/** Diagnostic code: a two-point task's distances are not finite and positive. */
	public static final int TWO_POINT_TASK__DISTANCES_POSITIVE = GENERATED_DIAGNOSTIC_CODE_COUNT + 12;

	/** Diagnostic code: a two-point task's dimensions are out of range. */
	public static final int TWO_POINT_TASK__DIMENSIONS_POSITIVE = GENERATED_DIAGNOSTIC_CODE_COUNT + 13;

	/** Diagnostic code: an MLP's width or depth is out of range. */
	public static final int MULTILAYER_PERCEPTRON__SIZES_POSITIVE = GENERATED_DIAGNOSTIC_CODE_COUNT + 14;

	/** Diagnostic code: an MLP's tracked layer is not one of its hidden layers. */
	public static final int MULTILAYER_PERCEPTRON__TRACKED_LAYER_IN_RANGE = GENERATED_DIAGNOSTIC_CODE_COUNT + 15;

	/** Diagnostic code: a sequence task's pair of strings is not two strings of its alphabet. */
	public static final int SEQUENCE_TASK__PAIR_VALID = GENERATED_DIAGNOSTIC_CODE_COUNT + 17;

	/** Diagnostic code: an MLP's training asks for what the two-point experiment cannot do. */
	public static final int MULTILAYER_PERCEPTRON__TRAINING_HONOURED = GENERATED_DIAGNOSTIC_CODE_COUNT + 16;

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants in a derived class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static final int DIAGNOSTIC_CODE_COUNT = GENERATED_DIAGNOSTIC_CODE_COUNT;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RnnValidator() {
		super();
	}

	/**
	 * Returns the package of this validator switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EPackage getEPackage() {
	  return RnnPackage.eINSTANCE;
	}

	/**
	 * Calls <code>validateXXX</code> for the corresponding classifier of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean validate(int classifierID, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
		switch (classifierID) {
			case RnnPackage.SEQUENCE_TASK:
				return validateSequenceTask((SequenceTask)value, diagnostics, context);
			case RnnPackage.AUTOMATON_TASK:
				return validateAutomatonTask((AutomatonTask)value, diagnostics, context);
			case RnnPackage.TASK_STATE:
				return validateTaskState((TaskState)value, diagnostics, context);
			case RnnPackage.RANDOM_AUTOMATON_TASK:
				return validateRandomAutomatonTask((RandomAutomatonTask)value, diagnostics, context);
			case RnnPackage.RECURRENT_NETWORK:
				return validateRecurrentNetwork((RecurrentNetwork)value, diagnostics, context);
			case RnnPackage.XAVIER_NORMAL_INITIALISATION:
				return validateXavierNormalInitialisation((XavierNormalInitialisation)value, diagnostics, context);
			case RnnPackage.REPRESENTATION_PAIR_TASK:
				return validateRepresentationPairTask((RepresentationPairTask)value, diagnostics, context);
			case RnnPackage.PAIR_INITIALISATION:
				return validatePairInitialisation((PairInitialisation)value, diagnostics, context);
			case RnnPackage.EXPANSION_MODEL:
				return validateExpansionModel((ExpansionModel)value, diagnostics, context);
			case RnnPackage.TWO_POINT_TASK:
				return validateTwoPointTask((TwoPointTask)value, diagnostics, context);
			case RnnPackage.MULTILAYER_PERCEPTRON:
				return validateMultilayerPerceptron((MultilayerPerceptron)value, diagnostics, context);
			case RnnPackage.EPSILON_CONVENTION:
				return validateEpsilonConvention((EpsilonConvention)value, diagnostics, context);
			case RnnPackage.ACTIVATION:
				return validateActivation((Activation)value, diagnostics, context);
			case RnnPackage.INITIAL_STATE:
				return validateInitialState((InitialState)value, diagnostics, context);
			case RnnPackage.READOUT:
				return validateReadout((Readout)value, diagnostics, context);
			case RnnPackage.EXPANSION_POINT:
				return validateExpansionPoint((ExpansionPoint)value, diagnostics, context);
			default:
				return true;
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSequenceTask(SequenceTask sequenceTask, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(sequenceTask, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(sequenceTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(sequenceTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(sequenceTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(sequenceTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(sequenceTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(sequenceTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(sequenceTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(sequenceTask, diagnostics, context);
		if (result || diagnostics != null) result &= validateSequenceTask_lengthsValid(sequenceTask, diagnostics, context);
		if (result || diagnostics != null) result &= validateSequenceTask_trainingHonoured(sequenceTask, diagnostics, context);
		if (result || diagnostics != null) result &= validateSequenceTask_pairValid(sequenceTask, diagnostics, context);
		return result;
	}

	/**
	 * Validates the lengthsValid constraint of '<em>Sequence Task</em>'.
	 * <!-- begin-user-doc -->
	 * The alphabet, the training lengths, the data fraction, the validation and test strings and the analysis settings.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateSequenceTask_lengthsValid(SequenceTask sequenceTask, DiagnosticChain diagnostics, Map<Object, Object> context) {
		int symbols = sequenceTask.getSymbols();
		if (symbols < 1 || symbols > 16) {
			return fail(diagnostics, SEQUENCE_TASK__LENGTHS_VALID, sequenceTask, RnnPackage.Literals.SEQUENCE_TASK__SYMBOLS, "symbols must be 1 to 16, was " + symbols);
		}
		int maxLength = sequenceTask.getMaxLength();
		if (maxLength < 1 || maxLength > 127 || Math.pow(symbols, maxLength) > MAX_STRINGS_PER_LENGTH) {
			return fail(diagnostics, SEQUENCE_TASK__LENGTHS_VALID, sequenceTask, RnnPackage.Literals.SEQUENCE_TASK__MAX_LENGTH,
				"maxLength must be 1 to 127 and give at most " + MAX_STRINGS_PER_LENGTH + " strings of the longest length (symbols^maxLength), was " + maxLength
				+ " (" + String.format("%.3g", Math.pow(symbols, maxLength)) + " strings)");
		}
		double p = sequenceTask.getDataFraction();
		if (!(p > 0 && p <= 1)) {
			return fail(diagnostics, SEQUENCE_TASK__LENGTHS_VALID, sequenceTask, RnnPackage.Literals.SEQUENCE_TASK__DATA_FRACTION, "dataFraction must be in (0, 1], was " + p);
		}
		if (!positive(diagnostics, sequenceTask, RnnPackage.Literals.SEQUENCE_TASK__VALIDATION_LENGTH, sequenceTask.getValidationLength(), MAX_TEST_LENGTH)
				|| !positive(diagnostics, sequenceTask, RnnPackage.Literals.SEQUENCE_TASK__VALIDATION_STRINGS, sequenceTask.getValidationStrings(), MAX_STRINGS_PER_LENGTH)
				|| !positive(diagnostics, sequenceTask, RnnPackage.Literals.SEQUENCE_TASK__TEST_STRINGS, sequenceTask.getTestStrings(), MAX_STRINGS_PER_LENGTH)
				|| !positive(diagnostics, sequenceTask, RnnPackage.Literals.SEQUENCE_TASK__TEST_EVERY, sequenceTask.getTestEvery(), Integer.MAX_VALUE)
				|| !positive(diagnostics, sequenceTask, RnnPackage.Literals.SEQUENCE_TASK__AUTOMATON_TEST_LENGTH, sequenceTask.getAutomatonTestLength(), MAX_TEST_LENGTH)
				|| !positive(diagnostics, sequenceTask, RnnPackage.Literals.SEQUENCE_TASK__AUTOMATON_TEST_STRINGS, sequenceTask.getAutomatonTestStrings(), MAX_STRINGS_PER_LENGTH)) {
			return false;
		}
		if (sequenceTask.getAnalysisEvery() > 0 && analysisStrings(symbols, maxLength) > MAX_ANALYSIS_STRINGS) {
			return fail(diagnostics, SEQUENCE_TASK__LENGTHS_VALID, sequenceTask, RnnPackage.Literals.SEQUENCE_TASK__ANALYSIS_EVERY,
				"analysisEvery " + sequenceTask.getAnalysisEvery() + " would extract an automaton from " + String.format("%.3g", analysisStrings(symbols, maxLength))
				+ " strings (all of length 0.." + maxLength + "), more than " + MAX_ANALYSIS_STRINGS + " (the greedy grouping grows as strings x groups): set it to 0 or lower maxLength");
		}
		if ((double) sequenceTask.getValidationLength() * sequenceTask.getValidationStrings() > MAX_SYMBOLS) {
			return fail(diagnostics, SEQUENCE_TASK__LENGTHS_VALID, sequenceTask, RnnPackage.Literals.SEQUENCE_TASK__VALIDATION_STRINGS,
				"validationStrings x validationLength must be at most " + MAX_SYMBOLS + " symbols, was " + sequenceTask.getValidationStrings() + " x " + sequenceTask.getValidationLength());
		}
		if ((double) sequenceTask.getAutomatonTestLength() * sequenceTask.getAutomatonTestStrings() > MAX_SYMBOLS) {
			return fail(diagnostics, SEQUENCE_TASK__LENGTHS_VALID, sequenceTask, RnnPackage.Literals.SEQUENCE_TASK__AUTOMATON_TEST_STRINGS,
				"automatonTestStrings x automatonTestLength must be at most " + MAX_SYMBOLS + " symbols, was " + sequenceTask.getAutomatonTestStrings() + " x " + sequenceTask.getAutomatonTestLength());
		}
		for (int length : sequenceTask.getTestLengths()) {
			if ((double) length * sequenceTask.getTestStrings() > MAX_SYMBOLS) {
				return fail(diagnostics, SEQUENCE_TASK__LENGTHS_VALID, sequenceTask, RnnPackage.Literals.SEQUENCE_TASK__TEST_STRINGS,
					"testStrings x each test length must be at most " + MAX_SYMBOLS + " symbols, was " + sequenceTask.getTestStrings() + " x " + length);
			}
		}
		for (int length : sequenceTask.getTestLengths()) {
			if (length < 1 || length > MAX_TEST_LENGTH) {
				return fail(diagnostics, SEQUENCE_TASK__LENGTHS_VALID, sequenceTask, RnnPackage.Literals.SEQUENCE_TASK__TEST_LENGTHS,
					"testLengths must be 1 to " + MAX_TEST_LENGTH + ", had " + length);
			}
		}
		if (sequenceTask.getAnalysisEvery() < 0) {
			return fail(diagnostics, SEQUENCE_TASK__LENGTHS_VALID, sequenceTask, RnnPackage.Literals.SEQUENCE_TASK__ANALYSIS_EVERY,
				"analysisEvery must be 0 (no automaton extraction) or more, was " + sequenceTask.getAnalysisEvery());
		}
		double eps = sequenceTask.getEpsilonFraction();
		if (!(eps > 0) || !Double.isFinite(eps)) {
			return fail(diagnostics, SEQUENCE_TASK__LENGTHS_VALID, sequenceTask, RnnPackage.Literals.SEQUENCE_TASK__EPSILON_FRACTION,
				"epsilonFraction must be finite and positive, was " + eps);
		}
		return true;
	}

	/**
	 * Validates the trainingHonoured constraint of '<em>Sequence Task</em>'.
	 * <!-- begin-user-doc -->
	 * Every algorithm, loss and convention of the shared training is honoured; cross-entropy needs at least two output classes.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateSequenceTask_trainingHonoured(SequenceTask sequenceTask, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (sequenceTask.eContainer() instanceof Experiment experiment && experiment.getTraining() != null
				&& experiment.getTraining().getLossKind() == LossKind.CROSS_ENTROPY) {
			int outputs;
			if (sequenceTask instanceof RandomAutomatonTask random) {
				outputs = random.getOutputs();
			} else {
				try {
					outputs = TaskAutomata.of((AutomatonTask) sequenceTask).outputs();
				} catch (TaskAutomata.InvalidAutomaton e) {
					return true; // automatonValid says what is wrong with the automaton
				}
			}
			if (outputs < 2) {
				return fail(diagnostics, SEQUENCE_TASK__TRAINING_HONOURED, experiment.getTraining(), PlateauPackage.Literals.TRAINING__LOSS_KIND,
					"lossKind CROSS_ENTROPY needs at least two output classes, the task has " + outputs + " (its states' largest output is 0)");
			}
		}
		return true;
	}

	/**
	 * Validates the pairValid constraint of '<em>Sequence Task</em>'.
	 * <!-- begin-user-doc -->
	 * Both strings empty (no pair), or two different strings of the task's symbols (digits 0..S-1) of length 0 to maxLength, followed at the analysis records (analysisEvery &gt; 0).
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateSequenceTask_pairValid(SequenceTask sequenceTask, DiagnosticChain diagnostics, Map<Object, Object> context) {
		String first = sequenceTask.getPairString1() == null ? "" : sequenceTask.getPairString1();
		String second = sequenceTask.getPairString2() == null ? "" : sequenceTask.getPairString2();
		if (first.isEmpty() && second.isEmpty()) {
			return true;
		}
		if (first.isEmpty() != second.isEmpty()) {
			EAttribute missing = first.isEmpty() ? RnnPackage.Literals.SEQUENCE_TASK__PAIR_STRING1 : RnnPackage.Literals.SEQUENCE_TASK__PAIR_STRING2;
			return fail(diagnostics, SEQUENCE_TASK__PAIR_VALID, sequenceTask, missing, missing.getName() + " is empty while the other string of the pair is set: give both or neither");
		}
		for (EAttribute attribute : List.of(RnnPackage.Literals.SEQUENCE_TASK__PAIR_STRING1, RnnPackage.Literals.SEQUENCE_TASK__PAIR_STRING2)) {
			String string = (String) sequenceTask.eGet(attribute);
			if (string.length() > sequenceTask.getMaxLength()) {
				return fail(diagnostics, SEQUENCE_TASK__PAIR_VALID, sequenceTask, attribute, attribute.getName() + " '" + string + "' is longer than maxLength " + sequenceTask.getMaxLength());
			}
			for (char c : string.toCharArray()) {
				int symbol = Character.digit(c, 10);
				if (symbol < 0 || symbol >= sequenceTask.getSymbols()) {
					return fail(diagnostics, SEQUENCE_TASK__PAIR_VALID, sequenceTask, attribute, attribute.getName() + " '" + string + "' has '" + c + "', not a symbol 0.." + (sequenceTask.getSymbols() - 1));
				}
			}
		}
		if (first.equals(second)) {
			return fail(diagnostics, SEQUENCE_TASK__PAIR_VALID, sequenceTask, RnnPackage.Literals.SEQUENCE_TASK__PAIR_STRING2, "pairString2 '" + second + "' is pairString1: a pair needs two different strings");
		}
		if (sequenceTask.getAnalysisEvery() <= 0) {
			return fail(diagnostics, SEQUENCE_TASK__PAIR_VALID, sequenceTask, RnnPackage.Literals.SEQUENCE_TASK__ANALYSIS_EVERY, "analysisEvery is " + sequenceTask.getAnalysisEvery() + ": the pair '" + first + "', '" + second + "' is measured at the analysis records, so set analysisEvery > 0");
		}
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAutomatonTask(AutomatonTask automatonTask, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(automatonTask, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(automatonTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(automatonTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(automatonTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(automatonTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(automatonTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(automatonTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(automatonTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(automatonTask, diagnostics, context);
		if (result || diagnostics != null) result &= validateSequenceTask_lengthsValid(automatonTask, diagnostics, context);
		if (result || diagnostics != null) result &= validateSequenceTask_trainingHonoured(automatonTask, diagnostics, context);
		if (result || diagnostics != null) result &= validateSequenceTask_pairValid(automatonTask, diagnostics, context);
		if (result || diagnostics != null) result &= validateAutomatonTask_automatonValid(automatonTask, diagnostics, context);
		return result;
	}

	/**
	 * Validates the automatonValid constraint of '<em>Automaton Task</em>'.
	 * <!-- begin-user-doc -->
	 * At least one state; names unique; one next state per symbol, each the name of a state; outputs 0 or more.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateAutomatonTask_automatonValid(AutomatonTask automatonTask, DiagnosticChain diagnostics, Map<Object, Object> context) {
		try {
			TaskAutomata.of(automatonTask);
			return true;
		} catch (TaskAutomata.InvalidAutomaton e) {
			return fail(diagnostics, AUTOMATON_TASK__AUTOMATON_VALID, e.object() == null ? automatonTask : e.object(), e.feature(), e.getMessage());
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTaskState(TaskState taskState, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(taskState, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRandomAutomatonTask(RandomAutomatonTask randomAutomatonTask, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(randomAutomatonTask, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(randomAutomatonTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(randomAutomatonTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(randomAutomatonTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(randomAutomatonTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(randomAutomatonTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(randomAutomatonTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(randomAutomatonTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(randomAutomatonTask, diagnostics, context);
		if (result || diagnostics != null) result &= validateSequenceTask_lengthsValid(randomAutomatonTask, diagnostics, context);
		if (result || diagnostics != null) result &= validateSequenceTask_trainingHonoured(randomAutomatonTask, diagnostics, context);
		if (result || diagnostics != null) result &= validateSequenceTask_pairValid(randomAutomatonTask, diagnostics, context);
		if (result || diagnostics != null) result &= validateRandomAutomatonTask_randomAutomatonValid(randomAutomatonTask, diagnostics, context);
		return result;
	}

	/**
	 * Validates the randomAutomatonValid constraint of '<em>Random Automaton Task</em>'.
	 * <!-- begin-user-doc -->
	 * 1 to 64 states, a new-state probability in [0, 1], 1 to 16 outputs.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateRandomAutomatonTask_randomAutomatonValid(RandomAutomatonTask randomAutomatonTask, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (randomAutomatonTask.getMaxStates() < 1 || randomAutomatonTask.getMaxStates() > 64) {
			return fail(diagnostics, RANDOM_AUTOMATON_TASK__RANDOM_AUTOMATON_VALID, randomAutomatonTask, RnnPackage.Literals.RANDOM_AUTOMATON_TASK__MAX_STATES,
				"maxStates must be 1 to 64, was " + randomAutomatonTask.getMaxStates());
		}
		double q = randomAutomatonTask.getNewStateProbability();
		if (!(q >= 0 && q <= 1)) {
			return fail(diagnostics, RANDOM_AUTOMATON_TASK__RANDOM_AUTOMATON_VALID, randomAutomatonTask, RnnPackage.Literals.RANDOM_AUTOMATON_TASK__NEW_STATE_PROBABILITY,
				"newStateProbability must be in [0, 1], was " + q);
		}
		if (randomAutomatonTask.getOutputs() < 1 || randomAutomatonTask.getOutputs() > 16) {
			return fail(diagnostics, RANDOM_AUTOMATON_TASK__RANDOM_AUTOMATON_VALID, randomAutomatonTask, RnnPackage.Literals.RANDOM_AUTOMATON_TASK__OUTPUTS,
				"outputs must be 1 to 16, was " + randomAutomatonTask.getOutputs());
		}
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRecurrentNetwork(RecurrentNetwork recurrentNetwork, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(recurrentNetwork, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(recurrentNetwork, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(recurrentNetwork, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(recurrentNetwork, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(recurrentNetwork, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(recurrentNetwork, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(recurrentNetwork, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(recurrentNetwork, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(recurrentNetwork, diagnostics, context);
		if (result || diagnostics != null) result &= validateRecurrentNetwork_hiddenUnitsPositive(recurrentNetwork, diagnostics, context);
		if (result || diagnostics != null) result &= validateRecurrentNetwork_activationOfRecurrentNetwork(recurrentNetwork, diagnostics, context);
		return result;
	}

	/**
	 * Validates the hiddenUnitsPositive constraint of '<em>Recurrent Network</em>'.
	 * <!-- begin-user-doc -->
	 * 1 to 4096 hidden units.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateRecurrentNetwork_hiddenUnitsPositive(RecurrentNetwork recurrentNetwork, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return positive(diagnostics, RECURRENT_NETWORK__HIDDEN_UNITS_POSITIVE, recurrentNetwork, RnnPackage.Literals.RECURRENT_NETWORK__HIDDEN_UNITS, recurrentNetwork.getHiddenUnits(), 4096);
	}

	/**
	 * Validates the activationOfRecurrentNetwork constraint of '<em>Recurrent Network</em>'.
	 * <!-- begin-user-doc -->
	 * ReLU or tanh: the nonlinearities of the paper's RNN (the others are the MLP's).
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateRecurrentNetwork_activationOfRecurrentNetwork(RecurrentNetwork recurrentNetwork, DiagnosticChain diagnostics, Map<Object, Object> context) {
		Activation activation = recurrentNetwork.getActivation();
		if (activation == Activation.RELU || activation == Activation.TANH) {
			return true;
		}
		return fail(diagnostics, RECURRENT_NETWORK__ACTIVATION_OF_RECURRENT_NETWORK, recurrentNetwork, RnnPackage.Literals.RECURRENT_NETWORK__ACTIVATION,
			"activation " + activation + " is not one of the RNN's (RELU, TANH); it is for the MultilayerPerceptron");
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateXavierNormalInitialisation(XavierNormalInitialisation xavierNormalInitialisation, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(xavierNormalInitialisation, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(xavierNormalInitialisation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(xavierNormalInitialisation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(xavierNormalInitialisation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(xavierNormalInitialisation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(xavierNormalInitialisation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(xavierNormalInitialisation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(xavierNormalInitialisation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(xavierNormalInitialisation, diagnostics, context);
		if (result || diagnostics != null) result &= validateXavierNormalInitialisation_gainPositive(xavierNormalInitialisation, diagnostics, context);
		return result;
	}

	/**
	 * Validates the gainPositive constraint of '<em>Xavier Normal Initialisation</em>'.
	 * <!-- begin-user-doc -->
	 * A finite positive gain.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateXavierNormalInitialisation_gainPositive(XavierNormalInitialisation xavierNormalInitialisation, DiagnosticChain diagnostics, Map<Object, Object> context) {
		double gain = xavierNormalInitialisation.getGain();
		if (gain > 0 && Double.isFinite(gain)) {
			return true;
		}
		return fail(diagnostics, XAVIER_NORMAL_INITIALISATION__GAIN_POSITIVE, xavierNormalInitialisation, RnnPackage.Literals.XAVIER_NORMAL_INITIALISATION__GAIN,
			"gain must be finite and positive, was " + gain);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRepresentationPairTask(RepresentationPairTask representationPairTask, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(representationPairTask, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(representationPairTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(representationPairTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(representationPairTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(representationPairTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(representationPairTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(representationPairTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(representationPairTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(representationPairTask, diagnostics, context);
		if (result || diagnostics != null) result &= validateRepresentationPairTask_pairValid(representationPairTask, diagnostics, context);
		if (result || diagnostics != null) result &= validateRepresentationPairTask_trainingHonoured(representationPairTask, diagnostics, context);
		return result;
	}

	/**
	 * Validates the pairValid constraint of '<em>Representation Pair Task</em>'.
	 * <!-- begin-user-doc -->
	 * One target per continuation for each input (1 to 1000 continuations), finite values.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateRepresentationPairTask_pairValid(RepresentationPairTask representationPairTask, DiagnosticChain diagnostics, Map<Object, Object> context) {
		int n = representationPairTask.getTargets1().size();
		if (n < 1 || n > 1000) {
			return fail(diagnostics, REPRESENTATION_PAIR_TASK__PAIR_VALID, representationPairTask, RnnPackage.Literals.REPRESENTATION_PAIR_TASK__TARGETS1,
				"targets1 must have 1 to 1000 values (one per continuation), had " + n);
		}
		if (representationPairTask.getTargets2().size() != n) {
			return fail(diagnostics, REPRESENTATION_PAIR_TASK__PAIR_VALID, representationPairTask, RnnPackage.Literals.REPRESENTATION_PAIR_TASK__TARGETS2,
				"targets2 must have one value per continuation, as targets1 (" + n + "), had " + representationPairTask.getTargets2().size());
		}
		for (EAttribute list : List.of(RnnPackage.Literals.REPRESENTATION_PAIR_TASK__TARGETS1, RnnPackage.Literals.REPRESENTATION_PAIR_TASK__TARGETS2)) {
			for (Object value : (List<?>) representationPairTask.eGet(list)) {
				if (!Double.isFinite((Double) value) || Math.abs((Double) value) > 1e6) {
					return fail(diagnostics, REPRESENTATION_PAIR_TASK__PAIR_VALID, representationPairTask, list, list.getName() + " must be finite and at most 1e6 in size, had " + value);
				}
			}
		}
		return true;
	}

	/**
	 * Validates the trainingHonoured constraint of '<em>Representation Pair Task</em>'.
	 * <!-- begin-user-doc -->
	 * Full-batch gradient descent on L = (1/2)<||y - y*||^2>, the loss of the theory (2025 eq 3).
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateRepresentationPairTask_trainingHonoured(RepresentationPairTask representationPairTask, DiagnosticChain diagnostics, Map<Object, Object> context) {
		String family = "the representation-pair experiment";
		boolean result = PlateauValidator.honours(diagnostics, DIAGNOSTIC_SOURCE, REPRESENTATION_PAIR_TASK__TRAINING_HONOURED, representationPairTask,
			PlateauPackage.Literals.TRAINING__ALGORITHM, family + " follows gradient descent on the pair, the flow of its theory", TrainingAlgorithm.FULL_BATCH_GD);
		result &= PlateauValidator.honours(diagnostics, DIAGNOSTIC_SOURCE, REPRESENTATION_PAIR_TASK__TRAINING_HONOURED, representationPairTask,
			PlateauPackage.Literals.TRAINING__LOSS_KIND, family + " trains on half the squared error, the loss of its theory", LossKind.HALF_SQUARED_ERROR);
		return PlateauValidator.honours(diagnostics, DIAGNOSTIC_SOURCE, REPRESENTATION_PAIR_TASK__TRAINING_HONOURED, representationPairTask,
			PlateauPackage.Literals.TRAINING__LOSS_CONVENTION, family + "'s loss is the mean over both inputs and the continuations (2025 eq 3)", LossConvention.MEAN) && result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePairInitialisation(PairInitialisation pairInitialisation, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(pairInitialisation, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(pairInitialisation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(pairInitialisation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(pairInitialisation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(pairInitialisation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(pairInitialisation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(pairInitialisation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(pairInitialisation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(pairInitialisation, diagnostics, context);
		if (result || diagnostics != null) result &= validatePairInitialisation_startValid(pairInitialisation, diagnostics, context);
		return result;
	}

	/**
	 * Validates the startValid constraint of '<em>Pair Initialisation</em>'.
	 * <!-- begin-user-doc -->
	 * Finite initial values and two distinct representations.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validatePairInitialisation_startValid(PairInitialisation pairInitialisation, DiagnosticChain diagnostics, Map<Object, Object> context) {
		for (EAttribute value : List.of(RnnPackage.Literals.PAIR_INITIALISATION__HIDDEN1, RnnPackage.Literals.PAIR_INITIALISATION__HIDDEN2,
				RnnPackage.Literals.PAIR_INITIALISATION__READOUT_WEIGHT, RnnPackage.Literals.PAIR_INITIALISATION__READOUT_BIAS)) {
			double v = (Double) pairInitialisation.eGet(value);
			if (!Double.isFinite(v) || Math.abs(v) > 1e6) {
				return fail(diagnostics, PAIR_INITIALISATION__START_VALID, pairInitialisation, value, value.getName() + " must be finite and at most 1e6 in size, was " + v);
			}
		}
		if (pairInitialisation.getHidden1() == pairInitialisation.getHidden2()) {
			return fail(diagnostics, PAIR_INITIALISATION__START_VALID, pairInitialisation, RnnPackage.Literals.PAIR_INITIALISATION__HIDDEN2,
				"hidden2 must differ from hidden1 (" + pairInitialisation.getHidden1() + "): the theory follows the distance of two representations");
		}
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateExpansionModel(ExpansionModel expansionModel, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(expansionModel, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(expansionModel, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(expansionModel, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(expansionModel, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(expansionModel, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(expansionModel, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(expansionModel, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(expansionModel, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(expansionModel, diagnostics, context);
		if (result || diagnostics != null) result &= validateExpansionModel_ratesPositive(expansionModel, diagnostics, context);
		return result;
	}

	/**
	 * Validates the ratesPositive constraint of '<em>Expansion Model</em>'.
	 * <!-- begin-user-doc -->
	 * Every relative learning rate finite and positive.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateExpansionModel_ratesPositive(ExpansionModel expansionModel, DiagnosticChain diagnostics, Map<Object, Object> context) {
		for (EAttribute rate : List.of(RnnPackage.Literals.EXPANSION_MODEL__HIDDEN_RATE1, RnnPackage.Literals.EXPANSION_MODEL__HIDDEN_RATE2,
				RnnPackage.Literals.EXPANSION_MODEL__READOUT_RATE, RnnPackage.Literals.EXPANSION_MODEL__BIAS_RATE)) {
			double v = (Double) expansionModel.eGet(rate);
			if (!(v > 0) || !Double.isFinite(v) || v > 1e6) {
				return fail(diagnostics, EXPANSION_MODEL__RATES_POSITIVE, expansionModel, rate, rate.getName() + " must be finite, positive and at most 1e6, was " + v);
			}
		}
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTwoPointTask(TwoPointTask twoPointTask, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(twoPointTask, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(twoPointTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(twoPointTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(twoPointTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(twoPointTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(twoPointTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(twoPointTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(twoPointTask, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(twoPointTask, diagnostics, context);
		if (result || diagnostics != null) result &= validateTwoPointTask_distancesPositive(twoPointTask, diagnostics, context);
		if (result || diagnostics != null) result &= validateTwoPointTask_dimensionsPositive(twoPointTask, diagnostics, context);
		return result;
	}

	/**
	 * Validates the distancesPositive constraint of '<em>Two Point Task</em>'.
	 * <!-- begin-user-doc -->
	 * Finite positive dx2; finite dy2 &gt;= 0 (0: the points agree).
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateTwoPointTask_distancesPositive(TwoPointTask twoPointTask, DiagnosticChain diagnostics, Map<Object, Object> context) {
		double dx2 = twoPointTask.getInputDistance();
		if (!(dx2 > 0 && dx2 <= 1e6)) {
			return fail(diagnostics, TWO_POINT_TASK__DISTANCES_POSITIVE, twoPointTask, RnnPackage.Literals.TWO_POINT_TASK__INPUT_DISTANCE,
				"inputDistance dx2 must be in (0, 1e6], was " + dx2);
		}
		double dy2 = twoPointTask.getOutputDistance();
		if (!(dy2 >= 0 && dy2 <= 1e6)) {
			return fail(diagnostics, TWO_POINT_TASK__DISTANCES_POSITIVE, twoPointTask, RnnPackage.Literals.TWO_POINT_TASK__OUTPUT_DISTANCE,
				"outputDistance dy2 must be in [0, 1e6], was " + dy2);
		}
		return true;
	}

	/**
	 * Validates the dimensionsPositive constraint of '<em>Two Point Task</em>'.
	 * <!-- begin-user-doc -->
	 * Input and output dimensions 1 to 10000.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateTwoPointTask_dimensionsPositive(TwoPointTask twoPointTask, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = positive(diagnostics, TWO_POINT_TASK__DIMENSIONS_POSITIVE, twoPointTask, RnnPackage.Literals.TWO_POINT_TASK__INPUT_DIMENSION, twoPointTask.getInputDimension(), 10_000);
		return positive(diagnostics, TWO_POINT_TASK__DIMENSIONS_POSITIVE, twoPointTask, RnnPackage.Literals.TWO_POINT_TASK__OUTPUT_DIMENSION, twoPointTask.getOutputDimension(), 10_000) && result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMultilayerPerceptron(MultilayerPerceptron multilayerPerceptron, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(multilayerPerceptron, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(multilayerPerceptron, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(multilayerPerceptron, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(multilayerPerceptron, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(multilayerPerceptron, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(multilayerPerceptron, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(multilayerPerceptron, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(multilayerPerceptron, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(multilayerPerceptron, diagnostics, context);
		if (result || diagnostics != null) result &= validateMultilayerPerceptron_sizesPositive(multilayerPerceptron, diagnostics, context);
		if (result || diagnostics != null) result &= validateMultilayerPerceptron_trackedLayerInRange(multilayerPerceptron, diagnostics, context);
		if (result || diagnostics != null) result &= validateMultilayerPerceptron_trainingHonoured(multilayerPerceptron, diagnostics, context);
		return result;
	}

	/**
	 * Validates the sizesPositive constraint of '<em>Multilayer Perceptron</em>'.
	 * <!-- begin-user-doc -->
	 * Width 1 to 4096, 1 to 100 hidden layers.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateMultilayerPerceptron_sizesPositive(MultilayerPerceptron multilayerPerceptron, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = positive(diagnostics, MULTILAYER_PERCEPTRON__SIZES_POSITIVE, multilayerPerceptron, RnnPackage.Literals.MULTILAYER_PERCEPTRON__WIDTH, multilayerPerceptron.getWidth(), 4096);
		return positive(diagnostics, MULTILAYER_PERCEPTRON__SIZES_POSITIVE, multilayerPerceptron, RnnPackage.Literals.MULTILAYER_PERCEPTRON__HIDDEN_LAYERS, multilayerPerceptron.getHiddenLayers(), 100) && result;
	}

	/**
	 * Validates the trackedLayerInRange constraint of '<em>Multilayer Perceptron</em>'.
	 * <!-- begin-user-doc -->
	 * The tracked layer is one of the hidden layers, 0 to L - 1.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateMultilayerPerceptron_trackedLayerInRange(MultilayerPerceptron multilayerPerceptron, DiagnosticChain diagnostics, Map<Object, Object> context) {
		int tracked = multilayerPerceptron.getTrackedLayer();
		if (tracked >= 0 && tracked < multilayerPerceptron.getHiddenLayers()) {
			return true;
		}
		return fail(diagnostics, MULTILAYER_PERCEPTRON__TRACKED_LAYER_IN_RANGE, multilayerPerceptron, RnnPackage.Literals.MULTILAYER_PERCEPTRON__TRACKED_LAYER,
			"trackedLayer must be a hidden layer, 0 to " + (multilayerPerceptron.getHiddenLayers() - 1) + ", was " + tracked);
	}

	/**
	 * Validates the trainingHonoured constraint of '<em>Multilayer Perceptron</em>'.
	 * <!-- begin-user-doc -->
	 * The training of the two-point MLP is full-batch gradient descent on a squared error (the notebook's batch of 100 holds both points).
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateMultilayerPerceptron_trainingHonoured(MultilayerPerceptron multilayerPerceptron, DiagnosticChain diagnostics, Map<Object, Object> context) {
		String family = "the two-point experiment";
		boolean result = PlateauValidator.honours(diagnostics, DIAGNOSTIC_SOURCE, MULTILAYER_PERCEPTRON__TRAINING_HONOURED, multilayerPerceptron,
			PlateauPackage.Literals.TRAINING__ALGORITHM, family + " trains on both points at once, as the notebook's batch of 100 does", TrainingAlgorithm.FULL_BATCH_GD);
		return PlateauValidator.honours(diagnostics, DIAGNOSTIC_SOURCE, MULTILAYER_PERCEPTRON__TRAINING_HONOURED, multilayerPerceptron,
			PlateauPackage.Literals.TRAINING__LOSS_KIND, family + " trains on a squared error, the loss of its theory", LossKind.HALF_SQUARED_ERROR, LossKind.SQUARED_ERROR) && result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEpsilonConvention(EpsilonConvention epsilonConvention, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateActivation(Activation activation, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInitialState(InitialState initialState, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateReadout(Readout readout, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateExpansionPoint(ExpansionPoint expansionPoint, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * Returns the resource locator that will be used to fetch messages for this validator's diagnostics.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		// TODO
		// Specialize this to return a resource locator for messages specific to this validator.
		// Ensure that you remove @generated or mark it @generated NOT
		return super.getResourceLocator();
	}

	/** At most this many strings of one length in a training set (2^20). */
	private static final int MAX_STRINGS_PER_LENGTH = 1 << 20;

	/** At most this many analysis strings (all strings of length 0..maxLength; 2047 for parity). */
	private static final int MAX_ANALYSIS_STRINGS = 1 << 17;

	/** At most this many symbols in one set of validation or test strings. */
	private static final long MAX_SYMBOLS = 100_000_000L;

	/** The number of strings of length 0..maxLength over the alphabet. */
	private static double analysisStrings(int symbols, int maxLength) {
		double total = 0;
		for (int length = 0; length <= maxLength; length++) {
			total += Math.pow(symbols, length);
		}
		return total;
	}

	/** At most this long a test string. */
	private static final int MAX_TEST_LENGTH = 100_000;

	/** An error on a feature of an object, named in the message. */
	private static boolean fail(DiagnosticChain diagnostics, int code, EObject object, EStructuralFeature feature, String problem) {
		return PlateauValidator.error(diagnostics, DIAGNOSTIC_SOURCE, code, object, feature, problem);
	}

	/** An integer setting that must be 1 to {@code max}. */
	private static boolean positive(DiagnosticChain diagnostics, EObject object, EAttribute attribute, int value, int max) {
		return positive(diagnostics, SEQUENCE_TASK__LENGTHS_VALID, object, attribute, value, max);
	}

	/** An integer setting that must be 1 to {@code max}, reported with {@code code}. */
	private static boolean positive(DiagnosticChain diagnostics, int code, EObject object, EAttribute attribute, int value, int max) {
		if (value >= 1 && value <= max) {
			return true;
		}
		return fail(diagnostics, code, object, attribute, attribute.getName() + " must be 1 to " + max + ", was " + value);
	}

} //RnnValidator
