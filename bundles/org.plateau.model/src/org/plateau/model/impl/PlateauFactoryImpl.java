/**
 * Code marked @generated is produced by EMF from model/experiment.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.model.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.plateau.model.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class PlateauFactoryImpl extends EFactoryImpl implements PlateauFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static PlateauFactory init() {
		try {
			PlateauFactory thePlateauFactory = (PlateauFactory)EPackage.Registry.INSTANCE.getEFactory(PlateauPackage.eNS_URI);
			if (thePlateauFactory != null) {
				return thePlateauFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new PlateauFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PlateauFactoryImpl() {
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
			case PlateauPackage.EXPERIMENT: return createExperiment();
			case PlateauPackage.SMALL_GAUSSIAN_INITIALISATION: return createSmallGaussianInitialisation();
			case PlateauPackage.RANDOM_ORTHOGONAL_INITIALISATION: return createRandomOrthogonalInitialisation();
			case PlateauPackage.ALIGNED_BALANCED_INITIALISATION: return createAlignedBalancedInitialisation();
			case PlateauPackage.TRAINING: return createTraining();
			case PlateauPackage.THEORY_SELECTION: return createTheorySelection();
			case PlateauPackage.RUN: return createRun();
			case PlateauPackage.SWEEP: return createSweep();
			case PlateauPackage.SWEEP_AXIS: return createSweepAxis();
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
			case PlateauPackage.TRAINING_ALGORITHM:
				return createTrainingAlgorithmFromString(eDataType, initialValue);
			case PlateauPackage.LOSS_KIND:
				return createLossKindFromString(eDataType, initialValue);
			case PlateauPackage.LOSS_CONVENTION:
				return createLossConventionFromString(eDataType, initialValue);
			case PlateauPackage.RUN_STATUS:
				return createRunStatusFromString(eDataType, initialValue);
			case PlateauPackage.SWEEP_SAMPLING:
				return createSweepSamplingFromString(eDataType, initialValue);
			case PlateauPackage.AXIS_SPACING:
				return createAxisSpacingFromString(eDataType, initialValue);
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
			case PlateauPackage.TRAINING_ALGORITHM:
				return convertTrainingAlgorithmToString(eDataType, instanceValue);
			case PlateauPackage.LOSS_KIND:
				return convertLossKindToString(eDataType, instanceValue);
			case PlateauPackage.LOSS_CONVENTION:
				return convertLossConventionToString(eDataType, instanceValue);
			case PlateauPackage.RUN_STATUS:
				return convertRunStatusToString(eDataType, instanceValue);
			case PlateauPackage.SWEEP_SAMPLING:
				return convertSweepSamplingToString(eDataType, instanceValue);
			case PlateauPackage.AXIS_SPACING:
				return convertAxisSpacingToString(eDataType, instanceValue);
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
	public Experiment createExperiment() {
		ExperimentImpl experiment = new ExperimentImpl();
		return experiment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SmallGaussianInitialisation createSmallGaussianInitialisation() {
		SmallGaussianInitialisationImpl smallGaussianInitialisation = new SmallGaussianInitialisationImpl();
		return smallGaussianInitialisation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RandomOrthogonalInitialisation createRandomOrthogonalInitialisation() {
		RandomOrthogonalInitialisationImpl randomOrthogonalInitialisation = new RandomOrthogonalInitialisationImpl();
		return randomOrthogonalInitialisation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AlignedBalancedInitialisation createAlignedBalancedInitialisation() {
		AlignedBalancedInitialisationImpl alignedBalancedInitialisation = new AlignedBalancedInitialisationImpl();
		return alignedBalancedInitialisation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Training createTraining() {
		TrainingImpl training = new TrainingImpl();
		return training;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TheorySelection createTheorySelection() {
		TheorySelectionImpl theorySelection = new TheorySelectionImpl();
		return theorySelection;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Run createRun() {
		RunImpl run = new RunImpl();
		return run;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Sweep createSweep() {
		SweepImpl sweep = new SweepImpl();
		return sweep;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SweepAxis createSweepAxis() {
		SweepAxisImpl sweepAxis = new SweepAxisImpl();
		return sweepAxis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TrainingAlgorithm createTrainingAlgorithmFromString(EDataType eDataType, String initialValue) {
		TrainingAlgorithm result = TrainingAlgorithm.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTrainingAlgorithmToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LossKind createLossKindFromString(EDataType eDataType, String initialValue) {
		LossKind result = LossKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLossKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LossConvention createLossConventionFromString(EDataType eDataType, String initialValue) {
		LossConvention result = LossConvention.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLossConventionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RunStatus createRunStatusFromString(EDataType eDataType, String initialValue) {
		RunStatus result = RunStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRunStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SweepSampling createSweepSamplingFromString(EDataType eDataType, String initialValue) {
		SweepSampling result = SweepSampling.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSweepSamplingToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AxisSpacing createAxisSpacingFromString(EDataType eDataType, String initialValue) {
		AxisSpacing result = AxisSpacing.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAxisSpacingToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PlateauPackage getPlateauPackage() {
		return (PlateauPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static PlateauPackage getPackage() {
		return PlateauPackage.eINSTANCE;
	}

} //PlateauFactoryImpl
