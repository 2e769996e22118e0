/**
 * Code marked @generated is produced by EMF from model/gdln.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.gdln.model;

import org.eclipse.emf.common.util.EList;

import org.plateau.model.Architecture;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Gated Architecture</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A gated deep linear network (Saxe, Sodhani and Lewallen 2022): a directed acyclic graph of layers (nodes) and weight matrices (edges). Which nodes and edges are on for a datapoint (the gates) is set by the task.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.plateau.gdln.model.GatedArchitecture#getNodes <em>Nodes</em>}</li>
 *   <li>{@link org.plateau.gdln.model.GatedArchitecture#getEdges <em>Edges</em>}</li>
 * </ul>
 *
 * @see org.plateau.gdln.model.GdlnPackage#getGatedArchitecture()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='graphWellFormed'"
 * @generated
 */
public interface GatedArchitecture extends Architecture {
	/**
	 * Returns the value of the '<em><b>Nodes</b></em>' containment reference list.
	 * The list contents are of type {@link org.plateau.gdln.model.GatedNode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The layers.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Nodes</em>' containment reference list.
	 * @see org.plateau.gdln.model.GdlnPackage#getGatedArchitecture_Nodes()
	 * @model containment="true"
	 * @generated
	 */
	EList<GatedNode> getNodes();

	/**
	 * Returns the value of the '<em><b>Edges</b></em>' containment reference list.
	 * The list contents are of type {@link org.plateau.gdln.model.GatedEdge}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The weight matrices, each from a source layer to a target layer.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Edges</em>' containment reference list.
	 * @see org.plateau.gdln.model.GdlnPackage#getGatedArchitecture_Edges()
	 * @model containment="true"
	 * @generated
	 */
	EList<GatedEdge> getEdges();

} // GatedArchitecture
