/**
 * Code marked @generated is produced by EMF from model/gdln.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.gdln.model.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EValidator;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.plateau.gdln.model.GatedArchitecture;
import org.plateau.gdln.model.GatedEdge;
import org.plateau.gdln.model.GatedNode;
import org.plateau.gdln.model.GdlnFactory;
import org.plateau.gdln.model.GdlnPackage;
import org.plateau.gdln.model.NodeKind;

import org.plateau.gdln.model.util.GdlnValidator;

import org.plateau.model.PlateauPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class GdlnPackageImpl extends EPackageImpl implements GdlnPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass gatedArchitectureEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass gatedNodeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass gatedEdgeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum nodeKindEEnum = null;

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
	 * @see org.plateau.gdln.model.GdlnPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private GdlnPackageImpl() {
		super(eNS_URI, GdlnFactory.eINSTANCE);
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
	 * <p>This method is used to initialize {@link GdlnPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static GdlnPackage init() {
		if (isInited) return (GdlnPackage)EPackage.Registry.INSTANCE.getEPackage(GdlnPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredGdlnPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		GdlnPackageImpl theGdlnPackage = registeredGdlnPackage instanceof GdlnPackageImpl ? (GdlnPackageImpl)registeredGdlnPackage : new GdlnPackageImpl();

		isInited = true;

		// Initialize simple dependencies
		PlateauPackage.eINSTANCE.eClass();

		// Create package meta-data objects
		theGdlnPackage.createPackageContents();

		// Initialize created meta-data
		theGdlnPackage.initializePackageContents();

		// Register package validator
		EValidator.Registry.INSTANCE.put
			(theGdlnPackage,
			 new EValidator.Descriptor() {
				 @Override
				 public EValidator getEValidator() {
					 return GdlnValidator.INSTANCE;
				 }
			 });

		// Mark meta-data to indicate it can't be changed
		theGdlnPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(GdlnPackage.eNS_URI, theGdlnPackage);
		return theGdlnPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGatedArchitecture() {
		return gatedArchitectureEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGatedArchitecture_Nodes() {
		return (EReference)gatedArchitectureEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGatedArchitecture_Edges() {
		return (EReference)gatedArchitectureEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGatedNode() {
		return gatedNodeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGatedNode_Name() {
		return (EAttribute)gatedNodeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGatedNode_Dim() {
		return (EAttribute)gatedNodeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGatedNode_Kind() {
		return (EAttribute)gatedNodeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGatedEdge() {
		return gatedEdgeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGatedEdge_Name() {
		return (EAttribute)gatedEdgeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGatedEdge_Source() {
		return (EReference)gatedEdgeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGatedEdge_Target() {
		return (EReference)gatedEdgeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getNodeKind() {
		return nodeKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GdlnFactory getGdlnFactory() {
		return (GdlnFactory)getEFactoryInstance();
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
		gatedArchitectureEClass = createEClass(GATED_ARCHITECTURE);
		createEReference(gatedArchitectureEClass, GATED_ARCHITECTURE__NODES);
		createEReference(gatedArchitectureEClass, GATED_ARCHITECTURE__EDGES);

		gatedNodeEClass = createEClass(GATED_NODE);
		createEAttribute(gatedNodeEClass, GATED_NODE__NAME);
		createEAttribute(gatedNodeEClass, GATED_NODE__DIM);
		createEAttribute(gatedNodeEClass, GATED_NODE__KIND);

		gatedEdgeEClass = createEClass(GATED_EDGE);
		createEAttribute(gatedEdgeEClass, GATED_EDGE__NAME);
		createEReference(gatedEdgeEClass, GATED_EDGE__SOURCE);
		createEReference(gatedEdgeEClass, GATED_EDGE__TARGET);

		// Create enums
		nodeKindEEnum = createEEnum(NODE_KIND);
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
		gatedArchitectureEClass.getESuperTypes().add(thePlateauPackage.getArchitecture());

		// Initialize classes, features, and operations; add parameters
		initEClass(gatedArchitectureEClass, GatedArchitecture.class, "GatedArchitecture", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getGatedArchitecture_Nodes(), this.getGatedNode(), null, "nodes", null, 0, -1, GatedArchitecture.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGatedArchitecture_Edges(), this.getGatedEdge(), null, "edges", null, 0, -1, GatedArchitecture.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(gatedNodeEClass, GatedNode.class, "GatedNode", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getGatedNode_Name(), ecorePackage.getEString(), "name", null, 0, 1, GatedNode.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGatedNode_Dim(), ecorePackage.getEInt(), "dim", "1", 0, 1, GatedNode.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGatedNode_Kind(), this.getNodeKind(), "kind", "HIDDEN", 0, 1, GatedNode.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(gatedEdgeEClass, GatedEdge.class, "GatedEdge", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getGatedEdge_Name(), ecorePackage.getEString(), "name", null, 0, 1, GatedEdge.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGatedEdge_Source(), this.getGatedNode(), null, "source", null, 0, 1, GatedEdge.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGatedEdge_Target(), this.getGatedNode(), null, "target", null, 0, 1, GatedEdge.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(nodeKindEEnum, NodeKind.class, "NodeKind");
		addEEnumLiteral(nodeKindEEnum, NodeKind.INPUT);
		addEEnumLiteral(nodeKindEEnum, NodeKind.HIDDEN);
		addEEnumLiteral(nodeKindEEnum, NodeKind.OUTPUT);

		// Create resource
		createResource(eNS_URI);

		// Create annotations
		// http://www.eclipse.org/emf/2002/Ecore
		createEcoreAnnotations();
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
		  (gatedArchitectureEClass,
		   source,
		   new String[] {
			   "constraints", "graphWellFormed"
		   });
	}

} //GdlnPackageImpl
