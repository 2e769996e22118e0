/**
 * Code marked @generated is produced by EMF from model/modular.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.family.modular.model.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EValidator;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.plateau.family.modular.model.ModularFactory;
import org.plateau.family.modular.model.ModularPackage;
import org.plateau.family.modular.model.ModularTask;

import org.plateau.family.modular.model.util.ModularValidator;

import org.plateau.model.PlateauPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class ModularPackageImpl extends EPackageImpl implements ModularPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass modularTaskEClass = null;

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
	 * @see org.plateau.family.modular.model.ModularPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private ModularPackageImpl() {
		super(eNS_URI, ModularFactory.eINSTANCE);
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
	 * <p>This method is used to initialize {@link ModularPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static ModularPackage init() {
		if (isInited) return (ModularPackage)EPackage.Registry.INSTANCE.getEPackage(ModularPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredModularPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		ModularPackageImpl theModularPackage = registeredModularPackage instanceof ModularPackageImpl ? (ModularPackageImpl)registeredModularPackage : new ModularPackageImpl();

		isInited = true;

		// Initialize simple dependencies
		PlateauPackage.eINSTANCE.eClass();

		// Create package meta-data objects
		theModularPackage.createPackageContents();

		// Initialize created meta-data
		theModularPackage.initializePackageContents();

		// Register package validator
		EValidator.Registry.INSTANCE.put
			(theModularPackage,
			 new EValidator.Descriptor() {
				 @Override
				 public EValidator getEValidator() {
					 return ModularValidator.INSTANCE;
				 }
			 });

		// Mark meta-data to indicate it can't be changed
		theModularPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(ModularPackage.eNS_URI, theModularPackage);
		return theModularPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getModularTask() {
		return modularTaskEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getModularTask_N1() {
		return (EAttribute)modularTaskEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getModularTask_N2() {
		return (EAttribute)modularTaskEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getModularTask_K1() {
		return (EAttribute)modularTaskEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getModularTask_K2() {
		return (EAttribute)modularTaskEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getModularTask_R() {
		return (EAttribute)modularTaskEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getModularTask_TrainingPatterns() {
		return (EAttribute)modularTaskEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ModularFactory getModularFactory() {
		return (ModularFactory)getEFactoryInstance();
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
		modularTaskEClass = createEClass(MODULAR_TASK);
		createEAttribute(modularTaskEClass, MODULAR_TASK__N1);
		createEAttribute(modularTaskEClass, MODULAR_TASK__N2);
		createEAttribute(modularTaskEClass, MODULAR_TASK__K1);
		createEAttribute(modularTaskEClass, MODULAR_TASK__K2);
		createEAttribute(modularTaskEClass, MODULAR_TASK__R);
		createEAttribute(modularTaskEClass, MODULAR_TASK__TRAINING_PATTERNS);
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
		modularTaskEClass.getESuperTypes().add(thePlateauPackage.getTask());

		// Initialize classes, features, and operations; add parameters
		initEClass(modularTaskEClass, ModularTask.class, "ModularTask", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getModularTask_N1(), ecorePackage.getEInt(), "n1", "3", 0, 1, ModularTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getModularTask_N2(), ecorePackage.getEInt(), "n2", "1", 0, 1, ModularTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getModularTask_K1(), ecorePackage.getEInt(), "k1", "3", 0, 1, ModularTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getModularTask_K2(), ecorePackage.getEInt(), "k2", "1", 0, 1, ModularTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getModularTask_R(), ecorePackage.getEDouble(), "r", "1.0", 0, 1, ModularTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getModularTask_TrainingPatterns(), ecorePackage.getEInt(), "trainingPatterns", "0", 0, 1, ModularTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

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
		  (modularTaskEClass,
		   source,
		   new String[] {
			   "constraints", "dimensionsValid trainingHonoured"
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
		  (getModularTask_R(),
		   source,
		   new String[] {
			   "name", "rank r"
		   });
		addAnnotation
		  (getModularTask_TrainingPatterns(),
		   source,
		   new String[] {
			   "name", "training patterns P"
		   });
	}

} //ModularPackageImpl
