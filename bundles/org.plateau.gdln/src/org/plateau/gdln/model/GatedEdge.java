/**
 * Code marked @generated is produced by EMF from model/gdln.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.gdln.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Gated Edge</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A weight matrix of a gated network.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.plateau.gdln.model.GatedEdge#getName <em>Name</em>}</li>
 *   <li>{@link org.plateau.gdln.model.GatedEdge#getSource <em>Source</em>}</li>
 *   <li>{@link org.plateau.gdln.model.GatedEdge#getTarget <em>Target</em>}</li>
 * </ul>
 *
 * @see org.plateau.gdln.model.GdlnPackage#getGatedEdge()
 * @model
 * @generated
 */
public interface GatedEdge extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Unique name within the network, e.g. W_in0.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.plateau.gdln.model.GdlnPackage#getGatedEdge_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.plateau.gdln.model.GatedEdge#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The layer it reads.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source</em>' reference.
	 * @see #setSource(GatedNode)
	 * @see org.plateau.gdln.model.GdlnPackage#getGatedEdge_Source()
	 * @model
	 * @generated
	 */
	GatedNode getSource();

	/**
	 * Sets the value of the '{@link org.plateau.gdln.model.GatedEdge#getSource <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' reference.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(GatedNode value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The layer it writes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target</em>' reference.
	 * @see #setTarget(GatedNode)
	 * @see org.plateau.gdln.model.GdlnPackage#getGatedEdge_Target()
	 * @model
	 * @generated
	 */
	GatedNode getTarget();

	/**
	 * Sets the value of the '{@link org.plateau.gdln.model.GatedEdge#getTarget <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' reference.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(GatedNode value);

} // GatedEdge
