/**
 * Code marked @generated is produced by EMF from model/localization.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.family.localization.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;

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
 * The receptive-field localization family (Lufkin, Saxe & Grant, NeurIPS 2024; data model of Ingrosso & Goldt, PNAS 2022): neurons trained by SGD to tell two translation-invariant ensembles of images apart, whose receptive fields localise when the marginals have negative excess kurtosis.
 * <!-- end-model-doc -->
 * @see org.plateau.family.localization.model.LocalizationFactory
 * @model kind="package"
 * @generated
 */
public interface LocalizationPackage extends EPackage {
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
	String eNS_URI = "http://www.plateau.org/model/family/localization/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "localization";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	LocalizationPackage eINSTANCE = org.plateau.family.localization.model.impl.LocalizationPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.plateau.family.localization.model.impl.LocalizationTaskImpl <em>Task</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.plateau.family.localization.model.impl.LocalizationTaskImpl
	 * @see org.plateau.family.localization.model.impl.LocalizationPackageImpl#getLocalizationTask()
	 * @generated
	 */
	int LOCALIZATION_TASK = 0;

	/**
	 * The feature id for the '<em><b>Data Model</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCALIZATION_TASK__DATA_MODEL = PlateauPackage.TASK_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Gain</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCALIZATION_TASK__GAIN = PlateauPackage.TASK_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Marginal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCALIZATION_TASK__MARGINAL = PlateauPackage.TASK_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Tail Exponent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCALIZATION_TASK__TAIL_EXPONENT = PlateauPackage.TASK_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Coupling0</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCALIZATION_TASK__COUPLING0 = PlateauPackage.TASK_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Coupling1</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCALIZATION_TASK__COUPLING1 = PlateauPackage.TASK_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Correlation Length0</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCALIZATION_TASK__CORRELATION_LENGTH0 = PlateauPackage.TASK_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Correlation Length1</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCALIZATION_TASK__CORRELATION_LENGTH1 = PlateauPackage.TASK_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Pixels</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCALIZATION_TASK__PIXELS = PlateauPackage.TASK_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Dimensions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCALIZATION_TASK__DIMENSIONS = PlateauPackage.TASK_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Samples</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCALIZATION_TASK__SAMPLES = PlateauPackage.TASK_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Degrees Of Freedom</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCALIZATION_TASK__DEGREES_OF_FREEDOM = PlateauPackage.TASK_FEATURE_COUNT + 11;

	/**
	 * The number of structural features of the '<em>Task</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCALIZATION_TASK_FEATURE_COUNT = PlateauPackage.TASK_FEATURE_COUNT + 12;

	/**
	 * The number of operations of the '<em>Task</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCALIZATION_TASK_OPERATION_COUNT = PlateauPackage.TASK_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.plateau.family.localization.model.impl.NeuronLayerImpl <em>Neuron Layer</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.plateau.family.localization.model.impl.NeuronLayerImpl
	 * @see org.plateau.family.localization.model.impl.LocalizationPackageImpl#getNeuronLayer()
	 * @generated
	 */
	int NEURON_LAYER = 1;

	/**
	 * The feature id for the '<em><b>Neurons</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEURON_LAYER__NEURONS = PlateauPackage.ARCHITECTURE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Activation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEURON_LAYER__ACTIVATION = PlateauPackage.ARCHITECTURE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Bias</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEURON_LAYER__BIAS = PlateauPackage.ARCHITECTURE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Trained Readout</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEURON_LAYER__TRAINED_READOUT = PlateauPackage.ARCHITECTURE_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Neuron Layer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEURON_LAYER_FEATURE_COUNT = PlateauPackage.ARCHITECTURE_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Neuron Layer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NEURON_LAYER_OPERATION_COUNT = PlateauPackage.ARCHITECTURE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.plateau.family.localization.model.impl.XavierInitialisationImpl <em>Xavier Initialisation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.plateau.family.localization.model.impl.XavierInitialisationImpl
	 * @see org.plateau.family.localization.model.impl.LocalizationPackageImpl#getXavierInitialisation()
	 * @generated
	 */
	int XAVIER_INITIALISATION = 2;

	/**
	 * The feature id for the '<em><b>Scale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int XAVIER_INITIALISATION__SCALE = PlateauPackage.INITIALISATION_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Xavier Initialisation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int XAVIER_INITIALISATION_FEATURE_COUNT = PlateauPackage.INITIALISATION_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Xavier Initialisation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int XAVIER_INITIALISATION_OPERATION_COUNT = PlateauPackage.INITIALISATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.plateau.family.localization.model.DataModel <em>Data Model</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.plateau.family.localization.model.DataModel
	 * @see org.plateau.family.localization.model.impl.LocalizationPackageImpl#getDataModel()
	 * @generated
	 */
	int DATA_MODEL = 3;

	/**
	 * The meta object id for the '{@link org.plateau.family.localization.model.Marginal <em>Marginal</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.plateau.family.localization.model.Marginal
	 * @see org.plateau.family.localization.model.impl.LocalizationPackageImpl#getMarginal()
	 * @generated
	 */
	int MARGINAL = 4;

	/**
	 * The meta object id for the '{@link org.plateau.family.localization.model.NeuronActivation <em>Neuron Activation</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.plateau.family.localization.model.NeuronActivation
	 * @see org.plateau.family.localization.model.impl.LocalizationPackageImpl#getNeuronActivation()
	 * @generated
	 */
	int NEURON_ACTIVATION = 5;


	/**
	 * Returns the meta object for class '{@link org.plateau.family.localization.model.LocalizationTask <em>Task</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Task</em>'.
	 * @see org.plateau.family.localization.model.LocalizationTask
	 * @generated
	 */
	EClass getLocalizationTask();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.family.localization.model.LocalizationTask#getDataModel <em>Data Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Data Model</em>'.
	 * @see org.plateau.family.localization.model.LocalizationTask#getDataModel()
	 * @see #getLocalizationTask()
	 * @generated
	 */
	EAttribute getLocalizationTask_DataModel();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.family.localization.model.LocalizationTask#getGain <em>Gain</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Gain</em>'.
	 * @see org.plateau.family.localization.model.LocalizationTask#getGain()
	 * @see #getLocalizationTask()
	 * @generated
	 */
	EAttribute getLocalizationTask_Gain();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.family.localization.model.LocalizationTask#getMarginal <em>Marginal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Marginal</em>'.
	 * @see org.plateau.family.localization.model.LocalizationTask#getMarginal()
	 * @see #getLocalizationTask()
	 * @generated
	 */
	EAttribute getLocalizationTask_Marginal();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.family.localization.model.LocalizationTask#getTailExponent <em>Tail Exponent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tail Exponent</em>'.
	 * @see org.plateau.family.localization.model.LocalizationTask#getTailExponent()
	 * @see #getLocalizationTask()
	 * @generated
	 */
	EAttribute getLocalizationTask_TailExponent();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.family.localization.model.LocalizationTask#getCoupling0 <em>Coupling0</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Coupling0</em>'.
	 * @see org.plateau.family.localization.model.LocalizationTask#getCoupling0()
	 * @see #getLocalizationTask()
	 * @generated
	 */
	EAttribute getLocalizationTask_Coupling0();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.family.localization.model.LocalizationTask#getCoupling1 <em>Coupling1</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Coupling1</em>'.
	 * @see org.plateau.family.localization.model.LocalizationTask#getCoupling1()
	 * @see #getLocalizationTask()
	 * @generated
	 */
	EAttribute getLocalizationTask_Coupling1();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.family.localization.model.LocalizationTask#getCorrelationLength0 <em>Correlation Length0</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Correlation Length0</em>'.
	 * @see org.plateau.family.localization.model.LocalizationTask#getCorrelationLength0()
	 * @see #getLocalizationTask()
	 * @generated
	 */
	EAttribute getLocalizationTask_CorrelationLength0();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.family.localization.model.LocalizationTask#getCorrelationLength1 <em>Correlation Length1</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Correlation Length1</em>'.
	 * @see org.plateau.family.localization.model.LocalizationTask#getCorrelationLength1()
	 * @see #getLocalizationTask()
	 * @generated
	 */
	EAttribute getLocalizationTask_CorrelationLength1();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.family.localization.model.LocalizationTask#getPixels <em>Pixels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pixels</em>'.
	 * @see org.plateau.family.localization.model.LocalizationTask#getPixels()
	 * @see #getLocalizationTask()
	 * @generated
	 */
	EAttribute getLocalizationTask_Pixels();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.family.localization.model.LocalizationTask#getDimensions <em>Dimensions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dimensions</em>'.
	 * @see org.plateau.family.localization.model.LocalizationTask#getDimensions()
	 * @see #getLocalizationTask()
	 * @generated
	 */
	EAttribute getLocalizationTask_Dimensions();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.family.localization.model.LocalizationTask#getSamples <em>Samples</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Samples</em>'.
	 * @see org.plateau.family.localization.model.LocalizationTask#getSamples()
	 * @see #getLocalizationTask()
	 * @generated
	 */
	EAttribute getLocalizationTask_Samples();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.family.localization.model.LocalizationTask#getDegreesOfFreedom <em>Degrees Of Freedom</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Degrees Of Freedom</em>'.
	 * @see org.plateau.family.localization.model.LocalizationTask#getDegreesOfFreedom()
	 * @see #getLocalizationTask()
	 * @generated
	 */
	EAttribute getLocalizationTask_DegreesOfFreedom();

	/**
	 * Returns the meta object for class '{@link org.plateau.family.localization.model.NeuronLayer <em>Neuron Layer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Neuron Layer</em>'.
	 * @see org.plateau.family.localization.model.NeuronLayer
	 * @generated
	 */
	EClass getNeuronLayer();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.family.localization.model.NeuronLayer#getNeurons <em>Neurons</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Neurons</em>'.
	 * @see org.plateau.family.localization.model.NeuronLayer#getNeurons()
	 * @see #getNeuronLayer()
	 * @generated
	 */
	EAttribute getNeuronLayer_Neurons();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.family.localization.model.NeuronLayer#getActivation <em>Activation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Activation</em>'.
	 * @see org.plateau.family.localization.model.NeuronLayer#getActivation()
	 * @see #getNeuronLayer()
	 * @generated
	 */
	EAttribute getNeuronLayer_Activation();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.family.localization.model.NeuronLayer#isBias <em>Bias</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bias</em>'.
	 * @see org.plateau.family.localization.model.NeuronLayer#isBias()
	 * @see #getNeuronLayer()
	 * @generated
	 */
	EAttribute getNeuronLayer_Bias();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.family.localization.model.NeuronLayer#isTrainedReadout <em>Trained Readout</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Trained Readout</em>'.
	 * @see org.plateau.family.localization.model.NeuronLayer#isTrainedReadout()
	 * @see #getNeuronLayer()
	 * @generated
	 */
	EAttribute getNeuronLayer_TrainedReadout();

	/**
	 * Returns the meta object for class '{@link org.plateau.family.localization.model.XavierInitialisation <em>Xavier Initialisation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Xavier Initialisation</em>'.
	 * @see org.plateau.family.localization.model.XavierInitialisation
	 * @generated
	 */
	EClass getXavierInitialisation();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.family.localization.model.XavierInitialisation#getScale <em>Scale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scale</em>'.
	 * @see org.plateau.family.localization.model.XavierInitialisation#getScale()
	 * @see #getXavierInitialisation()
	 * @generated
	 */
	EAttribute getXavierInitialisation_Scale();

	/**
	 * Returns the meta object for enum '{@link org.plateau.family.localization.model.DataModel <em>Data Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Data Model</em>'.
	 * @see org.plateau.family.localization.model.DataModel
	 * @generated
	 */
	EEnum getDataModel();

	/**
	 * Returns the meta object for enum '{@link org.plateau.family.localization.model.Marginal <em>Marginal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Marginal</em>'.
	 * @see org.plateau.family.localization.model.Marginal
	 * @generated
	 */
	EEnum getMarginal();

	/**
	 * Returns the meta object for enum '{@link org.plateau.family.localization.model.NeuronActivation <em>Neuron Activation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Neuron Activation</em>'.
	 * @see org.plateau.family.localization.model.NeuronActivation
	 * @generated
	 */
	EEnum getNeuronActivation();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	LocalizationFactory getLocalizationFactory();

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
		 * The meta object literal for the '{@link org.plateau.family.localization.model.impl.LocalizationTaskImpl <em>Task</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.plateau.family.localization.model.impl.LocalizationTaskImpl
		 * @see org.plateau.family.localization.model.impl.LocalizationPackageImpl#getLocalizationTask()
		 * @generated
		 */
		EClass LOCALIZATION_TASK = eINSTANCE.getLocalizationTask();

		/**
		 * The meta object literal for the '<em><b>Data Model</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCALIZATION_TASK__DATA_MODEL = eINSTANCE.getLocalizationTask_DataModel();

		/**
		 * The meta object literal for the '<em><b>Gain</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCALIZATION_TASK__GAIN = eINSTANCE.getLocalizationTask_Gain();

		/**
		 * The meta object literal for the '<em><b>Marginal</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCALIZATION_TASK__MARGINAL = eINSTANCE.getLocalizationTask_Marginal();

		/**
		 * The meta object literal for the '<em><b>Tail Exponent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCALIZATION_TASK__TAIL_EXPONENT = eINSTANCE.getLocalizationTask_TailExponent();

		/**
		 * The meta object literal for the '<em><b>Coupling0</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCALIZATION_TASK__COUPLING0 = eINSTANCE.getLocalizationTask_Coupling0();

		/**
		 * The meta object literal for the '<em><b>Coupling1</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCALIZATION_TASK__COUPLING1 = eINSTANCE.getLocalizationTask_Coupling1();

		/**
		 * The meta object literal for the '<em><b>Correlation Length0</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCALIZATION_TASK__CORRELATION_LENGTH0 = eINSTANCE.getLocalizationTask_CorrelationLength0();

		/**
		 * The meta object literal for the '<em><b>Correlation Length1</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCALIZATION_TASK__CORRELATION_LENGTH1 = eINSTANCE.getLocalizationTask_CorrelationLength1();

		/**
		 * The meta object literal for the '<em><b>Pixels</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCALIZATION_TASK__PIXELS = eINSTANCE.getLocalizationTask_Pixels();

		/**
		 * The meta object literal for the '<em><b>Dimensions</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCALIZATION_TASK__DIMENSIONS = eINSTANCE.getLocalizationTask_Dimensions();

		/**
		 * The meta object literal for the '<em><b>Samples</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCALIZATION_TASK__SAMPLES = eINSTANCE.getLocalizationTask_Samples();

		/**
		 * The meta object literal for the '<em><b>Degrees Of Freedom</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCALIZATION_TASK__DEGREES_OF_FREEDOM = eINSTANCE.getLocalizationTask_DegreesOfFreedom();

		/**
		 * The meta object literal for the '{@link org.plateau.family.localization.model.impl.NeuronLayerImpl <em>Neuron Layer</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.plateau.family.localization.model.impl.NeuronLayerImpl
		 * @see org.plateau.family.localization.model.impl.LocalizationPackageImpl#getNeuronLayer()
		 * @generated
		 */
		EClass NEURON_LAYER = eINSTANCE.getNeuronLayer();

		/**
		 * The meta object literal for the '<em><b>Neurons</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NEURON_LAYER__NEURONS = eINSTANCE.getNeuronLayer_Neurons();

		/**
		 * The meta object literal for the '<em><b>Activation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NEURON_LAYER__ACTIVATION = eINSTANCE.getNeuronLayer_Activation();

		/**
		 * The meta object literal for the '<em><b>Bias</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NEURON_LAYER__BIAS = eINSTANCE.getNeuronLayer_Bias();

		/**
		 * The meta object literal for the '<em><b>Trained Readout</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NEURON_LAYER__TRAINED_READOUT = eINSTANCE.getNeuronLayer_TrainedReadout();

		/**
		 * The meta object literal for the '{@link org.plateau.family.localization.model.impl.XavierInitialisationImpl <em>Xavier Initialisation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.plateau.family.localization.model.impl.XavierInitialisationImpl
		 * @see org.plateau.family.localization.model.impl.LocalizationPackageImpl#getXavierInitialisation()
		 * @generated
		 */
		EClass XAVIER_INITIALISATION = eINSTANCE.getXavierInitialisation();

		/**
		 * The meta object literal for the '<em><b>Scale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute XAVIER_INITIALISATION__SCALE = eINSTANCE.getXavierInitialisation_Scale();

		/**
		 * The meta object literal for the '{@link org.plateau.family.localization.model.DataModel <em>Data Model</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.plateau.family.localization.model.DataModel
		 * @see org.plateau.family.localization.model.impl.LocalizationPackageImpl#getDataModel()
		 * @generated
		 */
		EEnum DATA_MODEL = eINSTANCE.getDataModel();

		/**
		 * The meta object literal for the '{@link org.plateau.family.localization.model.Marginal <em>Marginal</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.plateau.family.localization.model.Marginal
		 * @see org.plateau.family.localization.model.impl.LocalizationPackageImpl#getMarginal()
		 * @generated
		 */
		EEnum MARGINAL = eINSTANCE.getMarginal();

		/**
		 * The meta object literal for the '{@link org.plateau.family.localization.model.NeuronActivation <em>Neuron Activation</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.plateau.family.localization.model.NeuronActivation
		 * @see org.plateau.family.localization.model.impl.LocalizationPackageImpl#getNeuronActivation()
		 * @generated
		 */
		EEnum NEURON_ACTIVATION = eINSTANCE.getNeuronActivation();

	}

} //LocalizationPackage
