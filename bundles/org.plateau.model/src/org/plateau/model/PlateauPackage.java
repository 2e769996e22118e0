/**
 * Code marked @generated is produced by EMF from model/experiment.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

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
 * The experiment model of Plateau: what is trained (task), by which network (architecture), from which starting point (initialisation), how (training), which theoretical predictions are compared with the simulation (theory), and the record of the runs made. Families of models extend Task, Architecture and Initialisation in their own packages. Results (metrics, theory curves, matrix snapshots) are kept in files outside the model; a Run only points at them.
 * <!-- end-model-doc -->
 * @see org.plateau.model.PlateauFactory
 * @model kind="package"
 * @generated
 */
public interface PlateauPackage extends EPackage {
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
	String eNS_URI = "http://www.plateau.org/model/experiment/2.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "plateau";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	PlateauPackage eINSTANCE = org.plateau.model.impl.PlateauPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.plateau.model.impl.ExperimentImpl <em>Experiment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.plateau.model.impl.ExperimentImpl
	 * @see org.plateau.model.impl.PlateauPackageImpl#getExperiment()
	 * @generated
	 */
	int EXPERIMENT = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__NAME = 0;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__NOTES = 1;

	/**
	 * The feature id for the '<em><b>Seed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__SEED = 2;

	/**
	 * The feature id for the '<em><b>Task</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__TASK = 3;

	/**
	 * The feature id for the '<em><b>Architecture</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__ARCHITECTURE = 4;

	/**
	 * The feature id for the '<em><b>Initialisation</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__INITIALISATION = 5;

	/**
	 * The feature id for the '<em><b>Training</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__TRAINING = 6;

	/**
	 * The feature id for the '<em><b>Theory</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__THEORY = 7;

	/**
	 * The feature id for the '<em><b>Runs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__RUNS = 8;

	/**
	 * The number of structural features of the '<em>Experiment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Experiment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.plateau.model.impl.TaskImpl <em>Task</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.plateau.model.impl.TaskImpl
	 * @see org.plateau.model.impl.PlateauPackageImpl#getTask()
	 * @generated
	 */
	int TASK = 1;

	/**
	 * The number of structural features of the '<em>Task</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK_FEATURE_COUNT = 0;

	/**
	 * The number of operations of the '<em>Task</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.plateau.model.impl.ArchitectureImpl <em>Architecture</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.plateau.model.impl.ArchitectureImpl
	 * @see org.plateau.model.impl.PlateauPackageImpl#getArchitecture()
	 * @generated
	 */
	int ARCHITECTURE = 2;

	/**
	 * The number of structural features of the '<em>Architecture</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHITECTURE_FEATURE_COUNT = 0;

	/**
	 * The number of operations of the '<em>Architecture</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARCHITECTURE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.plateau.model.impl.InitialisationImpl <em>Initialisation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.plateau.model.impl.InitialisationImpl
	 * @see org.plateau.model.impl.PlateauPackageImpl#getInitialisation()
	 * @generated
	 */
	int INITIALISATION = 3;

	/**
	 * The number of structural features of the '<em>Initialisation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INITIALISATION_FEATURE_COUNT = 0;

	/**
	 * The number of operations of the '<em>Initialisation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INITIALISATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.plateau.model.impl.SmallGaussianInitialisationImpl <em>Small Gaussian Initialisation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.plateau.model.impl.SmallGaussianInitialisationImpl
	 * @see org.plateau.model.impl.PlateauPackageImpl#getSmallGaussianInitialisation()
	 * @generated
	 */
	int SMALL_GAUSSIAN_INITIALISATION = 4;

	/**
	 * The feature id for the '<em><b>Scale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SMALL_GAUSSIAN_INITIALISATION__SCALE = INITIALISATION_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Small Gaussian Initialisation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SMALL_GAUSSIAN_INITIALISATION_FEATURE_COUNT = INITIALISATION_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Small Gaussian Initialisation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SMALL_GAUSSIAN_INITIALISATION_OPERATION_COUNT = INITIALISATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.plateau.model.impl.RandomOrthogonalInitialisationImpl <em>Random Orthogonal Initialisation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.plateau.model.impl.RandomOrthogonalInitialisationImpl
	 * @see org.plateau.model.impl.PlateauPackageImpl#getRandomOrthogonalInitialisation()
	 * @generated
	 */
	int RANDOM_ORTHOGONAL_INITIALISATION = 5;

	/**
	 * The feature id for the '<em><b>Gain</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANDOM_ORTHOGONAL_INITIALISATION__GAIN = INITIALISATION_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Random Orthogonal Initialisation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANDOM_ORTHOGONAL_INITIALISATION_FEATURE_COUNT = INITIALISATION_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Random Orthogonal Initialisation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RANDOM_ORTHOGONAL_INITIALISATION_OPERATION_COUNT = INITIALISATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.plateau.model.impl.AlignedBalancedInitialisationImpl <em>Aligned Balanced Initialisation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.plateau.model.impl.AlignedBalancedInitialisationImpl
	 * @see org.plateau.model.impl.PlateauPackageImpl#getAlignedBalancedInitialisation()
	 * @generated
	 */
	int ALIGNED_BALANCED_INITIALISATION = 6;

	/**
	 * The feature id for the '<em><b>A0</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALIGNED_BALANCED_INITIALISATION__A0 = INITIALISATION_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Aligned Balanced Initialisation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALIGNED_BALANCED_INITIALISATION_FEATURE_COUNT = INITIALISATION_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Aligned Balanced Initialisation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALIGNED_BALANCED_INITIALISATION_OPERATION_COUNT = INITIALISATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.plateau.model.impl.TrainingImpl <em>Training</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.plateau.model.impl.TrainingImpl
	 * @see org.plateau.model.impl.PlateauPackageImpl#getTraining()
	 * @generated
	 */
	int TRAINING = 7;

	/**
	 * The feature id for the '<em><b>Algorithm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING__ALGORITHM = 0;

	/**
	 * The feature id for the '<em><b>Learning Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING__LEARNING_RATE = 1;

	/**
	 * The feature id for the '<em><b>Steps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING__STEPS = 2;

	/**
	 * The feature id for the '<em><b>Loss Convention</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING__LOSS_CONVENTION = 3;

	/**
	 * The feature id for the '<em><b>Record Interval</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING__RECORD_INTERVAL = 4;

	/**
	 * The feature id for the '<em><b>Snapshot Steps</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING__SNAPSHOT_STEPS = 5;

	/**
	 * The feature id for the '<em><b>Batch Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING__BATCH_SIZE = 6;

	/**
	 * The feature id for the '<em><b>Loss Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING__LOSS_KIND = 7;

	/**
	 * The feature id for the '<em><b>Stop Below Loss</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING__STOP_BELOW_LOSS = 8;

	/**
	 * The number of structural features of the '<em>Training</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Training</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.plateau.model.impl.TheorySelectionImpl <em>Theory Selection</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.plateau.model.impl.TheorySelectionImpl
	 * @see org.plateau.model.impl.PlateauPackageImpl#getTheorySelection()
	 * @generated
	 */
	int THEORY_SELECTION = 8;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THEORY_SELECTION__ENABLED = 0;

	/**
	 * The feature id for the '<em><b>Predictions</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THEORY_SELECTION__PREDICTIONS = 1;

	/**
	 * The number of structural features of the '<em>Theory Selection</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THEORY_SELECTION_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Theory Selection</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THEORY_SELECTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.plateau.model.impl.RunImpl <em>Run</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.plateau.model.impl.RunImpl
	 * @see org.plateau.model.impl.PlateauPackageImpl#getRun()
	 * @generated
	 */
	int RUN = 9;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN__ID = 0;

	/**
	 * The feature id for the '<em><b>Started</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN__STARTED = 1;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN__STATUS = 2;

	/**
	 * The feature id for the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN__MESSAGE = 3;

	/**
	 * The feature id for the '<em><b>Steps Completed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN__STEPS_COMPLETED = 4;

	/**
	 * The feature id for the '<em><b>Wall Time Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN__WALL_TIME_SECONDS = 5;

	/**
	 * The feature id for the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN__LOCATION = 6;

	/**
	 * The feature id for the '<em><b>Metrics File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN__METRICS_FILE = 7;

	/**
	 * The feature id for the '<em><b>Theory File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN__THEORY_FILE = 8;

	/**
	 * The feature id for the '<em><b>Manifest File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN__MANIFEST_FILE = 9;

	/**
	 * The feature id for the '<em><b>Snapshots Folder</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN__SNAPSHOTS_FOLDER = 10;

	/**
	 * The number of structural features of the '<em>Run</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_FEATURE_COUNT = 11;

	/**
	 * The number of operations of the '<em>Run</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.plateau.model.impl.SweepImpl <em>Sweep</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.plateau.model.impl.SweepImpl
	 * @see org.plateau.model.impl.PlateauPackageImpl#getSweep()
	 * @generated
	 */
	int SWEEP = 10;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP__NAME = 0;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP__NOTES = 1;

	/**
	 * The feature id for the '<em><b>Base</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP__BASE = 2;

	/**
	 * The feature id for the '<em><b>Axes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP__AXES = 3;

	/**
	 * The feature id for the '<em><b>Sampling</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP__SAMPLING = 4;

	/**
	 * The feature id for the '<em><b>Samples</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP__SAMPLES = 5;

	/**
	 * The feature id for the '<em><b>Repetitions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP__REPETITIONS = 6;

	/**
	 * The feature id for the '<em><b>Seed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP__SEED = 7;

	/**
	 * The number of structural features of the '<em>Sweep</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Sweep</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.plateau.model.impl.SweepAxisImpl <em>Sweep Axis</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.plateau.model.impl.SweepAxisImpl
	 * @see org.plateau.model.impl.PlateauPackageImpl#getSweepAxis()
	 * @generated
	 */
	int SWEEP_AXIS = 11;

	/**
	 * The feature id for the '<em><b>Feature Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP_AXIS__FEATURE_PATH = 0;

	/**
	 * The feature id for the '<em><b>Spacing</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP_AXIS__SPACING = 1;

	/**
	 * The feature id for the '<em><b>Values</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP_AXIS__VALUES = 2;

	/**
	 * The feature id for the '<em><b>From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP_AXIS__FROM = 3;

	/**
	 * The feature id for the '<em><b>To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP_AXIS__TO = 4;

	/**
	 * The feature id for the '<em><b>Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP_AXIS__COUNT = 5;

	/**
	 * The number of structural features of the '<em>Sweep Axis</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP_AXIS_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Sweep Axis</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP_AXIS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.plateau.model.TrainingAlgorithm <em>Training Algorithm</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.plateau.model.TrainingAlgorithm
	 * @see org.plateau.model.impl.PlateauPackageImpl#getTrainingAlgorithm()
	 * @generated
	 */
	int TRAINING_ALGORITHM = 12;

	/**
	 * The meta object id for the '{@link org.plateau.model.LossKind <em>Loss Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.plateau.model.LossKind
	 * @see org.plateau.model.impl.PlateauPackageImpl#getLossKind()
	 * @generated
	 */
	int LOSS_KIND = 13;

	/**
	 * The meta object id for the '{@link org.plateau.model.LossConvention <em>Loss Convention</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.plateau.model.LossConvention
	 * @see org.plateau.model.impl.PlateauPackageImpl#getLossConvention()
	 * @generated
	 */
	int LOSS_CONVENTION = 14;

	/**
	 * The meta object id for the '{@link org.plateau.model.RunStatus <em>Run Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.plateau.model.RunStatus
	 * @see org.plateau.model.impl.PlateauPackageImpl#getRunStatus()
	 * @generated
	 */
	int RUN_STATUS = 15;


	/**
	 * The meta object id for the '{@link org.plateau.model.SweepSampling <em>Sweep Sampling</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.plateau.model.SweepSampling
	 * @see org.plateau.model.impl.PlateauPackageImpl#getSweepSampling()
	 * @generated
	 */
	int SWEEP_SAMPLING = 16;

	/**
	 * The meta object id for the '{@link org.plateau.model.AxisSpacing <em>Axis Spacing</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.plateau.model.AxisSpacing
	 * @see org.plateau.model.impl.PlateauPackageImpl#getAxisSpacing()
	 * @generated
	 */
	int AXIS_SPACING = 17;


	/**
	 * Returns the meta object for class '{@link org.plateau.model.Experiment <em>Experiment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Experiment</em>'.
	 * @see org.plateau.model.Experiment
	 * @generated
	 */
	EClass getExperiment();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.model.Experiment#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.plateau.model.Experiment#getName()
	 * @see #getExperiment()
	 * @generated
	 */
	EAttribute getExperiment_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.model.Experiment#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notes</em>'.
	 * @see org.plateau.model.Experiment#getNotes()
	 * @see #getExperiment()
	 * @generated
	 */
	EAttribute getExperiment_Notes();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.model.Experiment#getSeed <em>Seed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Seed</em>'.
	 * @see org.plateau.model.Experiment#getSeed()
	 * @see #getExperiment()
	 * @generated
	 */
	EAttribute getExperiment_Seed();

	/**
	 * Returns the meta object for the containment reference '{@link org.plateau.model.Experiment#getTask <em>Task</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Task</em>'.
	 * @see org.plateau.model.Experiment#getTask()
	 * @see #getExperiment()
	 * @generated
	 */
	EReference getExperiment_Task();

	/**
	 * Returns the meta object for the containment reference '{@link org.plateau.model.Experiment#getArchitecture <em>Architecture</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Architecture</em>'.
	 * @see org.plateau.model.Experiment#getArchitecture()
	 * @see #getExperiment()
	 * @generated
	 */
	EReference getExperiment_Architecture();

	/**
	 * Returns the meta object for the containment reference '{@link org.plateau.model.Experiment#getInitialisation <em>Initialisation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Initialisation</em>'.
	 * @see org.plateau.model.Experiment#getInitialisation()
	 * @see #getExperiment()
	 * @generated
	 */
	EReference getExperiment_Initialisation();

	/**
	 * Returns the meta object for the containment reference '{@link org.plateau.model.Experiment#getTraining <em>Training</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Training</em>'.
	 * @see org.plateau.model.Experiment#getTraining()
	 * @see #getExperiment()
	 * @generated
	 */
	EReference getExperiment_Training();

	/**
	 * Returns the meta object for the containment reference '{@link org.plateau.model.Experiment#getTheory <em>Theory</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Theory</em>'.
	 * @see org.plateau.model.Experiment#getTheory()
	 * @see #getExperiment()
	 * @generated
	 */
	EReference getExperiment_Theory();

	/**
	 * Returns the meta object for the containment reference list '{@link org.plateau.model.Experiment#getRuns <em>Runs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Runs</em>'.
	 * @see org.plateau.model.Experiment#getRuns()
	 * @see #getExperiment()
	 * @generated
	 */
	EReference getExperiment_Runs();

	/**
	 * Returns the meta object for class '{@link org.plateau.model.Task <em>Task</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Task</em>'.
	 * @see org.plateau.model.Task
	 * @generated
	 */
	EClass getTask();

	/**
	 * Returns the meta object for class '{@link org.plateau.model.Architecture <em>Architecture</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Architecture</em>'.
	 * @see org.plateau.model.Architecture
	 * @generated
	 */
	EClass getArchitecture();

	/**
	 * Returns the meta object for class '{@link org.plateau.model.Initialisation <em>Initialisation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Initialisation</em>'.
	 * @see org.plateau.model.Initialisation
	 * @generated
	 */
	EClass getInitialisation();

	/**
	 * Returns the meta object for class '{@link org.plateau.model.SmallGaussianInitialisation <em>Small Gaussian Initialisation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Small Gaussian Initialisation</em>'.
	 * @see org.plateau.model.SmallGaussianInitialisation
	 * @generated
	 */
	EClass getSmallGaussianInitialisation();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.model.SmallGaussianInitialisation#getScale <em>Scale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scale</em>'.
	 * @see org.plateau.model.SmallGaussianInitialisation#getScale()
	 * @see #getSmallGaussianInitialisation()
	 * @generated
	 */
	EAttribute getSmallGaussianInitialisation_Scale();

	/**
	 * Returns the meta object for class '{@link org.plateau.model.RandomOrthogonalInitialisation <em>Random Orthogonal Initialisation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Random Orthogonal Initialisation</em>'.
	 * @see org.plateau.model.RandomOrthogonalInitialisation
	 * @generated
	 */
	EClass getRandomOrthogonalInitialisation();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.model.RandomOrthogonalInitialisation#getGain <em>Gain</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Gain</em>'.
	 * @see org.plateau.model.RandomOrthogonalInitialisation#getGain()
	 * @see #getRandomOrthogonalInitialisation()
	 * @generated
	 */
	EAttribute getRandomOrthogonalInitialisation_Gain();

	/**
	 * Returns the meta object for class '{@link org.plateau.model.AlignedBalancedInitialisation <em>Aligned Balanced Initialisation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Aligned Balanced Initialisation</em>'.
	 * @see org.plateau.model.AlignedBalancedInitialisation
	 * @generated
	 */
	EClass getAlignedBalancedInitialisation();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.model.AlignedBalancedInitialisation#getA0 <em>A0</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>A0</em>'.
	 * @see org.plateau.model.AlignedBalancedInitialisation#getA0()
	 * @see #getAlignedBalancedInitialisation()
	 * @generated
	 */
	EAttribute getAlignedBalancedInitialisation_A0();

	/**
	 * Returns the meta object for class '{@link org.plateau.model.Training <em>Training</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Training</em>'.
	 * @see org.plateau.model.Training
	 * @generated
	 */
	EClass getTraining();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.model.Training#getAlgorithm <em>Algorithm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Algorithm</em>'.
	 * @see org.plateau.model.Training#getAlgorithm()
	 * @see #getTraining()
	 * @generated
	 */
	EAttribute getTraining_Algorithm();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.model.Training#getLearningRate <em>Learning Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Learning Rate</em>'.
	 * @see org.plateau.model.Training#getLearningRate()
	 * @see #getTraining()
	 * @generated
	 */
	EAttribute getTraining_LearningRate();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.model.Training#getSteps <em>Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Steps</em>'.
	 * @see org.plateau.model.Training#getSteps()
	 * @see #getTraining()
	 * @generated
	 */
	EAttribute getTraining_Steps();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.model.Training#getLossConvention <em>Loss Convention</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Loss Convention</em>'.
	 * @see org.plateau.model.Training#getLossConvention()
	 * @see #getTraining()
	 * @generated
	 */
	EAttribute getTraining_LossConvention();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.model.Training#getRecordInterval <em>Record Interval</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Record Interval</em>'.
	 * @see org.plateau.model.Training#getRecordInterval()
	 * @see #getTraining()
	 * @generated
	 */
	EAttribute getTraining_RecordInterval();

	/**
	 * Returns the meta object for the attribute list '{@link org.plateau.model.Training#getSnapshotSteps <em>Snapshot Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Snapshot Steps</em>'.
	 * @see org.plateau.model.Training#getSnapshotSteps()
	 * @see #getTraining()
	 * @generated
	 */
	EAttribute getTraining_SnapshotSteps();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.model.Training#getBatchSize <em>Batch Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Batch Size</em>'.
	 * @see org.plateau.model.Training#getBatchSize()
	 * @see #getTraining()
	 * @generated
	 */
	EAttribute getTraining_BatchSize();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.model.Training#getLossKind <em>Loss Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Loss Kind</em>'.
	 * @see org.plateau.model.Training#getLossKind()
	 * @see #getTraining()
	 * @generated
	 */
	EAttribute getTraining_LossKind();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.model.Training#getStopBelowLoss <em>Stop Below Loss</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Stop Below Loss</em>'.
	 * @see org.plateau.model.Training#getStopBelowLoss()
	 * @see #getTraining()
	 * @generated
	 */
	EAttribute getTraining_StopBelowLoss();

	/**
	 * Returns the meta object for class '{@link org.plateau.model.TheorySelection <em>Theory Selection</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Theory Selection</em>'.
	 * @see org.plateau.model.TheorySelection
	 * @generated
	 */
	EClass getTheorySelection();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.model.TheorySelection#isEnabled <em>Enabled</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Enabled</em>'.
	 * @see org.plateau.model.TheorySelection#isEnabled()
	 * @see #getTheorySelection()
	 * @generated
	 */
	EAttribute getTheorySelection_Enabled();

	/**
	 * Returns the meta object for the attribute list '{@link org.plateau.model.TheorySelection#getPredictions <em>Predictions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Predictions</em>'.
	 * @see org.plateau.model.TheorySelection#getPredictions()
	 * @see #getTheorySelection()
	 * @generated
	 */
	EAttribute getTheorySelection_Predictions();

	/**
	 * Returns the meta object for class '{@link org.plateau.model.Run <em>Run</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Run</em>'.
	 * @see org.plateau.model.Run
	 * @generated
	 */
	EClass getRun();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.model.Run#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.plateau.model.Run#getId()
	 * @see #getRun()
	 * @generated
	 */
	EAttribute getRun_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.model.Run#getStarted <em>Started</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Started</em>'.
	 * @see org.plateau.model.Run#getStarted()
	 * @see #getRun()
	 * @generated
	 */
	EAttribute getRun_Started();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.model.Run#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.plateau.model.Run#getStatus()
	 * @see #getRun()
	 * @generated
	 */
	EAttribute getRun_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.model.Run#getMessage <em>Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Message</em>'.
	 * @see org.plateau.model.Run#getMessage()
	 * @see #getRun()
	 * @generated
	 */
	EAttribute getRun_Message();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.model.Run#getStepsCompleted <em>Steps Completed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Steps Completed</em>'.
	 * @see org.plateau.model.Run#getStepsCompleted()
	 * @see #getRun()
	 * @generated
	 */
	EAttribute getRun_StepsCompleted();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.model.Run#getWallTimeSeconds <em>Wall Time Seconds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Wall Time Seconds</em>'.
	 * @see org.plateau.model.Run#getWallTimeSeconds()
	 * @see #getRun()
	 * @generated
	 */
	EAttribute getRun_WallTimeSeconds();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.model.Run#getLocation <em>Location</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Location</em>'.
	 * @see org.plateau.model.Run#getLocation()
	 * @see #getRun()
	 * @generated
	 */
	EAttribute getRun_Location();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.model.Run#getMetricsFile <em>Metrics File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Metrics File</em>'.
	 * @see org.plateau.model.Run#getMetricsFile()
	 * @see #getRun()
	 * @generated
	 */
	EAttribute getRun_MetricsFile();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.model.Run#getTheoryFile <em>Theory File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Theory File</em>'.
	 * @see org.plateau.model.Run#getTheoryFile()
	 * @see #getRun()
	 * @generated
	 */
	EAttribute getRun_TheoryFile();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.model.Run#getManifestFile <em>Manifest File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Manifest File</em>'.
	 * @see org.plateau.model.Run#getManifestFile()
	 * @see #getRun()
	 * @generated
	 */
	EAttribute getRun_ManifestFile();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.model.Run#getSnapshotsFolder <em>Snapshots Folder</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Snapshots Folder</em>'.
	 * @see org.plateau.model.Run#getSnapshotsFolder()
	 * @see #getRun()
	 * @generated
	 */
	EAttribute getRun_SnapshotsFolder();

	/**
	 * Returns the meta object for class '{@link org.plateau.model.Sweep <em>Sweep</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Sweep</em>'.
	 * @see org.plateau.model.Sweep
	 * @generated
	 */
	EClass getSweep();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.model.Sweep#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.plateau.model.Sweep#getName()
	 * @see #getSweep()
	 * @generated
	 */
	EAttribute getSweep_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.model.Sweep#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notes</em>'.
	 * @see org.plateau.model.Sweep#getNotes()
	 * @see #getSweep()
	 * @generated
	 */
	EAttribute getSweep_Notes();

	/**
	 * Returns the meta object for the reference '{@link org.plateau.model.Sweep#getBase <em>Base</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Base</em>'.
	 * @see org.plateau.model.Sweep#getBase()
	 * @see #getSweep()
	 * @generated
	 */
	EReference getSweep_Base();

	/**
	 * Returns the meta object for the containment reference list '{@link org.plateau.model.Sweep#getAxes <em>Axes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Axes</em>'.
	 * @see org.plateau.model.Sweep#getAxes()
	 * @see #getSweep()
	 * @generated
	 */
	EReference getSweep_Axes();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.model.Sweep#getSampling <em>Sampling</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sampling</em>'.
	 * @see org.plateau.model.Sweep#getSampling()
	 * @see #getSweep()
	 * @generated
	 */
	EAttribute getSweep_Sampling();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.model.Sweep#getSamples <em>Samples</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Samples</em>'.
	 * @see org.plateau.model.Sweep#getSamples()
	 * @see #getSweep()
	 * @generated
	 */
	EAttribute getSweep_Samples();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.model.Sweep#getRepetitions <em>Repetitions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Repetitions</em>'.
	 * @see org.plateau.model.Sweep#getRepetitions()
	 * @see #getSweep()
	 * @generated
	 */
	EAttribute getSweep_Repetitions();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.model.Sweep#getSeed <em>Seed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Seed</em>'.
	 * @see org.plateau.model.Sweep#getSeed()
	 * @see #getSweep()
	 * @generated
	 */
	EAttribute getSweep_Seed();

	/**
	 * Returns the meta object for class '{@link org.plateau.model.SweepAxis <em>Sweep Axis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Sweep Axis</em>'.
	 * @see org.plateau.model.SweepAxis
	 * @generated
	 */
	EClass getSweepAxis();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.model.SweepAxis#getFeaturePath <em>Feature Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Feature Path</em>'.
	 * @see org.plateau.model.SweepAxis#getFeaturePath()
	 * @see #getSweepAxis()
	 * @generated
	 */
	EAttribute getSweepAxis_FeaturePath();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.model.SweepAxis#getSpacing <em>Spacing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Spacing</em>'.
	 * @see org.plateau.model.SweepAxis#getSpacing()
	 * @see #getSweepAxis()
	 * @generated
	 */
	EAttribute getSweepAxis_Spacing();

	/**
	 * Returns the meta object for the attribute list '{@link org.plateau.model.SweepAxis#getValues <em>Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Values</em>'.
	 * @see org.plateau.model.SweepAxis#getValues()
	 * @see #getSweepAxis()
	 * @generated
	 */
	EAttribute getSweepAxis_Values();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.model.SweepAxis#getFrom <em>From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>From</em>'.
	 * @see org.plateau.model.SweepAxis#getFrom()
	 * @see #getSweepAxis()
	 * @generated
	 */
	EAttribute getSweepAxis_From();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.model.SweepAxis#getTo <em>To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>To</em>'.
	 * @see org.plateau.model.SweepAxis#getTo()
	 * @see #getSweepAxis()
	 * @generated
	 */
	EAttribute getSweepAxis_To();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.model.SweepAxis#getCount <em>Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Count</em>'.
	 * @see org.plateau.model.SweepAxis#getCount()
	 * @see #getSweepAxis()
	 * @generated
	 */
	EAttribute getSweepAxis_Count();

	/**
	 * Returns the meta object for enum '{@link org.plateau.model.TrainingAlgorithm <em>Training Algorithm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Training Algorithm</em>'.
	 * @see org.plateau.model.TrainingAlgorithm
	 * @generated
	 */
	EEnum getTrainingAlgorithm();

	/**
	 * Returns the meta object for enum '{@link org.plateau.model.LossKind <em>Loss Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Loss Kind</em>'.
	 * @see org.plateau.model.LossKind
	 * @generated
	 */
	EEnum getLossKind();

	/**
	 * Returns the meta object for enum '{@link org.plateau.model.LossConvention <em>Loss Convention</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Loss Convention</em>'.
	 * @see org.plateau.model.LossConvention
	 * @generated
	 */
	EEnum getLossConvention();

	/**
	 * Returns the meta object for enum '{@link org.plateau.model.RunStatus <em>Run Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Run Status</em>'.
	 * @see org.plateau.model.RunStatus
	 * @generated
	 */
	EEnum getRunStatus();

	/**
	 * Returns the meta object for enum '{@link org.plateau.model.SweepSampling <em>Sweep Sampling</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Sweep Sampling</em>'.
	 * @see org.plateau.model.SweepSampling
	 * @generated
	 */
	EEnum getSweepSampling();

	/**
	 * Returns the meta object for enum '{@link org.plateau.model.AxisSpacing <em>Axis Spacing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Axis Spacing</em>'.
	 * @see org.plateau.model.AxisSpacing
	 * @generated
	 */
	EEnum getAxisSpacing();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	PlateauFactory getPlateauFactory();

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
		 * The meta object literal for the '{@link org.plateau.model.impl.ExperimentImpl <em>Experiment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.plateau.model.impl.ExperimentImpl
		 * @see org.plateau.model.impl.PlateauPackageImpl#getExperiment()
		 * @generated
		 */
		EClass EXPERIMENT = eINSTANCE.getExperiment();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPERIMENT__NAME = eINSTANCE.getExperiment_Name();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPERIMENT__NOTES = eINSTANCE.getExperiment_Notes();

		/**
		 * The meta object literal for the '<em><b>Seed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPERIMENT__SEED = eINSTANCE.getExperiment_Seed();

		/**
		 * The meta object literal for the '<em><b>Task</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXPERIMENT__TASK = eINSTANCE.getExperiment_Task();

		/**
		 * The meta object literal for the '<em><b>Architecture</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXPERIMENT__ARCHITECTURE = eINSTANCE.getExperiment_Architecture();

		/**
		 * The meta object literal for the '<em><b>Initialisation</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXPERIMENT__INITIALISATION = eINSTANCE.getExperiment_Initialisation();

		/**
		 * The meta object literal for the '<em><b>Training</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXPERIMENT__TRAINING = eINSTANCE.getExperiment_Training();

		/**
		 * The meta object literal for the '<em><b>Theory</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXPERIMENT__THEORY = eINSTANCE.getExperiment_Theory();

		/**
		 * The meta object literal for the '<em><b>Runs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXPERIMENT__RUNS = eINSTANCE.getExperiment_Runs();

		/**
		 * The meta object literal for the '{@link org.plateau.model.impl.TaskImpl <em>Task</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.plateau.model.impl.TaskImpl
		 * @see org.plateau.model.impl.PlateauPackageImpl#getTask()
		 * @generated
		 */
		EClass TASK = eINSTANCE.getTask();

		/**
		 * The meta object literal for the '{@link org.plateau.model.impl.ArchitectureImpl <em>Architecture</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.plateau.model.impl.ArchitectureImpl
		 * @see org.plateau.model.impl.PlateauPackageImpl#getArchitecture()
		 * @generated
		 */
		EClass ARCHITECTURE = eINSTANCE.getArchitecture();

		/**
		 * The meta object literal for the '{@link org.plateau.model.impl.InitialisationImpl <em>Initialisation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.plateau.model.impl.InitialisationImpl
		 * @see org.plateau.model.impl.PlateauPackageImpl#getInitialisation()
		 * @generated
		 */
		EClass INITIALISATION = eINSTANCE.getInitialisation();

		/**
		 * The meta object literal for the '{@link org.plateau.model.impl.SmallGaussianInitialisationImpl <em>Small Gaussian Initialisation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.plateau.model.impl.SmallGaussianInitialisationImpl
		 * @see org.plateau.model.impl.PlateauPackageImpl#getSmallGaussianInitialisation()
		 * @generated
		 */
		EClass SMALL_GAUSSIAN_INITIALISATION = eINSTANCE.getSmallGaussianInitialisation();

		/**
		 * The meta object literal for the '<em><b>Scale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SMALL_GAUSSIAN_INITIALISATION__SCALE = eINSTANCE.getSmallGaussianInitialisation_Scale();

		/**
		 * The meta object literal for the '{@link org.plateau.model.impl.RandomOrthogonalInitialisationImpl <em>Random Orthogonal Initialisation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.plateau.model.impl.RandomOrthogonalInitialisationImpl
		 * @see org.plateau.model.impl.PlateauPackageImpl#getRandomOrthogonalInitialisation()
		 * @generated
		 */
		EClass RANDOM_ORTHOGONAL_INITIALISATION = eINSTANCE.getRandomOrthogonalInitialisation();

		/**
		 * The meta object literal for the '<em><b>Gain</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RANDOM_ORTHOGONAL_INITIALISATION__GAIN = eINSTANCE.getRandomOrthogonalInitialisation_Gain();

		/**
		 * The meta object literal for the '{@link org.plateau.model.impl.AlignedBalancedInitialisationImpl <em>Aligned Balanced Initialisation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.plateau.model.impl.AlignedBalancedInitialisationImpl
		 * @see org.plateau.model.impl.PlateauPackageImpl#getAlignedBalancedInitialisation()
		 * @generated
		 */
		EClass ALIGNED_BALANCED_INITIALISATION = eINSTANCE.getAlignedBalancedInitialisation();

		/**
		 * The meta object literal for the '<em><b>A0</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ALIGNED_BALANCED_INITIALISATION__A0 = eINSTANCE.getAlignedBalancedInitialisation_A0();

		/**
		 * The meta object literal for the '{@link org.plateau.model.impl.TrainingImpl <em>Training</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.plateau.model.impl.TrainingImpl
		 * @see org.plateau.model.impl.PlateauPackageImpl#getTraining()
		 * @generated
		 */
		EClass TRAINING = eINSTANCE.getTraining();

		/**
		 * The meta object literal for the '<em><b>Algorithm</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING__ALGORITHM = eINSTANCE.getTraining_Algorithm();

		/**
		 * The meta object literal for the '<em><b>Learning Rate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING__LEARNING_RATE = eINSTANCE.getTraining_LearningRate();

		/**
		 * The meta object literal for the '<em><b>Steps</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING__STEPS = eINSTANCE.getTraining_Steps();

		/**
		 * The meta object literal for the '<em><b>Loss Convention</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING__LOSS_CONVENTION = eINSTANCE.getTraining_LossConvention();

		/**
		 * The meta object literal for the '<em><b>Record Interval</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING__RECORD_INTERVAL = eINSTANCE.getTraining_RecordInterval();

		/**
		 * The meta object literal for the '<em><b>Snapshot Steps</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING__SNAPSHOT_STEPS = eINSTANCE.getTraining_SnapshotSteps();

		/**
		 * The meta object literal for the '<em><b>Batch Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING__BATCH_SIZE = eINSTANCE.getTraining_BatchSize();

		/**
		 * The meta object literal for the '<em><b>Loss Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING__LOSS_KIND = eINSTANCE.getTraining_LossKind();

		/**
		 * The meta object literal for the '<em><b>Stop Below Loss</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING__STOP_BELOW_LOSS = eINSTANCE.getTraining_StopBelowLoss();

		/**
		 * The meta object literal for the '{@link org.plateau.model.impl.TheorySelectionImpl <em>Theory Selection</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.plateau.model.impl.TheorySelectionImpl
		 * @see org.plateau.model.impl.PlateauPackageImpl#getTheorySelection()
		 * @generated
		 */
		EClass THEORY_SELECTION = eINSTANCE.getTheorySelection();

		/**
		 * The meta object literal for the '<em><b>Enabled</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute THEORY_SELECTION__ENABLED = eINSTANCE.getTheorySelection_Enabled();

		/**
		 * The meta object literal for the '<em><b>Predictions</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute THEORY_SELECTION__PREDICTIONS = eINSTANCE.getTheorySelection_Predictions();

		/**
		 * The meta object literal for the '{@link org.plateau.model.impl.RunImpl <em>Run</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.plateau.model.impl.RunImpl
		 * @see org.plateau.model.impl.PlateauPackageImpl#getRun()
		 * @generated
		 */
		EClass RUN = eINSTANCE.getRun();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN__ID = eINSTANCE.getRun_Id();

		/**
		 * The meta object literal for the '<em><b>Started</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN__STARTED = eINSTANCE.getRun_Started();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN__STATUS = eINSTANCE.getRun_Status();

		/**
		 * The meta object literal for the '<em><b>Message</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN__MESSAGE = eINSTANCE.getRun_Message();

		/**
		 * The meta object literal for the '<em><b>Steps Completed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN__STEPS_COMPLETED = eINSTANCE.getRun_StepsCompleted();

		/**
		 * The meta object literal for the '<em><b>Wall Time Seconds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN__WALL_TIME_SECONDS = eINSTANCE.getRun_WallTimeSeconds();

		/**
		 * The meta object literal for the '<em><b>Location</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN__LOCATION = eINSTANCE.getRun_Location();

		/**
		 * The meta object literal for the '<em><b>Metrics File</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN__METRICS_FILE = eINSTANCE.getRun_MetricsFile();

		/**
		 * The meta object literal for the '<em><b>Theory File</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN__THEORY_FILE = eINSTANCE.getRun_TheoryFile();

		/**
		 * The meta object literal for the '<em><b>Manifest File</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN__MANIFEST_FILE = eINSTANCE.getRun_ManifestFile();

		/**
		 * The meta object literal for the '<em><b>Snapshots Folder</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN__SNAPSHOTS_FOLDER = eINSTANCE.getRun_SnapshotsFolder();

		/**
		 * The meta object literal for the '{@link org.plateau.model.impl.SweepImpl <em>Sweep</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.plateau.model.impl.SweepImpl
		 * @see org.plateau.model.impl.PlateauPackageImpl#getSweep()
		 * @generated
		 */
		EClass SWEEP = eINSTANCE.getSweep();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SWEEP__NAME = eINSTANCE.getSweep_Name();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SWEEP__NOTES = eINSTANCE.getSweep_Notes();

		/**
		 * The meta object literal for the '<em><b>Base</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SWEEP__BASE = eINSTANCE.getSweep_Base();

		/**
		 * The meta object literal for the '<em><b>Axes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SWEEP__AXES = eINSTANCE.getSweep_Axes();

		/**
		 * The meta object literal for the '<em><b>Sampling</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SWEEP__SAMPLING = eINSTANCE.getSweep_Sampling();

		/**
		 * The meta object literal for the '<em><b>Samples</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SWEEP__SAMPLES = eINSTANCE.getSweep_Samples();

		/**
		 * The meta object literal for the '<em><b>Repetitions</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SWEEP__REPETITIONS = eINSTANCE.getSweep_Repetitions();

		/**
		 * The meta object literal for the '<em><b>Seed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SWEEP__SEED = eINSTANCE.getSweep_Seed();

		/**
		 * The meta object literal for the '{@link org.plateau.model.impl.SweepAxisImpl <em>Sweep Axis</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.plateau.model.impl.SweepAxisImpl
		 * @see org.plateau.model.impl.PlateauPackageImpl#getSweepAxis()
		 * @generated
		 */
		EClass SWEEP_AXIS = eINSTANCE.getSweepAxis();

		/**
		 * The meta object literal for the '<em><b>Feature Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SWEEP_AXIS__FEATURE_PATH = eINSTANCE.getSweepAxis_FeaturePath();

		/**
		 * The meta object literal for the '<em><b>Spacing</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SWEEP_AXIS__SPACING = eINSTANCE.getSweepAxis_Spacing();

		/**
		 * The meta object literal for the '<em><b>Values</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SWEEP_AXIS__VALUES = eINSTANCE.getSweepAxis_Values();

		/**
		 * The meta object literal for the '<em><b>From</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SWEEP_AXIS__FROM = eINSTANCE.getSweepAxis_From();

		/**
		 * The meta object literal for the '<em><b>To</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SWEEP_AXIS__TO = eINSTANCE.getSweepAxis_To();

		/**
		 * The meta object literal for the '<em><b>Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SWEEP_AXIS__COUNT = eINSTANCE.getSweepAxis_Count();

		/**
		 * The meta object literal for the '{@link org.plateau.model.TrainingAlgorithm <em>Training Algorithm</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.plateau.model.TrainingAlgorithm
		 * @see org.plateau.model.impl.PlateauPackageImpl#getTrainingAlgorithm()
		 * @generated
		 */
		EEnum TRAINING_ALGORITHM = eINSTANCE.getTrainingAlgorithm();

		/**
		 * The meta object literal for the '{@link org.plateau.model.LossKind <em>Loss Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.plateau.model.LossKind
		 * @see org.plateau.model.impl.PlateauPackageImpl#getLossKind()
		 * @generated
		 */
		EEnum LOSS_KIND = eINSTANCE.getLossKind();

		/**
		 * The meta object literal for the '{@link org.plateau.model.LossConvention <em>Loss Convention</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.plateau.model.LossConvention
		 * @see org.plateau.model.impl.PlateauPackageImpl#getLossConvention()
		 * @generated
		 */
		EEnum LOSS_CONVENTION = eINSTANCE.getLossConvention();

		/**
		 * The meta object literal for the '{@link org.plateau.model.RunStatus <em>Run Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.plateau.model.RunStatus
		 * @see org.plateau.model.impl.PlateauPackageImpl#getRunStatus()
		 * @generated
		 */
		EEnum RUN_STATUS = eINSTANCE.getRunStatus();

		/**
		 * The meta object literal for the '{@link org.plateau.model.SweepSampling <em>Sweep Sampling</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.plateau.model.SweepSampling
		 * @see org.plateau.model.impl.PlateauPackageImpl#getSweepSampling()
		 * @generated
		 */
		EEnum SWEEP_SAMPLING = eINSTANCE.getSweepSampling();

		/**
		 * The meta object literal for the '{@link org.plateau.model.AxisSpacing <em>Axis Spacing</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.plateau.model.AxisSpacing
		 * @see org.plateau.model.impl.PlateauPackageImpl#getAxisSpacing()
		 * @generated
		 */
		EEnum AXIS_SPACING = eINSTANCE.getAxisSpacing();

	}

} //PlateauPackage
