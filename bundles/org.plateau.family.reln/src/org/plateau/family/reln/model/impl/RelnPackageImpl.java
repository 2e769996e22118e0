/**
 * Code marked @generated is produced by EMF from model/reln.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.family.reln.model.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EValidator;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.plateau.family.reln.model.ContextStructure;
import org.plateau.family.reln.model.ContextualTask;
import org.plateau.family.reln.model.RelnFactory;
import org.plateau.family.reln.model.RelnNetwork;
import org.plateau.family.reln.model.RelnPackage;
import org.plateau.family.reln.model.ReluNetwork;

import org.plateau.family.reln.model.util.RelnValidator;

import org.plateau.model.PlateauPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class RelnPackageImpl extends EPackageImpl implements RelnPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass contextualTaskEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass reluNetworkEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass relnNetworkEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum contextStructureEEnum = null;

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
	 * @see org.plateau.family.reln.model.RelnPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private RelnPackageImpl() {
		super(eNS_URI, RelnFactory.eINSTANCE);
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
	 * <p>This method is used to initialize {@link RelnPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static RelnPackage init() {
		if (isInited) return (RelnPackage)EPackage.Registry.INSTANCE.getEPackage(RelnPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredRelnPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		RelnPackageImpl theRelnPackage = registeredRelnPackage instanceof RelnPackageImpl ? (RelnPackageImpl)registeredRelnPackage : new RelnPackageImpl();

		isInited = true;

		// Initialize simple dependencies
		PlateauPackage.eINSTANCE.eClass();

		// Create package meta-data objects
		theRelnPackage.createPackageContents();

		// Initialize created meta-data
		theRelnPackage.initializePackageContents();

		// Register package validator
		EValidator.Registry.INSTANCE.put
			(theRelnPackage,
			 new EValidator.Descriptor() {
				 @Override
				 public EValidator getEValidator() {
					 return RelnValidator.INSTANCE;
				 }
			 });

		// Mark meta-data to indicate it can't be changed
		theRelnPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(RelnPackage.eNS_URI, theRelnPackage);
		return theRelnPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getContextualTask() {
		return contextualTaskEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContextualTask_Contexts() {
		return (EAttribute)contextualTaskEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContextualTask_Structure() {
		return (EAttribute)contextualTaskEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContextualTask_ContextScale() {
		return (EAttribute)contextualTaskEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getReluNetwork() {
		return reluNetworkEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReluNetwork_HiddenWidth() {
		return (EAttribute)reluNetworkEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRelnNetwork() {
		return relnNetworkEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRelnNetwork_ModuleWidth() {
		return (EAttribute)relnNetworkEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRelnNetwork_CommonScaleRatio() {
		return (EAttribute)relnNetworkEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getContextStructure() {
		return contextStructureEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RelnFactory getRelnFactory() {
		return (RelnFactory)getEFactoryInstance();
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
		contextualTaskEClass = createEClass(CONTEXTUAL_TASK);
		createEAttribute(contextualTaskEClass, CONTEXTUAL_TASK__CONTEXTS);
		createEAttribute(contextualTaskEClass, CONTEXTUAL_TASK__STRUCTURE);
		createEAttribute(contextualTaskEClass, CONTEXTUAL_TASK__CONTEXT_SCALE);

		reluNetworkEClass = createEClass(RELU_NETWORK);
		createEAttribute(reluNetworkEClass, RELU_NETWORK__HIDDEN_WIDTH);

		relnNetworkEClass = createEClass(RELN_NETWORK);
		createEAttribute(relnNetworkEClass, RELN_NETWORK__MODULE_WIDTH);
		createEAttribute(relnNetworkEClass, RELN_NETWORK__COMMON_SCALE_RATIO);

		// Create enums
		contextStructureEEnum = createEEnum(CONTEXT_STRUCTURE);
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
		contextualTaskEClass.getESuperTypes().add(thePlateauPackage.getTask());
		reluNetworkEClass.getESuperTypes().add(thePlateauPackage.getArchitecture());
		relnNetworkEClass.getESuperTypes().add(thePlateauPackage.getArchitecture());

		// Initialize classes, features, and operations; add parameters
		initEClass(contextualTaskEClass, ContextualTask.class, "ContextualTask", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getContextualTask_Contexts(), ecorePackage.getEInt(), "contexts", "3", 0, 1, ContextualTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContextualTask_Structure(), this.getContextStructure(), "structure", "DIFFERENT", 0, 1, ContextualTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContextualTask_ContextScale(), ecorePackage.getEDouble(), "contextScale", "1.0", 0, 1, ContextualTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(reluNetworkEClass, ReluNetwork.class, "ReluNetwork", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getReluNetwork_HiddenWidth(), ecorePackage.getEInt(), "hiddenWidth", "700", 0, 1, ReluNetwork.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(relnNetworkEClass, RelnNetwork.class, "RelnNetwork", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRelnNetwork_ModuleWidth(), ecorePackage.getEInt(), "moduleWidth", "100", 0, 1, RelnNetwork.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRelnNetwork_CommonScaleRatio(), ecorePackage.getEDouble(), "commonScaleRatio", "0.5", 0, 1, RelnNetwork.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(contextStructureEEnum, ContextStructure.class, "ContextStructure");
		addEEnumLiteral(contextStructureEEnum, ContextStructure.SAME);
		addEEnumLiteral(contextStructureEEnum, ContextStructure.DIFFERENT);

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
		  (contextualTaskEClass,
		   source,
		   new String[] {
			   "constraints", "contextsValid trainingHonoured"
		   });
		addAnnotation
		  (reluNetworkEClass,
		   source,
		   new String[] {
			   "constraints", "hiddenWidthPositive"
		   });
		addAnnotation
		  (relnNetworkEClass,
		   source,
		   new String[] {
			   "constraints", "moduleWidthPositive"
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
		  (getContextualTask_Contexts(),
		   source,
		   new String[] {
			   "name", "contexts K"
		   });
		addAnnotation
		  (getContextualTask_ContextScale(),
		   source,
		   new String[] {
			   "name", "context scale"
		   });
		addAnnotation
		  (getReluNetwork_HiddenWidth(),
		   source,
		   new String[] {
			   "name", "hidden width"
		   });
		addAnnotation
		  (getRelnNetwork_CommonScaleRatio(),
		   source,
		   new String[] {
			   "name", "common scale ratio"
		   });
	}

} //RelnPackageImpl
