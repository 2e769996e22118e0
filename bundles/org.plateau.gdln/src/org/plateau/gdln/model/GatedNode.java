/**
 * Code marked @generated is produced by EMF from model/gdln.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.gdln.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Gated Node</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A layer of a gated network.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.plateau.gdln.model.GatedNode#getName <em>Name</em>}</li>
 *   <li>{@link org.plateau.gdln.model.GatedNode#getDim <em>Dim</em>}</li>
 *   <li>{@link org.plateau.gdln.model.GatedNode#getKind <em>Kind</em>}</li>
 * </ul>
 *
 * @see org.plateau.gdln.model.GdlnPackage#getGatedNode()
 * @model
 * @generated
 */
public interface GatedNode extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Unique name within the network, e.g. in0, hidden or out3; tasks gate nodes by name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.plateau.gdln.model.GdlnPackage#getGatedNode_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.plateau.gdln.model.GatedNode#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Dim</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Number of units.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dim</em>' attribute.
	 * @see #setDim(int)
	 * @see org.plateau.gdln.model.GdlnPackage#getGatedNode_Dim()
	 * @model default="1"
	 * @generated
	 */
	int getDim();

	/**
	 * Sets the value of the '{@link org.plateau.gdln.model.GatedNode#getDim <em>Dim</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dim</em>' attribute.
	 * @see #getDim()
	 * @generated
	 */
	void setDim(int value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The default value is <code>"HIDDEN"</code>.
	 * The literals are from the enumeration {@link org.plateau.gdln.model.NodeKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Input, hidden or output layer.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.plateau.gdln.model.NodeKind
	 * @see #setKind(NodeKind)
	 * @see org.plateau.gdln.model.GdlnPackage#getGatedNode_Kind()
	 * @model default="HIDDEN"
	 * @generated
	 */
	NodeKind getKind();

	/**
	 * Sets the value of the '{@link org.plateau.gdln.model.GatedNode#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.plateau.gdln.model.NodeKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(NodeKind value);

} // GatedNode
