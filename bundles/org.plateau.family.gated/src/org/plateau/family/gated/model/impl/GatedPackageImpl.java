/**
 * Code marked @generated is produced by EMF from model/gated.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.family.gated.model.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EValidator;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.plateau.family.gated.model.DecoupledInitialisation;
import org.plateau.family.gated.model.GatedFactory;
import org.plateau.family.gated.model.GatedPackage;
import org.plateau.family.gated.model.RaceTask;
import org.plateau.family.gated.model.RoutingTask;

import org.plateau.family.gated.model.util.GatedValidator;

import org.plateau.model.PlateauPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class GatedPackageImpl extends EPackageImpl implements GatedPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass routingTaskEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass raceTaskEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass decoupledInitialisationEClass = null;

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
	 * @see org.plateau.family.gated.model.GatedPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private GatedPackageImpl() {
		super(eNS_URI, GatedFactory.eINSTANCE);
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
	 * <p>This method is used to initialize {@link GatedPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static GatedPackage init() {
		if (isInited) return (GatedPackage)EPackage.Registry.INSTANCE.getEPackage(GatedPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredGatedPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		GatedPackageImpl theGatedPackage = registeredGatedPackage instanceof GatedPackageImpl ? (GatedPackageImpl)registeredGatedPackage : new GatedPackageImpl();

		isInited = true;

		// Initialize simple dependencies
		PlateauPackage.eINSTANCE.eClass();

		// Create package meta-data objects
		theGatedPackage.createPackageContents();

		// Initialize created meta-data
		theGatedPackage.initializePackageContents();

		// Register package validator
		EValidator.Registry.INSTANCE.put
			(theGatedPackage,
			 new EValidator.Descriptor() {
				 @Override
				 public EValidator getEValidator() {
					 return GatedValidator.INSTANCE;
				 }
			 });

		// Mark meta-data to indicate it can't be changed
		theGatedPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(GatedPackage.eNS_URI, theGatedPackage);
		return theGatedPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRoutingTask() {
		return routingTaskEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRoutingTask_Domains() {
		return (EAttribute)routingTaskEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRoutingTask_Offsets() {
		return (EAttribute)routingTaskEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRaceTask() {
		return raceTaskEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRaceTask_InputDim() {
		return (EAttribute)raceTaskEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRaceTask_SingularValues() {
		return (EAttribute)raceTaskEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRaceTask_GatedFraction() {
		return (EAttribute)raceTaskEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRaceTask_GatedNode() {
		return (EAttribute)raceTaskEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDecoupledInitialisation() {
		return decoupledInitialisationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDecoupledInitialisation_B0() {
		return (EAttribute)decoupledInitialisationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GatedFactory getGatedFactory() {
		return (GatedFactory)getEFactoryInstance();
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
		routingTaskEClass = createEClass(ROUTING_TASK);
		createEAttribute(routingTaskEClass, ROUTING_TASK__DOMAINS);
		createEAttribute(routingTaskEClass, ROUTING_TASK__OFFSETS);

		raceTaskEClass = createEClass(RACE_TASK);
		createEAttribute(raceTaskEClass, RACE_TASK__INPUT_DIM);
		createEAttribute(raceTaskEClass, RACE_TASK__SINGULAR_VALUES);
		createEAttribute(raceTaskEClass, RACE_TASK__GATED_FRACTION);
		createEAttribute(raceTaskEClass, RACE_TASK__GATED_NODE);

		decoupledInitialisationEClass = createEClass(DECOUPLED_INITIALISATION);
		createEAttribute(decoupledInitialisationEClass, DECOUPLED_INITIALISATION__B0);
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
		routingTaskEClass.getESuperTypes().add(thePlateauPackage.getTask());
		raceTaskEClass.getESuperTypes().add(thePlateauPackage.getTask());
		decoupledInitialisationEClass.getESuperTypes().add(thePlateauPackage.getInitialisation());

		// Initialize classes, features, and operations; add parameters
		initEClass(routingTaskEClass, RoutingTask.class, "RoutingTask", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRoutingTask_Domains(), ecorePackage.getEInt(), "domains", "7", 0, 1, RoutingTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRoutingTask_Offsets(), ecorePackage.getEInt(), "offsets", null, 0, -1, RoutingTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(raceTaskEClass, RaceTask.class, "RaceTask", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRaceTask_InputDim(), ecorePackage.getEInt(), "inputDim", "4", 0, 1, RaceTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRaceTask_SingularValues(), ecorePackage.getEDouble(), "singularValues", null, 0, -1, RaceTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRaceTask_GatedFraction(), ecorePackage.getEDouble(), "gatedFraction", "0.5", 0, 1, RaceTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRaceTask_GatedNode(), ecorePackage.getEString(), "gatedNode", "hB", 0, 1, RaceTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(decoupledInitialisationEClass, DecoupledInitialisation.class, "DecoupledInitialisation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDecoupledInitialisation_B0(), ecorePackage.getEDouble(), "b0", "0.08", 0, 1, DecoupledInitialisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

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
		  (routingTaskEClass,
		   source,
		   new String[] {
			   "constraints", "domainsValid offsetsValid trainingHonoured"
		   });
		addAnnotation
		  (raceTaskEClass,
		   source,
		   new String[] {
			   "constraints", "dimensionsValid gatedFractionValid trainingHonoured"
		   });
		addAnnotation
		  (decoupledInitialisationEClass,
		   source,
		   new String[] {
			   "constraints", "b0Positive"
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
		  (getRaceTask_SingularValues(),
		   source,
		   new String[] {
			   "name", "singular values s"
		   });
		addAnnotation
		  (getDecoupledInitialisation_B0(),
		   source,
		   new String[] {
			   "name", "initial strength b\u2080"
		   });
	}

} //GatedPackageImpl
