/**
 * Code marked @generated is produced by EMF from model/localization.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.family.localization.model.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.plateau.family.localization.model.DataModel;
import org.plateau.family.localization.model.LocalizationFactory;
import org.plateau.family.localization.model.LocalizationPackage;
import org.plateau.family.localization.model.LocalizationTask;
import org.plateau.family.localization.model.Marginal;
import org.plateau.family.localization.model.NeuronActivation;
import org.plateau.family.localization.model.NeuronLayer;
import org.plateau.family.localization.model.XavierInitialisation;

import org.plateau.model.PlateauPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class LocalizationPackageImpl extends EPackageImpl implements LocalizationPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass localizationTaskEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass neuronLayerEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass xavierInitialisationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum dataModelEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum marginalEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum neuronActivationEEnum = null;

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
	 * @see org.plateau.family.localization.model.LocalizationPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private LocalizationPackageImpl() {
		super(eNS_URI, LocalizationFactory.eINSTANCE);
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
	 * <p>This method is used to initialize {@link LocalizationPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static LocalizationPackage init() {
		if (isInited) return (LocalizationPackage)EPackage.Registry.INSTANCE.getEPackage(LocalizationPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredLocalizationPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		LocalizationPackageImpl theLocalizationPackage = registeredLocalizationPackage instanceof LocalizationPackageImpl ? (LocalizationPackageImpl)registeredLocalizationPackage : new LocalizationPackageImpl();

		isInited = true;

		// Initialize simple dependencies
		PlateauPackage.eINSTANCE.eClass();

		// Create package meta-data objects
		theLocalizationPackage.createPackageContents();

		// Initialize created meta-data
		theLocalizationPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theLocalizationPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(LocalizationPackage.eNS_URI, theLocalizationPackage);
		return theLocalizationPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLocalizationTask() {
		return localizationTaskEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLocalizationTask_DataModel() {
		return (EAttribute)localizationTaskEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLocalizationTask_Gain() {
		return (EAttribute)localizationTaskEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLocalizationTask_Marginal() {
		return (EAttribute)localizationTaskEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLocalizationTask_TailExponent() {
		return (EAttribute)localizationTaskEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLocalizationTask_Coupling0() {
		return (EAttribute)localizationTaskEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLocalizationTask_Coupling1() {
		return (EAttribute)localizationTaskEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLocalizationTask_CorrelationLength0() {
		return (EAttribute)localizationTaskEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLocalizationTask_CorrelationLength1() {
		return (EAttribute)localizationTaskEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLocalizationTask_Pixels() {
		return (EAttribute)localizationTaskEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLocalizationTask_Dimensions() {
		return (EAttribute)localizationTaskEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLocalizationTask_Samples() {
		return (EAttribute)localizationTaskEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLocalizationTask_DegreesOfFreedom() {
		return (EAttribute)localizationTaskEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNeuronLayer() {
		return neuronLayerEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNeuronLayer_Neurons() {
		return (EAttribute)neuronLayerEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNeuronLayer_Activation() {
		return (EAttribute)neuronLayerEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNeuronLayer_Bias() {
		return (EAttribute)neuronLayerEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNeuronLayer_TrainedReadout() {
		return (EAttribute)neuronLayerEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getXavierInitialisation() {
		return xavierInitialisationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getXavierInitialisation_Scale() {
		return (EAttribute)xavierInitialisationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDataModel() {
		return dataModelEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getMarginal() {
		return marginalEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getNeuronActivation() {
		return neuronActivationEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalizationFactory getLocalizationFactory() {
		return (LocalizationFactory)getEFactoryInstance();
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
		localizationTaskEClass = createEClass(LOCALIZATION_TASK);
		createEAttribute(localizationTaskEClass, LOCALIZATION_TASK__DATA_MODEL);
		createEAttribute(localizationTaskEClass, LOCALIZATION_TASK__GAIN);
		createEAttribute(localizationTaskEClass, LOCALIZATION_TASK__MARGINAL);
		createEAttribute(localizationTaskEClass, LOCALIZATION_TASK__TAIL_EXPONENT);
		createEAttribute(localizationTaskEClass, LOCALIZATION_TASK__COUPLING0);
		createEAttribute(localizationTaskEClass, LOCALIZATION_TASK__COUPLING1);
		createEAttribute(localizationTaskEClass, LOCALIZATION_TASK__CORRELATION_LENGTH0);
		createEAttribute(localizationTaskEClass, LOCALIZATION_TASK__CORRELATION_LENGTH1);
		createEAttribute(localizationTaskEClass, LOCALIZATION_TASK__PIXELS);
		createEAttribute(localizationTaskEClass, LOCALIZATION_TASK__DIMENSIONS);
		createEAttribute(localizationTaskEClass, LOCALIZATION_TASK__SAMPLES);
		createEAttribute(localizationTaskEClass, LOCALIZATION_TASK__DEGREES_OF_FREEDOM);

		neuronLayerEClass = createEClass(NEURON_LAYER);
		createEAttribute(neuronLayerEClass, NEURON_LAYER__NEURONS);
		createEAttribute(neuronLayerEClass, NEURON_LAYER__ACTIVATION);
		createEAttribute(neuronLayerEClass, NEURON_LAYER__BIAS);
		createEAttribute(neuronLayerEClass, NEURON_LAYER__TRAINED_READOUT);

		xavierInitialisationEClass = createEClass(XAVIER_INITIALISATION);
		createEAttribute(xavierInitialisationEClass, XAVIER_INITIALISATION__SCALE);

		// Create enums
		dataModelEEnum = createEEnum(DATA_MODEL);
		marginalEEnum = createEEnum(MARGINAL);
		neuronActivationEEnum = createEEnum(NEURON_ACTIVATION);
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
		localizationTaskEClass.getESuperTypes().add(thePlateauPackage.getTask());
		neuronLayerEClass.getESuperTypes().add(thePlateauPackage.getArchitecture());
		xavierInitialisationEClass.getESuperTypes().add(thePlateauPackage.getInitialisation());

		// Initialize classes, features, and operations; add parameters
		initEClass(localizationTaskEClass, LocalizationTask.class, "LocalizationTask", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLocalizationTask_DataModel(), this.getDataModel(), "dataModel", "NLGP", 0, 1, LocalizationTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLocalizationTask_Gain(), ecorePackage.getEDouble(), "gain", "100.0", 0, 1, LocalizationTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLocalizationTask_Marginal(), this.getMarginal(), "marginal", "ALGEBRAIC", 0, 1, LocalizationTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLocalizationTask_TailExponent(), ecorePackage.getEInt(), "tailExponent", "5", 0, 1, LocalizationTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLocalizationTask_Coupling0(), ecorePackage.getEDouble(), "coupling0", "0.3", 0, 1, LocalizationTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLocalizationTask_Coupling1(), ecorePackage.getEDouble(), "coupling1", "0.7", 0, 1, LocalizationTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLocalizationTask_CorrelationLength0(), ecorePackage.getEDouble(), "correlationLength0", "1.0", 0, 1, LocalizationTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLocalizationTask_CorrelationLength1(), ecorePackage.getEDouble(), "correlationLength1", "3.0", 0, 1, LocalizationTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLocalizationTask_Pixels(), ecorePackage.getEInt(), "pixels", "40", 0, 1, LocalizationTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLocalizationTask_Dimensions(), ecorePackage.getEInt(), "dimensions", "1", 0, 1, LocalizationTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLocalizationTask_Samples(), ecorePackage.getEInt(), "samples", "0", 0, 1, LocalizationTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLocalizationTask_DegreesOfFreedom(), ecorePackage.getEInt(), "degreesOfFreedom", "3", 0, 1, LocalizationTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(neuronLayerEClass, NeuronLayer.class, "NeuronLayer", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getNeuronLayer_Neurons(), ecorePackage.getEInt(), "neurons", "1", 0, 1, NeuronLayer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNeuronLayer_Activation(), this.getNeuronActivation(), "activation", "RELU", 0, 1, NeuronLayer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNeuronLayer_Bias(), ecorePackage.getEBoolean(), "bias", "false", 0, 1, NeuronLayer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNeuronLayer_TrainedReadout(), ecorePackage.getEBoolean(), "trainedReadout", "false", 0, 1, NeuronLayer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(xavierInitialisationEClass, XavierInitialisation.class, "XavierInitialisation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getXavierInitialisation_Scale(), ecorePackage.getEDouble(), "scale", "0.001", 0, 1, XavierInitialisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(dataModelEEnum, DataModel.class, "DataModel");
		addEEnumLiteral(dataModelEEnum, DataModel.GAUSSIAN);
		addEEnumLiteral(dataModelEEnum, DataModel.NLGP);
		addEEnumLiteral(dataModelEEnum, DataModel.ISING);
		addEEnumLiteral(dataModelEEnum, DataModel.NORTA);
		addEEnumLiteral(dataModelEEnum, DataModel.ELLIPTICAL);
		addEEnumLiteral(dataModelEEnum, DataModel.STUDENT_T);

		initEEnum(marginalEEnum, Marginal.class, "Marginal");
		addEEnumLiteral(marginalEEnum, Marginal.ALGEBRAIC);
		addEEnumLiteral(marginalEEnum, Marginal.LAPLACE);
		addEEnumLiteral(marginalEEnum, Marginal.UNIFORM);
		addEEnumLiteral(marginalEEnum, Marginal.BERNOULLI);

		initEEnum(neuronActivationEEnum, NeuronActivation.class, "NeuronActivation");
		addEEnumLiteral(neuronActivationEEnum, NeuronActivation.RELU);
		addEEnumLiteral(neuronActivationEEnum, NeuronActivation.SIGMOID);

		// Create resource
		createResource(eNS_URI);

		// Create annotations
		// http://www.plateau.org/display
		createDisplayAnnotations();
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
		  (getLocalizationTask_DataModel(),
		   source,
		   new String[] {
			   "name", "data model"
		   });
		addAnnotation
		  (getLocalizationTask_Gain(),
		   source,
		   new String[] {
			   "name", "gain g"
		   });
		addAnnotation
		  (getLocalizationTask_Marginal(),
		   source,
		   new String[] {
			   "name", "NORTA marginal"
		   });
		addAnnotation
		  (getLocalizationTask_TailExponent(),
		   source,
		   new String[] {
			   "name", "tail exponent k"
		   });
		addAnnotation
		  (getLocalizationTask_Coupling0(),
		   source,
		   new String[] {
			   "name", "coupling J0"
		   });
		addAnnotation
		  (getLocalizationTask_Coupling1(),
		   source,
		   new String[] {
			   "name", "coupling J1"
		   });
		addAnnotation
		  (getLocalizationTask_CorrelationLength0(),
		   source,
		   new String[] {
			   "name", "correlation length xi0"
		   });
		addAnnotation
		  (getLocalizationTask_CorrelationLength1(),
		   source,
		   new String[] {
			   "name", "correlation length xi1"
		   });
		addAnnotation
		  (getLocalizationTask_Pixels(),
		   source,
		   new String[] {
			   "name", "pixels D"
		   });
		addAnnotation
		  (getLocalizationTask_Dimensions(),
		   source,
		   new String[] {
			   "name", "dimensions"
		   });
		addAnnotation
		  (getLocalizationTask_Samples(),
		   source,
		   new String[] {
			   "name", "samples P"
		   });
		addAnnotation
		  (getLocalizationTask_DegreesOfFreedom(),
		   source,
		   new String[] {
			   "name", "degrees of freedom"
		   });
		addAnnotation
		  (dataModelEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "name", "Gaussian"
		   });
		addAnnotation
		  (dataModelEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "name", "NLGP(g)"
		   });
		addAnnotation
		  (dataModelEEnum.getELiterals().get(2),
		   source,
		   new String[] {
			   "name", "Ising ring"
		   });
		addAnnotation
		  (dataModelEEnum.getELiterals().get(3),
		   source,
		   new String[] {
			   "name", "NORTA"
		   });
		addAnnotation
		  (dataModelEEnum.getELiterals().get(4),
		   source,
		   new String[] {
			   "name", "elliptical"
		   });
		addAnnotation
		  (dataModelEEnum.getELiterals().get(5),
		   source,
		   new String[] {
			   "name", "Student-t"
		   });
		addAnnotation
		  (marginalEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "name", "algebraic Alg(k)"
		   });
		addAnnotation
		  (marginalEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "name", "Laplace"
		   });
		addAnnotation
		  (marginalEEnum.getELiterals().get(2),
		   source,
		   new String[] {
			   "name", "uniform"
		   });
		addAnnotation
		  (marginalEEnum.getELiterals().get(3),
		   source,
		   new String[] {
			   "name", "Bernoulli"
		   });
		addAnnotation
		  (getNeuronLayer_Neurons(),
		   source,
		   new String[] {
			   "name", "neurons K"
		   });
		addAnnotation
		  (getNeuronLayer_Activation(),
		   source,
		   new String[] {
			   "name", "activation"
		   });
		addAnnotation
		  (getNeuronLayer_Bias(),
		   source,
		   new String[] {
			   "name", "bias"
		   });
		addAnnotation
		  (getNeuronLayer_TrainedReadout(),
		   source,
		   new String[] {
			   "name", "trained readout"
		   });
		addAnnotation
		  (neuronActivationEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "name", "ReLU"
		   });
		addAnnotation
		  (neuronActivationEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "name", "sigmoid"
		   });
		addAnnotation
		  (getXavierInitialisation_Scale(),
		   source,
		   new String[] {
			   "name", "initial scale"
		   });
	}

} //LocalizationPackageImpl
