/**
 * Code marked @generated is produced by EMF from model/experiment.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.model.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EValidator;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.plateau.model.AlignedBalancedInitialisation;
import org.plateau.model.Architecture;
import org.plateau.model.AxisSpacing;
import org.plateau.model.Experiment;
import org.plateau.model.Initialisation;
import org.plateau.model.LossConvention;
import org.plateau.model.LossKind;
import org.plateau.model.PlateauFactory;
import org.plateau.model.PlateauPackage;
import org.plateau.model.RandomOrthogonalInitialisation;
import org.plateau.model.Run;
import org.plateau.model.RunStatus;
import org.plateau.model.SmallGaussianInitialisation;
import org.plateau.model.Sweep;
import org.plateau.model.SweepAxis;
import org.plateau.model.SweepSampling;
import org.plateau.model.Task;
import org.plateau.model.TheorySelection;
import org.plateau.model.Training;
import org.plateau.model.TrainingAlgorithm;

import org.plateau.model.util.PlateauValidator;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class PlateauPackageImpl extends EPackageImpl implements PlateauPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass experimentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass taskEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass architectureEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass initialisationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass smallGaussianInitialisationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass randomOrthogonalInitialisationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass alignedBalancedInitialisationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass trainingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass theorySelectionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass runEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass sweepEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass sweepAxisEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum trainingAlgorithmEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum lossKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum lossConventionEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum runStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum sweepSamplingEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum axisSpacingEEnum = null;

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
	 * @see org.plateau.model.PlateauPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private PlateauPackageImpl() {
		super(eNS_URI, PlateauFactory.eINSTANCE);
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
	 * <p>This method is used to initialize {@link PlateauPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static PlateauPackage init() {
		if (isInited) return (PlateauPackage)EPackage.Registry.INSTANCE.getEPackage(PlateauPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredPlateauPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		PlateauPackageImpl thePlateauPackage = registeredPlateauPackage instanceof PlateauPackageImpl ? (PlateauPackageImpl)registeredPlateauPackage : new PlateauPackageImpl();

		isInited = true;

		// Create package meta-data objects
		thePlateauPackage.createPackageContents();

		// Initialize created meta-data
		thePlateauPackage.initializePackageContents();

		// Register package validator
		EValidator.Registry.INSTANCE.put
			(thePlateauPackage,
			 new EValidator.Descriptor() {
				 @Override
				 public EValidator getEValidator() {
					 return PlateauValidator.INSTANCE;
				 }
			 });

		// Mark meta-data to indicate it can't be changed
		thePlateauPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(PlateauPackage.eNS_URI, thePlateauPackage);
		return thePlateauPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getExperiment() {
		return experimentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExperiment_Name() {
		return (EAttribute)experimentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExperiment_Notes() {
		return (EAttribute)experimentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExperiment_Seed() {
		return (EAttribute)experimentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getExperiment_Task() {
		return (EReference)experimentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getExperiment_Architecture() {
		return (EReference)experimentEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getExperiment_Initialisation() {
		return (EReference)experimentEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getExperiment_Training() {
		return (EReference)experimentEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getExperiment_Theory() {
		return (EReference)experimentEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getExperiment_Runs() {
		return (EReference)experimentEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTask() {
		return taskEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getArchitecture() {
		return architectureEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInitialisation() {
		return initialisationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSmallGaussianInitialisation() {
		return smallGaussianInitialisationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSmallGaussianInitialisation_Scale() {
		return (EAttribute)smallGaussianInitialisationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRandomOrthogonalInitialisation() {
		return randomOrthogonalInitialisationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRandomOrthogonalInitialisation_Gain() {
		return (EAttribute)randomOrthogonalInitialisationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAlignedBalancedInitialisation() {
		return alignedBalancedInitialisationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAlignedBalancedInitialisation_A0() {
		return (EAttribute)alignedBalancedInitialisationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTraining() {
		return trainingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTraining_Algorithm() {
		return (EAttribute)trainingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTraining_LearningRate() {
		return (EAttribute)trainingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTraining_Steps() {
		return (EAttribute)trainingEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTraining_LossConvention() {
		return (EAttribute)trainingEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTraining_RecordInterval() {
		return (EAttribute)trainingEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTraining_SnapshotSteps() {
		return (EAttribute)trainingEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTraining_BatchSize() {
		return (EAttribute)trainingEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTraining_LossKind() {
		return (EAttribute)trainingEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTraining_StopBelowLoss() {
		return (EAttribute)trainingEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTheorySelection() {
		return theorySelectionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTheorySelection_Enabled() {
		return (EAttribute)theorySelectionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTheorySelection_Predictions() {
		return (EAttribute)theorySelectionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRun() {
		return runEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRun_Id() {
		return (EAttribute)runEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRun_Started() {
		return (EAttribute)runEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRun_Status() {
		return (EAttribute)runEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRun_Message() {
		return (EAttribute)runEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRun_StepsCompleted() {
		return (EAttribute)runEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRun_WallTimeSeconds() {
		return (EAttribute)runEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRun_Location() {
		return (EAttribute)runEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRun_MetricsFile() {
		return (EAttribute)runEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRun_TheoryFile() {
		return (EAttribute)runEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRun_ManifestFile() {
		return (EAttribute)runEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRun_SnapshotsFolder() {
		return (EAttribute)runEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSweep() {
		return sweepEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSweep_Name() {
		return (EAttribute)sweepEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSweep_Notes() {
		return (EAttribute)sweepEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSweep_Base() {
		return (EReference)sweepEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSweep_Axes() {
		return (EReference)sweepEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSweep_Sampling() {
		return (EAttribute)sweepEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSweep_Samples() {
		return (EAttribute)sweepEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSweep_Repetitions() {
		return (EAttribute)sweepEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSweep_Seed() {
		return (EAttribute)sweepEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSweepAxis() {
		return sweepAxisEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSweepAxis_FeaturePath() {
		return (EAttribute)sweepAxisEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSweepAxis_Spacing() {
		return (EAttribute)sweepAxisEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSweepAxis_Values() {
		return (EAttribute)sweepAxisEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSweepAxis_From() {
		return (EAttribute)sweepAxisEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSweepAxis_To() {
		return (EAttribute)sweepAxisEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSweepAxis_Count() {
		return (EAttribute)sweepAxisEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getTrainingAlgorithm() {
		return trainingAlgorithmEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getLossKind() {
		return lossKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getLossConvention() {
		return lossConventionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRunStatus() {
		return runStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSweepSampling() {
		return sweepSamplingEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAxisSpacing() {
		return axisSpacingEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PlateauFactory getPlateauFactory() {
		return (PlateauFactory)getEFactoryInstance();
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
		experimentEClass = createEClass(EXPERIMENT);
		createEAttribute(experimentEClass, EXPERIMENT__NAME);
		createEAttribute(experimentEClass, EXPERIMENT__NOTES);
		createEAttribute(experimentEClass, EXPERIMENT__SEED);
		createEReference(experimentEClass, EXPERIMENT__TASK);
		createEReference(experimentEClass, EXPERIMENT__ARCHITECTURE);
		createEReference(experimentEClass, EXPERIMENT__INITIALISATION);
		createEReference(experimentEClass, EXPERIMENT__TRAINING);
		createEReference(experimentEClass, EXPERIMENT__THEORY);
		createEReference(experimentEClass, EXPERIMENT__RUNS);

		taskEClass = createEClass(TASK);

		architectureEClass = createEClass(ARCHITECTURE);

		initialisationEClass = createEClass(INITIALISATION);

		smallGaussianInitialisationEClass = createEClass(SMALL_GAUSSIAN_INITIALISATION);
		createEAttribute(smallGaussianInitialisationEClass, SMALL_GAUSSIAN_INITIALISATION__SCALE);

		randomOrthogonalInitialisationEClass = createEClass(RANDOM_ORTHOGONAL_INITIALISATION);
		createEAttribute(randomOrthogonalInitialisationEClass, RANDOM_ORTHOGONAL_INITIALISATION__GAIN);

		alignedBalancedInitialisationEClass = createEClass(ALIGNED_BALANCED_INITIALISATION);
		createEAttribute(alignedBalancedInitialisationEClass, ALIGNED_BALANCED_INITIALISATION__A0);

		trainingEClass = createEClass(TRAINING);
		createEAttribute(trainingEClass, TRAINING__ALGORITHM);
		createEAttribute(trainingEClass, TRAINING__LEARNING_RATE);
		createEAttribute(trainingEClass, TRAINING__STEPS);
		createEAttribute(trainingEClass, TRAINING__LOSS_CONVENTION);
		createEAttribute(trainingEClass, TRAINING__RECORD_INTERVAL);
		createEAttribute(trainingEClass, TRAINING__SNAPSHOT_STEPS);
		createEAttribute(trainingEClass, TRAINING__BATCH_SIZE);
		createEAttribute(trainingEClass, TRAINING__LOSS_KIND);
		createEAttribute(trainingEClass, TRAINING__STOP_BELOW_LOSS);

		theorySelectionEClass = createEClass(THEORY_SELECTION);
		createEAttribute(theorySelectionEClass, THEORY_SELECTION__ENABLED);
		createEAttribute(theorySelectionEClass, THEORY_SELECTION__PREDICTIONS);

		runEClass = createEClass(RUN);
		createEAttribute(runEClass, RUN__ID);
		createEAttribute(runEClass, RUN__STARTED);
		createEAttribute(runEClass, RUN__STATUS);
		createEAttribute(runEClass, RUN__MESSAGE);
		createEAttribute(runEClass, RUN__STEPS_COMPLETED);
		createEAttribute(runEClass, RUN__WALL_TIME_SECONDS);
		createEAttribute(runEClass, RUN__LOCATION);
		createEAttribute(runEClass, RUN__METRICS_FILE);
		createEAttribute(runEClass, RUN__THEORY_FILE);
		createEAttribute(runEClass, RUN__MANIFEST_FILE);
		createEAttribute(runEClass, RUN__SNAPSHOTS_FOLDER);

		sweepEClass = createEClass(SWEEP);
		createEAttribute(sweepEClass, SWEEP__NAME);
		createEAttribute(sweepEClass, SWEEP__NOTES);
		createEReference(sweepEClass, SWEEP__BASE);
		createEReference(sweepEClass, SWEEP__AXES);
		createEAttribute(sweepEClass, SWEEP__SAMPLING);
		createEAttribute(sweepEClass, SWEEP__SAMPLES);
		createEAttribute(sweepEClass, SWEEP__REPETITIONS);
		createEAttribute(sweepEClass, SWEEP__SEED);

		sweepAxisEClass = createEClass(SWEEP_AXIS);
		createEAttribute(sweepAxisEClass, SWEEP_AXIS__FEATURE_PATH);
		createEAttribute(sweepAxisEClass, SWEEP_AXIS__SPACING);
		createEAttribute(sweepAxisEClass, SWEEP_AXIS__VALUES);
		createEAttribute(sweepAxisEClass, SWEEP_AXIS__FROM);
		createEAttribute(sweepAxisEClass, SWEEP_AXIS__TO);
		createEAttribute(sweepAxisEClass, SWEEP_AXIS__COUNT);

		// Create enums
		trainingAlgorithmEEnum = createEEnum(TRAINING_ALGORITHM);
		lossKindEEnum = createEEnum(LOSS_KIND);
		lossConventionEEnum = createEEnum(LOSS_CONVENTION);
		runStatusEEnum = createEEnum(RUN_STATUS);
		sweepSamplingEEnum = createEEnum(SWEEP_SAMPLING);
		axisSpacingEEnum = createEEnum(AXIS_SPACING);
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

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		smallGaussianInitialisationEClass.getESuperTypes().add(this.getInitialisation());
		randomOrthogonalInitialisationEClass.getESuperTypes().add(this.getInitialisation());
		alignedBalancedInitialisationEClass.getESuperTypes().add(this.getInitialisation());

		// Initialize classes, features, and operations; add parameters
		initEClass(experimentEClass, Experiment.class, "Experiment", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getExperiment_Name(), ecorePackage.getEString(), "name", null, 0, 1, Experiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExperiment_Notes(), ecorePackage.getEString(), "notes", null, 0, 1, Experiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExperiment_Seed(), ecorePackage.getELong(), "seed", "1", 0, 1, Experiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getExperiment_Task(), this.getTask(), null, "task", null, 0, 1, Experiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getExperiment_Architecture(), this.getArchitecture(), null, "architecture", null, 0, 1, Experiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getExperiment_Initialisation(), this.getInitialisation(), null, "initialisation", null, 0, 1, Experiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getExperiment_Training(), this.getTraining(), null, "training", null, 0, 1, Experiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getExperiment_Theory(), this.getTheorySelection(), null, "theory", null, 0, 1, Experiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getExperiment_Runs(), this.getRun(), null, "runs", null, 0, -1, Experiment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(taskEClass, Task.class, "Task", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(architectureEClass, Architecture.class, "Architecture", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(initialisationEClass, Initialisation.class, "Initialisation", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(smallGaussianInitialisationEClass, SmallGaussianInitialisation.class, "SmallGaussianInitialisation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSmallGaussianInitialisation_Scale(), ecorePackage.getEDouble(), "scale", "1e-3", 0, 1, SmallGaussianInitialisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(randomOrthogonalInitialisationEClass, RandomOrthogonalInitialisation.class, "RandomOrthogonalInitialisation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRandomOrthogonalInitialisation_Gain(), ecorePackage.getEDouble(), "gain", "1.0", 0, 1, RandomOrthogonalInitialisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(alignedBalancedInitialisationEClass, AlignedBalancedInitialisation.class, "AlignedBalancedInitialisation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAlignedBalancedInitialisation_A0(), ecorePackage.getEDouble(), "a0", "1e-3", 0, 1, AlignedBalancedInitialisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(trainingEClass, Training.class, "Training", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTraining_Algorithm(), this.getTrainingAlgorithm(), "algorithm", "FULL_BATCH_GD", 0, 1, Training.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTraining_LearningRate(), ecorePackage.getEDouble(), "learningRate", "1e-3", 0, 1, Training.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTraining_Steps(), ecorePackage.getELong(), "steps", "1000", 0, 1, Training.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTraining_LossConvention(), this.getLossConvention(), "lossConvention", "MEAN", 0, 1, Training.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTraining_RecordInterval(), ecorePackage.getELong(), "recordInterval", "10", 0, 1, Training.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTraining_SnapshotSteps(), ecorePackage.getELong(), "snapshotSteps", null, 0, -1, Training.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTraining_BatchSize(), ecorePackage.getEInt(), "batchSize", "0", 0, 1, Training.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTraining_LossKind(), this.getLossKind(), "lossKind", "HALF_SQUARED_ERROR", 0, 1, Training.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTraining_StopBelowLoss(), ecorePackage.getEDouble(), "stopBelowLoss", "0.0", 0, 1, Training.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(theorySelectionEClass, TheorySelection.class, "TheorySelection", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTheorySelection_Enabled(), ecorePackage.getEBoolean(), "enabled", "true", 0, 1, TheorySelection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTheorySelection_Predictions(), ecorePackage.getEString(), "predictions", null, 0, -1, TheorySelection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(runEClass, Run.class, "Run", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRun_Id(), ecorePackage.getEString(), "id", null, 0, 1, Run.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRun_Started(), ecorePackage.getEDate(), "started", null, 0, 1, Run.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRun_Status(), this.getRunStatus(), "status", null, 0, 1, Run.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRun_Message(), ecorePackage.getEString(), "message", null, 0, 1, Run.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRun_StepsCompleted(), ecorePackage.getELong(), "stepsCompleted", null, 0, 1, Run.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRun_WallTimeSeconds(), ecorePackage.getEDouble(), "wallTimeSeconds", null, 0, 1, Run.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRun_Location(), ecorePackage.getEString(), "location", null, 0, 1, Run.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRun_MetricsFile(), ecorePackage.getEString(), "metricsFile", null, 0, 1, Run.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRun_TheoryFile(), ecorePackage.getEString(), "theoryFile", null, 0, 1, Run.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRun_ManifestFile(), ecorePackage.getEString(), "manifestFile", null, 0, 1, Run.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRun_SnapshotsFolder(), ecorePackage.getEString(), "snapshotsFolder", null, 0, 1, Run.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(sweepEClass, Sweep.class, "Sweep", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSweep_Name(), ecorePackage.getEString(), "name", null, 0, 1, Sweep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSweep_Notes(), ecorePackage.getEString(), "notes", null, 0, 1, Sweep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSweep_Base(), this.getExperiment(), null, "base", null, 0, 1, Sweep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSweep_Axes(), this.getSweepAxis(), null, "axes", null, 0, -1, Sweep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSweep_Sampling(), this.getSweepSampling(), "sampling", "GRID", 0, 1, Sweep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSweep_Samples(), ecorePackage.getEInt(), "samples", "10", 0, 1, Sweep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSweep_Repetitions(), ecorePackage.getEInt(), "repetitions", "1", 0, 1, Sweep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSweep_Seed(), ecorePackage.getELong(), "seed", "1", 0, 1, Sweep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(sweepAxisEClass, SweepAxis.class, "SweepAxis", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSweepAxis_FeaturePath(), ecorePackage.getEString(), "featurePath", null, 0, 1, SweepAxis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSweepAxis_Spacing(), this.getAxisSpacing(), "spacing", "LIST", 0, 1, SweepAxis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSweepAxis_Values(), ecorePackage.getEString(), "values", null, 0, -1, SweepAxis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSweepAxis_From(), ecorePackage.getEDouble(), "from", "0.0", 0, 1, SweepAxis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSweepAxis_To(), ecorePackage.getEDouble(), "to", "1.0", 0, 1, SweepAxis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSweepAxis_Count(), ecorePackage.getEInt(), "count", "5", 0, 1, SweepAxis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(trainingAlgorithmEEnum, TrainingAlgorithm.class, "TrainingAlgorithm");
		addEEnumLiteral(trainingAlgorithmEEnum, TrainingAlgorithm.FULL_BATCH_GD);
		addEEnumLiteral(trainingAlgorithmEEnum, TrainingAlgorithm.ONLINE_SGD);
		addEEnumLiteral(trainingAlgorithmEEnum, TrainingAlgorithm.MINI_BATCH_SGD);

		initEEnum(lossKindEEnum, LossKind.class, "LossKind");
		addEEnumLiteral(lossKindEEnum, LossKind.HALF_SQUARED_ERROR);
		addEEnumLiteral(lossKindEEnum, LossKind.SQUARED_ERROR);
		addEEnumLiteral(lossKindEEnum, LossKind.CROSS_ENTROPY);

		initEEnum(lossConventionEEnum, LossConvention.class, "LossConvention");
		addEEnumLiteral(lossConventionEEnum, LossConvention.MEAN);
		addEEnumLiteral(lossConventionEEnum, LossConvention.SUM);

		initEEnum(runStatusEEnum, RunStatus.class, "RunStatus");
		addEEnumLiteral(runStatusEEnum, RunStatus.RUNNING);
		addEEnumLiteral(runStatusEEnum, RunStatus.COMPLETED);
		addEEnumLiteral(runStatusEEnum, RunStatus.CANCELLED);
		addEEnumLiteral(runStatusEEnum, RunStatus.DIVERGED);
		addEEnumLiteral(runStatusEEnum, RunStatus.FAILED);

		initEEnum(sweepSamplingEEnum, SweepSampling.class, "SweepSampling");
		addEEnumLiteral(sweepSamplingEEnum, SweepSampling.GRID);
		addEEnumLiteral(sweepSamplingEEnum, SweepSampling.RANDOM);
		addEEnumLiteral(sweepSamplingEEnum, SweepSampling.ZIP);

		initEEnum(axisSpacingEEnum, AxisSpacing.class, "AxisSpacing");
		addEEnumLiteral(axisSpacingEEnum, AxisSpacing.LIST);
		addEEnumLiteral(axisSpacingEEnum, AxisSpacing.LINEAR);
		addEEnumLiteral(axisSpacingEEnum, AxisSpacing.LOG);

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
		  (experimentEClass,
		   source,
		   new String[] {
			   "constraints", "hasRequiredParts textsStorable"
		   });
		addAnnotation
		  (smallGaussianInitialisationEClass,
		   source,
		   new String[] {
			   "constraints", "scaleNonNegative"
		   });
		addAnnotation
		  (randomOrthogonalInitialisationEClass,
		   source,
		   new String[] {
			   "constraints", "gainPositive"
		   });
		addAnnotation
		  (alignedBalancedInitialisationEClass,
		   source,
		   new String[] {
			   "constraints", "a0Positive"
		   });
		addAnnotation
		  (trainingEClass,
		   source,
		   new String[] {
			   "constraints", "learningRatePositive stepsPositive recordIntervalValid snapshotStepsInRange batchSizeValid stopBelowLossValid"
		   });
		addAnnotation
		  (sweepEClass,
		   source,
		   new String[] {
			   "constraints", "hasBaseAndAxes samplesPositive repetitionsPositive axesDistinct textsStorable"
		   });
		addAnnotation
		  (sweepAxisEClass,
		   source,
		   new String[] {
			   "constraints", "featurePathResolves valuesValid"
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
		  (getExperiment_Seed(),
		   source,
		   new String[] {
			   "name", "seed"
		   });
		addAnnotation
		  (getSmallGaussianInitialisation_Scale(),
		   source,
		   new String[] {
			   "name", "initial scale \u03c3"
		   });
		addAnnotation
		  (getAlignedBalancedInitialisation_A0(),
		   source,
		   new String[] {
			   "name", "initial strength a\u2080"
		   });
		addAnnotation
		  (getTraining_LearningRate(),
		   source,
		   new String[] {
			   "name", "learning rate \u03b7"
		   });
		addAnnotation
		  (getTraining_LossKind(),
		   source,
		   new String[] {
			   "name", "loss"
		   });
		addAnnotation
		  (getTraining_StopBelowLoss(),
		   source,
		   new String[] {
			   "name", "stop below loss"
		   });
	}

} //PlateauPackageImpl
