/**
 * Code marked @generated is produced by EMF from model/gdln.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.gdln.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

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
 * The architectures of the GDLN engine (Saxe, Sodhani and Lewallen 2022): gated deep linear networks as graphs of layers and weight matrices, shared by the gated, modular and ReLU-equivalent families.
 * <!-- end-model-doc -->
 * @see org.plateau.gdln.model.GdlnFactory
 * @model kind="package"
 * @generated
 */
public interface GdlnPackage extends EPackage {
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
	String eNS_URI = "http://www.plateau.org/model/gdln/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "gdln";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	GdlnPackage eINSTANCE = org.plateau.gdln.model.impl.GdlnPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.plateau.gdln.model.impl.GatedArchitectureImpl <em>Gated Architecture</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.plateau.gdln.model.impl.GatedArchitectureImpl
	 * @see org.plateau.gdln.model.impl.GdlnPackageImpl#getGatedArchitecture()
	 * @generated
	 */
	int GATED_ARCHITECTURE = 0;

	/**
	 * The feature id for the '<em><b>Nodes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATED_ARCHITECTURE__NODES = PlateauPackage.ARCHITECTURE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Edges</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATED_ARCHITECTURE__EDGES = PlateauPackage.ARCHITECTURE_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Gated Architecture</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATED_ARCHITECTURE_FEATURE_COUNT = PlateauPackage.ARCHITECTURE_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Gated Architecture</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATED_ARCHITECTURE_OPERATION_COUNT = PlateauPackage.ARCHITECTURE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.plateau.gdln.model.impl.GatedNodeImpl <em>Gated Node</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.plateau.gdln.model.impl.GatedNodeImpl
	 * @see org.plateau.gdln.model.impl.GdlnPackageImpl#getGatedNode()
	 * @generated
	 */
	int GATED_NODE = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATED_NODE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Dim</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATED_NODE__DIM = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATED_NODE__KIND = 2;

	/**
	 * The number of structural features of the '<em>Gated Node</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATED_NODE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Gated Node</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATED_NODE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.plateau.gdln.model.impl.GatedEdgeImpl <em>Gated Edge</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.plateau.gdln.model.impl.GatedEdgeImpl
	 * @see org.plateau.gdln.model.impl.GdlnPackageImpl#getGatedEdge()
	 * @generated
	 */
	int GATED_EDGE = 2;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATED_EDGE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATED_EDGE__SOURCE = 1;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATED_EDGE__TARGET = 2;

	/**
	 * The number of structural features of the '<em>Gated Edge</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATED_EDGE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Gated Edge</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATED_EDGE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.plateau.gdln.model.NodeKind <em>Node Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.plateau.gdln.model.NodeKind
	 * @see org.plateau.gdln.model.impl.GdlnPackageImpl#getNodeKind()
	 * @generated
	 */
	int NODE_KIND = 3;


	/**
	 * Returns the meta object for class '{@link org.plateau.gdln.model.GatedArchitecture <em>Gated Architecture</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Gated Architecture</em>'.
	 * @see org.plateau.gdln.model.GatedArchitecture
	 * @generated
	 */
	EClass getGatedArchitecture();

	/**
	 * Returns the meta object for the containment reference list '{@link org.plateau.gdln.model.GatedArchitecture#getNodes <em>Nodes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Nodes</em>'.
	 * @see org.plateau.gdln.model.GatedArchitecture#getNodes()
	 * @see #getGatedArchitecture()
	 * @generated
	 */
	EReference getGatedArchitecture_Nodes();

	/**
	 * Returns the meta object for the containment reference list '{@link org.plateau.gdln.model.GatedArchitecture#getEdges <em>Edges</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Edges</em>'.
	 * @see org.plateau.gdln.model.GatedArchitecture#getEdges()
	 * @see #getGatedArchitecture()
	 * @generated
	 */
	EReference getGatedArchitecture_Edges();

	/**
	 * Returns the meta object for class '{@link org.plateau.gdln.model.GatedNode <em>Gated Node</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Gated Node</em>'.
	 * @see org.plateau.gdln.model.GatedNode
	 * @generated
	 */
	EClass getGatedNode();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.gdln.model.GatedNode#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.plateau.gdln.model.GatedNode#getName()
	 * @see #getGatedNode()
	 * @generated
	 */
	EAttribute getGatedNode_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.gdln.model.GatedNode#getDim <em>Dim</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dim</em>'.
	 * @see org.plateau.gdln.model.GatedNode#getDim()
	 * @see #getGatedNode()
	 * @generated
	 */
	EAttribute getGatedNode_Dim();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.gdln.model.GatedNode#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.plateau.gdln.model.GatedNode#getKind()
	 * @see #getGatedNode()
	 * @generated
	 */
	EAttribute getGatedNode_Kind();

	/**
	 * Returns the meta object for class '{@link org.plateau.gdln.model.GatedEdge <em>Gated Edge</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Gated Edge</em>'.
	 * @see org.plateau.gdln.model.GatedEdge
	 * @generated
	 */
	EClass getGatedEdge();

	/**
	 * Returns the meta object for the attribute '{@link org.plateau.gdln.model.GatedEdge#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.plateau.gdln.model.GatedEdge#getName()
	 * @see #getGatedEdge()
	 * @generated
	 */
	EAttribute getGatedEdge_Name();

	/**
	 * Returns the meta object for the reference '{@link org.plateau.gdln.model.GatedEdge#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Source</em>'.
	 * @see org.plateau.gdln.model.GatedEdge#getSource()
	 * @see #getGatedEdge()
	 * @generated
	 */
	EReference getGatedEdge_Source();

	/**
	 * Returns the meta object for the reference '{@link org.plateau.gdln.model.GatedEdge#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target</em>'.
	 * @see org.plateau.gdln.model.GatedEdge#getTarget()
	 * @see #getGatedEdge()
	 * @generated
	 */
	EReference getGatedEdge_Target();

	/**
	 * Returns the meta object for enum '{@link org.plateau.gdln.model.NodeKind <em>Node Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Node Kind</em>'.
	 * @see org.plateau.gdln.model.NodeKind
	 * @generated
	 */
	EEnum getNodeKind();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	GdlnFactory getGdlnFactory();

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
		 * The meta object literal for the '{@link org.plateau.gdln.model.impl.GatedArchitectureImpl <em>Gated Architecture</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.plateau.gdln.model.impl.GatedArchitectureImpl
		 * @see org.plateau.gdln.model.impl.GdlnPackageImpl#getGatedArchitecture()
		 * @generated
		 */
		EClass GATED_ARCHITECTURE = eINSTANCE.getGatedArchitecture();

		/**
		 * The meta object literal for the '<em><b>Nodes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GATED_ARCHITECTURE__NODES = eINSTANCE.getGatedArchitecture_Nodes();

		/**
		 * The meta object literal for the '<em><b>Edges</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GATED_ARCHITECTURE__EDGES = eINSTANCE.getGatedArchitecture_Edges();

		/**
		 * The meta object literal for the '{@link org.plateau.gdln.model.impl.GatedNodeImpl <em>Gated Node</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.plateau.gdln.model.impl.GatedNodeImpl
		 * @see org.plateau.gdln.model.impl.GdlnPackageImpl#getGatedNode()
		 * @generated
		 */
		EClass GATED_NODE = eINSTANCE.getGatedNode();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GATED_NODE__NAME = eINSTANCE.getGatedNode_Name();

		/**
		 * The meta object literal for the '<em><b>Dim</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GATED_NODE__DIM = eINSTANCE.getGatedNode_Dim();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GATED_NODE__KIND = eINSTANCE.getGatedNode_Kind();

		/**
		 * The meta object literal for the '{@link org.plateau.gdln.model.impl.GatedEdgeImpl <em>Gated Edge</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.plateau.gdln.model.impl.GatedEdgeImpl
		 * @see org.plateau.gdln.model.impl.GdlnPackageImpl#getGatedEdge()
		 * @generated
		 */
		EClass GATED_EDGE = eINSTANCE.getGatedEdge();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GATED_EDGE__NAME = eINSTANCE.getGatedEdge_Name();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GATED_EDGE__SOURCE = eINSTANCE.getGatedEdge_Source();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GATED_EDGE__TARGET = eINSTANCE.getGatedEdge_Target();

		/**
		 * The meta object literal for the '{@link org.plateau.gdln.model.NodeKind <em>Node Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.plateau.gdln.model.NodeKind
		 * @see org.plateau.gdln.model.impl.GdlnPackageImpl#getNodeKind()
		 * @generated
		 */
		EEnum NODE_KIND = eINSTANCE.getNodeKind();

	}

} //GdlnPackage
