/**
 * Code marked @generated is produced by EMF from model/rnn.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.family.rnn.model.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EValidator;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.plateau.family.rnn.model.Activation;
import org.plateau.family.rnn.model.AutomatonTask;
import org.plateau.family.rnn.model.EpsilonConvention;
import org.plateau.family.rnn.model.ExpansionModel;
import org.plateau.family.rnn.model.ExpansionPoint;
import org.plateau.family.rnn.model.InitialState;
import org.plateau.family.rnn.model.MultilayerPerceptron;
import org.plateau.family.rnn.model.PairInitialisation;
import org.plateau.family.rnn.model.RandomAutomatonTask;
import org.plateau.family.rnn.model.Readout;
import org.plateau.family.rnn.model.RecurrentNetwork;
import org.plateau.family.rnn.model.RepresentationPairTask;
import org.plateau.family.rnn.model.RnnFactory;
import org.plateau.family.rnn.model.RnnPackage;
import org.plateau.family.rnn.model.SequenceTask;
import org.plateau.family.rnn.model.TaskState;
import org.plateau.family.rnn.model.TwoPointTask;
import org.plateau.family.rnn.model.XavierNormalInitialisation;

import org.plateau.family.rnn.model.util.RnnValidator;

import org.plateau.model.PlateauPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class RnnPackageImpl extends EPackageImpl implements RnnPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass sequenceTaskEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass automatonTaskEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass taskStateEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass randomAutomatonTaskEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass recurrentNetworkEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass xavierNormalInitialisationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass representationPairTaskEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass pairInitialisationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass expansionModelEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass twoPointTaskEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass multilayerPerceptronEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum epsilonConventionEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum activationEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum initialStateEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum readoutEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum expansionPointEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.plateau.family.rnn.model.RnnPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private RnnPackageImpl() {
		super(eNS_URI, RnnFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link RnnPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static RnnPackage init() {
		if (isInited) return (RnnPackage)EPackage.Registry.INSTANCE.getEPackage(RnnPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredRnnPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		RnnPackageImpl theRnnPackage = registeredRnnPackage instanceof RnnPackageImpl ? (RnnPackageImpl)registeredRnnPackage : new RnnPackageImpl();

		isInited = true;

		// Initialize simple dependencies
		PlateauPackage.eINSTANCE.eClass();

		// Create package meta-data objects
		theRnnPackage.createPackageContents();

		// Initialize created meta-data
		theRnnPackage.initializePackageContents();

		// Register package validator
		EValidator.Registry.INSTANCE.put
			(theRnnPackage,
			 new EValidator.Descriptor() {
				 @Override
				 public EValidator getEValidator() {
					 return RnnValidator.INSTANCE;
				 }
			 });

		// Mark meta-data to indicate it can't be changed
		theRnnPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(RnnPackage.eNS_URI, theRnnPackage);
		return theRnnPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSequenceTask() {
		return sequenceTaskEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSequenceTask_Symbols() {
		return (EAttribute)sequenceTaskEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSequenceTask_MaxLength() {
		return (EAttribute)sequenceTaskEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSequenceTask_DataFraction() {
		return (EAttribute)sequenceTaskEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSequenceTask_ValidationLength() {
		return (EAttribute)sequenceTaskEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSequenceTask_ValidationStrings() {
		return (EAttribute)sequenceTaskEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSequenceTask_TestLengths() {
		return (EAttribute)sequenceTaskEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSequenceTask_TestStrings() {
		return (EAttribute)sequenceTaskEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSequenceTask_TestEvery() {
		return (EAttribute)sequenceTaskEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSequenceTask_AnalysisEvery() {
		return (EAttribute)sequenceTaskEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSequenceTask_EpsilonConvention() {
		return (EAttribute)sequenceTaskEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSequenceTask_EpsilonFraction() {
		return (EAttribute)sequenceTaskEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSequenceTask_AutomatonTestLength() {
		return (EAttribute)sequenceTaskEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSequenceTask_AutomatonTestStrings() {
		return (EAttribute)sequenceTaskEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSequenceTask_PairString1() {
		return (EAttribute)sequenceTaskEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSequenceTask_PairString2() {
		return (EAttribute)sequenceTaskEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAutomatonTask() {
		return automatonTaskEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAutomatonTask_States() {
		return (EReference)automatonTaskEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTaskState() {
		return taskStateEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTaskState_Name() {
		return (EAttribute)taskStateEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTaskState_Output() {
		return (EAttribute)taskStateEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTaskState_Next() {
		return (EAttribute)taskStateEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRandomAutomatonTask() {
		return randomAutomatonTaskEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRandomAutomatonTask_MaxStates() {
		return (EAttribute)randomAutomatonTaskEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRandomAutomatonTask_NewStateProbability() {
		return (EAttribute)randomAutomatonTaskEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRandomAutomatonTask_Outputs() {
		return (EAttribute)randomAutomatonTaskEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRandomAutomatonTask_AutomatonSeed() {
		return (EAttribute)randomAutomatonTaskEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRecurrentNetwork() {
		return recurrentNetworkEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecurrentNetwork_HiddenUnits() {
		return (EAttribute)recurrentNetworkEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecurrentNetwork_Activation() {
		return (EAttribute)recurrentNetworkEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecurrentNetwork_InitialState() {
		return (EAttribute)recurrentNetworkEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecurrentNetwork_Readout() {
		return (EAttribute)recurrentNetworkEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getXavierNormalInitialisation() {
		return xavierNormalInitialisationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getXavierNormalInitialisation_Gain() {
		return (EAttribute)xavierNormalInitialisationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRepresentationPairTask() {
		return representationPairTaskEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRepresentationPairTask_Targets1() {
		return (EAttribute)representationPairTaskEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRepresentationPairTask_Targets2() {
		return (EAttribute)representationPairTaskEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPairInitialisation() {
		return pairInitialisationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPairInitialisation_Hidden1() {
		return (EAttribute)pairInitialisationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPairInitialisation_Hidden2() {
		return (EAttribute)pairInitialisationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPairInitialisation_ReadoutWeight() {
		return (EAttribute)pairInitialisationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPairInitialisation_ReadoutBias() {
		return (EAttribute)pairInitialisationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getExpansionModel() {
		return expansionModelEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExpansionModel_ExpansionPoint() {
		return (EAttribute)expansionModelEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExpansionModel_HiddenRate1() {
		return (EAttribute)expansionModelEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExpansionModel_HiddenRate2() {
		return (EAttribute)expansionModelEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExpansionModel_ReadoutRate() {
		return (EAttribute)expansionModelEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExpansionModel_BiasRate() {
		return (EAttribute)expansionModelEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTwoPointTask() {
		return twoPointTaskEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTwoPointTask_InputDistance() {
		return (EAttribute)twoPointTaskEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTwoPointTask_OutputDistance() {
		return (EAttribute)twoPointTaskEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTwoPointTask_InputDimension() {
		return (EAttribute)twoPointTaskEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTwoPointTask_OutputDimension() {
		return (EAttribute)twoPointTaskEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMultilayerPerceptron() {
		return multilayerPerceptronEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMultilayerPerceptron_Width() {
		return (EAttribute)multilayerPerceptronEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMultilayerPerceptron_HiddenLayers() {
		return (EAttribute)multilayerPerceptronEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMultilayerPerceptron_Activation() {
		return (EAttribute)multilayerPerceptronEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMultilayerPerceptron_TrackedLayer() {
		return (EAttribute)multilayerPerceptronEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getEpsilonConvention() {
		return epsilonConventionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getActivation() {
		return activationEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getInitialState() {
		return initialStateEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getReadout() {
		return readoutEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getExpansionPoint() {
		return expansionPointEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RnnFactory getRnnFactory() {
		return (RnnFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		sequenceTaskEClass = createEClass(SEQUENCE_TASK);
		createEAttribute(sequenceTaskEClass, SEQUENCE_TASK__SYMBOLS);
		createEAttribute(sequenceTaskEClass, SEQUENCE_TASK__MAX_LENGTH);
		createEAttribute(sequenceTaskEClass, SEQUENCE_TASK__DATA_FRACTION);
		createEAttribute(sequenceTaskEClass, SEQUENCE_TASK__VALIDATION_LENGTH);
		createEAttribute(sequenceTaskEClass, SEQUENCE_TASK__VALIDATION_STRINGS);
		createEAttribute(sequenceTaskEClass, SEQUENCE_TASK__TEST_LENGTHS);
		createEAttribute(sequenceTaskEClass, SEQUENCE_TASK__TEST_STRINGS);
		createEAttribute(sequenceTaskEClass, SEQUENCE_TASK__TEST_EVERY);
		createEAttribute(sequenceTaskEClass, SEQUENCE_TASK__ANALYSIS_EVERY);
		createEAttribute(sequenceTaskEClass, SEQUENCE_TASK__EPSILON_CONVENTION);
		createEAttribute(sequenceTaskEClass, SEQUENCE_TASK__EPSILON_FRACTION);
		createEAttribute(sequenceTaskEClass, SEQUENCE_TASK__AUTOMATON_TEST_LENGTH);
		createEAttribute(sequenceTaskEClass, SEQUENCE_TASK__AUTOMATON_TEST_STRINGS);
		createEAttribute(sequenceTaskEClass, SEQUENCE_TASK__PAIR_STRING1);
		createEAttribute(sequenceTaskEClass, SEQUENCE_TASK__PAIR_STRING2);

		automatonTaskEClass = createEClass(AUTOMATON_TASK);
		createEReference(automatonTaskEClass, AUTOMATON_TASK__STATES);

		taskStateEClass = createEClass(TASK_STATE);
		createEAttribute(taskStateEClass, TASK_STATE__NAME);
		createEAttribute(taskStateEClass, TASK_STATE__OUTPUT);
		createEAttribute(taskStateEClass, TASK_STATE__NEXT);

		randomAutomatonTaskEClass = createEClass(RANDOM_AUTOMATON_TASK);
		createEAttribute(randomAutomatonTaskEClass, RANDOM_AUTOMATON_TASK__MAX_STATES);
		createEAttribute(randomAutomatonTaskEClass, RANDOM_AUTOMATON_TASK__NEW_STATE_PROBABILITY);
		createEAttribute(randomAutomatonTaskEClass, RANDOM_AUTOMATON_TASK__OUTPUTS);
		createEAttribute(randomAutomatonTaskEClass, RANDOM_AUTOMATON_TASK__AUTOMATON_SEED);

		recurrentNetworkEClass = createEClass(RECURRENT_NETWORK);
		createEAttribute(recurrentNetworkEClass, RECURRENT_NETWORK__HIDDEN_UNITS);
		createEAttribute(recurrentNetworkEClass, RECURRENT_NETWORK__ACTIVATION);
		createEAttribute(recurrentNetworkEClass, RECURRENT_NETWORK__INITIAL_STATE);
		createEAttribute(recurrentNetworkEClass, RECURRENT_NETWORK__READOUT);

		xavierNormalInitialisationEClass = createEClass(XAVIER_NORMAL_INITIALISATION);
		createEAttribute(xavierNormalInitialisationEClass, XAVIER_NORMAL_INITIALISATION__GAIN);

		representationPairTaskEClass = createEClass(REPRESENTATION_PAIR_TASK);
		createEAttribute(representationPairTaskEClass, REPRESENTATION_PAIR_TASK__TARGETS1);
		createEAttribute(representationPairTaskEClass, REPRESENTATION_PAIR_TASK__TARGETS2);

		pairInitialisationEClass = createEClass(PAIR_INITIALISATION);
		createEAttribute(pairInitialisationEClass, PAIR_INITIALISATION__HIDDEN1);
		createEAttribute(pairInitialisationEClass, PAIR_INITIALISATION__HIDDEN2);
		createEAttribute(pairInitialisationEClass, PAIR_INITIALISATION__READOUT_WEIGHT);
		createEAttribute(pairInitialisationEClass, PAIR_INITIALISATION__READOUT_BIAS);

		expansionModelEClass = createEClass(EXPANSION_MODEL);
		createEAttribute(expansionModelEClass, EXPANSION_MODEL__EXPANSION_POINT);
		createEAttribute(expansionModelEClass, EXPANSION_MODEL__HIDDEN_RATE1);
		createEAttribute(expansionModelEClass, EXPANSION_MODEL__HIDDEN_RATE2);
		createEAttribute(expansionModelEClass, EXPANSION_MODEL__READOUT_RATE);
		createEAttribute(expansionModelEClass, EXPANSION_MODEL__BIAS_RATE);

		twoPointTaskEClass = createEClass(TWO_POINT_TASK);
		createEAttribute(twoPointTaskEClass, TWO_POINT_TASK__INPUT_DISTANCE);
		createEAttribute(twoPointTaskEClass, TWO_POINT_TASK__OUTPUT_DISTANCE);
		createEAttribute(twoPointTaskEClass, TWO_POINT_TASK__INPUT_DIMENSION);
		createEAttribute(twoPointTaskEClass, TWO_POINT_TASK__OUTPUT_DIMENSION);

		multilayerPerceptronEClass = createEClass(MULTILAYER_PERCEPTRON);
		createEAttribute(multilayerPerceptronEClass, MULTILAYER_PERCEPTRON__WIDTH);
		createEAttribute(multilayerPerceptronEClass, MULTILAYER_PERCEPTRON__HIDDEN_LAYERS);
		createEAttribute(multilayerPerceptronEClass, MULTILAYER_PERCEPTRON__ACTIVATION);
		createEAttribute(multilayerPerceptronEClass, MULTILAYER_PERCEPTRON__TRACKED_LAYER);

		// Create enums
		epsilonConventionEEnum = createEEnum(EPSILON_CONVENTION);
		activationEEnum = createEEnum(ACTIVATION);
		initialStateEEnum = createEEnum(INITIAL_STATE);
		readoutEEnum = createEEnum(READOUT);
		expansionPointEEnum = createEEnum(EXPANSION_POINT);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Obtain other dependent packages
		PlateauPackage thePlateauPackage = (PlateauPackage)EPackage.Registry.INSTANCE.getEPackage(PlateauPackage.eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		sequenceTaskEClass.getESuperTypes().add(thePlateauPackage.getTask());
		automatonTaskEClass.getESuperTypes().add(this.getSequenceTask());
		randomAutomatonTaskEClass.getESuperTypes().add(this.getSequenceTask());
		recurrentNetworkEClass.getESuperTypes().add(thePlateauPackage.getArchitecture());
		xavierNormalInitialisationEClass.getESuperTypes().add(thePlateauPackage.getInitialisation());
		representationPairTaskEClass.getESuperTypes().add(thePlateauPackage.getTask());
		pairInitialisationEClass.getESuperTypes().add(thePlateauPackage.getInitialisation());
		expansionModelEClass.getESuperTypes().add(thePlateauPackage.getArchitecture());
		twoPointTaskEClass.getESuperTypes().add(thePlateauPackage.getTask());
		multilayerPerceptronEClass.getESuperTypes().add(thePlateauPackage.getArchitecture());

		// Initialize classes, features, and operations; add parameters
		initEClass(sequenceTaskEClass, SequenceTask.class, "SequenceTask", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSequenceTask_Symbols(), ecorePackage.getEInt(), "symbols", "2", 0, 1, SequenceTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSequenceTask_MaxLength(), ecorePackage.getEInt(), "maxLength", "10", 0, 1, SequenceTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSequenceTask_DataFraction(), ecorePackage.getEDouble(), "dataFraction", "1.0", 0, 1, SequenceTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSequenceTask_ValidationLength(), ecorePackage.getEInt(), "validationLength", "50", 0, 1, SequenceTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSequenceTask_ValidationStrings(), ecorePackage.getEInt(), "validationStrings", "100", 0, 1, SequenceTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSequenceTask_TestLengths(), ecorePackage.getEInt(), "testLengths", null, 0, -1, SequenceTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSequenceTask_TestStrings(), ecorePackage.getEInt(), "testStrings", "10", 0, 1, SequenceTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSequenceTask_TestEvery(), ecorePackage.getEInt(), "testEvery", "10", 0, 1, SequenceTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSequenceTask_AnalysisEvery(), ecorePackage.getEInt(), "analysisEvery", "5", 0, 1, SequenceTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSequenceTask_EpsilonConvention(), this.getEpsilonConvention(), "epsilonConvention", "RUNNING_STD", 0, 1, SequenceTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSequenceTask_EpsilonFraction(), ecorePackage.getEDouble(), "epsilonFraction", "0.01", 0, 1, SequenceTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSequenceTask_AutomatonTestLength(), ecorePackage.getEInt(), "automatonTestLength", "500", 0, 1, SequenceTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSequenceTask_AutomatonTestStrings(), ecorePackage.getEInt(), "automatonTestStrings", "200", 0, 1, SequenceTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSequenceTask_PairString1(), ecorePackage.getEString(), "pairString1", "", 0, 1, SequenceTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSequenceTask_PairString2(), ecorePackage.getEString(), "pairString2", "", 0, 1, SequenceTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(automatonTaskEClass, AutomatonTask.class, "AutomatonTask", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getAutomatonTask_States(), this.getTaskState(), null, "states", null, 0, -1, AutomatonTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(taskStateEClass, TaskState.class, "TaskState", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTaskState_Name(), ecorePackage.getEString(), "name", null, 0, 1, TaskState.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTaskState_Output(), ecorePackage.getEInt(), "output", "0", 0, 1, TaskState.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTaskState_Next(), ecorePackage.getEString(), "next", null, 0, 1, TaskState.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(randomAutomatonTaskEClass, RandomAutomatonTask.class, "RandomAutomatonTask", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRandomAutomatonTask_MaxStates(), ecorePackage.getEInt(), "maxStates", "7", 0, 1, RandomAutomatonTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRandomAutomatonTask_NewStateProbability(), ecorePackage.getEDouble(), "newStateProbability", "0.75", 0, 1, RandomAutomatonTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRandomAutomatonTask_Outputs(), ecorePackage.getEInt(), "outputs", "2", 0, 1, RandomAutomatonTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRandomAutomatonTask_AutomatonSeed(), ecorePackage.getELong(), "automatonSeed", "0", 0, 1, RandomAutomatonTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(recurrentNetworkEClass, RecurrentNetwork.class, "RecurrentNetwork", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRecurrentNetwork_HiddenUnits(), ecorePackage.getEInt(), "hiddenUnits", "100", 0, 1, RecurrentNetwork.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRecurrentNetwork_Activation(), this.getActivation(), "activation", "RELU", 0, 1, RecurrentNetwork.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRecurrentNetwork_InitialState(), this.getInitialState(), "initialState", "ONES", 0, 1, RecurrentNetwork.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRecurrentNetwork_Readout(), this.getReadout(), "readout", "LINEAR", 0, 1, RecurrentNetwork.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(xavierNormalInitialisationEClass, XavierNormalInitialisation.class, "XavierNormalInitialisation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getXavierNormalInitialisation_Gain(), ecorePackage.getEDouble(), "gain", "0.1", 0, 1, XavierNormalInitialisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(representationPairTaskEClass, RepresentationPairTask.class, "RepresentationPairTask", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRepresentationPairTask_Targets1(), ecorePackage.getEDouble(), "targets1", null, 0, -1, RepresentationPairTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRepresentationPairTask_Targets2(), ecorePackage.getEDouble(), "targets2", null, 0, -1, RepresentationPairTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(pairInitialisationEClass, PairInitialisation.class, "PairInitialisation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPairInitialisation_Hidden1(), ecorePackage.getEDouble(), "hidden1", "0.05", 0, 1, PairInitialisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPairInitialisation_Hidden2(), ecorePackage.getEDouble(), "hidden2", "-0.08", 0, 1, PairInitialisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPairInitialisation_ReadoutWeight(), ecorePackage.getEDouble(), "readoutWeight", "0.1", 0, 1, PairInitialisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPairInitialisation_ReadoutBias(), ecorePackage.getEDouble(), "readoutBias", "0.1", 0, 1, PairInitialisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(expansionModelEClass, ExpansionModel.class, "ExpansionModel", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getExpansionModel_ExpansionPoint(), this.getExpansionPoint(), "expansionPoint", "FIXED", 0, 1, ExpansionModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExpansionModel_HiddenRate1(), ecorePackage.getEDouble(), "hiddenRate1", "1.0", 0, 1, ExpansionModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExpansionModel_HiddenRate2(), ecorePackage.getEDouble(), "hiddenRate2", "10.0", 0, 1, ExpansionModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExpansionModel_ReadoutRate(), ecorePackage.getEDouble(), "readoutRate", "1.0", 0, 1, ExpansionModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExpansionModel_BiasRate(), ecorePackage.getEDouble(), "biasRate", "0.25", 0, 1, ExpansionModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(twoPointTaskEClass, TwoPointTask.class, "TwoPointTask", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTwoPointTask_InputDistance(), ecorePackage.getEDouble(), "inputDistance", "1.0", 0, 1, TwoPointTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTwoPointTask_OutputDistance(), ecorePackage.getEDouble(), "outputDistance", "0.5", 0, 1, TwoPointTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTwoPointTask_InputDimension(), ecorePackage.getEInt(), "inputDimension", "1", 0, 1, TwoPointTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTwoPointTask_OutputDimension(), ecorePackage.getEInt(), "outputDimension", "1", 0, 1, TwoPointTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(multilayerPerceptronEClass, MultilayerPerceptron.class, "MultilayerPerceptron", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMultilayerPerceptron_Width(), ecorePackage.getEInt(), "width", "500", 0, 1, MultilayerPerceptron.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMultilayerPerceptron_HiddenLayers(), ecorePackage.getEInt(), "hiddenLayers", "20", 0, 1, MultilayerPerceptron.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMultilayerPerceptron_Activation(), this.getActivation(), "activation", "LEAKY_RELU", 0, 1, MultilayerPerceptron.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMultilayerPerceptron_TrackedLayer(), ecorePackage.getEInt(), "trackedLayer", "10", 0, 1, MultilayerPerceptron.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(epsilonConventionEEnum, EpsilonConvention.class, "EpsilonConvention");
		addEEnumLiteral(epsilonConventionEEnum, EpsilonConvention.RUNNING_STD);
		addEEnumLiteral(epsilonConventionEEnum, EpsilonConvention.CURRENT_STD);
		addEEnumLiteral(epsilonConventionEEnum, EpsilonConvention.FIXED);

		initEEnum(activationEEnum, Activation.class, "Activation");
		addEEnumLiteral(activationEEnum, Activation.RELU);
		addEEnumLiteral(activationEEnum, Activation.TANH);
		addEEnumLiteral(activationEEnum, Activation.LEAKY_RELU);
		addEEnumLiteral(activationEEnum, Activation.LINEAR);

		initEEnum(initialStateEEnum, InitialState.class, "InitialState");
		addEEnumLiteral(initialStateEEnum, InitialState.ONES);
		addEEnumLiteral(initialStateEEnum, InitialState.ZEROS);

		initEEnum(readoutEEnum, Readout.class, "Readout");
		addEEnumLiteral(readoutEEnum, Readout.LINEAR);
		addEEnumLiteral(readoutEEnum, Readout.DISCONTINUITY);

		initEEnum(expansionPointEEnum, ExpansionPoint.class, "ExpansionPoint");
		addEEnumLiteral(expansionPointEEnum, ExpansionPoint.FIXED);
		addEEnumLiteral(expansionPointEEnum, ExpansionPoint.MEAN);

		// Create resource
		createResource(eNS_URI);

		// Create annotations
		// http://www.eclipse.org/emf/2002/Ecore
		createEcoreAnnotations();
		// http://www.plateau.org/display
		createDisplayAnnotations();
	}

	/**
	 * Initializes the annotations for <b>http://www.eclipse.org/emf/2002/Ecore</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createEcoreAnnotations() {
		String source = "http://www.eclipse.org/emf/2002/Ecore";
		addAnnotation
		  (sequenceTaskEClass,
		   source,
		   new String[] {
			   "constraints", "lengthsValid trainingHonoured pairValid"
		   });
		addAnnotation
		  (automatonTaskEClass,
		   source,
		   new String[] {
			   "constraints", "automatonValid"
		   });
		addAnnotation
		  (randomAutomatonTaskEClass,
		   source,
		   new String[] {
			   "constraints", "randomAutomatonValid"
		   });
		addAnnotation
		  (recurrentNetworkEClass,
		   source,
		   new String[] {
			   "constraints", "hiddenUnitsPositive activationOfRecurrentNetwork"
		   });
		addAnnotation
		  (xavierNormalInitialisationEClass,
		   source,
		   new String[] {
			   "constraints", "gainPositive"
		   });
		addAnnotation
		  (representationPairTaskEClass,
		   source,
		   new String[] {
			   "constraints", "pairValid trainingHonoured"
		   });
		addAnnotation
		  (pairInitialisationEClass,
		   source,
		   new String[] {
			   "constraints", "startValid"
		   });
		addAnnotation
		  (expansionModelEClass,
		   source,
		   new String[] {
			   "constraints", "ratesPositive"
		   });
		addAnnotation
		  (twoPointTaskEClass,
		   source,
		   new String[] {
			   "constraints", "distancesPositive dimensionsPositive"
		   });
		addAnnotation
		  (multilayerPerceptronEClass,
		   source,
		   new String[] {
			   "constraints", "sizesPositive trackedLayerInRange trainingHonoured"
		   });
	}

	/**
	 * Initializes the annotations for <b>http://www.plateau.org/display</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createDisplayAnnotations() {
		String source = "http://www.plateau.org/display";
		addAnnotation
		  (getSequenceTask_Symbols(),
		   source,
		   new String[] {
			   "name", "symbols"
		   });
		addAnnotation
		  (getSequenceTask_MaxLength(),
		   source,
		   new String[] {
			   "name", "longest training length"
		   });
		addAnnotation
		  (getSequenceTask_DataFraction(),
		   source,
		   new String[] {
			   "name", "data fraction p"
		   });
		addAnnotation
		  (getSequenceTask_ValidationLength(),
		   source,
		   new String[] {
			   "name", "validation length"
		   });
		addAnnotation
		  (getSequenceTask_ValidationStrings(),
		   source,
		   new String[] {
			   "name", "validation strings"
		   });
		addAnnotation
		  (getSequenceTask_TestLengths(),
		   source,
		   new String[] {
			   "name", "test lengths"
		   });
		addAnnotation
		  (getSequenceTask_TestStrings(),
		   source,
		   new String[] {
			   "name", "test strings"
		   });
		addAnnotation
		  (getSequenceTask_TestEvery(),
		   source,
		   new String[] {
			   "name", "test every (records)"
		   });
		addAnnotation
		  (getSequenceTask_AnalysisEvery(),
		   source,
		   new String[] {
			   "name", "analysis every (records)"
		   });
		addAnnotation
		  (getSequenceTask_EpsilonConvention(),
		   source,
		   new String[] {
			   "name", "eps convention"
		   });
		addAnnotation
		  (getSequenceTask_EpsilonFraction(),
		   source,
		   new String[] {
			   "name", "eps fraction"
		   });
		addAnnotation
		  (getSequenceTask_AutomatonTestLength(),
		   source,
		   new String[] {
			   "name", "automaton test length"
		   });
		addAnnotation
		  (getSequenceTask_AutomatonTestStrings(),
		   source,
		   new String[] {
			   "name", "automaton test strings"
		   });
		addAnnotation
		  (getSequenceTask_PairString1(),
		   source,
		   new String[] {
			   "name", "pair: first string"
		   });
		addAnnotation
		  (getSequenceTask_PairString2(),
		   source,
		   new String[] {
			   "name", "pair: second string"
		   });
		addAnnotation
		  (getRandomAutomatonTask_MaxStates(),
		   source,
		   new String[] {
			   "name", "maximum states"
		   });
		addAnnotation
		  (getRandomAutomatonTask_NewStateProbability(),
		   source,
		   new String[] {
			   "name", "new-state probability"
		   });
		addAnnotation
		  (getRandomAutomatonTask_Outputs(),
		   source,
		   new String[] {
			   "name", "outputs"
		   });
		addAnnotation
		  (getRandomAutomatonTask_AutomatonSeed(),
		   source,
		   new String[] {
			   "name", "automaton seed"
		   });
		addAnnotation
		  (getRecurrentNetwork_HiddenUnits(),
		   source,
		   new String[] {
			   "name", "hidden units P"
		   });
		addAnnotation
		  (getRecurrentNetwork_Activation(),
		   source,
		   new String[] {
			   "name", "activation"
		   });
		addAnnotation
		  (getRecurrentNetwork_InitialState(),
		   source,
		   new String[] {
			   "name", "initial state h0"
		   });
		addAnnotation
		  (getRecurrentNetwork_Readout(),
		   source,
		   new String[] {
			   "name", "read-out"
		   });
		addAnnotation
		  (getXavierNormalInitialisation_Gain(),
		   source,
		   new String[] {
			   "name", "gain"
		   });
		addAnnotation
		  (getRepresentationPairTask_Targets1(),
		   source,
		   new String[] {
			   "name", "targets y*1"
		   });
		addAnnotation
		  (getRepresentationPairTask_Targets2(),
		   source,
		   new String[] {
			   "name", "targets y*2"
		   });
		addAnnotation
		  (getPairInitialisation_Hidden1(),
		   source,
		   new String[] {
			   "name", "h1(0)"
		   });
		addAnnotation
		  (getPairInitialisation_Hidden2(),
		   source,
		   new String[] {
			   "name", "h2(0)"
		   });
		addAnnotation
		  (getPairInitialisation_ReadoutWeight(),
		   source,
		   new String[] {
			   "name", "read-out ||D(0)||"
		   });
		addAnnotation
		  (getPairInitialisation_ReadoutBias(),
		   source,
		   new String[] {
			   "name", "bias ||b(0)||"
		   });
		addAnnotation
		  (getExpansionModel_ExpansionPoint(),
		   source,
		   new String[] {
			   "name", "expansion point"
		   });
		addAnnotation
		  (getExpansionModel_HiddenRate1(),
		   source,
		   new String[] {
			   "name", "hidden rate 1"
		   });
		addAnnotation
		  (getExpansionModel_HiddenRate2(),
		   source,
		   new String[] {
			   "name", "hidden rate 2"
		   });
		addAnnotation
		  (getExpansionModel_ReadoutRate(),
		   source,
		   new String[] {
			   "name", "read-out rate"
		   });
		addAnnotation
		  (getExpansionModel_BiasRate(),
		   source,
		   new String[] {
			   "name", "bias rate"
		   });
		addAnnotation
		  (getTwoPointTask_InputDistance(),
		   source,
		   new String[] {
			   "name", "input distance dx2"
		   });
		addAnnotation
		  (getTwoPointTask_OutputDistance(),
		   source,
		   new String[] {
			   "name", "target distance dy2"
		   });
		addAnnotation
		  (getTwoPointTask_InputDimension(),
		   source,
		   new String[] {
			   "name", "input dimension d_in"
		   });
		addAnnotation
		  (getTwoPointTask_OutputDimension(),
		   source,
		   new String[] {
			   "name", "output dimension d_out"
		   });
		addAnnotation
		  (getMultilayerPerceptron_Width(),
		   source,
		   new String[] {
			   "name", "width P"
		   });
		addAnnotation
		  (getMultilayerPerceptron_HiddenLayers(),
		   source,
		   new String[] {
			   "name", "hidden layers L"
		   });
		addAnnotation
		  (getMultilayerPerceptron_Activation(),
		   source,
		   new String[] {
			   "name", "activation"
		   });
		addAnnotation
		  (getMultilayerPerceptron_TrackedLayer(),
		   source,
		   new String[] {
			   "name", "tracked hidden layer"
		   });
	}

} //RnnPackageImpl
