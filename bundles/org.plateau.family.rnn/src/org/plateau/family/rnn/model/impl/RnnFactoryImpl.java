/**
 * Code marked @generated is produced by EMF from model/rnn.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.family.rnn.model.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.plateau.family.rnn.model.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class RnnFactoryImpl extends EFactoryImpl implements RnnFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static RnnFactory init() {
		try {
			RnnFactory theRnnFactory = (RnnFactory)EPackage.Registry.INSTANCE.getEFactory(RnnPackage.eNS_URI);
			if (theRnnFactory != null) {
				return theRnnFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new RnnFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RnnFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case RnnPackage.AUTOMATON_TASK: return createAutomatonTask();
			case RnnPackage.TASK_STATE: return createTaskState();
			case RnnPackage.RANDOM_AUTOMATON_TASK: return createRandomAutomatonTask();
			case RnnPackage.RECURRENT_NETWORK: return createRecurrentNetwork();
			case RnnPackage.XAVIER_NORMAL_INITIALISATION: return createXavierNormalInitialisation();
			case RnnPackage.REPRESENTATION_PAIR_TASK: return createRepresentationPairTask();
			case RnnPackage.PAIR_INITIALISATION: return createPairInitialisation();
			case RnnPackage.EXPANSION_MODEL: return createExpansionModel();
			case RnnPackage.TWO_POINT_TASK: return createTwoPointTask();
			case RnnPackage.MULTILAYER_PERCEPTRON: return createMultilayerPerceptron();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case RnnPackage.EPSILON_CONVENTION:
				return createEpsilonConventionFromString(eDataType, initialValue);
			case RnnPackage.ACTIVATION:
				return createActivationFromString(eDataType, initialValue);
			case RnnPackage.INITIAL_STATE:
				return createInitialStateFromString(eDataType, initialValue);
			case RnnPackage.READOUT:
				return createReadoutFromString(eDataType, initialValue);
			case RnnPackage.EXPANSION_POINT:
				return createExpansionPointFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case RnnPackage.EPSILON_CONVENTION:
				return convertEpsilonConventionToString(eDataType, instanceValue);
			case RnnPackage.ACTIVATION:
				return convertActivationToString(eDataType, instanceValue);
			case RnnPackage.INITIAL_STATE:
				return convertInitialStateToString(eDataType, instanceValue);
			case RnnPackage.READOUT:
				return convertReadoutToString(eDataType, instanceValue);
			case RnnPackage.EXPANSION_POINT:
				return convertExpansionPointToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AutomatonTask createAutomatonTask() {
		AutomatonTaskImpl automatonTask = new AutomatonTaskImpl();
		return automatonTask;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TaskState createTaskState() {
		TaskStateImpl taskState = new TaskStateImpl();
		return taskState;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RandomAutomatonTask createRandomAutomatonTask() {
		RandomAutomatonTaskImpl randomAutomatonTask = new RandomAutomatonTaskImpl();
		return randomAutomatonTask;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RecurrentNetwork createRecurrentNetwork() {
		RecurrentNetworkImpl recurrentNetwork = new RecurrentNetworkImpl();
		return recurrentNetwork;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public XavierNormalInitialisation createXavierNormalInitialisation() {
		XavierNormalInitialisationImpl xavierNormalInitialisation = new XavierNormalInitialisationImpl();
		return xavierNormalInitialisation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RepresentationPairTask createRepresentationPairTask() {
		RepresentationPairTaskImpl representationPairTask = new RepresentationPairTaskImpl();
		return representationPairTask;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PairInitialisation createPairInitialisation() {
		PairInitialisationImpl pairInitialisation = new PairInitialisationImpl();
		return pairInitialisation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ExpansionModel createExpansionModel() {
		ExpansionModelImpl expansionModel = new ExpansionModelImpl();
		return expansionModel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TwoPointTask createTwoPointTask() {
		TwoPointTaskImpl twoPointTask = new TwoPointTaskImpl();
		return twoPointTask;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MultilayerPerceptron createMultilayerPerceptron() {
		MultilayerPerceptronImpl multilayerPerceptron = new MultilayerPerceptronImpl();
		return multilayerPerceptron;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EpsilonConvention createEpsilonConventionFromString(EDataType eDataType, String initialValue) {
		EpsilonConvention result = EpsilonConvention.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertEpsilonConventionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Activation createActivationFromString(EDataType eDataType, String initialValue) {
		Activation result = Activation.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertActivationToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public InitialState createInitialStateFromString(EDataType eDataType, String initialValue) {
		InitialState result = InitialState.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertInitialStateToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Readout createReadoutFromString(EDataType eDataType, String initialValue) {
		Readout result = Readout.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertReadoutToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ExpansionPoint createExpansionPointFromString(EDataType eDataType, String initialValue) {
		ExpansionPoint result = ExpansionPoint.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertExpansionPointToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RnnPackage getRnnPackage() {
		return (RnnPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static RnnPackage getPackage() {
		return RnnPackage.eINSTANCE;
	}

} //RnnFactoryImpl
